"""Template rows bound to what their subject is (review 31b GN2, G2 residue; review 31a WN2): a
recipe publisher gets no « Before you start, the five things to check » with no object, its
producers are people shown in a portrait (never a how-to guide pin), its proofs never say
« where to try it » nor its cases « the parcel »; a buyer's story and construction progress are
the offer's, never an audience question."""

from tests.conftest import persona


def _posts(s: object) -> list[tuple[str | None, str]]:
    return [(x.pillar, x.idea) for x in s.calendar if x.activity == "post"]  # type: ignore[attr-defined]


def test_a_recipe_publisher_s_rows_name_their_object():
    s = persona("griddle-and-gorse", "en")
    text = " | ".join(i for _p, i in _posts(s))
    ideas = " | ".join(i for p in s.editorial.pillars for i in p.ideas)
    for said in (text, ideas):
        assert "Before you start" not in said
        assert "producers we buy from: a vertical guide pin" not in said
        assert "where to try it" not in said
        assert "parcel" not in said
        assert "what to plan" not in said and "a photo taken on the spot" not in said
    curation = next(p for p in s.editorial.pillars if p.key == "curation")
    assert any("producers we buy from" in i for i in curation.ideas), curation.ideas


def test_buyer_stories_and_construction_progress_are_the_offer_s():
    s = persona("wellington-yards-condos", "en")
    for pillar, idea in _posts(s):
        if idea.startswith(("Buyer stories", "Construction progress")):
            assert pillar == "own_offer", (pillar, idea)
