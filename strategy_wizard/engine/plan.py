"""The phased plan, dated from the start date, and the realistic target its milestones lead to.

Growth on social media is slow at first and compounds later, so intermediate targets follow a
slow-start curve rather than a straight line: the plan should not promise in month two what
usually comes in month ten. When the client's target is beyond what the growth thresholds allow
for the horizon, the milestones lead to the realistic target instead, and the strategy says so.
An organisation present nowhere listens first (two weeks) before it publishes; a monitoring
objective makes the whole first phase a listening one.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import pairwise

from strategy_wizard.base.locale import languages
from strategy_wizard.engine.boost import small_boost
from strategy_wizard.engine.relays import relay_codes
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import (
    existing_list,
    franchise_network,
    outlet_network,
    pilot_outlet,
    site_count,
    volunteers,
)
from strategy_wizard.engine.warnings import REAL_ESTATE, ratio_limit, social_issue_ads_barred
from strategy_wizard.engine.wording import VOWELS, Words, squash_spaces
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.bank import fold as _fold
from strategy_wizard.model.catalogue import (
    Catalogue,
    GiftOccasion,
    NamedEvents,
    SalePlace,
    SalesCalendar,
    Schedule,
    StaySource,
)
from strategy_wizard.model.qtypes import periods_of
from strategy_wizard.model.strategy import Assumption, Milestone, NetworkPlan, Phase, Slot, Verdict

PHASE_KEYS = ("foundations", "rhythm", "consolidate", "scale")
# the phases an appointment business names after its slots (review 28new, D17; review 28, #11)
APPOINTMENT_PHASES = ("foundations", "rhythm", "consolidate", "scale_limited")


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deadline(inputs: Inputs) -> date:
    return add_months(inputs["start_date"], inputs.horizon) - timedelta(days=1)


def progress(fraction: float) -> float:
    """Share of the way to the target reached at `fraction` of the horizon (slow start)."""
    return float(max(0.0, min(1.0, fraction)) ** 1.5)


def lower_is_better(inputs: Inputs) -> bool:
    """A target below its baseline is a reduction (a response time, a cost)."""
    target = inputs["target"]
    base, value = target.get("baseline"), target.get("value")
    return base is not None and value is not None and float(value) < float(base)


def realistic_target(inputs: Inputs, kn: Catalogue) -> float | None:
    """The highest target the growth thresholds allow for the horizon, when the client's is
    beyond it: baseline × the ratio allowed. None when the client's target is within reach, when
    there are no figures to judge by, or for a reduction (a response time, a cost): that is a
    matter of staffing and method, which the growth thresholds do not describe.

    A campaign's count is no audience (review 6, #4): the growth ratio does not cap it; the best
    count the organisation already reached in a campaign (« 2 300 remarques … en 2024 ») does,
    the client's own target staying the stretch. Without such a figure, the ratio still does."""
    target = inputs["target"]
    base, value = target.get("baseline"), target.get("value")
    if base is None or value is None or float(base) <= 0 or float(value) <= 0:
        return None
    base, value = float(base), float(value)
    if value < base:
        return None
    reached = campaign_record(inputs, kn)
    if reached is not None and reached[0] > base:
        return None if reached[0] >= value else round_count(reached[0], base, value)
    months = inputs.horizon
    if closes(inputs, kn):  # the realistic rule on the time until the metric is final (15, D2)
        days = (objective_deadline(inputs, kn) - inputs["start_date"]).days
        months = max(1, min(months, -(-days // 30)))
    limit = ratio_limit(months, kn.thresholds)
    return round_count(base * limit, base, value) if value / base > limit else None


_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d)|\d+")


def campaign_record(inputs: Inputs, kn: Catalogue) -> tuple[float, str] | None:
    """For a campaign with a deadline, the best count of the same kind the proof points give
    (« Le tronçon de la Boverie obtenu en 2024 après 2 300 remarques »: 2,300), with the proof
    point it comes from; a count is a number followed within three words by a campaign word
    (metrics.yaml) or the person's unit. None otherwise."""
    if campaign_end(inputs, kn) is None:
        return None
    said = kn.metrics.campaign_words
    words = [w for ws in said.values() for w in ws] + [str(inputs["target"].get("unit") or "")]
    best: tuple[float, str] | None = None
    for proof in map(str, inputs.list("proof_points")):
        for match in _NUMBER.finditer(proof):
            after = " ".join(_TOKEN.findall(proof[match.end() :])[:3])
            if not contains_words(after, [w for w in words if w.strip()]):
                continue
            value = float(re.sub(r"\D", "", match.group()))
            if best is None or value > best[0]:
                best = (value, proof)
    return best


def round_count(x: float, *given: float) -> float:
    """A figure as the person's own figures are written: whole when theirs are whole."""
    if all(float(g).is_integer() for g in given):
        return float(round(x))
    return round(x, 1)


def goal_value(inputs: Inputs, kn: Catalogue) -> float | None:
    """What the milestones lead to: the realistic target when the client's is out of reach."""
    value = inputs["target"].get("value")
    realistic = realistic_target(inputs, kn)
    return realistic if realistic is not None else (None if value is None else float(value))


def schedule(inputs: Inputs, kn: Catalogue) -> Schedule:
    return kn.objective(inputs["objective"] or "awareness", inputs["org_kind"]).schedule


def per_edition(inputs: Inputs, kn: Catalogue) -> bool:
    """Sales that restart at zero each edition (an event's tickets): the person's baseline is the
    last edition's total, and the milestones are cumulative shares of the target."""
    return schedule(inputs, kn).per_edition and inputs["target"].get("baseline") is not None


@cache
def _months(babel: str) -> dict[str, int]:
    """Month names as people write them, folded (« mars », « March », « sept »), from Babel."""
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, babel).items():
                folded = _fold(name).strip(".")
                if len(folded) >= 3:
                    names.setdefault(folded, number)
    return names


def _all_month_names(_data: object) -> dict[str, int]:
    names: dict[str, int] = {}
    for loc in languages().locales.values():
        for name, number in _months(loc.babel).items():
            names.setdefault(name, number)
    return names


@cache
def _month_names() -> dict[str, int]:
    # Loading Babel's data for every language costs about 35 ms a process: the names are kept
    # in the user cache, keyed on the languages' list (data folder) and Babel's version.
    from babel import __version__ as babel_version

    from strategy_wizard.base.cache import cached
    from strategy_wizard.base.resources import resource_dir

    return cached(f"months-{babel_version}", resource_dir("data"), _all_month_names)


_TOKEN = re.compile(r"[^\W_]+")


# the words that put a month name before it as a month, not a verb (« en mars », "in May")
_MONTH_BEFORE = frozenset(
    {"en", "in", "de", "d", "du", "mi", "debut", "fin", "early", "late", "mid", "during", "each"}
)


def named_months(text: str) -> list[int]:
    """The months a text names as a time of year (« la naissance des chevreaux en mars », "our
    reef in June"), never a full date (« le 30 mai » is an event's day, placed by its date) nor
    a month name that is another word ("you may")."""
    names = _month_names()
    tokens = [_fold(t) for t in _TOKEN.findall(text)]
    found: list[int] = []
    for i, token in enumerate(tokens):
        month = names.get(token)
        if month is None or i == 0:
            continue
        if tokens[i - 1].isdigit() or (i + 1 < len(tokens) and tokens[i + 1].isdigit()):
            continue  # a date: its event is placed by its day
        if tokens[i - 1] in _MONTH_BEFORE or (tokens[i - 1] == "et" and found):
            found.append(month)
    return found


# A critical warning repaired in several steps (review 11a, #1): a business booked out that
# already fails its demand calls back, claims its listing and answers its reviews, in that order.
FIX_STEPS: dict[str, tuple[str, ...]] = {
    "no_capacity": (
        "step_fix_no_capacity",
        "step_fix_no_capacity_listing",
        "step_fix_no_capacity_reviews",
    ),
}


def repair_steps(critical: list[str], inputs: Inputs) -> list[str]:
    """The phrase keys of the repairs a fix-first verdict starts with, the same in the first
    steps and in the calendar's first week (review 12a, #4: the calendar left the listing and
    the reviews out). A business with no premises has no Google listing to claim (its
    guidelines refuse one): its lead time goes where orders are placed."""
    keys = [k for wid in critical for k in FIX_STEPS.get(wid, (f"step_fix_{wid}",))]
    if inputs["premises"] == "online_only":
        keys = ["step_fix_no_capacity_page" if k.endswith("_listing") else k for k in keys]
    elif "google_business" in inputs.list("current_networks"):
        # a listing they have is claimed if need be, never created (review 12a, #9)
        keys = [f"{k}_held" if k.endswith("_listing") else k for k in keys]
    return keys


def low_months(inputs: Inputs, kn: Catalogue) -> list[int]:
    """The months the business sells little in for reasons of its own: named in the answers
    beside a word of a closed or dry season (« pas de fromage frais en janvier et février »), or
    a named season of its sector where it is (Queensland's stinger season, for a tour)."""
    rule = kn.calendar.low_season
    if rule is None:
        return []
    said = ("offer", "audience_problems", "topics", "key_message", "audience_description")
    texts = [str(t) for q in said for t in (inputs.list(q) or [inputs[q]]) if t]
    clauses = [c for t in texts for c in re.split(r"[.;,:\n()]", t) if c.strip()]
    months = {
        m for clause in clauses if contains_words(clause, rule.words) for m in named_months(clause)
    }
    text = " ".join(clauses)
    for season in rule.seasons:
        if season.countries and inputs["country"] not in season.countries:
            continue
        if season.sectors and inputs["sector"] not in season.sectors:
            continue
        if contains_words(text, season.words):
            months |= set(season.months)
    share = kn.metrics.low_month_share
    base = inputs["target"].get("baseline")
    if share and base:
        months |= {m for m, n in month_figures(inputs, kn).items() if n < float(base) * share}
    return sorted(months)


def monthly_metric(inputs: Inputs, kn: Catalogue) -> bool:
    """A target counted per month (« commandes Etsy par mois », "bookings a month")."""
    rules = kn.metrics
    target = inputs["target"]
    said = f"{target.get('metric') or ''} {target.get('unit') or ''}"
    return bool(rules.per_month_words) and contains_words(said, _all_words(rules.per_month_words))


def read_month(inputs: Inputs, kn: Catalogue, day: date) -> date:
    """The month a checkpoint on `day` reads (review 25a, plan33): for a monthly metric, the
    last complete month (on 3 January 2028, December 2027, the peak, not a January three days
    old; on 3 May, April), its own month when `day` is the month's last day (its figure is read
    that evening); `day` itself for any other metric. The checkpoint's date never moves."""
    if not monthly_metric(inputs, kn) or (day + timedelta(days=1)).month != day.month:
        return day
    return day.replace(day=1) - timedelta(days=1)


def month_figures(inputs: Inputs, kn: Catalogue) -> dict[int, float]:
    """The figures the answers give for single months of a monthly metric (review 23b, D2: « 38
    commandes par mois en moyenne … (140 en décembre 2025, 19 en janvier 2026) »: December 140,
    January 19), by month; empty for a metric not counted per month."""
    rules = kn.metrics
    if not monthly_metric(inputs, kn):
        return {}
    names = _month_names()
    joins = sorted({_fold(w) for w in _all_words(rules.month_figure_words)}, key=len, reverse=True)
    if not joins:
        return {}
    pattern = re.compile(
        rf"(?<![\w,.])(\d{{1,6}})(?:\s+[^\W\d]+){{0,3}}?\s+(?:{'|'.join(map(re.escape, joins))})"
        r"\s+([^\W\d]+)"
    )
    said_texts = ("proof_points", "offer", "audience_description", "key_message")
    texts = [_fold(str(t)) for q in said_texts for t in (inputs.list(q) or [inputs[q]]) if t]
    found: dict[int, float] = {}
    for text in texts:
        for match in pattern.finditer(text):
            month = names.get(match.group(2))
            if month is not None:
                found[month] = float(match.group(1))
    return found


def peak_months(inputs: Inputs, kn: Catalogue) -> list[int]:
    """The months the answers give a figure for well above the monthly baseline (review 26, #4:
    140 orders in December for 38 a month): the low months' share read the other way, a month
    whose figure times `low_month_share` still exceeds the baseline."""
    share = kn.metrics.low_month_share
    base = inputs["target"].get("baseline")
    if not share or not base:
        return []
    return sorted(m for m, n in month_figures(inputs, kn).items() if n * share > float(base))


def full_month(inputs: Inputs, kn: Catalogue, day: date) -> bool:
    """A checkpoint on `day` reads a peak month of a business whose capacity is limited (review
    26, #4: a candle maker who pours about 90 a month, full in December): that month cannot
    grow, so it is held at last year's level (pre-orders, a last order date) and the rise is
    read on the other months and on the twelve months' total."""
    return inputs["capacity"] == "limited" and read_month(inputs, kn, day).month in peak_months(
        inputs, kn
    )


def _clauses(inputs: Inputs, qids: tuple[str, ...]) -> list[str]:
    texts = [str(inputs[q]) for q in qids if inputs[q]]
    return [c for t in texts for c in re.split(r"[.;,:\n()]", t) if c.strip()]


@lru_cache(maxsize=4096)  # bounded: a workshop server words many groups' answers
def _clause_dates(clause: str, start: date, end: date) -> tuple[tuple[date, date], ...]:
    """The dates a clause names (« 31 mars », "31 March", "March 31st"), each on its next
    occurrence from the start and within the plan, as (first, last) day: a range « 13-14 March »
    is one event of two days. Cached: the plan, the milestones and the calendar read the same
    few clauses about 300 times a strategy."""
    names = _month_names()
    tokens = [_fold(t) for t in _TOKEN.findall(clause)]
    day_of = re.compile(r"(\d{1,2})\D{0,2}")
    found: list[tuple[date, date]] = []
    for i, token in enumerate(tokens):
        month = names.get(token)
        if month is None:
            continue
        before: list[int] = []  # « 13-14 March »: the days written just before the month
        j = i - 1
        while j >= 0 and (m := day_of.fullmatch(tokens[j])):
            before.insert(0, int(m.group(1)))
            j -= 1
        after = day_of.fullmatch(tokens[i + 1]) if i + 1 < len(tokens) else None
        days = [before[-1]] if before else [int(after.group(1))] if after else []
        if not days:
            continue
        first = before[0] if len(before) > 1 and before[0] < before[-1] else days[0]
        for year in (start.year, start.year + 1):
            try:
                day, opening = date(year, month, days[0]), date(year, month, first)
            except ValueError:
                break
            if day >= start:
                if day <= end:
                    found.append((opening, day))
                break
    return tuple(found)


def key_dates(inputs: Inputs) -> list[date]:
    """The dates named in the desired action (« avant le 31 mars », "ends on 31 March"), each on
    its next occurrence from the start, those within the plan only."""
    start: date = inputs["start_date"]
    end = deadline(inputs)
    found = {
        day
        for clause in _clauses(inputs, ("desired_action",))
        for _first, day in _clause_dates(clause, start, end)
    }
    return sorted(found)


def opening_dates(inputs: Inputs, kn: Catalogue) -> list[date]:
    """The dates the desired action gives as an opening (review 19, D2: « dès l'ouverture des
    abonnements, le 18 juin 2027 », "from 18 June"): when the action becomes possible, not a
    deadline. A clause that is only a date reads with the one before it; a deadline word in
    them (« avant », "by") keeps the date a deadline."""
    rules = kn.metrics
    launch = launch_window(inputs, kn)
    if launch is not None:  # a launch is when the count starts, not a deadline (review 20, D2)
        return [launch[0]]
    opening = [w for ws in rules.opening_words.values() for w in ws]
    late = [w for ws in rules.deadline_words.values() for w in ws]
    if not opening:
        return []
    start: date = inputs["start_date"]
    end = deadline(inputs)
    clauses = _clauses(inputs, ("desired_action",))
    found: set[date] = set()
    for i, clause in enumerate(clauses):
        dates = _clause_dates(clause, start, end)
        if not dates:
            continue
        names = _month_names()
        bare = [t for t in map(_fold, _TOKEN.findall(clause)) if t not in names and not t.isdigit()]
        text = f"{clauses[i - 1]} {clause}" if i > 0 and len(bare) <= 2 else clause
        if contains_words(text, opening) and not contains_words(text, late):
            found.update(first for first, _last in dates)
    return sorted(found)


def launch_days(inputs: Inputs, kn: Catalogue) -> int | None:
    """The days a launch-window metric counts (« dans les 30 premiers jours », "in the first 30
    days": 30), review 20, D2; None for any other metric."""
    said = _fold(str(inputs["target"].get("metric") or ""))
    for pattern, days in _launch_patterns(kn):
        match = pattern.search(said)
        if match and int(match.group(1)) > 0:
            return int(match.group(1)) * days
    return None


# each catalogue's launch-window patterns, built once: launch_days is asked ~140 times a
# strategy (it was 10 % of the engine's time); the catalogue is kept beside them so its id
# cannot be reused by another while they are cached
_LAUNCH: dict[int, tuple[Catalogue, list[tuple[re.Pattern[str], int]]]] = {}


def _launch_patterns(kn: Catalogue) -> list[tuple[re.Pattern[str], int]]:
    cached = _LAUNCH.get(id(kn))
    if cached is not None and cached[0] is kn:
        return cached[1]
    rules = kn.metrics
    firsts = [_fold(w) for ws in rules.launch_first_words.values() for w in ws]
    patterns: list[tuple[re.Pattern[str], int]] = []
    if firsts:
        first = "|".join(map(re.escape, firsts))
        for unit in rules.window_units:
            names = "|".join(re.escape(_fold(w)) for ws in unit.words.values() for w in ws)
            if not names:
                continue
            patterns += [
                (re.compile(rf"(?<!\w)(?:{first})\s+(\d{{1,3}})\s+(?:{names})(?!\w)"), unit.days),
                (re.compile(rf"(?<!\w)(\d{{1,3}})\s+(?:{first})\s+(?:{names})(?!\w)"), unit.days),
            ]
    _LAUNCH[id(kn)] = (kn, patterns)
    return patterns


def launch_window(inputs: Inputs, kn: Catalogue) -> tuple[date, date] | None:
    """A launch and the day its metric is final (review 20, D2: "Drop 03 units sold in the
    first 30 days", launch on 4 March 2027: read on 3 April, launch + 30 days): the date named
    with a launch word in the desired action or the metric, within the plan. None otherwise."""
    days = launch_days(inputs, kn)
    if days is None:
        return None
    words = [w for ws in kn.metrics.launch_words.values() for w in ws]
    start: date = inputs["start_date"]
    end = deadline(inputs)
    texts = [str(inputs["desired_action"] or ""), str(inputs["target"].get("metric") or "")]
    for text in texts:
        if not words or not contains_words(text, words):
            continue
        for clause in re.split(r"[.;\n()]", text):
            found = _clause_dates(clause, start, end)
            if found and found[0][0] > start:
                return found[0][0], found[0][0] + timedelta(days=days)
    return None


def opening_date(inputs: Inputs, kn: Catalogue) -> date | None:
    """The first opening within the plan, after its start (none for sales open already)."""
    start: date = inputs["start_date"]
    days = [d for d in opening_dates(inputs, kn) if start < d < deadline(inputs)]
    return days[0] if days else None


def opening_name(inputs: Inputs, kn: Catalogue, lang: str) -> str:
    """The opening as the desired action names it (« ouverture des abonnements »), from its
    noun to the clause's end; empty when the answers name none (or in another language)."""
    nouns = kn.metrics.opening_nouns.get(lang, [])
    for clause in _clauses(inputs, ("desired_action",)):
        folded = _fold(clause)
        for noun in nouns:
            at = folded.find(_fold(noun))
            if at >= 0:
                said = clause[at:].strip()
                return said if len(said.split()) <= 6 else ""
    return ""


def new_count(inputs: Inputs, kn: Catalogue) -> bool:
    """A count of a new season or edition (« Pass vendus pour la saison 2027-2028 »): 0 at
    its opening, whatever the last one reached."""
    said = f"{inputs['target'].get('metric') or ''} {inputs['target'].get('unit') or ''}"
    if launch_window(inputs, kn) is not None:  # a launch's count starts from 0 (review 20, D2)
        return True
    return contains_words(said, [w for ws in kn.metrics.new_count_words.values() for w in ws])


def flow_year(inputs: Inputs, kn: Catalogue) -> bool:
    """A metric counted per year over a 12-month plan (review 19, D2: "new members aged 18 to
    30 per year"): a flow, its checkpoints cumulative from the start, never a level read after a
    month (« Feb 10: 3,940 members »)."""
    said = f"{inputs['target'].get('metric') or ''} {inputs['target'].get('unit') or ''}"
    words = [w for ws in kn.metrics.flow_words.values() for w in ws]
    return (
        inputs.horizon == 12
        and contains_words(said, words)
        and not per_edition(inputs, kn)
        and not lower_is_better(inputs)
    )


def event_days(inputs: Inputs, kn: Catalogue) -> tuple[date, date] | None:
    """An event's first and last days (review 8, #1), for an objective whose dates are the event
    itself: the first date the desired action names outside a clause saying an early bird
    (« Open House on 13-14 March 2027 »: 13 and 14 March), when its eve falls within the plan.
    None otherwise (the folk festival's « before the early-bird price ends on 31 March »)."""
    plan = schedule(inputs, kn)
    if not plan.event_date:
        return None
    start: date = inputs["start_date"]
    end = deadline(inputs)
    early = [w for ws in plan.early_words.values() for w in ws]
    for clause in _clauses(inputs, ("desired_action",)):
        if early and contains_words(clause, early):
            continue
        for first, last in _clause_dates(clause, start, end):
            if first - timedelta(days=1) > start:
                return first, last
    return None


def deadline_dates(inputs: Inputs, kn: Catalogue) -> list[date]:
    """The dates named in the desired action that are deadlines (an early bird's end, a public
    inquiry's close): all but an event's own days."""
    event = event_days(inputs, kn)
    opens = opening_dates(inputs, kn)  # when the action becomes possible (review 19, D2)
    days = [d for d in key_dates(inputs) if d not in opens]
    return days if event is None else [d for d in days if not event[0] <= d <= event[1]]


def metric_window(inputs: Inputs, kn: Catalogue) -> tuple[int, int] | None:
    """The window the person's metric is measured within (« qui reprennent rendez-vous dans les
    8 semaines », "who rebook within 8 weeks"), as (count, days of its unit): a figure that cannot
    be read before that long after the date it covers (review 7, #8). None without one."""
    said = _fold(str(inputs["target"].get("metric") or ""))
    opens = [_fold(w) for ws in kn.metrics.window_words.values() for w in ws]
    for unit in kn.metrics.window_units:
        names = [_fold(w) for ws in unit.words.values() for w in ws]
        pattern = (
            rf"(?<!\w)(?:{'|'.join(map(re.escape, opens))})\s+(\d{{1,3}})\s+"
            rf"(?:{'|'.join(map(re.escape, names))})(?!\w)"
        )
        match = re.search(pattern, said)
        if opens and names and match and int(match.group(1)) > 0:
            return int(match.group(1)), unit.days
    return None


def read_lag(inputs: Inputs, kn: Catalogue) -> timedelta:
    """How long after the date it covers the metric's figure can be read: its window."""
    window = metric_window(inputs, kn)
    return timedelta(days=window[0] * window[1]) if window else timedelta(0)


def window_words(inputs: Inputs, kn: Catalogue, say: Words) -> str:
    """The metric's window said in the document's language (« 8 semaines », "8 weeks")."""
    window = metric_window(inputs, kn)
    if window is None:
        return ""
    count, days = window
    return say(f"window_{days}{'_one' if count == 1 else ''}", count=count)


def collected_days(inputs: Inputs, kn: Catalogue) -> int:
    """Days after an event its metric keeps coming in (review 11a, #4): money raised on
    sponsorship pages that stay open after the walk (metrics.yaml `collected_days`); 0 for a
    count made by the event's eve (sign-ups, tickets) or an objective without an event day."""
    if event_days(inputs, kn) is None:
        return 0
    target = inputs["target"]
    text = f"{target.get('metric') or ''} {target.get('unit') or ''}"
    entry = next(
        (
            m
            for m in kn.metrics.measures
            if contains_words(text, [w for ws in m.words.values() for w in ws])
        ),
        None,
    )
    return entry.collected_days or 0 if entry is not None else 0


def series_days(inputs: Inputs, kn: Catalogue) -> tuple[date, date] | None:
    """A series of dated events the offer names by its first and last dates (review 23b, D1:
    « an 11-date Australian tour (4 March to 17 April 2027) »), as (first, last) when both fall
    within the plan: nothing is sold after the last date. None for any other offer, and for an
    event the desired action dates itself (its own pattern)."""
    rules = kn.metrics
    offer = str(inputs["offer"] or "")
    if not rules.series_words or not contains_words(offer, _all_words(rules.series_words)):
        return None
    if event_days(inputs, kn) is not None:
        return None
    start: date = inputs["start_date"]
    end = deadline(inputs)
    ranges = _all_words(rules.series_range_words)
    for clause in _clauses(inputs, ("offer",)):
        if not contains_words(clause, ranges):
            continue
        days = sorted(d for pair in _clause_dates(clause, start, end) for d in pair)
        if len(days) >= 2 and days[0] < days[-1]:
            return days[0], days[-1]
    return None


def tour_cities(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The places of a series the answers name, once each and in the order they come (review
    27, #5: Saltbush's Brisbane, Sydney … Gold Coast): the places of the country's time zones
    (data/calendar.yaml) found in the offer, the audience and the topics. Empty when there is
    none."""
    zones = kn.calendar.zones.get(str(inputs["country"] or ""), [])
    said = ("offer", "audience_description", "topics")
    text = " ".join(str(t) for q in said for t in (inputs.list(q) or [inputs[q]]) if t)
    folded = _fold(text)
    found: dict[str, tuple[int, str]] = {}
    for zone in zones:
        for place in zone.words:
            if place[:1].isupper() and contains_words(text, [place]):
                found.setdefault(_fold(place), (folded.find(_fold(place)), place))
    return [place for _at, place in sorted(found.values())]


def _has_list(inputs: Inputs) -> bool:
    """A newsletter the organisation runs or means to (its fans the first to buy a ticket)."""
    return "newsletter" in [*inputs.list("current_networks"), *inputs.list("considered_networks")]


def series_pacing_goal(inputs: Inputs, kn: Catalogue, say: Words) -> str:
    """Each date's pacing as far as the answers go (review 27, #5: the pacing was dated for the
    first show only): the first and last dates with the day of each reading, and the places the
    answers name, whose dates are to set, read the same way. Empty without a series or a
    pacing rule."""
    series = series_days(inputs, kn) if series_count(inputs, kn) else None
    pacing = sorted(kn.metrics.series_pacing.items(), reverse=True)
    if series is None or not pacing:
        return ""

    def reads(day: date) -> str:
        return say.loc.join(
            [
                say(
                    "series_pacing_read_then" if n else "series_pacing_read",
                    value=round(share),
                    day=day - timedelta(weeks=weeks),
                )
                for n, (weeks, share) in enumerate(pacing)
            ]
        )

    lead = say.loc.join(
        [
            say(
                "series_pacing_lead",
                value=round(share),
                lead=say("kpi_series_week_one")
                if weeks == 1
                else say("kpi_series_weeks", count=weeks),
            )
            for weeks, share in pacing
        ]
    )
    first, last = series
    counted = _dates_counted(str(inputs["offer"] or ""), kn)
    places = tour_cities(inputs, kn)
    return say(
        "goal_series_pacing_places" if places and counted else "goal_series_pacing",
        other_date=first,
        deadline=last,
        how=reads(first),
        said=reads(last),
        where=say.loc.join(places),
        count=counted[0] if counted else 0,
        lead=lead,
    )


def series_count(inputs: Inputs, kn: Catalogue) -> bool:
    """A count a series of dates piles up (tickets for a tour): last series' total is no level
    to climb from; each checkpoint is the count to date against the same date of the last
    series, and the total is judged on the last date (review 23b, D1)."""
    return series_days(inputs, kn) is not None and not lower_is_better(inputs)


def _dates_counted(text: str, kn: Catalogue) -> list[int]:
    """The numbers of dates a text gives: a number just before a date's word (« an 11-date
    tour », "across 8 shows", « en 8 dates »)."""
    units = {_fold(w) for w in _all_words(kn.metrics.series_unit_words)}
    tokens = _TOKEN.findall(text)
    return [
        int(word)
        for word, following in pairwise(tokens)
        if word.isdigit() and 1 < int(word) < 1000 and _fold(following) in units
    ]


def series_sizes(inputs: Inputs, kn: Catalogue) -> tuple[int, int] | None:
    """For a series' count, the number of dates of the last series and of this one (review 26,
    #12: « 2,150 tickets sold across 8 shows » and « an 11-date tour »): this one's from the
    offer or the target's metric, the last one's from the proof point that gives the baseline.
    None when the answers do not give both."""
    base = inputs["target"].get("baseline")
    if not series_count(inputs, kn) or base is None or float(base) <= 0:
        return None
    texts = [*_clauses(inputs, ("offer",)), str(inputs["target"].get("metric") or "")]
    now = next((n for text in texts for n in _dates_counted(text, kn)), None)
    if now is None:
        return None
    for proof in map(str, inputs.list("proof_points")):
        figures = [float(re.sub(r"\D", "", m.group())) for m in _NUMBER.finditer(proof)]
        counted = _dates_counted(proof, kn)
        if float(base) in figures and counted:
            return counted[0], now
    return None


def per_date(inputs: Inputs, kn: Catalogue) -> tuple[float, float, int, int] | None:
    """The count per date aimed at and the last series' (3,400 / 11 ≈ 309 against 2,150 / 8 ≈
    269), with the two numbers of dates; None without them (series_sizes)."""
    sizes, goal = series_sizes(inputs, kn), goal_value(inputs, kn)
    if sizes is None or goal is None:
        return None
    last, now = sizes
    return float(goal) / now, float(inputs["target"]["baseline"]) / last, last, now


def sales_calendar(inputs: Inputs, kn: Catalogue) -> SalesCalendar | None:
    """The sales year of the offer's kind (review 26, #3: an off-plan developer, data/ideas.yaml
    offer_kinds), for a target that grows a level (appointments, leads) over six months or
    more, with no deadline, series or season of its own. None otherwise."""
    target = inputs["target"]
    if (
        inputs.horizon < 6
        or target.get("baseline") is None
        or goal_value(inputs, kn) is None
        or lower_is_better(inputs)
        or per_edition(inputs, kn)
        or campaign_end(inputs, kn) is not None
        or inputs["objective"] == "monitoring"
    ):
        return None
    offer = str(inputs["offer"] or "")
    for found in kn.metrics.sales_calendars:
        rule = kn.ideas.offer_kinds.get(found.offer_kind)
        if rule and inputs["sector"] in rule.sectors and contains_words(offer, rule.words):
            return found
    return None


def _sales_season(rules: SalesCalendar, inputs: Inputs, month: int) -> tuple[str, float]:
    """The season a month falls in and its weight, six months apart in the south."""
    shifted = (month - 1 + (6 if inputs["country"] in rules.southern else 0)) % 12 + 1
    return next(((s.key, s.weight) for s in rules.seasons if shifted in s.months), ("", 1.0))


SALES_MIN_DAYS = 28  # a season's stretch shorter than this joins its neighbour


def sales_phases(inputs: Inputs, kn: Catalogue) -> list[tuple[date, date, str]]:
    """The plan's stretches by season of the sales year, as (first day, last day, key): a
    stretch under four weeks joins its neighbour, and the last one is the last units whatever
    its months. Empty without a sales calendar or with fewer than three stretches."""
    rules = sales_calendar(inputs, kn)
    if rules is None:
        return []
    start: date = inputs["start_date"]
    end = deadline(inputs)
    spans: list[tuple[date, date, str]] = []
    day = start
    while day <= end:
        key = _sales_season(rules, inputs, day.month)[0]
        stop = min(end, add_months(date(day.year, day.month, 1), 1) - timedelta(days=1))
        if spans and spans[-1][2] == key:
            spans[-1] = (spans[-1][0], stop, key)
        else:
            spans.append((day, stop, key))
        day = stop + timedelta(days=1)
    if len(spans) > 1 and (spans[0][1] - spans[0][0]).days < SALES_MIN_DAYS:
        spans[:2] = [(spans[0][0], spans[1][1], spans[1][2])]
    if len(spans) > 1 and (spans[-1][1] - spans[-1][0]).days < SALES_MIN_DAYS:
        spans[-2:] = [(spans[-2][0], spans[-1][1], spans[-2][2])]
    if len(spans) < 3:
        return []
    spans[-1] = (spans[-1][0], spans[-1][1], rules.last_key)
    return spans


def stock_count(inputs: Inputs, kn: Catalogue, lang: str) -> tuple[int, int, str] | None:
    """The units sold and the stock the answers give (« 24 of 40 suites sold by November
    2026 »), with the stock's word in `lang`: the answers' own in their language, else the
    data's (« logements »). None without a sales calendar or such a count."""
    rules = sales_calendar(inputs, kn)
    if rules is None or rules.stock is None:
        return None
    texts = [*map(str, inputs.list("proof_points")), str(inputs["offer"] or "")]
    for text in texts:
        for pattern in (p for ps in rules.stock.patterns.values() for p in ps):
            match = re.search(pattern, text, re.IGNORECASE)
            if match is None:
                continue
            sold, total = int(match.group("sold")), int(match.group("total"))
            if 0 <= sold < total:
                own = lang == (inputs.answers_lang or inputs.lang)
                word = match.group("unit").lower() if own else rules.stock.unit.raw(lang)
                return sold, total, word
    return None


