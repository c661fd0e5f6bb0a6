"""The KPIs: the objective's own measure first, then what leads to it, each with its own
direction and baseline, an owner, a rhythm and the place its figure is read.

No two measure the same thing (a support objective measured in response time does not get a
second response-time KPI); the measures fit the business (no till for an online shop, a campsite's
reservation software, a festival's ticketing platform); a KPI whose baseline nobody gave is
measured in the first month and its targets are set relative to that month, in words a client
reads, except a share the person gave among the proof points (« 62 % de clients qui reviennent »),
which is its baseline, and a share read once a season or an edition, which starts from the last
one. An event's KPIs are read before the event (clicks to the ticket page, the share sold by an
early-bird date), never only on the day itself. Follow-up KPIs are real counts or rates (never an
index over the first month), unless the data gives a commitment the team controls (one report a
month).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from strategy_wizard.engine.governance import response_hours
from strategy_wizard.engine.lead_time import open_day
from strategy_wizard.engine.mix import founder_voice
from strategy_wizard.engine.money import unit_beside
from strategy_wizard.engine.plan import (
    add_months,
    admissions_cycle,
    appeal_season,
    checkpoint_dates,
    checkpoint_value,
    collected_days,
    deadline,
    deadline_dates,
    early_share,
    first_month_change,
    flow_year,
    goal_value,
    is_fair,
    launch_days,
    launch_window,
    low_months,
    lower_is_better,
    new_count,
    objective_deadline,
    opening_date,
    parcel_seller,
    peak_months,
    peak_read,
    per_edition,
    read_lag,
    read_month,
    registrations_close,
    sale_place,
    sales_window,
    schedule,
    season_end,
    season_start,
    seasonal,
    second_event_day,
    second_event_name,
    series_count,
    series_days,
    sponsor_nouns,
    stay_read_date,
    stay_season,
    stock_goal,
    stock_steps,
    window_words,
    year_ago,
    year_on_year,
)
from strategy_wizard.engine.plan import (
    owned_list as owned_list,  # moved to plan; the calendar reads it here
)
from strategy_wizard.engine.plan import (
    year_close as year_close,  # re-exported: engine/__init__ reads it here
)
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import (
    email_list_count,
    existing_list,
    list_sells,
    runs_webinars,
    volunteers,
)
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.bank import fold as _fold
from strategy_wizard.model.catalogue import Catalogue, KpiTemplate, MetricMeasure
from strategy_wizard.model.strategy import Kpi, KpiTarget, NetworkPlan, Phase, Warning


def owner(inputs: Inputs, words: Words) -> str:
    """Who reads the figures: whoever runs the networks day to day, or who oversees them; a
    founder who speaks in her own name leaves the scorecard to the team beside her, as the
    governance says (review 28new, D9: « the team: … the ads and the scorecard »)."""
    if founder_voice(inputs):
        return words("kpi_owner_founder_team")
    return words(f"kpi_owner_{inputs['run_by'] or 'founder'}")


def figures_owner(inputs: Inputs, kn: Catalogue, words: Words) -> str | None:
    """Who reads the business's own figures when someone else runs the networks: the owner of
    the system the objective's figure is read in, by the context it is said for (the
    admissions team for a school's CRM, each outlet's till for a franchise; phrases
    `kpi_owner_figures@<context>`); None when that is the networks' person too (the founder
    reads everything) or when no context names one."""
    run_by = inputs["run_by"] or "founder"
    if run_by == "founder" and not member_signups(inputs, kn):
        # a club's committee member is no founder who keeps every figure: its list of members
        # is the secretary's (review 28, RFC: « Qui mesure : vous-même » on every row)
        return None
    if words.variant(f"kpi_owner_{run_by}") != f"kpi_owner_{run_by}":
        return None  # the owner already names the figures' keeper (a credit union's team)
    kind = inputs["org_kind"]
    for context in contexts(inputs, kn):
        said = "kpi_owner_figures@" + context.replace("@", "+")
        for key in [f"{said}+{kind}"] * bool(kind) + [said]:  # a franchise's head office first
            if key in kn.phrases:
                return key
    return None


def _owned(inputs: Inputs, kn: Catalogue, words: Words, kpis: list[Kpi]) -> list[Kpi]:
    """Each KPI carries the owner that fits its measure (review 26, #14: « Who measures: the
    person in charge of the networks (for every KPI below) » over deposits read in the
    admissions CRM, over 14 franchisees' till data): a figure read in the system the objective
    is read in (the main KPI's place, or a KPI said for the same context) is its keeper's; the
    networks' own figures (posts, response time, listing, subscribers) stay with whoever runs
    the networks."""
    if member_signups(inputs, kn) and "kpi_owner_sponsors_club" in kn.phrases:
        # a club's sponsors are followed by whoever on the committee looks after them (28, RFC)
        sponsors = words("kpi_owner_sponsors_club")
        kpis = [k.model_copy(update={"owner": sponsors}) if k.id == "sponsors" else k for k in kpis]
    key = figures_owner(inputs, kn, words)
    if key is None:
        return kpis
    kept = words(key)
    systems = [_fold(k.source) for k in kpis if k.id == "main" and k.source]
    systems += [_fold(s) for s in _context_sources(inputs, kn, words)]
    systems = [s for s in systems if s]

    def business(k: Kpi) -> bool:
        read = _fold(k.source)
        return k.id == "main" or any(s in read or read in s for s in systems)

    return [k.model_copy(update={"owner": kept}) if business(k) else k for k in kpis]


def _context_sources(inputs: Inputs, kn: Catalogue, words: Words) -> list[str]:
    """Where the KPIs said for this organisation's context are read (the admissions CRM, the
    loyalty app): the objectives' templates that `in_context` says otherwise."""
    codes = [inputs["objective"] or "awareness", *inputs.list("secondary_objectives")]
    out: list[str] = []
    for code in dict.fromkeys(codes):
        objective = kn.objective(code, inputs["org_kind"])
        own = objective.kpis + ([objective.secondary_kpi] if objective.secondary_kpi else [])
        for template in own:
            said = in_context(template, inputs, kn)
            if said is not template and said.source != template.source:
                out.append(_source(said, inputs, words))
    return out


def judged_by(inputs: Inputs, kn: Catalogue) -> date:
    """The date every follow-up KPI is aimed at: the objective's own deadline when it comes
    before the plan's end (deposits for a September intake judged on 31 May: a referral or a
    deposit line dated 6 December measured nothing the objective needs; review 25a,
    Northgate #5), else the plan's end."""
    end = deadline(inputs)
    judged = objective_deadline(inputs, kn)
    return judged if inputs["start_date"] < judged < end else end


def no_customer_file(inputs: Inputs) -> bool:
    """A business met in person with no website keeps no customer file: what a file would give
    is counted with a loyalty card or at the till (review 4, D13: a food truck)."""
    return inputs["website"] == "none" and inputs["premises"] not in (None, "online_only")


def contexts(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The contexts a KPI may be said otherwise in, the most binding first: an event's edition
    (sales that restart each time), a seasonal business (the answers name the months customers
    buy or the season's opening months), each qualified by sales counted in tickets or by the
    sector, then alone; then the qualifiers alone."""
    found = [c for c in _purchase(inputs, kn) if c != "free"]
    said_metric = f"{inputs['target'].get('metric') or ''} {inputs['target'].get('unit') or ''}"
    if any(
        m.id == "newsletter" and contains_words(said_metric, _all(m.words))
        for m in kn.metrics.measures
    ):
        found.append("own_list")  # the objective is the list: its sign-ups' source (9a, #7)
    if per_edition(inputs, kn) or inputs["objective"] == "event":
        found.append("edition")
    if sales_window(inputs, kn):
        found.append("season")
    said = f"{inputs['target'].get('metric') or ''} {inputs['target'].get('unit') or ''}"
    tickets = [w for ws in schedule(inputs, kn).ticket_words.values() for w in ws]
    # sales counted in tickets, or an offer sold by tickets (a theatre's « abonnements et
    # billets à l'unité »: its box office, not a till; review 19 residue)
    sold = f"{said} {inputs['offer'] or ''}"
    qualifiers = ["tickets"] if tickets and contains_words(sold, tickets) else []
    # volunteers recruited: applications, meetings done, volunteers still active (32c, H3)
    qualifiers += ["volunteers"] if volunteers(inputs, kn.thresholds) else []
    # an app the customers use, read at the till; a school's admissions CRM (review 22b, D10)
    qualifiers += ["app"] if owned_list(inputs, kn) == "app" else []
    # a seller on a marketplace reads its buyers in the platform's stats (review 25a, Cire #6)
    place = sale_place(inputs, kn)
    qualifiers += ["marketplace"] if place is not None and place.parcels else []
    qualifiers += ["admissions"] if admissions_cycle(inputs, kn) else []
    # a club's or an association's new members: their sign-ups, not a shop's customers
    qualifiers += ["members"] if member_signups(inputs, kn) else []
    # appointments kept, read in the CRM (review 25b, #9)
    qualifiers += (
        ["appointments"]
        if any(
            m.id == "appointments" and contains_words(said_metric, _all(m.words))
            for m in kn.metrics.measures
        )
        else []
    )
    # a tourist office (a public body in tourism) before the sector's hosts (review 20, D4)
    qualifiers += (
        [f"{inputs['sector']}+{inputs['org_kind']}"]
        if inputs["sector"] and inputs["org_kind"] == "public_body"
        else []
    )
    qualifiers += [inputs["sector"]] if inputs["sector"] else []
    qualifiers += [inputs["org_kind"]] if inputs["org_kind"] else []  # an association's meetings
    qualifiers += ["free"] if "free" in _purchase(inputs, kn) else []
    # the main objective a secondary KPI serves (review 18, D3: a public body's recruitment
    # sends people to its recruitment page, not to its procedures' pages)
    qualifiers += [f"for_{inputs['objective']}"] if inputs["objective"] else []
    out = [f"{c}@{q}" for c in found for q in qualifiers]
    return sorted(out, key=lambda t: found.index(t.split("@")[0])) + found + qualifiers


def _intake_capped(inputs: Inputs, kn: Catalogue) -> bool:
    """Volunteers recruited with a limited intake (the `capacity` answer): the meetings and
    inductions done are capped by it each month (review 32c, H3/H4)."""
    return str(inputs["capacity"] or "") == "limited" and volunteers(inputs, kn.thresholds)


def member_signups(inputs: Inputs, kn: Catalogue) -> bool:
    """New members to sign up (review 25b, #1 and #9: a youth football club's « nouveaux
    joueurs affiliés », a recruitment with no job candidate read as members): a metric counted
    in a list of members, or a non-profit's leads. Its KPIs are sign-ups and members who sign up
    again, read in its list of members, never in a till or a customer file."""
    return affiliated(inputs, kn) or (
        inputs["objective"] == "leads" and inputs["org_kind"] == "nonprofit"
    )


def affiliated(inputs: Inputs, kn: Catalogue) -> bool:
    """The metric counts members affiliated to a club (« nouveaux joueurs affiliés »)."""
    said = f"{inputs['target'].get('metric') or ''} {inputs['target'].get('unit') or ''}"
    return any(
        m.id == "affiliations" and contains_words(said, _all(m.words)) for m in kn.metrics.measures
    )


def _purchase(inputs: Inputs, kn: Catalogue) -> list[str]:
    """What the purchase is (review 9b #2, 9a #3): bought once by visitors from elsewhere
    (`once`), an event for newcomers (`newcomers`: an open house), an open day or a fête
    counted on the day (`open_day`), a free event (`free`)."""
    rules = kn.metrics
    said = " ".join(
        str(t)
        for q in ("desired_action", "offer", "topics", "key_message")
        for t in (inputs.list(q) or [inputs[q]])
        if t
    )
    found = []
    if (
        inputs["sector"] in rules.once_sectors
        and inputs["audience_geo"] in rules.once_geo
        and contains_words(str(inputs["offer"] or ""), _all(rules.once_words))
    ):
        found.append("once")
    if contains_words(str(inputs["desired_action"] or ""), _all(rules.newcomer_words)):
        found.append("newcomers")
    if "event" in inputs.list("secondary_objectives") and contains_words(
        said, _all(rules.open_day_words)
    ):
        found.append("open_day")
    if contains_words(str(inputs["desired_action"] or ""), _all(rules.free_words)):
        found.append("free")
    offer = str(inputs["offer"] or "")
    if contains_words(offer, _all(rules.team_words)):
        found.append("teams")  # an employer's licence: its calls are the leads (review 16, N3)
    if contains_words(offer, _all(rules.season_pass_words)) and contains_words(
        offer, _all(schedule(inputs, kn).ticket_words)
    ):
        found.append("season_pass")  # subscriptions renewed each season (review 19 residue)
    if contains_words(offer, _all(rules.course_words)):
        found.append("course")  # a course bought once: no repeat purchase (review 16, N3)
    if is_fair(inputs, kn):
        found.insert(0, "fair")  # a stand's meetings, before any other reading (review 15, D1)
    return found


def recall_kpi(inputs: Inputs, kn: Catalogue) -> KpiTemplate | None:
    """A care business whose clients come back on a due date (metrics.yaml `recalls`: a vet's
    vaccine boosters; review 28new, D12): its loyalty KPI, the recalls done on time; None for
    any other business."""
    offer = str(inputs["offer"] or "")
    said = [offer, str(inputs["desired_action"] or "")]
    said += [str(t) for q in ("topics", "audience_problems") for t in inputs.list(q)]
    for rule in kn.metrics.recalls:
        if contains_words(offer, _all(rule.business)) and any(
            contains_words(t, _all(rule.words)) for t in said
        ):
            return rule.kpi
    return None


def in_context(template: KpiTemplate, inputs: Inputs, kn: Catalogue) -> KpiTemplate:
    """The KPI said for this organisation's context (review 5, D4): returning guests read in the
    reservation software once a season, buyers who come back once an edition; a care business
    whose clients come back when a booster is due, the boosters done on time, whatever its
    context (no « saison » for a vet, review 28new, D12)."""
    recall = recall_kpi(inputs, kn) if template.proof_words else None
    if recall is not None:
        return recall
    found = [(c, template.contexts[c]) for c in contexts(inputs, kn) if c in template.contexts]
    said = found[0][1] if found else None
    if said is None:
        return template
    place = sale_place(inputs, kn)
    if found[0][0] == "marketplace" and place is not None:
        # the platform said by its name (« statistiques de votre boutique Etsy »)
        name = place.words[0].title()
        said = said.model_copy(
            update={
                k: text.model_copy(
                    update={code: raw.replace("{place}", name) for code, raw in text.items()}
                )
                for k in ("measure", "source")
                if (text := getattr(said, k)) is not None
            }
        )
    update: dict[str, object] = {
        k: getattr(said, k) for k in type(said).model_fields if getattr(said, k) is not None
    }
    if said.measure is not None:  # said otherwise, said for everyone
        update |= {"measure_online": None, "measure_no_file": None}
    if said.source is not None:
        update |= {"source_online": None, "source_no_file": None}
    return template.model_copy(update=update)


_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")


def proof_baseline(template: KpiTemplate, inputs: Inputs) -> float | None:
    """A percentage the person gave among the proof points for what this KPI measures
    (« 62 % de clients qui reviennent », "70% of 2026 ticket buyers had been before")."""
    words = [w for ws in template.proof_words.values() for w in ws]
    if not words:
        return None
    for proof in inputs.list("proof_points"):
        match = _PERCENT.search(str(proof))
        if match and contains_words(str(proof), words):
            value = float(match.group(1).replace(",", "."))
            if 0 <= value <= 100:
                return value
    return None


def metric_template(inputs: Inputs, kn: Catalogue) -> tuple[KpiTemplate, MetricMeasure | None]:
    """The main KPI's template, measured as the person named their metric (review 6, #3): the
    objective's own first KPI when its context says it otherwise (a campsite's reservation
    software), when the metric is the objective's own or when its words say it is (« couverts
    vendus » is a sale); else the first entry of metrics.yaml whose words the metric holds
    (signatures → the petition platform), measured with that entry or as the objective it
    names; else read where the client says (« à préciser avec vous »). Also the entry found."""
    code = inputs["objective"] or "awareness"
    objective = kn.objective(code, inputs["org_kind"])
    own = objective.kpis[0]
    said = in_context(own, inputs, kn)
    target = inputs["target"]
    metric = str(target.get("metric") or "")
    text = f"{metric} {target.get('unit') or ''}"
    entry = next(
        (m for m in kn.metrics.measures if contains_words(text, _all(m.words))),
        None,
    )
    place = sale_place(inputs, kn) if code in ("sales", "event") else None
    if place is not None:
        # the sale happens on a platform named in the answers: read there (review 23b, D8)
        return (
            KpiTemplate(
                name=own.name, measure=place.measure, source=place.source, rhythm=own.rhythm
            ),
            entry,
        )
    if said is not own or metric in [t for _, t in objective.metric.items()]:
        return said, entry
    cycle = kn.metrics.admissions_cycle
    if cycle is not None and admissions_cycle(inputs, kn):
        # deposits for an intake live in the admissions CRM, not on a ticketing platform
        # (review 22b, D1: « admissions » is no ticket office for a university)
        read = KpiTemplate(
            name=own.name, measure=cycle.measure, source=cycle.source, rhythm=cycle.rhythm
        )
        return read, None
    if entry is None:
        unknown = KpiTemplate(
            name=own.name,
            measure=kn.phrase("kpi_measure_unknown"),
            source=kn.phrase("kpi_source_unknown"),
            source_online=kn.phrase("kpi_source_unknown_online"),
            rhythm=own.rhythm,
        )
        return unknown, None
    if entry.objective == code:
        return said, entry
    if entry.objective is not None:
        other = kn.objective(entry.objective, inputs["org_kind"]).kpis[0]
        return in_context(other, inputs, kn), entry
    assert entry.measure is not None and entry.source is not None  # the model checks it
    measured = KpiTemplate(
        name=own.name,
        measure=entry.measure,
        source=entry.source,
        measure_no_file=entry.measure_no_file,
        source_no_file=entry.source_no_file,
        rhythm=entry.rhythm or own.rhythm,
    )
    return measured, entry


def demo_asked(inputs: Inputs, kn: Catalogue) -> bool:
    """The desired action or the metric asks for a demo (metrics.yaml `online_contact` words)."""
    said = f"{inputs['desired_action'] or ''} {inputs['target'].get('metric') or ''}"
    return any(r.words and contains_words(said, _all(r.words)) for r in kn.metrics.online_contact)


def _met_online(template: KpiTemplate, inputs: Inputs, kn: Catalogue) -> KpiTemplate:
    """The objective's own first KPI, for an organisation with no premises: its enquiries met
    at the form or on a call, never at a front desk (review 28new, D7), at the demo form when a
    demo is asked for (metrics.yaml `online_contact`)."""
    code = inputs["objective"] or "awareness"
    own = kn.objective(code, inputs["org_kind"]).kpis[0]
    if (
        inputs["premises"] != "online_only"
        or template.measure_online is not None
        or template.measure != own.measure
    ):
        return template
    said = f"{inputs['desired_action'] or ''} {inputs['target'].get('metric') or ''}"
    for rule in kn.metrics.online_contact:
        if rule.objective == code and (not rule.words or contains_words(said, _all(rule.words))):
            return template.model_copy(update={"measure_online": rule.measure})
    return template


def objective_channels(inputs: Inputs, kn: Catalogue, active: list[NetworkPlan]) -> list[str]:
    """The channels the objective is reached through: a network's own followers (« abonnés
    Instagram ») are won on that network, not credited to a Google listing (review 11b, 8b #6
    residue); a figure brought down (a response time) moves only where the metric is read;
    any other metric, every channel kept."""
    kept = [n.id for n in active]
    _, entry = metric_template(inputs, kn)
    metric = str(inputs["target"].get("metric") or "")
    named = [nid for nid in kept if contains_words(metric, [kn.network(nid).name])]
    if lower_is_better(inputs):
        # a time or a cost brought down where people write to you: only the networks the metric
        # names move it (review 31b, E1: a Facebook response time « grâce à Facebook, à votre
        # fiche Google, à WhatsApp et à votre newsletter »), else every channel people can write
        # on, never a one-way owned channel (a newsletter, a blog)
        return named or [n.id for n in active if n.kind != "owned"] or kept
    if entry is None or not entry.also_own_kpi:
        return kept
    return named or kept


def _all(words: dict[str, list[str]]) -> list[str]:
    return [w for ws in words.values() for w in ws]


def main_source(inputs: Inputs, kn: Catalogue, words: Words) -> str | None:
    """Where the main KPI's figure is read, None when that is still to agree with the client."""
    template, _ = metric_template(inputs, kn)
    if template.source == kn.phrase("kpi_source_unknown"):
        return None
    return _source(template, inputs, words)


def _measure(template: KpiTemplate, inputs: Inputs, words: Words) -> str:
    online = inputs["premises"] == "online_only"
    text = template.measure_online if online and template.measure_online else template.measure
    if no_customer_file(inputs) and template.measure_no_file:
        text = template.measure_no_file
    return text(words.lang)


def _source(template: KpiTemplate, inputs: Inputs, words: Words) -> str:
    if no_customer_file(inputs) and template.source_no_file:
        return template.source_no_file(words.lang)
    if inputs["premises"] == "online_only" and template.source_online:
        return template.source_online(words.lang)
    if template.source == words.catalogue.phrase("kpi_source_unknown"):
        # in the organisation's own system when its kind has one: a credit union reads its
        # members in its core banking system, never a till (review 21a, R5)
        return words("kpi_source_unknown")
    return template.source(words.lang)


def _readable(template: KpiTemplate, active: list[NetworkPlan]) -> bool:
    """A KPI is read only where a channel it needs is kept (no comments on a listing)."""
    return template.needs is None or any(n.kind in template.needs for n in active)


def unit_named(inputs: Inputs, kn: Catalogue, lang: str) -> str | None:
    """The target's unit in the document's language `lang`, when the answers are in another and
    the data knows the unit whole (metrics.yaml `unit_names`; review 31a WN3, 31b E9): the
    metric stays quoted once as written, the unit reads as the document's noun (« rendez-vous
    par mois », "working hours"). None otherwise: the unit stays the person's own."""
    unit = str((inputs["target"] or {}).get("unit") or "").strip()
    if not unit or inputs.answers_lang in (None, lang):
        return None
    said = _fold(unit)
    for entry in kn.metrics.unit_names:
        if any(_fold(w) == said for ws in entry.words.values() for w in ws):
            return entry.name(lang)
    return None


# where a peak month is said (review 31b, G6); the notes hold « Christmas is our biggest month »
def _peak_label(inputs: Inputs, kn: Catalogue, words: Words, target: KpiTarget) -> str:
    """A checkpoint of a business with a peak month, read on the same month a year before, at
    the rise the plan's level for the day asks over the start (« +24 % in April 2027 on April
    2026 »)."""
    base = float(inputs["target"]["baseline"])
    change = round((target.value / base - 1) * 100)
    month = read_month(inputs, kn, target.date)
    read = "_read" if month != target.date else ""
    before = year_ago(month)
    if change <= 0:
        return words(f"kpi_year_target_level{read}", month=month, month_before=before)
    return words(f"kpi_year_target{read}", change=change, month=month, month_before=before)


def growth_reading(kpis: list[Kpi]) -> tuple[date, float] | None:
    """The scorecard's first reading of the objective's figure (the `main` KPI), as (day,
    value): the quick_growth warning within reach quotes it (review 31b, G5), so the warning and
    the scorecard give one figure. None when the scorecard has no dated figure for it."""
    main = next((k for k in kpis if k.id == "main"), None)
    if main is None or not main.targets:
        return None
    return main.targets[0].date, main.targets[0].value


def fill_growth_warning(
    warnings: list[Warning], kpis: list[Kpi], inputs: Inputs, kn: Catalogue, words: Words
) -> None:
    """The figures two warnings take from the plan once it is built. The quick_growth warning
    within reach quotes the scorecard's first reading (its day and figure; with none, it falls
    back to the words that quote no figure). A maker's bound on sales names the peak months
    the plan holds at last year's level (review 31a, C7: « +45 % hors décembre »)."""
    for warning in list(warnings):
        if warning.id == "quick_growth" and warning.case in ("within", "within_total"):
            found = growth_reading(kpis)
            base, goal = warning.figures.get("baseline"), warning.figures.get("value")
            # a year's total is read as a running total from none (review 33b, VN8)
            floor = 0.0 if warning.case == "within_total" else base
            if found is None or floor is None or goal is None or not floor < found[1] < goal:
                # a count judged at its close (a cycle's deposits, a show's tickets) has no
                # first reading on the way: the words that quote no figure; a year's total
                # fired unasked has nothing to say then (a series' sessions are judged one by
                # one on the scorecard)
                if warning.case == "within_total" and "quick_growth" not in inputs.list(
                    "expectations"
                ):
                    warnings.remove(warning)
                    continue
                warning.case = "expectation"
                continue
            warning.figures["day"], warning.figures["reading"] = found
            label = next(k for k in kpis if k.id == "main").targets[0].label
            if (
                label and warning.case == "within"
            ):  # read on the same month a year before (review 31b, G6)
                warning.case = "within_year"
                warning.figures["what"] = label
        elif warning.id == "no_capacity" and warning.case == "limited_goods_bound":
            months = peak_months(inputs, kn) if inputs["capacity"] == "limited" else []
            if months:
                names = [words.loc.date(date(2000, m, 1), "MMMM") for m in months]
                warning.case = "limited_goods_bound_peak"
                warning.figures["what"] = words.loc.join(names)


def build_kpis(
    inputs: Inputs,
    kn: Catalogue,
    phases: list[Phase],
    active: list[NetworkPlan],
    words: Words,
    repairs: tuple[str, ...] = (),
    ads: float = 0.0,
) -> list[Kpi]:
    """The scorecard; `repairs`, the
    critical warnings it fixes: a business booked out that fails its demand (no_capacity) is
    judged first on the repairs, the callback and the reviews answered, by the first phase's
    end; its objective's checkpoints come after that phase (review 12a, #1). `ads`: what the budget
    spends on ads a month, whose cost per order a sales objective tracks (review 21a, Loam)."""
    target = inputs["target"]
    base = target.get("baseline")
    start: date = inputs["start_date"]
    end = deadline(inputs)
    dates = [p.end for p in phases if p.end > start + (end - start) / 6] or [end]
    objective = kn.objective(inputs["objective"] or "awareness", inputs["org_kind"])
    who = owner(inputs, words)
    main_template, entry = metric_template(inputs, kn)
    main_template = _met_online(main_template, inputs, kn)
    # a share of customers who come back is measured once: no repeat-purchase KPI beside it
    restates = entry is not None and entry.returning
    lower = lower_is_better(inputs)
    edition = per_edition(inputs, kn)

    targets: list[KpiTarget] = []
    if base is not None and checkpoint_value(inputs, kn, end) is not None:
        # the phases' ends, and the dates the answers name (an early bird, the booking months)
        targets = [
            KpiTarget(date=d, value=checkpoint_value(inputs, kn, d) or 0.0)
            for d in checkpoint_dates(inputs, kn, dates)
        ]
    # a month the business sells little in is read against the same month last year, not
    # against a line from the year's average (review 9b, #1)
    # (a monthly metric: the month read is the last complete one, plan33)
    close = year_close(inputs, kn)
    if close is not None:
        # a year's total is judged on the year's close, the date the objective sentence and
        # the plan's last checkpoint say (review 33b, V12)
        targets = [t.model_copy(update={"date": close}) if t.date == end else t for t in targets]
    low = [
        t
        for t in targets
        if read_month(inputs, kn, t.date).month in low_months(inputs, kn) and t.date < end
    ]
    yearly = ""
    if seasonal(inputs, kn) and targets:
        # a seasonal business (review 10, #2): every target against the same month a year
        # before, the deadline's too, and only that one (review 12a #6: « 42 » beside « +11 % on
        # May 2026 » were two targets for one month; review 12b #6: the headline's January 2028
        # had no line to fill in)
        targets = [
            t.model_copy(update={"label": _year_label(inputs, kn, words, t.date)}) for t in targets
        ]
        low = []
        monthly = any(read_month(inputs, kn, t.date) != t.date for t in targets)
        yearly = words("kpi_year_on_year_note_read" if monthly else "kpi_year_on_year_note")
    elif targets and peak_read(inputs, kn):
        # a peak month named in the answers (« Christmas is our biggest month »): every target
        # on the same month a year before, and the peak said by name (review 31b, G6)
        peaks = peak_read(inputs, kn)
        targets = [
            t.model_copy(update={"label": _peak_label(inputs, kn, words, t)}) for t in targets
        ]
        low = []
        monthly = any(read_month(inputs, kn, t.date) != t.date for t in targets)
        yearly = words("kpi_year_on_year_note_read" if monthly else "kpi_year_on_year_note")
        days = [date(2000, m, 1) for m in peaks]
        yearly = words("kpi_peak_months", said=yearly, what=_month_list(days, words))
    targets = [t for t in targets if t not in low]
    repairing = "no_capacity" in repairs and bool(phases)
    if repairing:  # the acquisition figure is judged only once the repairs are done
        targets = [t for t in targets if t.date > phases[0].end]
    goal = target.get("value")
    # a metric measured within a window (« dans les 8 semaines ») is read that long after the
    # date each figure covers (review 7, #8): its targets move on, and the note says why
    lag = read_lag(inputs, kn)
    late = ""
    if lag and targets:
        late = words(
            "kpi_read_later",
            window=window_words(inputs, kn, words),
            other_date=targets[0].date,
            read_date=targets[0].date + lag,
        )
        targets = [t.model_copy(update={"date": t.date + lag}) for t in targets]
    # a sale that opens on a date the answers give, a count per year (review 19, D2): the
    # curve's shape in one line for the client, and a new season's count starting from 0
    opening = opening_date(inputs, kn)
    fresh = opening is not None and new_count(inputs, kn) and base is not None
    shape = ""
    summary = ""
    flow = opening is None and flow_year(inputs, kn) and base is not None and goal is not None
    if opening is not None and base is not None:
        targets = [t for t in targets if not (fresh and t.date == opening)]
        launched = launch_window(inputs, kn) is not None  # a launch window (review 20, D2)
        shape = words(
            "kpi_launch_note" if launched else "kpi_opening_note",
            other_date=opening,
            value=0 if fresh else base,
            **({"count": launch_days(inputs, kn)} if launched else {}),
        )
    elif stay_read_date(inputs, kn) is not None and goal is not None:
        # a stay season's count, read once the season is over (review 20, D2)
        season, read = stay_season(inputs, kn), stay_read_date(inputs, kn)
        assert season is not None and read is not None
        beyond = read > end
        shape = words(
            "kpi_stay_note_beyond" if beyond else "kpi_stay_note",
            value=goal,
            unit=words.own_text(str(target["unit"])),
            first_month=season[0],
            last_month=season[1],
            read_date=read,
        )
        summary = words("kpi_stay_short", value=goal, read_date=read)
    elif flow:
        shape = words(
            "kpi_flow_note",
            other_date=start,
            realistic=round(float(base) / 12),
            value=round(float(goal) / 12),
        )
    kpis = [
        Kpi(
            id="main",
            name=words.own_text(str(target["metric"])),
            measure=_measure(main_template, inputs, words),
            # an amount says its unit: a money target's unit only when it adds to the metric
            unit=words.own_text(unit_beside(str(target["unit"]), str(target["metric"]), words)),
            money=words.money,
            lower_is_better=lower,
            # an edition's sales start from zero: the last edition's total is no starting level
            baseline=None if base is None or edition or fresh or flow else float(base),
            first_measure=words("kpi_last_edition", baseline=base)
            if edition
            else words("kpi_last_launch", baseline=base)
            if fresh and launch_window(inputs, kn) is not None
            else words("kpi_last_season_opening", baseline=base)
            if fresh
            else words("kpi_last_year_flow", baseline=base)
            if flow
            else "",
            targets=targets,
            target_note=_rule(inputs, kn, words, str(target["unit"]), lower)
            if goal is None
            else " ".join(
                [shape] * bool(shape)
                # a response time reached early is then held (review 30b, E8)
                + [words("kpi_then_hold")] * bool(early_share(inputs, kn) and targets)
                + [late] * bool(late)
                + [yearly] * bool(yearly)
                + [
                    words(
                        "kpi_low_months",
                        what=_month_list([read_month(inputs, kn, t.date) for t in low], words),
                    )
                ]
                * bool(low and not yearly)
            ),
            summary=summary
            or (_rule_short(inputs, kn, words, str(target["unit"]), lower) if goal is None else ""),
            owner=who,
            rhythm=words(f"rhythm_{main_template.rhythm}"),
            source=_source(main_template, inputs, words),
        )
    ]
    kpis = _stock_kpis(inputs, kn, words, who, kpis)
    place_network = _place_network_kpi(inputs, kn, active, words, who)
    kpis += [place_network] if place_network is not None else []
    kpis += _participants(inputs, kn, words, who)
    kpis += _stockists(inputs, kn, words, who)
    sponsors = _sponsors_kpi(inputs, kn, words, who)
    kpis += [sponsors] if sponsors is not None else []
    kpis += [  # what a relay brings, when it serves the objective (review 11b, #9)
        _follow_up(f"relay_{code}", rule.kpi, inputs, kn, words, who)
        for code, rule in kn.metrics.relay_kpis.items()
        if code in inputs.list("relays")
        and inputs["objective"] in rule.objectives
        # a booked-out business is not asked for more referrals (review 13a, #1)
        and not repairing
    ]
    # a count the objective does not measure itself (followers): its own measure follows it
    first = 0 if entry is not None and entry.also_own_kpi else 1
    follow = [
        (n, in_context(t, inputs, kn))
        for n, t in enumerate(objective.kpis[first:], first + 1)
        if _readable(t, active)
        and (not t.at_key_date or deadline_dates(inputs, kn))
        and not (restates and t.proof_words)
        # the share answered in time needs a time aimed at: a support target counted in hours
        # (review 30b, E6)
        and (not t.timed or lower)
        # a booked-out business does not chase more requests from the networks (13a, #1)
        and not repairing
    ]
    # the person measures support as a time: the questions solved, the objective's own
    # count, is followed too (the response time is not measured twice)
    # (its own log, not where the time is read: review 30b, E6); but a help desk whose answers
    # give the share of its calls on one subject is judged on that share coming down, not on
    # more questions solved, a count that rewards more questions (review 33b, EN9)
    if inputs["objective"] == "support" and lower and _calls_share(inputs, kn) is None:
        solved = in_context(objective.kpis[0], inputs, kn)
        follow.append((len(objective.kpis) + 1, solved.model_copy(update={"unit": objective.unit})))
    # what leads to an event is read by its eve, not months after it (review 13a, #2: clicks
    # to the walk's sign-up page dated eight months after the walk)
    # (review 18, D3: a cohort's enrolments close on 5 March: what leads to them is read by then,
    # not by the plan's end)
    close = (
        registrations_close(inputs, kn)
        if inputs["objective"] == "event"
        else objective_deadline(inputs, kn)
    )
    eve = close if close is not None and start < close < end else None
    # what leads to the result grows as much as the result aimed at: clicks to the walk's sign-up
    # page at + 4 % beside participants at + 63 % said two plans (review 14, #7)
    # (the rise the plan aims at: the realistic target when the client's is out of reach, never
    # the 420 set aside; review 17, NEW-1)
    aimed_at = goal_value(inputs, kn)
    aimed = (
        round((aimed_at / float(base) - 1) * 100)
        if base and aimed_at is not None and not lower and aimed_at > float(base)
        else None
    )
    for n, template in follow:
        kpi = _follow_up(f"kpi_{n}", template, inputs, kn, words, who, eve)
        rate = _conversion(template, inputs, kn, words, kpi, eve or judged_by(inputs, kn))
        if rate is not None:  # both counts in the answers: a rate from them (26, #14)
            kpis.append(rate)
            continue
        rule = first_month_change(inputs, kn, eve or end)
        metric = words.own_text(str(target["metric"]))
        asked = [w for ws in template.action_words.values() for w in ws]
        wanted = bool(asked) and contains_words(str(inputs["desired_action"] or ""), asked)
        if template.means and wanted and _intake_capped(inputs, kn):
            # volunteers met and trained within a limited intake: at most that many a month,
            # never the result's rise (review 32c, H3/H4: « + 82 % » under a monthly cap)
            capped = {"target_note": words("kpi_intake_capped")}
            kpi = kpi.model_copy(update={**capped, "summary": words("kpi_intake_capped_short")})
        elif template.means and not wanted:
            # a means beside the result: no ratio of its own (review 18, D3)
            means = {"target_note": words("kpi_means", metric=metric)}
            kpi = kpi.model_copy(update={**means, "summary": words("kpi_means_short")})
        elif (
            aimed is not None
            and aimed > rule
            and not kpi.targets
            and not kpi.first_measure
            and not template.lower_is_better
            and not kpi.unit.strip().startswith("%")
            and template.target is None
            and not template.at_key_date
        ):
            starts = season_start(inputs, kn)
            if starts is not None and eve == starts:
                # a season's run-up (review 25b, #2): what leads to it is counted from June to
                # its start, against the same weeks last year, not from January's figure
                said = {
                    "target_note": words(
                        "kpi_rule_as_main_season", change=aimed, deadline=eve, metric=metric
                    ),
                    "first_measure": words("kpi_first_last_season_run"),
                    "summary": words("kpi_season_short", change=aimed, deadline=eve),
                }
            elif eve is not None and template.rhythm == "weekly" and inputs["objective"] != "event":
                # counted each week until a close: its first fortnight is the starting figure,
                # multiplied as the result is by the close (review 18, D3: « × 2 by 5 March »)
                ratio = float(aimed_at or 0) / float(base)
                note = words("kpi_rule_as_main_close", ratio=ratio, deadline=eve, metric=metric)
                said = {
                    "target_note": note,
                    "first_measure": words("kpi_first_fortnight"),
                    "summary": words("kpi_times_short", ratio=ratio, deadline=eve),
                }
            else:
                note = words("kpi_rule_as_main", change=aimed, deadline=eve or end, metric=metric)
                said = {
                    "target_note": note,
                    "summary": words("kpi_plus_short", change=aimed, deadline=eve or end),
                }
            kpi = kpi.model_copy(update=said)
        if template.at_key_date:  # a share of the target by the first date the answers name
            share = schedule(inputs, kn).key_date_share * 100
            day = deadline_dates(inputs, kn)[0]
            update = {"targets": [KpiTarget(date=day, value=share)], "target_note": ""}
            kpi = kpi.model_copy(update={**update, "first_measure": words("kpi_on_deadline")})
        elif template.target is not None:  # a level committed to, needing no first measure
            targets = [KpiTarget(date=d, value=template.target) for d in dates]
            update = {"first_measure": words("kpi_commitment"), "targets": targets}
            kpi = kpi.model_copy(update={**update, "target_note": ""})
        kpis.append(kpi)
    # the objective's metric is the newsletter's own subscribers: not counted twice (review 8a #3)
    kpis += [
        k
        for k in _channel_kpis(inputs, kn, active, words, who)
        if not (k.id == "subscribers" and entry is not None and entry.id == "newsletter")
    ]
    kpis += [
        k
        for k in _secondary_kpis(inputs, kn, active, words, who, {k.name for k in kpis}, restates)
        # an event whose bookings are the appointments the main KPI counts already (a
        # developer's model-suite events; review 25b, #9: « Bookings from social »)
        if not (k.id == "second_event" and entry is not None and entry.id == "appointments")
    ]
    emails = [w for ws in kn.metrics.list_email_words.values() for w in ws]
    if any(k.id == "second_list" for k in kpis) or (
        any(
            k.id == "second_loyalty"
            and k.baseline is not None
            and _fold(k.unit) == _fold(words("unit_subscribers"))
            for k in kpis
        )
        and any(contains_words(str(p), emails) for p in inputs.list("proof_points"))
    ):
        # the email list's subscribers are counted once, from the figure given (review 20, D4)
        kpis = [k for k in kpis if k.id != "subscribers"]
    waitlist = _waitlist_kpi(inputs, kn, words, who)
    kpis += [waitlist] if waitlist is not None else []
    kpis += _sale_costs(inputs, kn, words, who, ads)
    kpis += _appointment_funnel(inputs, kn, words, who, ads, entry)
    attendance = _attendance_kpi(inputs, kn, words, who, entry, dates[0])
    if attendance is not None:
        # its target falls in or after the phase that cuts missed appointments (review 29a,
        # #9: the vet's « 20 → 3 mai 2027 : 8 » before « Réduire les rendez-vous manqués »
        # starts on 4 May)
        attendance = not_before_its_phase(
            attendance, phases, words("phase_consolidate_appointments")
        )
        kpis.append(attendance)
    kpis = _fold_agreements(kpis, words)
    appeal = _appeal_kpi(inputs, kn, words, who)
    kpis += [appeal] if appeal is not None else []
    # Publishing regularity counts the posts the plan asks for; for support, only the main
    # network's posts (answers elsewhere are not publications). The plan runs its rhythm from
    # the first week (routine and calendar): the target is that rhythm by the end of the second
    # month, then kept, never a half rhythm the calendar does not show.
    # A post shared to another network (Meta's cross-post, a reel reused as a Short) counts
    # once: a client reads the posts made, not « 16.5 a week » across four apps (review 26,
    # #12: Saltbush's one reel on Instagram, Facebook, TikTok and YouTube counted four times).
    primary = [n for n in active if n.role == "primary"]
    counted = primary if inputs["objective"] == "support" and primary else active
    counted = [n for n in counted if not any(r.code == "effort_cross" for r in n.reasons)]
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
    if repairing:
        kpis += _repair_kpis(inputs, kn, words, who, phases[0].end)
    elif not (inputs["objective"] == "support" and lower):
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
                targets=[
                    KpiTarget(date=d, value=goal_hours) for d in _response_by(inputs, kn, dates)
                ],
                owner=who,
                rhythm=words("rhythm_weekly"),
                source=words("kpi_response_source"),
            )
        )
    kpis = _volunteer_funnel(inputs, kn, words, who, kpis)
    calls = _calls_share(inputs, kn) if inputs["objective"] == "support" and lower else None
    if calls is not None:
        share, subject = calls
        kpis.append(
            Kpi(
                id="calls_share",
                name=words("kpi_calls_share", subject=words.own_text(subject)),
                measure=words("kpi_calls_share_measure", subject=words.own_text(subject)),
                unit="%",
                baseline=share,
                targets=[],
                target_note=words("kpi_calls_share_note", share=share),
                summary=words("kpi_calls_share_short"),
                owner=who,
                rhythm=words("rhythm_monthly"),
                source=words("kpi_calls_share_source"),
            )
        )
    kpis = _series_scorecard(inputs, kn, words, who, kpis)
    kpis = [_said_once(k, words) for k in kpis]
    kpis = _owned(inputs, kn, words, kpis)
    # a readable scorecard (the document's page budget): left out first a level already held,
    # then publishing regularity (a means the calendar shows; while the basics are fixed, kept
    # only with a line to spare), then a secondary objective's KPI
    most = kn.thresholds.kpi_max
    awareness = (inputs["objective"] or "awareness") == "awareness"
    reach_name = objective.kpis[0].name(words.lang) if awareness and objective.kpis else None

    def reach(k: Kpi) -> Kpi | None:
        """The reach line of an awareness objective, kept (review 14, #7)."""
        found = next((x for x in kpis if x.id.startswith("kpi_") and x.name == reach_name), None)
        return found if k is found or k.id == "response_time" else None

    lead_listing = any(n.role == "primary" and n.kind == "local" for n in active)
    # a response time slower than the warning's limit (slow_response fires): its KPI is the
    # plan's answer to the warning and outranks a means KPI (review 16, N7: Northbank's 72 h
    # → 24 h gone from the scorecard and the governance while the warning still fired)
    slow = float(inputs["response_time_hours"] or 0) > kn.thresholds.slow_response_hours
    rules: list[tuple[Callable[[Kpi], bool], int]] = [
        (lambda k: k.id != "main" and _usefulness(k) == 4, most),
        # publishing regularity is an effort the calendar already shows, not a result: it
        # keeps a line only on a scorecard of four or fewer (review 26 #12, review 27: Saltbush's
        # and Cire's 5th line, and Cire's document a page over its limit on Letter)
        (lambda k: k.id == "posts", most - 1),
        # appointments read along their funnel: the conversations before them say less
        (
            lambda k: (
                k.id.startswith("kpi_") and k.id != "kpi_2" and any(x.id == "no_show" for x in kpis)
            ),
            most,
        ),
        # beside followers, the reach (the objective's own measure) before its mentions
        (lambda k: first == 0 and k.id == "kpi_2", most),
        # an awareness objective keeps its reach: the response time goes first (review 14)
        (
            lambda k: k.id == "response_time" and not slow and awareness and reach(k) is not None,
            most,
        ),
        # a second objective's reach goes before its reviews or its bookings: reach says the
        # least about a result (a tour operator keeps its reviews, review 9b, #2)
        (lambda k: k.id == "second_awareness", most),
        # the list the weekly message goes to leads to the orders: the listing's actions give
        # way to it before a second objective's result does (review 10, #9)
        (lambda k: k.id == "listing_actions" and any(x.id == "list_members" for x in kpis), most),
        # the cafés that serve the brand say more than the listing's actions (review 11b)
        (lambda k: k.id == "listing_actions" and any(x.id == "stockists" for x in kpis), most),
        # a relay's figure gives way to the reviews a tour operator lives on (review 9b, #2)
        (
            lambda k: k.id.startswith("relay_") and any(x.id == "second_advocacy" for x in kpis),
            most,
        ),
        # a means to the main objective (returning participants beside the clicks) gives way to
        # a secondary objective named in the answers, which has no other line (review 13a, #2)
        (
            lambda k: (
                k.id.startswith("kpi_")
                and k.id != "kpi_2"
                and k is not reach(k)
                and any(x.id.startswith("second_") for x in kpis)
            ),
            most,
        ),
        # the objective's own figures, counted in the answers (regular donors, hampers), before
        # the generic ones: the response time, then a means to the main result, except the
        # reach of an awareness objective (review 14, #7)
        # then a channel's own figures, the listing's before the list's (the list reaches the
        # customers who come back), means to an end, before the only line a secondary objective
        # named in the answers has (review 13a, #2: a joiner's hiring, a charity's volunteers)
        # (a listing that IS the main channel keeps its figures: a dental practice's only one)
        (lambda k: k.id == "response_time" and not slow and _counted(kpis), most),
        (lambda k: k.id == "listing_actions" and not lead_listing, most),
        (lambda k: k.id == "subscribers", most),
        # a creator's sales are read in the cost per order, code by code (review 21a, Loam)
        (
            lambda k: (
                k.id.startswith("relay_")
                and any(x.id in ("ads_cost", "appointment_cost") for x in kpis)
            ),
            most,
        ),
        (lambda k: k.id.startswith("kpi_") and k is not reach(k) and _counted(kpis), most),
        # a secondary objective's count the answers give (900 regular donors) before one
        # still to measure (review 16, N7)
        (lambda k: k.id.startswith("second_") and k.baseline is None, most),
        (lambda k: k.id.startswith("second_"), most),
    ]
    for dropped, room in rules:
        while len(kpis) > room and any(dropped(k) for k in kpis):
            kpis.remove([k for k in kpis if dropped(k)][-1])
    # the one-page summary keeps the first three lines « from baseline to target »: a means
    # followed without a target comes after every line that has one (plan24 left « suivi sans
    # cible » on two of precision-machining's three lines); a count the client gave, tracked
    # without one, keeps its place: it is their own figure (review 19, D5)
    followed = words("kpi_means_short")
    # the objective's own means (an advocacy's active ambassadors) is one of the three headline
    # lines before a secondary objective's result or a response time within its limit: the
    # summary follows the objective first (review 31b, Vents: « Délai de réponse 48 h → 24 h »
    # shown, the ambassadors relegated); only when no line of the objective's own has a
    # target already (plan24: two untargeted lines of precision-machining's three)
    own = [k for k in kpis if k.id.startswith("kpi_")]
    own_means = next((k for k in own if not k.targets and k.summary == followed), None)
    if any(k.targets or k.summary != followed for k in own):
        own_means = None

    def rank(k: Kpi) -> float:
        if k is own_means:
            return OBJECTIVE_MEANS
        if not k.targets and k.summary == followed:
            return UNTARGETED
        if k.id == "response_time" and not slow:
            # a response time within the warning's limit is a means: it follows a secondary
            # objective's result rather than headline the summary (review 25b, #9: « Délai de
            # réponse 48 h → 24 h » among a youth club's three lines)
            return max(MEANS, _usefulness(k))  # a level already held stays after it
        return _usefulness(k)

    return sorted(kpis, key=rank)


