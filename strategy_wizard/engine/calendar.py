"""The first four weeks, dated: set-up tasks, listening sessions and posts, built from the plan's
first phase, the routine and the editorial line.

The calendar is where the strategy meets Monday morning, so it keeps every promise the rest
makes: no post while the first phase is for fixing the basics or for listening; each kept
network's rhythm as the mix set it; the pillars in the editorial line's proportions; each idea
shaped by a format the network rewards and the person can make. Days and times come from the
data (starting points to test), and two posts on one network are never less than the gap
between two of its times apart, so the scheduler files import as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from itertools import cycle
from typing import ClassVar

from strategy_wizard.engine.plan import listens_first
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.catalogue import Catalogue, Slots
from strategy_wizard.model.strategy import (
    Editorial,
    NetworkPlan,
    Phase,
    Pillar,
    RoutineItem,
    Slot,
    Verdict,
    Warning,
)

# Formats as a calendar slot names them when the network takes a single kind of message.
OWN_IDEAS = ("newsletter", "blog", "google_business")


def posting_starts(inputs: Inputs, verdict: Verdict, plan: list[Phase]) -> date | None:
    """The first day posts may go out: after the first phase when it is for fixing the basics
    or for listening; None when nothing is published in the plan's first months."""
    start: date = inputs["start_date"]
    if not plan:
        return start
    quiet = verdict == "fix_first" or listens_first(inputs, verdict)
    return plan[0].end + timedelta(days=1) if quiet else start


def _on(week_start: date, weekday: int) -> date:
    """The day of the 7-day block starting `week_start` that falls on ISO `weekday`."""
    return week_start + timedelta(days=(weekday - week_start.isoweekday()) % 7)


