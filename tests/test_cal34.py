"""cal34: the four weeks' posts per pillar follow the editorial line's shares.

- The source material's ratios (at most one post in three about the offer, at least half
  answering the audience) were lost in the calendar: 58 of 82 strategies had a pillar more than
  a post off its share (Keystone's offer 5.8 posts over, its curation as far under; the gummies'
  offer 7.4 over). Fixed posts, copies on the networks kept by cross-posting, re-drawn posts and
  notices were never counted, and each channel kept its own count.
- A post tied to a named day (Valentine's Day, an event the answers name, a live's notice) says
  so on its slot: the renderer read it from the post's wording.
"""

from __future__ import annotations

from collections import Counter

import pytest

from strategy_wizard.engine.calendar import quotas
from strategy_wizard.model.strategy import Pillar
from strategy_wizard.render.view import build_view
from tests.conftest import PERSONAS, persona

NAMES = sorted(p.stem for p in PERSONAS.glob("*.yaml"))

# where a pillar cannot reach its share, and why
SHORT = {
    # Pinterest relays no one, and Instagram's one post a week has run out of things to share:
    # the candles' curation stays under its share (the offer and the audience within theirs)
    ("cire-et-chine", "curation"),
}


def _counts(name: str, lang: str):
    s = persona(name, lang)
    pillars = [p for p in s.editorial.pillars if p.share > 0]
    posts = [x for x in s.calendar if x.activity == "post" and x.pillar]
    return s, pillars, posts, Counter(x.pillar for x in posts)


def test_quotas_are_whole_posts_adding_up_to_the_total():
    line = [
        Pillar(key="audience_problems", name="a", share=0.5, ideas=[]),
        Pillar(key="own_offer", name="b", share=0.3, ideas=[]),
        Pillar(key="curation", name="c", share=0.2, ideas=[]),
    ]
    assert quotas(line, 20) == {"audience_problems": 10, "own_offer": 6, "curation": 4}
    assert quotas(line, 7) == {"audience_problems": 4, "own_offer": 2, "curation": 1}
    for total in range(1, 60):
        q = quotas(line, total)
        assert sum(q.values()) == total
        assert all(abs(q[p.key] - p.share * total) < 1 for p in line)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_every_pillar_is_within_a_post_of_its_share(name, lang):
    s, pillars, posts, count = _counts(name, lang)
    if s.verdict == "fix_first":
        return  # the month fixes the basics: its few posts are the job offer (review 14, #4)
    want = quotas(pillars, len(posts))
    for key, n in want.items():
        if (name, key) in SHORT:
            assert count[key] <= n, (key, dict(count), want)
            continue
        assert abs(count[key] - n) <= 1, (key, dict(count), want)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_the_offer_is_never_over_its_share_but_for_posts_tied_to_a_named_day(name, lang):
    s, pillars, posts, count = _counts(name, lang)
    if s.verdict == "fix_first" or "own_offer" not in {p.key for p in pillars}:
        return
    dated = sum(1 for x in posts if x.pillar == "own_offer" and x.event)
    want = quotas(pillars, len(posts))["own_offer"]
    assert count["own_offer"] - dated <= want, (dict(count), dated, want)


def test_keystone_and_the_gummies_speak_of_their_offer_in_its_share():
    """Keystone: 44 posts, 19 on the offer for 13.2 wanted; the gummies: 29 posts, 17 for 9.6."""
    for name in ("keystone-river-cu", "gummies-lyon-ados"):
        _s, pillars, posts, count = _counts(name, "en")
        share = next(p.share for p in pillars if p.key == "own_offer")
        assert count["own_offer"] <= share * len(posts) + 1
        curation = next(p.share for p in pillars if p.key == "curation")
        assert count["curation"] >= curation * len(posts) - 1


def test_a_post_tied_to_a_named_day_says_so_on_its_slot():
    s = persona("cire-et-chine", "fr")
    dated = [x for x in s.calendar if x.event]
    assert dated and all(x.activity == "post" for x in dated)
    assert all("Saint-Valentin" in x.idea for x in dated)
    assert not [x for x in s.calendar if "Saint-Valentin" in x.idea and not x.event]


def test_the_renderer_keeps_a_dated_post_by_its_slot_not_its_wording():
    """The shortened calendar read the phrase's wording: a dated post worded otherwise was cut."""
    s = persona("cire-et-chine", "fr")
    calendar = [
        x.model_copy(update={"idea": "Un mot pour le 14 février, écrit autrement."})
        if x.event
        else x
        for x in s.calendar
    ]
    s = s.model_copy(update={"calendar": calendar})
    weeks = build_view(s, whole_weeks=1)["calendar"]["weeks"]
    kept = [x for w in weeks if w["compact"] for x in w["slots"] if x["event"]]
    assert kept and all("14 février" in x["idea"] for x in kept)
