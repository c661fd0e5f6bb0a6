"""The country line says what the document holds; Australia's baseline; raw milk; the sector's
own nouns in governance; the French SME yardstick only where it measures something (review 9a,
#1, #8; review 9b, #5, #9).

What a client checks: the Geneva coach and the Ohio grocer read that the tool knows a few of
their country's rules (cited), never a list of other countries nor « a French rule is cited as
French » when none is; the Singapore school reads that the tool holds no rule of its country;
the Luxembourg brewery, which cites the Évin law, reads the French clause; the Port Douglas kayak
operator reads the Australian Consumer Law, the AANA code, parents' consent and the Spam Act;
the Ardèche goat farm gets the official raw-milk advice for pregnant women and under-5s; the
grocer's privacy lines speak of loyalty cards and receipts, the kayak operator's complaints of a
tour, a weather cancellation, a refund, with a safety-incident line; and the French yardstick is
given neither in Australia nor at €40 a month.
"""

from __future__ import annotations

import pytest

from tests.conftest import persona, persona_with

COUNTRY_LISTS = ("Belgique", "Belgium", "Royaume-Uni", "the UK", "Irlande", "Ireland")
FRENCH_CLAUSE = ("comme française", "as French")


def warning(s, wid: str):
    return next((w for w in s.warnings if w.id == wid), None)


def said(w) -> str:
    return f"{w.headline} {w.message} {w.advice}".replace("\u202f", " ").replace("’", "'")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    ("name", "case", "own"),
    [
        ("coach-finances-geneve", "ch", "nLPD"),
        ("harvest-lane-markets", "us", "CAN-SPAM"),
        ("ecole-francisation-montreal", "ca_qc", "Loi 25"),  # Québec: Law 25 (review 11b)
    ],
)
def test_a_country_whose_rules_are_cited_is_told_the_tool_knows_some_not_that_they_are_not_covered(
    name, case, own, lang
):
    s = persona(name, lang)
    w = warning(s, "country_rules")
    text = said(w)
    assert w.case == case
    assert "pas couvertes" not in text and "not covered" not in text
    assert not any(c in text for c in COUNTRY_LISTS)  # no hard-coded list of countries
    assert "quelques règles de votre pays" in text or "a few of your country's rules" in text
    assert own in text or own.replace("nLPD", "nFADP").replace("Loi 25", "Law 25") in text
    assert not any(f in text for f in FRENCH_CLAUSE)  # no French rule cited in these three
    assert any(s.sources and f in {x.id for x in s.sources} for f in w.facts)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_country_the_tool_holds_no_rule_of_is_told_so(lang):
    w = warning(persona("brightpath-singapore", lang), "country_rules")
    text = said(w)
    assert w.case is None
    assert "aucune règle de votre pays" in text or "no rule of your country" in text
    assert not any(c in text for c in COUNTRY_LISTS)
    assert not any(f in text for f in FRENCH_CLAUSE)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_french_clause_comes_only_with_a_french_rule_cited(lang):
    s = persona("brasserie-sauerdall", lang)
    assert "evin_law" in {f for w in s.warnings for f in w.facts} or any(
        "Évin" in said(w) for w in s.warnings
    )
    text = said(warning(s, "country_rules"))
    assert any(f in text for f in FRENCH_CLAUSE)
    assert not any(c in text for c in COUNTRY_LISTS)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_australian_tour_operator_with_no_regulated_offer_reads_australia_s_baseline(lang):
    s = persona("reef-kayak-port-douglas", lang)
    w = warning(s, "country_rules")
    assert w is not None and w.case == "au"
    text = said(w)
    for law in ("Australian Consumer Law", "ACCC", "AANA", "Privacy Act 1988", "Spam Act 2003"):
        assert law in text
    assert w.severity == "info" and s.verdict == "adjust"  # the baseline does not change it
    cited = {x.id for x in s.sources}
    assert {"au_acl_reviews", "au_acl_total_price", "au_aana_disclosure", "au_spam_act"} <= cited
    assert all(x.year for x in s.sources if x.id.startswith("au_"))


def test_a_french_business_gets_no_country_line():
    assert warning(persona("chevrerie-combe-ardeche", "fr"), "country_rules") is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_raw_milk_farm_is_given_the_official_advice_for_pregnant_women_and_young_children(lang):
    s = persona("chevrerie-combe-ardeche", lang)
    w = warning(s, "raw_milk")
    assert w is not None and w.severity == "info"
    text = said(w)
    assert "5" in text and ("enceintes" in text or "pregnant" in text)
    assert "listeria" in text
    assert "fr_raw_milk_fragile" in {x.id for x in s.sources}
    assert s.verdict == "adjust"


def test_no_raw_milk_line_without_raw_milk():
    s = persona_with(
        "chevrerie-combe-ardeche",
        "fr",
        offer="Picodon AOP et tommes de chèvre, vendus à la ferme",
        audience_problems=["Savoir quand les fromages frais reviennent"],
    )
    assert warning(s, "raw_milk") is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_grocer_is_never_asked_for_a_contract_number(lang):
    s = persona("harvest-lane-markets", lang)
    lines = " ".join([said(warning(s, "public_personal_data")), *s.governance.moderation])
    lines = lines.replace("’", "'")
    assert "contract" not in lines and "contrat" not in lines
    assert "loyalty-card" in lines or "carte de fidélité" in lines


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_kayak_operator_s_complaints_are_tours_and_a_safety_incident_has_its_line(lang):
    s = persona("reef-kayak-port-douglas", lang)
    escalation = " ".join(s.governance.escalation).replace("’", "'")
    assert "stay" not in escalation and "séjour" not in escalation
    assert "weather" in escalation or "météo" in escalation
    assert "sting" in escalation or "piqûre" in escalation
    assert "no photos" in escalation or "aucune photo" in escalation


def test_a_campsite_keeps_its_stays_and_gets_no_safety_line():
    escalation = " ".join(persona("camping-familial", "fr").governance.escalation)
    assert "séjour" in escalation and "piqûre" not in escalation


YARDSTICK = ("Bpifrance", "1 657", "1,657")


def yardstick(s) -> bool:
    return any(y in n for n in s.budget.notes for y in YARDSTICK) or "bpifrance_sme_cost" in {
        x.id for x in s.sources
    }


def test_no_french_sme_yardstick_in_australia():
    assert not yardstick(persona("reef-kayak-port-douglas", "en"))


def test_no_french_sme_yardstick_beside_40_euros_a_month():
    assert not yardstick(persona("chevrerie-combe-ardeche", "fr"))


def test_the_yardstick_stays_in_france_with_a_budget_of_its_order():
    assert yardstick(persona_with("chevrerie-combe-ardeche", "fr", monthly_budget_eur=400))
    # a 0 € plan has no money to size: no yardstick in euros (review 14, §8; Menuiserie)
    assert not yardstick(persona_with("chevrerie-combe-ardeche", "fr", monthly_budget_eur=0))