def _sales_weight(
    rules: SalesCalendar, inputs: Inputs, kn: Catalogue, first: date, until: date
) -> float:
    """The selling weight of the days from `first` to `until`, a day of a push weighing more and
    one of the last stretch its own weight (the last units sell slower)."""
    spans = sales_phases(inputs, kn)
    last = spans[-1][0] if spans else None
    total, day = 0.0, first
    while day < until:
        following = add_months(date(day.year, day.month, 1), 1)
        if last is not None and day < last < following:
            following = last  # the last stretch weighs from its own first day
        weight = _sales_season(rules, inputs, day.month)[1]
        if last is not None and day >= last:
            weight = rules.last_weight
        total += (min(following, until) - day).days * weight
        day = min(following, until)
    return total


def sold_by(inputs: Inputs, kn: Catalogue, day: date) -> int | None:
    """The units sold aimed at by `day`: from the answers' count to the whole stock at the plan's
    end, at the pace of the sales year (more in the pushes, less in the lull). None without a
    stock count."""
    rules, stock = sales_calendar(inputs, kn), stock_count(inputs, kn, inputs.lang)
    if rules is None or stock is None:
        return None
    sold, total, _word = stock
    start: date = inputs["start_date"]
    end = deadline(inputs) + timedelta(days=1)
    share = _sales_weight(rules, inputs, kn, start, min(day, end)) / max(
        1.0, _sales_weight(rules, inputs, kn, start, end)
    )
    return min(total, round(sold + (total - sold) * share))


def stock_goal(inputs: Inputs, kn: Catalogue, lang: str) -> tuple[int, int, str] | None:
    """The objective counted in units sold (review 27, #1: « Go from 14 to 30 appointments »
    beside a KPI reading « 14 → 4 »): the answers' count and the whole stock, with the stock's
    word in `lang`, when the plan follows a sales year. None otherwise."""
    stock = stock_count(inputs, kn, lang)
    return stock if stock is not None and sales_phases(inputs, kn) else None


def stock_steps(inputs: Inputs, kn: Catalogue) -> list[tuple[date, int]]:
    """The units sold aimed at by the end of each stretch of the sales year after the first, the
    whole stock on the last day (31 by 31 May, 34 by 31 Aug, 38 by 30 Nov, 40 at sell-out).
    Empty without a stock goal."""
    stock = stock_goal(inputs, kn, inputs.lang)
    if stock is None:
        return []
    spans = sales_phases(inputs, kn)
    steps = [(last, sold_by(inputs, kn, last) or stock[0]) for _first, last, _key in spans[1:-1]]
    return [*steps, (spans[-1][1], stock[1])]


def sale_place(inputs: Inputs, kn: Catalogue) -> SalePlace | None:
    """The platform where the sale happens, the first the target's metric, the offer or the
    desired action names (review 23b, D8: « Commandes Etsy », « tickets on Oztix »); None when
    the answers name none."""
    target = inputs["target"]
    texts = [
        str(target.get("metric") or ""),
        str(inputs["offer"] or ""),
        str(inputs["desired_action"] or ""),
    ]
    for text in texts:
        for place in kn.metrics.sale_places:
            if contains_words(text, place.words):
                return place
    return None


def parcel_seller(inputs: Inputs, kn: Catalogue) -> bool:
    """A seller on a marketplace that ships parcels, with no site of its own (review 23b, D8):
    its list is signed up from a card in each parcel, not a site's form."""
    place = sale_place(inputs, kn)
    return (
        place is not None
        and place.parcels
        and inputs["premises"] == "online_only"
        and inputs["website"] in (None, "none")
    )


def registrations_close(inputs: Inputs, kn: Catalogue) -> date | None:
    """The eve of the event, when its registrations close (review 8, #1); None without one."""
    event = event_days(inputs, kn)
    return None if event is None else event[0] - timedelta(days=1)


def campaign_end(inputs: Inputs, kn: Catalogue) -> date | None:
    """A campaign's deadline (review 6, #4): the first date the desired action names within the
    plan (« avant le 31 mars 2027 », a public inquiry's close), for an objective whose schedule
    says a campaign ends on it (advocacy, an event); what the plan does after it is follow-up.
    None for sales that restart each edition (their first date is an early bird's end). An
    event's registrations close on its eve (review 8, #1), whether counted per edition or not."""
    launch = launch_window(inputs, kn)
    if launch is not None and launch[1] < deadline(inputs):
        return launch[1]  # the launch window's close: its figure is final then (review 20, D2)
    event = event_days(inputs, kn)
    if event is not None:
        collect = collected_days(inputs, kn)
        if collect:  # money raised for the event is judged once its pages close (11a, #4)
            return min(event[1] + timedelta(days=collect), deadline(inputs))
        return event[0] - timedelta(days=1)
    series = series_days(inputs, kn)
    if series is not None and series_count(inputs, kn):
        return series[1]  # nothing is sold after the last date (review 23b, D1)
    season = season_start(inputs, kn)
    if season is not None:
        return season  # the season's count is frozen once it starts (review 25b, #2)
    if per_edition(inputs, kn) or not (
        schedule(inputs, kn).campaign_deadline or closes(inputs, kn)
    ):
        return None
    days = [d for d in deadline_dates(inputs, kn) if d < deadline(inputs)]
    return days[0] if days else None


# A club's or a school's season in the northern half of the world (review 25b, #2: a youth
# football club's new players « pour la saison 2027-2028 »): sign-ups come from June to the
# season's start in mid-September, when the season's count is frozen. The plan prepares from
# April (trial dates, flyers, the sign-up form), reads the trial sign-ups at the end of June and
# the affiliations to date at the end of August. Practitioners' rule of this tool (2026).
SEASON_START = (9, 15)
SEASON_PREPARE = (4, 1)
SEASON_SIGN_UPS = (6, 1)
SEASON_TRIALS_READ = (6, 30)
SEASON_SO_FAR_READ = (8, 31)
_SEASON_YEARS = re.compile(r"(?<!\d)(20\d\d)\s*[-/\u2013]\s*(?:20)?\d\d(?!\d)")


def _member_count(inputs: Inputs, kn: Catalogue) -> bool:
    """A target counting members (« jeunes joueurs affiliés », "new players"): the thresholds'
    member words or the affiliations measure's."""
    said = f"{inputs['target'].get('metric') or ''} {inputs['target'].get('unit') or ''}"
    words = _all_words(kn.thresholds.member_words) + [
        w for m in kn.metrics.measures if m.id == "affiliations" for w in _all_words(m.words)
    ]
    return bool(words) and contains_words(said, words)


def season_start(inputs: Inputs, kn: Catalogue) -> date | None:
    """The start of the season a count of members aims at (review 25b, #2): the metric names a
    season with its years (« pour la saison 2027-2028 », "2027/28 season"), the first year's
    mid-September; or the desired action a start with its month (« avant la rentrée de
    septembre »), that month's next mid-month. Within the plan and at least two months after
    its start; None otherwise, and for a sale that opens on a date (a theatre's season pass)."""
    if not _member_count(inputs, kn) or opening_date(inputs, kn) is not None:
        return None
    start: date = inputs["start_date"]
    said = str(inputs["target"].get("metric") or "")
    day: date | None = None
    years = _SEASON_YEARS.search(said)
    if years and contains_words(said, _all_words(kn.metrics.new_count_words)):
        day = date(int(years.group(1)), *SEASON_START)
    else:
        closing = _all_words(kn.metrics.closing_words)
        for clause in _clauses(inputs, ("desired_action",)):
            months = named_months(clause) if contains_words(clause, closing) else []
            if months:
                day = date(start.year, months[0], SEASON_START[1])
                if day <= start + timedelta(days=60):
                    day = date(start.year + 1, months[0], SEASON_START[1])
                break
    if day is None or not start + timedelta(days=60) < day <= deadline(inputs):
        return None
    return day


def admissions_cycle(inputs: Inputs, kn: Catalogue) -> bool:
    """A count a school or university piles up over a yearly admissions cycle (review 22b, D1
    and D4: « deposits paid by offer-holders for the September 2027 intake »): last cycle's
    total is no level to climb from, each checkpoint is the count to date against the same date
    last cycle, and after the deposit deadline come visas and enrolment, not a next cohort."""
    rule = kn.metrics.admissions_cycle
    said = f"{inputs['target'].get('metric') or ''} {inputs['target'].get('unit') or ''}"
    return (
        rule is not None
        and inputs["sector"] in rule.sectors
        and contains_words(said, _all_words(rule.words))
    )


def owned_list(inputs: Inputs, kn: Catalogue) -> str | None:
    """A list the answers say the organisation holds beyond a booking tool or members (review
    22b, D10): the accounts of its customers' app (« application de fidélité avec 21 000
    comptes actifs »: `app`), a school's applicants in its admissions CRM (`applicants`); the
    newsletter starts from it, not from 0 and a QR code on a counter. None otherwise."""
    owned = " ".join(map(str, [*inputs.list("proof_points"), inputs["offer"] or ""]))
    apps = _all_words(kn.metrics.app_words)
    if apps and contains_words(owned, apps):
        return "app"
    return "applicants" if admissions_cycle(inputs, kn) else None


def closes(inputs: Inputs, kn: Catalogue) -> bool:
    """A metric that is final on a date the desired action names (review 15, D2: « enrolments
    in the spring cohort », the cohort closing on 5 March 2027): its target is dated on that
    day, not stretched to the horizon; the plan's time after it aims at the next cohort."""
    said = f"{inputs['target'].get('metric') or ''} {inputs['target'].get('unit') or ''}"
    words = [w for ws in kn.metrics.closing_words.values() for w in ws]
    opens = opening_dates(inputs, kn)
    days = [d for d in key_dates(inputs) if d not in opens]
    cycle = admissions_cycle(inputs, kn)  # the deposit deadline closes the cycle (22b, D4)
    return (cycle or (bool(words) and contains_words(said, words))) and bool(days)


def objective_deadline(inputs: Inputs, kn: Catalogue) -> date:
    """When the objective is judged: a campaign's deadline, a stay season's reading (review
    20, D2), else the plan's end."""
    return campaign_end(inputs, kn) or stay_read_date(inputs, kn) or deadline(inputs)


