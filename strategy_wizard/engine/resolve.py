"""Resolve answers into complete engine inputs, listing every assumption made on the way.

The rest of the engine never asks "was this answered?": it reads `Inputs`, where each missing
optional answer has been replaced by the bank's default (or a computed one) and the assumption
recorded, so the strategy can say plainly what it took for granted. A question that does not
apply (its condition in the bank does not hold: management support for a freelancer) gets no
value and no assumption. No figure is ever invented: a target without a baseline or a value
keeps them empty, to be set after the first month's measure.
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

LOCAL_AREAS = ("local", "regional")


@dataclass
class Inputs:
    lang: Lang
    today: date
    values: dict[str, Any]
    assumptions: list[Assumption] = field(default_factory=list)
    overrides: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    # gate questions (bank: `gate:`) that had to be assumed: the verdict cannot be "go"
    missing_gates: list[str] = field(default_factory=list)
    # questions that do not apply to this organisation (their bank condition does not hold)
    not_applicable: list[str] = field(default_factory=list)
    # the language the answers were written in: their words are reshaped only in it
    answers_lang: str | None = None
    # for an answer assumed from the person's words, those words and their question (the
    # rules on alcohol assumed because the offer mentions « cidre »): said where they apply
    assumed_from: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # for an answer given, what the person's words would have assumed and the words: the offer
    # says « Employment law » beside « none of these » (review 12b): a check, never an override
    suggested: dict[str, list[tuple[Any, list[tuple[str, str]]]]] = field(default_factory=dict)

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

    @property
    def local(self) -> bool:
        """An audience of the neighbourhood or the region."""
        return self["audience_geo"] in LOCAL_AREAS

    @property
    def country(self) -> str | None:
        """Where the organisation and its audience are (FR, BE, GB…): answered, or France for
        French answers; None when unknown (English answers without it, or another country)."""
        code = self.values.get("country")
        return code if isinstance(code, str) and code != "other" else None

    @property
    def present_nowhere(self) -> bool:
        return not self.list("current_networks")


def first_monday_after(day: date) -> date:
    return day + timedelta(days=7 - day.weekday())


def resolve(
    answers: Answers, bank: Bank, catalogue: Catalogue, today: date, words: Words
) -> Inputs:
    lang = words.lang
    given = answers.values
    values: dict[str, Any] = {}
    assumptions: list[Assumption] = []
    not_applicable: list[str] = []
    assumed_from: dict[str, list[tuple[str, str]]] = {}
    suggested: dict[str, list[tuple[Any, list[tuple[str, str]]]]] = {}

    def assume(qid: str, value: Any, why: str, shown: str | None = None) -> None:
        q = bank.question(qid)
        values[qid] = value
        assumptions.append(
            Assumption(
                question=q.label(lang),
                assumed=shown if shown is not None else q.display(value, lang),
                why=why,
            )
        )

    for q in bank.questions:
        value = given.get(q.id)
        if is_answered(value):
            values[q.id] = value
            if found := q.suggested(given):
                suggested[q.id] = found
            continue
        if not q.visible(given) or not q.asked_in(lang):
            not_applicable.append(q.id)
            continue
        default, why = q.assumed(given)
        if default is not None and why is not None:
            values[q.id] = default
            if is_answered(default):
                assume(q.id, default, why(lang))
                if q.assumed_from(given):
                    assumed_from[q.id] = q.assumed_from(given)
    # A choice read from data must be a code string; horizon codes are numbers in use.
    values["horizon_months"] = int(values.get("horizon_months") or 12)

    if not is_answered(values.get("premises")):
        # Shops and trades serve the people nearby; an audience far away usually buys online.
        local = values.get("audience_geo") in LOCAL_AREAS
        assume(
            "premises",
            "shop" if local else "online_only",
            words("assume_premises_local" if local else "assume_premises_online"),
        )

    types = values.get("audience_types") or []
    if values.get("objective") == "recruitment" and types and "candidates" not in types:
        # Recruiting with no candidate in the audience is bringing in members (a club's players,
        # an association's members): sign-ups to win, not jobs to fill (review 25b, #1)
        assume(
            "objective",
            "leads",
            words("assume_objective_members"),
            words("objective_members"),
        )

    if not is_answered(values.get("country")):
        # French answers come mostly from France: its rules and figures, said as assumed; English
        # answers may come from anywhere: no country, the rules said in general (review 6, #2)
        if answers.lang == "fr":
            assume("country", "FR", words("assume_country_fr"))
        else:
            assume("country", None, words("assume_country_unknown"), words("country_unknown"))

    if not is_answered(values.get("start_date")):
        start = first_monday_after(today)
        assume("start_date", start, words("assume_start_date"), words.loc.date(start))

    objective = catalogue.objective(values.get("objective") or "awareness", values.get("org_kind"))
    target = dict(values.get("target") or {})
    if "metric" not in target or "unit" not in target:
        target.setdefault("metric", objective.metric(lang))
        target.setdefault("unit", objective.unit(lang))
        assume(
            "target",
            target,
            words("assume_target_metric"),
            words.loc.label(words("label_metric"), target["metric"]),
        )
    target.setdefault("baseline", None)
    target.setdefault("value", None)
    values["target"] = target

    missing = [
        qids[0]
        for qids in bank.gates().values()
        if not any(is_answered(given.get(qid)) for qid in qids)
    ]
    return Inputs(
        lang=lang,
        today=today,
        values=values,
        assumptions=assumptions,
        overrides=dict(answers.overrides.get("networks", {})),
        notes=dict(answers.notes),
        missing_gates=missing,
        not_applicable=not_applicable,
        answers_lang=answers.lang,
        assumed_from=assumed_from,
        suggested=suggested,
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
