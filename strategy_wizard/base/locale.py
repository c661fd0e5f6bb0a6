"""The languages of the product, as data, and one `Locale` object per language.

The list of languages lives in `data/languages.yaml`; a `Locale` owns everything that differs
from one language to the next once the words are translated: punctuation spacing, quotes, the
colon after a label, yes and no, list separators, and numbers, money and dates through Babel.
No code anywhere asks "is this French?": it asks the locale, so a language is added in the data.

Plain dataclasses and no pydantic: the wizard's first screen needs the typography before any
model is loaded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

from strategy_wizard.base.errors import DataError

NBSP = "\u00a0"
NNBSP = "\u202f"

# A language code as the data lists it ("fr", "en"); checked against the data where it enters.
Lang = str

_SPACES = "[ \u00a0\u202f]*"
_URLISH = re.compile(r"\w+://\S+")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


class LanguagesError(DataError):
    """`data/languages.yaml` is broken: the message says where."""


@dataclass(frozen=True)
class Locale:
    """How one language writes what is not a word: spacing, quotes, lists, numbers, dates."""

    code: str
    name: str
    babel: str  # the Babel locale that formats its numbers, money and dates
    quotes: tuple[str, str]
    yes: str
    no: str
    list_separator: str
    phrase_separator: str  # between phrases that carry their own commas
    label_separator: str  # between a label and its value ("Date : …", "Date: …")
    space_before_high: str | None = None  # before ; ! ? (French: a thin no-break space)
    space_before_colon: str | None = None  # before a colon (French: a no-break space)
    space_inside_guillemets: str | None = None  # « like this »
    apostrophe: str | None = None  # the typographic apostrophe that replaces ' between letters
    address_forms: tuple[str, ...] = ()  # tu/vous-like forms the language distinguishes
    # hours to the quarter hour: whole hours, hours and minutes, minutes alone
    duration_h: str = "{h} h"
    duration_hm: str = "{h} h {m}"
    duration_m: str = "{m} min"
    # a time of day from "HH:MM": on the hour, and with minutes ("16 h", "12 h 30"; "16:00")
    clock_h: str = "{hh}:{mm}"
    clock_hm: str = "{hh}:{mm}"
    # the day order a scheduler's bulk import is set to by this language's readers
    # (Sprout Social takes dd/mm/yyyy or mm/dd/yyyy, as the account is set)
    scheduler_date: Literal["%d/%m/%Y", "%m/%d/%Y"] = "%d/%m/%Y"
    # a country's own way with the language (languages.yaml `regions`: US English): its date
    # patterns in place of the language's ("d MMM y" → "MMM d, y"), and the words it spells
    # its own way, as (written, said here) pairs applied to a finished text
    date_patterns: tuple[tuple[str, str], ...] = ()
    spelling: tuple[tuple[str, str], ...] = ()
    # the currency amounts are in (ISO 4217, from the country: data/countries.yaml), and the
    # country whose own way of writing its symbol is used (« 18 400 £ », not « 18 400 £GB »);
    # None when the currency is unknown: amounts are then plain numbers (review 11a, #5)
    currency: str | None = "EUR"
    money_country: str | None = None

    # -- words and punctuation ---------------------------------------------------------------

    def typography(self, text: str) -> str:
        """The language's spacing around punctuation, applied to a finished text. Anything
        that looks like a URL is left alone, where a space would break the link."""
        if not text or not self._has_spacing:
            return text
        return _typography(self, text)

    @cached_property
    def _has_spacing(self) -> bool:
        return bool(
            self.space_before_high
            or self.space_before_colon
            or self.space_inside_guillemets
            or self.apostrophe
        )

    def quote(self, text: str) -> str:
        """A person's own words quoted the way the language does."""
        return f"{self.quotes[0]}{text}{self.quotes[1]}"

    def yes_no(self, value: bool) -> str:
        return self.yes if value else self.no

    def join(self, items: list[str]) -> str:
        """Items as a sentence lists them: "A, B et C" (Babel's list patterns)."""
        return _format_list(tuple(items), self.babel)

    def join_phrases(self, items: list[str]) -> str:
        return self.phrase_separator.join(items)

    def duration(self, hours: float) -> str:
        """Hours as a person says them, to the quarter hour: "2 h 45", "45 min", "3 h"."""
        quarters = round(float(hours) * 4)
        h, m = divmod(quarters * 15, 60)
        if not m:
            return self.duration_h.format(h=self.number(h, 0))
        if not h:
            return self.duration_m.format(m=m)
        return self.duration_hm.format(h=self.number(h, 0), m=m)

    def clock(self, hhmm: str) -> str:
        """A time of day as the language writes it in a sentence: "16 h", "12 h 30", "16:00"."""
        hours, minutes = (int(x) for x in hhmm.split(":"))
        pattern = self.clock_hm if minutes else self.clock_h
        return pattern.format(
            h=hours,
            hh=f"{hours:02}",
            m=minutes,
            mm=f"{minutes:02}",
            h12=(hours % 12) or 12,  # a 12-hour clock: "10:00 AM", "12:30 PM"
            ampm="AM" if hours < 12 else "PM",
        )

    def respell(self, text: str) -> str:
        """A finished text in this country's spelling ("organisation" → "organization" in US
        English): whole words, their case kept. URLs and quoted words (a person's own, or a
        title) are left as written."""
        if not text or not self.spelling:
            return text
        return _respell(self, text)

    def label(self, label: str, value: str = "") -> str:
        """A label followed by its value: "Date : 4 janvier" / "Date: 4 January"."""
        return f"{label}{self.label_separator}{value}"

    # -- numbers, money, dates (Babel) -------------------------------------------------------

    def number(self, value: float, decimals: int = 1) -> str:
        return _format_number(value, self.babel, decimals)

    def percent(self, share: float) -> str:
        return _format_percent(share, self.babel)

    def in_currency(self, currency: str | None, country: str | None = None) -> Locale:
        """This locale with its amounts in `currency`, the symbol written as `country` writes
        it (None: amounts with no symbol, for a currency nobody named)."""
        return replace(self, currency=currency, money_country=country)

    def money(self, value: float) -> str:
        """Whole units in the locale's own currency pattern ("10 000 €", "€10,000", "£1,800"),
        or a plain number when the currency is unknown."""
        if not self.currency:
            return self.number(value, 0)
        return _format_money(value, self.currency, self.babel, self.money_country)

    def currency_name(self, code: str) -> str:
        """A currency named in a sentence, in the plural (« livres sterling », "US dollars")."""
        from babel.numbers import get_currency_name

        _babel_ready(self.babel)
        return str(get_currency_name(code, count=2, locale=self.babel))

    def date(self, value: dt.date, fmt: str = "long") -> str:
        """A date in a Babel format name or pattern; a pattern the country orders its own way
        is swapped for its own ("d MMM y" → "MMM d, y" in the US)."""
        fmt = next((mine for theirs, mine in self.date_patterns if theirs == fmt), fmt)
        return _format_date(value, self.babel, fmt)

    def parse_date(self, text: str) -> dt.date | None:
        """A date as a person types it: ISO (2027-01-05) or the locale's short form
        (05/01/2027 in French and British English). None when it is neither, or not a real day."""
        from babel.dates import parse_date

        text = text.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        if not any(sep in text for sep in "/.-") or len(text) > 10:
            return None
        _babel_ready(self.babel)
        try:
            parsed: dt.date = parse_date(
                text.replace(".", "/").replace("-", "/"), locale=self.babel, format="short"
            )
        except (ValueError, LookupError):  # Babel's ParseError is a ValueError
            return None
        return parsed


