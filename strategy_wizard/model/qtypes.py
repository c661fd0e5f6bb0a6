"""The question types, one class each: how an answer of that type is checked, described in the
JSON Schema, shown to a reader, and sampled for the property tests.

One registry instead of parallel `if q.type == …` chains in the loader, the schema, the engine
and the tests: adding a type is a class here and one line in the wizard's map of widgets
(`tui/widgets/question.py`), and a test fails until both exist.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from strategy_wizard.base.locale import Lang, Locale
from strategy_wizard.model.messages import message, show, suggestion

if TYPE_CHECKING:
    from strategy_wizard.model.bank import Question

Checked = tuple[Any, list[str]]  # the normalised value (None when refused) and the problems

TEXT_MAX = 200
LONGTEXT_MAX = 4000
# The days a strategy may be built on (`--today`, the wizard's saved `meta.strategy_date`, a
# progress measure's day): the engine counts months from them, and a far one would run its
# plan past year 9999. A date question's own bounds are in the bank.
DAYS = (date(2000, 1, 1), date(2100, 12, 31))
ITEM_MAX = 300
ITEMS_MAX = 50


class QuestionType:
    """What one type of question does at each stage. Subclasses set `name` and override."""

    name: ClassVar[str]
    takes_choices: ClassVar[bool] = False
    # what `min` and `max` bound (and must: every number and date is bounded where it enters)
    bounds: ClassVar[type | None] = None
    takes_fields: ClassVar[bool] = False

    def definition_problems(self, q: Question) -> list[str]:
        """What is wrong with a question of this type as the bank defines it."""
        problems = []
        bounds = self.bounds_for(q)
        if self.takes_choices and not (q.choices or q.choices_from):
            problems.append(f"a '{self.name}' question needs 'choices' or 'choices_from'")
        if not self.takes_choices and (q.choices or q.choices_from):
            problems.append(f"a '{self.name}' question takes no choices")
        if q.items is not None and not isinstance(self, ListType):
            problems.append("only 'list' questions take 'items'")
        if self.takes_fields and not q.fields:
            problems.append(f"a '{self.name}' question needs 'fields'")
        if bounds is None and (q.min is not None or q.max is not None):
            problems.append(
                "only 'number' and 'date' questions and lists of periods take min and max"
            )
        if bounds is not None:
            what = "numbers" if bounds is float else "dates (YYYY-MM-DD)"
            for key in ("min", "max"):
                bound = getattr(q, key)
                if bound is None:
                    problems.append(f"a '{self.name}' question needs '{key}' (answers are bounded)")
                elif not isinstance(bound, bounds) or (
                    isinstance(bound, float) and not math.isfinite(bound)
                ):
                    problems.append(f"'{key}' of a '{self.name}' question must be {what}")
            lo, hi = _floats(q) if bounds is float else _dates(q)
            if lo is not None and hi is not None and lo > hi:  # type: ignore[operator]
                problems.append("'min' is above 'max'")
        for f in q.fields or []:
            if f.type == "number" and not (
                f.min is not None and f.max is not None and math.isfinite(f.min + f.max)
            ):
                problems.append(f"the number field '{f.id}' needs 'min' and 'max' (finite)")
            if f.type == "text" and f.max_length is None:
                problems.append(f"the text field '{f.id}' needs 'max_length'")
            if f.type != "text" and f.max_length is not None:
                problems.append(f"only text fields take 'max_length' ('{f.id}')")
            if f.type != "number" and (f.min is not None or f.max is not None):
                problems.append(f"only number fields take 'min' and 'max' ('{f.id}')")
        return problems

    def bounds_for(self, q: Question) -> type | None:
        """What `min` and `max` bound for this question (a list of periods: its days)."""
        return self.bounds

    def check(
        self, q: Question, value: Any, lang: Lang, answers: Mapping[str, Any] | None = None
    ) -> Checked:
        raise NotImplementedError

    def schema(self, q: Question) -> dict[str, Any]:
        raise NotImplementedError

    def display(self, q: Question, value: Any, loc: Locale) -> str:
        return str(value)

    def sample(self, q: Question, rng: random.Random) -> Any:
        """A valid answer, for the property tests (they draw `rng` from hypothesis)."""
        raise NotImplementedError


REGISTRY: dict[str, QuestionType] = {}


def register(cls: type[QuestionType]) -> type[QuestionType]:
    REGISTRY[cls.name] = cls()
    return cls


def question_type(name: str) -> QuestionType:
    return REGISTRY[name]


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | dict):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


def _refuse(kind: str, lang: Lang, **fields: object) -> Checked:
    return None, [message(kind, lang, **fields)]


# Letters of several scripts, digits, and the characters that break naive escaping in HTML,
# Markdown, YAML and str.format: what a person may type, for the property tests to try.
_SAMPLE_CHARS = (
    "abcdefghijklmnopqrstuvwxyzÉéèàçôœÅß0123456789АБВгд中文日本語🙂{}<>&\"'*_#|\\%$@[]()!?;:«»-"
)


def _sample_text(rng: random.Random, words: int = 4) -> str:
    text = " ".join(
        "".join(rng.choice(_SAMPLE_CHARS) for _ in range(rng.randint(1, 9)))
        for _ in range(rng.randint(1, words))
    )
    return text.strip() or "x"


@register
class TextType(QuestionType):
    name = "text"
    default_max = TEXT_MAX

    def check(
        self, q: Question, value: Any, lang: Lang, answers: Mapping[str, Any] | None = None
    ) -> Checked:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return _refuse("not_text", lang, value=show(value))
        text = str(value).strip()
        limit = q.max_length or self.default_max
        if len(text) > limit:
            return _refuse("too_long", lang, n=len(text), max=limit)
        return text, []

    def schema(self, q: Question) -> dict[str, Any]:
        return {"type": "string", "maxLength": q.max_length or self.default_max}

    def sample(self, q: Question, rng: random.Random) -> Any:
        return _sample_text(rng)[: q.max_length or self.default_max]


@register
class LongTextType(TextType):
    name = "longtext"
    default_max = LONGTEXT_MAX


@register
class ListType(QuestionType):
    """Several short texts; with `items: period`, date ranges (closures, holidays)."""

    name = "list"

    def bounds_for(self, q: Question) -> type | None:
        return date if q.items == "period" else None

    def check(
        self, q: Question, value: Any, lang: Lang, answers: Mapping[str, Any] | None = None
    ) -> Checked:
        if isinstance(value, str):
            value = value.split("\n")
        if not isinstance(value, list) or any(isinstance(v, dict | list) for v in value):
            return _refuse("not_list", lang, value=show(value))
        items = [str(v).strip() for v in value if v is not None and str(v).strip()]
        limit = q.max_items or ITEMS_MAX
        if len(items) > limit:
            return _refuse("too_many", lang, n=len(items), max=limit)
        too_long = [i for i in items if len(i) > ITEM_MAX]
        if too_long:
            return _refuse("too_long", lang, n=len(too_long[0]), max=ITEM_MAX)
        if q.items == "period":
            return _periods(q, items, lang)
        return items, []

    def schema(self, q: Question) -> dict[str, Any]:
        item: dict[str, Any] = {"type": "string", "maxLength": ITEM_MAX}
        if q.items == "period":
            item["pattern"] = PERIOD_PATTERN
        return {"type": "array", "items": item, "maxItems": q.max_items or ITEMS_MAX}

    def display(self, q: Question, value: Any, loc: Locale) -> str:
        if q.items == "period":
            shown = [
                loc.date(a) if a == b else f"{loc.date(a)} – {loc.date(b)}"
                for a, b in periods_of(value)
            ]
            return loc.join_phrases(shown) or "—"
        return loc.join_phrases([str(v) for v in value]) or "—"

    def sample(self, q: Question, rng: random.Random) -> Any:
        count = rng.randint(0, min(6, q.max_items or 6))
        if q.items == "period":
            lo, hi = _dates(q)
            lo = max(lo or date(2024, 1, 1), date(2024, 1, 1))
            hi = min(hi or date(2030, 12, 31), date(2030, 12, 31))
            out = []
            for _ in range(count):
                first = lo + timedelta(days=rng.randint(0, max(0, (hi - lo).days - 30)))
                last = first + timedelta(days=rng.randint(0, 30))
                out.append(_period_text(first, min(last, hi)))
            return out
        return [_sample_text(rng) for _ in range(count)]


# A period as a list item is written (`items: period`): its first and last days, YYYY-MM-DD,
# joined by a dash or a word (« 2026-12-23 – 2027-01-02 », « du 2026-12-23 au 2027-01-02 »,
# "2026-12-23 to 2027-01-02"), or one day alone.
_ISO = r"\d{4}-\d{2}-\d{2}"
_JOIN = r"(?:-|–|—|→|\.\.|/|to|until|till|au|à|a|jusqu'au|jusqu’au)"
_OPEN = r"(?:from|du|le)"
PERIOD_PATTERN = rf"^\s*(?:{_OPEN}\s+)?({_ISO})(?:\s*{_JOIN}\s*({_ISO}))?\s*$"
_PERIOD = re.compile(PERIOD_PATTERN, re.IGNORECASE)


def _period_text(first: date, last: date) -> str:
    """A period as the answers keep it: « 2026-12-23 – 2027-01-02 », one day alone as itself."""
    return first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"


def period_of(text: str) -> tuple[date, date] | None:
    """A period's first and last days as a list item writes them; None when it is none."""
    match = _PERIOD.match(str(text))
    if match is None:
        return None
    first, last = date_of(match.group(1)), date_of(match.group(2) or match.group(1))
    return (first, last) if first is not None and last is not None else None