def _placed(first: date, weeks: int, per_week: float, slots: Slots) -> list[tuple[date, str]]:
    """Dates and times for a rhythm of `per_week` posts over `weeks` weeks from `first`: the
    fraction carried from week to week (every two weeks, once a month), at most one post a day
    until every preferred day is taken, then a second time of day."""
    if per_week <= 0 or weeks <= 0:
        return []
    placed: list[tuple[date, str]] = []
    per_day = len(slots.times)
    for week in range(weeks):
        count = int((week + 1) * per_week + 1e-9) - int(week * per_week + 1e-9)
        if week == 0 and per_week < 1 and weeks * per_week < 1:
            count = 1  # a monthly letter still goes out once in a four-week window
        count = min(count, len(slots.days) * per_day)
        block = first + timedelta(days=7 * week)
        for k in range(count):
            day = _on(block, slots.days[k % len(slots.days)])
            placed.append((day, slots.times[k // len(slots.days)]))
    return sorted(placed)


def _pillar_order(pillars: list[Pillar]) -> Iterator[Pillar]:
    """Pillars in their shares' proportions, spread out: at each post the pillar furthest behind
    its share comes next (half of the posts answer the audience, one in five speaks of the
    offer…), whatever the number of posts."""
    counts = [0] * len(pillars)
    n = 0
    while True:
        n += 1
        lag = [p.share * n - c for p, c in zip(pillars, counts, strict=True)]
        i = max(range(len(pillars)), key=lambda k: (lag[k], -k))
        counts[i] += 1
        yield pillars[i]


class _Ideas:
    """Ideas for the slots, taking the person's own words in turn so that four weeks of posts
    do not repeat the same problem while another waits."""

    SOURCES: ClassVar[dict[str, tuple[str, str, str]]] = {
        "audience_problems": ("problem", "audience_problems", "idea_problem_generic"),
        "own_offer": ("proof", "proof_points", "idea_offer_generic"),
        "curation": ("topic", "topics", "idea_curation_generic"),
    }

    def __init__(self, inputs: Inputs, say: Words) -> None:
        self.inputs, self.say = inputs, say
        self.used: dict[str, int] = {}

    def __call__(self, network: NetworkPlan, pillar: str, fmt: str) -> str:
        figure, question, generic = self.SOURCES[pillar]
        values = self.inputs.list(question)
        if pillar == "own_offer" and self.inputs["offer"]:
            values = [*values, self.inputs["offer"]]
        if not values:
            return self.say(generic)
        n = self.used.get(pillar, 0)
        self.used[pillar] = n + 1
        value = values[n % len(values)]
        if pillar == "own_offer" and n % len(values) == len(values) - 1 and self.inputs["offer"]:
            figure = "offer"
        if network.id in OWN_IDEAS:
            own = "proof" if figure == "offer" else figure
            return self.say(f"cal_{network.id}_{pillar}", **{own: value})
        if pillar == "curation":
            return self.say("idea_topic", topic=value)
        if figure == "offer":
            return self.say("idea_offer", offer=value)
        kind = "problem" if pillar == "audience_problems" else "proof"
        return self.say(f"idea_{kind}_{fmt}", **{figure: value})


def _setup_tasks(
    inputs: Inputs,
    verdict: Verdict,
    active: list[NetworkPlan],
    warnings: list[Warning],
    say: Words,
) -> list[tuple[str | None, str]]:
    """The first week's one-off tasks, in the order they unlock the rest."""
    metric = inputs["target"]["metric"]
    tasks: list[tuple[str | None, str]] = []
    if verdict == "fix_first":
        critical = sorted(
            (w.id for w in warnings if w.severity == "critical"),
            key=lambda wid: wid != "compensate_weaknesses",
        )
        tasks += [(None, say(f"step_fix_{wid}")) for wid in critical]
    if verdict == "not_needed":
        tasks += [(None, say("step_owned_list")), (None, say("step_owned_contacts"))]
    current = set(inputs.list("current_networks"))
    for n in active:
        key = "cal_setup_audit" if n.id in current else f"cal_setup_profile_{n.kind}"
        tasks.append((n.id, say(key, network=n.id)))
    for nid in sorted(current - {n.id for n in active}):
        tasks.append((nid, say("cal_setup_audit_other", network=nid)))
    tasks.append((None, say("cal_setup_alerts", peers=inputs.list("competitors"))))
    tasks.append((None, say("cal_setup_charter")))
    if inputs["target"].get("baseline") is not None:
        tasks.append((None, say("cal_setup_record", metric=metric)))
    else:
        tasks.append((None, say("cal_setup_baseline", metric=metric)))
    return tasks


def build_calendar(
    inputs: Inputs,
    kn: Catalogue,
    verdict: Verdict,
    plan: list[Phase],
    networks: list[NetworkPlan],
    editorial: Editorial,
    routine: list[RoutineItem],
    warnings: list[Warning],
    say: Words,
) -> list[Slot]:
    rules = kn.calendar
    start: date = inputs["start_date"]
    end = start + timedelta(days=7 * rules.weeks - 1)
    active = [n for n in networks if n.role in ("primary", "secondary")]
    slots: list[Slot] = []

    # the set-up tasks, on the set-up days of the first week(s), in order
    times = [
        (_on(start + timedelta(days=7 * w), d), t)
        for w in range(rules.weeks)
        for d in sorted(rules.setup.days)
        for t in rules.setup.times
    ]
    ready: dict[str | None, date] = {}  # a network publishes the day after its set-up
    for (network, task), (day, time) in zip(
        _setup_tasks(inputs, verdict, active, warnings, say), sorted(times), strict=False
    ):
        slots.append(Slot(date=day, time=time, network=network, activity="setup", idea=task))
        ready[network] = day

    # listening, as the routine has it: a session a week, two for a monitoring objective
    listened = [r for r in routine if r.activity == "listen"]
    if listened:
        sessions = 2 if inputs["objective"] == "monitoring" else 1
        what = say("cal_listen", peers=inputs.list("competitors"))
        for w in range(rules.weeks):
            block = start + timedelta(days=7 * w)
            for k in range(min(sessions, len(rules.listen.days))):
                slots.append(
                    Slot(
                        date=_on(block, rules.listen.days[k]),
                        time=rules.listen.times[k % len(rules.listen.times)],
                        network=None,
                        activity="listen",
                        idea=what,
                    )
                )

    # the posts, from the day publishing starts, each network at its rhythm
    first = posting_starts(inputs, verdict, plan)
    if first is not None and first <= end:
        weeks = (end - first).days // 7 + 1
        posts = [
            (day, time, n)
            for n in active
            for day, time in _placed(first, weeks, n.posts_per_week, rules.slots(n.id))
            if ready.get(n.id, start - timedelta(days=1)) < day <= end
        ]
        posts.sort(key=lambda p: (p[0], p[1], networks.index(p[2])))
        pillars = [p for p in editorial.pillars if p.share > 0]
        order = _pillar_order(pillars)
        formats = {n.id: cycle(n.formats or ["text"]) for n in active}
        ideas = _Ideas(inputs, say)
        for day, time, n in posts:
            pillar = next(order)
            fmt = next(formats[n.id])
            slots.append(
                Slot(
                    date=day,
                    time=time,
                    network=n.id,
                    activity="post",
                    pillar=pillar.key,
                    idea=ideas(n, pillar.key, fmt),
                    format=fmt,
                )
            )
    return sorted(slots, key=lambda s: (s.date, s.time, s.activity != "setup"))
