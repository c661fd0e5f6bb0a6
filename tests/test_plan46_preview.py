"""An event date the answers never give is not printed as fact (review 30a, W4: « the 8 February
2027 preview », a Monday, while the model suite is open Thursday to Sunday; the brokers invited a
week before): the preview falls on a day the offer says is open, a Saturday first, « date to
confirm », the co-operating brokers invited three weeks before, the registrants after them."""

from datetime import date

from tests.conftest import persona, persona_with


def _milestones(s):
    return [m for p in s.plan for m in p.milestones]


def test_the_preview_falls_on_an_open_saturday_to_confirm():
    ms = _milestones(persona("wellington-yards-condos", "en"))
    preview = next(m for m in ms if m.what.startswith("Preview at the sales centre"))
    assert preview.date.isoweekday() == 6, preview
    assert "(date to confirm)" in preview.what
    brokers = next(m for m in ms if "invite the co-operating brokers" in m.what)
    assert (preview.date - brokers.date).days >= 21 and brokers.date.isoweekday() <= 5
    issue = next(m for m in ms if m.what.startswith("First newsletter issue"))
    assert brokers.date < issue.date < preview.date


def test_in_french_the_date_is_to_confirm():
    ms = _milestones(persona("wellington-yards-condos", "fr"))
    assert any("(date à confirmer)" in m.what for m in ms)


def test_an_offer_open_on_weekdays_gets_a_weekday_preview():
    s = persona_with(
        "wellington-yards-condos",
        "en",
        offer="Pre-construction condominium in downtown Guelph, 40 suites, occupancy spring 2029, "
        "model suite open Monday to Wednesday",
    )
    preview = next(m for m in _milestones(s) if m.what.startswith("Preview at the sales centre"))
    assert preview.date.isoweekday() in (1, 2, 3), preview
    assert preview.date >= date(2027, 2, 8)
