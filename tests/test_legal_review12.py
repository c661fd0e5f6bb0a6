"""Review 12a and 12b, legal half: a profession under confidentiality answers a complaint in
public without confirming anyone is a client; an explicit « none » beside an offer that names a
regulated profession asks for a check; a newsletter for teenagers asks the age; a French joiner
photographing clients' homes and hiring reads the French rules that apply, and only it. Each test
reads what a client would check on the page."""

from __future__ import annotations

from tests.conftest import persona, persona_with

LAW = "employment-law-toronto"
GUMMIES = "gummies-lyon-ados"
JOINER = "menuiserie-velay"


def warning(s, wid):
    return next((w for w in s.warnings if w.id == wid), None)


def test_a_law_firm_takes_a_complaint_to_the_lawyer_and_confirms_no_client_in_public():
    first = persona(LAW).governance.escalation[0]
    assert "an order" not in first and "first publicly in one sentence, then" not in first
    assert "never confirms the person is a client" in first
    assert "We cannot discuss any matter in public" in first
    fr = persona(LAW, lang="fr").governance.escalation[0]
    assert "commande" not in fr and "ne confirme jamais que la personne est cliente" in fr


def test_a_translator_under_confidentiality_gets_the_same_discreet_complaint_line():
    s = persona_with(
        LAW, regulated=["none"], offer="Sworn translation of contracts and legal documents"
    )
    assert "never confirms the person is a client" in s.governance.escalation[0]


def test_a_shop_keeps_its_order_and_bill_complaint_line():
    s = persona_with(LAW, regulated=["none"], sector="retail_ecommerce", offer="Tea and teapots")
    assert "an order, a bill" in s.governance.escalation[0]


def test_none_beside_employment_law_asks_for_a_check_without_overriding_the_answer():
    s = persona_with(LAW, regulated=["none"])
    w = warning(s, "regulated_check")
    assert w is not None and w.severity == "info"
    assert "Employment law" in w.message and "legal or accounting professions" in w.message
    assert warning(s, "profession_rules") is None  # the answer stays the person's
    assert warning(persona(LAW), "regulated_check") is None  # ticked: nothing to check
    assert warning(persona_with(LAW, regulated=None), "regulated_check") is None  # assumed


def test_an_answer_without_the_alcohol_its_words_name_asks_for_a_check():
    s = persona_with(
        LAW,
        lang="fr",
        regulated=["none"],
        sector="food_drink",
        country="FR",
        offer="Cidre fermier et jus de pomme",
    )
    w = warning(s, "regulated_check")
    assert w is not None and "boissons alcoolisées" in w.message and "Cidre" in w.message


def test_a_newsletter_for_teenagers_asks_the_age_and_a_parent_under_15_in_france():
    page = str(persona(GUMMIES).model_dump())
    assert "le formulaire demande l’âge et, avant 15 ans" in page
    adults = persona_with(GUMMIES, audience_ages=["18-24", "25-34"])
    assert "le formulaire demande l’âge" not in str(adults.model_dump())


def test_the_joiner_reads_home_photo_review_and_job_ad_rules():
    s = persona(JOINER)
    home = warning(s, "home_works_fr")
    assert home is not None and home.severity == "info"
    assert "géolocalisation" in home.advice and "accord écrit des propriétaires" in home.advice
    assert "L121-4" in home.advice  # a Google listing: no fake or bought reviews
    jobs = warning(s, "job_ads_fr")
    assert jobs is not None and "discrimination" in jobs.message and "H/F" in jobs.advice


def test_the_french_trade_rules_fire_only_where_they_apply():
    assert warning(persona_with(JOINER, country="BE"), "home_works_fr") is None
    assert warning(persona_with(JOINER, formats=["text"]), "home_works_fr") is None
    no_hiring = persona_with(JOINER, secondary_objectives=["awareness"])
    assert warning(no_hiring, "job_ads_fr") is None
    for other in ("creperie-mobile", "precision-machining", "gummies-lyon-ados"):
        s = persona(other)
        assert warning(s, "home_works_fr") is None and warning(s, "job_ads_fr") is None
