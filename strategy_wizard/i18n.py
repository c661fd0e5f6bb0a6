"""Two languages, one lookup, and locale-aware formatting.

Every text of the product exists in French and English; `Text` is the one shape they take in the
data files, so a missing translation is caught when the data loads, not when a user meets it.
Dates and numbers go through Babel so that French output reads as French ("24 novembre 2026",
"1 234,5") rather than as translated English.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
LOCALES: dict[str, str] = {"fr": "fr_FR", "en": "en_GB"}


class Text(BaseModel):
    """A text in both languages; neither may be empty."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    fr: str
    en: str

    @field_validator("fr", "en")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be empty")
        return value

    def __call__(self, lang: Lang, **fields: object) -> str:
        """The text in `lang`, with `{name}` placeholders filled from `fields`."""
        text = self.fr if lang == "fr" else self.en
        if fields:
            text = text.format(**fields)
        return french_typography(text) if lang == "fr" else text


NBSP = "\u00a0"
NNBSP = "\u202f"
_BEFORE_HIGH_PUNCT = re.compile(r"[ \u00a0\u202f]*([;!?])")
_BEFORE_COLON = re.compile(r"(?<=\S)[ \u00a0\u202f]*:(?=\s|$)")
_OPEN_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE_GUILLEMET = re.compile(r"[ \u00a0\u202f]*»")
_URLISH = re.compile(r"\w+://\S+")


def french_typography(text: str) -> str:
    """Apply French spacing: a thin no-break space before ; ! ?, a no-break space before : and
    inside « ». Skips anything that looks like a URL, where a space would break the link."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for match in _URLISH.finditer(text):
        parts.append(_fr_spacing(text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(_fr_spacing(text[last:]))
    return "".join(parts)


def _fr_spacing(text: str) -> str:
    text = _BEFORE_HIGH_PUNCT.sub(lambda m: NNBSP + m.group(1), text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = _OPEN_GUILLEMET.sub("«" + NBSP, text)
    text = _CLOSE_GUILLEMET.sub(NBSP + "»", text)
    # a sentence must not start with the inserted space (e.g. "?" alone)
    return text.lstrip(NBSP + NNBSP) if text[:1] in (NBSP, NNBSP) else text


def quote(text: str, lang: Lang) -> str:
    """Quote a user's own words the way each language does."""
    return f"«{NBSP}{text}{NBSP}»" if lang == "fr" else f"“{text}”"


def format_date(value: date, lang: Lang, fmt: str = "long") -> str:
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format=fmt, locale=LOCALES[lang])


def format_number(value: float, lang: Lang, decimals: int = 1) -> str:
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


def format_percent(share: float, lang: Lang) -> str:
    from babel.numbers import format_percent as babel_format_percent

    return babel_format_percent(share, locale=LOCALES[lang])


def format_money(value: float, lang: Lang) -> str:
    from babel.numbers import format_currency

    return format_currency(value, "EUR", format="#,##0 ¤" if lang == "fr" else "¤#,##0",
                           locale=LOCALES[lang], currency_digits=False)
