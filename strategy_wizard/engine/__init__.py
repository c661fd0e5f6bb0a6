"""The engine: answers and a date in, a complete `Strategy` out.

A pure function: no file, clock or network access, and the same inputs always give the same
strategy, byte for byte. The date is an input (it places the plan in time) so that a strategy
can be rebuilt identically later and tested without freezing the clock.
"""

from __future__ import annotations

from datetime import date
from typing import get_args

from strategy_wizard import __version__
from strategy_wizard.base.locale import Lang, format_date, format_money, format_number, quote
from strategy_wizard.engine.editorial import build_editorial
from strategy_wizard.engine.mix import Phrases, allocate, explain
from strategy_wizard.engine.plan import build_kpis, build_plan, deadline
from strategy_wizard.engine.resolve import Inputs, resolve
from strategy_wizard.engine.routine import build_routine
from strategy_wizard.engine.scoring import score_all
from strategy_wizard.engine.warnings import growth_ratio, min_hours_wanted, raised, ratio_limit
from strategy_wizard.model.answers import Answers
from strategy_wizard.model.bank import Bank, load_bank
from strategy_wizard.model.catalogue import Catalogue, load_catalogue
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

__all__ = ["build_strategy"]


ROLE_ORDER = get_args(Role)  # primary, secondary, listen, avoid: the order a client reads


def build_strategy(
    answers: Answers,
    today: date,
    lang: Lang | None = None,
    bank: Bank | None = None,
    knowledge: Catalogue | None = None,
) -> Strategy:
    bank = bank or load_bank()
    kn = knowledge or load_catalogue()
    inputs = resolve(answers, bank, kn, today, lang)
    say = Phrases(kn, inputs.lang)

    fits = score_all(inputs, kn)
    alloc = allocate(fits, inputs, kn)
    # The reader meets the networks chosen first, then those to watch, then those set aside,
    # the better fit first within each: the order of the catalogue means nothing to a client.
    networks = sorted(
        (explain(f, alloc, inputs, kn, inputs.lang) for f in fits),
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
    warning_ids = raised(inputs, kn, verdict == "not_needed")
    warnings = [_warning(wid, inputs, kn) for wid in warning_ids]
    if verdict == "go" and any(w.severity in ("warning", "critical") for w in warnings):
        verdict = "adjust"

    plan = build_plan(inputs, kn, verdict, primary, say)
    budget = _budget(inputs, kn, say)
    cited = {f for n in networks for r in n.reasons for f in r.facts}
    cited |= {f for w in warnings for f in w.facts}
    cited.add(kn.thresholds.reference_cost_fact)
    return Strategy(
        tool_version=__version__,
        catalogue_version=kn.version,
        generated_on=today,
        lang=inputs.lang,
        org_name=inputs["org_name"] or "",
        verdict=verdict,
        verdict_text=say(f"verdict_{verdict}", network=primary.name if primary else "—"),
        objective=_objective(inputs, kn, active, say),
        networks=networks,
        editorial=build_editorial(inputs, kn, active),
        routine=build_routine(alloc, kn, say),
        plan=plan,
        kpis=build_kpis(inputs, kn, plan, active, say),
        relays=[
            RelayPlan(
                id=code,
                name=bank.question("relays").choice_label(code, inputs.lang),
                how=say(f"relay_{code}"),
            )
            for code in inputs.list("relays")
        ],
        budget=budget,
        first_steps=_first_steps(verdict, primary, inputs, say),
        warnings=warnings,
        assumptions=inputs.assumptions,
        sources=[_source(fid, kn, inputs.lang) for fid in sorted(cited)],
        notes=inputs.notes,
    )


def _warning(wid: str, inputs: Inputs, kn: Catalogue) -> Warning:
    text = kn.warning(wid)
    lang = inputs.lang
    ratio = growth_ratio(inputs)
    fields = {
        "hours": format_number(inputs.hours, lang),
        "needed": format_number(min_hours_wanted(inputs, kn), lang),
        "ratio": format_number(ratio or 0, lang),
        "months": inputs.horizon,
        "promo": format_number(float(inputs["promo_share"] or 0), lang, 0),
        "max_promo": format_number(kn.thresholds.promo_share_max, lang, 0),
        "response": format_number(float(inputs["response_time_hours"] or 0), lang),
        "max_response": format_number(kn.thresholds.slow_response_hours, lang, 0),
        "limit": format_number(ratio_limit(inputs.horizon, kn.thresholds), lang),
    }
    return Warning(
        id=wid,
        severity=text.severity,
        message=text.message(lang, **fields),
        advice=text.advice(lang, **fields),
        facts=list(text.facts),
    )


def _objective(
    inputs: Inputs, kn: Catalogue, active: list[NetworkPlan], say: Phrases
) -> SmartObjective:
    target = inputs["target"]
    lang = inputs.lang
    due = deadline(inputs)
    objective = kn.objective(inputs["objective"] or "awareness")
    action = inputs["desired_action"]
    names = ", ".join(n.name for n in active) or say("owned_channels")
    statement = say(
        "smart_statement",
        value=format_number(float(target["value"]), lang),
        unit=target["unit"],
        metric=target["metric"],
        baseline=format_number(float(target["baseline"]), lang),
        deadline=format_date(due, lang),
        channels=names,
    )
    if action:
        statement += " " + say("smart_action", action=quote(action, lang))
    return SmartObjective(
        code=objective.code,
        label=objective.label(lang),
        statement=statement,
        metric=target["metric"],
        baseline=float(target["baseline"]),
        target=float(target["value"]),
        unit=target["unit"],
        deadline=due,
        desired_action=action,
    )


def _budget(inputs: Inputs, kn: Catalogue, say: Phrases) -> Budget:
    th = kn.thresholds
    lang = inputs.lang
    per_year = round(inputs.hours * th.weeks_per_year, 1)
    money = round(float(inputs["monthly_budget_eur"] or 0) * 12, 2)
    notes = [
        say(
            "budget_hours",
            hours=format_number(inputs.hours, lang),
            year=format_number(per_year, lang, 0),
            weeks=th.weeks_per_year,
        ),
        say("budget_money", money=format_money(money, lang)),
        say(
            "budget_reference",
            reference=format_money(th.reference_cost_eur_per_year, lang),
            fact=kn.fact(th.reference_cost_fact).text(lang),
        ),
    ]
    if "time" in th.cite:
        notes.append(say("budget_time_rule", fact=kn.fact(th.cite["time"]).text(lang)))
    return Budget(
        hours_per_week=inputs.hours, hours_per_year=per_year, money_per_year_eur=money, notes=notes
    )


def _first_steps(
    verdict: Verdict, primary: NetworkPlan | None, inputs: Inputs, say: Phrases
) -> list[str]:
    name = primary.name if primary else "—"
    if verdict == "fix_first":
        keys = ("step_fix_offer", "step_fix_service", "step_listen")
    elif verdict == "not_needed":
        keys = ("step_owned_list", "step_owned_contacts", "step_listen")
    else:
        keys = ("step_setup", "step_calendar", "step_baseline")
    target = inputs["target"]
    return [say(k, network=name, metric=target["metric"]) for k in keys]


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
