"""The phased plan and the KPIs, dated from the start date.

Growth on social media is slow at first and compounds later, so intermediate targets follow a
slow-start curve rather than a straight line: the plan should not promise in month two what
usually comes in month ten.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.strategy import Kpi, KpiTarget, Milestone, NetworkPlan, Phase, Verdict

PHASE_KEYS = ("foundations", "rhythm", "consolidate", "scale")


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deadline(inputs: Inputs) -> date:
    return add_months(inputs["start_date"], inputs.horizon) - timedelta(days=1)


def progress(fraction: float) -> float:
    """Share of the way to the target reached at `fraction` of the horizon (slow start)."""
    return float(fraction**1.5)


def _bounds(inputs: Inputs, kn: Catalogue) -> list[int]:
    table = kn.thresholds.phase_bounds
    return table.get(inputs.horizon) or [inputs.horizon]


def _round_target(x: float) -> float:
    if x >= 100:
        return float(round(x))
    return round(x, 1)


def build_plan(
    inputs: Inputs, kn: Catalogue, verdict: Verdict, primary: NetworkPlan | None, say: Words
) -> list[Phase]:
    start: date = inputs["start_date"]
    end_all = deadline(inputs)
    bounds = _bounds(inputs, kn)
    target = inputs["target"]
    phases: list[Phase] = []
    previous = 0
    for i, months in enumerate(bounds):
        key = PHASE_KEYS[min(i, len(PHASE_KEYS) - 1)]
        if i == len(bounds) - 1 and len(bounds) < len(PHASE_KEYS):
            key = "scale"
        if i == 0 and verdict == "fix_first":
            key = "fix"
        elif i == 0 and verdict == "not_needed":
            key = "owned"
        p_start = add_months(start, previous)
        p_end = end_all if i == len(bounds) - 1 else add_months(start, months) - timedelta(days=1)
        goals = [say(f"goal_{key}_{n}", network=primary.id if primary else None) for n in (1, 2)]
        value = float(target["baseline"]) + (
            float(target["value"]) - float(target["baseline"])
        ) * progress(months / inputs.horizon)
        milestones = [
            Milestone(
                date=p_end,
                what=say(
                    "milestone_kpi",
                    metric=target["metric"],
                    value=_round_target(value),
                    unit=target["unit"],
                ),
            )
        ]
        if i == 0:
            milestones.insert(
                0,
                Milestone(
                    date=min(p_end, start + timedelta(days=13)),
                    what=say(
                        f"milestone_first_{'fix' if verdict == 'fix_first' else 'setup'}",
                        network=primary.id if primary else None,
                    ),
                ),
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


def build_kpis(
    inputs: Inputs, kn: Catalogue, phases: list[Phase], active: list[NetworkPlan], say: Words
) -> list[Kpi]:
    target = inputs["target"]
    baseline, goal = float(target["baseline"]), float(target["value"])
    dates = [p.end for p in phases]
    start: date = inputs["start_date"]
    span = max(1, (deadline(inputs) - start).days)
    fracs = [max(0.0, (d - start).days / span) for d in dates]
    objective = kn.objective(inputs["objective"] or "awareness")
    kpis = [
        Kpi(
            id="main",
            name=target["metric"],
            measure=objective.kpis[0].measure(inputs.lang),
            unit=target["unit"],
            baseline=baseline,
            targets=[
                KpiTarget(date=d, value=_round_target(baseline + (goal - baseline) * progress(f)))
                for d, f in zip(dates, fracs, strict=True)
            ],
        )
    ]
    ratio = goal / baseline if baseline > 0 else 1.5
    for n, template in enumerate(objective.kpis[1:], 2):
        kpis.append(
            Kpi(
                id=f"kpi_{n}",
                name=template.name(inputs.lang),
                measure=template.measure(inputs.lang),
                unit=say("unit_index"),
                baseline=100,
                targets=[
                    KpiTarget(date=d, value=_round_target(100 * (1 + (ratio - 1) * progress(f))))
                    for d, f in zip(dates, fracs, strict=True)
                ],
            )
        )
    posts = sum(n.posts_per_week for n in active)
    if posts:
        kpis.append(
            Kpi(
                id="posts",
                name=say("kpi_posts"),
                measure=say("kpi_posts_measure"),
                unit=say("unit_posts"),
                targets=[
                    KpiTarget(
                        date=d, value=round(posts * (0.5 if i == 0 and len(dates) > 1 else 1), 2)
                    )
                    for i, d in enumerate(dates)
                ],
            )
        )
    response = min(float(inputs["response_time_hours"] or 24), kn.thresholds.slow_response_hours)
    kpis.append(
        Kpi(
            id="response_time",
            lower_is_better=True,
            name=say("kpi_response"),
            measure=say("kpi_response_measure"),
            unit=say("unit_hours"),
            baseline=float(inputs["response_time_hours"] or 24),
            targets=[KpiTarget(date=d, value=response) for d in dates],
        )
    )
    return kpis