def season_end(inputs: Inputs, kn: Catalogue) -> date | None:
    """The last day of the season a seasonal business opens for (« ouvert d'avril à
    septembre »: 30 September), its next occurrence from the start; a share read « at the end
    of the season » is dated then (review 6, #11). None when no opening months are named."""
    plan = schedule(inputs, kn)
    names = _month_names()
    flat = [w for ws in plan.open_words.values() for w in ws]
    for clause in _clauses(inputs, ("offer", "audience_description")):
        if not flat or not contains_words(clause, flat) or _others_opening(plan, clause):
            continue
        months = [names[t] for t in map(_fold, _TOKEN.findall(clause)) if t in names]
        if not months:
            continue
        start: date = inputs["start_date"]
        year = start.year if months[-1] >= start.month else start.year + 1
        return date(year, months[-1], calendar.monthrange(year, months[-1])[1])
    return None


def _others_opening(plan: Schedule, clause: str) -> bool:
    """The opening a clause names is someone else's (review 28new, D5: « des chasseurs avec
    leurs chiens avant l'ouverture de septembre » is the hunting season's, not the clinic's)."""
    others = [w for ws in plan.others_open_words.values() for w in ws]
    return bool(others) and contains_words(clause, others)


def stay_season(inputs: Inputs, kn: Catalogue) -> tuple[date, date] | None:
    """The stay months a metric counts (« nuitées … de novembre à mars », review 20, D2) of the
    season the target aims at: the first such season starting after the plan's start (November
    2027 to March 2028 for a plan from January 2027), as its first and last days. None for any
    other metric."""
    rules = kn.metrics
    said = f"{inputs['target'].get('metric') or ''} {inputs['target'].get('unit') or ''}"
    if not rules.stay_words or not contains_words(said, _all_words(rules.stay_words)):
        return None
    names = _month_names()
    months = [names[t] for t in map(_fold, _TOKEN.findall(said)) if t in names]
    if len(months) < 2 or months[0] == months[-1]:
        return None
    first, last = months[0], months[-1]
    start: date = inputs["start_date"]
    year = start.year if first > start.month else start.year + 1
    end_year = year if last >= first else year + 1
    return date(year, first, 1), date(end_year, last, calendar.monthrange(end_year, last)[1])


def _all_words(words: dict[str, list[str]]) -> list[str]:
    return [w for ws in words.values() for w in ws]


def stay_lag_source(inputs: Inputs, kn: Catalogue) -> StaySource | None:
    """Where a stay count is read when a tax declaration gives it (« taxe de séjour », named in
    the answers, or a public body that sells nothing itself): that source, with its lag."""
    said = " ".join(
        [str(inputs["target"].get("metric") or ""), *map(str, inputs.list("proof_points"))]
    )
    for source in kn.metrics.stay_sources:
        if contains_words(said, _all_words(source.words)) or inputs["org_kind"] in source.kinds:
            return source
    return None


def stay_read_date(inputs: Inputs, kn: Catalogue) -> date | None:
    """When the target season's count can be read: its last day plus the source's lag (June
    2028 for a season ending in March 2028, read from the taxe de séjour); None otherwise."""
    season = stay_season(inputs, kn)
    if season is None:
        return None
    source = stay_lag_source(inputs, kn)
    lag = source.lag_months if source is not None else kn.metrics.stay_default_lag_months
    day = add_months(date(season[1].year, season[1].month, 1), lag)
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def sales_window(inputs: Inputs, kn: Catalogue) -> list[int]:
    """The months customers buy in, from the answers: those named with a word of buying
    (« réservent … entre janvier et avril »), else a season's opening months (« ouvert d'avril à
    septembre »); first to last, across the new year if need be. Empty when none is named."""
    season = stay_season(inputs, kn)
    if season is not None:
        # stays are booked weeks before (review 20, D2): the months people book in precede the
        # months they stay (a stated assumption: metrics.yaml `stay_booking_lead_months`)
        early, late = [*kn.metrics.stay_booking_lead_months, 0, 0][:2]
        first = (season[0].month - 1 - early) % 12 + 1
        last = (season[1].month - 1 - late) % 12 + 1
        return [(first - 1 + k) % 12 + 1 for k in range((last - first) % 12 + 1)]
    plan = schedule(inputs, kn)
    names = _month_names()
    clauses = _clauses(inputs, ("audience_description", "offer", "desired_action"))
    for words in (plan.window_words, plan.open_words):
        flat = [w for ws in words.values() for w in ws]
        for clause in clauses:
            if not flat or not contains_words(clause, flat):
                continue
            if words is plan.open_words and _others_opening(plan, clause):
                continue
            months = [names[t] for t in map(_fold, _TOKEN.findall(clause)) if t in names]
            if months:
                first, last = months[0], months[-1]
                return [(first - 1 + k) % 12 + 1 for k in range((last - first) % 12 + 1)]
    return []


def window_again(inputs: Inputs, kn: Catalogue, after: date) -> date | None:
    """The first day the sales window opens again after `after`, within the plan (review 20,
    D2: a tourist office's booking months come back in September); None when it does not."""
    window = sales_window(inputs, kn)
    if not window or len(window) == 12:
        return None
    day = date(after.year, after.month, 1)
    while day <= deadline(inputs):
        if day > after and day.month in window and add_months(day, -1).month not in window:
            return day
        day = add_months(day, 1)
    return None


def _window_end(inputs: Inputs, kn: Catalogue) -> date | None:
    """The last day of the sales window within the plan, before its deadline."""
    window = sales_window(inputs, kn)
    if not window or len(window) == 12:
        return None
    start: date = inputs["start_date"]
    day = start
    while day < deadline(inputs):
        nxt = day + timedelta(days=1)
        if day.month in window and nxt.month not in window and day >= start + timedelta(days=28):
            return day
        day = nxt
    return None


