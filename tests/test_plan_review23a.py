"""Review 23a (Northgate): a UK school recruiting in India and Vietnam posted every Instagram
post at 18:30 London time, midnight in Delhi and 01:30 in Hanoi."""

from __future__ import annotations

from tests.conftest import persona, persona_with


def _social_times(s) -> set[str]:
    social = {n.id for n in s.networks if n.kind == "social"}
    # (a live run twice for far-apart zones keeps its two sessions: test_calendar)
    posts = [x for x in s.calendar if x.activity == "post" and x.format != "live"]
    return {x.time for x in posts if x.network in social}


def test_an_audience_far_to_the_east_is_posted_to_in_the_home_morning():
    times = _social_times(persona("northgate-business-school", "en"))
    assert "08:30" in times
    assert not any("17:00" <= t <= "23:59" for t in times), times


def test_an_audience_on_both_sides_keeps_the_networks_own_times():
    # the course creator's audience runs from the US to Australia: no morning suits both
    s = persona("power-query-course-creator", "en")
    assert "08:30" not in _social_times(s) or any(t != "08:30" for t in _social_times(s))
    # the same school recruiting at home only keeps its evening posts
    home = persona_with("northgate-business-school", audience_geo="national")
    assert any(t >= "17:00" for t in _social_times(home))
