"""cal48: the four weeks keep what the document promises (review 31a WN1, review 31b EN4).

Wellington's Facebook had 5 offer posts of 12 against its own warning « Keep at most one post
in three for the offer »; Eau Val d'Armance's card says « Facebook Principal · 3 publications
par semaine » and its weeks 2 to 4 had one row each (the outage notice), with no GBP or WhatsApp
row after their set-up.
"""

from __future__ import annotations

import math
from collections import Counter

import pytest

from tests.conftest import PERSONAS, persona


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


# The rule (review 31a CN2: « Pinterest Principal · 2 h · 8 publications par semaine », and
# Cire's week 2 had 4 pins): each network kept carries, in each full week after the one it
# starts posting in (that week is its set-up week: a profile checked, a list opened), at least
# the whole number of posts its card promises. Networks under one post a week are not counted.
# KNOWN_THIN lists the calendars that do not keep it yet. cal49 tops a network's thin weeks up
# with posts drawn from the editorial line (calendar._kept_rhythm: Cire's pins and Instagram, a
# tea webshop's pins now keep theirs). What remains: networks that take copies of another
# (cross-posts only where they suit it: topping them up broke a theatre's season-price calls),
# a school closed 23 December to 2 January, a support desk told to fix first (service posts
# only), and a network's live counted once. A calendar that gets thinner fails.
KNOWN_THIN = {
    ("chevrerie-combe-ardeche", "instagram"),
    ("collectif-velo-liege", "instagram"),
    ("collectif-velo-liege", "x"),
    ("cork-estate-agent", "instagram"),
    ("ecole-francisation-montreal", "facebook"),
    ("folk-festival", "instagram"),
    ("harbour-paws-dunedin", "instagram"),
    ("northbank-young-carers", "instagram"),
    ("northgate-business-school", "instagram"),
    ("northgate-business-school", "youtube"),
    ("northgate-business-school", "linkedin"),
    ("northgate-business-school", "facebook"),
    ("northgate-business-school", "whatsapp"),
    ("rfc-val-hoyoux-jeunes", "instagram"),
    ("saltbush-parade", "youtube"),
    ("saltbush-parade", "facebook"),
    ("saltbush-parade", "tiktok"),
    ("support-telecom", "facebook"),
    ("theatre-recollets-limoges", "youtube"),
}
NAMES = sorted(p.stem for p in PERSONAS.glob("*.yaml"))


@pytest.mark.parametrize("name", NAMES)
def test_each_full_week_carries_the_rhythm_its_card_promises(name):
    s = persona(name, "fr")
    if not s.calendar:
        pytest.skip("no calendar")
    start = min(x.date for x in s.calendar)
    thin = []
    for n in s.networks:
        if n.role not in ("primary", "secondary") or n.posts_per_week < 1:
            continue
        days = [x.date for x in s.calendar if x.activity == "post" and x.network == n.id]
        if not days:
            continue
        weeks = Counter((d - start).days // 7 for d in days)
        opening = (min(days) - start).days // 7
        short = [w for w in range(opening + 1, 4) if weeks[w] < math.floor(n.posts_per_week)]
        if short and (name, n.id) not in KNOWN_THIN:
            thin.append((n.id, n.posts_per_week, [weeks[w] for w in range(4)]))
    assert not thin, thin
