"""Progress check-ins: actual KPI values, recorded by date, set against the plan's targets.

Expected values are read off the same slow-start curve the plan used (baseline at the start,
then each milestone's target), so "behind" means behind what the plan promised at that date,
not behind the final target. Pure, like the rest of the engine: the caller loads the files.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.progress import Actuals, ActualsError, KpiProgress, Status
from strategy_wizard.model.strategy import Kpi, Strategy


def expected_at(kpi: Kpi, start: date, when: date) -> float | None:
    """The plan's value for `kpi` on `when`, linear between its dated points."""
    points: list[tuple[date, float]] = []
    if kpi.baseline is not None:
        points.append((start, kpi.baseline))
    points += [(t.date, t.value) for t in kpi.targets]
    if not points:
        return None
    if when <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in pairwise(points):
        if d0 <= when <= d1:
            span = (d1 - d0).days or 1
            return v0 + (v1 - v0) * (when - d0).days / span
    return points[-1][1]


def check_progress(strategy: Strategy, actuals: Actuals, kn: Catalogue) -> list[KpiProgress]:
    """Each KPI's last measure against what the plan expected on that date, with advice."""
    lang = strategy.lang
    tolerance = kn.thresholds.progress_tolerance
    start = strategy.plan[0].start if strategy.plan else strategy.generated_on
    out: list[KpiProgress] = []
    for kpi in strategy.kpis:
        mine = sorted((m for m in actuals.measures if m.kpi == kpi.id), key=lambda m: m.date)
        if not mine:
            out.append(
                KpiProgress(
                    kpi=kpi.id,
                    name=kpi.name,
                    unit=kpi.unit,
                    date=None,
                    actual=None,
                    expected=None,
                    status="no_data",
                    advice=kn.phrase("progress_advice_no_data")(lang),
                )
            )
            continue
        last = mine[-1]
        expected = expected_at(kpi, start, last.date)
        status: Status
        if expected is None or expected == 0:
            status = "on_track"
        else:
            ratio = last.value / expected
            if kpi.lower_is_better:
                ratio = 1 / ratio if ratio else float("inf")
            status = (
                "ahead"
                if ratio > 1 + tolerance
                else "behind"
                if ratio < 1 - tolerance
                else "on_track"
            )
        key = f"progress_advice_{status}"
        if status == "behind" and kpi.id in ("posts", "response_time"):
            key = "progress_advice_behind_" + ("posts" if kpi.id == "posts" else "response")
        out.append(
            KpiProgress(
                kpi=kpi.id,
                name=kpi.name,
                unit=kpi.unit,
                date=last.date,
                actual=last.value,
                expected=None if expected is None else round(expected, 2),
                status=status,
                advice=kn.phrase(key)(lang),
            )
        )
    unknown = sorted({m.kpi for m in actuals.measures} - {k.id for k in strategy.kpis})
    if unknown:
        known = ", ".join(k.id for k in strategy.kpis)
        raise ActualsError(
            "actuals",
            [f"unknown KPI id(s) {', '.join(unknown)}; this strategy's KPIs are: {known}"],
        )
    return out
