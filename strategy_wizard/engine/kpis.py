"""The KPIs: the objective's own measure first, then what leads to it, each with its own
direction and baseline, an owner, a rhythm and the place its figure is read.

No two measure the same thing (a support objective measured in response time does not get a
second response-time KPI); the measures fit the business (no till for an online shop); a KPI
whose baseline nobody gave is measured in the first month and its targets are set relative to
that month, in words a client reads. Follow-up KPIs are real counts or rates (never an index
over the first month): their baseline is the first month's measure and their target is set from
it, unless the data gives a commitment the team controls (one report a month).
"""

from __future__ import annotations

from datetime import date

from strategy_wizard.engine.governance import response_hours
from strategy_wizard.engine.plan import deadline, goal_value, lower_is_better, progress, round_count
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.catalogue import Catalogue, KpiTemplate
from strategy_wizard.model.strategy import Kpi, KpiTarget, NetworkPlan, Phase


def owner(inputs: Inputs, words: Words) -> str:
    """Who reads the figures: whoever runs the networks day to day, or who oversees them."""
    return words(f"kpi_owner_{inputs['run_by'] or 'founder'}")


def _measure(template: KpiTemplate, inputs: Inputs, words: Words) -> str:
    online = inputs["premises"] == "online_only"
    text = template.measure_online if online and template.measure_online else template.measure
    return text(words.lang)


def build_kpis(
    inputs: Inputs, kn: Catalogue, phases: list[Phase], active: list[NetworkPlan], words: Words
) -> list[Kpi]:
    target = inputs["target"]
    base = target.get("baseline")
    goal = goal_value(inputs, kn)
    start: date = inputs["start_date"]
    end = deadline(inputs)
    span = max(1, (end - start).days)
    dates = [p.end for p in phases if p.end > start + (end - start) / 6] or [end]
    fracs = [max(0.0, (d - start).days / span) for d in dates]
    objective = kn.objective(inputs["objective"] or "awareness", inputs["org_kind"])
    who = owner(inputs, words)
    main_template = objective.kpis[0]
    lower = lower_is_better(inputs)

    targets: list[KpiTarget] = []
    if base is not None and goal is not None:
        targets = [
            KpiTarget(
                date=d,
                value=round_count(float(base) + (goal - float(base)) * progress(f), base, goal),
            )
            for d, f in zip(dates, fracs, strict=True)
        ]
    kpis = [
        Kpi(
            id="main",
            name=target["metric"],
            measure=_measure(main_template, inputs, words),
            unit=target["unit"],
            lower_is_better=lower,
            baseline=None if base is None else float(base),
            targets=targets,
            owner=who,
            rhythm=words(f"rhythm_{main_template.rhythm}"),
            source=main_template.source(words.lang),
        )
    ]
    for n, template in enumerate(objective.kpis[1:], 2):
        committed = template.target
        kpis.append(
            Kpi(
                id=f"kpi_{n}",
                name=template.name(words.lang),
                measure=_measure(template, inputs, words),
                unit=template.unit(words.lang) if template.unit else "",
                lower_is_better=template.lower_is_better,
                baseline=None,  # the first month's measure
                first_measure=words("kpi_commitment")
                if committed is not None
                else words("kpi_first_event")
                if template.rhythm == "per_event"
                else "",
                targets=[]
                if committed is None
                else [KpiTarget(date=d, value=committed) for d in dates],
                target_note=words("kpi_target_after_event")
                if template.rhythm == "per_event" and committed is None
                else "",
                owner=who,
                rhythm=words(f"rhythm_{template.rhythm}"),
                source=template.source(words.lang),
            )
        )
    posts = sum(n.posts_per_week for n in active)
    if posts:
        kpis.append(
            Kpi(
                id="posts",
                name=words("kpi_posts"),
                measure=words("kpi_posts_measure"),
                unit=words("unit_posts"),
                targets=[
                    KpiTarget(date=d, value=float(max(1, round(posts * (0.5 if i == 0 else 1)))))
                    for i, d in enumerate(dates)
                ],
                owner=who,
                rhythm=words("rhythm_weekly"),
                source=words("kpi_posts_source"),
            )
        )
    # The response time is the main KPI's subject for a support objective measured as a time:
    # it is not measured twice.
    if not (inputs["objective"] == "support" and lower):
        answered = inputs["response_time_hours"]
        goal_hours = response_hours(inputs, kn)
        kpis.append(
            Kpi(
                id="response_time",
                lower_is_better=True,
                name=words("kpi_response"),
                measure=words("kpi_response_measure"),
                unit=words("unit_hours"),
                baseline=None if answered is None else float(answered),
                targets=[KpiTarget(date=d, value=goal_hours) for d in dates],
                owner=who,
                rhythm=words("rhythm_weekly"),
                source=words("kpi_response_source"),
            )
        )
    return kpis
