"""The engine: answers, the question bank, the catalogue and a date in; a complete `Strategy` out.

A pure function: no file, clock or network access (callers load the bank and the catalogue), and
the same inputs always give the same strategy, byte for byte. The date is an input (it places
the plan in time) so that a strategy can be rebuilt identically later and tested without
freezing the clock.

The steps: resolve the answers (assumptions listed), score every network, allocate the hours,
record each decision as data (reasons, warnings, the objective's parts), then word it all in
one place (wording.py).
"""

from __future__ import annotations

from datetime import date
from typing import get_args

from strategy_wizard.base.locale import Lang
from strategy_wizard.base.version import __version__
from strategy_wizard.engine.editorial import build_editorial
from strategy_wizard.engine.mix import allocate
from strategy_wizard.engine.networks import explain
from strategy_wizard.engine.plan import build_kpis, build_plan, deadline
from strategy_wizard.engine.resolve import Inputs, recap, resolve
from strategy_wizard.engine.routine import build_routine
from strategy_wizard.engine.scoring import score_all
from strategy_wizard.engine.warnings import check_warnings, raised
from strategy_wizard.engine.wording import Words, check_phrases
from strategy_wizard.model.answers import Answers
from strategy_wizard.model.bank import Bank
from strategy_wizard.model.catalogue import Catalogue, CatalogueError
from strategy_wizard.model.strategy import (
    Budget,
    NetworkPlan,
    RelayPlan,
    Role,
    SmartObjective,
    SourceRef,
    Strategy,
    Verdict,
    Warning,
)

__all__ = ["build_strategy", "check_catalogue"]


ROLE_ORDER = get_args(Role)  # primary, secondary, listen, avoid: the order a client reads
_CHECKED: dict[int, Catalogue] = {}


def check_catalogue(catalogue: Catalogue) -> None:
    """The catalogue's warnings match the registered conditions and every phrase's figures have
    a format: raises `CatalogueError` listing what does not, before any strategy is worded."""
    if _CHECKED.get(id(catalogue)) is catalogue:
        return
    problems = check_warnings(catalogue) + check_phrases(catalogue)
    if problems:
        raise CatalogueError("\n".join(problems))
    _CHECKED[id(catalogue)] = catalogue


def build_strategy(
    answers: Answers, bank: Bank, catalogue: Catalogue, today: date, lang: Lang | None = None
) -> Strategy:
    """The strategy for these answers, in `lang` (by default the answers' own language)."""
    check_catalogue(catalogue)
    kn = catalogue
    words = Words(bank, kn, lang or answers.lang)
    inputs = resolve(answers, bank, kn, today, words)

    fits = score_all(inputs, kn)
    alloc = allocate(fits, inputs, kn)
    # The reader meets the networks chosen first, then those to watch, then those set aside,
    # the better fit first within each: the order of the catalogue means nothing to a client.
    networks = sorted(
        (explain(f, alloc, inputs, kn) for f in fits),
        key=lambda n: (ROLE_ORDER.index(n.role), -n.score),
    )
    active = [n for n in networks if n.role in ("primary", "secondary")]
    primary = next((n for n in networks if n.role == "primary"), None)

    verdict: Verdict
    if inputs["offer_ready"] == "no":
        verdict = "fix_first"
    elif alloc.not_needed:
        verdict = "not_needed"
    else:
        verdict = "go"
    warnings = [
        Warning(
            id=wid,
            severity=kn.warning(wid).severity,
            figures=dict(figures),
            facts=list(kn.warning(wid).facts),
        )
        for wid, figures in raised(inputs, kn, verdict == "not_needed")
    ]
    if verdict == "go" and any(w.severity in ("warning", "critical") for w in warnings):
        verdict = "adjust"

    plan = build_plan(inputs, kn, verdict, primary, words)
    cited = {f for n in networks for r in n.reasons for f in r.facts}
    cited |= {f for w in warnings for f in w.facts}
    cited.add(kn.thresholds.reference_cost_fact)
    strategy = Strategy(
        tool_version=__version__,
        catalogue_version=kn.version,
        generated_on=today,
        lang=inputs.lang,
        org_name=inputs["org_name"] or "",
        verdict=verdict,
        verdict_text=words(f"verdict_{verdict}", network=primary.id if primary else None),
        objective=_objective(inputs, kn, active),
        networks=networks,
        editorial=build_editorial(inputs, kn, active, words),
        routine=build_routine(alloc, kn, words),
        plan=plan,
        kpis=build_kpis(inputs, kn, plan, active, words),
        relays=[
            RelayPlan(
                id=code,
                name=bank.question("relays").choice_label(code, inputs.lang),
                how=words(f"relay_{code}"),
            )
            for code in inputs.list("relays")
        ],
        budget=_budget(inputs, kn, words),
        first_steps=_first_steps(verdict, primary, inputs, words),
        warnings=warnings,
        assumptions=inputs.assumptions,
        sources=[_source(fid, kn, inputs.lang) for fid in sorted(cited)],
        notes=inputs.notes,
        recap=recap(answers, bank, inputs.lang),
    )
    return word(strategy, words)


