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
