"""The answers file: reading it, checking it against the question bank, migrating older versions.

Validation is driven by the bank, not by a hand-written model, so a question added to
`questions/*.yaml` is checked (and appears in the JSON Schema) without touching code. Every
problem is collected — not just the first — with the key, the line, the value and what is allowed,
in the user's language, because a person fixing a file wants the whole list at once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from strategy_wizard.base.locale import Lang
from strategy_wizard.model.bank import Bank, Question, is_answered, load_bank
from strategy_wizard.model.text import Text

CURRENT_VERSION = 1
RESERVED = ("version", "lang", "meta", "notes", "overrides")
NOTE_SECTIONS = (
    "summary",
    "objective",
    "thread",
    "networks",
    "editorial",
    "routine",
    "plan",
    "kpis",
    "relays",
    "budget",
    "warnings",
)
ROLES = ("primary", "secondary", "listen", "avoid")

# Renamed keys by version: a file of version N has its keys renamed before it is read as N+1.
# Version 0 is the pre-release beta format, whose files are still around in workshops.
MIGRATIONS: dict[int, dict[str, str]] = {
    0: {
        "weekly_hours": "hours_per_week",
        "horizon": "horizon_months",
        "budget_eur": "monthly_budget_eur",
        "audience": "audience_description",
    },
}


@cache
def _messages() -> dict[str, Text]:
    from strategy_wizard.base.resources import resource_dir
    from strategy_wizard.base.yamlio import load_yaml_file

    raw = load_yaml_file(resource_dir("data") / "messages.yaml")
    return {key: Text.model_validate(value) for key, value in raw.items()}


def message(kind: str, lang: Lang, **fields: object) -> str:
    """A validation message in the user's language, from `data/messages.yaml`."""
    return _messages()[kind](lang, **fields).strip()


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an answers file."""

    key: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}, " if self.line else ""
        return f"{where}{self.key}: {self.message}"


class AnswersError(Exception):
    """The file was refused; `problems` lists every reason."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(f"{source}: {p}" for p in problems))


