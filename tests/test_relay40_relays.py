"""Review 27 (#8, #9, #14): relays said for the offer's kind, not the generic lines a reader
finds beside any business (« Customers — Ask satisfied customers for a review » for the buyers
of an unbuilt condo and for a band, « Find the prescribers your audience listens to » for a
developer's brokers, « associations et réseaux professionnels de votre secteur » for a youth
football club). Read in the document the client gets (render --format json)."""

from __future__ import annotations

import pytest
from conftest import persona_json

GENERIC = (
    "Ask satisfied customers for a review",
    "Demander aux clients satisfaits un avis",
    "Find the prescribers your audience listens to",
    "Repérer les prescripteurs que votre public écoute",
    "associations and professional networks",
    "associations et réseaux professionnels de votre secteur",
    "Publish with your partners (cross invitations",
    "Publier avec vos partenaires (invitations croisées",
)


def relays(name: str, lang: str) -> dict[str, str]:
    return {r["name"]: r["how"] for r in persona_json(name, lang)["relays"]}


def generic(found: dict[str, str]) -> list[str]:
    return [f"{n} — {h}" for n, h in found.items() if any(g in h for g in GENERIC)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_developer_relays_its_agents_brokers_and_buyers_who_signed(lang):
    found = relays("wellington-yards-condos", lang)
    assert not generic(found), generic(found)
    text = " ".join(found.values())
    if lang == "en":
        assert "Agents and mortgage brokers" in found and "Buyers who signed" in found
        # the answers' own word for them, and how they are counted and thanked
        assert "(REALTORS and mortgage brokers)" in found["Agents and mortgage brokers"]
        assert "model-suite preview" in text and "registration link of their own" in text
        assert "presentation centre" in text and "friend or relative they send signs" in text
    else:
        assert "Agents immobiliers et courtiers" in found and "Acheteurs qui ont signé" in found
        assert "deuxième force de vente" in text and "Faites de les" not in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_band_relays_fans_venues_other_bands_and_radio(lang):
    found = relays("saltbush-parade", lang)
    assert not generic(found), generic(found)
    text = " ".join(found.values())
    assert ("Fans" in found) and ("Customers" not in found) and ("Clients" not in found)
    assert ("street team" if lang == "en" else "équipe de fans") in text
    assert ("playlist curators" if lang == "en" else "curateurs de playlists") in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_youth_club_relays_schools_the_commune_parents_and_the_federation(lang):
    found = relays("rfc-val-hoyoux-jeunes", lang)
    assert not generic(found), generic(found)
    text = " ".join(found.values())
    if lang == "fr":
        assert "Écoles, commune et fédération" in found
        assert "avec l'accord de la direction" in text.replace("’", "'")
        assert "bulletin et le site de la commune" in text
        assert "vienne avec un copain" in text  # parents already in the club
        assert "Sponsors et commerces" in found and "sans verre ni bouteille" in text
    else:
        assert "Schools, the council and the federation" in found
        assert "with the head's agreement" in text and "brings a friend" in text


LEFT_GENERIC = (
    "Find the prescribers your audience listens to",
    "Lean on your sector's associations and professional networks",
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("town-hall", "The town's associations"),
        ("chevrerie-combe-ardeche", "Farmers' networks"),
        ("precision-machining", "your industry association"),
        ("freelance-translator", "never a word about a case"),
        ("webshop-tea", "specialist shops of your field"),
        ("saas-recrute", "bootcamps and communities of your trade"),
    ],
)
def test_prescribers_and_associations_are_said_for_the_organisation(name, expected):
    found = relays(name, "en")
    text = " ".join(found.values())
    assert not [g for g in LEFT_GENERIC if g in text], found
    assert expected in text
