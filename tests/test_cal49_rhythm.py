"""cal49: the rhythm a card promises is kept each week, and a solo with a few hours sets up in
one evening (review 33a items 1 and 8).

Cire et Chine's cards say « Pinterest Principal · 8 publications par semaine » and « Instagram
· 1 publication par semaine »; its weeks held 6/4/8/8 pins and 1/1/0/2 Instagram posts once the
offer's cap had taken its posts. Its maker has 4 h a week, alone, and her set-up sat in six
blocks at 10 h and 14 h over three weekdays.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import persona, persona_with


def _weeks(s, nid: str) -> list[int]:
    start = min(x.date for x in s.calendar)
    rows = [x for x in s.calendar if x.activity == "post" and x.network == nid]
    count = Counter((x.date - start).days // 7 for x in rows)
    return [count[w] for w in range(4)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cires_pins_and_instagram_posts_keep_their_weekly_rhythm(lang):
    s = persona("cire-et-chine", lang)
    pins = _weeks(s, "pinterest")
    assert all(n >= 8 for n in pins[1:]), pins
    assert all(n >= 1 for n in _weeks(s, "instagram")), _weeks(s, "instagram")
    # each post its own subject: the weeks are filled with new ideas, never a copy
    ideas = [x.idea for x in s.calendar if x.activity == "post"]
    assert len(ideas) == len(set(ideas))
    # the added posts are never on a public holiday nor the offer (the cap is kept)
    posts = [x for x in s.calendar if x.activity == "post" and x.network == "pinterest"]
    offer = [x for x in posts if x.pillar == "own_offer"]
    assert len(offer) <= len(posts) / 2, (len(offer), len(posts))


def test_a_solo_with_four_hours_sets_up_in_one_evening():
    s = persona("cire-et-chine", "fr")
    setup = [x for x in s.calendar if x.activity == "setup"]
    assert len(setup) >= 4
    assert len({x.date for x in setup}) == 1, [(x.date, x.time) for x in setup]
    assert all(x.time >= "19:00" for x in setup), [x.time for x in setup]
    # a team with the time keeps the office-hour blocks over several days
    t = persona_with("cire-et-chine", "fr", team="small_team", hours_per_week=10)
    rows = [x for x in t.calendar if x.activity == "setup"]
    assert len({x.date for x in rows}) > 1 and any(x.time == "10:00" for x in rows)