def periods_of(value: Any) -> list[tuple[date, date]]:
    """The periods of a checked answer (`items: period`), in the order given."""
    items = value if isinstance(value, list) else []
    return [p for p in (period_of(str(v)) for v in items) if p is not None]


def _periods(q: Question, items: list[str], lang: Lang) -> Checked:
    """Each item a period within the bank's bounds, its last day not before its first: kept in
    one spelling (« 2026-12-23 – 2027-01-02 »)."""
    lo, hi = _dates(q)
    out: list[str] = []
    problems: list[str] = []
    for item in items:
        found = period_of(item)
        if found is None:
            problems.append(message("not_period", lang, value=show(item)))
            continue
        first, last = found
        if last < first:
            problems.append(message("period_backwards", lang, value=show(item)))
        elif (lo is not None and first < lo) or (hi is not None and last > hi):
            problems.append(message("range", lang, value=show(item), allowed=_allowed(lo, hi)))
        else:
            out.append(_period_text(first, last))
    return (None if problems else out), problems


def _code(value: Any) -> str | None:
    return (
        str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else None
    )


@register
class ChoiceType(QuestionType):
    name = "choice"
    takes_choices = True

    def check(
        self, q: Question, value: Any, lang: Lang, answers: Mapping[str, Any] | None = None
    ) -> Checked:
        codes = q.codes()
        if isinstance(value, bool) and "yes" in codes:
            # YAML 1.1 reads a bare `yes`/`no` as a boolean; take it as the person meant it.
            value = "yes" if value else "no"
        code = _code(value)
        if code not in codes:
            return _refuse("bad_code", lang, value=show(value), allowed=", ".join(codes))
        return code, []

    def schema(self, q: Question) -> dict[str, Any]:
        codes = q.codes()
        enum: list[Any] = list(codes)
        enum += [int(c) for c in codes if c.isdigit()]  # horizon codes read as numbers too
        return {"enum": enum}

    def display(self, q: Question, value: Any, loc: Locale) -> str:
        return q.choice_label(str(value), loc.code)

    def sample(self, q: Question, rng: random.Random) -> Any:
        return rng.choice(q.codes())


