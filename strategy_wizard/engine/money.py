"""A target counted in money (review 11a, #5): « 18,400 money raised » becomes « £18,400 ».

Whether a target is money is read in the data's words (data/metrics.yaml `money_words` and
`currency_marks`, in French and English), never in code; its figures are then written as
amounts in the country's currency (base/locale.py `Locale.money`), and the unit beside them
loses the currency marks its symbol already says (« GBP raised » → « raised »). Nothing is
converted: the target is the person's own figure, in their own money.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

from strategy_wizard.engine.boost import small_boost
from strategy_wizard.engine.plan import (
    event_days,
    parcel_seller,
    sale_place,
    season_start,
    second_event_day,
)
from strategy_wizard.engine.resolve import LOCAL_AREAS, Inputs
from strategy_wizard.engine.scoring import runs_webinars
from strategy_wizard.engine.sessions import session_series
from strategy_wizard.engine.warnings import REAL_ESTATE
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.catalogue import Catalogue, MarketplaceAds
from strategy_wizard.model.strategy import NetworkPlan, Spend

_WORD = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")


def _marks(kn: Catalogue) -> tuple[list[str], list[str]]:
    """The currency marks in words or codes (« GBP », « euros »), and the symbols (« £ »)."""
    marks = kn.metrics.currency_marks
    return [m for m in marks if _LETTERS.match(m)], [m for m in marks if not _LETTERS.match(m)]


def money_target(target: dict[str, Any], kn: Catalogue) -> bool:
    """Whether the person's target counts money: its metric or unit holds a money word or a
    currency mark (« dons », "money raised", « GBP », « € »)."""
    text = f"{target.get('metric') or ''} {target.get('unit') or ''}"
    words, symbols = _marks(kn)
    money = [w for ws in kn.metrics.money_words.values() for w in ws]
    return contains_words(text, money + words) or any(s in text for s in symbols)


def amount_unit(unit: str, kn: Catalogue) -> str:
    """The unit beside an amount, without the currency its symbol says: « GBP raised » →
    « raised », « € » → «  »."""
    words, symbols = _marks(kn)
    out = unit
    for symbol in symbols:
        out = out.replace(symbol, " ")
    for word in sorted(words, key=len, reverse=True):
        out = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", out, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", out).strip(" ,;:-")


def unit_beside(unit: str, metric: str, words: Words) -> str:
    """A KPI's unit, or nothing for a money target whose unit the metric already says (« money
    raised by the walk » in « raised »): its amounts carry the currency."""
    if not words.money:
        return unit
    said = set(_WORD.findall(metric.casefold()))
    return "" if set(_WORD.findall(unit.casefold())) <= said else unit


def monthly_cap(category: str, monthly: float, kn: Catalogue, team: str | None = None) -> float:
    """A line's monthly ceiling: the fixed amount (thresholds `budget_monthly_caps`), lowered
    to a share of the month where the data gives one (`budget_share_caps`: tools about 10 %),
    never under its floor: a scheduler and a CRM for a team that shares them
    (`budget_cap_floors`, `budget_cap_floor_teams`), a scheduler and a design tool for anyone
    else (`budget_cap_floors_small`). Review 25b, #8: tools at « about $1,500 a month » for a
    $12,000 month; review 26, #18: a band's $1,200 month gave tools 20 %, the floor a quarter of
    its month. Rounded to the ten, to the hundred from 300 (`budget_cap_round_steps`).
    0 for a line with no ceiling."""
    th = kn.thresholds
    cap = th.budget_monthly_caps.get(category, 0.0)
    share = th.budget_share_caps.get(category)
    if cap <= 0 or share is None:
        return cap
    shared = team in th.budget_cap_floor_teams
    floor = (th.budget_cap_floors if shared else th.budget_cap_floors_small).get(category, 0.0)
    if team in th.agency_teams:
        # an agency's scheduler, inbox and listening tool are in its fee: the client's line is
        # at most the floor, a CRM seat or a listening plan of its own (review 28, #14:
        # Wellington's « capped at about $1,200 a month », $14,000 a year, for an agency)
        return min(cap, floor)
    lowered = max(floor, share * monthly)
    steps = sorted(th.budget_cap_round_steps.items())
    step = next((s for least, s in reversed(steps) if lowered >= least), 1)
    return min(cap, max(step, math.floor(lowered / step + 0.5) * step))


def cap_shares(
    shares: dict[str, float], monthly: float, kn: Catalogue, team: str | None = None
) -> list[str]:
    """A large budget's split (review 20, D1: « Tools 20 % · $72,000 » for a $60,000 month):
    a line capped by a monthly amount (thresholds `budget_monthly_caps`: tools, creation) keeps
    that amount, and what it would have had beyond it goes to the lines the plan uses (ads,
    creators), by their weights (`budget_excess_weights`). Shares change in place; the lines
    capped are returned. A budget under every cap is left as it was. `team`: the answers' team,
    whose size decides the tools' floor (monthly_cap)."""
    th = kn.thresholds
    if monthly <= 0:
        return []
    capped, excess = [], 0.0
    for category in th.budget_monthly_caps:
        cap = monthly_cap(category, monthly, kn, team)
        share = shares.get(category, 0.0)
        if share > 0 and monthly * share > cap:
            capped.append(category)
            excess += share - cap / monthly
            shares[category] = round(cap / monthly, 4)
    takers = {
        c: w
        for c, w in th.budget_excess_weights.items()
        if shares.get(c, 0.0) > 0 and c not in capped
    }
    if not capped or not takers:
        for category in capped:  # nowhere to put it: the line keeps its share
            shares[category] += excess / len(capped)
        return capped if takers else []
    weight = sum(takers.values())
    for c, w in takers.items():
        shares[c] = round(shares[c] + excess * w / weight, 4)
    return capped


