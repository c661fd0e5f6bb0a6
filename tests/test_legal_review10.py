"""Trust and the Marine Park (review 10, #8 and the gap of #5).

What a client checks: the Port Douglas kayak operator reads that the ages behind Instagram were
measured in the United States, for want of Australian ones, in the sentence itself (not only in
the sources list); no 2015 or 2016 survey carries a response time or a posting frequency (the
rule is said as a practitioners' rule); and a reef tour gets the Great Barrier Reef Marine Park's
filming rules (GBRMPA), which a Brisbane tour elsewhere or the Ardèche goat farm never get.
"""

from __future__ import annotations

import pytest

from tests.conftest import network, persona, persona_with

REEF = "reef-kayak-port-douglas"
OLD_YEARS = {2015, 2016}


def said(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u2019", "'")


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "measured in the United States"), ("fr", "mesurés aux États-Unis")]
)
def test_us_ages_are_said_as_a_foreign_indicator_for_australia(lang: str, words: str) -> None:
    # law33: Instagram's audience in Australia now rests on Australia's own figure (DataReportal,
    # « Digital 2025: Australia »), the US one staying for the tour's US visitors only; no
    # sentence says « measured in the United States » where an Australian figure exists
    s = persona(REEF, lang)
    reasons = [r for r in network(s, "instagram").reasons if r.code.startswith("audience_")]
    assert reasons and not any(r.code.endswith("_abroad") for r in reasons)
    assert all("ig_au_2025" in r.facts for r in reasons)
    assert not any(words in said(r.text) for r in reasons)


def test_french_ages_stay_plain_for_a_french_audience() -> None:
    s = persona("chevrerie-combe-ardeche", "fr")
    codes = [r.code for n in s.networks for r in n.reasons if r.code.startswith("audience_")]
    assert codes and not any(c.endswith("_abroad") for c in codes)


@pytest.mark.parametrize("name", [REEF, "chevrerie-combe-ardeche"])
def test_no_2015_or_2016_survey_carries_a_benchmark(name: str) -> None:
    s = persona(name)
    old = [f"{src.publisher} {src.year}" for src in s.sources if src.year in OLD_YEARS]
    assert old == []
    assert "Sprout" not in " ".join(said(w.message) for w in s.warnings)


@pytest.mark.parametrize(("lang", "words"), [("en", "Marine Park"), ("fr", "parc marin")])
def test_a_reef_tour_gets_the_marine_park_line(lang: str, words: str) -> None:
    s = persona(REEF, lang)
    w = next(w for w in s.warnings if w.id == "reef_marine_park")
    assert words in said(w.headline + w.message)
    assert "GBRMPA" in w.message and "drone" in w.message
    publishers = {src.publisher for src in s.sources if src.id in w.facts}
    assert any("Great Barrier Reef Marine Park Authority" in p for p in publishers)


def test_no_marine_park_line_away_from_the_reef() -> None:
    inland = persona_with(
        REEF,
        "en",
        offer="Half-day guided kayak tours on the Brisbane River, small groups of 12",
        expertise=["river kayaking", "sea-kayak safety and guiding"],
    )
    assert all(w.id != "reef_marine_park" for w in inland.warnings)
    assert all(w.id != "reef_marine_park" for w in persona("chevrerie-combe-ardeche").warnings)