def _stock_kpis(
    inputs: Inputs, kn: Catalogue, words: Words, who: str, kpis: list[Kpi]
) -> list[Kpi]:
    """A fixed stock sold over a sales year (review 27, #1: « 14 → 4 » appointments under an
    objective of 30): the main line counts the units sold toward the stock at the plan's
    checkpoints (24 → 31, 34, 38, then 40 at sell-out); the target's metric follows as the
    figure leading there, at least today's level until the first month measures how many end
    in an agreement, never capped. `kpis` unchanged without a stock goal."""
    stock = stock_goal(inputs, kn, words.lang)
    main = next((k for k in kpis if k.id == "main"), None)
    if stock is None or main is None:
        return kpis
    sold, total, word = stock
    steps = stock_steps(inputs, kn)
    name = words("kpi_stock_sold", subject=word)
    target = inputs["target"]
    figures = {"baseline": target["baseline"], "unit": words.own_text(str(target["unit"]))}
    sales = main.model_copy(
        update={
            "name": name[:1].upper() + name[1:],
            "measure": words("kpi_stock_sold_measure", whole=str(total), subject=word),
            "unit": word,
            "baseline": float(sold),
            "first_measure": "",
            "targets": [
                KpiTarget(
                    date=d,
                    value=float(n),
                    label=words("kpi_stock_sell_out", value=n) if n == total else "",
                )
                for d, n in steps
            ],
            "target_note": words("kpi_stock_sold_note"),
            "summary": "",
        }
    )
    leading = main.model_copy(
        update={
            "id": "leading",
            "targets": [],
            "target_note": words("kpi_stock_leading_note", subject=word, **figures),
            "summary": words("kpi_stock_leading_short", subject=word, **figures),
        }
    )
    at = kpis.index(main)
    return [*kpis[:at], sales, leading, *kpis[at + 1 :]]


