"""An offer's end date named in the answers is pushed in the plan too, not only in the four weeks
of the calendar (review 26 #6: Northgate's £2,000 early-deposit scholarship ends on 31 March,
months after the calendar, and no dated push was printed)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import milestones, persona


@pytest.mark.parametrize(("lang", "word"), [("en", "Last reminder"), ("fr", "Dernier rappel")])
def test_a_scholarship_deadline_is_pushed_three_weeks_and_one_week_before(lang, word):
    s = persona("northgate-business-school", lang)
    dated = {m.date: m.what for m in milestones(s)}
    assert "early-deposit scholarship" in dated[date(2027, 3, 10)]
    assert word in dated[date(2027, 3, 24)]


def test_the_first_newsletter_waits_for_the_end_of_a_closure():
    # review 27: « First send in the week of 28 December 2026 », the school closed from
    # 23 December to 2 January; the first issue goes out the week after
    s = persona("northgate-business-school", "en")
    (setup,) = [x for x in s.calendar if x.network == "newsletter" and x.activity == "setup"]
    assert "First send in the week of 4 January 2027" in setup.idea
    # the applicants in its CRM are an imported list (review 29b, #6)
    first = [m for m in milestones(s) if m.what.startswith("First newsletter sent")]
    assert first and first[0].date > date(2027, 1, 2)