def _weighted_fraction(inputs: Inputs, kn: Catalogue, day: date) -> float:
    """The share of the plan's time gone by `day`, a day of the sales window weighing more."""
    start: date = inputs["start_date"]
    end = objective_deadline(inputs, kn)  # a campaign's figure is reached on its deadline
    window = sales_window(inputs, kn)
    weight = schedule(inputs, kn).window_weight if window else 1.0
    if not window and (peak := volunteer_peak(inputs, kn)):
        # volunteers are recruited before their peak season, not during it (review 32c, H2)
        window, weight = peak, kn.thresholds.volunteer_peak_weight

    def weighed(until: date) -> float:
        # a month at a time: the checkpoints ask this hundreds of times a strategy
        total, d = 0.0, start
        while d < until:
            following = date(d.year + d.month // 12, d.month % 12 + 1, 1)
            days = (min(following, until) - d).days
            total += days * (weight if d.month in window else 1.0)
            d = min(following, until)
        return total

    return max(0.0, min(1.0, weighed(min(day, end)) / max(1.0, weighed(end))))


def volunteer_peak(inputs: Inputs, kn: Catalogue) -> list[int]:
    """The months of the peak season a volunteer recruitment names (« kitten season runs
    October to March »), first to last across the new year: volunteers are found and trained
    before it, so its months weigh less in the plan's curve and the eve of its first month is
    checked (review 32c, H2: the biggest jump fell inside the declared peak). Read in the
    answers and, conservatively, in the notes: a clause holding a season word and two months.
    Empty for any other recruitment or objective."""
    th = kn.thresholds
    if not volunteers(inputs, th) or not th.volunteer_peak_words:
        return []
    words = [w for ws in th.volunteer_peak_words.values() for w in ws]
    names = _month_names()
    texts = [*_clauses(inputs, ("audience_description", "offer", "desired_action"))]
    texts += [c for n in inputs.notes.values() for c in re.split(r"[.;,:\n()]", str(n or ""))]
    for clause in texts:
        if not contains_words(clause, words):
            continue
        months = [names[t] for t in map(_fold, _TOKEN.findall(clause)) if t in names]
        if len(months) >= 2:
            first, last = months[0], months[-1]
            return [(first - 1 + k) % 12 + 1 for k in range((last - first) % 12 + 1)]
    return []


def volunteer_peak_eve(inputs: Inputs, kn: Catalogue) -> date | None:
    """The last day before the volunteers' peak season opens, within the plan: the homes or
    volunteers aimed at are ready by then (review 32c, H2); None without a peak."""
    peak = volunteer_peak(inputs, kn)
    if not peak or len(peak) == 12:
        return None
    start: date = inputs["start_date"]
    for year in (start.year, start.year + 1):
        eve = date(year, peak[0], 1) - timedelta(days=1)
        if start + timedelta(days=28) <= eve < deadline(inputs):
            return eve
    return None


def _runs_peak_call(inputs: Inputs, kn: Catalogue, start: date, end: date) -> bool:
    """Whether the phase from `start` to `end` holds a volunteer recruitment's main call before
    its peak season: it is named for that job, not « Consolidate and measure » (33c, H-d)."""
    eve = volunteer_peak_eve(inputs, kn)
    return eve is not None and start <= eve - timedelta(days=30) <= end


def _peak_goals(
    inputs: Inputs, kn: Catalogue, say: Words, goals: list[str], start: date, end: date
) -> None:
    """A volunteer recruitment with a peak season (review 32c, H2): the phase running a month
    before the peak holds the main call, so those who say yes are met and trained by its eve;
    a phase that opens inside the peak looks after the volunteers already active. In place."""
    eve = volunteer_peak_eve(inputs, kn)
    if eve is None:
        return
    if start <= eve - timedelta(days=30) <= end:
        goals[0] = say("goal_volunteer_peak_push", deadline=eve)
        return
    elif eve < start and start.month in volunteer_peak(inputs, kn):
        goals[-1] = say("goal_volunteer_peak_keep")


def edition_share(inputs: Inputs, kn: Catalogue, day: date) -> float | None:
    """For sales that restart each edition, the share of the target aimed at by `day`: the
    schedule's share by the first date named in the answers (an early bird), all of it by the
    deadline, straight between; None before the first such date (the plan compares with the
    last edition at the same date instead). An event's target is all reached on its eve."""
    end = objective_deadline(inputs, kn)
    anchors = [d for d in deadline_dates(inputs, kn) if d < end][:1]
    share = schedule(inputs, kn).key_date_share
    points = [(d, share) for d in anchors] + [(end, 1.0)]
    if day < points[0][0]:
        return None
    for (d0, s0), (d1, s1) in pairwise(points):
        if d0 <= day <= d1:
            return s0 + (s1 - s0) * (day - d0).days / max(1, (d1 - d0).days)
    return 1.0 if day >= end else points[0][1]


_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")


def window_share(inputs: Inputs, kn: Catalogue) -> tuple[date, float] | None:
    """A share of the count the answers say sold from the opening to a date (review 21a, R1:
    « 64 % des Pass 18-30 de 2025-2026 vendus entre le 18 juin et le 15 octobre »): that date,
    on its next occurrence after the opening, and the share. None when no proof point says so."""
    opening = opening_date(inputs, kn)
    if opening is None:
        return None
    end = objective_deadline(inputs, kn)
    for proof in inputs.list("proof_points"):
        text = str(proof)
        share = _PERCENT.search(text)
        dates = _clause_dates(text, opening, end)
        if share is None or len(dates) < 2 or dates[0][0] != opening:
            continue
        value = float(share.group(1).replace(",", ".")) / 100
        if 0.0 < value < 1.0 and opening < dates[1][1] < end:
            return dates[1][1], value
    return None


def opening_lift(inputs: Inputs, kn: Catalogue, day: date) -> float:
    """The share of the rise counted by `day` from an opening or a launch: fastest just after it
    (review 19, D2); a launch sells `launch_day_share` of its window on its first day (review
    21a, R1: 267 of 4,200 on a waitlist drop's day one was 6 %); a share the answers give for a
    window after the opening is reached on its last day (« 64 % … entre le 18 juin et le
    15 octobre »), the rest straight to the target's date."""
    opening = opening_date(inputs, kn)
    if opening is None or day < opening:
        return 0.0
    end = objective_deadline(inputs, kn)
    if launch_window(inputs, kn) is not None:
        first = kn.metrics.launch_day_share
        done = max(0.0, min(1.0, (day - opening).days / max(1, (end - opening).days)))
        return first + (1 - first) * (1 - (1 - done) ** 2)
    said = window_share(inputs, kn)
    if said is not None:
        until, share = said
        if day <= until:
            done = (day - opening).days / max(1, (until - opening).days)
            return share * (1 - (1 - done) ** 2)
        return share + (1 - share) * min(1.0, (day - until).days / max(1, (end - until).days))
    done = max(0.0, min(1.0, (day - opening).days / max(1, (end - opening).days)))
    return 1 - (1 - done) ** 2


def early_share(inputs: Inputs, kn: Catalogue) -> float | None:
    """The share of the plan by which a process figure brought down (a response time) reaches
    its target (metrics.yaml `early_share`, found by the metric's words); None for any other
    figure, which follows the slow-start curve."""
    if not lower_is_better(inputs):
        return None
    target = inputs["target"]
    text = f"{target.get('metric') or ''} {target.get('unit') or ''}"
    for entry in kn.metrics.measures:
        if contains_words(text, [w for ws in entry.words.values() for w in ws]):
            return entry.early_share
    return None


def checkpoint_value(inputs: Inputs, kn: Catalogue, day: date) -> float | None:
    """The target on `day`, rounded as the person's figures are written: the one figure the
    plan's checkpoints and the KPI's targets both quote. On the slow-start curve from the
    baseline to the goal, a day of the sales window named in the answers weighing more; for
    sales that restart each edition, a cumulative share of the goal (None before the first
    date named). None without a baseline and a goal."""
    base, goal = inputs["target"].get("baseline"), goal_value(inputs, kn)
    if base is None or goal is None:
        return None
    read = stay_read_date(inputs, kn)
    if read is not None:  # the target season's count exists only once read (review 20, D2)
        return float(goal) if day >= read else None
    if (
        admissions_cycle(inputs, kn)
        or series_count(inputs, kn)
        or season_start(inputs, kn) is not None
    ) and campaign_end(inputs, kn) is not None:
        # a cycle's count to date is read against the same date last cycle, not as a level
        # climbing from last cycle's total (review 22b, D4); its total is judged at the close
        return float(goal) if day >= objective_deadline(inputs, kn) else None
    if per_edition(inputs, kn):
        share = edition_share(inputs, kn, day)
        return None if share is None else round_count(goal * share, base, goal)
    opening = opening_date(inputs, kn)
    if opening is not None:
        # nothing is counted before the action is possible; a new season's count starts from 0
        # that day and rises fastest just after it (review 19, D2)
        if day < opening:
            return None
        first = 0.0 if new_count(inputs, kn) else float(base)
        return round_count(first + (goal - first) * opening_lift(inputs, kn, day), base, goal)
    if flow_year(inputs, kn):
        # a year's count, summed from the plan's start at a rhythm rising from last year's
        start: date = inputs["start_date"]
        share = max(0.0, min(1.0, (day - start).days / max(1, (deadline(inputs) - start).days)))
        return round_count(float(base) * share + (goal - float(base)) * share**2, base, goal)
    fraction = _weighted_fraction(inputs, kn, day)
    early = early_share(inputs, kn)
    if early is not None:
        # a response time brought down falls once the rota exists, then holds (30b, E8)
        lift = 1 - (1 - min(1.0, fraction / early)) ** 2
        return round_count(float(base) + (goal - float(base)) * lift, base, goal)
    # a trade fair's contacts come at once: the curve steps after it (review 17, NEW-2)
    fair = second_event_day(inputs, kn) if is_fair(inputs, kn) else None
    step = kn.metrics.fair_step_share if fair is not None else 0.0
    lift = progress(fraction) * (1 - step) + (step if fair is not None and day >= fair else 0.0)
    return round_count(float(base) + (goal - float(base)) * lift, base, goal)


def checkpoint_dates(inputs: Inputs, kn: Catalogue, phase_ends: list[date]) -> list[date]:
    """The dates the objective's figure is checked on: the phases' ends, the dates named in
    the answers and the end of the sales window, each with a value to check. A network of
    outlets never reads a holiday month: the months either side instead (review 27, #11)."""
    if phase_ends and rollout_sites(inputs, kn) is not None:
        phase_ends = [day for day, _skipped in rollout_reads(inputs, kn, phase_ends)]
    days = set(phase_ends) | set(deadline_dates(inputs, kn))
    opening = opening_date(inputs, kn)
    launch = launch_window(inputs, kn)
    if launch is not None:  # launch day, its first week, the window's close (review 20, D2)
        days |= {launch[0], objective_deadline(inputs, kn)}
        days |= {launch[0] + timedelta(days=n) for n in kn.metrics.launch_checkpoint_days}
    elif opening is not None:  # the opening, then the weeks after it that sell most
        days.add(opening)
        days |= {opening + timedelta(weeks=w) for w in kn.metrics.opening_checkpoint_weeks}
    window_end = _window_end(inputs, kn)
    if window_end is not None:
        days.add(window_end)
    eve = volunteer_peak_eve(inputs, kn)
    if eve is not None:  # the volunteers ready before their peak season (review 32c, H2)
        days.add(eve)
        # one checkpoint for that moment: a phase's end a few weeks before the eve says the
        # same thing less well (review 33c, H-d: « 17 Sept: 35 » then « 30 Sept: 37 »)
        near = timedelta(days=kn.thresholds.checkpoint_min_gap_days)
        days = {d for d in days if d == eve or not eve - near < d < eve}
    read = stay_read_date(inputs, kn)
    if read is not None:  # a stay season: its figure once read (review 20, D2)
        days = {read}
    last = objective_deadline(inputs, kn)  # after a campaign's deadline, follow-up only
    if event_days(inputs, kn) is not None or series_count(inputs, kn):
        days.add(last)  # the eve of the event (registrations close) or its collection's end
    return sorted(d for d in days if d <= last and checkpoint_value(inputs, kn, d) is not None)


def seasonal(inputs: Inputs, kn: Catalogue) -> bool:
    """A business with low months whose target is a level to grow to by the plan's end (not an
    edition's sales, a campaign's count or a reduction): its figures are read against the same
    month a year before (review 10, #2), since a level straight from a year's average says
    nothing of a trough or a peak."""
    base = inputs["target"].get("baseline")
    return (
        bool(low_months(inputs, kn))
        and base is not None
        and float(base) > 0
        and goal_value(inputs, kn) is not None
        and not per_edition(inputs, kn)
        and not lower_is_better(inputs)
        and campaign_end(inputs, kn) is None
    )


def year_on_year(inputs: Inputs, kn: Catalogue, day: date) -> float | None:
    """For a seasonal business, the rise on the same month a year before aimed at by `day`, in
    whole % (the plan's level for the day over the baseline: from 38 to 42, +11 %). None for
    any other business, or without a figure for the day."""
    value = checkpoint_value(inputs, kn, day) if seasonal(inputs, kn) else None
    if value is None:
        return None
    if full_month(inputs, kn, day):
        return 0.0  # a full month is held at last year's level (review 26, #4)
    return float(round((value / float(inputs["target"]["baseline"]) - 1) * 100))


PEAK_SAID = (
    "offer",
    "topics",
    "key_message",
    "audience_description",
    "audience_problems",
    "proof_points",
)


def named_peaks(inputs: Inputs, kn: Catalogue) -> list[int]:
    """The months the answers call the business's strongest (metrics.yaml `peak_season`): a
    clause with a peak word names them, by their month or their holiday (« Christmas is the
    site's biggest month »: December). Empty when no clause says so."""
    rule = kn.metrics.peak_season
    if rule is None:
        return []
    said: list[str] = []
    for q in PEAK_SAID:
        value = inputs[q]
        said += [str(v) for v in value] if isinstance(value, list) else [str(value or "")]
    said += [str(v) for v in inputs.notes.values()]
    peak_words = [w for ws in rule.words.values() for w in ws]
    months: set[int] = set()
    for clause in (c for t in said for c in re.split(r"[.;\n]", t) if c.strip()):
        if not contains_words(clause, peak_words):
            continue
        months |= set(named_months(clause))
        for holiday in rule.holidays:
            if contains_words(clause, [w for ws in holiday.words.values() for w in ws]):
                months |= set(holiday.months)
    return sorted(months)


def peak_read(inputs: Inputs, kn: Catalogue) -> list[int]:
    """The peak months of a monthly level target grown from a measured start (not an edition,
    a reduction or a campaign's count): its checkpoints are read against the same month a year
    before (review 31b, G6: a smooth curve made December a summer month). Empty otherwise."""
    base = inputs["target"].get("baseline")
    if (
        not base
        or float(base) <= 0
        or goal_value(inputs, kn) is None
        or not monthly_metric(inputs, kn)
        or per_edition(inputs, kn)
        or lower_is_better(inputs)
        or flow_year(inputs, kn)
    ):
        return []
    return named_peaks(inputs, kn)


# a plan starting this close to 1 January runs the calendar year (« 4 janvier 2027 »)
YEAR_START_DAYS = 15


def year_close(inputs: Inputs, kn: Catalogue) -> date | None:
    """The last day of the calendar year a count per year is totalled over, when the 12-month
    plan runs that year (it starts within `YEAR_START_DAYS` of 1 January): the objective is
    dated « total de l'année arrêté au 31 décembre 2027 », not the plan's last day three days
    into the next year (review 31b, V12). None otherwise."""
    if not flow_year(inputs, kn):
        return None
    start: date = inputs["start_date"]
    new_year = date(start.year + (start.month == 12), 1, 1)
    if abs((start - new_year).days) > YEAR_START_DAYS:
        return None
    return date(new_year.year, 12, 31)


def year_ago(day: date) -> date:
    return add_months(day, -12)


def season_statement(inputs: Inputs, kn: Catalogue, say: Words) -> str:
    """The objective's sentence on the season (review 10, #2): a deadline in a low month is
    judged against the same month a year before, at the rise the target asks (« Le 10 janvier
    2028 tombe en mois creux : … en hausse de 58 %, la même hausse que de 38 à 60 »). Empty
    when the deadline is in a good month or the business is not seasonal."""
    season, read = stay_season(inputs, kn), stay_read_date(inputs, kn)
    if season is not None and read is not None:
        # the season aimed at, when people book it and when its figure is known (review 20)
        source = stay_lag_source(inputs, kn)
        months = sales_window(inputs, kn)
        book_from = date(season[0].year - (months[0] > season[0].month), months[0], 1)
        return say(
            "smart_stay_season_beyond" if read > deadline(inputs) else "smart_stay_season",
            first_month=season[0],
            last_month=season[1],
            book_month=book_from,
            read_date=read,
            source=source.name.get(say.lang, "") if source else say("stay_source_default"),
            months=inputs.horizon,
        )
    season_day = season_start(inputs, kn)
    if season_day is not None:
        # sign-ups come before the season starts, its count frozen then (review 25b, #2)
        return say(
            "smart_season_start",
            what=season_name(season_day, say.lang),
            other_date=season_day,
            deadline=deadline(inputs),
        )
    stock = stock_goal(inputs, kn, say.lang)
    if stock is not None:
        # the objective is the units sold, the target's metric the figure leading there (27, #1)
        target = inputs["target"]
        steps = [
            say("smart_stock_step", part=say.loc.number(n, 0), day=d)
            for d, n in stock_steps(inputs, kn)[:-1]
        ]
        path = say(
            "smart_stock_path",
            how=say.loc.join(steps),
            metric=target["metric"],
            baseline=target["baseline"],
            unit=target["unit"],
            subject=stock[2],
        )
        asked = _stock_asked(inputs, kn, say, stock)
        return f"{path} {asked}" if asked else path
    end = deadline(inputs)
    change = year_on_year(inputs, kn, end)
    if change is None:
        # a peak month the answers name: the target is that month's figure, said once, as the
        # scorecard and the last checkpoint read it (review 33b, GN4: what is 14,000?)
        change = _peak_change(inputs, kn, end)
    month = read_month(inputs, kn, end)
    low = month.month in low_months(inputs, kn)
    base, goal = float(inputs["target"]["baseline"] or 0), goal_value(inputs, kn)
    if change is not None and goal is not None and full_month(inputs, kn, end):
        # the peak month held at its level, the rise read elsewhere (review 26, #4)
        return say(
            "smart_season_read_full",
            deadline=end,
            month=month,
            month_before=year_ago(month),
            change=round((goal / base - 1) * 100),
            baseline=inputs["target"]["baseline"],
            value=goal,
            # the twelve months' totals from the months the answers give: the peak months at
            # their own figure (held), the others at the monthly figure, to the nearest ten
            # (review 30a, C5: 38 × 12 = 456 though December alone was 140)
            part=say.loc.number(_year_total(inputs, kn, base), 0),
            whole=say.loc.number(_year_total(inputs, kn, goal), 0),
        )
    if change is None or not (low or month != end):
        return ""
    # a monthly figure read on the deadline is the last complete month's, whatever its season
    key = "smart_low_season" if month == end else f"smart_season_read{'_low' * low}"
    return say(
        key,
        deadline=end,
        month=month,
        month_before=year_ago(month),
        change=change,
        baseline=inputs["target"]["baseline"],
        value=goal_value(inputs, kn),
    )


def _peak_change(inputs: Inputs, kn: Catalogue, day: date) -> float | None:
    """A business with a peak month the answers name (peak_read): the rise on the same month a
    year before that the scorecard prints for `day`, so that the plan's checkpoint says the
    same figure (review 33b, GN4: « 7,658 sessions a month » beside « +24% on April 2026 »).
    None for any other business."""
    if not peak_read(inputs, kn):
        return None
    value = checkpoint_value(inputs, kn, day)
    if value is None:
        return None
    return float(round((value / float(inputs["target"]["baseline"]) - 1) * 100))


def _year_checkpoint(inputs: Inputs, kn: Catalogue, say: Words, day: date) -> str | None:
    """A seasonal business's checkpoint: the month against the same month a year before, with
    the rise aimed at (« commandes … en mai 2027, en hausse de 11 % sur mai 2026 »), said to be
    a low month when it is one. None for any other business."""
    change = year_on_year(inputs, kn, day)
    if change is None:
        change = _peak_change(inputs, kn, day)
    if change is None:
        return None
    month = read_month(inputs, kn, day)  # a monthly metric: the last complete month
    if full_month(inputs, kn, day):  # held at its level, never pushed (review 26, #4)
        return say(
            "milestone_kpi_year_full",
            metric=inputs["target"]["metric"],
            month=month,
            month_before=year_ago(month),
        )
    low = "_low" if month.month in low_months(inputs, kn) else ""
    level = "_level" if change < 1 else ""
    return say(
        f"milestone_kpi_year{low}{level}",
        metric=inputs["target"]["metric"],
        month=month,
        month_before=year_ago(month),
        change=change,
    )


def first_month_change(inputs: Inputs, kn: Catalogue, day: date, rate: bool = False) -> float:
    """With no figure given, the change from the first month's measure aimed at by `day` (in %
    of it, or in points for a rate): the thresholds' rule for the horizon, on the same
    slow-start curve, in whole figures."""
    table = kn.thresholds.first_month_points if rate else kn.thresholds.first_month_change
    bracket = next((b for b in sorted(table) if inputs.horizon <= b), max(table))
    start: date = inputs["start_date"]
    span = max(1, (deadline(inputs) - start).days)
    return float(round(table[bracket] * progress(max(0.0, (day - start).days / span))))


def _bounds(inputs: Inputs, kn: Catalogue) -> list[int]:
    table = kn.thresholds.phase_bounds
    return table.get(inputs.horizon) or [inputs.horizon]


def closures(inputs: Inputs) -> list[tuple[date, date]]:
    """The periods the answers say nobody is there (`closed_periods`), first day to last."""
    return periods_of(inputs.list("closed_periods"))


def first_issue(inputs: Inputs, kn: Catalogue, networks: list[NetworkPlan]) -> date | None:
    """A new newsletter kept: the Monday-based week its first issue goes out (the first week sets
    up its sign-up form and collection point; the first issue waits for a list). None when no
    newsletter is kept or when the person already sends one (a list exists)."""
    kept = any(n.id == "newsletter" and n.role in ("primary", "secondary") for n in networks)
    if not kept or "newsletter" in inputs.list("current_networks"):
        return None
    start: date = inputs["start_date"]
    th = kn.thresholds
    # a list already held (past guests, clients, members) is imported, then written to at once
    week = th.list_first_issue_week if existing_list(inputs, th) else th.newsletter_first_issue_week
    monday = start + timedelta(days=7 * (week - 1))
    # never in the week of a closure: its readers' replies would find nobody (review 27: « First
    # send in the week of 28 December 2026 », the school closed from 23 December to 2 January)
    for first, last in closures(inputs):
        if first <= monday + timedelta(days=6) and last >= monday:
            monday += timedelta(days=7 * ((last - monday).days // 7 + 1))
    return monday


def first_issue_on(plan: list[Phase], calendar: list[Slot], say: Words) -> list[Phase]:
    """The plan's « first issue sent » milestone on the day the four weeks send it (review 31a,
    C8: the set-up said the week of 25 January, the calendar Tuesday 26 January and the plan
    Sunday 31 January for the same issue): the calendar places the issue on the newsletter's
    own weekday, the plan only knew its week. Called once the calendar is built; a plan with
    no such milestone, or a calendar with no issue in the milestone's week, is kept as it is."""
    firsts = {say("milestone_first_issue"), say("milestone_first_issue_list")}
    issues = sorted(s.date for s in calendar if s.network == "newsletter" and s.activity == "post")
    out: list[Phase] = []
    for phase in plan:
        moved = [
            m.model_copy(update={"date": day})
            if m.what in firsts
            and (day := next((d for d in issues if 0 <= (m.date - d).days < 7), None)) is not None
            else m
            for m in phase.milestones
        ]
        out.append(phase.model_copy(update={"milestones": sorted(moved, key=lambda m: m.date)}))
    return out


# An offer that ends on a date (« avant le 31 mars », "until 15 May") is pushed three weeks and
# one week before it (review 26 #6: Northgate's early-deposit scholarship); the answers an offer
# is written in, besides the desired action (whose dates the plan pushes itself).
OFFER_PUSH_DAYS = (21, 7)
OFFER_SAID = ("offer", "proof_points")


def offer_deadlines(inputs: Inputs, kn: Catalogue) -> list[tuple[date, str]]:
    """The end dates the offer or the proof points give an offer (« avant le 31 mars », "until
    15 May", "before 31 March"), each with the answer it is written in, within the plan: a date
    with a deadline word in its clause, on its next occurrence from the start (a year written
    must match); none that the desired action already dates."""
    start: date = inputs["start_date"]
    end = deadline(inputs)
    late = [w for ws in kn.metrics.deadline_words.values() for w in ws]
    taken = set(deadline_dates(inputs, kn)) if inputs["desired_action"] else set()
    found: dict[date, str] = {}
    texts = [str(inputs[q]) for q in OFFER_SAID if isinstance(inputs[q], str)]
    texts += [str(t) for q in OFFER_SAID for t in inputs.list(q)]
    for text in texts:
        for clause in re.split(r"[;:\n()]|[.,](?!\d)", text):
            if not clause.strip() or not contains_words(clause, late):
                continue
            years = {int(y) for y in re.findall(r"\b(20\d\d)\b", clause)}
            for _first, day in _clause_dates(clause, start, end):
                if years and day.year not in years:
                    continue  # « before 31 March 2028 » is not the 31 March ahead
                if day not in taken:
                    found.setdefault(day, text.strip())
    return sorted(found.items())


def offer_pushes(inputs: Inputs, kn: Catalogue) -> list[tuple[date, date, str, int]]:
    """The dated pushes before each offer deadline, within the plan: (push day, deadline, the
    offer as written, days before)."""
    start: date = inputs["start_date"]
    return [
        (day - timedelta(days=before), day, what, before)
        for day, what in offer_deadlines(inputs, kn)
        for before in OFFER_PUSH_DAYS
        if day - timedelta(days=before) >= start
    ]


def _offer_milestones(
    inputs: Inputs, kn: Catalogue, say: Words, p_start: date, p_end: date
) -> list[Milestone]:
    """The pushes before an offer's end date that fall in this phase (review 26 #6: the
    calendar dates those of its four weeks, but Northgate's scholarship ends on 31 March, months
    after them, and its pushes must still be in the plan)."""
    found = []
    for push, day, what, before in offer_pushes(inputs, kn):
        if not p_start <= push < p_end:
            continue
        offer = say.loc.quote(what) if len(what) <= OFFER_QUOTED else say("milestone_offer_yours")
        key = "milestone_offer_push_last" if before <= 7 else "milestone_offer_push"
        found.append(Milestone(date=push, what=say(key, what=offer, other_date=day)))
    return found


OFFER_QUOTED = 90  # an offer quoted whole up to this length; a longer answer is « your offer »


def listens_first(inputs: Inputs, verdict: Verdict) -> bool:
    """A monitoring objective, or an organisation present nowhere that will publish: the plan
    opens by listening."""
    if verdict in ("fix_first", "not_needed"):
        return False
    return inputs["objective"] == "monitoring" or inputs.present_nowhere


def _dated_checkpoints(
    inputs: Inputs, kn: Catalogue, say: Words, p_start: date, p_end: date
) -> list[Milestone]:
    """Within a phase, before its end: a push in the two weeks before each date named in the
    answers, the figure aimed at on that date, and at the end of the sales window."""
    target = inputs["target"]
    metric, unit = target["metric"], target["unit"]
    found: list[Milestone] = []
    window_end = _window_end(inputs, kn)
    event = event_days(inputs, kn)
    launch = launch_window(inputs, kn)
    for day in checkpoint_dates(inputs, kn, []):
        if not p_start <= day < p_end:
            continue
        value = checkpoint_value(inputs, kn, day)
        if (
            event is not None
            and collected_days(inputs, kn)
            and day == objective_deadline(inputs, kn)
        ):
            key = "milestone_collection_close"  # the money is judged once the pages close
        elif event is not None and day == event[0] - timedelta(days=1):
            key = "milestone_registrations_close"
        elif launch is not None and day == launch[0]:
            # a launch counts down like an event, then asks for reviews (review 20, D5)
            found += _launch_countdown(inputs, kn, say, p_start, p_end, day)
            what = say(
                "milestone_launch_day",
                metric=metric,
                value=value,
                unit=unit,
                share=round(kn.metrics.launch_day_share * 100),
            )
            found.append(_read_on(inputs, kn, say, day, what))
            continue
        elif launch is not None and day == launch[1]:
            key = "milestone_launch_close"
        elif day == opening_date(inputs, kn):
            # the day the action becomes possible, announced beforehand (review 19, D2)
            push = max(p_start, day - timedelta(days=schedule(inputs, kn).push_days))
            found.append(
                Milestone(date=push, what=say("milestone_push_before_opening", other_date=day))
            )
            name = opening_name(inputs, kn, say.lang) or say("milestone_opening_default")
            what = say(
                "milestone_opening",
                what=name[:1].upper() + name[1:],
                metric=metric,
                value=value,
            )
            found.append(_read_on(inputs, kn, say, day, what))
            continue
        elif day in deadline_dates(inputs, kn):
            push = max(p_start, day - timedelta(days=schedule(inputs, kn).push_days))
            found.append(Milestone(date=push, what=say("milestone_push_before", other_date=day)))
            key = "milestone_key_date"
        else:
            key = "milestone_window_end" if day == window_end else "milestone_kpi"
        yearly = _year_checkpoint(inputs, kn, say, day) if key == "milestone_kpi" else None
        if yearly is not None:
            found.append(_read_on(inputs, kn, say, day, yearly))
            continue
        if key == "milestone_kpi" and read_month(inputs, kn, day).month in low_months(inputs, kn):
            found.append(_read_on(inputs, kn, say, day, say("milestone_kpi_low", metric=metric)))
            continue
        what = (
            _figure(inputs, kn, say, value)
            if key == "milestone_kpi" and value is not None
            else say(key, metric=metric, value=value, unit=unit, count=collected_days(inputs, kn))
        )
        found.append(_read_on(inputs, kn, say, day, what))
    close = registrations_close(inputs, kn)
    if close is not None and collected_days(inputs, kn) and p_start <= close < p_end:
        # the money comes later: on the eve, the participants registered are counted
        found.append(Milestone(date=close, what=say("milestone_registrations_close_count")))
    return sorted(found, key=lambda m: m.date) if launch is not None else found


def _stay_milestones(
    inputs: Inputs, kn: Catalogue, say: Words, p_start: date, p_end: date
) -> list[Milestone]:
    """A stay season's milestones within the phase (review 20, D2): the season under way read
    as the comparison point, the booking months of the season aimed at opening, then at the
    plan's end the first figures and, when the season is read after it, when and where."""
    season, read = stay_season(inputs, kn), stay_read_date(inputs, kn)
    if season is None or read is None:
        return []
    source = stay_lag_source(inputs, kn)
    where = source.name.get(say.lang, "") if source else say("stay_source_default")
    lag = source.lag_months if source is not None else kn.metrics.stay_default_lag_months
    end = deadline(inputs)
    current = (add_months(season[0], -12), add_months(season[1], -12))
    current_read = add_months(date(current[1].year, current[1].month, 1), lag + 1) - timedelta(
        days=1
    )
    months = sales_window(inputs, kn)
    book_from = date(season[0].year - (months[0] > season[0].month), months[0], 1)
    target = inputs["target"]
    found = [
        Milestone(
            date=current_read,
            what=say(
                "milestone_stay_current",
                first_month=current[0],
                last_month=current[1],
                source=where,
                metric=target["metric"],
            ),
        ),
        Milestone(
            date=book_from,
            what=say("milestone_stay_booking", first_month=season[0], last_month=season[1]),
        ),
        Milestone(
            date=end if read > end else read,
            what=say(
                "milestone_stay_beyond" if read > end else "milestone_stay_read",
                read_date=read,
                book_month=book_from,
                source=where,
                value=goal_value(inputs, kn),
                unit=target["unit"],
                first_month=season[0],
                last_month=season[1],
            ),
        ),
    ]
    return [m for m in found if p_start <= m.date <= p_end and m.date <= end]


def repeat_buyers(inputs: Inputs, kn: Catalogue) -> bool:
    """The answers say past buyers matter (« 38 % of our buyers are repeat customers »)."""
    words = [w for ws in kn.metrics.repeat_words.values() for w in ws]
    text = " ".join(
        [str(inputs["audience_description"] or ""), *map(str, inputs.list("proof_points"))]
    )
    return bool(words) and contains_words(text, words)


def _launch_countdown(
    inputs: Inputs, kn: Catalogue, say: Words, p_start: date, p_end: date, launch: date
) -> list[Milestone]:
    """A launch's countdown (review 20, D5): a first look and a countdown before it, early
    access the day before for past buyers when they matter, and the week after it, the buyers'
    reviews and photos; those within the phase."""
    steps = [
        (launch - timedelta(days=n), key)
        for n, key in zip(
            kn.metrics.launch_countdown_days,
            ("milestone_launch_first_look", "milestone_launch_countdown"),
            strict=False,
        )
    ]
    if repeat_buyers(inputs, kn):
        steps.append((launch - timedelta(days=1), "milestone_launch_early_access"))
    steps.append((launch + timedelta(days=2), "milestone_launch_reviews"))
    return [
        Milestone(date=day, what=say(key, other_date=launch))
        for day, key in steps
        if p_start <= day < p_end
    ]


def _event_milestones(
    inputs: Inputs, kn: Catalogue, say: Words, p_start: date, p_end: date, letter: bool
) -> list[Milestone]:
    """Around an event within the plan (review 8, #1), those within the phase: the countdown
    three weeks out, a reminder a week before and the day before (a newsletter and a post when
    a newsletter is kept), the event day, and a week after it, the turnout and the next step."""
    event = event_days(inputs, kn)
    if event is None:
        return _second_event_milestones(inputs, kn, say, p_start, p_end)
    first, last = event
    start: date = inputs["start_date"]
    weeks = schedule(inputs, kn).countdown_weeks
    second = [o for o in inputs.list("secondary_objectives") if o != inputs["objective"]]
    after = min(last + timedelta(days=7), deadline(inputs))
    push = "_letter" if letter else ""
    found = [
        Milestone(
            date=max(start, first - timedelta(days=7 * weeks)),
            what=say(f"milestone_event_countdown{push}", weeks=weeks, other_date=first),
        ),
        *(
            Milestone(date=first - timedelta(days=days), what=say(f"milestone_event_{when}{push}"))
            for days, when in ((7, "week"), (1, "eve"))
            if first - timedelta(days=days) > start
        ),
        Milestone(date=first, what=say("milestone_event_day", other_date=first)),
        Milestone(
            date=after,
            what=say("milestone_event_after_next", objective=second[0])
            if second
            else say("milestone_event_after"),
        ),
    ]
    return [m for m in found if p_start <= m.date <= p_end]


def second_event_day(inputs: Inputs, kn: Catalogue) -> date | None:
    """A secondary `event` objective's day (review 8b, #6: the brewery's « fête d'été du 26
    juin »): the first date its topics or desired action name within the plan, at least three
    weeks after the start. None otherwise."""
    if "event" not in inputs.list("secondary_objectives") or inputs["objective"] == "event":
        return None
    start: date = inputs["start_date"]
    weeks = kn.objective("event", inputs["org_kind"]).schedule.countdown_weeks
    late = _all_words(kn.metrics.deadline_words)
    for clause in _clauses(inputs, ("topics", "desired_action")):
        if (
            late
            and clause in _clauses(inputs, ("desired_action",))
            and contains_words(clause, late)
        ):
            continue  # « pay the deposit before 31 May » is a deadline, no event (22b, D1)
        for first, _last in _clause_dates(clause, start, deadline(inputs)):
            if first - timedelta(days=7 * weeks) >= start:
                return first
    fair = fair_month(inputs, kn)
    return fair if fair is not None and fair - timedelta(days=7 * weeks) >= start else None


FAIR_ASSUMED_DAY = 15  # a fair named by its month only is placed mid-month, and the plan says so
FAIR_COUNTDOWN_WEEKS = 6  # stand meetings open six weeks out (practitioners' rule of this tool)


def _fair_answers(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The desired action and topics that name a trade fair (review 15, D1)."""
    words = [w for ws in kn.metrics.fair_words.values() for w in ws]
    texts = [str(inputs["desired_action"] or "")] + [str(t) for t in inputs.list("topics")]
    return [t for t in texts if words and contains_words(t, words)]


def fair_month(inputs: Inputs, kn: Catalogue) -> date | None:
    """A trade fair the answers name with its month only (« salon Anuga FoodTec (Cologne, mars
    2027) »): its next occurrence within the plan, on the 15th, an assumption the plan states.
    None when no fair is named, or with its full date (placed by that date)."""
    if "event" not in inputs.list("secondary_objectives") or inputs["objective"] == "event":
        return None
    start: date = inputs["start_date"]
    names = _month_names()
    for text in _fair_answers(inputs, kn):
        if _clause_dates(text, start, deadline(inputs)):
            continue
        tokens = [_fold(t) for t in _TOKEN.findall(text)]
        for i, token in enumerate(tokens):
            if token not in names:
                continue
            year_said = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].isdigit() else ""
            years = [int(year_said)] if len(year_said) == 4 else [start.year, start.year + 1]
            for year in years:
                day = date(year, names[token], FAIR_ASSUMED_DAY)
                if start <= day <= deadline(inputs):
                    return day
    return None


def is_fair(inputs: Inputs, kn: Catalogue) -> bool:
    """The secondary event is a trade fair the person exhibits at (review 15, D1)."""
    return second_event_day(inputs, kn) is not None and bool(_fair_answers(inputs, kn))


# what opens an event's name the plan can say after « de » / "Announce" as it is written
_NAME_OPENS = {"fr": ("la ", "l'", "l’"), "en": ("the ",)}
_NAME_MAX_WORDS = 8  # a topic, not a sentence


def second_event_name(inputs: Inputs, kn: Catalogue, lang: str) -> str | None:
    """A secondary event's name as the topics give it with its date (review 10, #9: « la Fête
    de la chèvre du 30 mai »), when the topic is short and opens on an article the document's
    language can say after « de » or "Announce" as it is; None otherwise (the date alone)."""
    day = second_event_day(inputs, kn)
    if day is None:
        return None
    start: date = inputs["start_date"]
    for topic in map(str, inputs.list("topics")):
        name = topic.strip().rstrip(".")
        if len(_TOKEN.findall(name)) > _NAME_MAX_WORDS:
            continue
        if not name.lower().startswith(_NAME_OPENS.get(lang, ())):
            continue
        if any(first == day for first, _ in _clause_dates(name, start, deadline(inputs))):
            return name
    return None


# the answers' own voice in an event's name (« les marchés de Noël où me trouver », "where to
# find us"): the plan speaks to the organisation, so « où vous trouver » (review 31a, C12)
_FIND_ME = {
    "fr": (
        re.compile(r"\b(où|pour)\s+(?:me|nous)\s+(trouver|retrouver|voir|rencontrer)\b"),
        r"\1 vous \2",
    ),
    "en": (re.compile(r"\b(find|meet|see)\s+(?:me|us)\b", re.IGNORECASE), r"\1 you"),
}


def _addressed(say: Words, name: str) -> str:
    """An event's name as the plan says it to the organisation: its « me »/« nous » as « vous »."""
    rule = _FIND_ME.get(say.lang)
    return rule[0].sub(rule[1], name) if rule else name


def event_named(kn: Catalogue, say: Words, name: str) -> str:
    """A named event after « Annonce » (review 21a, R9: « Annonce du Trail des Quatre Fils
    Aymon », never « Annonce de « Trail … » »): in French with the article its first word
    takes, in quotation marks when the data does not know it; in English, in quotation marks.
    The answers' « où me trouver » is said « où vous trouver » (review 31a, C12)."""
    name = _addressed(say, name)
    if say.lang != "fr":
        return say.loc.quote(name)
    rule = kn.calendar.named_events
    first = _fold(name.split()[0]) if name.split() else ""
    known = (
        {_fold(w): g for g, ws in (("m", rule.fr_masculine), ("f", rule.fr_feminine)) for w in ws}
        if rule
        else {}
    )
    gender = known.get(first)
    if gender is not None and first.endswith(("s", "x")):
        # a plural first word: « des marchés de Noël », never « du marchés » (review 23b, D12)
        return f"des {name}"
    if gender is not None and first[:1] in VOWELS:
        return f"de l'{name}"
    if gender is not None:
        return f"du {name}" if gender == "m" else f"de la {name}"
    return f"de {say.loc.quote(name)}"


def named_events(inputs: Inputs, kn: Catalogue) -> list[tuple[date, str, bool]]:
    """The organisation's own events its proof points or topics name (review 20, D10: « Trail
    des Quatre Fils Aymon en février »), as (day, name as written, whether the day is assumed),
    those whose announcement falls within the plan; none for an `event` objective (its own
    countdown) or a secondary event already dated."""
    rule = kn.calendar.named_events
    if rule is None or inputs["objective"] == "event":
        return []
    start: date = inputs["start_date"]
    end = deadline(inputs)
    notice = timedelta(weeks=rule.notice_weeks)
    names = _month_names()
    words = _all_words(rule.words) + _all_words(kn.thresholds.own_event_words)
    words = sorted(set(words), key=len, reverse=True)  # the longest name first
    taken = second_event_day(inputs, kn)
    found: list[tuple[date, str, bool]] = []
    texts = [str(t) for q in ("proof_points", "topics") for t in inputs.list(q)]
    for text in texts:
        for clause in re.split(r"[.;,:\n()]|\s+(?:et|and)\s+", text):
            if not clause.strip() or not contains_words(clause, words):
                continue
            folded = _fold(clause)
            at = min(
                (i for w in words if (i := _word_at(folded, _fold(w))) >= 0),
                default=-1,
            )
            # a proper name that opens on capitals up to the word (« The Dentistry Show »)
            # is named from its start (review 29a, #6)
            before = _TOKEN.findall(clause[:at])
            if len(before) >= 2 and all(t[:1].isupper() for t in before):
                at = clause.index(before[0])
                if _fold(before[0]) in ("la", "le", "les"):
                    at += len(before[0])
            tokens = _TOKEN.findall(clause[at:])
            cut = next(
                (i for i, t in enumerate(tokens) if _fold(t) in names or t.isdigit()),
                len(tokens),
            )
            kept = tokens[:cut]
            while kept and _fold(kept[-1]) in _MONTH_BEFORE | {"le", "the", "on", "a"}:
                kept.pop()
            name = " ".join(kept)
            if not name or len(kept) > _NAME_MAX_WORDS:
                continue
            dated = _clause_dates(clause, start, end)
            months = [names[t] for t in map(_fold, _TOKEN.findall(clause)) if t in names]
            months += [m.month for m in rule.months if contains_words(clause, _all_words(m.words))]
            if dated:
                days, assumed = [dated[0][0]], False
            else:
                days, assumed = (
                    [
                        _nth_weekday(y, m, rule)
                        for m in months[:1]
                        for y in (start.year, start.year + 1)
                    ],
                    True,
                )
            for day in days:
                if start <= day - notice and day <= end and day != taken:
                    if all(day != d for d, _n, _a in found):  # one event a day, named first
                        found.append((day, name, assumed))
                    break
    return sorted(found)


def _word_at(folded: str, word: str) -> int:
    match = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded)
    return match.start() if match else -1


def _nth_weekday(year: int, month: int, rule: NamedEvents) -> date:
    first = date(year, month, 1)
    shift = (rule.weekday - first.isoweekday()) % 7
    return first + timedelta(days=shift + 7 * (rule.nth - 1))


def _named_event_milestones(
    inputs: Inputs, kn: Catalogue, say: Words, p_start: date, p_end: date
) -> list[Milestone]:
    """Each named event's announcement `notice_weeks` before, and its day (review 20, D10)."""
    rule = kn.calendar.named_events
    if rule is None:
        return []
    found: list[Milestone] = []
    posted_until = inputs["start_date"] + timedelta(days=7 * kn.calendar.weeks - 1)
    for day, name, assumed in named_events(inputs, kn):
        if named_fair(inputs, kn, name):  # a stand's run-up, not a show's (review 29, Dentiva)
            found += _named_fair_milestones(inputs, kn, say, day, name, assumed)
            continue
        if assumed and day - timedelta(weeks=rule.notice_weeks) > posted_until:
            # past the calendar's weeks no post names a day, so none is printed (review 26,
            # #15: « daté ici au 11 décembre 2027 faute de jour précis »): « date : à
            # compléter », the photos on the day said with the announcement. Within them, the
            # calendar's notice names the assumed day and the plan says it as an assumption.
            what = event_named(kn, say, name)
            found.append(
                Milestone(
                    date=day - timedelta(weeks=rule.notice_weeks),
                    what=say(
                        "milestone_named_event_announce_undated",
                        what=what,
                        weeks=rule.notice_weeks,
                    ),
                )
            )
            continue
        key = "milestone_named_event_announce" + ("_assumed" if assumed else "")
        found += [
            Milestone(
                date=day - timedelta(weeks=rule.notice_weeks),
                what=say(
                    key,
                    what=event_named(kn, say, name),
                    other_date=day,
                    weeks=rule.notice_weeks,
                ),
            ),
            Milestone(date=day, what=say("milestone_named_event_day", what=name, other_date=day)),
        ]
    return [m for m in found if p_start <= m.date <= p_end]


def named_fair(inputs: Inputs, kn: Catalogue, name: str) -> bool:
    """A named event that is a trade fair (data/metrics.yaml `fair_words`), or a « show » to a
    seller to businesses (`fair_words_b2b`: « The Dentistry Show »; review 29, Dentiva)."""
    m = kn.metrics
    words = _all_words(m.fair_words)
    if inputs["market"] == "b2b":
        words += _all_words(m.fair_words_b2b)
    return bool(words) and contains_words(name, words)


def _named_fair_milestones(
    inputs: Inputs, kn: Catalogue, say: Words, day: date, name: str, assumed: bool
) -> list[Milestone]:
    """A named trade fair's run-up (review 29, Dentiva: « Annonce de The Dentistry Show … le
    jour venu, photos et stories »): the stand or the visit announced and meetings booked six
    weeks out, the slots left a week before, the days there, the thanks and every contact
    followed up; a fair named by its month says its day is to be set, never an invented one."""
    key = "milestone_named_fair_open" + ("_undated" if assumed else "")
    what = event_named(kn, say, name)
    open_at = day - timedelta(days=7 * FAIR_COUNTDOWN_WEEKS)
    said = say(key, what=what, other_date=day, weeks=FAIR_COUNTDOWN_WEEKS)
    start: date = inputs["start_date"]
    if assumed:
        # a day never said is never printed (review 31a, DN1: « 1 May — A week before »,
        # « 15 May — A week after » from an assumed 8 May): the run-up is said against the
        # fair's day, in the announcement that asks for it
        said = f"{said}. {say('milestone_fair_run_up_relative')}"
        found = [Milestone(date=open_at, what=said)]
        return [m for m in found if start < m.date <= deadline(inputs)]
    found = [Milestone(date=open_at, what=said)]
    found += [
        Milestone(date=day + timedelta(days=shift), what=say(k, weeks=FAIR_COUNTDOWN_WEEKS))
        for shift, k in (
            (-7, "milestone_fair_last"),
            (0, "milestone_fair_day"),
            (7, "milestone_fair_after"),
            (10, "milestone_fair_follow"),
        )
    ]
    return [m for m in found if start < m.date <= deadline(inputs)]


def gift_seller_text(inputs: Inputs, kn: Catalogue) -> str | None:
    """The answers' words an occasion is looked for in, when the organisation sells gifts to
    consumers (its sector, or its answers' words); None for a seller to businesses or one whose
    sector and answers say no gifts. One test for the plan's pushes and the calendar's."""
    rule = kn.calendar.gift_occasions
    if rule is None or inputs["market"] not in ("b2c", "both"):
        return None
    said = ("offer", "audience_description", "audience_problems", "topics", "key_message")
    text = " ".join(str(t) for q in said for t in (inputs.list(q) or [inputs[q]]) if t)
    if inputs["sector"] not in rule.sectors and not contains_words(text, _all_words(rule.words)):
        return None
    return text


def gift_days(inputs: Inputs, kn: Catalogue) -> list[tuple[date, GiftOccasion]]:
    """The gifting occasions of a consumer-product seller within the plan (review 23b, D2:
    Valentine's Day, Mother's Day by country, Christmas), each with its day; none for a seller
    to businesses, or whose sector and answers say no gifts."""
    rule = kn.calendar.gift_occasions
    text = gift_seller_text(inputs, kn)
    if rule is None or text is None:
        return []
    start: date = inputs["start_date"]
    end = deadline(inputs)
    found: list[tuple[date, GiftOccasion]] = []
    for occasion in rule.occasions:
        if occasion.words and not contains_words(text, _all_words(occasion.words)):
            continue
        days = occasion.dates.get(str(inputs["country"]), occasion.dates.get("default", []))
        push = timedelta(days=rule.push_days)
        found += [(d, occasion) for d in days if start + push <= d <= end]
    return sorted(found, key=lambda f: f[0])


def _gift_milestones(
    inputs: Inputs, kn: Catalogue, say: Words, p_start: date, p_end: date
) -> list[Milestone]:
    """Each gifting occasion pushed three weeks before (review 23b, D2), Christmas with its last
    order date."""
    rule = kn.calendar.gift_occasions
    if rule is None:
        return []
    found: list[Milestone] = []
    for day, occasion in gift_days(inputs, kn):
        name = occasion.name.get(say.lang) or next(iter(occasion.name.values()))
        fact = occasion.push.get(say.lang)
        what = (
            say(
                "milestone_gift_push_said",
                what=name[:1].upper() + name[1:],
                other_date=day,
                how=fact,
            )
            if fact
            else say("milestone_gift_push", what=name, other_date=day, weeks=rule.push_days // 7)
        )
        found.append(Milestone(date=day - timedelta(days=rule.push_days), what=what))
    return [m for m in found if p_start <= m.date <= p_end]


def _second_event_milestones(
    inputs: Inputs, kn: Catalogue, say: Words, p_start: date, p_end: date
) -> list[Milestone]:
    """A secondary event's announcement three weeks out and its day, those within the phase."""
    day = second_event_day(inputs, kn)
    if day is None:
        return []
    if is_fair(inputs, kn):
        return [m for m in _fair_milestones(inputs, kn, say, day) if p_start <= m.date <= p_end]
    if online_event(inputs, kn, day):
        return [m for m in _online_milestones(inputs, kn, say, day) if p_start <= m.date <= p_end]
    weeks = kn.objective("event", inputs["org_kind"]).schedule.countdown_weeks
    name = second_event_name(inputs, kn, say.lang)
    named = "_named" if name else ""  # the event called as the answers call it
    found = [
        Milestone(
            date=day - timedelta(days=7 * weeks),
            what=say(
                f"milestone_second_event_announce{named}", weeks=weeks, other_date=day, what=name
            ),
        ),
        Milestone(
            date=day, what=say(f"milestone_second_event_day{named}", other_date=day, what=name)
        ),
    ]
    return [m for m in found if p_start <= m.date <= p_end]


def online_event(inputs: Inputs, kn: Catalogue, day: date) -> bool:
    """The event on `day` is held online (review 28new, D6: « the 10 March webinar »): the
    clause that dates it names it with a word of the event objective's `online_words`."""
    words = _all_words(kn.objective("event", inputs["org_kind"]).schedule.online_words)
    start: date = inputs["start_date"]
    return bool(words) and any(
        contains_words(clause, words)
        and any(first == day for first, _last in _clause_dates(clause, start, deadline(inputs)))
        for clause in _clauses(inputs, ("topics", "desired_action"))
    )


ONLINE_FOLLOW_DAYS = 14  # the leads a webinar brings are counted over the two weeks after it


def _online_milestones(inputs: Inputs, kn: Catalogue, say: Words, day: date) -> list[Milestone]:
    """An online event's registrations five weeks out (an event page on the network, the
    newsletter, a sponsored post), the reminders, the live with questions, the replay and the
    follow-up within a day, and what it brought two weeks later (review 28new, D6)."""
    weeks = kn.objective("event", inputs["org_kind"]).schedule.online_open_weeks
    start: date = inputs["start_date"]
    networks = inputs.list("current_networks") + inputs.list("considered_networks")
    network = "linkedin" if "linkedin" in networks else None
    metric = inputs["target"]["metric"]
    steps = [
        (-7 * weeks, say("milestone_online_open", weeks=weeks, other_date=day, network=network)),
        (-7, say("milestone_online_reminders", other_date=day)),
        (0, say("milestone_online_day", other_date=day)),
        (1, say("milestone_online_replay", other_date=day)),
        (ONLINE_FOLLOW_DAYS, say("milestone_online_read", metric=metric, days=ONLINE_FOLLOW_DAYS)),
    ]
    return [
        Milestone(date=day + timedelta(days=offset), what=what)
        for offset, what in steps
        if day + timedelta(days=offset) > start
    ]


def _fair_milestones(inputs: Inputs, kn: Catalogue, say: Words, day: date) -> list[Milestone]:
    """A trade fair's before, during and after (review 15, D1): stand meetings open six weeks
    out with what the stand shows, the slots left a week before, the days on the stand, the
    thanks and what was learnt a week after, every contact followed up within ten days."""
    assumed = fair_month(inputs, kn) == day
    when = say("fair_when_assumed" if assumed else "fair_when", other_date=day)
    steps = [
        (-7 * FAIR_COUNTDOWN_WEEKS, "milestone_fair_open"),
        (-7, "milestone_fair_last"),
        (0, "milestone_fair_day"),
        (7, "milestone_fair_after"),
        (10, "milestone_fair_follow"),
    ]
    if assumed:
        # the run-up against the fair's day, never on dates counted from an assumed one
        # (review 31a, DN1): the opening, with its caveat, says the rest
        opening = say(steps[0][1], what=when, weeks=FAIR_COUNTDOWN_WEEKS)
        steps = [(steps[0][0], "")]
        texts = [f"{opening}. {say('milestone_fair_run_up_relative')}"]
    else:
        texts = [say(key, what=when, weeks=FAIR_COUNTDOWN_WEEKS) for _shift, key in steps]
    return [
        Milestone(date=day + timedelta(days=shift), what=what)
        for (shift, _key), what in zip(steps, texts, strict=True)
        if day + timedelta(days=shift) <= deadline(inputs)
    ]


def _checkpoint(say: Words, metric: str, value: float, unit: str) -> str:
    """A checkpoint saying its figure once (review 9a, #9): a long metric gives way to its unit
    (« 61,686 monthly active coupon users »); a unit the metric already says is not said again
    (« commandes à retirer par semaine à 42 », not « … à 42 commandes par semaine »)."""
    metric_words = {_fold(w) for w in _TOKEN.findall(metric)}
    if len(metric_words) >= say.catalogue.metrics.checkpoint_metric_words:
        return say("milestone_kpi_figure", value=value, unit=unit)
    said = {_fold(w) for w in _TOKEN.findall(unit)}
    rest = "" if said and said <= metric_words else unit
    return squash_spaces(say("milestone_kpi", metric=metric, value=value, unit=rest))


def checkpoint_text(inputs: Inputs, kn: Catalogue, say: Words, value: float) -> str:
    """The words of the objective's checkpoint for `value`, as the plan prints them: the
    sessions' milestones drop the one on the plan's last day by these words (review 33c)."""
    return _figure(inputs, kn, say, value)


def _figure(inputs: Inputs, kn: Catalogue, say: Words, value: float) -> str:
    """A checkpoint's figure: a year's count summed since the start (review 19, D2), else the
    level aimed at."""
    target = inputs["target"]
    if flow_year(inputs, kn):
        # the running total since the start, its unit without « par an », which a total since a
        # date contradicts (review 30b, V12: « 8 nouveaux coopérateurs par an au total depuis »)
        unit = str(target["unit"] or "")
        for flow in sorted(
            (w for ws in kn.metrics.flow_words.values() for w in ws), key=len, reverse=True
        ):
            unit = re.sub(rf"(?i)\s*\b{re.escape(flow)}\b", "", unit).strip()
        if unit and str(target["unit"] or "").strip() in say.own:
            say.own |= {unit}  # still the person's words, quoted in another language
        return say(
            "milestone_kpi_cumulative",
            value=value,
            unit=unit or target["unit"],
            other_date=inputs["start_date"],
        )
    return _checkpoint(say, str(target["metric"]), value, str(target["unit"]))


def _cycle_so_far(inputs: Inputs, kn: Catalogue, say: Words) -> str:
    """An admissions cycle's checkpoint (review 22b, D4): the count to date against the same
    date last cycle, at the rise the target asks (412 → 560: + 36 %)."""
    base, goal = inputs["target"].get("baseline"), goal_value(inputs, kn)
    change = round((float(goal) / float(base) - 1) * 100) if base and goal else 0
    metric = str(inputs["target"]["metric"])
    if len(_TOKEN.findall(metric)) >= kn.metrics.checkpoint_metric_words:
        metric = str(inputs["target"].get("unit") or metric)  # the figure said once (9a, #9)
    return say("milestone_cycle_so_far", metric=metric, change=change)


def _series_reading(
    inputs: Inputs, kn: Catalogue, say: Words, key: str = "milestone_series_rise"
) -> str:
    """A series' checkpoint read date by date (review 26, #12: « + 58 %, the rise the target
    asks » three times): the count per date aimed at against the last series' (about 309 a
    date against 269, + 15 %); `key` says which reading. The count to date against the last
    series when the answers do not give the numbers of dates."""
    pace = per_date(inputs, kn)
    if pace is None:
        return _cycle_so_far(inputs, kn, say)
    aim, before, last, now = pace
    # each date's pacing, its room sold weeks before it (metrics.yaml series_pacing: 40 % four
    # weeks out, 75 % one week out), said on the eve of the first date
    pacing = sorted(kn.metrics.series_pacing.items(), reverse=True)
    if key == "milestone_series_eve" and len(pacing) >= 2:
        key = "milestone_series_eve_paced"
    far, near = (pacing[0], pacing[-1]) if pacing else ((0, 0.0), (0, 0.0))
    metric = str(inputs["target"]["metric"])
    if len(_TOKEN.findall(metric)) >= kn.metrics.checkpoint_metric_words:
        metric = str(inputs["target"].get("unit") or metric)
    return say(
        key,
        metric=metric,
        part=say.loc.number(round(aim), 0),
        whole=say.loc.number(round(before), 0),
        baseline=inputs["target"]["baseline"],
        value=goal_value(inputs, kn),
        what=str(last),
        count=now,
        change=round((round(aim) / round(before) - 1) * 100),
        ratio=say.loc.number(round((aim * now / (before * last) - 1) * 100), 0),
        share=far[1],
        days=7 * far[0],
        promo=near[1],
        n=str(7 * near[0]),
    )


def _read_on(inputs: Inputs, kn: Catalogue, say: Words, day: date, what: str) -> Milestone:
    """A checkpoint of the objective's figure for `day`, read once the metric's window has
    passed for it (« le chiffre du 28 févr., lisible une fois ses 8 semaines écoulées »). A
    year's total read on the plan's last day is dated on the year's close, as the objective
    sentence and the scorecard date it (review 33b, V12: « 3 janv. 2028 » beside « arrêté au
    31 décembre 2027 »)."""
    close = year_close(inputs, kn)
    if close is not None and day == deadline(inputs):
        day = close
    lag = read_lag(inputs, kn)
    if not lag:
        return Milestone(date=day, what=what)
    window = window_words(inputs, kn, say)
    return Milestone(
        date=day + lag, what=say("milestone_read_later", what=what, other_date=day, window=window)
    )


def build_plan(
    inputs: Inputs,
    kn: Catalogue,
    verdict: Verdict,
    primary: NetworkPlan | None,
    say: Words,
    letter_from: date | None = None,
    letter: bool = False,
    repairs: tuple[str, ...] = (),
) -> list[Phase]:
    """The phases; `letter_from`, a new newsletter's first issue week, is a first-phase
    milestone (its sign-up form is set up in the first week); `letter` when a newsletter is kept
    (an event's reminders go out by it too); `repairs`, the critical warnings a fix-first plan
    repairs: a booked-out business's repair phase ends on its repairs, not on the objective's
    figure (review 12a, #1)."""
    start: date = inputs["start_date"]
    end_all = deadline(inputs)
    bounds = _bounds(inputs, kn)
    target = inputs["target"]
    base = target.get("baseline")
    goal = goal_value(inputs, kn)
    network = primary.id if primary else None
    monitoring = inputs["objective"] == "monitoring"
    ends_at = campaign_end(inputs, kn)  # a campaign's deadline: the time after it is follow-up
    phases: list[Phase] = []

    if listens_first(inputs, verdict) and not monitoring:
        # two weeks of listening before the first post: what is said, by whom, in what words
        weeks = kn.thresholds.listen_first_weeks
        listen_end = start + timedelta(days=7 * weeks - 1)
        phases.append(
            Phase(
                name=say("phase_listen_first"),
                start=start,
                end=listen_end,
                goals=[say("goal_listen_first_1"), say("goal_listen_first_2")],
                milestones=[
                    Milestone(date=listen_end, what=say("milestone_listened", weeks=weeks))
                ],
            )
        )

    previous = 0
    for i, months in enumerate(bounds):
        key = PHASE_KEYS[min(i, len(PHASE_KEYS) - 1)]
        if i == len(bounds) - 1 and len(bounds) < len(PHASE_KEYS):
            key = "scale"
        if key == "scale" and inputs["capacity"] == "limited" and not monitoring:
            # little room left: the last phase fills it, then hands over to referrals and to
            # those already signed up, not « amplify » (review 25b, #3: 16 suites left)
            key = "scale_limited"
        if i == 0 and verdict == "fix_first":
            key = "fix"
        elif i == 0 and verdict == "not_needed":
            key = "owned"
        elif i == 0 and monitoring:
            key = "listen"
        elif monitoring:
            key = f"monitor_{key}"
        p_start = add_months(start, previous)
        if i == 0 and phases:
            p_start = phases[-1].end + timedelta(days=1)
        if ends_at is not None and i > 0 and p_start > ends_at:
            # after a cohort's close, the next cohort and the self-paced sales (review 15, D2)
            key = (
                "follow_up_cycle"  # deposits paid: visas, pre-arrival, enrolment (22b, D1)
                if admissions_cycle(inputs, kn)
                else "follow_up_next"
                if closes(inputs, kn)
                else "follow_up_launch"  # the drop's review, the next one's list (review 20)
                if launch_window(inputs, kn) is not None
                else "follow_up"
            )
        elif (
            key in ("scale", "scale_limited")
            and ends_at is not None
            and event_days(inputs, kn) is not None
            and p_start <= ends_at
        ):
            # the event falls in the last phase: its last push, then follow up and convert,
            # not « add a network » (review 9a, #3)
            key = "event_close"
        p_end = end_all if i == len(bounds) - 1 else add_months(start, months) - timedelta(days=1)
        launch = launch_window(inputs, kn)
        if launch is not None and i > 0 and p_start <= launch[0] <= p_end and key != "fix":
            key = "launch"  # the phase with the launch builds up to it (review 20, D5)
        opening = opening_date(inputs, kn) if launch is None else None
        if opening is not None and i > 0 and p_start <= opening <= p_end and key != "fix":
            key = "opening"  # so does the phase with a sale opening on a date (review 21a)
        relays = [code for code, _proposed in relay_codes(inputs, kn)]
        goals = [say(f"goal_{key}_{n}", network=network, relays=relays) for n in (1, 2)]
        advocates = key == "foundations" and bool(advocacy_steps(inputs, kn))
        if advocates:
            # an advocacy plan starts by equipping those who recommend, not by completing a
            # page that already runs (review 31b, Vents: « Compléter la page Facebook »)
            goals[0] = say("goal_foundations_advocacy_1")
        elif key == "foundations" and network in inputs.list("current_networks"):
            goals[0] = say("goal_foundations_existing_1", network=network)  # it exists: checked
        booked = appointments(inputs, kn) and verdict not in ("fix_first", "not_needed")
        if key == "scale_limited" and booked:
            # slots come back each week: never « once full, stop the ads » (review 28new, D5)
            goals[1] = say("goal_scale_limited_appointments_2")
        if key in ("rhythm", "consolidate") and booked:
            goals[0] = say(f"goal_{key}_appointments_1")  # review 28new, D17
        _peak_goals(inputs, kn, say, goals, p_start, p_end)
        named = key in APPOINTMENT_PHASES and booked
        milestones: list[Milestone] = []
        if i == 0:
            first = "fix" if verdict == "fix_first" else "listen" if monitoring else "setup"
            if first == "setup" and booked:
                first = "appointments"  # the reminder and the booking link first (28new, D2)
            elif first == "setup" and advocates:
                first = "advocacy"  # the kit written, the advocates gathered (review 31b)
            milestones.append(
                Milestone(
                    date=min(p_end, p_start + timedelta(days=13)),
                    what=say(f"milestone_first_{first}", network=network),
                )
            )
            if letter_from is not None and p_start <= letter_from <= p_end and key != "fix":
                milestones.append(
                    Milestone(
                        date=letter_from + timedelta(days=6),
                        # a list imported (an app's accounts, a CRM's applicants) is
                        # written to, not « those who signed up » (review 29b, #6)
                        what=say(
                            "milestone_first_issue_list"
                            if existing_list(inputs, kn.thresholds) or owned_list(inputs, kn)
                            else "milestone_first_issue"
                        ),
                    )
                )
        if base is None or goal is None:
            if i == 0:  # no figure given: the first month gives the baseline, then the target
                milestones.append(
                    Milestone(
                        date=min(p_end, add_months(start, 1) - timedelta(days=1)),
                        what=say("milestone_measure_baseline", metric=target["metric"]),
                    )
                )
        elif ends_at is not None and p_end > ends_at:
            # after the campaign's deadline: its count, its thanks and what comes next
            milestones += _dated_checkpoints(inputs, kn, say, p_start, p_end)
            follow = "milestone_follow_up_end" if key == "follow_up" else "milestone_follow_up"
            if key == "follow_up_launch":
                follow = "milestone_follow_up_launch"
            if admissions_cycle(inputs, kn):
                follow = "milestone_follow_up_cycle"
                said = say(follow, metric=target["metric"], other_date=ends_at)
                if any(m.what == said for p in phases for m in p.milestones):
                    follow = "milestone_follow_up_cycle_later"  # enrolment, not the review again
            elif closes(inputs, kn):
                follow = "milestone_follow_up_next"
                said = say(follow, metric=target["metric"], other_date=ends_at)
                if any(m.what == said for p in phases for m in p.milestones):
                    # the review was the phase before: the next cohort's list and the
                    # self-paced sales (review 16, N3: 10 April and 10 July word for word)
                    follow = "milestone_follow_up_next_later"
            if event_days(inputs, kn) is None or key in ("follow_up", "follow_up_launch"):
                # an event's own follow-up is the week after it (_event_milestones)
                milestones.append(
                    Milestone(
                        date=p_end, what=say(follow, metric=target["metric"], other_date=ends_at)
                    )
                )
        elif stay_season(inputs, kn) is not None:
            milestones += _stay_milestones(inputs, kn, say, p_start, p_end)
        else:
            milestones += _dated_checkpoints(inputs, kn, say, p_start, p_end)
            value = checkpoint_value(inputs, kn, p_end)
            yearly = _year_checkpoint(inputs, kn, say, p_end)
            # a figure still at its start is no milestone (review 18, D3: « 10 févr. 2027 —
            # Point d'étape : 9 candidatures » when 9 is where the plan starts); nor is a
            # phase ending before the action is possible (review 19, D2)
            opening = opening_date(inputs, kn)
            season = season_start(inputs, kn)  # a season's count is read in its run-up
            flat = (
                (value is not None and base is not None and value == float(base))
                or (opening is not None and p_end < opening)
                or (season is not None and p_end < season)
                # the volunteers' peak-season eve a few weeks later is the checkpoint (33c, H-d)
                or (
                    volunteer_peak_eve(inputs, kn) is not None
                    and value is not None
                    and p_end not in checkpoint_dates(inputs, kn, [p_end])
                )
            )
            milestones += (
                []
                if flat and yearly is None
                else [
                    _read_on(
                        inputs,
                        kn,
                        say,
                        p_end,
                        yearly  # a seasonal business: against the same month a year before
                        if yearly is not None
                        else _series_reading(inputs, kn, say)
                        if value is None and series_count(inputs, kn)
                        else _cycle_so_far(inputs, kn, say)
                        if value is None and admissions_cycle(inputs, kn)
                        else say("milestone_edition_so_far", metric=target["metric"])
                        if value is None  # before the first date named: against the last edition
                        else say("milestone_kpi_low", metric=target["metric"])
                        # a month the business sells little in: against the same month last year
                        if read_month(inputs, kn, p_end).month in low_months(inputs, kn)
                        and p_end < end_all
                        else say(
                            "milestone_launch_close",
                            metric=target["metric"],
                            value=value,
                            unit=target["unit"],
                        )
                        if p_end == ends_at and launch_window(inputs, kn) is not None
                        else _figure(inputs, kn, say, value),
                    )
                ]
            )
        if key == "fix" and "no_capacity" in repairs:
            # the repairs are the phase's checkpoint; the objective's figure is read after it
            milestones = [
                m
                for m in milestones
                if m.date < p_end or m.what == say(f"milestone_first_{first}", network=network)
            ]
            hours = kn.thresholds.callback_hours
            milestones.append(Milestone(date=p_end, what=say("milestone_repaired", hours=hours)))
        around = _event_milestones(inputs, kn, say, p_start, p_end, letter)
        around += _named_event_milestones(inputs, kn, say, p_start, p_end)
        around += _gift_milestones(inputs, kn, say, p_start, p_end)  # review 23b, D2
        around += _offer_milestones(inputs, kn, say, p_start, p_end)
        if around:
            milestones = sorted(milestones + around, key=lambda m: m.date)
        if (base is None or goal is None) and i > 0:
            # the rule the target follows once the first month is measured, as a checkpoint
            rate = "_rate" if str(target["unit"]).strip().startswith("%") else ""
            change = first_month_change(inputs, kn, p_end, bool(rate))
            milestones.append(
                Milestone(
                    date=p_end,
                    what=say(
                        f"milestone_rule{rate}",
                        metric=target["metric"],
                        change=change,
                    ),
                )
            )
        phases.append(
            Phase(
                name=say(f"phase_{key}_appointments" if named else f"phase_{key}")
                if not _runs_peak_call(inputs, kn, p_start, p_end)
                else say("phase_volunteer_peak_push"),
                start=p_start,
                end=p_end,
                goals=goals,
                milestones=milestones,
            )
        )
        previous = months
    phases = _with_appeal(inputs, kn, say, phases)  # a second season gets its phase (11a, #4)
    series = series_days(inputs, kn) if series_count(inputs, kn) else None
    season = season_start(inputs, kn)
    if series is not None and verdict != "fix_first" and not monitoring and goal is not None:
        phases = _series_phases(inputs, kn, say, phases, series, network)  # review 23b, D1
    elif season is not None and verdict != "fix_first" and not monitoring and goal is not None:
        phases = _season_phases(inputs, kn, say, phases, season, network, letter)  # 25b, #2
        phases = _with_club_dates(inputs, kn, say, phases, season, network)  # review 27, #9
    elif sales_phases(inputs, kn) and verdict != "fix_first" and not listens_first(inputs, verdict):
        phases = _sales_year_phases(inputs, kn, say, phases, letter)  # review 26, #3
    elif (
        rollout_sites(inputs, kn) is not None
        and verdict not in ("fix_first", "not_needed")
        and not monitoring
        and goal is not None
        and not listens_first(inputs, verdict)
    ):
        phases = _rollout_phases(inputs, kn, say, phases, network, letter)  # review 27, #11
    else:
        phases = _after_the_campaign(inputs, kn, say, phases)
    phases = _with_search_lead(inputs, kn, say, phases, network)  # review 27, #12
    if verdict not in ("fix_first", "not_needed") and not monitoring:
        dated = _closure_milestones(inputs, kn, say) + _holiday_milestones(inputs, kn, say)
        dated += _ad_setup_milestones(inputs, kn, say)  # review 30a, W8
        phases = _placed(phases, dated)  # review 28new, D17
        phases = _named_by_dates(inputs, kn, say, phases)  # review 28, #11
    if series is not None and any(p.name == say("phase_series") for p in phases):
        phases = _rhythm_renamed(say, phases, say("phase_rhythm_series"))  # review 29
    elif season is not None:
        what = season_name(season, say.lang)
        phases = _rhythm_renamed(say, phases, say("phase_rhythm_season", what=what))
    # every milestone in the phase its date falls in, in date order (review 28: Northgate's first
    # newsletter, 10 January, printed before the 6 January checkpoint, past its phase's end)
    return _in_their_phase(phases)


def _offer_dates(
    inputs: Inputs, kn: Catalogue, series: tuple[date, date]
) -> list[tuple[date, str]]:
    """The single dates the offer names besides a series' range (« second album out 19 Feb
    2027 »), within the plan, as they are written: a release the series builds on."""
    start: date = inputs["start_date"]
    end = deadline(inputs)
    ranges = _all_words(kn.metrics.series_range_words)
    found: list[tuple[date, str]] = []
    for clause in _clauses(inputs, ("offer",)):
        if contains_words(clause, ranges):
            continue
        # the part of the clause that holds the date (« second album out 19 Feb 2027 », not
        # what follows an « and »)
        for part in re.split(r"\s+(?:and|et|with|avec|plus)\s+", clause):
            for _first, day in _clause_dates(part, start, end):
                if day < series[1]:
                    found.append((day, part.strip()))
    return found


def _series_phases(
    inputs: Inputs,
    kn: Catalogue,
    say: Words,
    phases: list[Phase],
    series: tuple[date, date],
    network: str | None,
) -> list[Phase]:
    """A series of dated events (review 23b, D1: an 11-date tour, 4 March to 17 April): the
    phases before it are kept up to four weeks before its first date; then each date is pushed
    (3 weeks and 1 week before it), the count read to date against the last series, and judged
    on the last date; after it, a wrap-up, never « adjust and amplify » once nothing is sold."""
    first, last = series
    end_all = deadline(inputs)
    push = max(kn.metrics.series_push_days or [21])
    opens = first - timedelta(days=push + 7)
    kept: list[Phase] = []
    for phase in phases:
        if phase.start >= opens:
            break
        cut = min(phase.end, opens - timedelta(days=1))
        kept.append(
            phase.model_copy(
                update={"end": cut, "milestones": [m for m in phase.milestones if m.date <= cut]}
            )
        )
    so_far = _series_reading(inputs, kn, say)
    if kept and not any(m.what == so_far and m.date == kept[-1].end for m in kept[-1].milestones):
        # the phase cut before the pushes ends on the count to date, as the others do
        closing = [*kept[-1].milestones, Milestone(date=kept[-1].end, what=so_far)]
        kept[-1] = kept[-1].model_copy(update={"milestones": closing})
    if per_date(inputs, kn) is not None:
        # the rise per date said once; the readings after it say what to do with it (26, #12)
        again = _series_reading(inputs, kn, say, "milestone_series_so_far")
        seen = False
        for i, phase in enumerate(kept):
            marks: list[Milestone] = []
            for m in phase.milestones:
                said = seen and m.what == so_far
                marks.append(m.model_copy(update={"what": again}) if said else m)
                seen = seen or m.what == so_far
            kept[i] = phase.model_copy(update={"milestones": marks})
    start = kept[-1].end + timedelta(days=1) if kept else inputs["start_date"]
    target = inputs["target"]
    goal = goal_value(inputs, kn)
    days = kn.metrics.series_push_days or [21, 7]
    pushes = [
        Milestone(
            date=first - timedelta(days=max(days)),
            what=say(
                "milestone_series_push",
                other_date=first,
                day=first - timedelta(days=min(days)),
                days=max(days),
                n=min(days),
            ),
        ),
        Milestone(
            date=first - timedelta(days=1),
            what=_series_reading(inputs, kn, say, "milestone_series_eve")
            if per_date(inputs, kn) is not None
            else so_far,
        ),
        Milestone(date=first, what=say("milestone_series_first", other_date=last)),
    ]
    if last - timedelta(days=max(days)) > first:
        # the last date's two pushes dated too: the pushes run to it (review 26, #12)
        pushes.append(
            Milestone(
                date=last - timedelta(days=max(days)),
                what=say(
                    "milestone_series_push_last",
                    other_date=last,
                    day=last - timedelta(days=min(days)),
                    days=max(days),
                    n=min(days),
                ),
            )
        )
    if per_date(inputs, kn) is not None and (last - first).days >= 14:
        pushes.append(
            Milestone(
                date=first + (last - first) / 2,
                what=_series_reading(inputs, kn, say, "milestone_series_half"),
            )
        )
    releases = [
        # a release the tour builds on is a week, not a post that day (review 24, #4)
        Milestone(date=day, what=say("milestone_series_release", what=what))
        for day, what in _offer_dates(inputs, kn, series)
        if start <= day
    ]
    final = Milestone(
        date=last,
        what=_series_reading(inputs, kn, say, "milestone_series_total")
        if per_date(inputs, kn) is not None
        else _figure(inputs, kn, say, float(goal))
        if goal is not None
        else "",
    )
    relays = [code for code, _proposed in relay_codes(inputs, kn)]
    during = Phase(
        name=say("phase_series"),
        start=start,
        end=last,
        goals=[say(f"goal_series_{n}", network=network, relays=relays) for n in (1, 2)]
        + [g for g in [series_pacing_goal(inputs, kn, say)] if g]
        # the fans on the list first, with a code of their own (review 27, #5)
        + [say("goal_series_presale")] * _has_list(inputs),
        milestones=sorted([*pushes, *releases, final], key=lambda m: m.date),
    )
    out = [*kept, during]
    if last < end_all:
        out.append(
            Phase(
                name=say("phase_follow_up_series"),
                start=last + timedelta(days=1),
                end=end_all,
                goals=[say(f"goal_follow_up_series_{n}", network=network) for n in (1, 2)],
                milestones=[
                    Milestone(
                        date=end_all,
                        what=say(
                            "milestone_follow_up_series", metric=target["metric"], other_date=last
                        ),
                    )
                ],
            )
        )
    return out


def _year_total(inputs: Inputs, kn: Catalogue, monthly: float) -> float:
    """A seasonal seller's twelve months: each peak month the answers give at its own figure
    (held at last year's level), every other month at `monthly`, to the nearest ten."""
    figures = month_figures(inputs, kn)
    peaks = [m for m in peak_months(inputs, kn) if m in figures]
    total = monthly * (12 - len(peaks)) + sum(figures[m] for m in peaks)
    return float(round(total, -1))


def _months_between(first: date, last: date) -> float:
    """Months from `first` to `last`, at least one: a stretch of the sales year in months."""
    return max(1.0, (last - first).days / 30.44)


def _one_in(per_month: float, appointments: float) -> int:
    """The « 1 in N » that signs for `appointments` a month to sell `per_month` units a month."""
    return max(1, int(appointments // per_month)) if per_month > 0 else 0


def _stock_asked(inputs: Inputs, kn: Catalogue, say: Words, stock: tuple[int, int, str]) -> str:
    """The client's own target for the figure leading to a stock's sales, said with why the
    plan aims at the units instead (review 30a, W1: « 30 appointments a month » vanished):
    the share that must sign for today's level to sell what is left over the plan, and for the
    asked figure; empty when the asked figure is no rise on today's."""
    target = inputs["target"]
    base, asked = target.get("baseline"), target.get("value")
    if not base or not asked or float(asked) <= float(base):
        return ""
    left = stock[1] - stock[0]
    months = _months_between(inputs["start_date"], deadline(inputs))
    per = left / months
    today, wanted = _one_in(per, float(base)), _one_in(per, float(asked))
    if not today or not wanted:
        return ""
    return say(
        "smart_stock_asked",
        value=asked,
        unit=target["unit"],
        count=left,
        subject=stock[2],
        months=round(months),
        baseline=base,
        part=say.loc.number(today, 0),
        whole=say.loc.number(wanted, 0),
    )


def _stock_checkpoint(inputs: Inputs, kn: Catalogue, say: Words, day: date) -> list[Milestone]:
    """A checkpoint of the sales year in units sold (review 27, #1: « 17 appointments per month
    (enough for the 9 still to sell) », then 12, then 4 « at most »): the units sold aimed at by
    `day` and those left; the target's metric is the figure leading there, never capped: at
    least today's level, more once the rate of appointments to agreements says so. Without a
    stock count, the metric's own checkpoint."""
    stock = stock_goal(inputs, kn, say.lang)
    done = sold_by(inputs, kn, day)
    target = inputs["target"]
    if stock is None or done is None:
        value, base = checkpoint_value(inputs, kn, day), target.get("baseline")
        if value is None or (base is not None and value == float(base)):
            return []
        return [_read_on(inputs, kn, say, day, _figure(inputs, kn, say, value))]
    # the next stretch in numbers, never a formula (review 30a, W1: « the suites aimed at next ÷
    # the share that signs »): the units to sell by the next step, a month's worth, and the share
    # that must sign for today's level of the leading figure to be enough
    later = [(d, n) for d, n in stock_steps(inputs, kn) if d > day]
    base = float(target["baseline"] or 0)
    if not later or not base or later[0][1] <= done:
        return [_read_on(inputs, kn, say, day, _sold_only(say, done, stock))]
    step_day, step_sold = later[0]
    per = (step_sold - done) / _months_between(day, step_day)
    what = say(
        "milestone_sales_sold",
        part=say.loc.number(done, 0),
        whole=say.loc.number(stock[1], 0),
        subject=stock[2],
        count=stock[1] - done,
        what=say(
            "milestone_sales_next",
            count=step_sold - done,
            subject=stock[2],
            part=say.loc.number(max(1, round(per)), 0),
        ),
        day=step_day,
        where=say.loc.number(_one_in(per, base), 0),
        metric=target["metric"],
        baseline=target["baseline"],
        unit=target["unit"],
    )
    return [_read_on(inputs, kn, say, day, what)]


def presale_threshold(inputs: Inputs, kn: Catalogue, total: int) -> int | None:
    """The units a lender wants sold before financing the construction, as the answers give it
    (a share or a number; thresholds.yaml `presale_threshold_patterns`), in units of `total`;
    None when no answer says it (review 31a, W2: never invented)."""
    fields = ("proof_points", "offer", "key_message", "topics", "desired_action")
    texts = [str(t) for f in fields for t in (inputs.list(f) or [inputs[f] or ""])]
    for text in texts:
        for pattern in (p for ps in kn.thresholds.presale_threshold_patterns.values() for p in ps):
            match = re.search(pattern, text, re.IGNORECASE)
            if match is None:
                continue
            found = match.groupdict()
            if found.get("count"):
                count = int(found["count"])
            elif found.get("pct") and 0 < int(found["pct"]) <= 100:
                count = math.ceil(total * int(found["pct"]) / 100 - 1e-9)
            else:
                continue
            if 0 < count <= total:
                return count
    return None


def _presale_milestones(
    inputs: Inputs, kn: Catalogue, say: Words, stock: tuple[int, int, str]
) -> list[Milestone]:
    """The month the sales year should reach the lender's pre-sale threshold, when the answers
    give it (review 31a, W2: « 28 of 40 sold, the lender's threshold »): the financing and the
    start of construction announced then. Without it, an assumption line asks for it and no
    date is printed; none when the threshold is already passed."""
    sold, total, word = stock
    need = presale_threshold(inputs, kn, total)
    if need is None:
        inputs.assumptions.append(
            Assumption(
                question=say("presale_assumed_question"),
                assumed=say("presale_assumed_value"),
                why=say("presale_assumed_why", subject=word),
            )
        )
        return []
    if need <= sold:
        return []
    day: date = inputs["start_date"]
    end = deadline(inputs)
    while day <= end:
        day = _month_last(day)
        if (sold_by(inputs, kn, day) or 0) >= need:
            pct = round(100 * need / total)
            what = say(
                "milestone_presale_threshold",
                part=say.loc.number(need, 0),
                whole=say.loc.number(total, 0),
                subject=word,
                share=say.loc.number(pct, 0),
            )
            return [Milestone(date=day, what=what)]
        day += timedelta(days=1)
    return []


def _sold_only(say: Words, done: int, stock: tuple[int, int, str]) -> str:
    """A checkpoint of the units sold and those left, with no next stretch to say."""
    return say(
        "milestone_stock_sold_only",
        part=say.loc.number(done, 0),
        whole=say.loc.number(stock[1], 0),
        subject=stock[2],
        count=stock[1] - done,
    )


def _sales_year_phases(
    inputs: Inputs, kn: Catalogue, say: Words, phases: list[Phase], letter: bool
) -> list[Phase]:
    """A fixed stock sold over a sales year (review 26, #3: an off-plan developer's straight
    line 17 → 23 → 30 appointments a month for 16 suites): one phase a season (a preview, the
    spring push, the summer lull, the fall push, the last units), the first keeping the set-up
    milestones; each later one ends on the units sold aimed at toward the stock (review 27, #1);
    the plan ends at sell-out, one line, when the ads stop and referrals and buyer care take
    over."""
    spans = sales_phases(inputs, kn)
    stock = stock_count(inputs, kn, say.lang)
    word = stock[2] if stock else say("sales_units_default")
    setup = [m for m in phases[0].milestones if m.date < phases[0].end] if phases else []
    presale = _presale_milestones(inputs, kn, say, stock) if stock else []  # review 31a, W2
    out: list[Phase] = []
    for i, (first, last, key) in enumerate(spans):
        milestones = list(setup) if i == 0 else []
        milestones += [m for m in presale if first <= m.date <= last]
        event = f"milestone_sales_{key}"
        if event in kn.phrases:  # the season's own event (a preview for registrants, brokers)
            day = max(first, min(last - timedelta(days=14), first + timedelta(days=28)))
            if key == "preview":
                # a date the answers never gave: an open day, said to be confirmed (W4)
                day = open_day(inputs, kn, day)
                event += "_tbc"
            milestones.append(Milestone(date=day, what=say(event, what=word, other_date=day)))
            if key == "preview":
                milestones = _preview_run_up(say, milestones, first, day, word)
        if i > 0 and (i < len(spans) - 1 or stock is None):
            milestones += _stock_checkpoint(inputs, kn, say, last)
        if i == len(spans) - 1 and stock is not None:
            # one line on the last day: the sell-out, no checkpoint beside it (review 27, #1)
            milestones.append(
                Milestone(
                    date=last,
                    what=say(
                        "milestone_sales_sold_out",
                        whole=say.loc.number(stock[1], 0),
                        subject=word,
                    ),
                )
            )
        around = _event_milestones(inputs, kn, say, first, last, letter)
        around += _named_event_milestones(inputs, kn, say, first, last)
        around += _gift_milestones(inputs, kn, say, first, last)
        out.append(
            Phase(
                name=say(f"phase_sales_{key}", what=word),
                start=first,
                end=last,
                goals=[say(f"goal_sales_{key}_{n}", what=word) for n in (1, 2)],
                milestones=sorted([*milestones, *around], key=lambda m: m.date),
            )
        )
    return out


PREVIEW_RUN_UP = (  # days from the phase's start, or before the preview (review 28, #6)
    ("milestone_sales_preview_import", 4, None),
    # brokers need three weeks to bring clients, invited before the registrants (30a, W4)
    ("milestone_sales_preview_brokers_tbc", None, 21),
    ("milestone_sales_preview_issue_tbc", None, 14),
)


def open_weekdays(inputs: Inputs, kn: Catalogue) -> list[int]:
    """The weekdays the offer says it is open (« open Thursday to Sunday »: 4, 5, 6, 7; data
    calendar.yaml, open_days); empty when it names none."""
    rules = kn.calendar.open_days
    names = {n: d for by in rules.names.values() for n, d in by.items()}
    if not names:
        return []
    text = _fold(str(inputs["offer"] or ""))
    day = "|".join(re.escape(_fold(n)) for n in sorted(names, key=len, reverse=True))
    joint = "|".join(re.escape(_fold(w)) for w in rules.range_words)
    found = re.search(rf"\b({day})s?\s*(?:{joint})\s*({day})s?\b", text)
    if found:
        a, b = names[_denamed(found.group(1), names)], names[_denamed(found.group(2), names)]
        return [(a - 1 + k) % 7 + 1 for k in range((b - a) % 7 + 1)]
    return sorted({d for n, d in names.items() if re.search(rf"\b{re.escape(_fold(n))}s?\b", text)})


def _denamed(folded: str, names: dict[str, int]) -> str:
    return next(n for n in names if _fold(n) == folded)


def open_day(inputs: Inputs, kn: Catalogue, day: date) -> date:
    """The first open day from `day` (the offer's weekdays), the preferred weekday (a Saturday)
    when it is open in that week; `day` itself when the offer names no weekdays."""
    days = open_weekdays(inputs, kn)
    if not days:
        return day
    ahead = [day + timedelta(days=k) for k in range(7)]
    preferred = kn.calendar.open_days.preferred
    if preferred in days:
        return next(d for d in ahead if d.isoweekday() == preferred)
    return next(d for d in ahead if d.isoweekday() in days)


def _preview_run_up(
    say: Words, milestones: list[Milestone], first: date, day: date, word: str
) -> list[Milestone]:
    """A preview is announced (review 28, #6: Wellington's 8 February preview never was): the
    registrant list imported in the first week, those who agreed only; a first issue that invites
    to it two weeks before, in place of the « first issue to those who signed up »; the brokers'
    invitation a week before."""
    firsts = {say("milestone_first_issue"), say("milestone_first_issue_list")}
    out = [m for m in milestones if m.what not in firsts]
    for key, after, before in PREVIEW_RUN_UP:
        when = (
            first + timedelta(days=after)
            if after is not None
            else day - timedelta(days=before or 0)
        )
        while after is None and when.isoweekday() > 5:  # an invitation goes out on a weekday
            when -= timedelta(days=1)
        if first <= when < day:
            out.append(Milestone(date=when, what=say(key, other_date=day, what=word)))
    return out


def season_name(day: date, lang: str) -> str:
    """A season by its years, as each language writes it (« 2027-2028 », "2027/28")."""
    return f"{day.year}-{day.year + 1}" if lang == "fr" else f"{day.year}/{str(day.year + 1)[2:]}"


def _season_phases(
    inputs: Inputs,
    kn: Catalogue,
    say: Words,
    phases: list[Phase],
    season: date,
    network: str | None,
    letter: bool,
) -> list[Phase]:
    """A count of members for a season (review 25b, #2: new youth players « pour la saison
    2027-2028 »): the phases before the preparation are kept (the first one whole), without
    their straight-line counts; then the season is prepared (trial dates, the sign-up form, the
    relays), the sign-ups run from June to the season's start, read as trial sign-ups at the
    end of June, affiliations to date at the end of August and the target on the start, when
    the count is frozen; after it, the newcomers are welcomed and kept, never « amplify »."""
    start: date = inputs["start_date"]
    end_all = deadline(inputs)
    prepare = max(start, date(season.year, *SEASON_PREPARE))
    sign_ups = max(start, date(season.year, *SEASON_SIGN_UPS))
    kept: list[Phase] = []
    for phase in phases:
        if kept and phase.start >= prepare:
            break
        cut = phase.end if not kept else min(phase.end, prepare - timedelta(days=1))
        kept.append(
            phase.model_copy(
                update={"end": cut, "milestones": [m for m in phase.milestones if m.date <= cut]}
            )
        )
    target = inputs["target"]
    goal = goal_value(inputs, kn)
    name = season_name(season, say.lang)
    relays = [code for code, _proposed in relay_codes(inputs, kn)]
    limited = "_limited" if inputs["capacity"] == "limited" else ""
    out = list(kept)
    prepare = max(prepare, kept[-1].end + timedelta(days=1)) if kept else prepare
    if prepare < sign_ups:
        out.append(
            Phase(
                name=say("phase_season_prepare", what=name),
                start=prepare,
                end=sign_ups - timedelta(days=1),
                goals=[say(f"goal_season_prepare_{n}", relays=relays) for n in (1, 2)],
                milestones=[
                    Milestone(date=sign_ups - timedelta(days=1), what=say("milestone_season_ready"))
                ],
            )
        )
    run_start = out[-1].end + timedelta(days=1) if out else start
    reads = [
        Milestone(date=date(season.year, *SEASON_TRIALS_READ), what=say("milestone_season_trials")),
        Milestone(
            date=date(season.year, *SEASON_SO_FAR_READ),
            what=say("milestone_season_so_far", metric=target["metric"]),
        ),
        Milestone(
            date=season,
            what=say(
                "milestone_season_start",
                metric=target["metric"],
                value=goal,
                unit=target["unit"],
                what=name,
            ),
        ),
    ]
    out.append(
        Phase(
            name=say("phase_season_sign_ups", what=name),
            start=run_start,
            end=season,
            goals=[
                say(f"goal_season_sign_ups_1{limited}", network=network),
                say("goal_season_sign_ups_2"),
            ],
            milestones=[m for m in reads if run_start <= m.date <= season],
        )
    )
    if season < end_all:
        out.append(
            Phase(
                name=say("phase_follow_up_season"),
                start=season + timedelta(days=1),
                end=end_all,
                goals=[say(f"goal_follow_up_season_{n}", relays=relays) for n in (1, 2)],
                milestones=[Milestone(date=end_all, what=say("milestone_follow_up_season"))],
            )
        )
    for i, phase in enumerate(out[len(kept) :], start=len(kept)):
        around = _event_milestones(inputs, kn, say, phase.start, phase.end, letter)
        around += _named_event_milestones(inputs, kn, say, phase.start, phase.end)
        around += _gift_milestones(inputs, kn, say, phase.start, phase.end)
        if around:
            out[i] = phase.model_copy(
                update={"milestones": sorted([*phase.milestones, *around], key=lambda m: m.date)}
            )
    return out


AFTER_CAMPAIGN_WEEKS = 6  # a gap this long after a campaign's close gets its own milestones


def _after_the_campaign(
    inputs: Inputs, kn: Catalogue, say: Words, phases: list[Phase]
) -> list[Phase]:
    """The months between a campaign's close and the end of its phase are not left blank
    (review 14, #7: Northbank's June-September after the walk): the volunteers or staff a
    secondary objective recruits are sought a month after the close, and a newsletter two
    weeks before the phase ends tells what the campaign achieved and what comes next."""
    close = campaign_end(inputs, kn)
    if close is None:
        return phases
    at = next((i for i, p in enumerate(phases) if p.start <= close <= p.end), None)
    if at is None or (phases[at].end - close).days < 7 * AFTER_CAMPAIGN_WEEKS:
        return phases
    phase = phases[at]
    added: list[Milestone] = []
    if "recruitment" in inputs.list("secondary_objectives"):
        added.append(
            Milestone(date=close + timedelta(days=28), what=say("milestone_after_recruit"))
        )
    season = appeal_season(inputs, kn, say.lang)
    what = say("milestone_after_letter_appeal", what=season[2]) if season else None
    added.append(
        Milestone(
            date=phase.end - timedelta(days=14),
            what=what or say("milestone_after_letter"),
        )
    )
    milestones = sorted([*phase.milestones, *added], key=lambda m: m.date)
    return [*phases[:at], phase.model_copy(update={"milestones": milestones}), *phases[at + 1 :]]


def appeal_season(inputs: Inputs, kn: Catalogue, lang: str) -> tuple[date, date, str] | None:
    """A second season the topics or the offer name (a Christmas appeal, calendar.yaml
    `appeals`), as (opens, closes, name), when it opens after the objective's deadline and
    closes within the plan (review 11a, #4); its name as the topic says it when the document's
    language can quote it as it is, else the entry's own. None otherwise."""
    start: date = inputs["start_date"]
    end = deadline(inputs)
    after = objective_deadline(inputs, kn)
    for appeal in kn.calendar.appeals:
        words = [w for ws in appeal.words.values() for w in ws]
        texts = [str(t) for t in inputs.list("topics")] + _clauses(inputs, ("offer",))
        said = [c for c in texts if contains_words(c, words)]
        if not said:
            continue
        for year in (start.year, start.year + 1):
            opens = date(year, *appeal.opens)
            closes = date(year, *appeal.closes)
            if after < opens and closes <= end:
                topic = said[0].strip().rstrip(".")
                quoted = topic.lower().startswith(_NAME_OPENS.get(lang, ())) and (
                    len(_TOKEN.findall(topic)) <= _NAME_MAX_WORDS
                )
                return opens, closes, topic if quoted else appeal.name(lang)
    return None


def _with_appeal(inputs: Inputs, kn: Catalogue, say: Words, phases: list[Phase]) -> list[Phase]:
    """The phase the second season opens in is cut there: the season runs to that phase's end,
    with its opening, a last reminder a week before it closes and its close."""
    season = appeal_season(inputs, kn, say.lang)
    if season is None:
        return phases
    opens, closes, name = season
    at = next((i for i, p in enumerate(phases) if p.start < opens <= p.end), None)
    if at is None:
        return phases
    cut = phases[at]
    before = cut.model_copy(
        update={
            "end": opens - timedelta(days=1),
            "milestones": [m for m in cut.milestones if m.date < opens],
        }
    )
    own = [
        Milestone(date=opens, what=say("milestone_appeal_opens", what=name)),
        Milestone(
            date=closes - timedelta(days=7), what=say("milestone_appeal_last_week", what=name)
        ),
        Milestone(date=closes, what=say("milestone_appeal_closes", what=name)),
    ]
    season_phase = Phase(
        name=say("phase_appeal", what=name),
        start=opens,
        end=cut.end,
        goals=[say("goal_appeal_1", what=name, deadline=closes), say("goal_appeal_2")],
        milestones=sorted(
            own + [m for m in cut.milestones if m.date >= opens], key=lambda m: m.date
        ),
    )
    return [*phases[:at], before, season_phase, *phases[at + 1 :]]


def _in_their_phase(phases: list[Phase]) -> list[Phase]:
    """Each milestone in the phase its date falls in (a figure read once its window has passed
    moves on), the last phase keeping those read after the plan; each phase's in date order."""
    if not phases:
        return phases
    placed: list[list[Milestone]] = [[] for _ in phases]
    for phase in phases:
        for m in phase.milestones:
            at = next((i for i, p in enumerate(phases) if p.start <= m.date <= p.end), None)
            placed[len(phases) - 1 if at is None and m.date > phase.end else at or 0].append(m)
    return [
        p.model_copy(update={"milestones": sorted(ms, key=lambda m: m.date)})
        for p, ms in zip(phases, placed, strict=True)
    ]


# -- review 27: a network's roll-out, a club's dated run-up, a search network's lead time -----


def rollout_sites(inputs: Inputs, kn: Catalogue) -> int | None:
    """The number of outlets a network rolls its local kit out to (review 27, #11): a franchise
    of several shops, or a network of shops where each one sells (calendar.yaml `rollout`);
    None for any other business."""
    th = kn.thresholds
    if kn.calendar.rollout is None:
        return None
    if not franchise_network(inputs, th) and outlet_network(inputs, th) is None:
        return None
    return site_count(inputs, th)


def _month_read(day: date) -> date:
    """The month a network's checkpoint on `day` reads: the month just ended when `day` is in
    a month's first week (3 May: April), else its own month."""
    return day.replace(day=1) - timedelta(days=1) if day.day <= 7 else day


def _month_last(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def rollout_reads(
    inputs: Inputs, kn: Catalogue, ends: list[date]
) -> list[tuple[date, date | None]]:
    """The days a network's checkpoints fall on (review 27, #11): each phase's end, except one
    reading a month many outlets close in (calendar.yaml `rollout.holiday_months`: August in
    France), read instead on the last day of the month before and of the month after; with
    each, the holiday month it skips (None for an ordinary one)."""
    rule = kn.calendar.rollout
    holidays = set(rule.holiday_months.get(str(inputs["country"]), [])) if rule else set()
    end_all = deadline(inputs)
    start: date = inputs["start_date"]
    reads: list[tuple[date, date | None]] = []
    for end in ends:
        month = _month_read(end)
        if month.month not in holidays:
            reads.append((end, None))
            continue
        before = month.replace(day=1) - timedelta(days=1)
        while before.month in holidays:
            before = before.replace(day=1) - timedelta(days=1)
        after = _month_last(month)
        while after.month in holidays:
            after = _month_last(after + timedelta(days=1))
        if before > start:
            reads.append((before, month))
        if after <= end_all:
            reads.append((after, None))
    return sorted(set(reads), key=lambda r: r[0])


def _rollout_phases(
    inputs: Inputs,
    kn: Catalogue,
    say: Words,
    phases: list[Phase],
    network: str | None,
    letter: bool,
) -> list[Phase]:
    """A network of outlets' plan by its roll-out (review 27, #11: a 16-shop bakery franchise
    got « Trouver son rythme » and « Ajuster et amplifier »): first the listings and the pages
    opened outside the brand are audited and the first kit prepared; then the kit is piloted in
    the model outlet (the one the proofs show doing better) and a few others; then the rest
    get it in waves, the last one ending with the whole network. The phases keep their dates;
    each checkpoint reads the network's figure, the outlets with the kit against those without
    at the till, and each outlet against the same month a year before, never a holiday month."""
    rule = kn.calendar.rollout
    count = rollout_sites(inputs, kn)
    if rule is None or count is None or len(phases) < 3:
        return phases
    model = pilot_outlet(inputs, kn.thresholds)
    where = model[0] if model else None
    pilot = min(count - 1, rule.pilot_sites + (1 if where else 0))
    waves = len(phases) - 2
    rest = count - pilot
    sizes = [rest // waves + (1 if n < rest % waves else 0) for n in range(waves)]
    audit = "_listings" if "google_business" in inputs.list("current_networks") else "_pages"
    pilot_what = (
        say("rollout_pilot_model", where=where, count=pilot - 1)
        if where
        else say("rollout_pilot_sites", count=pilot)
    )
    first = phases[0]
    setup_said = say("milestone_first_setup", network=network)
    out = [
        first.model_copy(
            update={
                "name": say("phase_rollout_setup"),
                "goals": [
                    say(f"goal_rollout_setup{audit}", count=count),
                    say("goal_rollout_setup_2", what=pilot_what),
                ],
                "milestones": [
                    Milestone(date=m.date, what=say(f"milestone_rollout_setup{audit}", count=count))
                    if m.what == setup_said
                    else m
                    for m in first.milestones
                ],
            }
        )
    ]
    target = inputs["target"]
    reads = rollout_reads(inputs, kn, [p.end for p in phases[1:]])
    for i, phase in enumerate(phases[1:], start=1):
        last = i == len(phases) - 1
        if i == 1:
            name = say("phase_rollout_pilot", what=pilot_what)
            goals = [say("goal_rollout_pilot_1"), say("goal_rollout_pilot_2")]
        else:
            size = sizes[i - 2]
            ordinal = say(f"rollout_ordinal_{min(i - 1, 3)}")
            name = say(f"phase_rollout_{'last' if last else 'wave'}", what=ordinal, count=size)
            goals = [
                say("goal_rollout_wave_1", count=size),
                say(f"goal_rollout_{'last' if last else 'wave'}_2"),
            ]
        milestones = _dated_checkpoints(inputs, kn, say, phase.start, phase.end)
        for day, skipped in reads:
            value = checkpoint_value(inputs, kn, day)
            if not phase.start <= day <= phase.end or value is None:
                continue
            month = _month_read(day)
            # a wave's outlets count as equipped once past the middle of its phase
            done = i - (day < phase.start + (phase.end - phase.start) / 2)
            equipped = pilot + sum(sizes[: max(0, done - 1)])
            every = equipped >= count
            what = say(
                "milestone_rollout_read_all" if every else "milestone_rollout_read",
                month=month,
                month_before=year_ago(month),
                value=value,
                unit=target["unit"],
                part=str(equipped),
                whole=str(count - equipped),
            )
            if skipped is not None:
                after = _month_last(skipped)
                while after.month in rule.holiday_months.get(str(inputs["country"]), []):
                    after = _month_last(after + timedelta(days=1))
                what += " " + say("rollout_holiday_skipped", month=skipped, book_month=after)
            milestones.append(_read_on(inputs, kn, say, day, what))
        around = _event_milestones(inputs, kn, say, phase.start, phase.end, letter)
        around += _named_event_milestones(inputs, kn, say, phase.start, phase.end)
        around += _gift_milestones(inputs, kn, say, phase.start, phase.end)
        around += _offer_milestones(inputs, kn, say, phase.start, phase.end)
        out.append(
            phase.model_copy(
                update={
                    "name": name,
                    "goals": goals,
                    "milestones": sorted([*milestones, *around], key=lambda m: m.date),
                }
            )
        )
    return out


def _placed(phases: list[Phase], added: list[Milestone]) -> list[Phase]:
    """`added` milestones each in the phase its date falls in (none outside the plan), every
    phase's in date order."""
    out = list(phases)
    for m in added:
        at = next((i for i, p in enumerate(out) if p.start <= m.date <= p.end), None)
        if at is None:
            continue
        ms = sorted([*out[at].milestones, m], key=lambda x: x.date)
        out[at] = out[at].model_copy(update={"milestones": ms})
    return out


def _said_when(
    inputs: Inputs,
    kn: Catalogue,
    words: dict[str, list[str]],
    default_month: int,
    year: int,
    late_default: bool = True,
) -> tuple[date, str, bool] | None:
    """Where the answers name something of a club's run-up (its trial sessions, its summer
    camp), when they say it is: (the day, the part of the month said — « late », « early »,
    « mid » or « month » —, whether the day itself is given). The month the clause names, else
    `default_month`; the part its words say, else late (`late_default`: trial sessions come
    just before the season) or the month as a whole. None when the answers do not name it."""
    rule = kn.calendar.club_season
    if rule is None or not words:
        return None
    flat = _all_words(words)
    qids = ("topics", "offer", "desired_action", "proof_points", "audience_description")
    texts = [str(t) for q in qids for t in (inputs.list(q) or [inputs[q]]) if t]
    clauses = [c for t in texts for c in re.split(r"[.;,:\n()]", t) if contains_words(c, flat)]
    if not clauses:
        return None
    start: date = inputs["start_date"]
    for clause in clauses:
        dated = _clause_dates(clause, start, deadline(inputs))
        if dated:
            return dated[0][0], "day", True
    clause = next((c for c in clauses if named_months(c)), clauses[0])
    months = named_months(clause)
    month = months[0] if months else default_month
    if contains_words(clause, _all_words(rule.early_words)):
        return date(year, month, 5), "early", False
    if contains_words(clause, _all_words(rule.mid_words)):
        return date(year, month, 15), "mid", False
    late = contains_words(clause, _all_words(rule.late_words)) or (late_default and not months)
    return date(year, month, rule.late_day if late else 1), "late" if late else "month", False


def sponsor_nouns(kn: Catalogue, lang: str) -> list[str]:
    """The nouns that count a club's sponsors (metrics' `sponsor_words`), the document's
    language first: the answers' may be the other one (French answers rendered in English)."""
    said = kn.metrics.sponsor_words
    return [*said.get(lang, []), *(n for other, ns in said.items() if other != lang for n in ns)]


def _sponsor_count(inputs: Inputs, kn: Catalogue, say: Words) -> str | None:
    """The sponsors a club counts among its proofs (« 21 sponsors locaux »), as said: « 21
    sponsors »; None when it keeps none as a goal (loyalty, partners in the audience), the rule
    of the sponsors' KPI row."""
    goals = [inputs["objective"], *inputs.list("secondary_objectives")]
    if "loyalty" not in goals or "partners" not in inputs.list("audience_types"):
        return None
    nouns = sponsor_nouns(kn, say.lang)
    for proof in inputs.list("proof_points"):
        for noun in sorted(nouns, key=len, reverse=True):
            m = re.search(rf"(\d+)\s+({re.escape(noun)})\b", str(proof), re.I)
            if m:
                return f"{m.group(1)} {say.own_text(m.group(2))}"
    return None


def _trial_boost(inputs: Inputs, kn: Catalogue, network: str | None) -> float | None:
    """The one boost a small budget pays before the trial sessions (engine/money.py,
    small_budget: a month's budget, for a local audience, on a network that sells sponsored
    posts); None when the budget has none."""
    boost = small_boost(inputs, kn)  # the rule money.small_budget follows too
    if (
        boost is None
        or network is None
        or not kn.network(network).sponsored_posts
        or social_issue_ads_barred(inputs, kn)
    ):
        return None
    return boost


def _with_club_dates(
    inputs: Inputs,
    kn: Catalogue,
    say: Words,
    phases: list[Phase],
    season: date,
    network: str | None,
) -> list[Phase]:
    """A club's season run-up, dated (review 27, #9: « the summer is undated »): the heads of
    the local schools and the commune's bulletin asked in April and served in May (children in
    the audience), the season report sent to each sponsor before they renew, the summer camp
    announced then held, the trial sessions on the day the answers give or at the time they say
    (« fin août, date à fixer ») with the budget's boost about ten days before."""
    rule = kn.calendar.club_season
    if rule is None:
        return phases
    year = season.year
    added: list[Milestone] = []
    said = " ".join(_clauses(inputs, ("offer", "audience_description")))
    if inputs["audience_geo"] in ("local", "regional") and contains_words(
        said, _all_words(rule.child_words)
    ):
        added.append(
            Milestone(date=date(year, *rule.schools_ask), what=say("milestone_club_schools_ask"))
        )
        # the trial dates are set before the flyers announce them (review 28: set on 31 May,
        # printed on 15 May): said on the schools' line, not on its own at the phase's end
        ready = say("milestone_season_ready")
        phases = [
            p.model_copy(update={"milestones": [m for m in p.milestones if m.what != ready]})
            for p in phases
        ]
        added.append(
            Milestone(
                date=date(year, *rule.schools_out),
                what=say("milestone_club_schools_out", network=network),
            )
        )
    sponsors = _sponsor_count(inputs, kn, say)
    if sponsors is not None:
        added.append(
            Milestone(
                date=date(year, *rule.sponsor_report),
                what=say("milestone_club_sponsor_report", what=sponsors, other_date=season),
            )
        )
    camp = _said_when(inputs, kn, rule.camp_words, rule.camp_month, year, late_default=False)
    if camp is not None:
        day, part, given = camp
        when = say(f"club_when_{part}", what=say.loc.date(day, "MMMM"), day=day)
        fixed = "" if given else "_unset"
        opens = day.replace(day=1) if not given else day
        added.append(
            Milestone(
                date=opens - timedelta(weeks=rule.camp_notice_weeks),
                what=say(f"milestone_club_camp_announce{fixed}", what=when),
            )
        )
        added.append(Milestone(date=day, what=say(f"milestone_club_camp{fixed}", what=when)))
    trials = _said_when(inputs, kn, rule.trial_words, rule.trial_month, year)
    if trials is not None and trials[0] < season:
        day, part, given = trials
        when = say(f"club_when_{part}", what=say.loc.date(day, "MMMM"), day=day)
        fixed = "" if given else "_unset"
        boost = _trial_boost(inputs, kn, network)
        if boost is not None:
            added.append(
                Milestone(
                    date=day - timedelta(days=kn.thresholds.budget_boost_days),
                    what=say(
                        "milestone_club_trials_boost",
                        network=network,
                        amount=say.loc.money(boost),
                        what=when,
                    ),
                )
            )
        added.append(Milestone(date=day, what=say(f"milestone_club_trials{fixed}", what=when)))
    return _placed(phases, [m for m in added if inputs["start_date"] <= m.date <= season])


def _with_search_lead(
    inputs: Inputs, kn: Catalogue, say: Words, phases: list[Phase], network: str | None
) -> list[Phase]:
    """A seller whose main network is searched months ahead (Pinterest) puts its gift season's
    posts up early (review 27, #12: Christmas pins in September and October to be found in
    December; calendar.yaml `search_lead`): the first ones, then all of them, before each
    gifting occasion of the rule's months within the plan."""
    rule = kn.calendar.search_lead
    if rule is None or network not in rule.networks:
        return phases
    added: list[Milestone] = []
    for day, occasion in gift_days(inputs, kn):
        if day.month not in rule.months:
            continue
        name = occasion.name.get(say.lang) or next(iter(occasion.name.values()))
        figures = {"network": network, "what": name, "other_date": day}
        added.append(
            Milestone(
                date=date(day.year, *rule.first), what=say("milestone_search_lead_first", **figures)
            )
        )
        added.append(
            Milestone(
                date=date(day.year, *rule.last), what=say("milestone_search_lead_last", **figures)
            )
        )
    return _placed(phases, [m for m in added if inputs["start_date"] <= m.date])


def appointments(inputs: Inputs, kn: Catalogue) -> bool:
    """An appointment business (review 28new, D2): its metric or unit counts appointments or
    slots, or the desired action's first clause books one (« Réserver un créneau de
    vaccination … »). Not an action asked at the counter (that step books the next slot
    already), nor a meeting at a trade fair."""
    words = [w for ws in schedule(inputs, kn).appointment_words.values() for w in ws]
    if not words:
        return False
    target = inputs["target"]
    counted = " ".join(str(target.get(k) or "") for k in ("metric", "unit"))
    first = next(iter(_clauses(inputs, ("desired_action",))), "")
    if not (contains_words(counted, words) or contains_words(first, words)):
        return False
    action = str(inputs["desired_action"] or "")
    at_counter = [w for ws in kn.metrics.in_place_words.values() for w in ws]
    return not contains_words(action, at_counter) and not is_fair(inputs, kn)


def _moments(inputs: Inputs, kn: Catalogue, say: Words, first: date, last: date) -> list[str]:
    """The dated moments a phase holds, said short: the gifting occasions, an offer's end, the
    desired action's deadline (review 28, #11)."""
    found: list[tuple[date, str]] = [
        (d, occasion.name.get(say.lang) or occasion.name["en"])
        for d, occasion in gift_days(inputs, kn)
    ]
    found += [(d, say("phase_moment_offer", day=d)) for d, _text in offer_deadlines(inputs, kn)]
    found += [(d, say("phase_moment_deadline", day=d)) for d in deadline_dates(inputs, kn)]
    said = [what for d, what in sorted(found) if first <= d <= last]
    return list(dict.fromkeys(said))


def _moment_day(inputs: Inputs, kn: Catalogue, say: Words, first: date, last: date) -> date | None:
    """The day of the first dated moment between `first` and `last` (see _moments)."""
    days = [d for d, _o in gift_days(inputs, kn)]
    days += [d for d, _text in offer_deadlines(inputs, kn)]
    days += list(deadline_dates(inputs, kn))
    return min((d for d in days if first <= d <= last), default=None)


def _named_by_dates(inputs: Inputs, kn: Catalogue, say: Words, phases: list[Phase]) -> list[Phase]:
    """A generic middle phase (« Trouver son rythme », « Consolider et mesurer ») is named after
    the dated moments it holds (review 28, #11: Northgate's and Cire's phases said nothing of
    their scholarship deadline or their Mother's Day): « Temps forts : la fête des mères et la
    fête des pères ». A phase with no dated moment keeps its name."""
    generic = {say("phase_rhythm"), say("phase_consolidate")}
    out = []
    for phase in phases:
        moments = _moments(inputs, kn, say, phase.start, phase.end) if phase.name in generic else []
        if len(moments) == 1:
            # one day does not name three months (review 31a, C12: « Temps forts : la
            # Saint-Valentin · 4 févr. → 3 mai »): the day, then the steady rhythm after it, or
            # the rhythm, then the day, when it falls in the phase's second half
            day = _moment_day(inputs, kn, say, phase.start, phase.end)
            late = day is not None and day > phase.start + (phase.end - phase.start) / 2
            what = moments[0] if late else moments[0][:1].upper() + moments[0][1:]
            name = say("phase_moment_up_to" if late else "phase_moment_then", what=what)
            phase = phase.model_copy(update={"name": name})
        elif moments:
            name = say("phase_moments", what=say.loc.join(moments))
            phase = phase.model_copy(update={"name": name})
        out.append(phase)
    return out


def _rhythm_renamed(say: Words, phases: list[Phase], name: str) -> list[Phase]:
    """The steady-rhythm phase named after what it leads to (review 29: Saltbush's « Find a
    steady rhythm » before its tour dates, the club's before its season): the phase that builds
    the audience before the first date or the season's preparation. A phase already named
    after its dated moments keeps that name."""
    rhythm = say("phase_rhythm")
    return [p.model_copy(update={"name": name}) if p.name == rhythm else p for p in phases]


HOLIDAY_PUSH = (4, 1)  # the boosters and papers a summer departure needs are booked from April


def _closure_milestones(inputs: Inputs, kn: Catalogue, say: Words) -> list[Milestone]:
    """Each closure the answers give, on its first day (review 28new, D17: « samedis fermés du
    9 au 22 août : pas d'appel à réserver, information seulement »)."""
    key = "milestone_closure_away" if nobody_comes(inputs, kn) else "milestone_closure"
    return [
        Milestone(date=first, what=say(key, day=first, other_date=last))
        for first, last in closures(inputs)
        if first >= inputs["start_date"]
    ]


def nobody_comes(inputs: Inputs, kn: Catalogue) -> bool:
    """An organisation nobody visits and that books no slot (an online software, a cooperative
    whose members subscribe online): its closure means nobody answers, not a door shut
    (review 30a, D12; review 30b, V10: « aucune publication qui appelle à venir ou à réserver »
    for a SaaS and a cooperative). Online only, or serving an area without appointments."""
    premises = inputs["premises"]
    if premises == "online_only":
        return True
    return premises == "service_area" and not appointments(inputs, kn)


def _holiday_milestones(inputs: Inputs, kn: Catalogue, say: Words) -> list[Milestone]:
    """An appointment business whose public asks about going away (« partir en vacances …
    pension, passeport ») pushes those appointments from April (review 28new, D17)."""
    if not appointments(inputs, kn):
        return []
    words = [w for ws in schedule(inputs, kn).holiday_words.values() for w in ws]
    asked = [str(p) for p in inputs.list("audience_problems")]
    problem = next((p for p in asked if words and contains_words(p, words)), None)
    if problem is None:
        return []
    start: date = inputs["start_date"]
    day = date(start.year, *HOLIDAY_PUSH)
    if day < start:
        day = date(start.year + 1, *HOLIDAY_PUSH)
    return [Milestone(date=day, what=say("milestone_holidays", problem=problem))]


# a rate said in a metric or a unit (« par mois », "a month", "per week", « /mois »)
_RATE = re.compile(
    r"(?:\b(?:a|per|each|every)\s+(?:day|week|month|quarter|year)\b"
    r"|\bpar\s+(?:jour|semaine|mois|trimestre|an|année)\b"
    r"|/\s*(?:day|week|month|year|jour|semaine|mois|an)\b"
    r"|\b(?:daily|weekly|monthly|yearly|annual|mensuel(?:le)?s?|hebdomadaires?|annuel(?:le)?s?)\b)",
    re.IGNORECASE,
)


# English puts a rate before the people a count comes from (« demo requests a month from
# practice managers »); French keeps a noun's complement with it (« demandes de devis par mois »)
_LINK = re.compile(r"\s+(?:from|among|by|at)\b", re.IGNORECASE)


def rated_metric(inputs: Inputs) -> str:
    """The target's metric with the rate its unit carries when the metric has none (review
    28new, D13: « Go from 8 to 20 demo requests from practice managers » read as 20 in a year;
    the unit says « demo requests a month »): the rate goes after the unit's words when the
    metric opens with them (« demo requests a month from practice managers »), else at its end.
    For the objective's sentence (engine/__init__.py `_objective`, not wired from here)."""
    target = inputs["target"]
    metric, unit = str(target.get("metric") or ""), str(target.get("unit") or "")
    rate = _RATE.search(unit)
    if not metric or rate is None or _RATE.search(metric):
        return metric
    head = unit[: rate.start()].strip()
    said = rate.group(0)
    rest = metric[len(head) :] if head and metric.lower().startswith(head.lower()) else ""
    if _LINK.match(rest):  # « demo requests | from practice managers »
        return f"{metric[: len(head)]} {said}{rest}"
    return f"{metric} {said}"


def rollout_step(inputs: Inputs, kn: Catalogue) -> tuple[str, int] | None:
    """The first step of a network of outlets (review 27, #11: « Compléter le profil
    Instagram » for a 16-shop franchise): the phrase key of the audit of its listings and of the
    pages opened outside the brand, with the number of outlets. An appointment business's first
    step is the levers that are not posts (review 28new, D2): the booking tool's reminder and a
    confirmation with a cancel link; the booking link on the page and the listing's button
    follow as a step of their own (`appointment_link_step`).
    None for any other business. For the first steps (engine/__init__.py `_first_steps`) to put
    in place of `step_setup`."""
    count = rollout_sites(inputs, kn)
    if count is None:
        if not appointments(inputs, kn):
            return None
        return "step_appointments_reminder", 0  # the link is a step of its own (review 29)
    listings = "google_business" in inputs.list("current_networks")
    return f"step_rollout_audit{'_listings' if listings else '_pages'}", count


def appointment_link_step(inputs: Inputs, kn: Catalogue, primary: str | None) -> str | None:
    """An appointment business's second lever, a step of its own after the reminder (review
    29: one step joined « activate the reminder… ; put the booking link… », two actions): the
    booking link on the main profile, and the listing's « Book » button when it has a Google
    listing. None for any other business, for a network of outlets, and when the main channel
    is the Google listing, whose own first step already sets its booking link (the dental
    practice: the step after the reminder stays the site's repair)."""
    if rollout_sites(inputs, kn) is not None or not appointments(inputs, kn):
        return None
    if primary == "google_business":
        return None
    listing = "google_business" in inputs.list("current_networks")
    return f"step_appointments_link{'_listing' if listing else ''}"


# where the answers say how people are brought in and who already speaks for the organisation
ADVOCACY_SAID = ("desired_action", "target", "offer", "audience_description", "topics")


def _advocacy_said(inputs: Inputs) -> list[str]:
    """The text answers an advocacy plan's words are looked for in (notes and lists too)."""
    said: list[str] = list(inputs.notes.values())
    for q in ADVOCACY_SAID:
        value = inputs[q]
        if isinstance(value, dict):
            said += [str(v) for v in value.values() if v]
        elif isinstance(value, list):
            said += [str(v) for v in value]
        elif value:
            said.append(str(value))
    return said


def _any_words(said: list[str], words: dict[str, list[str]]) -> bool:
    flat = [w for ws in words.values() for w in ws]
    return bool(flat) and any(contains_words(text, flat) for text in said)


def advocacy_steps(inputs: Inputs, kn: Catalogue) -> list[str]:
    """An advocacy plan's first steps equip the advocates rather than complete a profile
    (review 30b, V2: a cooperative whose members bring in new members got « Compléter la page
    Facebook… »): the share kit (a message to forward, a visual, the personal link or code),
    the ambassadors the answers name (else the most engaged members) gathered and briefed, and,
    when a referral is counted (a code, a personal link: data calendar.yaml, advocacy), its
    field in the sign-up form. Phrase keys, in order; empty for any other objective."""
    if inputs["objective"] != "advocacy":
        return []
    rules = kn.calendar.advocacy
    said = _advocacy_said(inputs)
    referral = _any_words(said, rules.referral_words)
    named = _any_words(said, rules.ambassador_words)
    keys = [
        "step_advocacy_kit_referral" if referral else "step_advocacy_kit",
        "step_advocacy_group_named" if named else "step_advocacy_group",
    ]
    if referral:
        keys.append("step_advocacy_count")
    return keys


# homes sold in these countries advertise in Meta's Housing special ad category (as
# engine/money.py housing_ads says; money imports this module, hence the copy)
HOUSING_AD_SETUP_COUNTRIES = ("CA", "US")
AD_SETUP_DAYS = (7, 21)  # the set-up in week 2, the first test ads in week 4


def _ad_setup_milestones(inputs: Inputs, kn: Catalogue, say: Words) -> list[Milestone]:
    """When ads carry most of the money (thresholds budget_split: half or more of a budget of
    calendar.yaml `ad_setup_min_monthly_eur` a month or more), the campaigns are set up in the
    first weeks: the right special ad category for homes, conversion tracking, the first test
    ads (review 30a, W8: 68 % of the budget on ads and no set-up task in the first four weeks).
    None otherwise."""
    th = kn.thresholds
    monthly = float(inputs["monthly_budget_eur"] or 0)
    split = th.budget_split.get(inputs["objective"] or "") or th.budget_split.get("default")
    if split is None or split.ads < 0.5 or monthly < kn.calendar.ad_setup_min_monthly_eur:
        return []
    if social_issue_ads_barred(inputs, kn):
        return []
    housing = inputs["sector"] in REAL_ESTATE and inputs.country in HOUSING_AD_SETUP_COUNTRIES
    start: date = inputs["start_date"]
    setup, test = (start + timedelta(days=d) for d in AD_SETUP_DAYS)
    key = "milestone_ads_setup_housing" if housing else "milestone_ads_setup"
    return [Milestone(date=setup, what=say(key, other_date=test))]
