"""Review 12a (#2, #7, #9) and 12b (#2, #3, #5): the calendar checked against the document's own
notes, as a trustee, a parent or a managing partner would read it before it is sent.

- a charity whose beneficiaries are young carers tells their stories through staff, with no face,
  no name, no place, never "to camera" (the safeguarding note);
- a teen brand's testimonials and lives have an adult customer;
- the offer's news (new flavours, the monthly box, a product's taste) is filed under the offer,
  and the audience's own questions reach the main network;
- a proof naming a distinction (a certified specialist, a gold medal) and the fixed fee are posted;
- a farm with a weekly WhatsApp message says in a post how to join it;
- a charity's volunteer spotlight speaks of its cause, not of customers.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import every_idea, idea_draw, persona, posts


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_young_carers_story_is_told_by_staff_never_to_camera(lang: str):
    """12a #2: « A day in the life of a young carer: thirty seconds in which the person answers
    one question to camera, with their consent », beside the safeguarding note."""
    s = persona("northbank-young-carers", lang)
    assert "beneficiary_images" in {w.id for w in s.warnings}
    named = [i for i in every_idea(s) if "young carer" in i.lower() or "jeune aidant" in i.lower()]
    frames = ("day in the life", "lives and rights")
    stories = [i for i in named if any(f in i.lower() for f in frames)]
    assert stories, named
    for idea in stories:
        low = idea.lower()
        assert "to camera" not in low and "face caméra" not in low, idea
        assert "with their consent" not in low and "avec son accord" not in low, idea
        assert "member of your staff" in low or "membre de votre équipe" in low, idea


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_teen_brands_testimonials_and_lives_have_an_adult_customer(lang: str):
    """12b #3: « Quinze secondes où un client raconte… avec son accord », « Un direct avec un
    client », while half the buyers are 15-17."""
    s = persona("gummies-lyon-ados", lang)
    said = every_idea(s)
    who = "un client majeur" if lang == "fr" else "an adult customer"
    speaking = [i for i in said if re.search(r"\b(un client|an? (adult )?customer)\b", i)]
    # (the lab analysis and the 4,7/5 reviews are now posted as facts, review 15 D8: the
    # testimony frame may be left out of the four weeks; its wording is checked on the draw)
    draw = idea_draw("gummies-lyon-ados", lang)
    told = [i for pool in draw.pools.values() for i in pool if i.kind == "feedback"]
    formats = ("text", "short_video", "live", "photo")
    speaking += [t for i in told for f in formats if (t := i.phrase(draw.say, None, f))]
    speaking = [i for i in speaking if re.search(r"\b(un client|an? (adult )?customer)\b", i)]
    assert speaking, said
    assert all(who in i for i in speaking), [i for i in speaking if who not in i]


def test_the_offers_news_is_no_audience_question_and_the_questions_reach_instagram():
    """12b #2: « Les nouveaux parfums », « Les box du mois », « Un de vos produits décrit par son
    goût » filed as « Les questions de votre public »; the halal and ingredients questions only on
    TikTok."""
    s = persona("gummies-lyon-ados", "fr")
    asked = [x.idea for x in posts(s) if x.pillar == "audience_problems"]
    for offer in ("nouveaux parfums", "box du mois", "décrit par son goût"):
        assert not [i for i in asked if offer in i.lower()], offer
    instagram = [x.idea for x in posts(s, "instagram") if x.pillar == "audience_problems"]
    # (the ingredients question is the parents' worry: a Valentine's push taking its Instagram
    # slot no longer leaves it on TikTok only, ideas33)
    for question in ("halal", "vraiment dans un bonbon"):
        assert [i for i in instagram if question in i], (question, instagram)


def test_a_law_firms_certified_specialists_and_fixed_fee_are_posted():
    """12b #5: « Two partners certified… as specialists » and « Fixed-fee quotes on 80 % »
    never in the four weeks; only « 140 start-up financings » was."""
    s = persona("employment-law-toronto", "en")
    said = [x.idea for x in posts(s) if x.pillar == "own_offer"]
    assert [i for i in said if "certified by the Law Society of Ontario" in i], said
    assert [i for i in said if i.startswith("Fixed-fee quotes")], said


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_farm_posts_its_gold_medal_and_how_to_join_its_weekly_message(lang: str):
    """12a #7: « Médaille d'or au Concours général agricole 2025 » nowhere outside the annex;
    the WhatsApp list at 0 and no post saying how to join it."""
    s = persona("chevrerie-combe-ardeche", lang)
    facebook = [x.idea for x in posts(s, "facebook")]
    assert [i for i in facebook if "Médaille d" in i], facebook
    join = [i for i in facebook if "WhatsApp" in i]
    assert join, facebook
    assert any(("QR code" in i and ("inscrire" in i or "join" in i)) for i in join), join


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_charitys_spotlight_speaks_of_its_cause_not_customers(lang: str):
    """12a #9: « Put one of your volunteers in the spotlight…: what your customers gain »."""
    said = " ".join(every_idea(persona("northbank-young-carers", lang)))
    assert "customers gain" not in said and "vos clients y gagnent" not in said
    assert "your cause" in said or "votre cause" in said


def test_a_label_named_by_a_letter_keeps_its_capital_inside_a_sentence():
    """The golden's outdoor shop: « The fact: b Corp certified since 2023 »."""
    from strategy_wizard.engine.hooks import inline

    assert inline("B Corp certified since 2023") == "B Corp certified since 2023"
    assert inline("A Christmas appeal") == "a Christmas appeal"
    assert inline("Lifetime repair service") == "lifetime repair service"
