"""Review 26: the parents who look for a club for their child decide (#2); small budgets (#18)."""

from __future__ import annotations

import pytest

from tests.conftest import network, persona, persona_with, roles

RFC = "rfc-val-hoyoux-jeunes"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_youth_club_parents_lead_on_facebook(lang):
    """« Des parents … cherchent un club proche pour un enfant »: the parents decide, so the
    page the secretary runs, where they and the village groups are, leads; Instagram is the
    13-17s' mirror, fed from it, never said to be already open."""
    s = persona(RFC, lang)
    r = roles(s)
    assert r["facebook"] == "primary"
    assert r["instagram"] == "secondary"
    ig = network(s, "instagram")
    assert ig.hours_per_week <= 0.25
    assert ig.reasons[0].code == "young_mirror_meta"
    text = ig.reasons[0].text
    assert ("13 à 17 ans" if lang == "fr" else "13-17") in text
    assert "déjà" not in text and "already" not in text
    assert network(s, "facebook").reasons[0].code == "primary_deciders"


def test_parents_without_a_child_phrase_keep_the_young_network():
    """The same club whose description names the parents with no decision (« des parents du
    coin ») keeps the rule for the young: the change comes from the words, not the club."""
    s = persona_with(
        RFC,
        "fr",
        audience_description="Des parents de 28 à 50 ans du coin ; les joueurs de 13 à 17 ans.",
    )
    assert roles(s)["facebook"] != "primary"
