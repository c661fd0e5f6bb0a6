"""Review 21a (ideas and wording): a clothing brand's raw claims, service-trade and hotel
frames on a theatre, a credit union and a tourist office, the fresh-pin rule printed as text, and
the tourist office's Dutch rule that no post carried.

- a proof carrying an origin or a green claim the legal box qualifies says to qualify it, on
  the posts that print it, and only there;
- a review score is never « a photo that illustrates it », for any client;
- a Google listing's recent-work post shows a show (theatre), a branch (credit union), a place
  of the area (tourist office); the office's people and moments are its own, not a hotel's;
- a second pin or take opens with a short lead, never the rule (« a subject already pinned »);
- one post a week on the main network carries a bilingual caption for the Dutch readers.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import every_idea, persona, posts

LOAM, CU, OT, THEATRE = (
    "loam-supply-drop",
    "keystone-river-cu",
    "ot-meuse-semoy",
    "theatre-recollets-limoges",
)


def test_raw_origin_and_green_claim_is_posted_with_its_qualification():
    """« Fleece made from 100 % recycled polyester …, some items cut and sewn in Los Angeles:
    the fact in large type on a visual » under a box saying to qualify both claims."""
    s = persona(LOAM, "en")
    claimed = [i for i in every_idea(s) if "recycled polyester (GRS" in i]
    assert claimed
    assert all("only for the items concerned, with the share and the part" in i for i in claimed)
    # a testimony of the same proof does not print the claim: no line to qualify it there
    told = [i for i in every_idea(s) if "qualified form" in i]
    assert all("recycled polyester (GRS" in i for i in told)


def test_review_score_is_never_a_photo():
    s = persona(LOAM, "en")
    assert not any(re.search(r"reviews: a photo", i) for i in every_idea(s))


@pytest.mark.parametrize(
    ("name", "lang", "banned"),
    [
        (
            THEATRE,
            "fr",
            ["photo d'une séance ou d'une création", "photo d’une séance ou d’une création"],
        ),
        (CU, "en", ["photo of recent work"]),
        (OT, "fr", ["une vue, un animal, un plat", "un cuisinier"]),
        (
            LOAM,
            "en",
            ["A word of your field", "most often in your audience", "before choosing you"],
        ),
        (LOAM, "fr", ["Un mot de votre domaine", "chez votre public", "avant de choisir"]),
    ],
)
def test_no_service_trade_or_hotel_frame(name, lang, banned):
    ideas = " ".join(every_idea(persona(name, lang)))
    for b in banned:
        assert b not in ideas, b


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fresh_pin_says_no_rule(lang):
    ideas = " ".join(every_idea(persona(LOAM, lang)))
    for rule in ("already pinned", "already posted", "déjà épinglé", "sujet déjà publié"):
        assert rule not in ideas
    assert ("Second pin" if lang == "en" else "Deuxième épingle") in ideas


@pytest.mark.parametrize(
    ("lang", "line"),
    [("fr", "Légende en français et en néerlandais."), ("en", "Caption in French and Dutch.")],
)
def test_dutch_rule_is_scheduled_weekly_on_the_main_network(lang, line):
    s = persona(OT, lang)
    main = next(n.id for n in s.networks if n.role == "primary")
    marked = [x for x in posts(s) if line in x.idea]
    assert len(marked) >= 4
    assert {x.network for x in marked} == {main}
    assert len({x.date.isocalendar()[:2] for x in marked}) == len(marked)


@pytest.mark.parametrize(
    ("name", "lang", "banned"),
    [(OT, "fr", ["une facture", "une réservation, un séjour"]), (LOAM, "en", ["a bill"])],
)
def test_complaint_line_names_what_the_client_sells(name, lang, banned):
    """« Une réclamation (une réservation, un séjour, une facture) » for an office that takes no
    booking; « a bill » for a clothing store."""
    s = persona(name, lang)
    said = " ".join(s.governance.escalation)
    for b in banned:
        assert b not in said, b