def word(strategy: Strategy, words: Words) -> Strategy:
    """Every decision recorded as data gets its sentence: the one place where reasons,
    warnings and the objective are worded, so no sentence says what its figures do not."""
    for network in strategy.networks:
        for reason in network.reasons:
            reason.text = words.reason(reason)
    for warning in strategy.warnings:
        warning.message, warning.advice = words.warning(warning)
    strategy.objective.statement = words.statement(strategy.objective)
    return strategy


def _objective(inputs: Inputs, kn: Catalogue, active: list[NetworkPlan]) -> SmartObjective:
    target = inputs["target"]
    objective = kn.objective(inputs["objective"] or "awareness")
    return SmartObjective(
        code=objective.code,
        label=objective.label(inputs.lang),
        statement="",
        metric=target["metric"],
        baseline=float(target["baseline"]),
        target=float(target["value"]),
        unit=target["unit"],
        deadline=deadline(inputs),
        desired_action=inputs["desired_action"],
        channels=[n.id for n in active],
    )


def _budget(inputs: Inputs, kn: Catalogue, words: Words) -> Budget:
    th = kn.thresholds
    per_year = round(inputs.hours * th.weeks_per_year, 1)
    money = round(float(inputs["monthly_budget_eur"] or 0) * 12, 2)
    notes = [
        words(
            "budget_hours",
            week_hours=inputs.hours,
            year_hours=per_year,
            weeks=th.weeks_per_year,
        ),
        words("budget_money", money=money),
        words(
            "budget_reference",
            reference=th.reference_cost_eur_per_year,
            fact=th.reference_cost_fact,
        ),
    ]
    if "time" in th.cite:
        notes.append(words("budget_time_rule", fact=th.cite["time"]))
    return Budget(
        hours_per_week=inputs.hours,
        hours_per_year=per_year,
        money_per_year_eur=money,
        notes=notes,
    )


def _first_steps(
    verdict: Verdict, primary: NetworkPlan | None, inputs: Inputs, words: Words
) -> list[str]:
    if verdict == "fix_first":
        keys = ("step_fix_offer", "step_fix_service", "step_listen")
    elif verdict == "not_needed":
        keys = ("step_owned_list", "step_owned_contacts", "step_listen")
    else:
        keys = ("step_setup", "step_calendar", "step_baseline")
    network = primary.id if primary else None
    return [words(k, network=network, metric=inputs["target"]["metric"]) for k in keys]


def _source(fid: str, kn: Catalogue, lang: Lang) -> SourceRef:
    fact = kn.fact(fid)
    source = kn.source(fact.source)
    return SourceRef(
        id=fid,
        title=source.title,
        publisher=source.publisher,
        year=fact.year,
        url=source.url,
        fact=fact.text(lang),
        lore=fact.lore,
    )
