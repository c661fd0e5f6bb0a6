"""Review 13a (#1, #2, #3, #4): the objective, the scorecard and the calendar agree with the
page's own advice, as the client reading them side by side would check.

- a joiner booked out (critical no_capacity) is set the repairs as the first phase's objective,
  with the request target only after it, and no KPI chasing more requests meanwhile;
- the callback time and the answer to a comment or a review are told apart, and the callback KPI
  says where its starting figure comes from;
- a secondary objective named in the answers gets its KPI before a means to the main one, and a
  KPI leading to an event is dated by the event, not the plan's end;
- a weekly-message list opened with the plan is announced before its first message.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import persona, persona_with, posts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_booked_out_joiner_is_set_the_repairs_first(lang: str):
    """13a #1: « Ne cherchez pas plus de demandes » beside « Passer de 6 à 12 demandes de devis »,
    « Part venue des réseaux +5 points » and the prescribers' +10 %."""
    s = persona("menuiserie-velay", lang)
    assert s.verdict == "fix_first"
    repair_end = s.plan[0].end
    statement = s.objective.statement
    first = statement.split(".")[0]
    # the repairs lead, by the end of the repair phase, with the reviews answered
    assert "48" in first and str(repair_end.year) in first, statement
    assert "avis" in first or "review" in first, statement
    # the request target is said to come after
    assert statement.index("6") > statement.index("48"), statement
    ids = {k.id for k in s.kpis}
    assert "kpi_2" not in ids and not any(i.startswith("relay_") for i in ids), ids
    main = next(k for k in s.kpis if k.id == "main")
    assert all(t.date > repair_end for t in main.targets)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_callback_and_the_public_answer_are_told_apart(lang: str):
    """13a #4: 48 h, 72 h and « sous 24 h » on one page; the 120 h public answer taken as the
    callback's start without a word."""
    s = persona("menuiserie-velay", lang)
    answers = s.governance.answers
    assert "48" in answers, answers
    assert "dans la journée" in answers or "same day" in answers, answers
    callback = next(k for k in s.kpis if k.id == "repair_callback")
    assert callback.baseline == 120
    assert "120" in callback.target_note, callback.target_note


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_secondary_objectives_get_their_kpi(lang: str):
    """13a #2: Northbank's volunteers and the joiner's hiring had no line on the scorecard."""
    # (Northbank answers in 72 h: since review 16, N7, the response time slow_response asks for
    # outranks its befrienders' line, which has no starting figure; the case answering in a day)
    cases = [persona("menuiserie-velay", lang)]
    cases.append(persona_with("northbank-young-carers", lang, response_time_hours=24))
    for s in cases:
        assert "second_recruitment" in {k.id for k in s.kpis}, (s.org_name, [k.id for k in s.kpis])
        assert len(s.kpis) <= 5


def test_a_click_kpi_is_dated_by_the_walk_it_serves():
    """13a #2: « Clicks to the sign-up or ticket page … by 10 January 2028 », eight months after
    the walk of 16 May 2027. (Its donors and hampers now take the line: the case without them.)"""
    # (answering in a day: at 72 h the response time slow_response asks for takes the line;
    # review 16, N7)
    s = persona_with(
        "northbank-young-carers",
        "en",
        secondary_objectives=["recruitment"],
        response_time_hours=24,
    )
    clicks = next(k for k in s.kpis if k.id == "kpi_2")
    assert "15 May 2027" in clicks.target_note, clicks.target_note
    assert "2028" not in clicks.target_note


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_weekly_list_is_announced_before_its_first_message(lang: str):
    """13a #3: WhatsApp messages on 13, 20, 27 January to a list at 0, the sign-up post on
    3 February."""
    s = persona("chevrerie-combe-ardeche", lang)
    joins = [p for p in posts(s) if "QR code" in p.idea and p.network != "whatsapp"]
    assert joins, "no sign-up post"
    first_join = min(p.date for p in joins)
    assert first_join < s.calendar[0].date + (date(2027, 1, 18) - date(2027, 1, 11))
    sends = [p.date for p in posts(s, "whatsapp")]
    assert sends and min(sends) > first_join, (first_join, sorted(sends)[:3])
    setup = [x.idea for x in s.calendar if x.network == "whatsapp" and x.activity == "setup"]
    assert any("QR code" in t for t in setup), setup
