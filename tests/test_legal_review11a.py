"""A UK charity's fundraising rules and the safeguarding of the people it helps (review 11a, #3).

What a client checks: the Sunderland young carers' charity reads, in its "Points to settle", that
its appeals follow the Code of Fundraising Practice, that it states its registered status (the
Charities Act 2011, above £10,000 of income), that e-mails go to supporters who agreed (PECR),
what Gift Aid may be said to be and that its Christmas raffle is a lottery; and that the young
carers in its stories are not recognisable, with a parent's written consent and the child's own
agreement, approved by its safeguarding lead (NSPCC). A French charity reads image rights and both
parents' agreement; elsewhere a neutral wording. Neither line reaches the other personas.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PERSONAS, persona, persona_with

NORTHBANK = "northbank-young-carers"
CHARITY = "uk_charity_fundraising"
IMAGES = "beneficiary_images"


def said(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u2019", "'").replace("\u00a0", " ")


def line(s, wid: str):
    return next((w for w in s.warnings if w.id == wid), None)


def whole(w) -> str:
    return said(f"{w.headline} {w.message} {w.advice}")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            [
                "registered charity",
                "Charities Act 2011",
                "£10,000",
                "Fundraising Regulator",
                "PECR",
                "unsubscribe",
                "Gift Aid",
                "small society lottery",
                "under-16s",
            ],
        ),
        (
            "fr",
            [
                "organisme caritatif enregistré",
                "Charities Act 2011",
                "10 000 £",
                "Fundraising Regulator",
                "PECR",
                "désinscrire",
                "Gift Aid",
                "small society lottery",
                "moins de 16 ans",
            ],
        ),
    ],
)
def test_a_uk_charity_raising_money_gets_its_fundraising_rules(lang: str, words: list[str]) -> None:
    w = line(persona(NORTHBANK, lang), CHARITY)
    assert w is not None
    text = whole(w)
    for word in words:
        assert word in text, word


def test_the_fundraising_line_is_sourced_with_publisher_and_year() -> None:
    s = persona(NORTHBANK, "en")
    cited = {(src.publisher, src.year) for src in s.sources}
    for publisher, year in [
        ("Fundraising Regulator", 2025),  # the code in force since 1 November 2025
        ("UK Parliament (legislation.gov.uk)", 2011),
        ("UK Parliament (legislation.gov.uk)", 2005),
        ("HM Revenue & Customs", 2007),
        ("Information Commissioner's Office (ICO)", 2026),
        ("NSPCC Learning", 2024),
    ]:
        assert (publisher, year) in cited, publisher


def test_gift_aid_and_the_raffle_only_when_the_answers_name_them() -> None:
    s = persona_with(
        NORTHBANK,
        "en",
        topics=["the Four Bridges Walk", "where your money goes"],
        audience_problems=["Knowing where the money raised actually goes"],
    )
    text = whole(line(s, CHARITY))
    assert "registered charity" in text
    assert "Gift Aid" not in text and "lottery" not in text


@pytest.mark.parametrize(
    "changes",
    [
        {"country": "IE"},  # another country: no UK charity law
        {"org_kind": "small_business", "sector": "retail_ecommerce"},  # a shop, not a charity
        {  # a UK charity that asks for no money
            "offer": "Support for young carers aged 8 to 18 in Sunderland",
            "desired_action": "Come to the weekly club",
            "key_message": "Nobody should care alone",
            "topics": ["the weekly club"],
            "proof_points": ["420 young carers supported in 2026"],
            "audience_description": "Families in Sunderland",
            "audience_problems": ["Finding the club"],
            "target": {"metric": "families in touch", "baseline": 10, "value": 20},
        },
    ],
)
def test_no_fundraising_line_outside_a_uk_charity_raising_money(changes: dict) -> None:
    assert line(persona_with(NORTHBANK, "en", **changes), CHARITY) is None


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            [
                "NSPCC",
                "written consent from a parent or guardian",
                "the child's own agreement",
                "withdraw",
                "full name, school",
                "safeguarding lead approves",
            ],
        ),
        (
            "fr",
            [
                "NSPCC",
                "l'accord écrit d'un parent",
                "celui de l'enfant",
                "révocable",
                "nom complet, d'école",
                "safeguarding lead",
            ],
        ),
    ],
)
def test_young_carers_in_the_stories_get_the_safeguarding_line(lang: str, words: list[str]) -> None:
    w = line(persona(NORTHBANK, lang), IMAGES)
    assert w is not None and w.case == "gb"
    text = whole(w)
    for word in words:
        assert word in text, word


def test_a_french_charity_reads_image_rights_and_both_parents() -> None:
    s = persona_with(
        NORTHBANK,
        "fr",
        country="FR",
        offer="Accompagnement de jeunes aidants de 8 à 18 ans à Lille",
    )
    w = line(s, IMAGES)
    assert w is not None and w.case == "fr"
    text = whole(w)
    assert "deux parents" in text and "NSPCC" not in text
    assert line(s, CHARITY) is None  # no UK law for a French charity
    assert any(src.year == 2024 and "2024-120" in said(str(src.title)) for src in s.sources)


def test_elsewhere_the_safeguarding_line_is_neutral() -> None:
    w = line(persona_with(NORTHBANK, "en", country="IE"), IMAGES)
    assert w is not None and w.case is None
    text = whole(w)
    assert "NSPCC" not in text and "both parents" not in text
    assert "written consent from a parent or guardian" in text


def _others() -> list[str]:
    return sorted(p.stem for p in Path(PERSONAS).glob("*.yaml") if p.stem != NORTHBANK)


@pytest.mark.parametrize("name", _others())
def test_no_other_persona_gains_these_lines(name: str) -> None:
    ids = {w.id for w in persona(name).warnings}
    assert not ids & {CHARITY, IMAGES}


@pytest.mark.parametrize(
    ("name", "lang", "words"),
    [
        (NORTHBANK, "en", ["CAP Code", "UK GDPR", "PECR", "not all of them"]),
        (NORTHBANK, "fr", ["CAP Code", "RGPD britannique", "PECR", "pas toutes"]),
        ("folk-festival", "en", ["CAP Code", "UK GDPR", "PECR"]),
    ],
)
def test_the_uk_is_said_to_be_covered_in_part(name: str, lang: str, words: list[str]) -> None:
    w = line(persona(name, lang), "country_rules")
    assert w is not None and w.case == "gb"
    text = whole(w)
    for word in words:
        assert word in text, word


def test_a_charity_s_relays_are_its_members_volunteers_and_donors_not_customers():
    """Review 14: « Customers — Ask satisfied customers for a review » for a charity."""
    from tests.conftest import persona as _persona

    for lang, name in (("en", "Members, volunteers and donors"), ("fr", "Adhérents")):
        s = _persona("northbank-young-carers", lang)
        relay = next(r for r in s.relays if r.id == "customers")
        assert relay.name.startswith(name)
        assert "customers" not in relay.how and "clients" not in relay.how
    shop = next(r for r in _persona("webshop-tea", "en").relays if r.id == "customers")
    assert shop.name == "Customers"
