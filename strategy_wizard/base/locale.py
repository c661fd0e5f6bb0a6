"""Two languages, one lookup, and locale-aware formatting.

Every text of the product exists in French and English; `Text` is the one shape they take in the
data files, so a missing translation is caught when the data loads, not when a user meets it.
Dates and numbers go through Babel so that French output reads as French ("24 novembre 2026",
"1 234,5") rather than as translated English.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Literal

from strategy_wizard.base.typography import NBSP, NNBSP, french_typography

__all__ = [
    "LANGS",
    "NBSP",
    "NNBSP",
    "Lang",
    "format_date",
    "format_number",
    "french_typography",
    "quote",
]

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
LOCALES: dict[str, str] = {"fr": "fr", "en": "en_GB"}  # plain "fr": same formats, less data


def quote(text: str, lang: Lang) -> str:
    """Quote a user's own words the way each language does."""
    return f"«{NBSP}{text}{NBSP}»" if lang == "fr" else f"“{text}”"


@lru_cache(maxsize=4096)  # pure, and Babel's parsing dominates an engine run
def format_date(value: date, lang: Lang, fmt: str = "long") -> str:
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format=fmt, locale=LOCALES[lang])


def parse_local_date(text: str, lang: Lang) -> date | None:
    """A date as a person types it: ISO (2026-01-05) or the language's short form
    (05/01/2026, day first in both French and British English). None when it is neither, or
    not a real day."""
    from babel.dates import parse_date

    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    if not any(sep in text for sep in "/.-") or len(text) > 10:
        return None
    try:
        return parse_date(
            text.replace(".", "/").replace("-", "/"), locale=LOCALES[lang], format="short"
        )
    except (ValueError, LookupError):  # Babel's ParseError is a ValueError
        return None


@lru_cache(maxsize=4096)  # pure, and Babel's parsing dominates an engine run
def format_number(value: float, lang: Lang, decimals: int = 1) -> str:
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


@lru_cache(maxsize=4096)  # pure, and Babel's parsing dominates an engine run
def format_percent(share: float, lang: Lang) -> str:
    from babel.numbers import format_percent as babel_format_percent

    return babel_format_percent(share, locale=LOCALES[lang])


@lru_cache(maxsize=4096)  # pure, and Babel's parsing dominates an engine run
def format_money(value: float, lang: Lang) -> str:
    from babel.numbers import format_currency

    return format_currency(
        value,
        "EUR",
        format="#,##0 ¤" if lang == "fr" else "¤#,##0",
        locale=LOCALES[lang],
        currency_digits=False,
    )
