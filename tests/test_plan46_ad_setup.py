"""Ads that carry most of the money are set up in the first weeks (review 30a, W8: 68 % of
Wellington's budget on ads and no set-up task in its first four weeks): a dated milestone and its
calendar row, in Meta's Housing special ad category for homes sold in Canada, with conversion
tracking and the first test ads. A plan whose money is not mostly ads gets none."""

from tests.conftest import persona, persona_with


def _setup(s):
    return [m for p in s.plan for m in p.milestones if "Set up the ad campaigns" in m.what]


def test_the_developer_s_ads_are_set_up_in_the_first_weeks():
    s = persona("wellington-yards-condos", "en")
    found = _setup(s)
    assert found and "Housing special ad category" in found[0].what, found
    assert "conversion tracking" in found[0].what
    start = s.calendar[0].date
    assert (found[0].date - start).days < 28
    assert any(
        x.activity == "setup" and "Housing special ad category" in x.idea for x in s.calendar
    )


def test_a_support_plan_sets_up_no_ads():
    s = persona_with("wellington-yards-condos", "en", objective="support", secondary_objectives=[])
    assert not _setup(s)