def _calls_share(inputs: Inputs, kn: Catalogue) -> tuple[float, str] | None:
    """The share of a help desk's calls on one subject, as a proof point gives it (« 8 400
    appels reçus …, dont 41 % sur la facture »): (41.0, "la facture"); None when no proof
    point counts calls with a share on a subject."""
    calls = [w for ws in kn.metrics.call_words.values() for w in ws]
    for point in map(str, inputs.list("proof_points")):
        if not calls or not contains_words(point, calls):
            continue
        found = _CALLS_SHARE.search(point)
        if found is not None:
            subject = found.group(2).strip().rstrip(".")
            return float(found.group(1).replace(",", ".")), subject
    return None


# « dont 41 % sur la facture », "41% about the bill", "41 % of them on billing"
_CALLS_SHARE = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*%\s*(?:of them\s+)?(?:sur|concernant|about|on|for)\s+([^,;()]+)",
    re.I,
)


def _members_said(inputs: Inputs, kn: Catalogue) -> float | None:
    """The members a proof point counts (« 3 100 coopérateurs et 4 éoliennes »), the list a
    running members' letter goes to; None when no proof point counts members."""
    nouns = [w for ws in kn.metrics.letter_member_words.values() for w in ws]
    if not nouns:
        return None
    names = "|".join(re.escape(_fold(w)) for w in nouns)
    count = r"(\d{1,3}(?:[\s.,\u202f\u00a0]\d{3})+|\d+)"
    for point in map(str, inputs.list("proof_points")):
        found = re.search(rf"(?<![\d.,]){count}\s+(?:{names})(?!\w)", _fold(point))
        if found:
            figure = re.sub(r"\D", "", found.group(1))
            if figure.isdigit() and int(figure) > 0:
                return float(figure)
    return None