def _largest_remainder(total: int, weights: list[float]) -> list[int]:
    """`total` whole units shared in proportion to `weights`: each gets its floor, and the
    units left go to the largest remainders first, so the parts add up to `total` exactly."""
    weight = sum(weights)
    if total <= 0 or weight <= 0:
        return [0 for _ in weights]
    exact = [total * w / weight for w in weights]
    parts = [math.floor(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (parts[i] - exact[i], -weights[i]))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def _step(amount: float, kn: Catalogue) -> int:
    """The step a budget line of this size is written to (thresholds `budget_round_steps`: to
    the hundred under ten thousand, to the thousand above)."""
    steps = sorted(kn.thresholds.budget_round_steps.items())
    return next((step for floor, step in reversed(steps) if amount >= floor), 1)


def _step_of(amount: float, steps: dict[int, int]) -> int:
    """The step of a table of steps by size for this amount (the largest floor it reaches)."""
    return next((st for floor, st in sorted(steps.items(), reverse=True) if amount >= floor), 1)


def split_amounts(total: float, weights: list[float], kn: Catalogue) -> list[float]:
    """A total shared between lines by their weights, each line a round amount for its size
    (review 21a, R7: « $36,796 » read as a computed need), the lines adding up to the total
    exactly: what rounding left over moves by whole steps to the lines it fits best, and a line
    too coarse for the rest is written to the finer step (« $22,400 » for a $110,400 total)."""
    whole, weight = round(total), sum(weights)
    if whole <= 0 or weight <= 0:
        return [0.0 for _ in weights]
    exact = [whole * w / weight for w in weights]
    finest = min(kn.thresholds.budget_round_steps.values(), default=1)
    # a small line already a round sum finer than the step (a tool's « $150 » over six months:
    # review 29b, #2) is written as it is; the others share the rest, and what is finer than
    # their step goes to the largest of them
    said = kn.thresholds.budget_said_step
    kept = {
        i: x
        for i, x in enumerate(exact)
        if 0 < x < kn.thresholds.budget_said_below and x % said == 0 and x % finest != 0
    }
    if kept and len(kept) < len(weights):
        others = [i for i in range(len(weights)) if i not in kept]
        rest = whole - sum(kept.values())
        odd = rest % finest
        parts = split_amounts(rest - odd, [weights[i] for i in others], kn)
        largest = max(range(len(others)), key=lambda j: parts[j])
        parts[largest] += odd
        out = [float(kept.get(i, 0.0)) for i in range(len(weights))]
        for j, i in enumerate(others):
            out[i] = parts[j]
        return out
    common = next((s for s in (finest, 10, 1) if whole % s == 0), 1)
    steps = [_step(x, kn) if common == finest else common for x in exact]
    parts = [
        max(steps[i] if x > 0 else 0, math.floor(x / steps[i] + 0.5) * steps[i])
        for i, x in enumerate(exact)
    ]
    while (rest := whole - sum(parts)) != 0:
        sign = 1 if rest > 0 else -1
        # a line never loses its last step (a $360 tools line taken to 0 beside a $37,640 one)
        fit = [
            i
            for i in range(len(parts))
            if steps[i] <= abs(rest) and exact[i] > 0 and (sign > 0 or parts[i] > steps[i])
        ]
        if not fit:  # the rest is finer than every line's step: the line it suits best
            i = min(
                (i for i in range(len(parts)) if exact[i] > 0),
                key=lambda i: sign * (parts[i] - exact[i]),
            )
            steps[i] = common
            parts[i] = max(common, math.floor(exact[i] / common + 0.5) * common)
            continue
        big = max(steps[i] for i in fit)
        i = min((i for i in fit if steps[i] == big), key=lambda i: sign * (parts[i] - exact[i]))
        if sign < 0 and parts[i] - big < 0:
            break  # never below zero (cannot happen with positive weights)
        parts[i] += sign * big
    return [float(p) for p in parts]


def whole_percents(weights: list[float]) -> list[float]:
    """Shares in whole percents adding up to exactly 100 % (review 21a, R7: 33+16+30+20 = 99 %);
    a line with any weight keeps at least 1 %."""
    parts = _largest_remainder(100, weights)
    for i, w in enumerate(weights):
        if w > 0 and parts[i] == 0:
            parts[i] = 1
            parts[max(range(len(parts)), key=lambda k: parts[k])] -= 1
    return [p / 100 for p in parts]


# the countries where the platforms' housing rules bar targeting by age, gender or postal code
# who runs the accounts for a wage or a fee (the answers' `run_by`): their hours are paid hours
PAID_RUN_BY = ("staff", "intern", "agency")


def hours_key(inputs: Inputs, say: Words, key: str) -> str:
    """The budget's hours note: `key_paid` when the organisation's own variant would call the
    hours volunteers' time while the answers say a paid person runs the accounts (review 31b,
    V13: « du temps bénévole … seulement si un salarié s'en charge » beside « Qui publie : un
    salarié nommé pour cela »); else `key`."""
    paid = inputs["run_by"] in PAID_RUN_BY
    return f"{key}_paid" if paid and say.variant(key) != key else key


HOUSING_AD_COUNTRIES = ("CA", "US")


def housing_ads(inputs: Inputs, kn: Catalogue) -> bool:
    """Homes sold or let in Canada or the United States (a developer's off-plan condo, an
    estate agency): its ads run in Meta's Housing special ad category and under Google's
    housing policy, neither of which allows targeting by age, gender or postal code (review
    25b, #8)."""
    return inputs["sector"] in REAL_ESTATE and inputs.country in HOUSING_AD_COUNTRIES


# Small budgets (review 26, #18): the one generic line (« une séance photo … sous 100 € la
# publicité ne vaut pas encore la peine ») said to a youth club with its trial sessions to fill
# and to a maker already paying for Etsy Ads. The money starts from what the answers show.
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)")


