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

from collections.abc import Callable
from datetime import date, timedelta

from strategy_wizard.engine.governance import response_hours
from strategy_wizard.engine.plan import (
    add_months,
    checkpoint_value,
    deadline,
    first_month_change,
    lower_is_better,
)
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.catalogue import Catalogue, KpiTemplate
from strategy_wizard.model.strategy import Kpi, KpiTarget, NetworkPlan, Phase


def owner(inputs: Inputs, words: Words) -> str:
    """Who reads the figures: whoever runs the networks day to day, or who oversees them."""
    return words(f"kpi_owner_{inputs['run_by'] or 'founder'}")


def no_customer_file(inputs: Inputs) -> bool:
    """A business met in person with no website keeps no customer file: what a file would give
    is counted with a loyalty card or at the till (review 4, D13: a food truck)."""
    return inputs["website"] == "none" and inputs["premises"] not in (None, "online_only")


def _measure(template: KpiTemplate, inputs: Inputs, words: Words) -> str:
    online = inputs["premises"] == "online_only"
    text = template.measure_online if online and template.measure_online else template.measure
    if no_customer_file(inputs) and template.measure_no_file:
        text = template.measure_no_file
    return text(words.lang)


def _source(template: KpiTemplate, inputs: Inputs, words: Words) -> str:
    if no_customer_file(inputs) and template.source_no_file:
        return template.source_no_file(words.lang)
    return template.source(words.lang)


def _readable(template: KpiTemplate, active: list[NetworkPlan]) -> bool:
    """A KPI is read only where a channel it needs is kept (no comments on a listing)."""
    return template.needs is None or any(n.kind in template.needs for n in active)