def gathering_named(inputs: Inputs, kn: Catalogue) -> str | None:
    """The recurring gathering a topic names (« adoption days at the pet store »), cut before
    what the topic adds after « and » / « et »; None when no topic names one."""
    sought = [w for ws in kn.metrics.gathering_words.values() for w in ws]
    for topic in map(str, inputs.list("topics")):
        head = re.split(r"\s+(?:and|et)\s+|[,;:(]", topic.strip().rstrip("."), maxsplit=1)[0]
        if sought and contains_words(head, sought):
            return head.strip()
    return None


def _volunteer_funnel(
    inputs: Inputs, kn: Catalogue, words: Words, who: str, kpis: list[Kpi]
) -> list[Kpi]:
    """Volunteers recruited (review 33c, H-b): the funnel a coordinator reads, applications a
    month with where they heard of it, the visits done and the first placement within a month,
    the newcomers still active at 90 days (the objective's own definition); no reviews line (a
    number that says nothing of the homes found), and the secondary event named as the topics
    name it, not « meetings and outings »."""
    if inputs["objective"] != "recruitment" or "volunteers" not in contexts(inputs, kn):
        return kpis
    metric = words.own_text(str(inputs["target"].get("metric") or ""))
    applications = Kpi(
        id="applications",
        name=words("kpi_volunteer_applications"),
        measure=words("kpi_volunteer_applications_measure"),
        unit=words("unit_volunteer_applications"),
        targets=[],
        target_note=words("kpi_means", metric=metric),
        summary=words("kpi_means_short"),
        owner=who,
        rhythm=words("rhythm_monthly"),
        source=words("kpi_volunteer_register"),
    )
    out: list[Kpi] = []
    gathering = gathering_named(inputs, kn)
    for k in kpis:
        if k.id == "second_advocacy":
            continue  # reviews say nothing of the homes found (review 33c, H-b)
        if k.id == "kpi_2":
            # the desired action's second step, a first placement within a month, read with
            # the visits it follows
            k = k.model_copy(
                update={"measure": f"{k.measure} {words('kpi_volunteer_first_placement')}"}
            )
        elif k.id.startswith("kpi_"):
            k = k.model_copy(update={"id": "retention"})  # the newcomers kept, a result
        elif k.id == "second_event" and gathering is not None:
            k = k.model_copy(update={"name": words("kpi_gathering_named", what=gathering)})
        out.append(k)
        if k.id == "main":
            out.append(applications)
    return out


