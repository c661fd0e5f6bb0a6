"""Review 30 (a and b): rules that follow the organisation's country and what it asks people to do.

G3: a recipe site living from ads and affiliate links is told to label them (Ireland's CCPC and
ASAI, the UK's CAP Code and CMA, France's 2023 law) and that ad trackers wait for consent. V4: a
Belgian cooperative's share offer reads the Belgian law and the FSMA, not the French code, raised
to `warning` when subscribing shares is the plan's call. V6: a dated site whose form the call ends
on is flagged whatever the objective. G4: a recipe publisher may write a gluten-free version with
ingredients labelled so. V8: a refusal resting on another country's ages says whose they are. D2:
Dentiva's claims line names the CAP Code and the CCPC, and the GDC's CPD rule.
"""

import pytest

from tests.conftest import every_idea, network, persona, persona_with, warning_of


def said(w) -> str:
    """A warning as the reader reads it, no-break spaces as plain ones."""
    text = f"{w.headline} {w.message} {w.advice}"
    return text.replace("\u202f", " ").replace("\xa0", " ")


# --- G3: affiliate links, sponsored posts and ad trackers


@pytest.mark.parametrize(
    ("lang", "label", "cookies"),
    [("en", '"#Ad"', "regulation 5"), ("fr", "« #Ad »", "règlement 5")],
)
def test_an_irish_site_living_from_affiliate_links_is_told_to_label_them(lang, label, cookies):
    w = warning_of(persona("griddle-and-gorse", lang), "affiliate_disclosure")
    assert w is not None and w.severity == "info" and w.case == "ie"
    text = said(w)
    assert "CCPC" in text and "ASAI" in text and label in text and cookies in text
    assert {"ie_ccpc_asai_influencers", "ie_cookies_consent"} <= set(w.facts)


def test_the_rules_follow_the_organisations_country():
    uk = warning_of(persona_with("griddle-and-gorse", "en", country="GB"), "affiliate_disclosure")
    assert uk.case == "gb" and "CAP Code (rule 2.1)" in said(uk) and "CMA" in said(uk)
    assert "CCPC" not in said(uk)
    fr = persona_with("griddle-and-gorse", "fr", country="FR", audience_geo="national")
    text = said(warning_of(fr, "affiliate_disclosure"))
    assert "2023-451" in text and "CNIL" in text
    be = warning_of(persona_with("griddle-and-gorse", "en", country="BE"), "affiliate_disclosure")
    assert be.case == "eu" and "2005/29/EC" in said(be) and "CCPC" not in said(be)


@pytest.mark.parametrize(
    "offer",
    [
        "An independent Irish recipe website (420 tested recipes, home baking and family dinners)",
        # a charity's sponsored walk is no sponsored content
        "Support for young carers funded by donations, a sponsored walk and a Christmas appeal",
    ],
)
def test_no_affiliate_links_no_disclosure_warning(offer):
    s = persona_with("griddle-and-gorse", "en", offer=offer)
    assert warning_of(s, "affiliate_disclosure") is None


# --- V4: a share offer reads its own country's law, raised when subscribing is the call


@pytest.mark.parametrize(
    ("lang", "law", "capital"),
    [
        ("fr", "loi du 11 juillet 2018", "perdre tout ou partie du capital"),
        ("en", "law of 11 July 2018", "lose some or all of the capital"),
    ],
)
def test_a_belgian_share_offer_reads_the_belgian_law_as_a_warning(lang, law, capital):
    s = persona("vents-du-condroz", lang)
    w = warning_of(s, "finance_rules")
    assert w.case == "be_offer" and w.severity == "warning"
    text = said(w)
    assert law in text and "FSMA" in text and capital in text
    assert "L533-12" not in text and "France" not in text
    assert w.facts == ["be_public_offer_ads"]
    assert "L533-12" not in " ".join(x.title for x in s.sources)


def test_a_belgian_investment_that_is_not_the_call_stays_information():
    s = persona_with(
        "vents-du-condroz", "fr", desired_action="Qu'un coopérateur partage notre appel"
    )
    w = warning_of(s, "finance_rules")
    assert w.case == "be" and w.severity == "info" and "FSMA" in said(w)
    assert "perdre tout ou partie du capital" not in said(w)


def test_elsewhere_the_countrys_regulator_is_named_not_french_law():
    w = warning_of(persona_with("vents-du-condroz", "en", country="GB"), "finance_rules")
    assert w.case == "abroad_offer" and w.severity == "warning"
    assert "Financial Conduct Authority" in said(w) and "France" not in said(w)
    ie = warning_of(
        persona_with("vents-du-condroz", "en", country="IE", desired_action="Tell a friend"),
        "finance_rules",
    )
    assert ie.case == "abroad" and ie.severity == "info" and "Central Bank of Ireland" in said(ie)