@register
class MultiType(QuestionType):
    name = "multi"
    takes_choices = True

    def check(
        self, q: Question, value: Any, lang: Lang, answers: Mapping[str, Any] | None = None
    ) -> Checked:
        values = value if isinstance(value, list) else [value]
        codes = q.codes()
        excluded = answers.get(q.exclude_answer_of) if (answers and q.exclude_answer_of) else None
        out: list[str] = []
        problems: list[str] = []
        for v in values:
            code = _code(v)
            if code not in codes:
                problems.append(message("bad_code", lang, value=show(v), allowed=", ".join(codes)))
            elif code in out:
                problems.append(message("duplicate", lang, value=show(v)))
            elif excluded is not None and code == excluded:
                problems.append(message("primary_excluded", lang, value=show(v)))
            else:
                out.append(code)
        return (None if problems else out), problems

    def schema(self, q: Question) -> dict[str, Any]:
        return {"type": "array", "items": {"enum": q.codes()}, "uniqueItems": True}

    def display(self, q: Question, value: Any, loc: Locale) -> str:
        return loc.join([q.choice_label(str(v), loc.code) for v in value]) or "—"

    def sample(self, q: Question, rng: random.Random) -> Any:
        codes = q.codes()
        return rng.sample(codes, rng.randint(0, min(5, len(codes))))