def _weeks(count: int, words: Words) -> str:
    return words("kpi_series_week_one") if count == 1 else words("kpi_series_weeks", count=count)


def _series_scorecard(
    inputs: Inputs, kn: Catalogue, words: Words, who: str, kpis: list[Kpi]
) -> list[Kpi]:
    """A series of dated events (a tour) is read date by date on its ticket platform (review 24,
    #4): the main count each week, and each date's pacing against its venue's capacity four
    weeks and one week out; the lines of other clients go (a repeat purchase rate read in a
    customer file, seats for « an evening or a talk » the main count already reads per link, a
    creator's code read in an online shop)."""
    series = series_days(inputs, kn) if series_count(inputs, kn) else None
    if series is None:
        return kpis
    kept = [
        k.model_copy(update={"rhythm": words("rhythm_weekly")}) if k.id == "main" else k
        for k in kpis
        if not (k.id.startswith(("kpi_", "relay_")) or k.id == "second_event")
    ]
    pacing = sorted(kn.metrics.series_pacing.items(), reverse=True)
    if not pacing:
        return kept
    first = series[0]
    then = f" {words('kpi_series_then')} "
    line = Kpi(
        id="series_pacing",
        name=words("kpi_series_pacing"),
        measure=words(
            "kpi_series_pacing_measure", lead=then.join(_weeks(w, words) for w, _ in pacing)
        ),
        unit=words("unit_capacity_share"),
        baseline=None,
        first_measure=words("kpi_series_pacing_first"),
        # the first date's readings and the last's, each saying its date: every date is read
        # the same way, not only the first (review 27, #5)
        targets=sorted(
            (
                KpiTarget(
                    date=day - timedelta(weeks=w),
                    value=share,
                    label=words(
                        f"kpi_series_pacing_target_{'first' if day == first else 'last'}",
                        value=round(share),
                        lead=_weeks(w, words),
                    ),
                )
                for day in dict.fromkeys(series)
                for w, share in pacing
                if day - timedelta(weeks=w) > inputs["start_date"]
            ),
            key=lambda t: t.date,
        ),
        target_note=words("kpi_series_pacing_every", other_date=first, deadline=series[1]),
        summary=words(
            "kpi_series_pacing_short",
            value=round(pacing[0][1]),
            lead=_weeks(pacing[0][0], words),
            promo=round(pacing[-1][1]),
        )
        if len(pacing) > 1
        else "",
        owner=who,
        rhythm=words("rhythm_weekly"),
        source=main_source(inputs, kn, words) or words("kpi_source_unknown"),
    )
    at = next((n for n, k in enumerate(kept) if k.id == "main"), -1) + 1
    return [*kept[:at], line, *kept[at:]]


UNTARGETED = 3.7  # after every line with a target, before publishing regularity
MEANS = 3.25  # a response time already within the limit: after the secondary results
# the objective's own means, before a secondary objective's result (review 31b, Vents)
OBJECTIVE_MEANS = 2.9


def _year_label(inputs: Inputs, kn: Catalogue, words: Words, day: date) -> str:
    """A seasonal target as the scorecard reads it: its rise on the same month a year before
    (« +11 % sur mai 2026 »), or « au moins le niveau de mai 2026 » when it asks no rise."""
    change = year_on_year(inputs, kn, day) or 0.0
    month = read_month(inputs, kn, day)  # a monthly metric: the last complete month (plan33)
    read = "_read" if month != day else ""
    before = year_ago(month)
    if change <= 0:
        return words(f"kpi_year_target_level{read}", month=month, month_before=before)
    return words(f"kpi_year_target{read}", change=change, month=month, month_before=before)


def _repair_kpis(inputs: Inputs, kn: Catalogue, words: Words, who: str, by: date) -> list[Kpi]:
    """The repairs a booked-out business is judged on first (review 12a, #1): the time to call
    back a request, from the answer's figure to the callback rule (thresholds), and the share of
    negative reviews with a public answer, both by the end of the repair phase."""
    answered = inputs["response_time_hours"]
    said = [w for ws in kn.metrics.unanswered_words.values() for w in ws]
    unanswered = any(contains_words(str(p), said) for p in inputs.list("proof_points"))
    return [
        Kpi(
            id="repair_callback",
            lower_is_better=True,
            name=words("kpi_callback"),
            measure=words("kpi_callback_measure"),
            unit=words("unit_hours"),
            baseline=None if answered is None else float(answered),
            targets=[KpiTarget(date=by, value=float(kn.thresholds.callback_hours))],
            # the answer gave a response time, taken as the callback's start (review 13a, #4)
            target_note=words("kpi_then_hold")
            if answered is None
            else words("kpi_callback_start", response=answered),
            owner=who,
            rhythm=words("rhythm_weekly"),
            source=words("kpi_callback_source"),
        ),
        Kpi(
            id="repair_reviews",
            name=words("kpi_reviews_answered"),
            measure=words("kpi_reviews_answered_measure"),
            unit=words("unit_share_reviews"),
            # the answers say the negative reviews are left unanswered: none answered today
            # (review 14, #5: « la part d'aujourd'hui, relevée la première semaine » beside
            # « dont deux à une étoile sans réponse »)
            baseline=0.0 if unanswered else None,
            first_measure="" if unanswered else words("kpi_reviews_answered_first"),
            targets=[KpiTarget(date=by, value=100.0)],
            target_note=words("kpi_then_hold"),
            owner=who,
            rhythm=words("rhythm_weekly"),
            source=words("kpi_reviews_answered_source"),
        ),
    ]


def _participants(inputs: Inputs, kn: Catalogue, words: Words, who: str) -> list[Kpi]:
    """An event judged on the money raised after it (review 11a, #4): its own lever, the
    participants registered by its eve, is counted too; aimed at the money's rise, at the same
    amount raised per participant as the last edition."""
    close = registrations_close(inputs, kn)
    if close is None or not collected_days(inputs, kn):
        return []
    base, goal = inputs["target"].get("baseline"), goal_value(inputs, kn)
    rise = goal / float(base) if base and goal else None
    count = _participants_said(inputs, kn)
    if count is not None and rise:  # the count the answers give, at the money's rise (12a, #5)
        return [
            Kpi(
                id="participants",
                name=words("kpi_participants"),
                measure=words("kpi_participants_measure"),
                unit=words("unit_participants"),
                baseline=count,
                targets=[KpiTarget(date=close, value=float(round(count * rise)))],
                target_note=words("kpi_participants_rule_said"),
                owner=who,
                rhythm=words("rhythm_weekly"),
                source=words("kpi_participants_source"),
            )
        ]
    return [
        Kpi(
            id="participants",
            name=words("kpi_participants"),
            measure=words("kpi_participants_measure"),
            unit=words("unit_participants"),
            first_measure=words("kpi_participants_first"),
            targets=[],
            target_note=words("kpi_participants_rule", ratio=rise, other_date=close)
            if rise
            else "",
            owner=who,
            rhythm=words("rhythm_weekly"),
            source=words("kpi_participants_source"),
        )
    ]


def _count_said(
    texts: list[str], nouns: list[str], kn: Catalogue | None = None
) -> tuple[float, str] | None:
    """The first count said right before one of `nouns` (« 900 regular donors »), with the
    noun as written; None when the answers give none. A count of another channel's list
    ("SMS list of 41,000 subscribers") gives way to the email list's named before it ("Email
    list of 182,000 and …"), the one a newsletter writes to (review 20, D4)."""
    for text in texts:
        for match in re.finditer(r"(\d[\d\s.,]*?)\s+(?=[^\W\d])", text):
            rest = text[match.end() :]
            for noun in sorted(nouns, key=len, reverse=True):
                said = rest[: len(noun)]
                after = rest[len(noun) : len(noun) + 1]
                if _fold(said) == _fold(noun) and not after.isalnum():
                    figure = re.sub(r"[\s.,]", "", match.group(1))
                    email = _email_list(text[: match.start()], kn) if kn else None
                    if email is not None:
                        return email, said
                    if figure.isdigit() and int(figure) > 0:
                        return float(figure), said
    return None


def _email_list(before: str, kn: Catalogue) -> float | None:
    """The email list's count named before another channel's (scoring.email_list_count)."""
    m = kn.metrics
    return email_list_count(before, m.list_other_words, m.list_email_words)


def _grown(count: float, change: float) -> float:
    """A count raised by `change` %, to the unit, at least one more."""
    return float(max(count + 1, round(count * (1 + change / 100))))


def _loyal_kpi(
    inputs: Inputs, kn: Catalogue, words: Words, who: str, active: list[NetworkPlan]
) -> Kpi | None:
    """A loyalty objective whose answers count those who stay (« 900 regular donors »): that
    count, tracked without a target of this tool (review 19, D5), unless the plan feeds it."""
    nouns = [w for ws in kn.metrics.loyal_words.values() for w in ws]
    texts = [str(inputs["audience_description"] or "")]
    texts += [str(p) for p in inputs.list("proof_points")]
    found = _count_said(texts, nouns, kn)
    if found is None:
        return _subscribers_kpi(inputs, kn, words, who)
    count, noun = found
    if captive(inputs, kn, noun):
        return None  # a public service's subscribers stay whatever it posts (review 30b, E6)
    if _fed_list(inputs, kn, active, texts, noun):
        return _fed_list_kpi(inputs, kn, words, who, count, noun)
    name = words.own_text(noun)
    # a whole base (members, subscribers) is tracked, not grown by a rule of this tool: + 20 %
    # of a credit union's 118,000 members in a year is no cautious figure (review 19, D5); the
    # noun in full where it could be read as followers (« Abonnés à la saison »)
    offer = str(inputs["offer"] or "")
    for entry in kn.metrics.stock_names:
        nouns = [_fold(w) for ws in entry.words.values() for w in ws]
        offers = [w for ws in entry.offer.values() for w in ws]
        if _fold(noun) in nouns and (not offers or contains_words(offer, offers)):
            name = entry.name.get(words.lang, name)
    return Kpi(
        id="second_loyalty",
        name=name[:1].upper() + name[1:],
        measure=words("kpi_loyal_measure", what=words.own_text(noun)),
        unit=words.own_text(noun),
        baseline=count,
        targets=[],
        target_note=words("kpi_count_tracked"),
        summary=words("kpi_count_tracked_short"),
        owner=who,
        rhythm=words("rhythm_monthly"),
        source=words("kpi_loyal_source", what=words.own_text(noun)),
    )


def captive(inputs: Inputs, kn: Catalogue, noun: str | None = None) -> bool:
    """Those the organisation serves cannot go elsewhere (a public water board's subscribers,
    metrics.yaml `captive_kinds`/`captive_words`): their count or their « loyalty » is no
    figure of a social-media plan (review 30b, E6). With no noun, whether the answers count
    such a base (« 29 500 abonnés ») among the audience or the proof points."""
    m = kn.metrics
    if inputs["org_kind"] not in m.captive_kinds:
        return False
    nouns = [w for ws in m.captive_words.values() for w in ws]
    if noun is not None:
        return _fold(noun) in [_fold(w) for w in nouns]
    texts = [str(inputs["audience_description"] or "")]
    texts += [str(p) for p in inputs.list("proof_points")]
    return _count_said(texts, nouns) is not None


