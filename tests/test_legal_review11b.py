"""Review 11b, legal half: a Toronto law firm gets its profession's rules and Ontario's privacy
law (not Québec's); a French teen sweets brand working with creators gets the 2023 influencer
law, the food-advertising health message, the conditions of a « réduit en sucres » claim and a
creators line in its budget. Each test reads what a client would check on the page."""

from __future__ import annotations

from tests.conftest import persona, persona_with

LAW = "employment-law-toronto"
GUMMIES = "gummies-lyon-ados"


def warning(s, wid):
    return next((w for w in s.warnings if w.id == wid), None)


def test_a_law_firm_is_assumed_a_regulated_profession_and_gets_the_ontario_rules():
    # the persona answered `none` before the code existed: unanswered, the offer's words say it
    s = persona_with(LAW, regulated=None)
    w = warning(s, "profession_rules")
    assert w is not None
    assert "Law Society of Ontario" in w.message and "4.3-1" in w.message
    assert "written consent" in w.advice and "without confirming or denying" in w.advice
    assert "general information, not legal advice" in w.advice
    assert "RIN" not in w.message  # no French rule for an Ontario firm


def test_the_profession_code_answered_gives_lawyer_review_and_a_discreet_reply():
    s = persona_with(LAW, regulated=["profession"])
    assert "a member of the profession" in s.governance.approves
    assert "each post" not in s.governance.approves  # no "calendar, not each post"
    assert any("confirming or denying" in m for m in s.governance.moderation)


def test_a_law_firm_is_never_asked_for_a_real_client_case():
    s = persona(LAW)
    page = str(s.model_dump())
    assert "A real case in a few lines" not in page
    assert "An anonymised case, told with the client's written consent" in page
    assert "Answer criticism in public, honestly and quickly" not in s.governance.moderation[0]


def test_a_french_law_firm_reads_the_bar_rules_and_elsewhere_a_neutral_line():
    fr = persona_with(
        LAW, lang="fr", regulated=None, country="FR", offer="Cabinet d'avocats en droit du travail"
    )
    w = warning(fr, "profession_rules")
    assert w is not None and "RIN, art. 10" in w.message and "Law Society" not in w.message
    be = persona_with(LAW, regulated=None, country="BE")
    w = warning(be, "profession_rules")
    assert w is not None and "RIN" not in w.message and "Law Society" not in w.message


def test_ontario_gets_pipeda_never_law_25():
    w = warning(persona(LAW), "country_rules")
    assert "PIPEDA" in w.advice and "Law 25" not in w.advice and "Québec" not in w.advice


def test_quebec_keeps_law_25_and_an_unknown_province_names_both():
    qc = warning(persona("ecole-francisation-montreal"), "country_rules")
    assert "Loi 25" in qc.advice and "LPRPDE" not in qc.advice
    none = persona_with(
        LAW,
        audience_description="Founders of Canadian start-ups",
        offer="Employment law for start-ups",
        audience_problems=["Whether a termination clause still holds"],
        topics=["hiring your first 20 employees"],
    )
    w = warning(none, "country_rules")
    assert "Law 25" in w.advice and "PIPEDA" in w.advice


def test_french_creators_bring_the_2023_influencer_law_to_the_page():
    s = persona(GUMMIES, lang="fr")
    w = warning(s, "influencer_law_fr")
    assert w is not None
    assert "Publicité" in w.advice and "contrat écrit" in w.advice
    assert "solidairement responsable" in w.message and "moins de 16 ans" in w.advice
    # not for a brand without creators, nor outside France
    assert warning(persona_with(GUMMIES, relays=["customers"]), "influencer_law_fr") is None
    assert warning(persona_with(GUMMIES, country="BE"), "influencer_law_fr") is None


def test_sweets_ads_carry_the_health_message():
    s = persona(GUMMIES, lang="fr")
    assert warning(s, "food_ad_health_fr") is not None
    ads = next(x for x in s.budget.split if x.category == "ads")
    assert "mangerbouger.fr" in ads.why
    # a baker's cakes and a tea shop are left out
    assert warning(persona_with(GUMMIES, offer="Thés en vrac"), "food_ad_health_fr") is None


def test_a_reduced_sugar_figure_gets_the_eu_conditions():
    w = warning(persona(GUMMIES, lang="fr"), "health_claims")
    assert "30 %" in w.advice and "1924/2006" in w.advice
    other = persona_with(
        GUMMIES,
        offer="Bonbons gélifiés fabriqués près de Lyon",
        key_message="Le goût des bonbons de la récré.",
        proof_points=["4,7/5 sur 2 300 avis clients vérifiés"],
    )
    assert "30 %" not in warning(other, "health_claims").advice


def test_creators_named_get_their_own_budget_line():
    s = persona(GUMMIES, lang="fr")
    creators = next(x for x in s.budget.split if x.category == "creators")
    assert creators.eur_per_year > 0 and "Publicité" in creators.why
    assert abs(sum(x.share for x in s.budget.split) - 1) < 1e-3
    without = persona_with(GUMMIES, relays=["customers"])
    assert all(x.category != "creators" for x in without.budget.split)
