"""The plan in a calendar: milestones as all-day events, the first four weeks slot by slot (posts,
listening, set-up), then the weekly routine as recurring events until the deadline.

Built with `icalendar` so that the output follows RFC 5545 (escaping, line folding, RRULE).
Every UID and timestamp derives from the strategy, so re-rendering the same strategy gives the
same file and a calendar app updates events instead of duplicating them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions

# Routine slots: weekday (0 = Monday) and start hour, handed out in order.
SLOTS = [(0, 9), (1, 9), (2, 9), (3, 9), (4, 9), (0, 14), (1, 14), (2, 14), (3, 14), (4, 14)]


def render(strategy: Strategy, options: RenderOptions) -> bytes:
    from icalendar import Calendar, Event, vRecur

    from strategy_wizard.base.files import slug
    from strategy_wizard.model.catalogue import load_catalogue
    from strategy_wizard.render.words import word

    names = {n.id: n.name for n in strategy.networks}
    lang = strategy.lang
    org = slug(strategy.org_name)
    stamp = datetime.combine(strategy.generated_on, time(0, 0), tzinfo=UTC)

    cal = Calendar()
    cal.add("prodid", f"-//strategy-wizard {strategy.tool_version}//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{word('doc_title', lang)} — {strategy.org_name}")

    for p_index, phase in enumerate(strategy.plan):
        for m_index, milestone in enumerate(phase.milestones):
            event = Event()
            event.add("uid", f"{org}-milestone-{p_index}-{m_index}@strategy-wizard")
            event.add("dtstamp", stamp)
            event.add("dtstart", milestone.date)
            event.add("dtend", milestone.date + timedelta(days=1))
            event.add("summary", milestone.what)
            event.add("description", f"{phase.name}\n" + "\n".join(phase.goals))
            event.add("categories", [word("doc_milestones", lang)])
            cal.add_component(event)

    # the first four weeks, slot by slot, as the documents show them
    minutes = {"post": 30, "setup": 60, "listen": _listen_minutes(strategy)}
    for i, slot in enumerate(strategy.calendar):
        hour, minute = (int(x) for x in slot.time.split(":"))
        begin = datetime.combine(slot.date, time(hour, minute))
        network = names.get(slot.network or "", word("doc_cross_network", lang))
        activity = word(f"label_slot_{slot.activity}", lang)
        event = Event()
        event.add("uid", f"{org}-slot-{i}@strategy-wizard")
        event.add("dtstamp", stamp)
        event.add("dtstart", begin)
        event.add("dtend", begin + timedelta(minutes=minutes[slot.activity]))
        event.add("summary", f"{activity} — {network}")
        event.add("description", slot.idea)
        event.add("categories", [word("doc_calendar", lang)])
        cal.add_component(event)

    # then the weekly routine, from the week after those four weeks to the deadline: never
    # starting on a day nobody works (review 27 #15: Northgate's routine began on Friday 1
    # January, a bank holiday inside its closure), and each later bank holiday left out
    rules = load_catalogue().calendar
    last = max((s.date for s in strategy.calendar), default=None)
    start = strategy.plan[0].start if strategy.plan else strategy.generated_on
    if strategy.calendar:  # the day after the four weeks, whatever their last slot
        start += timedelta(days=7 * rules.weeks)
    if last is not None:
        start = max(start, last + timedelta(days=1))
    holidays = rules.closed_days.get(strategy.country or "", rules.closed_days.get("default", []))
    until = datetime.combine(strategy.objective.deadline, time(23, 59))

    def closed(day: date) -> bool:
        return f"{day.month:02d}-{day.day:02d}" in holidays

    for i, item in enumerate(r for r in strategy.routine if r.hours > 0):
        weekday, hour = SLOTS[i % len(SLOTS)]
        first = start + timedelta(days=(weekday - start.weekday()) % 7)
        while closed(first):
            first += timedelta(days=7)  # the series opens on a working day
        if first > strategy.objective.deadline:
            continue
        begin = datetime.combine(first, time(hour, 0))
        skipped = [
            datetime.combine(first + timedelta(days=7 * k), time(hour, 0))
            for k in range((strategy.objective.deadline - first).days // 7 + 1)
            if closed(first + timedelta(days=7 * k))
        ]
        network = names[item.network] if item.network else word("doc_cross_network", lang)
        activity = word(f"label_activity_{item.activity}", lang)
        event = Event()
        event.add("uid", f"{org}-routine-{i}@strategy-wizard")
        event.add("dtstamp", stamp)
        event.add("dtstart", begin)
        event.add("dtend", begin + timedelta(minutes=round(item.hours * 60)))
        event.add("rrule", vRecur(freq="weekly", until=until))
        if skipped:
            event.add("exdate", skipped)  # RFC 5545, 3.8.5.1: the same value type as DTSTART
        event.add("summary", f"{activity} — {network}")
        event.add("description", item.what)
        cal.add_component(event)
    return bytes(cal.to_ical())


def _listen_minutes(strategy: Strategy) -> int:
    """A listening session's length: the week's listening hours over its sessions."""
    hours = sum(r.hours for r in strategy.routine if r.activity == "listen")
    sessions = len({s.date for s in strategy.calendar if s.activity == "listen"})
    weeks = len({s.date.isocalendar()[1] for s in strategy.calendar if s.activity == "listen"})
    per_week = sessions / weeks if weeks else 1
    return max(15, round(hours * 60 / per_week / 15) * 15)
