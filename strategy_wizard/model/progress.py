"""Progress check-ins: actual KPI values recorded by date, and how each KPI stands against the
plan (engine/progress.py computes it, render/progress.py shows it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

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
