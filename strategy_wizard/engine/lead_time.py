"""Customers who plan ahead (review 10, #7): travellers from elsewhere book a trip or a tour
weeks before it, so the ads retarget the site's visitors who did not book and reach people
planning the trip, and a tour bought once collects newsletter sign-ups on the site around a
planning guide, not at the counter where guests have already booked."""

from __future__ import annotations

from datetime import date, timedelta

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.catalogue import Catalogue


def planned_ahead(inputs: Inputs, kn: Catalogue) -> bool:
    """A business whose customers come from elsewhere and book ahead, with a website whose
    visitors an ad can find again (data/thresholds.yaml, planned_ahead)."""
    rule = kn.thresholds.planned_ahead
    return (
        inputs["sector"] in rule.sectors
        and inputs["audience_geo"] in rule.geo
        and inputs["website"] not in (None, "none")
    )


def bought_once(inputs: Inputs, kn: Catalogue) -> bool:
    """A tour or an excursion bought once by visitors from elsewhere (data/metrics.yaml, once_*):
    its guests do not come back to the counter, so the list is built before they come."""
    rules = kn.metrics
    words = [w for ws in rules.once_words.values() for w in ws]
    return (
        planned_ahead(inputs, kn)
        and inputs["sector"] in rules.once_sectors
        and inputs["audience_geo"] in rules.once_geo
        and contains_words(str(inputs["offer"] or ""), words)
    )


def closed_days(inputs: Inputs, kn: Catalogue) -> set[tuple[int, int]]:
    """The country's public holidays nobody answers on (review 22b, D7), as (month, day)."""
    table = kn.calendar.closed_days
    days = table.get(str(inputs["country"] or ""), table.get("default", []))
    return {(int(d[:2]), int(d[3:])) for d in days}


def open_day(inputs: Inputs, kn: Catalogue, day: date, working: bool = False) -> date:
    """`day`, or the next day that is no public holiday of the country (25 Dec → 27 Dec in
    the UK); with `working`, the next working day (a target due on 1 January: Monday 4)."""
    closed = closed_days(inputs, kn)
    while (day.month, day.day) in closed or (working and day.isoweekday() > 5):
        day += timedelta(days=1)
    return day
