"""The country answer (review 6, #2 and #9): where the organisation and its audience are decides
which figures and rules the strategy cites and how it flags the others; French answers are no
longer read as France when they say Belgium, and English answers say no country at all."""

from __future__ import annotations

import pytest

from strategy_wizard.render.view import build_view
from tests.conftest import persona, persona_with


def warning(s, wid):
    return next((w for w in s.warnings if w.id == wid), None)


def plain(text: str) -> str:
    """Typography aside (narrow spaces before « ; », curly apostrophes)."""
    return text.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'")


def measured(s) -> list[str]:
    return [x["measured"] for x in build_view(s)["sources"] if x["measured"]]


def test_the_country_is_assumed_france_for_french_answers_and_unknown_for_english_ones():
    fr = persona_with("creperie-mobile", lang="fr")
    said = {plain(a.question): a.assumed for a in fr.assumptions}
    assert said["Dans quel pays êtes-vous, vous et votre public ?"] == "France"
    assert fr.country == "FR"
    en = persona_with("saas-recrute", lang="en")
    said = {plain(a.question): a.assumed for a in en.assumptions}
    assert said["Which country are you and your audience in?"] == "not given"
    assert en.country == ""
    # a country given is not assumed
    liege = persona("collectif-velo-liege")
    assert liege.country == "BE"
    assert not [a for a in liege.assumptions if "pays" in a.question]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_belgian_audience_reads_belgian_figures(lang):
    # review 31b, VN2: « chiffre français, le plus proche disponible pour un public en Belgique »
    # beside a Belgian report; Belgium's own survey (CIM 2025) now carries every network's
    # figure, so none is flagged as measured elsewhere (the flag itself: test_warn46_review30,
    # a Swiss audience)
    s = persona("collectif-velo-liege", lang)
    assert measured(s) == []
    titles = " ".join(x["title"] for x in build_view(s)["sources"])
    assert "CIM" in titles or "Belgium" in titles or "Belgique" in titles, titles
    # the French survey of SMEs is not given outside France (review 9b, #9)
    notes = " ".join(s.budget.notes)
    where = {"fr": "faute de chiffre établi en Belgique", "en": "measured in Belgium"}[lang]
    assert where not in notes


def test_a_law_is_never_called_a_figure():
    # a Belgian dental practice reads the French decrees as French rules to check at home
    s = persona_with("cabinet-dentaire", lang="fr", country="BE")
    rules = warning(s, "health_profession_rules")
    assert rules.case == "abroad" and "règles françaises" in rules.message
    listed = {x["title"]: x["measured"] for x in build_view(s)["sources"]}
    decree = next(v for k, v in listed.items() if k.startswith("Décret n° 2020-1662"))
    assert plain(decree) == "règle française ; vérifiez celle de votre pays"
    en = persona_with("cabinet-dentaire", lang="en", country="BE")
    listed = {x["title"]: x["measured"] for x in build_view(en)["sources"]}
    decree = next(v for k, v in listed.items() if k.startswith("Décret n° 2020-1662"))
    assert plain(decree) == "French rule; check your country's"
    # in France, a French decree is the law, unflagged
    home = persona("cabinet-dentaire", "fr")
    assert warning(home, "health_profession_rules").case is None
    assert not [x for x in build_view(home)["sources"] if "règle" in x["measured"]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_belgian_minors_are_told_belgium_s_age_not_france_s(lang):
    s = persona("collectif-velo-liege", lang)
    minors = warning(s, "minors")
    assert minors.case == "country" and "minors_consent_be" in minors.facts
    assert "minors_consent_fr" not in minors.facts and "influence_law_fr" not in minors.facts
    said = {"fr": ("moins de 13 ans", "en Belgique"), "en": ("under 13", "in Belgium")}[lang]
    assert all(x in minors.advice for x in said)
    assert "France" not in minors.advice
    assert not any("France" in m for m in s.governance.moderation)
    assert any(said[1] in m.replace("En Belgique", "en Belgique") for m in s.governance.moderation)


def test_australian_minors_are_told_the_minimum_age_of_16():
    s = persona_with("lumen-skin-studio", lang="en", audience_ages=["13-17", "25-34"])
    minors = warning(s, "minors")
    assert minors.case == "au" and minors.facts[-1] == "au_social_min_age"
    assert "10 December 2025" in minors.message and "France" not in minors.advice


def test_an_australian_health_service_reads_the_tga_and_ahpra_not_french_decrees():
    for lang in ("en", "fr"):
        s = persona("lumen-skin-studio", lang)
        rules = warning(s, "health_profession_rules")
        assert rules.case == "au", lang
        assert set(rules.facts) == {"tga_prescription_ads", "ahpra_testimonials"}
        assert "code of ethics" not in rules.message and "déontologie" not in rules.message
        assert not [x for x in s.sources if x.id.endswith("_fr") and "health" in x.id]


def test_french_rules_fire_as_law_in_france_and_as_french_elsewhere():
    home = warning(persona("creperie-mobile", "fr"), "alcohol_rules")
    assert home.case is None and "loi Évin limite" in home.message
    swiss = warning(persona_with("creperie-mobile", lang="fr", country="CH"), "alcohol_rules")
    # France's neighbour: the Évin law a yardstick, binding only for ads aimed at France (8b, #2)
    assert swiss.case == "near" and "règle française" in swiss.message
    # the EU's health-claims rule is Belgium's too; not Australia's
    tea = persona_with("webshop-tea", lang="en", country="BE")
    assert warning(tea, "health_claims").case is None
    far = persona_with("webshop-tea", lang="en", country="AU")
    assert warning(far, "health_claims").case == "abroad"


def test_pre_election_windows_are_dated_for_france_only():
    home = warning(persona("town-hall", "fr"), "public_body_rules")
    away = persona_with("town-hall", lang="fr", country="BE")
    rules = warning(away, "public_body_rules")
    assert rules.case == "abroad" and not rules.figures.get("elections")
    assert "Code électoral" in rules.advice and "vérifiez la règle de votre pays" in rules.advice
    own = next(p for p in away.editorial.pillars if p.key == "own_offer")
    if home.case == "dated":  # the French town's plan crosses an election: not the Belgian one
        assert "préélectorale" not in own.note.lower()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cause_in_the_eu_buys_no_sponsored_posts(lang):
    s = persona("collectif-velo-liege", lang)
    ads = warning(s, "social_issue_ads")
    assert ads is not None and set(ads.facts) == {
        "meta_eu_social_issue_ads",
        "eu_political_ads_ttpa",
    }
    split = {x.category: x for x in s.budget.split}
    # (960 before review 21a: budget lines are rounded to the nearest 100 below 10,000)
    assert split["ads"].eur_per_year == 0 and split["creation"].eur_per_year == 1000
    assert {"fr": "imprimés", "en": "Printed"}[lang] in split["creation"].why
    # the same association in Canada: no EU rule, the ads line stays
    away = persona_with("collectif-velo-liege", lang=lang, country="CA")
    assert warning(away, "social_issue_ads") is None
    assert {x.category: x for x in away.budget.split}["ads"].eur_per_year > 0


def test_a_petition_comes_with_its_signatories_data_rule():
    s = persona("collectif-velo-liege", "fr")
    data = warning(s, "petition_data")
    assert data is not None and data.facts == ["petition_data_gdpr"]
    assert "case à part, non cochée" in data.advice
    assert warning(persona("camping-familial", "fr"), "petition_data") is None