def _session_boost(
    inputs: Inputs, kn: Catalogue, network: str | None, ads_allowed: bool
) -> tuple[int, float] | None:
    """A year of sessions for a local audience (engine/sessions.py): the number of sessions and
    the boost each session's announcement gets (thresholds `session_boost_eur`), when the
    year's boosts take at most half the year's budget; None otherwise."""
    each = kn.thresholds.session_boost_eur
    if not ads_allowed or network is None or each <= 0:
        return None
    if inputs["audience_geo"] not in LOCAL_AREAS:
        return None
    found = session_series(inputs, kn)
    year = float(inputs["monthly_budget_eur"] or 0) * 12
    if found is None or each * found.now > year / 2:
        return None
    return found.now, each


def key_moment(inputs: Inputs, kn: Catalogue) -> tuple[str, date] | None:
    """The one dated moment of the year a small budget's boost serves: the trial sessions before
    a season's start (« séances d'essai »), or the event the objectives name with its day."""
    season = season_start(inputs, kn)
    if season is not None:
        return "season", season
    days = event_days(inputs, kn)
    if days is not None:
        return "event", days[0]
    second = second_event_day(inputs, kn)
    return ("event", second) if second is not None else None


def marketplace_ads(inputs: Inputs, kn: Catalogue) -> MarketplaceAds | None:
    """The ads the marketplace where the sale happens sells (thresholds `marketplace_ads`: Etsy
    Ads for a shop on Etsy), shown to buyers already searching there; None elsewhere."""
    place = sale_place(inputs, kn)
    if place is None:
        return None
    return next((m for m in kn.thresholds.marketplace_ads if set(m.words) & set(place.words)), None)


