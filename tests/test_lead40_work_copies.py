"""A network read at work that only takes a consumer plan's chosen copies says the rhythm the
calendar gives it (cal40 fixed the calendar to about two a week; Northgate's LinkedIn card still
said 4 posts a week, the main network's rhythm)."""

from collections import Counter

from tests.conftest import persona


def test_northgate_s_linkedin_card_and_calendar_agree():
    s = persona("northgate-business-school", "en")
    linkedin = next(n for n in s.networks if n.id == "linkedin")
    weeks = Counter(
        (x.date - s.calendar[0].date).days // 7
        for x in s.calendar
        if x.network == "linkedin" and x.activity == "post"
    )
    assert linkedin.posts_per_week == 2, linkedin.posts_per_week
    assert max(weeks.values()) <= linkedin.posts_per_week, weeks
