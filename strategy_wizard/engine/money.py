"""A target counted in money (review 11a, #5): « 18,400 money raised » becomes « £18,400 ».

Whether a target is money is read in the data's words (data/metrics.yaml `money_words` and
`currency_marks`, in French and English), never in code; its figures are then written as
amounts in the country's currency (base/locale.py `Locale.money`), and the unit beside them
loses the currency marks its symbol already says (« GBP raised » → « raised »). Nothing is
converted: the target is the person's own figure, in their own money.
"""

from __future__ import annotations

import re
from typing import Any

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
    for category, cap in th.budget_monthly_caps.items():
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
