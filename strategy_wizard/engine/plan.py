"""The phased plan, dated from the start date, and the realistic target its milestones lead to.

Growth on social media is slow at first and compounds later, so intermediate targets follow a
slow-start curve rather than a straight line: the plan should not promise in month two what
usually comes in month ten. When the client's target is beyond what the growth thresholds allow
for the horizon, the milestones lead to the realistic target instead, and the strategy says so.
An organisation present nowhere listens first (two weeks) before it publishes; a monitoring
objective makes the whole first phase a listening one.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from strategy_wizard.engine.relays import relay_codes
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.warnings import ratio_limit
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.strategy import Milestone, NetworkPlan, Phase, Verdict

PHASE_KEYS = ("foundations", "rhythm", "consolidate", "scale")


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deadline(inputs: Inputs) -> date:
    return add_months(inputs["start_date"], inputs.horizon) - timedelta(days=1)


def progress(fraction: float) -> float:
    """Share of the way to the target reached at `fraction` of the horizon (slow start)."""
    return float(max(0.0, min(1.0, fraction)) ** 1.5)


def lower_is_better(inputs: Inputs) -> bool:
    """A target below its baseline is a reduction (a response time, a cost)."""
    target = inputs["target"]
    base, value = target.get("baseline"), target.get("value")
    return base is not None and value is not None and float(value) < float(base)


def realistic_target(inputs: Inputs, kn: Catalogue) -> float | None:
    """The highest target the growth thresholds allow for the horizon, when the client's is
    beyond it: baseline × the ratio allowed. None when the client's target is within reach, when
    there are no figures to judge by, or for a reduction (a response time, a cost): that is a
    matter of staffing and method, which the growth thresholds do not describe."""
    target = inputs["target"]
    base, value = target.get("baseline"), target.get("value")
    if base is None or value is None or float(base) <= 0 or float(value) <= 0:
        return None
    base, value = float(base), float(value)
    limit = ratio_limit(inputs.horizon, kn.thresholds)
    if value < base:
        return None
    return round_count(base * limit, base, value) if value / base > limit else None


def round_count(x: float, *given: float) -> float:
    """A figure as the person's own figures are written: whole when theirs are whole."""
    if all(float(g).is_integer() for g in given):
        return float(round(x))
    return round(x, 1)


def goal_value(inputs: Inputs, kn: Catalogue) -> float | None:
    """What the milestones lead to: the realistic target when the client's is out of reach."""
    value = inputs["target"].get("value")
    realistic = realistic_target(inputs, kn)
    return realistic if realistic is not None else (None if value is None else float(value))


def checkpoint_value(inputs: Inputs, kn: Catalogue, day: date) -> float | None:
    """The target on `day`, on the slow-start curve from the baseline to the goal, rounded as
    the person's figures are written: the one figure the plan's checkpoints and the KPI's
    targets both quote. None without a baseline and a goal."""
    base, goal = inputs["target"].get("baseline"), goal_value(inputs, kn)
    if base is None or goal is None:
        return None
    start: date = inputs["start_date"]
    span = max(1, (deadline(inputs) - start).days)
    fraction = max(0.0, (day - start).days / span)
    return round_count(float(base) + (goal - float(base)) * progress(fraction), base, goal)


def first_month_change(inputs: Inputs, kn: Catalogue, day: date, rate: bool = False) -> float:
    """With no figure given, the change from the first month's measure aimed at by `day` (in %
    of it, or in points for a rate): the thresholds' rule for the horizon, on the same
    slow-start curve, in whole figures."""
    table = kn.thresholds.first_month_points if rate else kn.thresholds.first_month_change
    bracket = next((b for b in sorted(table) if inputs.horizon <= b), max(table))
    start: date = inputs["start_date"]
    span = max(1, (deadline(inputs) - start).days)
    return float(round(table[bracket] * progress(max(0.0, (day - start).days / span))))


def _bounds(inputs: Inputs, kn: Catalogue) -> list[int]:
    table = kn.thresholds.phase_bounds
    return table.get(inputs.horizon) or [inputs.horizon]


def first_issue(inputs: Inputs, kn: Catalogue, networks: list[NetworkPlan]) -> date | None:
    """A new newsletter kept: the Monday-based week its first issue goes out (the first week sets
    up its sign-up form and collection point; the first issue waits for a list). None when no
    newsletter is kept or when the person already sends one (a list exists)."""
    kept = any(n.id == "newsletter" and n.role in ("primary", "secondary") for n in networks)
    if not kept or "newsletter" in inputs.list("current_networks"):
        return None
    start: date = inputs["start_date"]
    return start + timedelta(days=7 * (kn.thresholds.newsletter_first_issue_week - 1))


