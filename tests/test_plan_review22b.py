"""Review 22b (plan30): a university's admissions cycle is no course cohort nor a ticket
office; a count piled up over the cycle is read against the same date last cycle."""

from __future__ import annotations

import pytest

from tests.conftest import persona_json


def _plan_text(s: dict) -> str:
    return " ".join(
        " ".join([p["name"], *p["goals"], *(m["what"] for m in p["milestones"])]) for p in s["plan"]
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_admissions_cycle_is_read_in_the_crm_and_ends_in_enrolment(lang: str):
    """D1: « intake » made the MSc a course cohort (« the self-paced course, team licences »)
    read on « the ticketing platform », and the deposit deadline an « Event day »."""
    s = persona_json("northgate-business-school", lang)
    text = _plan_text(s).lower()
    for wrong in ("cohort", "self-paced", "autonomie", "session suivante", "ticket", "billet"):
        assert wrong not in text, wrong
    assert "event day" not in text and "jour j" not in text
    main = next(k for k in s["kpis"] if k["id"] == "main")
    assert "CRM" in main["source"] and "ticket" not in main["measure"].lower()
    last = s["plan"][-1]
    assert {"en": "enrolment", "fr": "rentrée"}[lang] in last["name"]
    assert any({"en": "visa", "fr": "visa"}[lang] in g for g in last["goals"])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cycle_count_is_checked_against_the_same_date_last_cycle(lang: str):
    """D4: « 6 Jan 2027 — Checkpoint: 423 deposits » climbed from last cycle's 412 total; the
    count to date is compared with the same date of the last cycle, at the target's + 36 %."""
    s = persona_json("northgate-business-school", lang)
    deadline = "2027-05-31"
    before = [m for p in s["plan"] for m in p["milestones"] if m["date"] < deadline]
    checks = [m["what"] for m in before if "36" in m["what"]]
    assert len(checks) >= 2
    same = {"en": "same date of the last cycle", "fr": "même date du cycle précédent"}[lang]
    assert all(same in c for c in checks)
    assert not any(n in m["what"] for m in before for n in ("423", "496"))
    main = next(k for k in s["kpis"] if k["id"] == "main")
    assert [t["date"] for t in main["targets"]] == [deadline]  # the total, at the close


def test_a_course_cohort_keeps_its_next_cohort():
    """The rule is the sector's: an online course's spring cohort still plans the next one."""
    text = _plan_text(persona_json("power-query-course-creator", "en")).lower()
    assert "next cohort" in text and "same date of the last cycle" not in text


def test_posts_go_out_before_the_hours_the_desired_action_names():
    """D7: a breakfast bought « entre 7 h et 10 h 30 » was posted at 11 h, after it; the
    social posts go out at 06:45 (or the evening before), never after the window."""
    s = persona_json("fournil-franchise", "fr")
    social = [
        x
        for x in s["calendar"]
        if x["activity"] == "post" and x["network"] in ("instagram", "facebook")
    ]
    assert social and {x["time"] for x in social} <= {"06:45", "20:30"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_nothing_is_posted_on_a_public_holiday_and_the_reply_target_waits_for_it(lang: str):
    """D7: posts on Fri 25 Dec and Fri 1 Jan, and « 24 h by 1 January 2027 », for a UK
    university whose offices are closed then; they move to the next open day."""
    s = persona_json("northgate-business-school", lang)
    days = {x["date"][5:] for x in s["calendar"]}
    assert not days & {"12-25", "12-26", "01-01"}
    reply = next(k for k in s["kpis"] if k["id"] == "response_time")
    assert reply["targets"][0]["date"] == "2027-01-04"


def test_sales_are_read_through_the_app_at_each_till_and_the_list_is_the_apps():
    """D10: « en demandant en caisse comment le client vous a connu » at a bakery counter, and
    a newsletter started from a QR code, for a network with a loyalty app of 21,000 accounts."""
    s = persona_json("fournil-franchise", "fr")
    main = next(k for k in s["kpis"] if k["id"] == "main")
    assert (
        "application" in main["measure"] and "point de vente par point de vente" in main["measure"]
    )
    assert "comment le client vous a connu" not in main["measure"]
    setup = next(
        x["idea"]
        for x in s["calendar"]
        if x["activity"] == "setup" and x["network"] == "newsletter"
    )
    assert "comptes de votre application" in setup and "QR code" not in setup
    letter = next((k for k in s["kpis"] if k["id"] == "subscribers"), None)
    assert letter is None or letter["baseline"] != 0


def test_a_schools_secondary_sales_are_read_in_its_admissions_crm():
    """D10: « by asking at the till how the customer heard of you » for a university."""
    s = persona_json("northgate-business-school", "en")
    sales = [k for k in s["kpis"] if "till" in k["measure"] or "till" in k["source"]]
    assert not sales
    setup = next(
        x["idea"]
        for x in s["calendar"]
        if x["activity"] == "setup" and x["network"] == "newsletter"
    )
    assert "admissions CRM" in setup and "QR code" not in setup


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_summary_marks_a_target_set_by_the_tools_rule(lang: str):
    """22a #1: « + 5 points by January 10, 2028 » on the one-page summary, unlabelled."""
    s = persona_json("northgate-business-school", lang)
    rule = {"en": "starting target", "fr": "cible de départ"}[lang]
    ruled = [k for k in s["kpis"] if k.get("summary", "").startswith(("+", "−", "×"))]
    assert ruled and all(rule in k["summary"] for k in ruled)
