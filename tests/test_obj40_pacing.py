"""Review 27 (30 November 2026), defect 5: Saltbush's pacing KPI read « for each date, the first
targets falling before the first one (4 March 2027) », dated for the first show only. The answers
give the first and last dates of 11 and the tour's cities: each date's pacing as far as they go,
the first and last dated, the cities with « date to set », never an invented date; the KPI row
worded for every date."""

from __future__ import annotations

import re

import pytest

from tests.conftest import md_plain, md_section, persona_render

SALTBUSH = "saltbush-parade"


@pytest.fixture(scope="module")
def md() -> dict[str, str]:
    return {lang: md_plain(persona_render(SALTBUSH, lang, "md")) for lang in ("en", "fr")}


def test_the_pacing_row_is_worded_for_every_date(md: dict[str, str]) -> None:
    card = md_section(md["en"], "The KPI scorecard")
    row = next(r for r in card.splitlines() if r.startswith("| **Each date's pacing**"))
    assert "the first targets falling before the first one" not in row
    assert "the same for every date" in row
    # the last date's readings are dated too: 4 and 1 weeks before 17 April 2027
    for target in ("4 Feb 2027: 40%", "25 Feb 2027: 75%", "20 Mar 2027: 40%", "10 Apr 2027: 75%"):
        assert target in row, row
    assert "20 Mar 2027: ____" in row and "10 Apr 2027: ____" in row


def test_each_date_and_city_has_its_pacing_and_no_date_is_invented(md: dict[str, str]) -> None:
    plan = md_section(md["en"], "The plan")
    line = next(x for x in plan.splitlines() if x.startswith("- Each date's pacing"))
    assert "4 March 2027" in line and "40% of the room by 4 February 2027" in line
    assert "17 April 2027" in line and "75% by 10 April 2027" in line
    cities = ["Brisbane", "Sydney", "Canberra", "Melbourne", "Adelaide", "Perth", "Byron Bay"]
    assert all(c in line for c in [*cities, "Newcastle", "Gold Coast"]), line
    assert "date to set" in line and "11 dates" in line
    # no city is given a date the answers do not have
    assert not re.search(r"(Brisbane|Sydney|Perth)[^;]*\d{1,2} (March|April)", line)


def test_the_french_render_says_it_in_french(md: dict[str, str]) -> None:
    plan = md_section(md["fr"], "Le plan")
    line = next(x for x in plan.splitlines() if x.startswith("- Le remplissage de chaque date"))
    assert "date à fixer" in line and "40 % de la salle d’ici le 4 février 2027" in line
    card = md_section(md["fr"], "Le tableau de bord")
    assert "de même pour chaque date" in card
    assert "les premières cibles tombant avant la première" not in card


def test_the_newsletter_presale_code_is_the_first_ticket_lever(md: dict[str, str]) -> None:
    """Review 27, #5 (and the persona's header): the 2,900 fans on the list get a presale code
    of their own for each date, read apart on the ticket platform."""
    plan = md_section(md["en"], "The plan").split("### Date by date", 1)[1].split("\n### ", 1)[0]
    assert "presale code" in plan and "newsletter" in plan
    assert "code de prévente" in md_section(md["fr"], "Le plan")
