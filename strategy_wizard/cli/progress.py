"""Progress check-ins: actual KPI values, recorded by date, set against the plan's targets.

Expected values are read off the same slow-start curve the plan used (baseline at the start,
then each milestone's target), so "behind" means behind what the plan promised at that date,
not behind the final target.
"""

from __future__ import annotations

import json
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from strategy_wizard.model.strategy import Kpi, Strategy

Status = Literal["ahead", "on_track", "behind", "no_data"]


class ActualsError(Exception):
    def __init__(self, source: str, problems: list[str]) -> None:
        self.source, self.problems = source, problems
        super().__init__("\n".join(f"{source}: {p}" for p in problems))


class Measure(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: date
    value: float = Field(ge=0)
    kpi: str = "main"


class Actuals(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    measures: list[Measure] = Field(min_length=1)


class KpiProgress(BaseModel):
    kpi: str
    name: str
    unit: str
    date: date | None
    actual: float | None
    expected: float | None
    status: Status
    advice: str


def load_actuals(path: Path) -> Actuals:
    from strategy_wizard.base.yamlio import YamlError, load_yaml_file

    try:
        data = load_yaml_file(path)
    except YamlError as exc:
        raise ActualsError(str(path), [str(exc)]) from None
    try:
        return Actuals.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "(file)"
            value = err.get("input")
            shown = "" if isinstance(value, dict | list) else f" (got {value!r})"
            problems.append(f"{where}: {err['msg']}{shown}")
        raise ActualsError(str(path), problems) from None


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


def check_progress(strategy: Strategy, actuals: Actuals) -> list[KpiProgress]:
    from strategy_wizard.model.catalogue import load_catalogue

    kn = load_catalogue()
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


def to_markdown(strategy: Strategy, rows: list[KpiProgress]) -> str:
    from strategy_wizard.base.locale import format_date, format_number
    from strategy_wizard.model.catalogue import load_catalogue

    kn = load_catalogue()
    lang = strategy.lang

    def t(key: str) -> str:
        return kn.phrase(key)(lang)

    lines = [
        f"# {t('progress_title')} — {strategy.org_name}",
        "",
        f"| {t('progress_kpi')} | {t('progress_date')} | {t('progress_actual')} | "
        f"{t('progress_expected')} | {t('progress_status')} |",
        "|---|---|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.name} ({r.unit}) | {format_date(r.date, lang) if r.date else '—'} | "
            f"{format_number(r.actual, lang) if r.actual is not None else '—'} | "
            f"{format_number(r.expected, lang) if r.expected is not None else '—'} | "
            f"{t('progress_status_' + r.status)} |"
        )
    lines.append("")
    lines += [f"- **{r.name}** — {r.advice}" for r in rows]
    return "\n".join(lines) + "\n"


def to_json(rows: list[KpiProgress]) -> str:
    return (
        json.dumps([r.model_dump(mode="json") for r in rows], indent=2, ensure_ascii=False) + "\n"
    )


def print_table(strategy: Strategy, rows: list[KpiProgress]) -> None:
    from rich.console import Console
    from rich.table import Table

    from strategy_wizard.base.locale import format_date, format_number
    from strategy_wizard.model.catalogue import load_catalogue

    kn = load_catalogue()
    lang = strategy.lang

    def t(key: str) -> str:
        return kn.phrase(key)(lang)

    colour = {"ahead": "green", "on_track": "cyan", "behind": "red", "no_data": "dim"}
    table = Table(title=f"{t('progress_title')} — {strategy.org_name}")
    for key in (
        "progress_kpi",
        "progress_date",
        "progress_actual",
        "progress_expected",
        "progress_status",
        "progress_advice",
    ):
        table.add_column(t(key), overflow="fold")
    for r in rows:
        table.add_row(
            f"{r.name} ({r.unit})",
            format_date(r.date, lang) if r.date else "—",
            format_number(r.actual, lang) if r.actual is not None else "—",
            format_number(r.expected, lang) if r.expected is not None else "—",
            f"[{colour[r.status]}]{t('progress_status_' + r.status)}[/]",
            r.advice,
        )
    Console(stderr=False).print(table)
