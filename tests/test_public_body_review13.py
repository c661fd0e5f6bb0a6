"""A public hospital that recruits nurses is neither a town hall nor a private practice (review
13b, #1 and #2).

What a client checks: the Centre hospitalier de Val-de-Saône reads no bin collections, roadworks
or neighbouring communes, no pre-election period switching its offer posts off, and listening on
its own name; its health rule says its job ads may be published and sponsored, while patients and
residents stay unrecognisable and staff appear only with their written consent; it has an ads
budget, no « votre Ordre », and its prescribers are the nursing schools and France Travail. The
town hall keeps every municipal rule, and a health practice keeps the private-practice rule.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import persona, persona_with

HOSPITAL = "ch-val-de-saone-recrute"
TOWN = "town-hall"


def said(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u2019", "'").replace("\u00a0", " ")


def everything(s) -> str:
    return said(json.dumps(s.model_dump(mode="json"), ensure_ascii=False))


def line(s, wid: str):
    return next((w for w in s.warnings if w.id == wid), None)


def cases(s) -> dict[str, str | None]:
    return {w.id: w.case for w in s.warnings}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_hospital_is_no_town_hall(lang: str) -> None:
    s = persona(HOSPITAL, lang)
    assert cases(s)["public_body_rules"] == "establishment"
    text = everything(s).lower()
    municipal = (
        ["la commune", "communes voisines", "collecte", "préélectorale", "d'usager"]
        if lang == "fr"
        else ["neighbouring towns", "the town", "pre-election", "resident's request"]
    )
    assert [w for w in municipal if w in text] == []


def test_the_town_hall_keeps_its_municipal_rules() -> None:
    s = persona(TOWN, "fr")
    assert cases(s)["public_body_rules"] == "dated"
    text = everything(s).lower()
    assert "commune" in text and "préélectorale" in text and "d'usager" in text


@pytest.mark.parametrize(
    ("name", "local"),
    [
        ("Mairie de Val-de-Saône", True),
        ("Conseil départemental de Saône-et-Loire", True),
        ("Lycée Lamartine", False),
        ("Agence régionale de santé", False),
    ],
)
def test_a_local_authority_is_told_by_its_name(name: str, local: bool) -> None:
    s = persona_with(TOWN, "fr", org_name=name, offer="Nos services au public")
    assert (cases(s)["public_body_rules"] != "establishment") is local


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_health_employer_that_recruits_may_advertise_its_jobs(lang: str) -> None:
    s = persona(HOSPITAL, lang)
    rule = line(s, "health_profession_rules")
    assert rule is not None and rule.case == "employer"
    text = said(f"{rule.headline} {rule.message} {rule.advice}")
    if lang == "fr":
        assert "sponsoriser vos offres d'emploi" in text
        assert "représentant légal" in text and "accord écrit" in text
    else:
        assert "sponsoring your job ads" in text
        assert "legal guardian" in text and "written consent" in text
    ads = next(x for x in s.budget.split if x.category == "ads")
    assert ads.share > 0
    whole = everything(s)
    assert "Ordre" not in whole and "professional council" not in whole
    prescribers = next(r for r in s.relays if r.id == "prescribers")
    assert "IFSI" in prescribers.how or "nursing" in prescribers.how
    assert "France Travail" in prescribers.how or "employment service" in prescribers.how
    # the employer's proofs are published, the tutoring with no diploma check
    proofs = [i for p in s.editorial.pillars for i in p.ideas]
    assert any("tutorat" in i.lower() for i in proofs)


def test_the_health_employer_still_hides_patients_in_its_photos() -> None:
    s = persona(HOSPITAL, "fr")
    scenes = [i for i in everything(s).split('"') if "prise sur le vif" in i]
    assert scenes == []
    assert "sans patient ni résident reconnaissable" in everything(s)


def test_a_health_practice_keeps_the_practice_rule() -> None:
    s = persona_with(HOSPITAL, "fr", objective="awareness", secondary_objectives=[])
    rule = line(s, "health_profession_rules")
    assert rule is not None and rule.case is None
    ads = next((x for x in s.budget.split if x.category == "ads"), None)
    assert ads is None or ads.share == 0
