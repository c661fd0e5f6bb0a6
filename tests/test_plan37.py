"""Plan 37 (review 26 of 30 November 2026): a full month held at last year's level, no invented
event day, an offer-to-deposit baseline computed from the answers, pushes before a dated
deadline the proofs name."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import main_kpi, milestones, persona, persona_with

CIRE = "cire-et-chine"
DEC_READ = date(2028, 1, 3)  # reads December 2027, the month she cannot make more in


def _plain(text: str) -> str:
    """French typography's narrow spaces read as plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_full_month_is_held_at_last_years_level_not_pushed(lang: str):
    """26 #4: « en hausse de 45 % … décembre 2027 sur décembre 2026 » asked about 200 orders in
    the month she pours at most about 90 candles and December 2025 was already 140."""
    s = persona(CIRE, lang)
    dated = {m.date: _plain(m.what) for m in milestones(s)}
    assert "45" not in dated[DEC_READ]
    level = {"fr": "au niveau de décembre 2026", "en": "level with December 2026"}[lang]
    assert level in dated[DEC_READ]
    assert {"fr": "précommandes", "en": "pre-orders"}[lang] in dated[DEC_READ]
    # the objective says so too, and reads the rise on the twelve months' total, December at
    # its own 140 and the other months at 38 then 55 (review 30a, C5: not 38 × 12 = 456)
    statement = _plain(s.objective.statement)
    assert not re.search(r"(en hausse de|up) 45", statement)
    assert "560" in statement and "740" in statement
    assert "456" not in statement and "660" not in statement
    # the scorecard asks no rise on December, the open months keep theirs
    kpi = main_kpi(s)
    targets = _plain(" ".join(t.label for t in kpi.targets) + " " + kpi.target_note)
    assert "+45" not in targets
    assert re.search(r"\+24 ?%", targets)


def test_a_month_is_held_only_when_capacity_is_limited():
    """The same December with room to produce keeps its rise: capacity is what binds it."""
    s = persona_with(CIRE, "fr", capacity="yes")
    dated = {m.date: _plain(m.what) for m in milestones(s)}
    assert "45 %" in dated[DEC_READ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_market_day_is_invented(lang: str):
    """26 #15: « daté ici au 11 décembre 2027 faute de jour précis (hypothèse de cet outil) »."""
    s = persona(CIRE, lang)
    said = _plain(" ".join(m.what for m in milestones(s)))
    assert "11 décembre" not in said and "11 December" not in said
    assert {"fr": "ne donnent pas le jour", "en": "do not give the day"}[lang] in said
    assert not any(m.date == date(2027, 12, 11) for m in milestones(s))
    # announced before the markets' month, on the day the calendar posts it
    announce = next(m for m in milestones(s) if "le jour" in m.what or "the day" in m.what)
    assert announce.date < date(2027, 12, 1)
