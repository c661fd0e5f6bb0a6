"""The plan in a calendar: milestones as all-day events, the weekly routine as recurring events.

Built with `icalendar` so that the output follows RFC 5545 (escaping, line folding, RRULE).
Every UID and timestamp derives from the strategy, so re-rendering the same strategy gives the
same file and a calendar app updates events instead of duplicating them.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions

# Routine slots: weekday (0 = Monday) and start hour, handed out in order.
SLOTS = [(0, 9), (1, 9), (2, 9), (3, 9), (4, 9), (0, 14), (1, 14), (2, 14), (3, 14), (4, 14)]


def render(strategy: Strategy, options: RenderOptions) -> bytes:
    from icalendar import Calendar, Event, vRecur

    from strategy_wizard.base.files import slug
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

    start = strategy.plan[0].start if strategy.plan else strategy.generated_on
    until = datetime.combine(strategy.objective.deadline, time(23, 59))
    for i, item in enumerate(r for r in strategy.routine if r.hours > 0):
        weekday, hour = SLOTS[i % len(SLOTS)]
        first = start + timedelta(days=(weekday - start.weekday()) % 7)
        begin = datetime.combine(first, time(hour, 0))
        network = names[item.network] if item.network else word("doc_cross_network", lang)
        activity = word(f"label_activity_{item.activity}", lang)
        event = Event()
        event.add("uid", f"{org}-routine-{i}@strategy-wizard")
        event.add("dtstamp", stamp)
        event.add("dtstart", begin)
        event.add("dtend", begin + timedelta(minutes=round(item.hours * 60)))
        event.add("rrule", vRecur(freq="weekly", until=until))
        event.add("summary", f"{activity} — {network}")
        event.add("description", item.what)
        cal.add_component(event)
    return bytes(cal.to_ical())