def _fed_list(
    inputs: Inputs, kn: Catalogue, active: list[NetworkPlan], texts: list[str], noun: str
) -> bool:
    """A list the plan feeds: the email list of the newsletter the plan keeps, whose count the
    answers give (« The newsletter has 14,200 subscribers »), or the list that sells (review
    21b, D4: the newsletter card said YouTube brings it sign-ups, the scorecard that social
    media does not move it). A credit union's members or a charity's donors are no such list."""
    m = kn.metrics
    letter = kn.thresholds.returning_channel
    kept = any(n.id == letter and n.role in ("primary", "secondary") for n in active)
    if not kept or letter not in inputs.list("current_networks"):
        return False
    if list_sells(inputs, kn.thresholds, m.list_other_words, m.list_email_words):
        return True
    emails = [w for ws in m.list_email_words.values() for w in ws]
    return any(_fold(noun) in _fold(text) and contains_words(text, emails) for text in texts)


def _fed_list_kpi(
    inputs: Inputs, kn: Catalogue, words: Words, who: str, count: float, noun: str
) -> Kpi:
    """The sign-ups the plan brings to a list it feeds, each month: from the first month's
    count, the horizon's cautious rise reached by the objective's date (a cohort's close: the
    list sells before it), else by the plan's end; the list's size today is said beside it,
    never grown by a rule (review 21b, D4)."""
    start: date = inputs["start_date"]
    end = deadline(inputs)
    close = objective_deadline(inputs, kn)
    by = close if start < close < end else end
    what = words.own_text(noun)
    change = first_month_change(inputs, kn, end)
    return Kpi(
        id="second_list",
        name=words("kpi_fed_list"),
        measure=words("kpi_fed_list_measure", subscribers=count, what=what),
        unit=words("unit_signups"),
        targets=[],
        first_measure=words("kpi_first_month_figure"),
        target_note=words("kpi_fed_list_rule", change=change, deadline=by),
        summary=words("kpi_plus_short", change=change, deadline=by),
        owner=who,
        rhythm=words("rhythm_monthly"),
        source=words("kpi_fed_list_source"),
    )


def _subscribers_kpi(inputs: Inputs, kn: Catalogue, words: Words, who: str) -> Kpi | None:
    """A desired action that subscribes (« s'abonner à la box mensuelle »): those subscribers,
    from the first month's count, by the cautious rule (review 14, #5: Mâche Mâche's scorecard
    had only a repeat-purchase rate)."""
    action = str(inputs["desired_action"] or "")
    folded = _fold(action)
    for lang, verbs in kn.metrics.subscribe_words.items():
        for verb in verbs:
            at = folded.find(_fold(verb))
            if at < 0:
                continue
            rest = action[at + len(verb) :]
            cut = min(
                [rest.find(s) for s in kn.metrics.subscribe_stops.get(lang, []) if s in rest]
                or [len(rest)]
            )
            thing = rest[:cut].strip()
            if not thing:
                continue
            return Kpi(
                id="second_loyalty",
                # « à la box mensuelle »: the verb's own preposition, then the thing as said
                name=words(
                    "kpi_action_subscribers",
                    subject=words.own_text(f"{verb.split()[-1]} {thing}"),
                ),
                measure=words("kpi_action_subscribers_measure"),
                unit=words("unit_subscribers"),
                targets=[],
                target_note=_rule(inputs, kn, words, "", False),
                summary=_rule_short(inputs, kn, words, "", False),
                owner=who,
                rhythm=words("rhythm_monthly"),
                source=words("kpi_action_subscribers_source"),
            )
    return None


def _appeal_kpi(inputs: Inputs, kn: Catalogue, words: Words, who: str) -> Kpi | None:
    """A second season whose last edition's count the proof points give (« The Christmas
    appeal 2025 paid for 310 hampers »): that count, raised by the cautious rule, by the day it
    closes (review 14, #7)."""
    season = appeal_season(inputs, kn, words.lang)
    if season is None:
        return None
    _opens, closes, name = season
    nouns = [w for ws in kn.metrics.appeal_count_words.values() for w in ws]
    found = _count_said([str(p) for p in inputs.list("proof_points")], nouns)
    if found is None:
        return None
    count, noun = found
    change = first_month_change(inputs, kn, deadline(inputs))
    title = words.own_text(noun)
    title = title[:1].upper() + title[1:]
    return Kpi(
        id="appeal",
        name=words("kpi_appeal_count", what=title, subject=words.own_text(name)),
        measure=words("kpi_appeal_count_measure", what=words.own_text(noun)),
        unit=words.own_text(noun),
        baseline=count,
        targets=[KpiTarget(date=closes, value=_grown(count, change))],
        target_note=words("kpi_count_said_rule_last", change=change),
        owner=who,
        rhythm=words("rhythm_weekly"),
        source=words("kpi_appeal_count_source"),
    )


def _participants_said(inputs: Inputs, kn: Catalogue) -> float | None:
    """The last edition's participants when the answers count them (« raised GBP 18,400 with 140
    walkers »: a number right before a participant word, metrics.yaml `participant_words`), from
    the proof points, the target's words, then the audience's description."""
    nouns = [w for ws in kn.metrics.participant_words.values() for w in ws]
    if not nouns:
        return None
    texts = [str(p) for p in inputs.list("proof_points")]
    texts += [str(inputs["target"].get("metric") or ""), str(inputs["audience_description"] or "")]
    for text in texts:
        for match in re.finditer(r"(\d[\d\s.,]*?)\s+([^\W\d]+)", text):
            if any(_fold(match.group(2)) == _fold(n) for n in nouns):
                figure = re.sub(r"[\s.,]", "", match.group(1))
                if figure.isdigit() and int(figure) > 0:
                    return float(figure)
    return None


def _stockists(inputs: Inputs, kn: Catalogue, words: Words, who: str) -> list[Kpi]:
    """The places serving the brand, counted in a proof point (« 45 cafés nous servent »): a
    KPI from that count, `growth` more by the plan's end (review 11b, 9a #6 residue)."""
    rule = kn.metrics.stockists
    if rule is None:
        return []
    places = [w for ws in rule.words.values() for w in ws]
    verbs = [w for ws in rule.verbs.values() for w in ws]
    for proof in map(str, inputs.list("proof_points")):
        match = re.match(r"\s*(\d[\d\s.,]*)\s+(.+)", proof)
        if not match or not contains_words(proof, verbs):
            continue
        noun = next((p for p in places if _fold(match.group(2)).startswith(_fold(p))), None)
        if noun is None:
            continue
        count = float(re.sub(r"[\s.,]", "", match.group(1)))
        end = deadline(inputs)
        return [
            Kpi(
                id="stockists",
                name=words("kpi_stockists", what=match.group(2)[: len(noun)]),
                measure=words("kpi_stockists_measure"),
                unit=words.own_text(match.group(2)[: len(noun)]),
                baseline=count,
                targets=[KpiTarget(date=end, value=float(round(count * (1 + rule.growth))))],
                target_note=words("kpi_stockists_rule"),
                owner=who,
                rhythm=words("rhythm_monthly"),
                source=words("kpi_stockists_source"),
            )
        ]
    return []


_RATE_OF = re.compile(r"^%\s*(?:des|de la|de l'|de l’|du|de|d'|d’|of(?: the)?)\s*(.+)$", re.I)


def _conversion(
    template: KpiTemplate, inputs: Inputs, kn: Catalogue, words: Words, kpi: Kpi, by: date
) -> Kpi | None:
    """A rate of the objective's own count over another count (deposits over offers): when
    the answers give both (the target's baseline, and « 1,980 offers » among the proof points
    or the audience), its baseline is their ratio and its target the ratio the objective asks
    for from as many as last time (560 deposits from 1,980 offers), not « measured in month
    1 » (review 26, #14). The rate's denominator is the noun its unit names (« % of offers »);
    its numerator, the target's unit, named in the rate's measure. None otherwise."""
    target = inputs["target"]
    base, goal = target.get("baseline"), goal_value(inputs, kn)
    unit = str(target.get("unit") or "").strip()
    if not base or not goal or not unit or template.unit is None or template.lower_is_better:
        return None
    measures = " ".join(raw for _, raw in template.measure.items())
    if not contains_words(measures, [unit]):
        return None  # a rate of something else than the objective's count
    nouns = [
        m.group(1).strip()
        for _, raw in template.unit.items()
        if (m := _RATE_OF.match(raw.strip())) is not None
    ]
    texts = [str(p) for p in inputs.list("proof_points")]
    texts += [str(inputs["audience_description"] or "")]
    found = _count_said(texts, nouns) if nouns else None
    if found is None or found[0] <= float(base):
        return None
    count, _ = found
    said = template.unit(words.lang).strip()  # the noun in the document's language
    noun = m.group(1).strip() if (m := _RATE_OF.match(said)) is not None else nouns[0]
    return kpi.model_copy(
        update={
            "baseline": round(float(base) / count * 100, 1),
            "first_measure": "",
            "targets": [KpiTarget(date=by, value=round(min(100.0, goal / count * 100), 1))],
            "target_note": words(
                "kpi_conversion_note",
                value=goal,
                unit=words.own_text(unit),
                n=words.loc.number(count, 0),
                what=noun,
                baseline=base,
            ),
            "summary": "",
        }
    )


def _sponsors_kpi(inputs: Inputs, kn: Catalogue, words: Words, who: str) -> Kpi | None:
    """The sponsors a club or a shop names and counts among its proof points (« 21 sponsors
    locaux, dont 15 depuis plus de cinq ans »), when keeping them is a goal (loyalty among the
    objectives, partners in the audience): their renewals on a row of their own, « renouvelés
    sur 21 », by the new season's start (or the plan's end), not a clause inside the members'
    re-affiliation rate (review 26, #13). The nouns: metrics' `sponsor_words`."""
    goals = [inputs["objective"], *inputs.list("secondary_objectives")]
    if "loyalty" not in goals or "partners" not in inputs.list("audience_types"):
        return None
    nouns = sponsor_nouns(kn, words.lang)
    found = _count_said([str(p) for p in inputs.list("proof_points")], nouns)
    if found is None:
        return None
    count, noun = found
    what = words.own_text(noun)
    by = season_start(inputs, kn) or deadline(inputs)
    return Kpi(
        id="sponsors",
        name=words("kpi_sponsors", what=what[:1].upper() + what[1:]),
        measure=words("kpi_sponsors_measure", count=count, what=what),
        targets=[
            KpiTarget(
                date=by, value=count, label=words("kpi_sponsors_target", value=count, count=count)
            )
        ],
        first_measure=words("kpi_sponsors_first"),
        target_note=words("kpi_sponsors_note", what=what),
        summary=words("kpi_sponsors_short", value=count, count=count, deadline=by),
        owner=who,
        rhythm=words("rhythm_monthly"),
        source=words("kpi_sponsors_source", what=what),
    )


def _month_list(days: list[date], words: Words) -> str:
    """The months of these days, named (« février et mai »)."""
    months = sorted({d.month for d in days})
    return words.loc.join([words.loc.date(date(2000, m, 1), "MMMM") for m in months])


def _response_by(inputs: Inputs, kn: Catalogue, dates: list[date]) -> list[date]:
    """When the response time is to be met: before the key period when the plan has one (a
    campaign's deadline, the months customers book in, a date the answers name), by the first
    of the month after the set-up fortnight (review 6, #4: people asking "how do I sign?" in
    February do not wait four days). The daily ritual commits to it from the first day: the KPI
    checks it by that same first month, never months later (review 24, #11: « répondre en moins
    de 24 h » every day while the KPI reached 24 h on 3 May)."""
    start: date = inputs["start_date"]
    early = add_months(start.replace(day=1), 1)
    if early < start + timedelta(days=14):
        early = add_months(early, 1)
    # not due on a public holiday, when nobody answers: the next working day (review 22b, D7)
    early = open_day(inputs, kn, early, working=True)
    return sorted({early, *dates})


def _follow_up(
    kid: str,
    template: KpiTemplate,
    inputs: Inputs,
    kn: Catalogue,
    words: Words,
    who: str,
    by: date | None = None,
) -> Kpi:
    """A KPI whose baseline is the first month's measure and whose target follows the rule, by
    the plan's end or by `by` (the eve of the event it serves)."""
    unit = template.unit(words.lang) if template.unit else ""
    kpi = Kpi(
        id=kid,
        name=template.name(words.lang),
        measure=_measure(template, inputs, words),
        unit=unit,
        lower_is_better=template.lower_is_better,
        targets=[],
        target_note=_rule(inputs, kn, words, unit, template.lower_is_better, by),
        summary=_rule_short(inputs, kn, words, unit, template.lower_is_better, by),
        owner=who,
        rhythm=words(f"rhythm_{template.rhythm}"),
        source=_source(template, inputs, words),
    )
    # a percentage among the proof points gives a share's baseline (never a count's)
    rate = unit.strip().startswith("%")
    given = proof_baseline(template, inputs) if rate else None
    once = {"per_season": "season", "per_edition": "edition"}.get(template.rhythm)
    end = by or judged_by(inputs, kn)
    change = first_month_change(inputs, kn, end, True)
    if given is None and template.rhythm == "quarterly":
        # a share read each quarter has no figure after one month (cards come back slowly)
        update = {
            "first_measure": words("kpi_first_quarter"),
            "target_note": words(
                f"kpi_rule_quarter{'_rate' if rate else ''}",
                change=first_month_change(inputs, kn, end, rate),
                deadline=end,
            ),
            "summary": words(
                f"kpi_{'points' if rate else 'plus'}_short",
                change=first_month_change(inputs, kn, end, rate),
                deadline=end,
            ),
        }
        return kpi.model_copy(update=update)
    if given is None and once == "edition" and not rate:
        # a count taken on the day (visitors at an open day): no monthly rule (review 9b, #9)
        update = {
            "first_measure": words("kpi_first_on_the_day"),
            "target_note": words("kpi_count_on_the_day"),
            "summary": "",
        }
        return kpi.model_copy(update=update)
    if given is None and once and rate:
        # read once a season or an edition: the last one gives the starting figure, not a month
        update = {
            "first_measure": words(f"kpi_first_last_{once}"),
            "target_note": words(f"kpi_rule_last_{once}", change=change),
            # the summary gives the rule's short form, as the scorecard does (review 21a, R5)
            "summary": words(f"kpi_last_{once}_short", change=change),
        }
        return kpi.model_copy(update=update)
    if given is None:
        return kpi
    # the person's own figure is the baseline; the target is the rule's change from it, read
    # when the season or the edition gives the next figure
    aim = given - change if template.lower_is_better else given + change
    note = {"per_season": "kpi_proof_season", "per_edition": "kpi_proof_edition"}
    # read « at the end of the season »: dated then, even past the plan (review 6, #11)
    when = (season_end(inputs, kn) or end) if once == "season" else end
    return kpi.model_copy(
        update={
            "baseline": given,
            "targets": [KpiTarget(date=when, value=round(min(100.0, max(0.0, aim)), 1))],
            "target_note": words(note.get(template.rhythm, "kpi_proof"), change=change),
        }
    )