def number_of(value: Any) -> float | None:
    """A number as a person writes it (decimal comma accepted), or None. An integer too big
    for a float is infinite here, so that the bounds refuse it like any number out of range
    (the YAML and JSON readers keep a number of more than a hundred digits as its text, which
    reads as infinite too)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        try:
            return float(value)
        except OverflowError:
            return math.inf if value > 0 else -math.inf
    if isinstance(value, float):
        return value
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        if len(text) > 5000:  # float() reads any length, but no answer is this long
            return math.inf if text.lstrip("+").isdigit() else None
        try:
            return float(text)
        except ValueError:
            return None
    return None


def out_of_bounds(x: float, lo: float | None, hi: float | None) -> bool:
    """NaN, an infinity, or a number outside [lo, hi]."""
    return not math.isfinite(x) or (lo is not None and x < lo) or (hi is not None and x > hi)


def _clean_number(x: float, integer: bool) -> int | float:
    return int(x) if integer or x.is_integer() else x


def _bound(x: float | date | None) -> str:
    if x is None:
        return "?"
    if isinstance(x, date):
        return x.isoformat()
    return str(int(x)) if float(x).is_integer() else str(x)


def _allowed(lo: float | date | None, hi: float | date | None) -> str:
    return f"{_bound(lo)} – {_bound(hi)}" if hi is not None else f"≥ {_bound(lo)}"


def _floats(q: Question) -> tuple[float | None, float | None]:
    lo, hi = q.min, q.max
    return (
        lo if isinstance(lo, float) else None,
        hi if isinstance(hi, float) else None,
    )


def _dates(q: Question) -> tuple[date | None, date | None]:
    lo, hi = q.min, q.max
    return (lo if isinstance(lo, date) else None, hi if isinstance(hi, date) else None)


@register
class NumberType(QuestionType):
    name = "number"
    bounds = float

    def check(
        self, q: Question, value: Any, lang: Lang, answers: Mapping[str, Any] | None = None
    ) -> Checked:
        x = number_of(value)
        if x is None:
            return _refuse("not_number", lang, value=show(value))
        lo, hi = _floats(q)
        if out_of_bounds(x, lo, hi):  # NaN and the infinities too
            return _refuse("range", lang, value=show(value), allowed=_allowed(lo, hi))
        if q.integer and not x.is_integer():
            return _refuse("not_integer", lang, value=show(value))
        return _clean_number(x, q.integer), []

    def schema(self, q: Question) -> dict[str, Any]:
        s: dict[str, Any] = {"type": "integer" if q.integer else "number"}
        lo, hi = _floats(q)
        if lo is not None:
            s["minimum"] = lo
        if hi is not None:
            s["maximum"] = hi
        return s

    def display(self, q: Question, value: Any, loc: Locale) -> str:
        return loc.number(value)

    def sample(self, q: Question, rng: random.Random) -> Any:
        lo, hi = _floats(q)
        lo, hi = lo or 0, hi if hi is not None else 100_000
        if q.integer:
            return rng.randint(int(lo), int(hi))
        return round(rng.uniform(lo, hi), 2)


def date_of(value: Any) -> date | None:
    """A date as a file writes it (YYYY-MM-DD), or None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str | int) or isinstance(value, bool) or len(str(value)) > 40:
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        return None


