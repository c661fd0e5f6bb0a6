"""Plan 40 (review 27 of 30 November 2026, #12): Pinterest is searched months before Christmas.
Cire & Chiné's plan had its first Christmas line on 20 November; a shop whose main network is
Pinterest and whose gifting season peaks at Christmas puts its Christmas pins up from
mid-September and all of them by the end of October (Pinterest Business, 2020: people there
start planning the holidays in September; calendar.yaml `search_lead`)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import milestones, persona, persona_render

CIRE = "cire-et-chine"


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ").replace("\u2019", "'")


@pytest.mark.parametrize(("lang", "word"), [("fr", "pour Noël"), ("en", "for Christmas")])
def test_christmas_pins_go_up_in_september_and_october(lang: str, word: str) -> None:
    pins = [
        m
        for m in milestones(persona(CIRE, lang))
        if m.what.startswith("Pinterest") and word in _plain(m.what)
    ]
    assert [m.date for m in pins] == [date(2027, 9, 15), date(2027, 10, 31)], pins
    assert all(_plain(m.what).startswith("Pinterest") for m in pins), pins


def test_the_pins_come_before_the_markets_and_the_last_order_date() -> None:
    md = _plain(persona_render(CIRE, "fr", "md"))
    plan = md[md.index("## Le plan") : md.index("\n## ", md.index("## Le plan") + 5)]
    at = plan.index("premières épingles pour Noël")
    assert (
        at < plan.index("Annonce des marchés de Noël") < plan.index("dernier jour pour commander")
    )


def test_no_pins_for_a_shop_whose_main_network_is_not_pinterest() -> None:
    """The Lyon gummies shop sells gifts too, on Instagram: no pins in its plan."""
    s = persona("gummies-lyon-ados", "fr")
    assert not any("épingle" in m.what for m in milestones(s)), [m.what for m in milestones(s)]