def running_ads(inputs: Inputs, ads: MarketplaceAds) -> float | None:
    """What the person already pays each month for those ads, as the budget's note says it
    (« 25 € par mois vont aux Etsy Ads »): the amount said nearest their name in a note naming
    them; None when the note says nothing of them."""
    note = str(inputs.notes.get("budget") or "")
    if not note or not contains_words(note, ads.note_words):
        return None
    folded = note.casefold()
    at = min((i for w in ads.note_words if (i := folded.find(w.casefold())) >= 0), default=0)
    # the amount said nearest the ads' name (« sur ces 40 €, 25 € vont aux Etsy Ads »: 25)
    found = min(_AMOUNT.finditer(note), key=lambda m: abs(m.start() - at), default=None)
    return float(found.group(1).replace(",", ".")) if found else None


_YEARLY = re.compile(r"\b(?:par an|l'an|/an|a year|per year|/year|annual|yearly|annuel)", re.I)


def named_tools(inputs: Inputs, kn: Catalogue) -> tuple[list[str], float]:
    """The paid tools the budget note names with a price (thresholds `budget_named_tools`:
    « Tailwind about 15 euro a month; Canva Pro 12 euro »), and their monthly total: each
    clause naming a tool gives the first amount in it, a year's price counted by the month
    (review 30b, G8: the tools line said « the free tools are enough » under that note)."""
    note = str(inputs.notes.get("budget") or "")
    names: list[str] = []
    month = 0.0
    for clause in re.split(r";|\n|\.(?!\d)", note):
        name = next(
            (t for t in kn.thresholds.budget_named_tools if contains_words(clause, [t])), None
        )
        amount = re.search(r"(\d+(?:[.,]\d+)?)", clause)
        if name is None or amount is None or name in names:
            continue
        price = float(amount.group(1).replace(",", "."))
        names.append(name)
        month += price / 12 if _YEARLY.search(clause) else price
    return names, month


def creation_key(key: str, inputs: Inputs, kn: Catalogue, say: Words | None = None) -> str:
    """What a small budget's creation line buys, by the kind of organisation (review 27, #9
    and #12): a shop that ships parcels and signs its list up from a card in each one prints
    those cards (`<key>_parcel`); a volunteer club or association prints its flyers and
    posters (the phrase's variants `@sport_club`, `@nonprofit`); anyone else, a few visuals
    made by a professional."""
    parcel = f"{key}_parcel"
    key = parcel if parcel_seller(inputs, kn) and parcel in kn.phrases else key
    own = f"{key}_own_photos"
    # someone who takes photos is never sent to a photographer: a backdrop and daylight
    # (review 30a, C14; review 30b, G8), unless the organisation's own variant applies
    photos = "photo" in inputs.list("skills") and own in kn.phrases
    return own if photos and (say is None or say.variant(key) == key) else key