@dataclass
class Answers:
    """Validated, normalised answers. `values` holds only answered questions."""

    values: dict[str, Any]
    lang: Lang = "fr"
    version: int = CURRENT_VERSION
    meta: dict[str, Any] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, Any] = field(default_factory=dict)
    migrated_from: int | None = None

    def get(self, qid: str, default: Any = None) -> Any:
        return self.values.get(qid, default)

    def to_data(self) -> dict[str, Any]:
        """The answers as a file would hold them (dates as ISO strings), in bank order."""
        out: dict[str, Any] = {"version": CURRENT_VERSION, "lang": self.lang}
        bank = load_bank()
        for qid in bank.ids():
            if qid in self.values:
                value = self.values[qid]
                out[qid] = value.isoformat() if isinstance(value, date) else value
        for key in ("notes", "overrides", "meta"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out


def _show(value: Any) -> str:
    import json

    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


def _clean_number(x: float, integer: bool) -> int | float:
    return int(x) if integer or x.is_integer() else x


def check_value(
    q: Question, value: Any, lang: Lang = "en", answers: Mapping[str, Any] | None = None
) -> tuple[Any, list[str]]:
    """Check one answer against its question: the normalised value and the problems found.

    Shared by the file loader and the wizard's inline validation, so both say the same thing.
    """
    problems: list[str] = []

    def bad(kind: str, **fields: object) -> tuple[Any, list[str]]:
        problems.append(message(kind, lang, **fields))
        return None, problems

    if q.type in ("text", "longtext"):
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return bad("not_text", value=_show(value))
        text = str(value).strip()
        limit = q.max_length or (200 if q.type == "text" else 4000)
        if len(text) > limit:
            return bad("too_long", n=len(text), max=limit)
        return text, problems
    if q.type == "list":
        if isinstance(value, str):
            value = [line for line in re.split(r"\n", value)]
        if not isinstance(value, list) or any(isinstance(v, dict | list) for v in value):
            return bad("not_list", value=_show(value))
        items = [str(v).strip() for v in value if v is not None and str(v).strip()]
        limit = q.max_items or 50
        if len(items) > limit:
            return bad("too_many", n=len(items), max=limit)
        too_long = [i for i in items if len(i) > 300]
        if too_long:
            return bad("too_long", n=len(too_long[0]), max=300)
        return items, problems
    if q.type == "choice":
        codes = q.codes()
        if isinstance(value, bool) and "yes" in codes:
            # YAML 1.1 reads a bare `yes`/`no` as a boolean; take it as the person meant it.
            value = "yes" if value else "no"
        code = (
            str(value).strip()
            if isinstance(value, str | int) and not isinstance(value, bool)
            else None
        )
        if code not in codes:
            return bad("bad_code", value=_show(value), allowed=", ".join(codes))
        return code, problems
    if q.type == "multi":
        values = value if isinstance(value, list) else [value]
        codes = q.codes()
        excluded = answers.get(q.exclude_answer_of) if (answers and q.exclude_answer_of) else None
        out: list[str] = []
        for v in values:
            code = str(v).strip() if isinstance(v, str | int) and not isinstance(v, bool) else None
            if code not in codes:
                problems.append(message("bad_code", lang, value=_show(v), allowed=", ".join(codes)))
            elif code in out:
                problems.append(message("duplicate", lang, value=_show(v)))
            elif excluded is not None and code == excluded:
                problems.append(message("primary_excluded", lang, value=_show(v)))
            else:
                out.append(code)
        return (None if problems else out), problems
    if q.type == "number":
        x = _number(value)
        if x is None:
            return bad("not_number", value=_show(value))
        if q.integer and not x.is_integer():
            return bad("not_integer", value=_show(value))
        lo, hi = q.min, q.max
        if (lo is not None and x < lo) or (hi is not None and x > hi) or x != x:
            allowed = f"{_fmt(lo)} – {_fmt(hi)}" if hi is not None else f"≥ {_fmt(lo)}"
            return bad("range", value=_show(value), allowed=allowed)
        return _clean_number(x, q.integer), problems
    if q.type == "date":
        if isinstance(value, date):
            return value, problems
        try:
            return date.fromisoformat(str(value).strip()), problems
        except ValueError:
            return bad("not_date", value=_show(value))
    if q.type == "group":
        if not isinstance(value, dict):
            return bad("not_mapping", value=_show(value))
        result: dict[str, Any] = {}
        known = {f.id: f for f in q.fields or []}
        for key, sub in value.items():
            f = known.get(str(key))
            if f is None:
                problems.append(
                    f"{key}: "
                    + message("unknown_key", lang, hint=_hint(str(key), list(known), lang))
                )
                continue
            if sub is None or sub == "":
                continue
            if f.type == "number":
                x = _number(sub)
                if x is None:
                    problems.append(f"{key}: " + message("not_number", lang, value=_show(sub)))
                elif (f.min is not None and x < f.min) or (f.max is not None and x > f.max):
                    problems.append(
                        f"{key}: "
                        + message(
                            "range",
                            lang,
                            value=_show(sub),
                            allowed=f"≥ {_fmt(f.min)}"
                            if f.max is None
                            else f"{_fmt(f.min)} – {_fmt(f.max)}",
                        )
                    )
                else:
                    result[f.id] = _clean_number(x, False)
            else:
                if isinstance(sub, dict | list | bool):
                    problems.append(f"{key}: " + message("not_text", lang, value=_show(sub)))
                else:
                    result[f.id] = str(sub).strip()[:200]
        return (None if problems else result), problems
    raise AssertionError(q.type)  # pragma: no cover - the bank model forbids other types


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else str(x)


def _hint(key: str, known: list[str], lang: Lang = "en") -> str:
    import difflib

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return message("did_you_mean", lang, key=close[0]) if close else ""


def _line_of(text: str | None, key: str) -> int | None:
    if not text:
        return None
    m = re.search(rf'^["\']?{re.escape(key)}["\']?\s*:', text, flags=re.MULTILINE)
    if m is None:
        m = re.search(rf'"{re.escape(key)}"\s*:', text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def validate(
    data: Any,
    source: str = "<answers>",
    text: str | None = None,
    bank: Bank | None = None,
    lang: Lang = "en",
) -> Answers:
    """Turn parsed data into `Answers`, or raise `AnswersError` listing every problem."""
    bank = bank or load_bank()
    problems: list[Problem] = []

    def add(key: str, msg: str) -> None:
        problems.append(Problem(key, msg, _line_of(text, key)))

    if data is None or data == "" or data == {}:
        raise AnswersError(source, [Problem("(file)", message("empty", lang))])
    if not isinstance(data, dict):
        raise AnswersError(source, [Problem("(file)", message("not_top_mapping", lang))])
    data = {str(k): v for k, v in data.items()}

    version_raw = data.get("version", CURRENT_VERSION)
    version = (
        int(version_raw)
        if isinstance(version_raw, int | str) and str(version_raw).strip().isdigit()
        else None
    )
    if version is None or version > CURRENT_VERSION:
        add("version", message("bad_version", lang, value=_show(version_raw), max=CURRENT_VERSION))
        raise AnswersError(source, problems)
    migrated_from = version if version < CURRENT_VERSION else None
    for v in range(version, CURRENT_VERSION):
        for old, new in MIGRATIONS.get(v, {}).items():
            if old in data and new not in data:
                data[new] = data.pop(old)

    file_lang = data.get("lang", "fr")
    if file_lang not in ("fr", "en"):
        add("lang", message("bad_lang", lang, value=_show(file_lang)))
        file_lang = "fr"

    ids = bank.ids()
    for key in data:
        if key not in ids and key not in RESERVED:
            add(key, message("unknown_key", lang, hint=_hint(key, ids + list(RESERVED), lang)))

    values: dict[str, Any] = {}
    for q in bank.questions:
        raw = data.get(q.id)
        if not is_answered(raw):
            if q.required:
                add(q.id, message("required", lang))
            continue
        value, issues = check_value(q, raw, lang, values)
        for issue in issues:
            add(q.id, issue)
        if value is not None and is_answered(value):
            values[q.id] = value

    meta = data.get("meta") or {}
    if not isinstance(meta, dict):
        add("meta", message("not_mapping", lang, value=_show(meta)))
        meta = {}
    notes = _check_notes(data.get("notes"), add, lang)
    overrides = _check_overrides(data.get("overrides"), add, lang)

    if problems:
        raise AnswersError(source, problems)
    return Answers(
        values=values,
        lang=file_lang,
        version=CURRENT_VERSION,
        meta=meta,
        notes=notes,
        overrides=overrides,
        migrated_from=migrated_from,
    )


def _check_notes(notes: Any, add: Any, lang: Lang) -> dict[str, str]:
    if notes is None:
        return {}
    if not isinstance(notes, dict):
        add("notes", message("not_mapping", lang, value=_show(notes)))
        return {}
    out: dict[str, str] = {}
    for key, text in notes.items():
        if key not in NOTE_SECTIONS:
            add(
                f"notes.{key}",
                message("bad_code", lang, value=_show(key), allowed=", ".join(NOTE_SECTIONS)),
            )
        elif not isinstance(text, str):
            add(f"notes.{key}", message("not_text", lang, value=_show(text)))
        elif len(text) > 4000:
            add(f"notes.{key}", message("too_long", lang, n=len(text), max=4000))
        elif text.strip():
            out[key] = text.strip()
    return out


def _check_overrides(overrides: Any, add: Any, lang: Lang) -> dict[str, Any]:
    if overrides is None:
        return {}
    if not isinstance(overrides, dict):
        add("overrides", message("not_mapping", lang, value=_show(overrides)))
        return {}
    from strategy_wizard.model.catalogue import NETWORK_IDS

    out: dict[str, Any] = {}
    for key, value in overrides.items():
        if key != "networks":
            add(f"overrides.{key}", message("bad_code", lang, value=_show(key), allowed="networks"))
            continue
        if not isinstance(value, dict):
            add("overrides.networks", message("not_mapping", lang, value=_show(value)))
            continue
        nets: dict[str, dict[str, Any]] = {}
        for nid, spec in value.items():
            where = f"overrides.networks.{nid}"
            if nid not in NETWORK_IDS:
                add(
                    where,
                    message("bad_code", lang, value=_show(nid), allowed=", ".join(NETWORK_IDS)),
                )
                continue
            if not isinstance(spec, dict):
                add(where, message("not_mapping", lang, value=_show(spec)))
                continue
            role = spec.get("role")
            if role not in ROLES:
                add(
                    f"{where}.role",
                    message("bad_code", lang, value=_show(role), allowed=", ".join(ROLES)),
                )
                continue
            extra = [k for k in spec if k not in ("role", "reason")]
            for k in extra:
                add(f"{where}.{k}", message("unknown_key", lang, hint=" (role, reason)"))
            reason = spec.get("reason")
            if reason is not None and not isinstance(reason, str):
                add(f"{where}.reason", message("not_text", lang, value=_show(reason)))
                continue
            nets[nid] = {"role": role, "reason": (reason or "").strip()}
        out["networks"] = nets
    return out


def parse_answers_text(text: str, source: str = "<answers>", lang: Lang = "en") -> Answers:
    import json

    from strategy_wizard.base.yamlio import YamlError, parse_yaml

    try:
        data = json.loads(text) if text.lstrip().startswith("{") else parse_yaml(text)
    except json.JSONDecodeError as exc:
        raise AnswersError(
            source, [Problem("(file)", f"not valid JSON ({exc.msg})", exc.lineno)]
        ) from None
    except YamlError as exc:
        raise AnswersError(source, [Problem("(file)", exc.reason, exc.line)]) from None
    return validate(data, source, text, lang=lang)


def load_answers(path: str | Path, lang: Lang = "en") -> Answers:
    """Read and validate an answers file (YAML or JSON). Raises `AnswersError`."""
    from strategy_wizard.base.files import FileRefused, read_text_file

    path = Path(path)
    try:
        text = read_text_file(path)
    except FileRefused as exc:
        raise AnswersError(str(path), [Problem("(file)", str(exc))]) from None
    return parse_answers_text(text, str(path), lang)


def dump_answers(answers: Answers) -> str:
    """The answers as YAML a person can read and edit (keys in bank order, Unicode kept)."""
    import yaml

    return yaml.safe_dump(answers.to_data(), allow_unicode=True, sort_keys=False, width=100)


SchemaKind = Literal["json"]
