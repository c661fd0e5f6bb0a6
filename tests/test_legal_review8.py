"""No French or EU rule applied where it does not hold (review 8a, #1, #4, #9; review 8b, #2, #4,
#8).

What a client checks: the Ohio grocer's ads line says 21+ (Meta's rule in the US) and the TTB
and state law, never the Évin law nor the French health message, and its country line names the
FTC's endorsement and review rules; the Luxembourg brewery's summer fest is kept, the Évin law
only a French yardstick; the Singapore school reads no UK, French or EU age, no EU regulation in
its ads line, its currency line, and the messages sent to phone numbers; the Geneva money coach
reads LSFin and LCD, not a French code about selling investments, and an Instagram variant of
the automation warning; a French winery keeps the Évin law and its health message.
"""

from __future__ import annotations

import pytest

from strategy_wizard.render import RenderOptions, render
from tests.conftest import TODAY, build, persona, persona_with


def warning(s, wid: str):
    return next((w for w in s.warnings if w.id == wid), None)


def said(w) -> str:
    return f"{w.headline} {w.message} {w.advice}".replace("\u202f", " ").replace("’", "'")


def ads_line(s) -> str:
    return next(x.why for x in s.budget.split if x.category == "ads")


def everything(s) -> str:
    """What the client reads in the warnings, the budget, the governance and the editorial line."""
    parts = [said(w) for w in s.warnings]
    parts += [x.why for x in s.budget.split] + list(s.budget.notes)
    parts += list(s.governance.escalation) + list(s.governance.moderation)
    parts += [p.note for p in s.editorial.pillars]
    return " ".join(parts).replace("\u202f", " ").replace("’", "'")


FRENCH_HEALTH_MESSAGE = "L'abus d'alcool est dangereux"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_us_grocer_s_alcohol_ads_go_to_over_21s_under_us_law_not_the_evin_law(lang):
    s = persona("harvest-lane-markets", lang)
    ads = ads_line(s).replace("’", "'")
    assert "21" in ads and "TTB" in ads
    assert "Évin" not in ads and FRENCH_HEALTH_MESSAGE not in ads
    w = warning(s, "alcohol_rules")
    assert w.case == "us" and "TTB" in said(w) and "21" in said(w)
    assert "meta_alcohol_ads_us" in w.facts
    assert "Évin" not in everything(s) and FRENCH_HEALTH_MESSAGE not in everything(s)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_us_company_reads_the_ftc_rules_and_its_privacy_team(lang):
    s = persona("harvest-lane-markets", lang)
    rules = said(warning(s, "country_rules"))
    assert "FTC" in rules and "#ad" in rules and "#employee" in rules and "2024" in rules
    assert "CAN-SPAM" in rules
    assert {"us_ftc_endorsements", "us_ftc_reviews"} <= set(warning(s, "country_rules").facts)
    escalation = " ".join(s.governance.escalation)
    assert "data protection officer" not in escalation
    assert "délégué à la protection des données" not in escalation
    # a 4,200-employee chain gets no survey of small French businesses' costs
    assert not any("1 657" in n or "1,657" in n for n in s.budget.notes)
    assert "bpifrance_sme_cost" not in {x.id for x in s.sources}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_luxembourg_brewery_keeps_its_summer_fest_and_reads_evin_as_a_yardstick(lang):
    s = persona("brasserie-sauerdall", lang)
    text = everything(s)
    assert "fête d'été du 26 juin" in text
    assert "Exclu : « la fête d'été" not in text and "Left out: « la fête d'été" not in text
    assert ("Gardé" if lang == "fr" else "Kept") in text
    w = warning(s, "alcohol_rules")
    assert w.case == "near"
    assert ("résidents de France" if lang == "fr" else "residents of France") in said(w)
    ads = ads_line(s).replace("’", "'")
    assert "Évin" not in ads and FRENCH_HEALTH_MESSAGE not in ads and "18" in ads