def small_budget(
    inputs: Inputs,
    kn: Catalogue,
    say: Words,
    network: str | None,
    minors: bool,
    eu: bool,
    ads_allowed: bool,
) -> list[Spend]:
    """A budget under `budget_one_line_below_eur` a month: creation on one line, except where
    the answers show an ad that pays at this size. The marketplace's own ads the person already
    pays (their monthly amount kept, on the best sellers before the busy months, paused when
    stock runs out); else one short local boost of the year's key moment on a kept network
    that sells sponsored posts (one month's budget, adults only where minors are in the
    audience). The creation line then says no other ads, never « ads are not worth it »."""
    th = kn.thresholds
    monthly = float(inputs["monthly_budget_eur"] or 0)
    total = round(monthly * 12)
    below = th.budget_one_line_below_eur
    lines: list[tuple[str, float, str]] = []  # category, amount a year, why
    place = marketplace_ads(inputs, kn) if ads_allowed else None
    paid = running_ads(inputs, place) if place is not None else None
    moment = key_moment(inputs, kn) if ads_allowed and network is not None else None
    boost = small_boost(inputs, kn)  # the one rule plan._trial_boost follows too (engine/boost.py)
    if place is not None and paid is not None and paid > 0:
        kept = min(paid, monthly)
        why = say("spend_small_marketplace_kept", subject=place.name, amount=say.loc.money(kept))
        lines.append(("ads", kept * 12, why))
    elif (series := _session_boost(inputs, kn, network, ads_allowed)) is not None:
        # a year of sessions: a small boost to each session's announcement (review 32c, N9)
        count, each = series
        why = say(
            "spend_session_boost",
            amount=say.loc.money(each),
            network=network,
            count=count,
            money=each * count,
        )
        lines.append(("ads", each * count, why))
    elif moment is not None and boost is not None:
        kind, day = moment
        who = "small_who_minors" + ("" if eu else "_outside_eu") if minors else "small_who"
        why = say(
            "spend_small_boost",
            what=say(f"small_moment_{kind}", day=day),
            network=network,
            amount=say.loc.money(boost),
            who=say(who),
        )
        lines.append(("ads", boost, why))
    tools, tools_month = named_tools(inputs, kn)
    spent = sum(a for _c, a, _w in lines) / 12
    if tools and tools_month > 0 and spent + tools_month < monthly:
        # the tools the note says are paid already are counted, not called unneeded (G8)
        amount = say.loc.money(round(tools_month))
        why = say("spend_named_tools", subject=", ".join(tools), amount=amount)
        lines.append(("tools", tools_month * 12, why))
    # alone, the usual line; beside an ad kept or named, one that never says ads do not pay
    key = "spend_small_rest" if lines else "spend_small_one" if place else "spend_one_line"
    if lines and lines[-1][0] == "tools" and len(lines) == 1:
        key = "spend_tools_rest"  # beside the tools alone: no « other » ad to speak of
    rest = say(creation_key(key, inputs, kn, say), money=below)
    if place is not None and paid is None:
        rest += " " + say("spend_small_marketplace", subject=place.name)
    left = total - sum(a for _c, a, _w in lines)
    if left > 0:  # the whole month already on the marketplace's ads: no creation line
        lines.append(("creation", left, rest))
    weights = [a for _c, a, _w in lines]
    return [
        Spend(category=c, share=share, eur_per_year=amount, why=why)
        for (c, _a, why), amount, share in zip(
            lines, split_amounts(total, weights, kn), whole_percents(weights), strict=True
        )
    ]


