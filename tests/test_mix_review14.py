"""Review 14 (mix): who a recruitment objective hires decides where the candidates are, and
the listing or a blog never takes the place of a network they use; reasons that match the
hours and the answers."""

from __future__ import annotations

import pytest

from tests.conftest import network, persona, reason_codes, roles


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_hospital_hiring_nurses_and_students_is_on_facebook_and_instagram(lang):
    # review 14, #1: LinkedIn was main « peu chez les 18 à 24 ans », Instagram set aside
    s = persona("ch-val-de-saone-recrute", lang)
    r = roles(s)
    assert r["facebook"] == "primary" and r["instagram"] == "secondary"
    assert r["linkedin"] in ("listen", "avoid")  # kept for its job posts, not fed weekly
    assert "hire_light" in reason_codes(s, "linkedin")
    assert network(s, "facebook").score > network(s, "linkedin").score + 10


def test_tech_recruiting_keeps_linkedin_first():
    s = persona("saas-recrute")
    assert roles(s)["linkedin"] == "primary"
    assert network(s, "linkedin").score >= 85
    assert "hire_light" not in reason_codes(s, "linkedin")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_hospitals_listing_is_a_profile_with_no_recruitment_role(lang):
    # review 14, #1: the GBP, read by patients, carried « Le job dating du mois »
    s = persona("ch-val-de-saone-recrute", lang)
    gbp = network(s, "google_business")
    assert gbp.role == "avoid" and gbp.hours_per_week == 0
    assert "recruit_listing" in reason_codes(s, "google_business")
    text = " ".join(r.text for r in gbp.reasons)
    assert ("profil" if lang == "fr" else "profile") in text
    assert not any("Google" in k.name for k in s.kpis)
    # and no blog takes the hours Instagram needs
    assert network(s, "blog").hours_per_week == 0
    assert network(s, "instagram").hours_per_week >= 2.5


def test_no_parents_of_apprentices_when_no_apprentice_is_hired():
    # review 14, #8: « les parents qui conseillent les apprentis » for nurses
    s = persona("ch-val-de-saone-recrute")
    text = " ".join(r.text for r in network(s, "facebook").reasons)
    assert "apprentis" not in text and "groupes d’emploi locaux" in text
    machining = persona("precision-machining")  # apprentices hired: the parents are named
    assert "apprentices" in " ".join(r.text for r in network(machining, "facebook").reasons)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_supporting_network_never_said_to_take_no_time(lang):
    # review 14, §8: TikTok given 3 h 30 « complète le réseau principal sans lui prendre de temps »
    s = persona("gummies-lyon-ados", lang)
    tiktok = network(s, "tiktok")
    assert tiktok.role == "secondary" and tiktok.hours_per_week >= 3
    said = [r.text for r in tiktok.reasons if r.code == "tradeoff_secondary"]
    assert said and all("3 h 30" in t for t in said)
    assert not any("sans lui prendre" in t or "without taking" in t for t in said)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_relays_use_a_network_that_is_kept(lang):
    # review 14, §8: « les suivre sur LinkedIn » while LinkedIn is set aside
    s = persona("menuiserie-velay", lang)
    assert roles(s)["linkedin"] == "avoid"
    assert not any("LinkedIn" in r.how for r in s.relays)
    assert any(r.id == "prescribers" for r in s.relays)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_full_order_book_letter_says_what_it_does_now(lang):
    # review 14, §8: « sert bien votre objectif (obtenir des contacts qualifiés) », carnet plein
    s = persona("menuiserie-velay", lang)
    codes = reason_codes(s, "newsletter")
    assert "objective_full" in codes and "objective_good" not in codes


def test_a_network_fed_from_the_main_one_gets_its_answering_time():
    # review 14, §8: « Instagram 15 min — — » while the reason says answering is what remains
    s = persona("northbank-young-carers")
    assert "instagram" in [n.id for n in s.networks if n.role == "secondary"]
    items = [r for r in s.routine if r.network == "instagram"]
    assert items and all(r.activity == "interact" for r in items)
    assert sum(r.hours for r in items) == network(s, "instagram").hours_per_week