def _place_network_kpi(
    inputs: Inputs, kn: Catalogue, active: list[NetworkPlan], words: Words, who: str
) -> Kpi | None:
    """A seller on a marketplace that ships its parcels (Etsy): the visits and orders its main
    network sends, read in the marketplace's own traffic sources, each month against the same
    month a year before, so that the network given most hours shows what it brings (review
    30a, C4: no « visites Etsy venues de Pinterest » though Pinterest had half the hours)."""
    place = sale_place(inputs, kn)
    if place is None or not place.parcels or inputs["objective"] != "sales":
        return None
    main = next((n for n in active if n.role == "primary" and n.kind == "social"), None)
    if main is None:
        return None
    name = place.words[0].title()
    return Kpi(
        id="place_network",
        name=words("kpi_place_network", where=name, network=main.id),
        measure=words("kpi_place_network_measure", where=name, network=main.id),
        unit=words("kpi_place_network_unit"),
        targets=[],
        target_note=words("kpi_place_network_note", network=main.id),
        summary=words("kpi_place_network_short"),
        owner=who,
        rhythm=words("rhythm_monthly"),
        source=words("kpi_place_network_source", where=name),
    )


def _secondary_kpis(
    inputs: Inputs,
    kn: Catalogue,
    active: list[NetworkPlan],
    words: Words,
    who: str,
    taken: set[str],
    returning: bool = False,
) -> list[Kpi]:
    """One KPI per secondary objective, so that each action the person asks for is counted (a
    tasting booked, a truck booked for a company event): the objective's own KPI for that role,
    else its first KPI that can be read with the channels kept and is not already there."""
    kpis: list[Kpi] = []
    main = inputs["objective"] or "awareness"
    for code in inputs.list("secondary_objectives"):
        if code == main:
            continue
        if code == "event" and affiliated(inputs, kn):
            # a club counting its affiliated members holds its events to sign them up (the
            # trial sessions the main objective's lever counts already): no « people at your
            # meetings and outings », an association's line (review 26, #13)
            continue
        if code == "event" and runs_webinars(inputs, kn):
            # an online event's funnel, read after each one (review 28new, D7: « Bookings from
            # social … a tasting » for a dental SaaS's webinar)
            kpis.append(_webinar_kpi(inputs, kn, words, who))  # the event's own line
            continue
        if code == "event" and inputs["premises"] == "online_only" and inputs["market"] == "b2b":
            continue  # no visit, tasting or workshop booked from a firm's screen (28new, D7)
        if code == "loyalty" and captive(inputs, kn):
            continue  # a captive base's loyalty is no social KPI (review 30b, E6)
        if code == "loyalty":
            said = _loyal_kpi(inputs, kn, words, who, active)
            if said is not None and said.name not in taken:
                taken.add(said.name)
                kpis.append(said)
                continue
        objective = kn.objective(code, inputs["org_kind"])
        own = objective.kpis + ([objective.secondary_kpi] if objective.secondary_kpi else [])
        if any(t.name(words.lang) in taken for t in own):
            continue  # already measured (a repeat purchase rate measures loyalty)
        if any(in_context(t, inputs, kn).name(words.lang) in taken for t in own):
            continue  # the same, said for the context (buyers who come back)
        candidates = [objective.secondary_kpi] if objective.secondary_kpi else []
        candidates += [t for t in objective.kpis if not t.at_key_date]
        candidates = [in_context(t, inputs, kn) for t in candidates]
        if returning:  # the main KPI already is a share of customers who come back
            candidates = [t for t in candidates if not t.proof_words]
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
        kpi = _follow_up(f"second_{code}", template, inputs, kn, words, who)
        event = second_event_name(inputs, kn, words.lang) if code == "event" else None
        sought = [w for ws in kn.metrics.volunteer_words.values() for w in ws]
        topic = next(
            (str(t) for t in inputs.list("topics") if contains_words(str(t), sought)), None
        )
        if code == "recruitment" and topic is not None:
            # whom the applications are for, as the topics name them (review 14, #7: « Qualified
            # applications » for a charity's befrienders)
            kpi = kpi.model_copy(
                update={"name": words("kpi_applications_named", subject=words.own_text(topic))}
            )
        fair = second_event_day(inputs, kn) if code == "event" and is_fair(inputs, kn) else None
        if fair is not None:
            # counted from none on the fair's eve, not a monthly figure to the horizon (15, D1)
            # a number by the eve, the same on the summary and the scorecard: this tool's
            # assumption, stated (review 17 NEW-2: « cible fixée après la première mesure »)
            eve = fair - timedelta(days=1)
            rules = kn.metrics
            meetings = float(rules.fair_meetings_per_day * rules.fair_days)
            note = words(
                "kpi_fair_note",
                count=rules.fair_meetings_per_day,
                days=rules.fair_days,
            )
            kpi = kpi.model_copy(
                update={
                    "baseline": 0.0,
                    "first_measure": "",
                    "targets": [KpiTarget(date=eve, value=meetings)] if meetings else [],
                    "target_note": note,
                    "summary": "",
                }
            )
        if event is not None and "open_day" in contexts(inputs, kn):
            # the fête the plan announces by its name is counted by its name (review 11b)
            kpi = kpi.model_copy(update={"name": words("kpi_visitors_named", what=event)})
        kpis.append(kpi)
    return kpis


def _webinar_kpi(inputs: Inputs, kn: Catalogue, words: Words, who: str) -> Kpi:
    """An online event's funnel (review 28new, D7: « Webinar registrations → attendees (show-up
    %) → demos booked within 14 days »): read after each webinar in its tool, then in the log
    of enquiries, compared from one webinar to the next; the demos (or the requests) it brings
    are what counts toward the objective. No target this tool would invent."""
    said = "_demo" if demo_asked(inputs, kn) else ""
    return Kpi(
        id="second_event",
        name=words(f"kpi_webinar_funnel{said}"),
        measure=words(f"kpi_webinar_funnel_measure{said}"),
        targets=[],
        first_measure=words("kpi_webinar_first"),
        target_note=words(f"kpi_webinar_note{said}"),
        summary=words("kpi_webinar_short"),
        owner=who,
        rhythm=words("rhythm_after_each_webinar"),
        source=words("kpi_webinar_source"),
    )


def _waitlist_kpi(inputs: Inputs, kn: Catalogue, words: Words, who: str) -> Kpi | None:
    """A desired action that joins a waitlist (« Join the Drop 03 waitlist now »): its
    sign-ups, counted each week until the launch, and on launch day the share who buy (review
    20, D4); None for any other action or when the metric counts them already."""
    said = [w for ws in kn.metrics.waitlist_words.values() for w in ws]
    action = str(inputs["desired_action"] or "")
    metric = str(inputs["target"].get("metric") or "")
    if not said or not contains_words(action, said) or contains_words(metric, said):
        return None
    launch = launch_window(inputs, kn)
    by = launch[0] if launch is not None else None
    return Kpi(
        id="waitlist",
        name=words("kpi_waitlist"),
        first_measure=words("kpi_waitlist_first"),
        measure=words("kpi_waitlist_measure"),
        unit=words("unit_waitlist"),
        targets=[],
        target_note=words("kpi_waitlist_note", deadline=by)
        if by is not None
        else _rule(inputs, kn, words, "", False),
        summary=words("kpi_waitlist_short", deadline=by)
        if by is not None
        else _rule_short(inputs, kn, words, "", False),
        owner=who,
        rhythm=words("rhythm_weekly"),
        source=words("kpi_waitlist_source"),
    )


def _tracked(kid: str, unit: str, words: Words, who: str) -> Kpi:
    """A cost read each month with no invented target, lower being better, its words under
    `kpi_<id>…` in the phrases (the cost of an order from ads, the return rate)."""
    return Kpi(
        id=kid,
        lower_is_better=True,
        name=words(f"kpi_{kid}"),
        measure=words(f"kpi_{kid}_measure"),
        unit=words(unit),
        targets=[],
        target_note=words(f"kpi_{kid}_note"),
        summary=words(f"kpi_{kid}_short"),
        owner=who,
        rhythm=words("rhythm_monthly"),
        source=words(f"kpi_{kid}_source"),
    )


def _sale_costs(inputs: Inputs, kn: Catalogue, words: Words, who: str, ads: float) -> list[Kpi]:
    """What a sale costs: an objective paid for by ads tracks the cost per order and the sales
    per dollar spent (CAC / ROAS), and clothes sold online their return rate; both tracked with
    no invented target (review 21a, Loam: $218,700 of ads, 19 % of returns, neither counted)."""
    out: list[Kpi] = []
    objective = inputs["objective"] or "awareness"
    rules = kn.metrics
    # orders counted in an online shop: a shop's counter sale has no order to divide by, its
    # social code read at the till already says what the ads brought (review 23a, Fournil)
    sold_online = inputs["premises"] == "online_only"
    if (
        ads >= rules.ads_cost_min_monthly > 0
        and objective in rules.ads_cost_objectives
        and sold_online
    ):
        out.append(_tracked("ads_cost", "unit_orders_cost", words, who))
        if series_count(inputs, kn):
            # a tour's orders are tickets, read on its ticketing platform, not in an online
            # shop it has not got (review 24, #4: Saltbush's scorecard said « the online shop »)
            out[-1] = out[-1].model_copy(
                update={
                    key: words(f"kpi_ads_cost_tickets{end}")
                    for key, end in (
                        ("name", ""),
                        ("measure", "_measure"),
                        ("source", "_source"),
                        ("unit", "_unit"),
                    )
                }
            )
    said = [w for ws in kn.metrics.return_rate_words.values() for w in ws]
    online = inputs["premises"] == "online_only" or inputs["market"] == "b2c"
    returned = objective == "sales" and online and bool(said)
    if returned and contains_words(str(inputs["offer"]), said):
        if out:  # one line: the cost of an order kept, the return rate read beside it
            kept = {
                "name": words("kpi_ads_cost_kept"),
                "measure": words("kpi_ads_cost_kept_measure"),
            }
            return [out[0].model_copy(update=kept)]
        out.append(_tracked("return_rate", "unit_orders_share", words, who))
    return out


def _fold_agreements(kpis: list[Kpi], words: Words) -> list[Kpi]:
    """A stock's leading appointments row is divided by the share of attended appointments
    that signs: that share is read in the row, not in a sixth one over the scorecard's five
    (review 27, #1, Wellington: suites sold, appointments, their source, cost, no-shows)."""
    if not any(k.id == "leading" for k in kpis) or not any(k.id == "agreements" for k in kpis):
        return kpis
    extra = words("kpi_stock_leading_agreements")
    return [
        k.model_copy(update={"measure": f"{k.measure} {extra}"}) if k.id == "leading" else k
        for k in kpis
        if k.id != "agreements"
    ]


def _appointment_funnel(
    inputs: Inputs,
    kn: Catalogue,
    words: Words,
    who: str,
    ads: float,
    entry: MetricMeasure | None,
) -> list[Kpi]:
    """Leads counted as appointments kept (review 25b, #2 and #9: a developer's model-suite
    appointments with about $83,000 of ads and no line on what they cost): the funnel around
    the main figure, read in the CRM: the appointments not kept (lower is better), the
    attended ones followed by a signed agreement, and, when ads pay for them, the cost of each
    qualified appointment (lower is better). None of them gets a target this tool invents."""
    if entry is None or entry.id != "appointments":
        return []
    no_show = _tracked("no_show", "unit_booked_share", words, who).model_copy(
        update={"rhythm": words("rhythm_weekly")}
    )
    unit = words("unit_attended_share")
    agreements = Kpi(
        id="agreements",
        name=words("kpi_agreements"),
        measure=words("kpi_agreements_measure"),
        unit=unit,
        targets=[],
        target_note=_rule(inputs, kn, words, unit, False),
        summary=_rule_short(inputs, kn, words, unit, False),
        owner=who,
        rhythm=words("rhythm_monthly"),
        source=words("kpi_agreements_source"),
    )
    paid = ads >= kn.metrics.ads_cost_min_monthly > 0
    cost = [_tracked("appointment_cost", "unit_appointment_cost", words, who)] if paid else []
    return [*cost, no_show, agreements]


