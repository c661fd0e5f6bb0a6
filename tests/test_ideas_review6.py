"""Review 6, #7 and #8: ideas framed by what each item is, a campaign that asks people to act,
internal figures kept out of the posts, and governance in an association's own words.

What a reader checks: « Aménagements cyclables et code de la rue » is no « photo prise en plein
travail »; "Artist interviews" and "Open-workshop Saturdays" are not "the essentials in three
points"; a petition campaign asks for signatures in one post in two and posts its own facts;
"41% of new clients rebook" and "Sold 1,650 of 2,000 weekend tickets" are never posted raw; an
association is not asked about « commande, facture ».
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from strategy_wizard.engine.editorial import FORMAT_ORDER, NEUTRAL_FORMATS, idea_pools, variants
from strategy_wizard.engine.resolve import resolve
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.answers import load_answers
from strategy_wizard.model.bank import load_bank
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import PERSONAS, persona, persona_with

KN = load_catalogue()
BANK = load_bank()


def every_shape(name: str, lang: str) -> list[str]:
    """Every idea of a persona's pools in every format it has a shape for: what any calendar,
    whatever its start or its networks, could draw."""
    answers = load_answers(PERSONAS / f"{name}.yaml")
    words = Words(BANK, KN, lang)
    inputs = resolve(answers, BANK, KN, date(2026, 11, 29), words)
    words.variants = variants(inputs, KN)
    texts = []
    for ideas in idea_pools(inputs, words).values():
        for idea in ideas:
            for fmt in (*FORMAT_ORDER, *NEUTRAL_FORMATS):
                text = idea.phrase(words, None, fmt)
                if text:
                    texts.append(text)
    return texts


def plain(text: str) -> str:
    """A text as typed: lower case, straight apostrophes, ordinary spaces."""
    return re.sub(r"[\u00a0\u202f]", " ", text.lower().replace("\u2019", "'"))


def posts(s) -> list[str]:
    return (
        [i for p in s.editorial.pillars for i in p.ideas]
        + s.editorial.post_ideas
        + [x.idea for x in s.calendar if x.activity == "post"]
    )


GESTURE = re.compile(r"plein travail|geste de votre métier|mid-work|gesture of your trade", re.I)
FOR_A_PLACE = re.compile(r"ce que vous y faites|what you do there")
ESSENTIALS = re.compile(r"essentiel en trois points|essentials in three points")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_item_takes_the_frame_of_what_it_is(lang):
    """Review 6, #7: a place, a procedure, a body of knowledge, a product, an event or people
    are not "a gesture of your trade", "what you do there" nor "the essentials in three points";
    an association has no « cas réel : ce qu'on est venu chercher chez vous » nor « personne
    accompagnée »."""
    liege = every_shape("collectif-velo-liege", lang)
    assert liege
    for text in liege:
        assert not GESTURE.search(text), text
        assert not FOR_A_PLACE.search(text), text
        assert not re.search(r"cas réel|real case|venu chercher|came for", text), text
        assert not re.search(r"personne accompagnée|someone you support", text), text
    quai = [t for t in liege if re.search(r"quai de Rome expliqué", t, re.I)]
    assert quai and any(
        re.search(r"filmées sur place, ce qui est prévu|filmed on site, what is planned", t)
        for t in quai
    ), quai
    # the knowledge, the products and the procedures of other sectors
    for name, item in [
        ("precision-machining", "aerospace quality standards"),
        ("webshop-tea", "thés d'asie"),
        ("domaine-vin", "accords mets et vins"),
        ("town-hall", "démarches administratives"),
    ]:
        shaped = [t for t in every_shape(name, lang) if item in plain(t)]
        assert shaped and not [t for t in shaped if GESTURE.search(t)], shaped
    # an event's people and dates are not a subject explained in three points
    for name, topic in [
        ("folk-festival", "artist interviews"),
        ("precision-machining", "open-workshop saturdays"),
        ("collectif-velo-liege", "les réunions d'information"),
    ]:
        shaped = [t for t in every_shape(name, lang) if topic in plain(t)]
        assert shaped and not [t for t in shaped if ESSENTIALS.search(t)], shaped
    # a trade keeps its gesture
    galette = [t for t in every_shape("creperie-mobile", lang) if "alettes de sarrasin" in t]
    assert any(GESTURE.search(t) for t in galette), galette


@pytest.mark.xfail(
    strict=True,
    reason="known regression of cal49 (2026-12-01): once the advocacy kit's letter moves after "
    "the kit, the petition's 19 January letter is drawn without its button; see the issue note",
)
def test_a_campaign_asks_to_act_in_one_post_in_two_and_posts_each_of_its_facts():
    """Review 6, #7: « Signez la pétition : lien en bio » in about one post in two, every
    letter with its button, and « 37 accidents … », « la Boverie : 2 300 remarques » posts."""
    s = persona("collectif-velo-liege", "fr")
    call = "pour agir : signer la pétition"
    feed = [x.idea for x in s.calendar if x.activity == "post" and x.network == "instagram"]
    called = [i for i in feed if call in plain(i)]
    # one post in two ends on a call; of those, the action one in two, the other a question or
    # a share, so that no one line closes most posts (review 25a, ideas34)
    assert feed and 0.2 <= len(called) / len(feed) <= 0.6, feed
    assert all("dans la bio" in i for i in called), called
    # a post shared on Facebook carries its link in the post, never only "in the bio"
    facebook = [x.idea for x in s.calendar if x.activity == "post" and x.network == "facebook"]
    assert all("dans la publication" in i for i in facebook if call in plain(i)), facebook
    letters = [x.idea for x in s.calendar if x.activity == "post" and x.network == "newsletter"]
    assert letters and all(
        "bouton" in plain(i)
        and ("signer la pétition" in plain(i) or "déposer une remarque" in plain(i))
        for i in letters
    ), letters
    month = [x.idea for x in s.calendar if x.activity == "post"]
    for fact in ("37 accidents", "Boverie"):
        assert [i for i in month if fact in i], fact
    # every proof point is a post somewhere in the strategy
    for proof in load_answers(PERSONAS / "collectif-velo-liege.yaml").values["proof_points"]:
        assert [i for i in posts(s) if proof[:20] in i], proof
    # a festival selling tickets runs no petition's call
    assert not [i for i in posts(persona("folk-festival", "en")) if "To act:" in i]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_internal_figure_is_never_posted_raw(lang):
    """Review 6, #8: "41% of new clients rebook" (59 % do not; it is the plan's baseline) and
    "Sold 1,650 of 2,000 weekend tickets" (not sold out) are not posts; the capacity is said the
    public's way round, and the editorial line says what was kept out."""
    lumen = persona("lumen-skin-studio", lang)
    assert not [i for i in posts(lumen) if "41%" in i]
    own = next(p for p in lumen.editorial.pillars if p.key == "own_offer")
    # kept out without a « Pas publié » line in the document (review 33c, item 4)
    assert not re.search(r"Pas publié|Not posted|41%", own.note or ""), own.note
    festival = persona("folk-festival", lang)
    assert not [i for i in posts(festival) if "Sold 1,650" in i]
    said = "1,650 of you came in 2026" if lang == "en" else "Vous étiez 1,650 en 2026"
    assert [i for i in posts(festival) if said in i and "2,000" in i], said
    # a good share stays a proof: the campsite's 62 % of returning guests
    assert [i for i in every_shape("camping-familial", lang) if "62 %" in plain(i)]
    # the target's own starting figure, whatever its wording, is no post
    s = persona_with(
        "camping-familial",
        lang,
        proof_points=["140 réservations directes l'été dernier", "Plage privée de 200 m"],
    )
    assert not [i for i in posts(s) if "140 réservations" in i]


def test_an_association_is_asked_about_its_campaign_not_about_orders_and_bills():
    """Review 6, #7: « Une réclamation (commande, facture, prestation) » for a cycling
    association and a campsite."""
    liege = persona("collectif-velo-liege", "fr").governance.escalation
    assert not [e for e in liege if "commande, facture" in e], liege
    assert [e for e in liege if "campagne" in e and "adhésion" in e], liege
    festival = persona("folk-festival", "en").governance.escalation
    assert not [e for e in festival if "an order, a bill" in e], festival
    assert [e for e in festival if "ticket" in e], festival
    camping = persona("camping-familial", "fr").governance.escalation
    assert [e for e in camping if "réservation" in e and "commande" not in e], camping
