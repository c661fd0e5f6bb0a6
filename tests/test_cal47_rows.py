"""Review 30a D1, D8, D11, C13 and 30b G13: what the calendar's rows say once.

Dentiva's first LinkedIn post was its customer count ending on « book a 20-minute demo », its
first newsletter ended on the same button, its save-the-date asked for a demo too, and a shared
post was tagged « graphic design »; Cire's pin showed « five pieces » and ended on « Dernière
ligne »; Griddle & Gorse printed « Last line, with the tracked link… » on ~25 rows."""

from __future__ import annotations

import pytest

from tests.conftest import persona, persona_with

DEMO = "book a 20-minute demo"


@pytest.fixture(scope="module")
def dentiva():
    return persona("dentiva-saas", "en")


def _posts(s, network: str):
    return sorted(
        (x for x in s.calendar if x.activity == "post" and x.network == network),
        key=lambda x: (x.date, x.time),
    )


def test_each_networks_first_post_answers_the_audience_without_the_demo(dentiva):
    for network in ("linkedin", "newsletter"):
        first = _posts(dentiva, network)[0]
        assert first.pillar == "audience_problems", first.idea
        assert DEMO not in first.idea, first.idea
    # the proof moved later on LinkedIn, with its call: nothing was lost
    later = [x.idea for x in _posts(dentiva, "linkedin")[1:]]
    assert any("210 practices" in idea and DEMO in idea for idea in later)


def test_save_the_date_asks_only_to_save_the_date(dentiva):
    saves = [x for x in dentiva.calendar if "save the date" in x.idea]
    assert saves
    assert all(DEMO not in x.idea for x in saves), [x.idea for x in saves]


def test_a_share_of_others_work_is_a_text(dentiva):
    shares = [x for x in dentiva.calendar if x.activity == "post" and x.pillar == "curation"]
    assert shares
    assert {x.format for x in shares} == {"text"}


def test_a_pin_is_one_piece_with_no_last_line():
    cire = persona("cire-et-chine", "fr")
    pins = _posts(cire, "pinterest")
    assert pins
    for pin in pins:
        assert "Dernière ligne" not in pin.idea, pin.idea
        assert "cinq pièces" not in pin.idea, pin.idea


def test_the_tracked_link_line_is_not_on_every_row():
    griddle = persona("griddle-and-gorse", "en")
    tail = "Last line, with the tracked link"
    rows = [x for x in griddle.calendar if tail in x.idea]
    assert len(rows) <= 4, len(rows)
    assert not [x for x in rows if x.network == "pinterest"]


def test_a_recipe_sites_seasons_are_pinned_weeks_ahead():
    """Review 30b G6: an Irish recipe site's January pins Pancake Tuesday (9 Feb 2027), St
    Brigid's Day (1 Feb) and St Patrick's Day (17 March) ahead, on its main network Pinterest."""
    griddle = persona("griddle-and-gorse", "en")
    pins = _posts(griddle, "pinterest")
    for name, day in (
        ("Pancake Tuesday", "9 February 2027"),
        ("St Brigid's Day", "1 February 2027"),
        ("St Patrick's Day", "17 March 2027"),
    ):
        dated = [x for x in pins if name in x.idea and day in x.idea]
        assert dated, name
    patrick = next(x for x in pins if "St Patrick's Day (17 March" in x.idea)
    assert (patrick.date - patrick.date.replace(month=3, day=17)).days <= -42
    assert len({x.idea for x in pins}) == len(pins)  # no identical pins


def test_christmas_inside_the_weeks_says_the_last_day_to_order_before_it():
    """A gift seller whose weeks start on 7 December (review 30a, the Christmas cut-off): Christmas
    is under three weeks away at the start, yet its last day to order is posted in week one."""
    from datetime import date

    early = persona_with("cire-et-chine", "en", start_date=date(2026, 12, 7))
    xmas = [x for x in early.calendar if x.activity == "post" and "Christmas" in x.idea]
    assert xmas
    assert min(x.date for x in xmas).isoformat() <= "2026-12-13"
    assert all("last day to order" in x.idea for x in xmas)


@pytest.mark.parametrize(("lang", "name"), [("fr", "Saint-Valentin"), ("en", "Valentine's Day")])
def test_a_first_letter_before_valentines_leads_with_it(lang, name):
    """Review 30a C2: Cire's first issue (26 January) leads with Valentine's Day, three pieces and
    the last day to order, the candle-safety answer second."""
    cire = persona("cire-et-chine", lang)
    first = _posts(cire, "newsletter")[0]
    assert name in first.idea, first.idea
    assert first.idea.index(name) < first.idea.index("bougie"), first.idea