def listens_first(inputs: Inputs, verdict: Verdict) -> bool:
    """A monitoring objective, or an organisation present nowhere that will publish: the plan
    opens by listening."""
    if verdict in ("fix_first", "not_needed"):
        return False
    return inputs["objective"] == "monitoring" or inputs.present_nowhere


def build_plan(
    inputs: Inputs,
    kn: Catalogue,
    verdict: Verdict,
    primary: NetworkPlan | None,
    say: Words,
    letter_from: date | None = None,
) -> list[Phase]:
    """The phases; `letter_from`, a new newsletter's first issue week, is a first-phase
    milestone (its sign-up form is set up in the first week)."""
    start: date = inputs["start_date"]
    end_all = deadline(inputs)
    bounds = _bounds(inputs, kn)
    target = inputs["target"]
    base = target.get("baseline")
    goal = goal_value(inputs, kn)
    network = primary.id if primary else None
    monitoring = inputs["objective"] == "monitoring"
    phases: list[Phase] = []

    if listens_first(inputs, verdict) and not monitoring:
        # two weeks of listening before the first post: what is said, by whom, in what words
        weeks = kn.thresholds.listen_first_weeks
        listen_end = start + timedelta(days=7 * weeks - 1)
        phases.append(
            Phase(
                name=say("phase_listen_first"),
                start=start,
                end=listen_end,
                goals=[say("goal_listen_first_1"), say("goal_listen_first_2")],
                milestones=[
                    Milestone(date=listen_end, what=say("milestone_listened", weeks=weeks))
                ],
            )
        )

    previous = 0
    for i, months in enumerate(bounds):
        key = PHASE_KEYS[min(i, len(PHASE_KEYS) - 1)]
        if i == len(bounds) - 1 and len(bounds) < len(PHASE_KEYS):
            key = "scale"
        if i == 0 and verdict == "fix_first":
            key = "fix"
        elif i == 0 and verdict == "not_needed":
            key = "owned"
        elif i == 0 and monitoring:
            key = "listen"
        elif monitoring:
            key = f"monitor_{key}"
        p_start = add_months(start, previous)
        if i == 0 and phases:
            p_start = phases[-1].end + timedelta(days=1)
        p_end = end_all if i == len(bounds) - 1 else add_months(start, months) - timedelta(days=1)
        relays = [code for code, _proposed in relay_codes(inputs)]
        goals = [say(f"goal_{key}_{n}", network=network, relays=relays) for n in (1, 2)]
        milestones: list[Milestone] = []
        if i == 0:
            first = "fix" if verdict == "fix_first" else "listen" if monitoring else "setup"
            milestones.append(
                Milestone(
                    date=min(p_end, p_start + timedelta(days=13)),
                    what=say(f"milestone_first_{first}", network=network),
                )
            )
            if letter_from is not None and p_start <= letter_from <= p_end and key != "fix":
                milestones.append(
                    Milestone(
                        date=letter_from + timedelta(days=6),
                        what=say("milestone_first_issue"),
                    )
                )
        if base is None or goal is None:
            if i == 0:  # no figure given: the first month gives the baseline, then the target
                milestones.append(
                    Milestone(
                        date=min(p_end, add_months(start, 1) - timedelta(days=1)),
                        what=say("milestone_measure_baseline", metric=target["metric"]),
                    )
                )
        else:
            milestones.append(
                Milestone(
                    date=p_end,
                    what=say(
                        "milestone_kpi",
                        metric=target["metric"],
                        value=checkpoint_value(inputs, kn, p_end),
                        unit=target["unit"],
                    ),
                )
            )
        if (base is None or goal is None) and i > 0:
            # the rule the target follows once the first month is measured, as a checkpoint
            rate = "_rate" if str(target["unit"]).strip().startswith("%") else ""
            change = first_month_change(inputs, kn, p_end, bool(rate))
            milestones.append(
                Milestone(
                    date=p_end,
                    what=say(
                        f"milestone_rule{rate}",
                        metric=target["metric"],
                        change=change,
                    ),
                )
            )
        phases.append(
            Phase(
                name=say(f"phase_{key}"),
                start=p_start,
                end=p_end,
                goals=goals,
                milestones=milestones,
            )
        )
        previous = months
    return phases
