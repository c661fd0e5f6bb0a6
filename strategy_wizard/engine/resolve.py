"""Resolve answers into complete engine inputs, listing every assumption made on the way.

The rest of the engine never asks "was this answered?": it reads `Inputs`, where each missing
optional answer has been replaced by the bank's default (or a computed one) and the assumption
recorded, so the strategy can say plainly what it took for granted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from strategy_wizard.base.locale import Lang
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.answers import Answers
from strategy_wizard.model.bank import Bank
from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.qtypes import is_answered
from strategy_wizard.model.strategy import Assumption, RecapRow, RecapStep


@dataclass
class Inputs:
    lang: Lang
    today: date
    values: dict[str, Any]
    assumptions: list[Assumption] = field(default_factory=list)
    overrides: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, qid: str) -> Any:
        return self.values.get(qid)

    def list(self, qid: str) -> list[Any]:
        value = self.values.get(qid)
        return list(value) if isinstance(value, list) else []

    @property
    def hours(self) -> float:
        return float(self.values.get("hours_per_week") or 0)

    @property
    def horizon(self) -> int:
        return int(self.values.get("horizon_months") or 12)


def first_monday_after(day: date) -> date:
    return day + timedelta(days=7 - day.weekday())


def resolve(
    answers: Answers, bank: Bank, catalogue: Catalogue, today: date, words: Words
) -> Inputs:
    lang = words.lang
    values: dict[str, Any] = {}
    assumptions: list[Assumption] = []
    for q in bank.questions:
        value = answers.values.get(q.id)
        if is_answered(value):
            values[q.id] = value
            continue
        if q.default is not None and q.default_why is not None:
            values[q.id] = q.default
            if is_answered(q.default) and q.visible(answers.values):
                assumptions.append(
                    Assumption(
                        question=q.label(lang),
                        assumed=q.display(q.default, lang),
                        why=q.default_why(lang),
                    )
                )
    # A choice read from data must be a code string; horizon codes are numbers in use.
    values["horizon_months"] = int(values.get("horizon_months") or 12)

    if not is_answered(values.get("start_date")):
        start = first_monday_after(today)
        values["start_date"] = start
        q = bank.question("start_date")
        assumptions.append(
            Assumption(
                question=q.label(lang),
                assumed=words.loc.date(start),
                why=words("assume_start_date"),
            )
        )

    objective = catalogue.objective(values.get("objective") or "awareness")
    target = dict(values.get("target") or {})
    missing = [k for k in ("metric", "baseline", "value", "unit") if k not in target]
    if missing:
        growth = objective.default_growth ** (values["horizon_months"] / 12)
        target.setdefault("metric", objective.metric(lang))
        target.setdefault("unit", objective.unit(lang))
        target.setdefault("baseline", objective.default_baseline)
        target.setdefault("value", round(float(target["baseline"]) * growth or 1, 0))
        shown = (
            f"{target['metric']}: {words.loc.number(target['baseline'])} → "
            f"{words.loc.number(target['value'])} {target['unit']}"
        )
        assumptions.append(
            Assumption(
                question=bank.question("target").label(lang),
                assumed=shown,
                why=words("assume_target", growth=growth),
            )
        )
    values["target"] = target
    return Inputs(
        lang=lang,
        today=today,
        values=values,
        assumptions=assumptions,
        overrides=dict(answers.overrides.get("networks", {})),
        notes=dict(answers.notes),
    )


def recap(answers: Answers, bank: Bank, lang: Lang) -> list[RecapStep]:
    """The person's own answers, step by step, as a reader sees them: the document shows the
    reasoning can be followed back to what was said."""
    steps = []
    for step in bank.steps:
        rows = [
            RecapRow(
                question=q.id, label=q.label(lang), value=q.display(answers.values[q.id], lang)
            )
            for q in step.questions
            if q.id in answers.values and q.asked_in(lang)
        ]
        if rows:
            steps.append(RecapStep(step=step.id, title=step.title(lang), rows=rows))
    return steps