@lru_cache(maxsize=8192)  # the same phrases come back in every strategy built
def _typography(loc: Locale, text: str) -> str:
    parts: list[str] = []
    last = 0
    for match in _URLISH.finditer(text):
        parts.append(_spacing(loc, text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(_spacing(loc, text[last:]))
    return "".join(parts)


# the innermost words between guillemets: a person's own (or a title), quoted
_GUILLEMETS = re.compile("«[^«»]*»")


def _spaced(text: str, space: str) -> Callable[[re.Match[str]], str]:
    """The replacement that puts `space` before a punctuation mark, except where the mark has
    none and stands between guillemets: quoted words keep their own spacing, a space their
    writer put becoming a no-break one (review 30a, W10: an English question quoted in a French
    document read « … on a new home ? »)."""
    quoted = [m.span() for m in _GUILLEMETS.finditer(text)]

    def replace(m: re.Match[str]) -> str:
        bare = len(m.group(0)) == 1  # the mark alone, no space typed before it
        if bare and any(start < m.start() < end for start, end in quoted):
            return m.group(0)
        return space + m.group(0)[-1]

    return replace


def _spacing(loc: Locale, text: str) -> str:
    if loc.space_before_high:
        text = re.sub(_SPACES + "[;!?]", _spaced(text, loc.space_before_high), text)
    if loc.space_before_colon:
        text = re.sub(
            r"(?<=\S)" + _SPACES + r":(?=\s|$)", _spaced(text, loc.space_before_colon), text
        )
    if loc.space_inside_guillemets:
        text = re.sub("«" + _SPACES, "«" + loc.space_inside_guillemets, text)
        text = re.sub(_SPACES + "»", loc.space_inside_guillemets + "»", text)
    if loc.apostrophe:
        text = _APOSTROPHE.sub(loc.apostrophe, text)
    # a sentence must not start with an inserted space (e.g. a "?" alone)
    return text.lstrip(NBSP + NNBSP) if text[:1] in (NBSP, NNBSP) else text


_QUOTED = re.compile(r"\w+://\S+|“[^”]*”|«[^»]*»|\"[^\"]*\"")


@lru_cache(maxsize=8)
def _spelling_pattern(pairs: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    table = {written.lower(): said for written, said in pairs}
    words = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE), table


def _same_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=8192)
def _respell(loc: Locale, text: str) -> str:
    pattern, table = _spelling_pattern(loc.spelling)

    def swap(part: str) -> str:
        return pattern.sub(lambda m: _same_case(m.group(0), table[m.group(0).lower()]), part)

    parts: list[str] = []
    last = 0
    for match in _QUOTED.finditer(text):
        parts.append(swap(text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(swap(text[last:]))
    return "".join(parts)


@cache
def _babel_ready(name: str) -> None:
    """Babel's data for locale `name`, from our cache when an earlier run kept it: Babel reads
    a locale by merging its file into each parent's (fr into root: ~10 ms a process, most of
    an engine run's first call), and the merged result is the same until Babel changes."""
    from babel import __version__ as babel_version
    from babel import localedata

    if name in localedata._cache or not localedata.exists(name):
        return
    from strategy_wizard.base.cache import cached_keyed

    source = Path(localedata._dirname) / f"{name}.dat"
    st = source.stat()
    key = f"{babel_version}|{localedata.__file__}|{name}|{st.st_size}|{st.st_mtime_ns}"
    data = cached_keyed(f"babel-{name}", key, lambda: localedata.load(name))
    localedata._cache.setdefault(name, data)


@lru_cache(maxsize=4096)
def _format_list(items: tuple[str, ...], babel: str) -> str:
    from babel.lists import format_list

    _babel_ready(babel)

    return format_list(list(items), locale=babel) if items else ""


def _finite(format_: Callable[..., str]) -> Callable[..., str]:
    """A Babel formatter that takes any float: NaN and the infinities shown as such (Babel
    raises on them), and a huge number formatted with the precision it needs (Babel rounds
    in the decimal context, whose 28 digits a 1e300 overflows)."""

    def formatted(value: float, *args: Any) -> str:
        import decimal
        import math

        if isinstance(value, float) and not math.isfinite(value):
            return "NaN" if value != value else ("∞" if value > 0 else "−∞")
        with decimal.localcontext() as context:
            digits = int(math.log10(abs(value))) + 1 if value else 1
            context.prec = max(28, digits + 20)
            return format_(value, *args)

    return formatted


# cached outside `_finite`: its decimal context costs more than the cache lookup it guarded
@lru_cache(maxsize=4096)  # pure, and Babel's parsing dominates an engine run
@_finite
def _format_number(value: float, babel: str, decimals: int) -> str:
    from babel.numbers import format_decimal

    _babel_ready(babel)

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=babel)


@lru_cache(maxsize=1024)
@_finite
def _format_percent(share: float, babel: str) -> str:
    from babel.numbers import format_percent

    _babel_ready(babel)

    return format_percent(share, locale=babel)


@lru_cache(maxsize=1024)
@_finite
def _format_money(value: float, currency: str, babel: str, country: str | None = None) -> str:
    from babel import Locale as BabelLocale
    from babel.numbers import format_currency

    _babel_ready(babel)

    pattern = BabelLocale.parse(babel).currency_formats["standard"].pattern
    whole = re.sub(r"\.0+", "", pattern.split(";")[0])
    symbol = _local_symbol(currency, babel, country) or BabelLocale.parse(
        babel
    ).currency_symbols.get(currency, currency)
    if "¤" in whole:
        # the symbol as the country writes it, in the language's pattern; a symbol in letters
        # keeps a space before the figure ("CHF 3,000", CLDR's currency spacing)
        quoted = "'" + symbol.replace("'", "''") + "'"
        if symbol[-1].isalpha() and whole.index("¤") < whole.index("#"):
            quoted += "\u00a0"
        whole = whole.replace("¤", quoted)
    return format_currency(value, currency, format=whole, locale=babel, currency_digits=False)


@lru_cache(maxsize=64)
def _local_symbol(currency: str, babel: str, country: str | None) -> str | None:
    """The symbol a country writes its money with, in this language where Babel knows the
    pair (fr_CA: « $ »), else in English (en_GB: « £ », where French says « £GB »); None when
    the country has no locale of its own (the language's symbol is used)."""
    from babel import Locale as BabelLocale
    from babel.core import UnknownLocaleError

    if not country:
        return None
    language = BabelLocale.parse(babel).language
    for tag in (f"{language}_{country}", f"en_{country}"):
        try:
            symbols = BabelLocale.parse(tag).currency_symbols
        except (UnknownLocaleError, ValueError):
            continue
        found = symbols.get(currency)
        if found and found != currency:
            return str(found)
    return None


@lru_cache(maxsize=4096)
def _format_date(value: dt.date, babel: str, fmt: str) -> str:
    from babel.dates import format_date

    _babel_ready(babel)

    return format_date(value, format=fmt, locale=babel)


# -- the list of languages -------------------------------------------------------------------


@dataclass(frozen=True)
class Languages:
    """Every language of the product, in the order the wizard's switch cycles through them."""

    locales: dict[str, Locale]
    answers_default: str  # the language of an answers file that names none
    messages_default: str  # the language of messages when none is asked
    # (language, country answer) → the language as that country writes it (US English)
    regional: dict[tuple[str, str], Locale] = field(default_factory=dict)
    # the countries whose paper is US Letter, not A4 (a document's default paper)
    letter_paper: tuple[str, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.locales)

    def after(self, code: str) -> str:
        """The next language in the list (the last wraps to the first)."""
        codes = self.codes
        return codes[(codes.index(code) + 1) % len(codes)] if code in codes else codes[0]

    def from_environment(self, value: str | None) -> str | None:
        """The language a POSIX locale string names ("fr_FR.UTF-8" → "fr"), if we have it."""
        if not value:
            return None
        prefix = value.split(".")[0].split("_")[0].lower()
        return prefix if prefix in self.locales else None


def _parse(raw: Any, source: Path) -> Languages:
    def fail(where: str, what: str) -> LanguagesError:
        return LanguagesError(f"{source}: {where}: {what}")

    if not isinstance(raw, dict) or not isinstance(raw.get("languages"), list):
        raise fail("(file)", "expected a mapping with a 'languages' list")
    locales: dict[str, Locale] = {}
    regional: dict[tuple[str, str], Locale] = {}
    spellings = raw.get("spellings") or {}
    if not isinstance(spellings, dict) or not all(
        isinstance(pairs, list) and all(isinstance(p, list) and len(p) == 2 for p in pairs)
        for pairs in spellings.values()
    ):
        raise fail("spellings", "expected a mapping of names to [written, said] pairs")
    required = ("code", "name", "babel", "quotes", "yes", "no", "list_separator")
    for i, entry in enumerate(raw["languages"]):
        where = f"languages[{i}]"
        if not isinstance(entry, dict):
            raise fail(where, "expected a mapping")
        missing = [k for k in required if not entry.get(k)]
        if missing:
            raise fail(where, f"missing {', '.join(missing)}")
        code = str(entry["code"])
        if not re.fullmatch(r"[a-z]{2,3}", code) or code in locales:
            raise fail(where, f"code {code!r} must be 2-3 lower-case letters, used once")
        quotes = entry["quotes"]
        if not (isinstance(quotes, list) and len(quotes) == 2):
            raise fail(where, "quotes must be [opening, closing]")
        known = set(Locale.__dataclass_fields__)
        regions = entry.get("regions") or {}
        unknown = sorted(set(entry) - known - {"regions"})
        if unknown:
            raise fail(where, f"unknown keys {unknown}; allowed: {sorted(known)}")
        values = {k: v for k, v in entry.items() if k != "regions"}
        values.update(code=code, quotes=(str(quotes[0]), str(quotes[1])))
        values.setdefault("phrase_separator", "; ")
        values.setdefault("label_separator", ": ")
        if values.get("scheduler_date", "%d/%m/%Y") not in ("%d/%m/%Y", "%m/%d/%Y"):
            raise fail(where, "scheduler_date must be %d/%m/%Y or %m/%d/%Y")
        values["address_forms"] = tuple(entry.get("address_forms") or ())
        locales[code] = Locale(**values)
        for country, changes in regions.items():
            here = f"{where}.regions.{country}"
            if not isinstance(changes, dict) or set(changes) - known:
                raise fail(here, f"expected a mapping of locale keys; allowed: {sorted(known)}")
            changes = dict(changes)
            if "spelling" in changes:
                if changes["spelling"] not in spellings:
                    raise fail(here, f"spelling {changes['spelling']!r} is not in `spellings`")
                changes["spelling"] = tuple(
                    tuple(map(str, p)) for p in spellings[changes["spelling"]]
                )
            changes["date_patterns"] = tuple(
                (str(k), str(v)) for k, v in (changes.get("date_patterns") or {}).items()
            )
            regional[(code, str(country))] = replace(locales[code], **changes)
    if not locales:
        raise fail("languages", "at least one language is needed")
    defaults = {}
    for key in ("answers_default", "messages_default"):
        value = raw.get(key)
        if value not in locales:
            raise fail(key, f"{value!r} is not one of the languages {list(locales)}")
        defaults[key] = value
    letter = raw.get("letter_paper") or []
    if not isinstance(letter, list):
        raise fail("letter_paper", "expected a list of country codes")
    return Languages(
        locales=locales, regional=regional, letter_paper=tuple(map(str, letter)), **defaults
    )


def _load(folder: Path) -> Languages:
    from strategy_wizard.base.yamlio import YamlError, load_yaml_file

    path = folder / "languages.yaml"
    try:
        raw = load_yaml_file(path)
    except YamlError as exc:
        raise LanguagesError(f"{path}: {exc}") from None
    return _parse(raw, path)


@cache
def languages() -> Languages:
    """The languages of this installation (from the data, through the validated-data cache)."""
    from strategy_wizard.base.cache import cached
    from strategy_wizard.base.resources import resource_dir

    return cached("languages", resource_dir("data"), _load)


def locale_for(code: str, country: str | None = None) -> Locale:
    """The locale of a language code, as the `country` answer's country writes it when the data
    says it has its own way (US English); an unknown code is a programming error (codes are
    checked where they enter: answers files, the command line, the wizard)."""
    langs = languages()
    if country:
        found = langs.regional.get((code, country))
        if found is not None:
            return found
    return langs.locales[code]


def letter_paper(country: str | None) -> bool:
    """Whether a document for this country is printed on US Letter by default, not A4."""
    return bool(country) and country in languages().letter_paper


# -- shorthands, for call sites that hold a language code --------------------------------------


def typography(text: str, lang: Lang) -> str:
    return locale_for(lang).typography(text)


def quote(text: str, lang: Lang) -> str:
    return locale_for(lang).quote(text)


def format_number(value: float, lang: Lang, decimals: int = 1) -> str:
    return locale_for(lang).number(value, decimals)


def format_percent(share: float, lang: Lang) -> str:
    return locale_for(lang).percent(share)


def format_money(
    value: float, lang: Lang, currency: str | None = "EUR", country: str | None = None
) -> str:
    return locale_for(lang, country).in_currency(currency, country).money(value)


def format_date(value: dt.date, lang: Lang, fmt: str = "long") -> str:
    return locale_for(lang).date(value, fmt)


def parse_local_date(text: str, lang: Lang) -> dt.date | None:
    return locale_for(lang).parse_date(text)


def colon(lang: Lang) -> str:
    """Between a label and what follows, as the language writes it."""
    return locale_for(lang).label_separator


def semicolon(lang: Lang) -> str:
    """Between phrases of a list that carry their own commas."""
    return locale_for(lang).phrase_separator
