"""Review 19 (D6, D7, D4 wording, D10): a US credit union reads the US lender's rules, a French
theatre filming its shows reads the rights at stake, and neither reads another client's words.

What a client checks: Keystone River FCU (en/US, `regulated: finance`, a lender) reads Regulation
Z's trigger terms, Truth in Savings, UDAAP, GLBA, the NCUA statement and Equal Housing, with the
FFIEC and NCUA among its sources; compliance approves every post and ad, and its ads are not
targeted by age (Meta's special ad category, Google's US policy). A broker still quotes the
lender's disclosures. The Théâtre des Récollets (fr/FR, culture, nonprofit) reads the company's
written agreement, the performers' rights, the Reels' music, a contest's rules and the CNIL's
consent, and writes to subscribers, not donors.
"""

from __future__ import annotations

import json

from tests.conftest import ads_line, persona, persona_with
from tests.conftest import cited as sources
from tests.conftest import warning_of as warning

CU = "keystone-river-cu"
THEATRE = "theatre-recollets-limoges"


def said(s) -> str:
    text = json.dumps(s.model_dump(mode="json"), ensure_ascii=False)
    return text.replace("\u202f", " ").replace("\u2019", "'").replace("\u00a0", " ")


def test_a_us_credit_union_reads_the_us_lender_rules_with_their_sources():
    s = persona(CU, "en")
    w = warning(s, "finance_rules")
    assert w is not None
    text = f"{w.message} {w.advice}"
    for rule in ("Regulation Z", "Truth in Savings", "UDAAP", "Gramm-Leach-Bliley", "APY"):
        assert rule in text
    assert "Federally insured by NCUA" in text and "Equal Housing" in text  # CU, home loans
    assert "You are the lender" in w.advice
    assert "lender or broker gives you" not in text  # the broker's text, review 19 p. 3
    # D10: the regulators are among the sources
    cited = sources(s)
    assert "National Credit Union Administration" in cited and "FFIEC" in cited


def test_a_us_mortgage_broker_quotes_the_lenders_disclosures_and_no_ncua_statement():
    s = persona_with(
        CU,
        "en",
        org_name="Keystone Mortgage Advisors",
        offer="Independent mortgage broker in central Pennsylvania, first-time buyers",
        expertise=["first-time home buying"],
    )
    w = warning(s, "finance_rules")
    assert "the lender gives you" in w.advice and "You are the lender" not in w.advice
    assert "NCUA" not in f"{w.message} {w.advice}"
    assert "Equal Housing" in w.advice  # a mortgage post, US


def test_a_lender_abroad_writes_its_own_statements():
    s = persona_with(CU, "en", country="GB", org_name="Northfield Building Society")
    w = warning(s, "finance_rules")
    assert "You are the lender" in w.advice and "NCUA" not in w.advice
    assert "supervisor may ask for them" in w.advice  # the lender's records


def test_compliance_reviews_every_post_and_ad_with_a_library_of_answers():
    approves = persona(CU, "en").governance.approves
    assert "every post, ad" in approves and "library" in approves
    assert "approves the calendar" not in approves
    assert "chaque publication, publicité" in persona(CU, "fr").governance.approves


def test_us_finance_ads_are_not_targeted_by_age():
    ads = ads_line(persona(CU, "en"))
    assert "(18-64)" not in ads and "no targeting by age" in ads
    assert "special ad category" in ads and "Federally insured by NCUA" in ads


def test_a_credit_union_reads_members_branches_and_no_salon_or_sales_words():
    s = persona(CU, "en")
    text = said(s)
    for residue in (
        "booking tool",
        "aftercare",
        "store managers",
        "Products given",
        "sales administration",
    ):
        assert residue not in text, residue
    assert "branch managers" in text and "member e-mail" in text
    assert "Members" in [r.name for r in s.relays]
    assert "Member service answers" in s.governance.answers
    claims = warning(s, "public_personal_data")
    assert "account" in claims.message and "contract number" not in claims.message


def test_a_french_theatre_filming_its_shows_reads_the_rights_at_stake():
    s = persona(THEATRE, "fr")
    w = warning(s, "show_images_fr")
    assert w is not None and w.severity == "info"
    for point in ("compagnie", "captation intégrale", "spectateur", "bibliothèque", "règlement"):
        assert point in w.advice, point
    assert "CNIL" in w.advice
    cited = sources(s)
    # the captation sheet under its own publisher and title (review 21a, R10: a CNM title on a
    # Gazette address)
    assert "captation de spectacles" in cited and "CNIL" in cited
    # its English document says the same
    assert "written" in warning(persona(THEATRE, "en"), "show_images_fr").advice


def test_the_show_rights_note_is_french_and_for_shows_only():
    assert warning(persona_with(THEATRE, "fr", country="BE"), "show_images_fr") is None
    assert warning(persona_with(THEATRE, "fr", formats=["text"]), "show_images_fr") is None
    assert warning(persona("menuiserie-velay", "fr"), "show_images_fr") is None


def test_a_theatre_writes_to_subscribers_not_donors():
    s = persona(THEATRE, "fr")
    text = said(s)
    assert "donateurs" not in text and "une adhésion, un don" not in text
    assert "réabonner" in text
    assert "Abonnés" in [r.name for r in s.relays]
    # D10: no LinkedIn transparency report for a theatre that sets LinkedIn aside
    assert "Digital Services Act" not in sources(s)
