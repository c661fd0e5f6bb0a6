"""Ideas34: no idea of another trade (reviews 25a and 25b, 30 Nov 2026).

- Wellington Yards (an off-plan condo developer) was given a resale agent's frames: « thirty
  seconds on one home just sold (asking price, price achieved, weeks on the market) », a Google
  post « "just sold" with the seller's consent », « five minutes on one sale, from valuation to
  closing »: there is no seller and no valuation before a building exists.
- Northgate (a one-year MSc) got a software course's frames: « real work files », « one real task
  from work solved in 60 seconds ».
- RFC Val-Hoyoux (a youth football club) got a theatre's relays and complaints: « spectateurs
  fidèles … dernière soirée », « un spectacle, un billet ou un abonnement ».
Each leak's words are checked over every persona: they appear only where the trade is the one
they were written for.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import PERSONAS, persona, persona_with

NAMES = sorted(p.stem for p in Path(PERSONAS).glob("*.yaml"))

# a resale agent's words: a home already sold by its owner
RESALE = re.compile(
    r"just sold|seller's consent|sellers' consent|from valuation|weeks on the market|"
    r"« vendu »|accord du vendeur|accord des vendeurs|de l'estimation",
    re.I,
)
# a software course's words: a learner's own work files and tasks
SOFTWARE = re.compile(
    r"real work files|real file at work|real task from work|task from work|"
    r"vrai dossier au travail|vrais dossiers de travail|vraie tâche de travail|tâche de travail",
    re.I,
)
# a theatre's words: shows, tickets, spectators' evenings
THEATRE = re.compile(
    r"spectateurs? fidèles|dernière soirée|un spectacle, un billet|regular spectators|"
    r"last evening|a show, a ticket",
    re.I,
)
OFF_PLAN = re.compile(r"pre-?construction|off-plan|sur plan|VEFA", re.I)
DEGREE = re.compile(r"\b(MSc|MBA|BSc|master'?s|degree|postgraduate)\b", re.I)
SPORT = re.compile(r"\b(football|foot|basket|rugby|handball|soccer|hockey)\b", re.I)


def answers(name: str) -> dict:
    return yaml.safe_load((PERSONAS / f"{name}.yaml").read_text(encoding="utf-8"))


def leaks(name: str) -> list[re.Pattern[str]]:
    """The words of other trades this persona's documents must not hold."""
    a = answers(name)
    sector, offer = a.get("sector"), str(a.get("offer") or "")
    out = []
    if sector != "real_estate" or OFF_PLAN.search(offer):
        out.append(RESALE)
    if sector == "education_training" and DEGREE.search(offer):
        out.append(SOFTWARE)
    if sector != "culture_events_sport" or SPORT.search(offer):
        out.append(THEATRE)
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_no_idea_of_another_trade(name: str, lang: str):
    text = persona(name, lang).model_dump_json()
    for words in leaks(name):
        found = sorted({m.group(0) for m in words.finditer(text)})
        assert not found, (name, found)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_off_plan_developer_shows_the_site_and_the_model_suite(lang: str):
    text = persona("wellington-yards-condos", lang).model_dump_json()
    assert "model suite" in text or "appartement témoin" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_resale_agent_keeps_its_sales(lang: str):
    # the rule is keyed to the offer: the Cork agency still posts its "just sold"
    text = persona("cork-estate-agent", lang).model_dump_json()
    assert RESALE.search(text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sports_club_asks_its_players_families(lang: str):
    s = persona("rfc-val-hoyoux-jeunes", lang)
    text = s.model_dump_json()
    assert ("parents de joueurs" if lang == "fr" else "players' parents") in text


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", ["rfc-val-hoyoux-jeunes", "collectif-velo-liege"])
def test_a_local_audience_gets_no_second_language_line(name: str, lang: str):
    # « une ligne en néerlandais quand vous visez toute la Belgique » for a village club
    tone = persona(name, lang).editorial.tone
    assert "néerlandais" not in tone and "Dutch" not in tone, tone


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_national_audience_keeps_its_language_line(lang: str):
    tone = persona("brasserie-sauerdall", lang).editorial.tone
    assert "allemand" in tone or "German" in tone, tone


# Machine sentences (review 25b #12)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_units_sold_are_never_people_who_came(lang: str):
    # « "24 of 40 suites sold by November 2026" becomes "24 of you came in 2026; suites sold
    # by November 2026 are limited to 40" »: suites sold are no audience
    text = persona("wellington-yards-condos", lang).model_dump_json()
    assert "24 of you" not in text and "Vous étiez 24" not in text
    # a festival's tickets still are: its public came
    assert "1,650 of you came" in persona("folk-festival", "en").model_dump_json()


def test_a_first_person_question_turns_its_verb_round():
    # « Am you eligible for the first-time buyer GST rebate »
    # (the question put first: with YouTube a library of two videos a month, review 30a W7,
    # the four weeks draw fewer questions and this one, last, no longer came up)
    asked = "Am I eligible for the first-time buyer GST rebate on a new home?"
    s = persona_with(
        "wellington-yards-condos",
        "en",
        audience_problems=[asked, "How much deposit do I need, and when?"],
    )
    text = s.model_dump_json()
    assert "Am you" not in text
    assert "Are you eligible for the first-time buyer GST rebate" in text
