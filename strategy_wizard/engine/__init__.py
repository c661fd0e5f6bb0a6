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
from strategy_wizard.engine import sessions
from strategy_wizard.engine.calendar import (
    build_calendar,
    daily_story,
    pre_election_note,
    trade_rituals,
    zone_note,
)
from strategy_wizard.engine.editorial import build_editorial, rules_notes, variants
from strategy_wizard.engine.governance import (
    ads_network,
    budget_split,
    build_audit,
    build_governance,
    build_tools,
    response_hours,
    translation_languages,
)
from strategy_wizard.engine.kpis import (
    build_kpis,
    fill_growth_warning,
    main_source,
    objective_channels,
    unit_named,
    year_close,
)
from strategy_wizard.engine.mix import allocate, objective_movers
from strategy_wizard.engine.money import amount_unit, hours_key, money_target, planned_tools
from strategy_wizard.engine.networks import explain, young_tests
from strategy_wizard.engine.plan import (
    advocacy_steps,
    appointment_link_step,
    build_plan,
    campaign_record,
    deadline,
    first_issue,
    first_issue_on,
    first_month_change,
    listens_first,
    lower_is_better,
    objective_deadline,
    parcel_seller,
    rated_metric,
    realistic_target,
    repair_steps,
    rollout_step,
    season_statement,
    series_days,
    stock_goal,
)
from strategy_wizard.engine.relays import build_relays, pool_said
from strategy_wizard.engine.resolve import Inputs, recap, resolve
from strategy_wizard.engine.routine import (
    WeekAsks,
    build_routine,
    name_used_channels,
    spare_tasks,
)
from strategy_wizard.engine.scoring import pilot_outlet, score_all
from strategy_wizard.engine.sources import Citer
from strategy_wizard.engine.warnings import (
    AFTER_VERDICT,
    Fired,
    check_warnings,
    country_rules_said,
    in_france,
    raised,
)
from strategy_wizard.engine.wording import Words, check_phrases, own_words
from strategy_wizard.model.answers import Answers
from strategy_wizard.model.bank import Bank, contains_words
from strategy_wizard.model.catalogue import Catalogue, CatalogueError
from strategy_wizard.model.strategy import (
    Budget,
    NetworkPlan,
    Role,
    SmartObjective,
    SourceRef,
    Spend,
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
    words = Words(bank, kn, lang or answers.lang, answers.get("country"))
    inputs = resolve(answers, bank, kn, today, words)
    if answers.lang != words.lang:  # the person's words, quoted in another language's sentences
        words.own = own_words(answers.values, bank)
    words.variants = variants(inputs, kn)  # sector rules first, then the organisation
    words.names = (str(inputs["org_name"] or ""),)  # kept capitalised in the metric
    said_unit = unit_named(inputs, kn, words.lang)
    if said_unit is not None:  # the unit in the document's words (review 31a WN3, 31b E9)
        inputs.values["target"] = {**inputs["target"], "unit": said_unit}
    if money_target(inputs["target"], kn):
        # a target counted in money: its figures are amounts in the country's currency, its
        # unit loses the currency its symbol says (« £18,400 raised »; review 11a, #5)
        unit = amount_unit(str(inputs["target"]["unit"] or ""), kn)
        inputs.values["target"] = {**inputs["target"], "unit": unit}
        words.money, words.variants = True, ("money", *words.variants)
        if words.own:
            words.own |= {unit}
    cite = Citer(kn, inputs)

    fits = score_all(inputs, kn)
    alloc = allocate(fits, inputs, kn)
    # The reader meets the networks chosen first, then those to watch, then those set aside,
    # the better fit first within each: the order of the catalogue means nothing to a client.
    networks = sorted(
        (explain(f, alloc, inputs, kn, cite) for f in fits),
        key=lambda n: (ROLE_ORDER.index(n.role), -n.score),
    )
    active = [n for n in networks if n.role in ("primary", "secondary")]
    primary = next((n for n in networks if n.role == "primary"), None)

    # The other warnings first, then the verdict, then what follows from it.
    warnings = [_warning(wid, met, kn, cite) for wid, met in raised(inputs, kn, False)]
    verdict = decide(inputs, warnings, alloc.not_needed)
    if verdict == "not_needed":
        warnings += [
            _warning(wid, met, kn, cite)
            for wid, met in raised(inputs, kn, True)
            if wid in AFTER_VERDICT
        ]

    letter = any(n.id == "newsletter" for n in active)  # an event's reminders go out by it too
    # the critical warnings a fix-first plan repairs: its first checkpoints and KPIs measure them
    repairs = tuple(w.id for w in warnings if w.severity == "critical" and verdict == "fix_first")
    plan = build_plan(
        inputs, kn, verdict, primary, words, first_issue(inputs, kn, networks), letter, repairs
    )
    plan = sessions.milestones(plan, inputs, kn, words)  # a checkpoint after each session
    objective = _objective(inputs, kn, active, words)
    # the tools line pays only for a paid tool the plan needs (review 27, #13; engine/money.py)
    split = planned_tools(
        budget_split(inputs, kn, verdict, active, words), inputs, kn, active, words
    )
    ads = any(s.category == "ads" and s.share > 0 for s in split)
    ads_month = float(inputs["monthly_budget_eur"] or 0) * sum(
        s.share for s in split if s.category == "ads"
    )
    kpis = build_kpis(inputs, kn, plan, active, words, repairs, ads_month)
    kpis = sessions.kpis(kpis, inputs, kn, words)  # a year of sessions: per-session indicators
    fill_growth_warning(warnings, kpis, inputs, kn, words)  # figures read from the plan
    # the rituals and the calendar promise the response time the plan aims at
    answer_within = response_hours(inputs, kn)  # the one commitment, read everywhere
    editorial = build_editorial(inputs, kn, active, words, answer_within)
    editorial = pre_election_note(editorial, inputs, warnings, kn, words)
    editorial = rules_notes(editorial, inputs, words)
    editorial = trade_rituals(editorial, inputs, kn, networks, words)
    asks = WeekAsks(
        objective=inputs["objective"],
        story_on=daily_story(inputs, kn, networks),
        tasks=spare_tasks(inputs, alloc, kn, ads),
        languages=translation_languages(inputs, words),
        tests=young_tests(fits, alloc, inputs, kn),
        pilot=pilot_outlet(inputs, kn.thresholds),
        tour=series_days(inputs, kn),  # a tour's weeks on the road (review 26, #8)
    )
    routine = build_routine(alloc, kn, words, asks)
    calendar = build_calendar(
        inputs, kn, verdict, plan, networks, editorial, routine, warnings, words, answer_within
    )
    calendar = sessions.countdown(calendar, inputs, kn, networks, words)  # review 32c, N2
    plan = first_issue_on(plan, calendar, words)  # one date for the first issue (C8)
    budget = _budget(inputs, kn, words, cite, active)
    budget.split = split
    warnings = _kept_for_the_plan(warnings, inputs, kn, active, budget.split)
    cited = {f for n in networks for r in n.reasons for f in r.facts}
    if has_yardstick(inputs, kn):
        cited.add(kn.thresholds.reference_cost_fact)  # the budget's yardstick
    # a figure from another country than the audience's is said as such, also where a reason
    # names it outright (the warnings' facts are chosen by the citer, rules included)
    cite.fallbacks |= {f for f in cited if cite.foreign(f)}
    cited |= {f for w in warnings for f in w.facts}
    country_rules_said(warnings, cited, kn, cite.foreign)  # « a French rule is cited as French »
    strategy = Strategy(
        tool_version=__version__,
        catalogue_version=kn.version,
        generated_on=today,
        lang=inputs.lang,
        answers_lang=answers.lang,
        country=inputs.country or "",
        currency=words.currency,
        org_name=inputs["org_name"] or "",
        verdict=verdict,
        verdict_text=_verdict_text(verdict, primary, warnings, words),
        verdict_reasons=_verdict_reasons(verdict, inputs, kn, networks, primary, warnings, words),
        objective=objective,
        networks=networks,
        editorial=editorial,
        routine=routine,
        plan=plan,
        kpis=kpis,
        relays=build_relays(inputs, bank, words, [n.id for n in networks if n.role != "avoid"]),
        calendar=calendar,
        calendar_zone=zone_note(inputs, kn, words),
        governance=build_governance(
            inputs, kn, words, next((k for k in kpis if k.id == "response_time"), None)
        ),
        tools=build_tools(inputs, kn, active, words),
        audit=build_audit(inputs, kn, words),
        budget=budget,
        first_steps=_first_steps(verdict, primary, inputs, warnings, words, kn),
        warnings=warnings,
        assumptions=inputs.assumptions,
        sources=[_source(fid, kn, words, cite) for fid in sorted(cited)],
        notes=inputs.notes,
        recap=recap(answers, bank, inputs.lang),
        not_applicable=[
            bank.question(q).label(inputs.lang)
            for q in inputs.not_applicable
            if bank.question(q).asked_in(inputs.lang)
        ],
    )
    rate = str(inputs["target"]["unit"]).strip().startswith("%")
    change = first_month_change(inputs, kn, deadline(inputs), rate)
    stock = stock_goal(inputs, kn, words.lang)
    close = year_close(inputs, kn)
    if close is not None:  # a year's total, dated on the year's last day (review 31b, V12)
        words.variants = (*words.variants, "year_total")
    season = season_statement(inputs, kn, words)
    done = word(strategy, words, change, season, stock[2] if stock else "", close)
    sessions.session_letter(done.networks, inputs, kn, words)  # one letter a session (32c, N8)
    name_used_channels(done.routine, done.networks, words)  # their time named (33c, N-d)
    said = sessions.statement(done, inputs, kn, words)
    if said is not None:  # a year of sessions: per year and per session (review 32c, N1)
        dated = done.objective
        if close is not None:  # the sentence `word` wrote was dated on the year's close
            dated = dated.model_copy(update={"deadline": close})
        base = words.statement(dated, change, season, stock[2] if stock else "")
        done.objective.statement = done.objective.statement.replace(base, said)
    return done


def decide(inputs: Inputs, warnings: list[Warning], not_needed: bool) -> Verdict:
    """The verdict, first rule that applies (product brief §2): fix the basics first when the
    offer is not ready or a practice must stop (a critical warning); not needed when no social
    network fits or there is no time; adjust when a warning stands; else go."""
    if inputs["offer_ready"] == "no" or any(w.severity == "critical" for w in warnings):
        return "fix_first"
    if not_needed:
        return "not_needed"
    if any(w.severity in ("warning", "critical") for w in warnings):
        return "adjust"
    return "go"


def _kept_for_the_plan(
    warnings: list[Warning],
    inputs: Inputs,
    kn: Catalogue,
    active: list[NetworkPlan],
    split: list[Spend],
) -> list[Warning]:
    """The warnings about a network's own rule, kept only when the plan uses it: Meta's UK
    authorisation when the budget buys ads on a Meta network, TikTok's adult LIVE host when
    TikTok is kept (review 14, §8)."""
    ads = any(s.category == "ads" and s.share > 0 for s in split)
    network = ads_network(inputs, kn, active) if ads else None
    meta = network is not None and kn.network(network).cross_post_family == "meta"
    tiktok = any(n.id == "tiktok" and n.posts_per_week > 0 for n in active)
    drop = {"uk_social_issue_ads"} if not meta else set()
    drop |= {"tiktok_live_adult_host"} if not tiktok else set()
    return [w for w in warnings if w.id not in drop]


def _warning(wid: str, met: Fired, kn: Catalogue, cite: Citer) -> Warning:
    text = kn.warning(wid)
    variant = text.variants.get(met.case) if met.case else None
    return Warning(
        id=wid,
        severity=variant.severity if variant else text.severity,
        case=met.case,
        figures=dict(met.figures),
        facts=cite(
            list(variant.facts if variant and variant.facts is not None else text.facts)
            + [f for x in met.figures.get("extras", []) for f in text.extras[x].facts]
            + list(met.facts)
        ),
    )


def _verdict_text(
    verdict: Verdict, primary: NetworkPlan | None, warnings: list[Warning], words: Words
) -> str:
    """The verdict in one plain sentence; to fix first, what must be fixed, by name."""
    if verdict == "fix_first":
        critical = [w.id for w in warnings if w.severity == "critical"]
        if critical:
            return words("verdict_fix_first_named", warnings=critical)
    return words(f"verdict_{verdict}", network=primary.id if primary else None)


def _verdict_reasons(
    verdict: Verdict,
    inputs: Inputs,
    kn: Catalogue,
    networks: list[NetworkPlan],
    primary: NetworkPlan | None,
    warnings: list[Warning],
    words: Words,
) -> list[str]:
    """The two or three reasons behind the verdict, for the strategy on one page: what the
    comparison found, whether the hours suffice, and what stands in the way (the fixes
    themselves are the warnings' headlines)."""
    reasons: list[str] = []
    fit = primary.score if primary else 0
    network = primary.id if primary else None
    if verdict == "not_needed":
        if inputs.hours <= 0:
            reasons.append(words("why_not_needed_hours"))
        else:
            social = [n for n in networks if n.kind == "social"]
            best = max(social, key=lambda n: n.score, default=None)
            threshold = kn.fit_threshold(
                inputs["market"], inputs["objective"], inputs.list("audience_types")
            )
            reasons.append(
                words(
                    "why_not_needed_fit",
                    threshold=threshold,
                    network=best.id if best else None,
                    fit=best.score if best else 0,
                )
            )
        reasons.append(words("why_not_needed_owned"))
        return reasons
    if verdict == "fix_first":
        if inputs["offer_ready"] == "no":
            reasons.append(words("why_fix_offer"))
        capacity = next((w for w in warnings if w.id == "no_capacity"), None)
        if capacity is not None and capacity.severity == "critical":
            reasons.append(words("why_fix_capacity", response=capacity.figures["response"]))
        practices = ("compensate_weaknesses", "no_capacity")
        if any(w.severity == "critical" and w.id not in practices for w in warnings):
            reasons.append(words("why_fix_practice"))
        if primary:
            reasons.append(words("why_fix_then", network=network, fit=fit))
        return reasons
    if primary:
        key = {"owned": "why_fit_owned", "local": "why_fit_local"}.get(primary.kind, "why_fit")
        higher = [
            n
            for n in networks
            if n.role == "secondary" and n.kind != "social" and n.score > primary.score
        ]
        if key == "why_fit" and higher:
            key = "why_fit_social"  # the best social network, never "the best" under higher bars
            kinds = {n.kind for n in higher}
            if len(kinds) == 1:  # only what is kept is named (review 15, §4)
                key += "_owned" if "owned" in kinds else "_local"
        better = [
            n
            for n in networks
            if n.role == "secondary" and n.kind == "social" and n.score > primary.score
        ]
        if key.startswith("why_fit") and better:
            # a social network kept beside it scores higher (Instagram 70 beside Facebook 67,
            # chosen for reaching the whole audience): never « the best » (review 20, D8)
            key = "why_fit_beside" + ("_mirror" if better[0].hours_per_week <= 0.25 else "")
        reasons.append(words(key, network=network, fit=fit, other=better[0].id if better else ""))
    reasons.append(words("why_hours", hours=inputs.hours))
    if verdict == "adjust":
        reasons.append(words("why_adjust"))
    else:
        reasons.append(words("why_clear"))
    return reasons


# the objective's sentence by the capacity case: a little room is not a full book, a maker's room
# is its production (review 23b, D5)
ROOM_WORDS = {
    "limited": "smart_within_room",
    "limited_volunteers": "smart_within_room",  # said for volunteers by its @volunteers variant
    "limited_goods": "smart_within_stock",
    "limited_goods_bound": "smart_within_stock",  # the same bound, said with its rise (31a C7)
    "limited_goods_bound_peak": "smart_within_stock",
    "goods": "smart_when_stock",
}


def word(
    strategy: Strategy,
    words: Words,
    change: float | None = None,
    season: str = "",
    stock: str = "",
    close: date | None = None,
) -> Strategy:
    """Every decision recorded as data gets its sentence: the one place where reasons,
    warnings and the objective are worded, so no sentence says what its figures do not.
    `close`: the day a year's total is judged on, said in the objective's sentence."""
    for network in strategy.networks:
        for reason in network.reasons:
            reason.text = words.reason(reason, network.id)
    for warning in strategy.warnings:
        warning.headline, warning.message, warning.advice = words.warning(warning)
    dated = strategy.objective
    if close is not None:
        dated = dated.model_copy(update={"deadline": close})
    strategy.objective.statement = words.statement(dated, change, season, stock)
    capacity = next((w for w in strategy.warnings if w.id == "no_capacity"), None)
    if capacity is not None:
        # no promise of more customers without saying the basics come first (review 11a, #1)
        # critical: the repairs are the first phase's objective, by its end, and the target
        # for requests comes after it (review 13a, #1)
        first = capacity.severity == "critical" and bool(strategy.plan)
        hours = capacity.figures["hours"]
        said = (
            words("smart_basics_first", hours=hours, day=strategy.plan[0].end)
            if first
            else words(ROOM_WORDS.get(capacity.case or "", "smart_when_room"), hours=hours)
        )
        statement = strategy.objective.statement
        if first:  # the target goes on after a colon: no capital there (« carnet : passer de… »)
            statement = statement[:1].lower() + statement[1:]
        strategy.objective.statement = f"{said} {statement}" if first else f"{statement} {said}"
        if first:  # the callback and the public answers: two times, told apart (13a, #4)
            strategy.governance.answers += " " + words("gov_callback_apart", hours=hours)
    return strategy


def _objective(
    inputs: Inputs, kn: Catalogue, active: list[NetworkPlan], words: Words
) -> SmartObjective:
    target = inputs["target"]
    objective = kn.objective(inputs["objective"] or "awareness")
    base, value = target.get("baseline"), target.get("value")
    realistic = realistic_target(inputs, kn)
    reached = campaign_record(inputs, kn)
    metric, unit = target["metric"], target["unit"]
    if inputs.answers_lang in (None, words.lang):
        # « demo requests a month »: the unit's rate, in the answers' own language only (in
        # another, the metric stays quoted as the person wrote it; review 28new, D13)
        metric = rated_metric(inputs)
    stock = stock_goal(inputs, kn, words.lang)
    if stock is not None:
        # a fixed stock sold over a sales year: the objective is the units sold, the target's
        # metric the figure that leads there (review 27, #1)
        base, value, unit = stock[0], stock[1], stock[2]
        metric, realistic, reached = words("kpi_stock_sold", subject=unit), None, None
    return SmartObjective(
        code=objective.code,
        label=objective.label(inputs.lang),
        statement="",
        metric=metric,
        baseline=None if base is None else float(base),
        target=None if value is None else float(value),
        unit=unit,
        # a campaign is judged on its own deadline (review 6, #4), else at the plan's end
        deadline=objective_deadline(inputs, kn),
        lower_is_better=lower_is_better(inputs),
        realistic_target=realistic,
        realistic_proof=reached[1] if reached and realistic == reached[0] else None,
        desired_action=inputs["desired_action"],
        # followers: their own network; an answered objective: where people ask (review 31b, EN1)
        channels=objective_channels(inputs, kn, objective_movers(inputs["objective"], active)),
    )


def has_yardstick(inputs: Inputs, kn: Catalogue) -> bool:
    """A survey of small French businesses' costs tells a large company nothing useful, in
    France or elsewhere (review 8a, #9); nor an organisation abroad, nor one whose budget is
    far below it (€40 a month): given in France, with no money or at least the data's monthly
    floor (data/thresholds.yaml; review 9b, #9)."""
    money = float(inputs["monthly_budget_eur"] or 0)
    floor = kn.thresholds.reference_cost_min_monthly_eur
    # nor a public body (a 1,100-staff hospital), nor a plan with no money to size (a 0 € plan:
    # the survey's € is no answer to anything asked; review 14, §8)
    return (
        inputs["org_kind"] not in ("large_company", "public_body")
        and in_france(inputs)
        and money >= floor
    )


def _yardstick(inputs: Inputs, kn: Catalogue, words: Words, cite: Citer) -> str:
    """The cost yardstick, said for who it describes: the survey's own population measured
    for an organisation working in France; a larger organisation spends more; an organisation
    in another country is told it is a French figure in euros (review 5, #7); a one-person
    business, another kind of organisation or one working internationally reads it as a proxy,
    told it is one (review 3, D10)."""
    th = kn.thresholds
    fact = th.reference_cost_fact
    kind = inputs["org_kind"] or "small_business"
    if not cite.fits_population(fact):
        key = "budget_reference_small"  # a large organisation or a public body spends more
    elif cite.foreign(fact):
        # a French survey, in euros, for another country: the reason is the country, named
        # when it is known (« faute de chiffre établi en Belgique »; review 6, #9)
        if cite.country is not None:
            said = cite.country.in_name(words.lang)
            return words("budget_reference_abroad_named", said=said, fact=fact)
        key = "budget_reference_abroad"
    elif kind in th.reference_cost_solo:
        key = "budget_reference_proxy_solo"
    elif kind not in th.reference_cost_population or inputs["audience_geo"] == "international":
        key = "budget_reference_proxy"
    else:
        key = "budget_reference"
    return words(key, reference=th.reference_cost_eur_per_year, fact=fact)


def _budget(
    inputs: Inputs, kn: Catalogue, words: Words, cite: Citer, active: list[NetworkPlan]
) -> Budget:
    th = kn.thresholds
    per_year = round(inputs.hours * th.weeks_per_year * 4) / 4
    money = round(float(inputs["monthly_budget_eur"] or 0) * 12, 2)
    notes = [
        words(
            hours_key(inputs, words, "budget_hours"),
            week_hours=inputs.hours,
            year_hours=per_year,
            weeks=th.weeks_per_year,
        ),
    ]
    # a plan shorter than a year is costed over its months first, then a year at that pace
    # (review 9a, #3: a 3-month plan read « 276 hours a year; €7,200 a year »)
    months = inputs.horizon
    short = months < 12
    over_hours = round(per_year * months / 12 * 4) / 4 if short else None
    over_money = round(money * months / 12, 2) if short else None
    if short:
        notes[0] = words(
            hours_key(inputs, words, "budget_hours_horizon" + ("_money" if money else "")),
            months=months,
            hours=over_hours,
            money=over_money,
            week_hours=inputs.hours,
            year_hours=per_year,
            reference=money,
        )
    if not money:  # with money, the split below says where each euro goes, amount by amount
        notes.append(words("budget_no_money"))
    if money and words.currency != "EUR":
        # the budget is answered in the country's own money, never converted (review 11a, #5:
        # it was asked in euros), said before the yardstick, whose source ends the notes
        if words.currency:
            notes.append(words("budget_in_currency", currency=words.currency))
        else:  # a country the list does not name: its money is not known
            notes.append(words("budget_in_own_currency"))
    # one yardstick, the cost; the 2013 American survey of hours spent is too old and too far
    # from most readers to weigh a plan with (review 3)
    if has_yardstick(inputs, kn):
        notes.append(_yardstick(inputs, kn, words, cite))
    if money and listens_first(inputs, "go"):
        notes.append(words("budget_listening_tool"))
    return Budget(
        hours_per_week=inputs.hours,
        hours_per_year=per_year,
        money_per_year_eur=money,
        horizon_months=months,
        hours_over_plan=over_hours,
        money_over_plan_eur=over_money,
        notes=notes,
    )


def in_place(inputs: Inputs, kn: Catalogue) -> str | None:
    """The first step's key when the desired action is done where the person already is (at
    checkout, before leaving the studio: metrics.yaml), the booking one for an appointment."""
    action = str(inputs["desired_action"] or "")
    said = [w for ws in kn.metrics.in_place_words.values() for w in ws]
    if not action or not contains_words(action, said):
        return None
    booking = [w for ws in kn.thresholds.booking_words.values() for w in ws]
    return "step_in_place_booking" if contains_words(action, booking) else "step_in_place"


def _first_steps(
    verdict: Verdict,
    primary: NetworkPlan | None,
    inputs: Inputs,
    warnings: list[Warning],
    words: Words,
    kn: Catalogue,
) -> list[str]:
    """Three concrete actions for the first two weeks: what fired first when the basics must be
    fixed; listening first when the objective or the situation asks for it."""
    keys: list[str] = []
    if inputs.missing_gates:
        keys.append("step_answer_missing")
    if verdict == "fix_first":
        # the offer and the service first: everything else rests on them
        critical = sorted(
            (w.id for w in warnings if w.severity == "critical"),
            key=lambda wid: wid != "compensate_weaknesses",
        )
        keys += repair_steps(critical, inputs)
        keys += ["step_listen"]
    elif verdict == "not_needed":
        keys += ["step_owned_list", "step_owned_contacts", "step_listen"]
    elif listens_first(inputs, verdict):
        keys += ["step_alerts", "step_listening_tool"]
        keys += ["step_setup"] if inputs["objective"] != "monitoring" else ["step_report"]
    elif advocacy_steps(inputs, kn):
        # advocates are equipped before the profile is polished (review 30b, V2)
        keys += advocacy_steps(inputs, kn)
    else:
        keys += ["step_setup", "step_calendar"]
    place = in_place(inputs, kn)
    if place and verdict != "fix_first":
        # the action happens at the counter (« avant de quitter le studio »): asked there first,
        # ahead of the generic steps (review 7, #8); the ten questions wait for the second week
        keys = [k for k in keys if k != "step_calendar"]
        keys.insert(int(bool(inputs.missing_gates)), place)
    if any(w.id == "dated_site" for w in warnings) and "step_advocacy_count" not in keys:
        # (an advocacy plan's referral step checks its sign-up form on a phone already)
        # the site the posts send people to is fixed among the first steps, right after the
        # first thing to do (the visitors sent to a dated page leave at once); the critical
        # fixes of a fix-first verdict keep their places before it
        after = 1 + bool(inputs.missing_gates)
        if verdict == "fix_first":
            after = len(keys) - 1  # before the listening step only
        keys.insert(min(len(keys), after), "step_landing_page")
    repairs = "step_fix_no_capacity_reviews" in keys  # the reviews are answered there already
    if (
        inputs["offer_ready"] == "partly"
        and inputs["negative_feedback"] != "answer"
        and not repairs
    ):
        # an offer partly ready whose criticism is not yet handled: what reviews complain about
        # is fixed before people are sent to buy (review 5, D15), right after the page they land on
        at = keys.index("step_landing_page") + 1 if "step_landing_page" in keys else 1
        keys.insert(min(len(keys), at), "step_fix_reviews")
    # a starting figure given is checked where it is read (review 6, #11), never asked again
    source = main_source(inputs, kn, words)
    target = inputs["target"]
    given = "step_record" if source is not None else "step_record_agree"
    if "step_advocacy_count" not in keys:  # the referral count is read where it is asked
        keys.append("step_baseline" if target.get("baseline") is None else given)
    if inputs["objective"] == "recruitment":
        # candidates land on the careers page, not a sales page, and the reviews are the
        # customers' or the patients', not the comms team's to fix before hiring (review 14, #2)
        keys = ["step_careers_page" if k == "step_landing_page" else k for k in keys]
        keys = [k for k in keys if k != "step_fix_reviews"]
        if "step_careers_page" not in keys:
            keys.insert(min(len(keys), 1 + bool(inputs.missing_gates)), "step_careers_page")
    if parcel_seller(inputs, kn):
        # a marketplace seller's profile links straight to its shop, no link page between
        # (review 30a, C3: « lien en bio vers une page de liens » for an Etsy shop)
        keys = ["step_setup_marketplace" if k == "step_setup" else k for k in keys]
    if inputs["org_kind"] == "public_body":
        # a hospital or an agency is an establishment, never « l'entreprise » (review 14, #2)
        keys = ["step_setup_public" if k == "step_setup" else k for k in keys]
    rollout = rollout_step(inputs, kn)
    if rollout is not None:
        # a network of outlets audits its listings and stray pages before it completes one
        # profile (review 27, #11: « Compléter le profil Instagram » for a 16-shop franchise)
        if primary is not None and primary.id == "google_business" and "step_setup" in keys:
            # a practice found on its Google listing completes it first (hours, category,
            # photos, reviews), then the booking levers (review 28new, D2)
            keys.insert(keys.index("step_setup") + 1, rollout[0])
        else:
            keys = [rollout[0] if k == "step_setup" else k for k in keys]
        link = appointment_link_step(inputs, kn, primary.id if primary else None)  # review 29
        if link is not None and rollout[0] in keys:
            keys.insert(keys.index(rollout[0]) + 1, link)
    keys = sessions.first_step_keys(inputs, kn, keys)  # the dates first (review 32c, N2)
    pool = pool_said(inputs, words)
    if pool and verdict != "fix_first":
        # those who already know the organisation are written to in the first weeks, right
        # after the first thing to do (review 33c, item 2: 1,400 past adopters)
        keys.insert(min(len(keys), 1), "step_write_warm_pool")
    keys = list(dict.fromkeys(keys))[:3]
    network = primary.id if primary else None
    figures = {"network": network, "metric": target["metric"], "missing": inputs.missing_gates}
    if rollout is not None:
        figures["count"] = rollout[1]
    figures["hours"] = kn.thresholds.callback_hours  # the callback rule of a business booked out
    if target.get("baseline") is not None:
        figures |= {"baseline": target["baseline"], "unit": target["unit"], "source": source or ""}
    figures |= sessions.first_step_figures(inputs, kn, words) or {}
    figures |= pool
    return [words(k, **figures) for k in keys]


def _source(fid: str, kn: Catalogue, words: Words, cite: Citer) -> SourceRef:
    lang = words.lang
    fact = kn.fact(fid)
    source = kn.source(fact.source)
    return SourceRef(
        id=fid,
        title=source.title_in(lang),
        publisher=source.publisher_in(lang),
        year=fact.year,
        url=source.url,
        fact=fact.text(lang),
        lore=fact.lore,
        geo=fact.geo,
        fallback=fid in cite.fallbacks,
        measured=cite.flag(fid, words),
    )