def build_kpis(
    inputs: Inputs,
    kn: Catalogue,
    phases: list[Phase],
    active: list[NetworkPlan],
    words: Words,
    fixing: bool = False,
) -> list[Kpi]:
    """The scorecard; `fixing` when the plan fixes the basics first (nothing is published in its
    first phase, so publishing regularity is the first line to give up for room)."""
    target = inputs["target"]
    base = target.get("baseline")
    start: date = inputs["start_date"]
    end = deadline(inputs)
    dates = [p.end for p in phases if p.end > start + (end - start) / 6] or [end]
    objective = kn.objective(inputs["objective"] or "awareness", inputs["org_kind"])
    who = owner(inputs, words)
    main_template = objective.kpis[0]
    lower = lower_is_better(inputs)

    targets: list[KpiTarget] = []
    if base is not None and checkpoint_value(inputs, kn, end) is not None:
        targets = [KpiTarget(date=d, value=checkpoint_value(inputs, kn, d) or 0.0) for d in dates]
    goal = target.get("value")
    kpis = [
        Kpi(
            id="main",
            name=words.own_text(str(target["metric"])),
            measure=_measure(main_template, inputs, words),
            unit=words.own_text(str(target["unit"])),
            lower_is_better=lower,
            baseline=None if base is None else float(base),
            targets=targets,
            target_note=_rule(inputs, kn, words, str(target["unit"]), lower)
            if goal is None
            else "",
            owner=who,
            rhythm=words(f"rhythm_{main_template.rhythm}"),
            source=_source(main_template, inputs, words),
        )
    ]
    follow = [(n, t) for n, t in enumerate(objective.kpis[1:], 2) if _readable(t, active)]
    if inputs["objective"] == "support" and lower:
        # the person measures support as a time: the questions solved, the objective's own
        # count, is followed too (the response time is not measured twice)
        follow.append(
            (len(objective.kpis) + 1, main_template.model_copy(update={"unit": objective.unit}))
        )
    for n, template in follow:
        kpi = _follow_up(f"kpi_{n}", template, inputs, kn, words, who)
        if template.target is not None:  # a level committed to, needing no first measure
            targets = [KpiTarget(date=d, value=template.target) for d in dates]
            update = {"first_measure": words("kpi_commitment"), "targets": targets}
            kpi = kpi.model_copy(update={**update, "target_note": ""})
        elif template.rhythm == "per_event":  # measured at the first event, not in month one
            kpi = kpi.model_copy(
                update={
                    "first_measure": words("kpi_first_event"),
                    "target_note": words("kpi_target_after_event"),
                }
            )
        kpis.append(kpi)
    kpis += _channel_kpis(inputs, kn, active, words, who)
    kpis += _secondary_kpis(inputs, kn, active, words, who, {k.name for k in kpis})
    # Publishing regularity counts the posts the plan asks for; for support, only the main
    # network's posts (answers elsewhere are not publications). The plan runs its rhythm from
    # the first week (routine and calendar): the target is that rhythm by the end of the second
    # month, then kept, never a half rhythm the calendar does not show.
    primary = [n for n in active if n.role == "primary"]
    counted = primary if inputs["objective"] == "support" and primary else active
    posts, monthly = planned_posts(counted)
    if posts:
        kpis.append(
            Kpi(
                id="posts",
                name=words("kpi_posts"),
                measure=words("kpi_posts_measure_month" if monthly else "kpi_posts_measure"),
                unit=words("unit_posts_month" if monthly else "unit_posts"),
                targets=[
                    KpiTarget(date=min(end, add_months(start, 2) - timedelta(days=1)), value=posts)
                ],
                target_note=words("kpi_then_hold"),
                owner=who,
                rhythm=words("rhythm_monthly" if monthly else "rhythm_weekly"),
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
    kpis = [_said_once(k, words) for k in kpis]
    # a readable scorecard (the document's page budget): left out first a level already held,
    # then publishing regularity (a means the calendar shows; while the basics are fixed, kept
    # only with a line to spare), then a secondary objective's KPI
    most = kn.thresholds.kpi_max
    rules: list[tuple[Callable[[Kpi], bool], int]] = [
        (lambda k: k.id != "main" and _usefulness(k) == 4, most),
        (lambda k: k.id == "posts", most - 1 if fixing else most),
        (lambda k: k.id.startswith("second_"), most),
    ]
    for dropped, room in rules:
        while len(kpis) > room and any(dropped(k) for k in kpis):
            kpis.remove([k for k in kpis if dropped(k)][-1])
    return sorted(kpis, key=_usefulness)


def _follow_up(
    kid: str, template: KpiTemplate, inputs: Inputs, kn: Catalogue, words: Words, who: str
) -> Kpi:
    """A KPI whose baseline is the first month's measure and whose target follows the rule."""
    unit = template.unit(words.lang) if template.unit else ""
    return Kpi(
        id=kid,
        name=template.name(words.lang),
        measure=_measure(template, inputs, words),
        unit=unit,
        lower_is_better=template.lower_is_better,
        targets=[],
        target_note=_rule(inputs, kn, words, unit, template.lower_is_better),
        owner=who,
        rhythm=words(f"rhythm_{template.rhythm}"),
        source=_source(template, inputs, words),
    )


def _secondary_kpis(
    inputs: Inputs,
    kn: Catalogue,
    active: list[NetworkPlan],
    words: Words,
    who: str,
    taken: set[str],
) -> list[Kpi]:
    """One KPI per secondary objective, so that each action the person asks for is counted (a
    tasting booked, a truck booked for a company event): the objective's own KPI for that role,
    else its first KPI that can be read with the channels kept and is not already there."""
    kpis: list[Kpi] = []
    main = inputs["objective"] or "awareness"
    for code in inputs.list("secondary_objectives"):
        if code == main:
            continue
        objective = kn.objective(code, inputs["org_kind"])
        if any(t.name(words.lang) in taken for t in objective.kpis):
            continue  # already measured (a repeat purchase rate measures loyalty)
        candidates = [objective.secondary_kpi] if objective.secondary_kpi else []
        candidates += [t for t in objective.kpis if t.rhythm != "per_event"]
        template = next(
            (t for t in candidates if _readable(t, active) and t.name(words.lang) not in taken),
            None,
        )
        if template is None:
            continue
        template = (
            template if template.unit else template.model_copy(update={"unit": objective.unit})
        )
        taken.add(template.name(words.lang))
        kpis.append(_follow_up(f"second_{code}", template, inputs, kn, words, who))
    return kpis


def _channel_kpis(
    inputs: Inputs, kn: Catalogue, active: list[NetworkPlan], words: Words, who: str
) -> list[Kpi]:
    """The figures the channels kept give for the action asked of people: a Google listing's
    calls, direction requests and clicks (its performance report); a newsletter's subscribers,
    a new list's target being the first month's pace kept to the horizon."""
    kept = {n.id for n in active}
    kpis: list[Kpi] = []
    if "google_business" in kept:
        place = "shop" if inputs["premises"] == "shop" else "area"
        site = "_site" if inputs["website"] not in (None, "none") else ""
        kpis.append(
            Kpi(
                id="listing_actions",
                name=words("kpi_listing"),
                measure=words(f"kpi_listing_measure_{place}{site}"),
                unit=words("unit_listing_actions"),
                targets=[],
                target_note=_rule(inputs, kn, words, "", False),
                owner=who,
                rhythm=words("rhythm_monthly"),
                source=words("kpi_listing_source"),
            )
        )
    if "newsletter" in kept:
        new = "newsletter" not in inputs.list("current_networks")
        months = inputs.horizon
        kpis.append(
            Kpi(
                id="subscribers",
                name=words("kpi_subscribers"),
                measure=words("kpi_subscribers_measure"),
                unit=words("unit_subscribers"),
                baseline=0.0 if new else None,
                targets=[],
                target_note=words("kpi_subscribers_pace", months=months, deadline=deadline(inputs))
                if new
                else _rule(inputs, kn, words, "", False),
                owner=who,
                rhythm=words("rhythm_monthly"),
                source=words("kpi_subscribers_source"),
            )
        )
    return kpis


def planned_posts(networks: list[NetworkPlan]) -> tuple[float, bool]:
    """The posts the plan asks for on these networks: a week, to the half (a post every two
    weeks counts a half), or a month when under one a week (a monthly letter alone), and
    whether the figure is a month's."""
    total = sum(n.posts_per_week for n in networks)
    if 0 < total < 1:
        return float(max(1, round(total * 52 / 12))), True
    return round(total * 2) / 2, False


def _rule(inputs: Inputs, kn: Catalogue, words: Words, unit: str, lower: bool) -> str:
    """A target set from the first month's measure, with its rule in words (thresholds)."""
    end = deadline(inputs)
    rate = "_rate" if unit.strip().startswith("%") else ""
    down = "_down" if lower else ""
    return words(
        f"kpi_rule{rate}{down}",
        change=first_month_change(inputs, kn, end, bool(rate)),
        deadline=end,
    )


def _said_once(kpi: Kpi, words: Words) -> Kpi:
    """A KPI already at its target is held, said once; a series of one value is its first
    date, then kept (never « 24 → 24 → 24 »)."""
    values = {t.value for t in kpi.targets}
    if len(values) != 1 or (len(kpi.targets) < 2 and kpi.baseline is None):
        return kpi
    value = kpi.targets[0].value
    base = kpi.baseline
    met = base is not None and (base <= value if kpi.lower_is_better else base >= value)
    if met:
        amount = f"{words.loc.number(value, 0 if value.is_integer() else 1)} {kpi.unit}".strip()
        return kpi.model_copy(
            update={"targets": [], "target_note": words("kpi_hold", amount=amount)}
        )
    if len(kpi.targets) < 2:
        return kpi
    return kpi.model_copy(
        update={"targets": kpi.targets[:1], "target_note": words("kpi_then_hold")}
    )


def _usefulness(kpi: Kpi) -> float:
    """The objective's own measure, then what leads to it, then the response time to improve,
    then publishing regularity (a means, headline only when nothing better), then the channels'
    figures and the secondary objectives' KPIs (read on the scorecard, the one-page summary
    keeping its three lines), then what is held."""
    if kpi.id == "main":
        return 0
    if kpi.id == "posts":
        return 3
    if kpi.id in ("subscribers", "listing_actions") or kpi.id.startswith("second_"):
        return 3.5  # a new list starts from nothing: its 0 is no level held
    if not kpi.targets and kpi.target_note and kpi.baseline is not None:
        return 4  # held
    return 2 if kpi.id == "response_time" else 1