@register
class DateType(QuestionType):
    """A day, within the bank's `min` and `max` (the plan adds months to a start date: a far
    one would run past year 9999)."""

    name = "date"
    bounds = date

    def check(
        self, q: Question, value: Any, lang: Lang, answers: Mapping[str, Any] | None = None
    ) -> Checked:
        day = date_of(value)
        if day is None:
            return _refuse("not_date", lang, value=show(value))
        lo, hi = _dates(q)
        if (lo is not None and day < lo) or (hi is not None and day > hi):
            return _refuse("range", lang, value=show(day), allowed=_allowed(lo, hi))
        return day, []

    def schema(self, q: Question) -> dict[str, Any]:
        s: dict[str, Any] = {"type": "string", "format": "date"}
        lo, hi = _dates(q)
        # the bounds, in the vocabulary of ajv-formats (read by editors that know it)
        if lo is not None:
            s["formatMinimum"] = lo.isoformat()
        if hi is not None:
            s["formatMaximum"] = hi.isoformat()
        return s

    def display(self, q: Question, value: Any, loc: Locale) -> str:
        return loc.date(value)

    def sample(self, q: Question, rng: random.Random) -> Any:
        lo, hi = _dates(q)
        lo = max(lo or date(2024, 1, 1), date(2024, 1, 1))
        hi = min(hi or date(2030, 12, 31), lo + timedelta(days=7 * 365))
        return lo + timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


def _field_display(item: Any, loc: Locale) -> str:
    return loc.number(item) if isinstance(item, int | float) else str(item)


@register
class GroupType(QuestionType):
    """Several named fields answered together (the target: metric, baseline, value, unit)."""

    name = "group"
    takes_fields = True

    def check(
        self, q: Question, value: Any, lang: Lang, answers: Mapping[str, Any] | None = None
    ) -> Checked:
        if not isinstance(value, dict):
            return _refuse("not_mapping", lang, value=show(value))
        result: dict[str, Any] = {}
        problems: list[str] = []
        known = {f.id: f for f in q.fields or []}
        for key, sub in value.items():
            f = known.get(str(key))
            if f is None:
                hint = suggestion(str(key), list(known), lang)
                problems.append(f"{key}: " + message("unknown_key", lang, hint=hint))
                continue
            if sub is None or sub == "":
                continue
            if f.type == "number":
                x = number_of(sub)
                if x is None:
                    problems.append(f"{key}: " + message("not_number", lang, value=show(sub)))
                elif out_of_bounds(x, f.min, f.max):  # NaN and the infinities too
                    allowed = _allowed(f.min, f.max)
                    problems.append(
                        f"{key}: " + message("range", lang, value=show(sub), allowed=allowed)
                    )
                else:
                    result[f.id] = _clean_number(x, False)
            elif isinstance(sub, dict | list | bool):
                problems.append(f"{key}: " + message("not_text", lang, value=show(sub)))
            else:
                text = str(sub).strip()
                limit = f.max_length or TEXT_MAX
                if len(text) > limit:  # refused, never cut: the person would not know
                    problems.append(f"{key}: " + message("too_long", lang, n=len(text), max=limit))
                else:
                    result[f.id] = text
        return (None if problems else result), problems

    def schema(self, q: Question) -> dict[str, Any]:
        props: dict[str, Any] = {}
        for f in q.fields or []:
            if f.type == "number":
                props[f.id] = {"type": "number"}
                if f.min is not None:
                    props[f.id]["minimum"] = f.min
                if f.max is not None:
                    props[f.id]["maximum"] = f.max
            else:
                props[f.id] = {"type": "string", "maxLength": f.max_length or TEXT_MAX}
            props[f.id]["description"] = f.label.raw(_schema_lang())
        return {"type": "object", "properties": props, "additionalProperties": False}

    def display(self, q: Question, value: Any, loc: Locale) -> str:
        """A group read under its own labels ("Today: 20; Target: 35"), never as raw keys."""
        labels = {f.id: f for f in q.fields or []}
        parts = []
        for key, item in value.items():
            if is_answered(item) and key in labels:
                f = labels[key]
                parts.append(loc.label(f.label(loc.code), _field_display(item, loc)))
            elif is_answered(item):
                parts.append(loc.label(key, str(item)))
        return loc.join_phrases(parts)

    def sample(self, q: Question, rng: random.Random) -> Any:
        out: dict[str, Any] = {}
        for f in q.fields or []:
            if f.type == "number":
                hi = f.max if f.max is not None else 50_000
                out[f.id] = round(rng.uniform(f.min or 0, min(hi, 50_000)), 1)
            else:
                out[f.id] = _sample_text(rng, 2)[: f.max_length or TEXT_MAX]
        return out


def _schema_lang() -> str:
    from strategy_wizard.base.locale import languages

    return languages().messages_default
