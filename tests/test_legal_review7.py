"""Outside the countries whose rules the data holds, the legal layer says so and names the laws it
knows; an estate agency, a school answering immigration questions and a mortgage referral get the
rules of their trade (review 7, #3).

What a client checks: the Montréal school reads one line saying Canada's rules are not covered,
naming Loi 25 and the LCAP, and a line keeping it to general information on immigration (IRPA
s. 91, CICC); the Cork agency reads the BER and the PSRA licence on every property advert, and
mortgage (credit) wording, not "every return you quote"; a French agency reads the DPE and its
fees; no French rule is presented as applying in Canada.
"""

from __future__ import annotations

import pytest

from tests.conftest import persona, persona_with


def warning(s, wid: str):
    return next((w for w in s.warnings if w.id == wid), None)


def said(w) -> str:
    return f"{w.headline} {w.message} {w.advice}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_canada_s_rules_are_said_not_covered_with_loi_25_and_casl(lang):
    s = persona("ecole-francisation-montreal", lang)
    w = warning(s, "country_rules")
    assert w is not None and w.severity == "info" and w.case == "ca_qc"  # a Québec school
    text = said(w)
    assert ("Loi 25" if lang == "fr" else "Law 25") in text
    assert ("LCAP" if lang == "fr" else "CASL") in text
    assert {"qc_law25", "ca_casl"} <= set(w.facts)
    # nothing in the school's warnings presents a French rule as its own
    everything = " ".join(said(x) for x in s.warnings)
    assert "en France, la loi" not in everything and "in France, the law" not in everything


@pytest.mark.parametrize(
    ("country", "case", "law"),
    [("US", "us", "CAN-SPAM"), ("CH", "ch", "nLPD"), ("LU", "eu", "RGPD"), ("other", None, "")],
)
def test_every_uncovered_country_gets_one_line(country, case, law):
    s = persona_with("ecole-francisation-montreal", "fr", country=country)
    lines = [w for w in s.warnings if w.id == "country_rules"]
    assert len(lines) == 1 and lines[0].case == case
    assert law in said(lines[0])
    # the line cites no petition fact, nor any French one
    assert not {"petition_data_gdpr"} & set(lines[0].facts)
    assert not [f for f in lines[0].facts if f.endswith("_fr")]
    # the Canadian immigration rule is not carried to another country
    assert warning(s, "immigration_advice") is None


@pytest.mark.parametrize("name", ["cork-estate-agent", "collectif-velo-liege", "camping-familial"])
def test_a_covered_country_reads_no_such_line(name):
    assert warning(persona(name), "country_rules") is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_irish_agency_shows_the_ber_and_its_psra_licence(lang):
    w = warning(persona("cork-estate-agent", lang), "property_ads")
    assert w is not None and w.case == "ie"
    text = said(w)
    assert "BER" in text and "PSRA" in text and "S.I. No. 243 of 2012" in text
    assert ("publication sur un réseau social" if lang == "fr" else "social media post") in text
    assert {"ie_ber_ads", "ie_psra_licence"} <= set(w.facts)


def test_a_french_agency_shows_the_dpe_and_its_fees():
    s = persona_with("cork-estate-agent", "fr", country="FR")
    w = warning(s, "property_ads")
    assert w is not None and w.case is None
    assert "DPE" in said(w) and "honoraires" in said(w) and "2011" in said(w)
    belgian = warning(persona_with("cork-estate-agent", "fr", country="BE"), "property_ads")
    assert belgian is not None and belgian.case == "eu" and "2010/31/UE" in said(belgian)


def test_no_property_rule_outside_real_estate():
    assert warning(persona("ecole-francisation-montreal"), "property_ads") is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_school_in_canada_gives_general_immigration_information_only(lang):
    w = warning(persona("ecole-francisation-montreal", lang), "immigration_advice")
    assert w is not None and w.severity == "info"
    text = said(w)
    assert "CICC" in text and "IRCC" in text
    assert ("LIPR, article 91" if lang == "fr" else "IRPA, section 91") in text
    assert {"ca_immigration_advice", "ca_cicc"} <= set(w.facts)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_mortgage_referral_reads_credit_wording_not_investment(lang):
    w = warning(persona("cork-estate-agent", lang), "finance_rules")
    assert w is not None and w.case == "credit_ie"
    text = said(w)
    assert "Consumer Protection Code" in text
    assert "rendement" not in text and "return you quote" not in text
    assert w.facts == ["ie_cpc_credit_ads"]


def test_an_investment_offer_keeps_the_investment_wording():
    s = persona_with(
        "cork-estate-agent", "en", offer="Independent advice on savings and investment funds"
    )
    w = warning(s, "finance_rules")
    assert w is not None and w.case == "abroad" and "every return you quote" in said(w)