def test_in_france_a_share_offer_cites_the_code_and_the_amf():
    w = warning_of(persona_with("vents-du-condroz", "fr", country="FR"), "finance_rules")
    assert w.case == "offer" and w.severity == "warning" and "AMF" in said(w)
    assert "finance_promo_fr" in w.facts


# --- V6: a dated site whose form the call ends on


@pytest.mark.parametrize(("lang", "phone"), [("fr", "deux minutes"), ("en", "two minutes")])
def test_a_dated_site_with_the_subscription_form_is_flagged(lang, phone):
    w = warning_of(persona("vents-du-condroz", lang), "dated_site")
    assert w is not None and w.severity == "warning" and phone in said(w)


def test_no_form_on_the_site_or_a_modern_site_no_dated_site():
    assert warning_of(persona_with("vents-du-condroz", website="modern"), "dated_site") is None
    s = persona_with(
        "vents-du-condroz",
        desired_action="Qu'un coopérateur parle de la coopérative à ses voisins",
        target={"metric": "Coopérateurs ambassadeurs actifs", "baseline": 25, "value": 60},
    )
    assert warning_of(s, "dated_site") is None


# --- G4: a recipe publisher sells no food


def test_a_recipe_publisher_may_write_a_gluten_free_version():
    ideas = " ".join(every_idea(persona("griddle-and-gorse", "en")))
    assert "Gluten-free version: flour and oats labelled gluten-free" in ideas
    assert "ask us how it is made" not in ideas and "828/2014" not in ideas


def test_food_sold_keeps_the_gluten_free_rule():
    ideas = " ".join(every_idea(persona("creperie-mobile", "fr")))
    assert "828/2014" in ideas and "Version sans gluten" not in ideas
    shop = persona_with(
        "griddle-and-gorse", "en", offer="An Irish bakery in Skibbereen, breads and cakes"
    )
    assert "828/2014" in " ".join(every_idea(shop))


# --- V8: a refusal on another country's ages says whose they are


@pytest.mark.parametrize(("lang", "where"), [("fr", "mesurés en France"), ("en", "in France")])
def test_a_swiss_audience_is_told_the_refusal_rests_on_french_ages(lang, where):
    # review 31b (mix48): Belgium now has its own figures (CIM 2025), so the case of another
    # country's ages is a country with none of its own (Switzerland reads French figures)
    s = persona_with("vents-du-condroz", lang, country="CH")
    for nid in ("instagram", "x"):
        text = " ".join(r.text for r in network(s, nid).reasons if r.kind == "against")
        assert where in text, (nid, text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_belgian_audience_refusal_rests_on_belgian_figures(lang):
    s = persona("vents-du-condroz", lang)
    for nid in ("instagram", "x"):
        against = [r for r in network(s, nid).reasons if r.kind == "against"]
        assert "France" not in " ".join(r.text for r in against), nid
        assert any(f.endswith("_be_2025") for r in against for f in r.facts), nid


def test_a_french_audience_reads_no_origin_in_the_refusal():
    s = persona_with("vents-du-condroz", "fr", country="FR")
    text = " ".join(r.text for r in network(s, "x").reasons)
    assert "peu présent" in text and "mesurés" not in text


# --- D2: claims to UK and Irish dental teams, and a CPD certificate


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dentiva_claims_name_the_cap_code_the_ccpc_and_the_gdc(lang):
    w = warning_of(persona("dentiva-saas", lang), "outcome_promise")
    text = said(w)
    assert "CAP Code (rule 3.7)" in text or "CAP Code (règle 3.7)" in text
    assert "CCPC" in text and "General Dental Council" in text
    assert {"uk_cap_substantiation", "ie_cpa_misleading", "gdc_enhanced_cpd"} <= set(w.facts)


def test_no_uk_audience_no_cap_code_and_no_cpd_no_gdc():
    ie_only = persona_with(
        "dentiva-saas",
        "en",
        audience_geo="national",
        audience_description="Practice managers of independent dental practices in Ireland",
    )
    text = said(warning_of(ie_only, "outcome_promise"))
    assert "CCPC" in text and "CAP Code" not in text and "General Dental Council" not in text
    no_cpd = persona_with(
        "dentiva-saas",
        "en",
        offer="An online compliance logbook for dental practices (decontamination logs)",
        audience_problems=["Knowing what an inspector will ask to see"],
    )
    assert "General Dental Council" not in said(warning_of(no_cpd, "outcome_promise"))
