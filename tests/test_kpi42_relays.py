"""Review 28new (D18): the relays name those who exist for this audience, not « S'appuyer sur
les associations et réseaux professionnels de votre secteur » for a rural vet and a dental SaaS
alike. A vet: the communes' bulletins and Facebook pages, the local groups, the animal rescue,
the société de chasse when its clients hunt, the kennels that require vaccines. A seller to
dental practices: the Irish Dental Association (and the British one for its UK practices), the
practice managers' associations and study clubs, the dental suppliers who visit the practices."""

from __future__ import annotations

import pytest

from tests.conftest import persona, persona_with

GENERIC = {
    "fr": "S’appuyer sur les associations et réseaux professionnels de votre secteur",
    "en": "Lean on your sector's associations and professional networks",
}


def _relay(s, rid: str):
    return next(r for r in s.relays if r.id == rid)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_vets_relays_are_the_communes_the_rescue_the_hunt_and_the_kennels(lang: str):
    s = persona("clinique-veto-bocage", lang)
    said = " ".join(f"{r.name} {r.how}" for r in s.relays)
    assert GENERIC[lang] not in said
    associations = _relay(s, "associations").how
    for who in {
        "fr": ["communes", "groupes du coin", "protection animale", "société de chasse"],
        "en": ["councils", "community groups", "animal rescue", "shooting club"],
    }[lang]:
        assert who in associations, who
    partners = _relay(s, "partners")
    assert {"fr": "Pensions", "en": "Kennels"}[lang] in partners.name
    assert {"fr": "vaccins à jour", "en": "up-to-date vaccines"}[lang] in partners.how


def test_a_vet_whose_clients_do_not_hunt_is_not_sent_to_the_shooting_club():
    audience = "Des propriétaires de chiens et de chats à 25 km autour de Cérilly."
    s = persona_with("clinique-veto-bocage", "fr", audience_description=audience)
    associations = _relay(s, "associations").how
    assert "chasse" not in associations and "protection animale" in associations


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_seller_to_dental_practices_names_the_dental_bodies_and_suppliers(lang: str):
    s = persona("dentiva-saas", lang)
    said = " ".join(f"{r.name} {r.how}" for r in s.relays)
    assert GENERIC[lang] not in said
    associations = _relay(s, "associations").how
    assert "Irish Dental Association" in associations
    assert "British Dental Association" in associations  # its practices in the UK
    assert {"fr": "responsables de cabinet", "en": "practice managers"}[lang] in associations
    assert {"fr": "groupes d’étude", "en": "study clubs"}[lang] in associations
    partners = _relay(s, "partners")
    assert {"fr": "dépôts dentaires", "en": "dental suppliers"}[lang] in partners.how


def test_a_dental_practice_itself_keeps_its_own_relays():
    s = persona("cabinet-dentaire", "fr")
    said = " ".join(f"{r.name} {r.how}" for r in s.relays)
    assert "Irish Dental Association" not in said and "dépôts dentaires" not in said