def _said(value: Any) -> str:
    """Every text of an answer, in lists and mappings too, as one string to search."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_said(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_said(v) for v in value)
    return ""


def planned_tools(
    split: list[Spend], inputs: Inputs, kn: Catalogue, active: list[NetworkPlan], say: Words
) -> list[Spend]:
    """The paid budget's tools line pays only for a paid tool the plan needs (review 27, #13:
    « Tools 10 % … the free tools … do most of the work »). For a person or a small team (no
    shared inbox: thresholds `budget_cap_floor_teams`), that is a scheduler's paid tier once
    the plan keeps enough social networks to want one calendar for all of them (data/tools.yaml
    `paid_from_channels`), priced by channel (`paid_per_channel`); fewer networks, no tools
    line, the networks' own scheduling being free. What the line no longer takes goes to the
    ads, else to creation. The ads line names the free statistics page the answers mention
    (thresholds `audience_sources`: Spotify for Artists' top cities) as where to choose where
    to push. A plan that runs webinars pays for a webinar tool's entry plan too (data/tools.yaml
    `paid_per_month`; review 29, Dentiva's webinars with « no paid tool »). A team's shared
    tools, named by their line already, are left as they are."""
    lines = list(split)
    tools = next((s for s in lines if s.category == "tools" and s.eur_per_year > 0), None)
    ads = next((s for s in lines if s.category == "ads" and s.eur_per_year > 0), None)
    if ads is not None:
        said = _said(inputs.values)
        found = next(
            (a for a in kn.thresholds.audience_sources if contains_words(said, a.words)), None
        )
        if found is not None:
            ads.why += " " + say("spend_ads_source", subject=found.name)
    sched = next((t for t in kn.tools if t.category == "scheduling"), None)
    if (
        tools is None
        or inputs["team"] in kn.thresholds.budget_cap_floor_teams
        or sched is None
        or not sched.paid_per_channel
        or not sched.paid_from_channels
    ):
        return lines
    # only a share cut at its cap, whose line said « the free tools do most of the work »; a
    # share under it keeps its line (a 150 € month's scheduler and design tool: review 20)
    monthly = float(inputs["monthly_budget_eur"] or 0)
    table = kn.thresholds.budget_split
    split_of = table.get(inputs["objective"] or "") or table.get("default")
    cap = monthly_cap("tools", monthly, kn, inputs["team"])
    if split_of is None or cap <= 0 or split_of.tools * monthly <= cap:
        return lines
    social = [n.id for n in active if n.posts_per_week > 0 and n.id in sched.paid_networks]
    taker = ads or next((s for s in lines if s.category == "creation"), None)
    if taker is None:
        return lines
    amounts = {id(s): s.eur_per_year for s in lines}
    paid: float | None = None  # the paid tools' year: their month times twelve, rounded up
    scheduler = len(social) >= sched.paid_from_channels
    webinar = webinar_month(inputs, kn)
    if scheduler or webinar:
        month = sched.paid_per_channel * len(social) if scheduler else 0.0
        month += webinar
        # the line is the price times the plan's months, rounded up as said, never below it
        # (review 29b, #2: « about $24 a month » over six months is $150, never $100); its
        # year, the weight the plan's months are shared by, is that sum brought to twelve
        months = min(12, max(1, inputs.horizon))
        product = month * months
        step = _step_of(product, kn.thresholds.budget_tool_round_steps)
        line = math.ceil(product / step) * step
        kept = min(tools.eur_per_year, line * 12 / months)
        if scheduler:
            tools.why = say(
                "spend_tools_scheduler_webinar" if webinar else "spend_tools_scheduler",
                amount=say.loc.money(sched.paid_per_channel * len(social)),
                count=len(social),
                networks=social,
                money=webinar,
            )
        else:
            tools.why = say("spend_tools_webinar", amount=say.loc.money(webinar))
        if kept < tools.eur_per_year:  # what a tools budget would have paid beyond it, said
            # as money the plan does not need, never as the line's own share (review 29b, #2:
            # « Sur la part des outils, environ 280 € par mois » under a 300 € line)
            share = min(cap, tools.eur_per_year / 12)
            rest = max(10, round((share - month) / 10) * 10)
            share = max(10, round(share / 10) * 10)
            into = "ads" if taker is ads else "creation"
            # never « the scheduler is enough » beside a webinar tool, or for it alone
            named = ("_named" if scheduler else "_webinar") if webinar else ""
            tools.why += " " + say(
                f"spend_tools_rest_{into}{named}", amount=say.loc.money(share), money=rest
            )
        amounts[id(taker)] += tools.eur_per_year - kept
        amounts[id(tools)] = kept
        paid = float(kept)  # the line's year, the ads line round beside it
    else:
        amounts[id(taker)] += tools.eur_per_year
        taker.why += " " + say("spend_tools_none", count=len(social))
        lines.remove(tools)
    total = sum(s.eur_per_year for s in split)
    weights = [amounts[id(s)] for s in lines]
    shared = split_amounts(total, weights, kn)
    if paid is not None and tools in lines:
        # the rounding's leftovers go to the taker, never to the tools line, whose year is its
        # month times twelve (review 28: « 600 € » a year beside « about 24 € a month »)
        at, to = lines.index(tools), lines.index(taker)
        shared[to] += shared[at] - paid
        shared[at] = paid
        weights = shared
    for spend, amount, percent in zip(lines, shared, whole_percents(weights), strict=True):
        spend.eur_per_year, spend.share = amount, percent
    return lines


def webinar_month(inputs: Inputs, kn: Catalogue) -> float:
    """What the plan's webinars cost a month in a webinar tool's entry plan (data/tools.yaml
    `paid_per_month` of the tool the `webinars` need names), 0 when it runs none."""
    tool = next((t for t in kn.tools if t.needs == "webinars" and t.paid_per_month), None)
    if tool is None or not runs_webinars(inputs, kn):
        return 0.0
    return float(tool.paid_per_month or 0)
