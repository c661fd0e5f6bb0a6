"""Review 18 (D2, D3) and review 17 (NEW-1, NEW-2): the calendar, the plan and the scorecard
as the client reading the strategy would check them.

- a dated notice in a full week takes the day and the time of the post it replaces, and its copy
  on a second network never goes out before the original;
- a means KPI of a cohort's objective is dated at its close and grows as the objective does; a
  means beside the result copies no ratio; a milestone still at the starting figure is none; a
  public body's staff are its agents, and a recruitment sends people to the recruitment page;
- a trade fair's pre-fair meetings have a number, the same on the summary and the scorecard,
  and the objective's milestones step after the fair.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import persona_json

strategy = persona_json


def _stamp(x: dict) -> tuple[str, str]:
    return x["date"], x["time"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_notice_takes_the_freed_slot_and_its_copy_comes_after(lang: str):
    """D2: « lun. 18 janv., 12 h 30 · Facebook » plus « lun. 18 janv., 19 h · Facebook » with
    Wednesday 20 empty; Instagram's « Reprise de la publication Facebook » at 18 h 30, before the
    19 h original."""
    s = strategy("ch-val-de-saone-recrute", lang)
    posts = [x for x in s["calendar"] if x["activity"] == "post"]
    per_day = Counter((x["network"], x["date"]) for x in posts)
    assert per_day[("facebook", "2027-01-18")] == 1, per_day
    assert per_day[("facebook", "2027-01-25")] == 1, per_day
    notices = [x for x in posts if "28" in x["idea"] and "2027-01-18" <= x["date"] <= "2027-01-27"]
    first = {x["network"]: x for x in notices if x["date"] < "2027-01-23"}
    assert {"facebook", "instagram"} <= set(first), notices
    assert _stamp(first["instagram"]) > _stamp(first["facebook"]), notices
    last = {x["network"]: x for x in notices if x["date"] >= "2027-01-23"}
    assert _stamp(last["instagram"]) > _stamp(last["facebook"]), notices
    # the Facebook time is one of the rhythm's, never an evening slot added beside it
    assert first["facebook"]["time"] == "12:30", first["facebook"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_cohort_means_is_dated_at_its_close_and_doubles(lang: str):
    """D3 / 17 NEW-1: « Sales-page visits… + 200% by 10 July 2027 » for enrolments that close
    on 5 March, 140 → 280."""
    s = strategy("power-query-course-creator", lang)
    visits = next(k for k in s["kpis"] if "UTM" in k["measure"] and k["rhythm"])
    note = visits["target_note"]
    assert "5 March 2027" in note or "5 mars 2027" in note, note
    assert "July" not in note and "juillet" not in note, note
    assert "× 2" in note, note
    assert "× 2" in visits["summary"].replace("\xa0", " "), visits


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_hospital_means_copies_no_ratio_and_says_agents(lang: str):
    """D3: « Partages par les salariés + 122 % », « Visites et entretiens réservés + 122 % »,
    « Visites des pages de démarches » for a recruitment, « Point d'étape : 9 candidatures »."""
    s = strategy("ch-val-de-saone-recrute", lang)
    text = " ".join(k["target_note"] for k in s["kpis"])
    assert "122" not in text, text
    names = " ".join(k["name"] for k in s["kpis"])
    assert "salariés" not in names and "employees" not in names, names
    assert "agents" in names or "staff" in names, names
    assert "démarches" not in names and "service pages" not in names, names
    assert "recrutement" in names or "careers page" in names, names
    base = next(k for k in s["kpis"] if k["id"] == "main")["baseline"]
    milestones = [m["what"] for p in s["plan"] for m in p["milestones"]]
    flat = f" {base:g} "
    assert not any(flat in f" {m} " for m in milestones), milestones


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_fair_meetings_have_a_number_and_the_curve_steps(lang: str):
    """17 NEW-2: « Rendez-vous pris avant le salon 0 → cible fixée après la première mesure »
    (p. 2) against « le nombre fixé avec les commerciaux » (p. 8); milestones 15 · 19 · 29 · 42
    with no fair in them."""
    s = strategy("echangeurs-export-salon", lang)
    meetings = next(k for k in s["kpis"] if k["id"] == "second_event")
    assert meetings["baseline"] == 0
    assert [(t["date"], t["value"]) for t in meetings["targets"]] == [("2027-03-14", 40.0)]
    main = next(k for k in s["kpis"] if k["id"] == "main")
    before = [t["value"] for t in main["targets"] if t["date"] < "2027-03-15"]
    after = next(t["value"] for t in main["targets"] if t["date"] > "2027-03-25")
    # the fair brings its step: the first reading after it is well past a straight curve's 19
    assert after >= 25, main["targets"]
    assert all(v < after for v in before), main["targets"]