def test_the_regulated_answer_names_no_french_law_in_a_foreign_document():
    page = render(build(persona_answers("brasserie-sauerdall"), TODAY, "fr"), "md", RenderOptions())
    assert "loi Évin)" not in page.decode("utf-8")


def persona_answers(name: str):
    from strategy_wizard.model.answers import load_answers
    from tests.conftest import PERSONAS

    return load_answers(PERSONAS / f"{name}.yaml")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_singapore_school_reads_no_uk_french_or_eu_rule(lang):
    s = persona("brightpath-singapore", lang)
    minors = warning(s, "minors")
    assert minors.case == "uncovered"
    # the country line names the countries the tool covers: everything else cites none of them
    text = everything(s).replace(said(warning(s, "country_rules")), "")
    for foreign in ("UK", "Royaume-Uni", "15 in France", "15 ans en France", "2022/2065", "DSA"):
        assert foreign not in text, foreign
    assert "13" in said(minors) and "16" in said(minors)
    assert "Meta" in ads_line(s)  # to the parents, by age and place only
    rules = said(warning(s, "country_rules"))
    assert "WhatsApp" in rules and "SMS" in rules
    # amounts as entered, in no named currency (review 11a, #5: never « euros » for Singapore)
    assert any(("own currency" in n or "votre monnaie" in n) for n in s.budget.notes)
    assert not any("euro" in n for n in s.budget.notes)
    # a photo of minors in class needs their parents' written permission
    page = render(s, "md", RenderOptions()).decode("utf-8").replace("’", "'")
    photo = "photo in class" if lang == "en" else "photo en cours"
    lines = [line for line in page.splitlines() if photo in line]
    assert lines and all("parents" in line for line in lines)


def test_an_eu_school_keeps_the_dsa_line():
    s = persona_with("brightpath-singapore", lang="en", country="BE")
    assert "2022/2065" in ads_line(s)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_geneva_money_coach_reads_swiss_rules_not_a_french_investment_code(lang):
    s = persona("coach-finances-geneve", lang)
    w = warning(s, "finance_rules")
    assert w.case == "ch"
    text = said(w)
    assert ("LSFin" if lang == "fr" else "FinSA") in text
    assert "let. o" in text
    assert "influenc" not in text.lower()  # she is the influencer: no clause aimed at one
    assert "en France" not in text and "in France" not in text
    assert {"ch_finsa_advice", "ch_uwg_mass_email"} <= set(w.facts)


def test_a_personal_brand_elsewhere_is_not_told_to_brief_an_influencer():
    s = persona_with("coach-finances-geneve", lang="en", country="CA")
    w = warning(s, "finance_rules")
    assert w.case == "personal" and "influencer" not in said(w).lower()


def test_the_linkedin_automation_variant_needs_linkedin_kept_or_a_b2b_market():
    coach = warning(persona("coach-finances-geneve", "fr"), "automation")
    assert coach.case == "instagram" and "LinkedIn" not in said(coach)
    assert "relance" in said(coach)
    b2b = warning(persona_with("coach-finances-geneve", lang="fr", market="b2b"), "automation")
    assert b2b.case == "linkedin"


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("domaine-vin", ["Évin", FRENCH_HEALTH_MESSAGE]),
        ("creperie-mobile", ["Évin"]),
    ],
)
def test_france_keeps_the_evin_law_and_its_health_message(name, kept):
    s = persona(name, "fr")
    w = warning(s, "alcohol_rules")
    assert w.case is None
    text = everything(s)
    for k in kept:
        assert k in text, k


@pytest.mark.parametrize(
    ("name", "lang", "wid", "case"),
    [
        ("cork-estate-agent", "en", "property_ads", "ie"),
        ("ecole-francisation-montreal", "fr", "country_rules", "ca_qc"),
        ("ecole-francisation-montreal", "fr", "immigration_advice", None),
    ],
)
def test_ireland_and_canada_keep_their_law_lines(name, lang, wid, case):
    w = warning(persona(name, lang), wid)
    assert w is not None and w.case == case