def books_attendance(inputs: Inputs, kn: Catalogue) -> bool:
    """An appointment business that cares who turns up (review 28new, D2): attendance said in
    the desired action, the metric or a proof point (« réservés et honorés », « prévenir la
    clinique si l'on ne peut pas venir »), an appointment or a booking in the desired action
    or the metric (metrics.yaml `attendance`)."""
    rule = kn.metrics.attendance
    if rule is None:
        return False
    asked = [str(inputs["desired_action"] or ""), str(inputs["target"].get("metric") or "")]
    said = asked + [str(p) for p in inputs.list("proof_points")]
    return any(contains_words(t, _all(rule.words)) for t in said) and any(
        contains_words(t, _all(rule.booking)) for t in asked
    )


def missed_share(inputs: Inputs, kn: Catalogue) -> float | None:
    """The share of appointments missed that a proof point gives (« environ un rendez-vous du
    samedi sur cinq non honoré »: 20; « 19 % de rendez-vous non honorés »: 19), None when no
    proof point counts them."""
    rule = kn.metrics.attendance
    if rule is None:
        return None
    numbers = {_fold(w): n for said in rule.numbers.values() for w, n in said.items()}
    between = sorted({_fold(w) for ws in rule.between.values() for w in ws}, key=len)[::-1]

    def number(token: str) -> int | None:
        return int(token) if token.isdigit() else numbers.get(_fold(token))

    for proof in map(str, inputs.list("proof_points")):
        if not contains_words(proof, _all(rule.missed)):
            continue
        percent = _PERCENT.search(proof)
        if percent:
            value = float(percent.group(1).replace(",", "."))
            if 0 < value < 100:
                return value
        text = _fold(proof)
        for word in between:
            for found in re.finditer(rf"(?<!\w){re.escape(word)}\s+(\w+)", text):
                whole = number(found.group(1))
                before = re.findall(r"[\w'’-]+", text[: found.start()])[-6:]
                part = next((n for t in reversed(before) if (n := number(t)) is not None), None)
                if whole and part is not None and 0 < part < whole:
                    return round(part / whole * 100, 1)
    return None


def not_before_its_phase(kpi: Kpi, phases: list[Phase], name: str) -> Kpi:
    """A KPI whose phase of work is `name`: a target dated before that phase starts moves to
    its end, so that no figure is due before the phase working on it begins (review 29a, #9);
    the targets stay in date order, one per date."""
    phase = next((p for p in phases if p.name == name), None)
    if phase is None:
        return kpi
    targets: list[KpiTarget] = []
    for t in kpi.targets:
        moved = t if t.date >= phase.start else t.model_copy(update={"date": phase.end})
        if all(x.date != moved.date for x in targets):
            targets.append(moved)
    return kpi.model_copy(update={"targets": sorted(targets, key=lambda t: t.date)})


def _attendance_kpi(
    inputs: Inputs,
    kn: Catalogue,
    words: Words,
    who: str,
    entry: MetricMeasure | None,
    by: date,
) -> Kpi | None:
    """The no-show KPI of an appointment business (review 28new, D2: « Rendez-vous du samedi
    non honorés (% des réservés) »): lower is better, read each month in the booking software,
    from the share the answers give or the first month's, aimed at the goal practices reach
    with a confirmation 48 h before and a link to cancel, `by` the first checkpoint, then
    held.
    None when the appointments' own funnel (a CRM's no-shows) counts them already."""
    rule = kn.metrics.attendance
    if rule is None or not books_attendance(inputs, kn):
        return None
    if entry is not None and entry.id == "appointments":
        return None
    given = missed_share(inputs, kn)
    goal = rule.goal
    return Kpi(
        id="no_show",
        lower_is_better=True,
        name=words("kpi_no_show"),
        measure=words("kpi_attendance_measure"),
        unit=words("unit_booked_share"),
        baseline=given,
        first_measure="" if given is not None else words("kpi_first_month_figure"),
        targets=[KpiTarget(date=by, value=goal)],
        target_note=words("kpi_attendance_note", value=goal),
        owner=who,
        rhythm=words("rhythm_monthly"),
        source=words("kpi_attendance_source"),
    )


def letter_count(inputs: Inputs, kn: Catalogue) -> float | None:
    """The size of the email list the answers give (« Mailing list of 2,900 fans »,
    « newsletter de 1 200 abonnés »): the first count within a few words after an email
    list's name in the proof points or the audience; None when none is said."""
    names = "|".join(re.escape(_fold(w)) for ws in kn.metrics.list_email_words.values() for w in ws)
    if not names:
        return None
    texts = [str(p) for p in inputs.list("proof_points")]
    texts.append(str(inputs["audience_description"] or ""))
    count = r"(\d{1,3}(?:[\s.,\u202f\u00a0]\d{3})+|\d+)"
    # the count said right before the list's name first (« 2,300 newsletter subscribers, 44 %
    # open rate »), then within a few words after it; a percentage is never a count (review
    # 30b, G1: the open rate read as 44 subscribers)
    before = rf"(?<![\d.,]){count}\s+(?:{names})(?!\w)"
    after = rf"(?<!\w)(?:{names})(?!\w)[^\d%]{{0,25}}?{count}(?![\d.,]*\s*%)(?![\d.,])"
    for text in texts:
        for pattern in (before, after):
            found = re.search(pattern, _fold(text))
            if found:
                figure = re.sub(r"\D", "", found.group(1))
                if figure.isdigit() and int(figure) > 0:
                    return float(figure)
    return None


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
                summary=_rule_short(inputs, kn, words, "", False),
                owner=who,
                rhythm=words("rhythm_monthly"),
                source=words("kpi_listing_source"),
            )
        )
    if "newsletter" in kept:
        new = "newsletter" not in inputs.list("current_networks")
        # a list already held (past customers, members) is imported the first week: the letter
        # does not start from zero (review 6, #5)
        imported = new and (
            existing_list(inputs, kn.thresholds) is not None or owned_list(inputs, kn) is not None
        )
        months = inputs.horizon
        end = deadline(inputs)
        # a running newsletter whose size the answers give (« Mailing list of 2,900 fans »):
        # that figure is the baseline, the target read from it (review 29b, #6)
        held = None if new else letter_count(inputs, kn)
        members = None if new or held is not None else _members_said(inputs, kn)
        targets: list[KpiTarget] = []
        if members is not None:
            # a running letter to the members a proof point counts (« 3 100 coopérateurs »):
            # that list is the baseline, known today, never « measured in month 1 » (33b, VN8)
            held = members
            note = words("kpi_subscribers_members")
        elif imported:
            change = first_month_change(inputs, kn, end)
            note = words("kpi_list_rule", change=change, deadline=end)
        elif new:
            note = words("kpi_subscribers_pace_plain", months=months, deadline=end)
        elif held is not None:  # the same rise and date as the first month's rule
            by = judged_by(inputs, kn)
            change = first_month_change(inputs, kn, by)
            targets = [KpiTarget(date=by, value=_grown(held, change))]
            note = ""
        else:
            note = _rule(inputs, kn, words, "", False)
        kpis.append(
            Kpi(
                id="subscribers",
                name=words("kpi_subscribers"),
                measure=words(
                    # a parcel seller with no site: a card in each parcel (review 23b, D8)
                    "kpi_subscribers_measure_parcel"
                    if parcel_seller(inputs, kn)
                    else "kpi_subscribers_measure_online"  # no QR code on a counter (review 20)
                    if inputs["premises"] == "online_only"
                    else "kpi_subscribers_measure"
                ),
                unit=words("unit_subscribers"),
                baseline=0.0 if new and not imported else held,
                first_measure=words("kpi_list_imported") if imported else "",
                targets=targets,
                target_note=note,
                owner=who,
                rhythm=words("rhythm_monthly"),
                source=words("kpi_subscribers_source"),
            )
        )
    weekly = next(
        (n for n in active if any(r.code == "weekly_message_list" for r in n.reasons)), None
    )
    if weekly is not None and weekly.id != "newsletter":
        # the list the weekly pre-order message goes to (review 10, #9): its members and the
        # orders each message brings, the newsletter's own subscribers being counted above
        end = deadline(inputs)
        new = weekly.id not in inputs.list("current_networks")
        kpis.append(
            Kpi(
                id="list_members",
                name=words("kpi_list_members", network=weekly.id),
                measure=words("kpi_list_members_measure"),
                unit=words("unit_list_members"),
                baseline=0.0 if new else None,
                targets=[],
                target_note=words("kpi_subscribers_pace", months=inputs.horizon, deadline=end)
                if new
                else _rule(inputs, kn, words, "", False),
                owner=who,
                rhythm=words("rhythm_weekly"),
                source=words("kpi_list_members_source", network=weekly.id),
            )
        )
    return kpis


def planned_posts(networks: list[NetworkPlan]) -> tuple[float, bool]:
    """The posts the plan asks for on these networks: a week when that is a whole number,
    else a month (a fortnightly letter beside four posts a week: 20 a month, never « 4.5 a
    week »; review 26, #12), and whether the figure is a month's."""
    total = sum(n.posts_per_week for n in networks)
    if total <= 0:
        return 0.0, False
    if abs(total - round(total)) < 1e-9:
        return float(round(total)), False
    return float(max(1, round(total * 52 / 12))), True


def _rule(
    inputs: Inputs, kn: Catalogue, words: Words, unit: str, lower: bool, by: date | None = None
) -> str:
    """A target set from the first month's measure, with its rule in words (thresholds), by the
    plan's end or by `by`, the date of the event the KPI serves."""
    end = by or judged_by(inputs, kn)
    rate = "_rate" if unit.strip().startswith("%") else ""
    down = "_down" if lower else ""
    return words(
        f"kpi_rule{rate}{down}",
        change=first_month_change(inputs, kn, end, bool(rate)),
        deadline=end,
    )


def _rule_short(
    inputs: Inputs, kn: Catalogue, words: Words, unit: str, lower: bool, by: date | None = None
) -> str:
    """`_rule`'s short form for the one-page summary (« + 20 % d'ici le 3 janv. 2028 »): the
    summary and the scorecard give the same target (review 21a, R5)."""
    end = by or judged_by(inputs, kn)
    rate = unit.strip().startswith("%")
    kind = ("points" if rate else "plus") + ("_down" if lower else "")
    return words(
        f"kpi_{kind}_short", change=first_month_change(inputs, kn, end, rate), deadline=end
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
        figure = (
            words.loc.money(value)
            if kpi.money
            else words.loc.number(value, 0 if value.is_integer() else 1)
        )
        amount = f"{figure} {kpi.unit}".strip()
        return kpi.model_copy(
            update={"targets": [], "target_note": words("kpi_hold", amount=amount)}
        )
    if len(kpi.targets) < 2:
        return kpi
    return kpi.model_copy(
        update={"targets": kpi.targets[:1], "target_note": words("kpi_then_hold")}
    )


def _counted(kpis: list[Kpi]) -> bool:
    """A secondary objective or a second season measured from a count the answers give."""
    return any(
        (k.id.startswith("second_") or k.id == "appeal") and k.baseline is not None for k in kpis
    )


def _usefulness(kpi: Kpi) -> float:
    """The objective's own measure, then what leads to it, then the response time to improve,
    then the secondary objectives' results and the channels' figures, then publishing
    regularity (an effort, not a result: the one-page summary keeps the first three lines, and
    Lumen's showed « Publishing regularity » in place of its sales, review 8b #8), then what is
    held."""
    if kpi.id.startswith("repair_"):
        return -1  # a booked-out business's repairs, before any new demand (review 12a, #1)
    if kpi.id == "main":
        return 0
    if kpi.id == "calls_share":
        return 0.6  # a help desk's calls on one subject, the result its answers aim at (33b)
    if kpi.id == "place_network":
        return 0.4  # the main network's share of a marketplace's sales (review 30a, C4)
    if kpi.id == "leading":
        return 0.3  # the figure leading to a stock's sales, right after them (review 27, #1)
    if kpi.id in ("participants", "waitlist"):
        return 0.5  # the event's own lever, beside the money it raises; the desired action
    if kpi.id == "sponsors":
        return 1.1  # the partners kept, after the objective's own lever (review 26, #13)
    if kpi.id in ("ads_cost", "return_rate", "appointment_cost", "no_show", "agreements"):
        return 1.2  # what each sale costs, beside the sales (review 21a, Loam)
    if kpi.id.startswith("relay_"):
        return 1.5  # what a relay brings leads to the result, after the objective's own
    if kpi.id == "posts":
        return 3.75
    if kpi.id == "second_list":
        return 0.8  # the sign-ups to a list the client counted, which the plan feeds (21b, D4)
    if (kpi.id.startswith("second_") or kpi.id == "appeal") and kpi.baseline is not None:
        return 0.8  # a count the answers give, the trustees' own figure (review 14, #7)
    if kpi.id.startswith("second_") or kpi.id == "appeal":
        return 3
    if kpi.id in ("subscribers", "listing_actions", "list_members"):
        return 3.5  # a new list starts from nothing: its 0 is no level held
    if not kpi.targets and kpi.target_note and kpi.baseline is not None:
        return 4  # held
    return 2 if kpi.id == "response_time" else 1
