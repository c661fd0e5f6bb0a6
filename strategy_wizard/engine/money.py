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
from typing import Any

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.warnings import REAL_ESTATE
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.catalogue import Catalogue

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


def monthly_cap(category: str, monthly: float, kn: Catalogue) -> float:
    """A line's monthly ceiling: the fixed amount (thresholds `budget_monthly_caps`), lowered
    to a share of the month where the data gives one (`budget_share_caps`: tools about 10 %),
    never under its floor (`budget_cap_floors`: a scheduler and a CRM). Review 25b, #8: tools at
    « about $1,500 a month » for a $12,000 month and a 40-suite launch. Rounded to the hundred.
    0 for a line with no ceiling."""
    th = kn.thresholds
    cap = th.budget_monthly_caps.get(category, 0.0)
    share = th.budget_share_caps.get(category)
    if cap <= 0 or share is None:
        return cap
    lowered = max(th.budget_cap_floors.get(category, 0.0), share * monthly)
    return min(cap, math.floor(lowered / 100 + 0.5) * 100)


def cap_shares(shares: dict[str, float], monthly: float, kn: Catalogue) -> list[str]:
    """A large budget's split (review 20, D1: « Tools 20 % · $72,000 » for a $60,000 month):
    a line capped by a monthly amount (thresholds `budget_monthly_caps`: tools, creation) keeps
    that amount, and what it would have had beyond it goes to the lines the plan uses (ads,
    creators), by their weights (`budget_excess_weights`). Shares change in place; the lines
    capped are returned. A budget under every cap is left as it was."""
    th = kn.thresholds
    if monthly <= 0:
        return []
    capped, excess = [], 0.0
    for category in th.budget_monthly_caps:
        cap = monthly_cap(category, monthly, kn)
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
    common = next((s for s in (finest, 10, 1) if whole % s == 0), 1)
    steps = [_step(x, kn) if common == finest else common for x in exact]
    parts = [
        max(steps[i] if x > 0 else 0, math.floor(x / steps[i] + 0.5) * steps[i])
        for i, x in enumerate(exact)
    ]
    while (rest := whole - sum(parts)) != 0:
        sign = 1 if rest > 0 else -1
        fit = [i for i in range(len(parts)) if steps[i] <= abs(rest) and exact[i] > 0]
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
HOUSING_AD_COUNTRIES = ("CA", "US")


def housing_ads(inputs: Inputs, kn: Catalogue) -> bool:
    """Homes sold or let in Canada or the United States (a developer's off-plan condo, an
    estate agency): its ads run in Meta's Housing special ad category and under Google's
    housing policy, neither of which allows targeting by age, gender or postal code (review
    25b, #8)."""
    return inputs["sector"] in REAL_ESTATE and inputs.country in HOUSING_AD_COUNTRIES
