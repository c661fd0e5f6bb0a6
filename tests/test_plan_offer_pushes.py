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
