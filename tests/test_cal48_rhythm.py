"""cal48: the four weeks keep what the document promises (review 31a WN1, review 31b EN4).

Wellington's Facebook had 5 offer posts of 12 against its own warning « Keep at most one post
in three for the offer »; Eau Val d'Armance's card says « Facebook Principal · 3 publications
par semaine » and its weeks 2 to 4 had one row each (the outage notice), with no GBP or WhatsApp
row after their set-up.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import persona


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_wellingtons_facebook_and_instagram_keep_one_offer_post_in_three(lang):
    s = persona("wellington-yards-condos", lang)
    for nid in ("facebook", "instagram"):
        posts = [x for x in s.calendar if x.activity == "post" and x.network == nid]
        offer = [x for x in posts if x.pillar == "own_offer"]
        assert len(posts) >= 12 and len(offer) <= len(posts) / 3, (nid, len(offer), len(posts))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_water_utility_keeps_three_facebook_posts_a_week_from_its_answers(lang):
    s = persona("eau-val-armance", lang)
    start = min(x.date for x in s.calendar)
    fb = [x for x in s.calendar if x.activity == "post" and x.network == "facebook"]
    weeks = Counter((x.date - start).days // 7 for x in fb)
    assert [weeks[w] for w in range(4)] == [3, 3, 3, 3], weeks
    text = " ".join(x.idea for x in fb)
    # the users' own questions, in their words: paying by instalments, a leak after the meter
    for words in ("mensualisation", "fuite après compteur", "télérelève"):
        assert words in text, words
    # one post a subject
    assert len({x.idea for x in fb}) == len(fb)
    # the listing and the broadcast channel kept, after their set-up
    for nid in ("google_business", "whatsapp"):
        setup = max(x.date for x in s.calendar if x.activity == "setup" and x.network == nid)
        rows = [x for x in s.calendar if x.activity == "post" and x.network == nid]
        assert len(rows) >= 4 and all(x.date > setup for x in rows), (nid, rows)
