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
from pathlib import Path
from typing import Any

from strategy_wizard.base.locale import Lang, languages
from strategy_wizard.model.bank import Bank, Question, load_bank
from strategy_wizard.model.messages import message, suggestion
from strategy_wizard.model.messages import show as _show
from strategy_wizard.model.qtypes import is_answered

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
    "calendar",
    "governance",
    "audit",
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

    values: dict[str, Any]  # in the bank's order
    lang: Lang
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
        for qid, value in self.values.items():
            out[qid] = value.isoformat() if isinstance(value, date) else value
        for key in ("notes", "overrides", "meta"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out


def check_value(
    q: Question, value: Any, lang: Lang | None = None, answers: Mapping[str, Any] | None = None
) -> tuple[Any, list[str]]:
    """Check one answer against its question: the normalised value and the problems found.

    Shared by the file loader and the wizard's inline validation, so both say the same thing.
    """
    return q.kind.check(q, value, lang or languages().messages_default, answers)


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
    lang: Lang | None = None,
) -> Answers:
    """Turn parsed data into `Answers`, or raise `AnswersError` listing every problem, in
    `lang` (the language of messages; the default is the data's)."""
    bank = bank or load_bank()
    langs = languages()
    lang = lang or langs.messages_default
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

    file_lang = data.get("lang", langs.answers_default)
    if file_lang not in langs.codes:
        add(
            "lang",
            message("bad_lang", lang, value=_show(file_lang), allowed=", ".join(langs.codes)),
        )
        file_lang = langs.answers_default

    ids = bank.ids()
    for key in data:
        if key not in ids and key not in RESERVED:
            add(key, message("unknown_key", lang, hint=suggestion(key, ids + list(RESERVED), lang)))

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
    overrides = _check_overrides(data.get("overrides"), add, lang, bank.network_ids())

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


def _check_overrides(
    overrides: Any, add: Any, lang: Lang, network_ids: list[str]
) -> dict[str, Any]:
    if overrides is None:
        return {}
    if not isinstance(overrides, dict):
        add("overrides", message("not_mapping", lang, value=_show(overrides)))
        return {}
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
            if nid not in network_ids:
                add(
                    where,
                    message("bad_code", lang, value=_show(nid), allowed=", ".join(network_ids)),
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


def parse_answers_text(
    text: str, source: str = "<answers>", lang: Lang | None = None, bank: Bank | None = None
) -> Answers:
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
    return validate(data, source, text, bank=bank, lang=lang)


def load_answers(path: str | Path, lang: Lang | None = None, bank: Bank | None = None) -> Answers:
    """Read and validate an answers file (YAML or JSON). Raises `AnswersError` with its
    problems in `lang`."""
    from strategy_wizard.base.files import FileRefused, read_text_file

    path = Path(path)
    try:
        text = read_text_file(path)
    except FileRefused as exc:
        raise AnswersError(str(path), [Problem("(file)", str(exc))]) from None
    return parse_answers_text(text, str(path), lang, bank)


def dump_answers(answers: Answers) -> str:
    """The answers as YAML a person can read and edit (keys in bank order, Unicode kept)."""
    import yaml

    return yaml.safe_dump(answers.to_data(), allow_unicode=True, sort_keys=False, width=100)
