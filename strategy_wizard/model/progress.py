"""Progress check-ins: actual KPI values recorded by date, and how each KPI stands against the
plan (engine/progress.py computes it, render/progress.py shows it)."""

from __future__ import annotations

import datetime as dt
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from strategy_wizard.model.qtypes import DAYS

Status = Literal["ahead", "on_track", "behind", "no_data"]

# A measure is bounded where it enters, as the target it is compared with (the bank's target
# fields, 0 to 10^9); its day as the days a strategy is built on (qtypes.DAYS).
MAX_VALUE = 1_000_000_000
MAX_MEASURES = 10_000


class ActualsError(Exception):
    def __init__(self, source: str, problems: list[str]) -> None:
        self.source, self.problems = source, problems
        super().__init__("\n".join(f"{source}: {p}" for p in problems))


class Measure(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    date: dt.date = Field(ge=DAYS[0], le=DAYS[1])
    value: float = Field(ge=0, le=MAX_VALUE)
    kpi: str = Field(default="main", max_length=100)


class Actuals(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(default=1, ge=0, le=1000)
    measures: list[Measure] = Field(min_length=1, max_length=MAX_MEASURES)


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
            text = repr(value)
            text = text if len(text) <= 60 else text[:57] + "..."
            shown = "" if isinstance(value, dict | list) else f" (got {text})"
            problems.append(f"{where}: {err['msg']}{shown}")
        raise ActualsError(str(path), problems) from None
