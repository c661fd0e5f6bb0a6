"""Ideas33: a maker's Christmas markets are the offer's events, not the audience's questions.

- Cire et Chine (an Etsy candle maker) sells at four Christmas markets near Rennes: « Les marchés
  de Noël où me trouver : une photo prise sur le vif » was filed under « Les questions de votre
  public »; a market she sells at is her event, with its next date and how to come, in the offer;
"""

from __future__ import annotations

import pytest

from tests.conftest import idea_draw, persona, posts

MARKETS = {"fr": "marchés de noël", "en": "marchés de noël"}  # the answers are in French


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_makers_markets_are_the_offers_events(lang: str):
    s = persona("cire-et-chine", lang)
    audience = [i for p in s.editorial.pillars if p.key == "audience_problems" for i in p.ideas]
    audience += [x.idea for x in posts(s) if x.pillar == "audience_problems"]
    assert not [i for i in audience if MARKETS[lang] in i.lower()], audience
    draw = idea_draw("cire-et-chine", lang)
    markets = [i for i in draw.pools["own_offer"] if MARKETS[lang] in i.value.lower()]
    assert markets, [i.value for i in draw.pools["own_offer"]]
    said = markets[0].phrase(draw.say, "instagram", "photo") or ""
    assert ("prochaine date" if lang == "fr" else "next date") in said, said
    asked = [i for i in draw.pools["audience_problems"] if MARKETS[lang] in i.value.lower()]
    assert not asked
