"""The answers file: reading it, checking it against the question bank, migrating older versions.

Validation is driven by the bank, not by a hand-written model, so a question added to
`questions/*.yaml` is checked (and appears in the JSON Schema) without touching code. Every
problem is collected — not just the first — with the key, the line, the value and what is allowed,
in the user's language, because a person fixing a file wants the whole list at once.
"""

from __future__ import annotations

import math
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
from strategy_wizard.model.qtypes import DAYS, date_of, is_answered

CURRENT_VERSION = 1
RESERVED = ("version", "lang", "meta", "notes", "overrides")
NOTE_MAX = 4000
REASON_MAX = 1000  # an override's reason: a sentence or two, printed beside the network
MAX_LISTED = 20  # unknown keys listed one by one; a file of thousands gets their count
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


# A key as YAML (block style, at the start of a line) or JSON ("key":, anywhere) writes it.
_KEY = re.compile(
    r"""^([ \t]*)(?:-[ \t]+)?"""  # a block key: its indentation, after a list's dash or not
    r"""(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'#:{}\[\],-][^:\n]*?))[ \t]*:(?=[ \t]|$)"""
    r"""|"((?:[^"\\\n]|\\.)*)"[ \t]*:""",  # a JSON (or flow) key, anywhere
    re.MULTILINE,
)


class _Lines:
    """Where each key of a file is written, found in one pass over the text the first time a
    problem needs a line (a file of forty thousand unknown keys is not scanned forty thousand
    times)."""

    def __init__(self, text: str | None) -> None:
        self.text = text
        self._index: dict[str, list[tuple[int, int]]] | None = None

    def _build(self) -> dict[str, list[tuple[int, int]]]:
        index: dict[str, list[tuple[int, int]]] = {}
        text = self.text or ""
        line, last = 1, 0
        for m in _KEY.finditer(text):
            line += text.count("\n", last, m.start())
            last = m.start()
            key = next(g for g in m.groups()[1:] if g is not None)
            indent = len(m.group(1)) if m.group(1) is not None else -1
            index.setdefault(key, []).append((line, indent))
        return index

    def of(self, key: str) -> int | None:
        """The line of `key`, a path (`overrides.networks.x.reason`, `topics[2]`): its first
        part at the top level, each next part the first one after it."""
        if not self.text or key == "(file)":
            return None
        if self._index is None:
            self._index = self._build()
        found: int | None = None
        for i, part in enumerate(re.sub(r"\[\d+\]", "", key).split(".")):
            places = self._index.get(part, [])
            if i == 0:  # the top level's, when there is one
                places = [p for p in places if p[1] == 0] or places
            line = next((ln for ln, _ in places if found is None or ln >= found), None)
            if line is None:
                return found
            found = line
        return found


def validate(
    data: Any,
    source: str = "<answers>",
    text: str | None = None,
    bank: Bank | None = None,
    lang: Lang | None = None,
) -> Answers:
    """Turn parsed data into `Answers`, or raise `AnswersError` listing every problem, in
    `lang` (the language of messages; the default is the data's)."""
    from strategy_wizard.base.jsonio import lone_surrogate, surrogate_problem
    from strategy_wizard.base.yamlio import MAX_DEPTH, path_text, too_deep

    bank = bank or load_bank()
    langs = languages()
    lang = lang or langs.messages_default
    problems: list[Problem] = []
    lines = _Lines(text)

    def add(key: str, msg: str) -> None:
        problems.append(Problem(key, msg, lines.of(key)))

    if data is None or data == "" or data == {}:
        raise AnswersError(source, [Problem("(file)", message("empty", lang))])
    if not isinstance(data, dict):
        raise AnswersError(source, [Problem("(file)", message("not_top_mapping", lang))])
    # what the readers refuse in a file, refused here too for data given in-process (the wizard,
    # the API): a text no renderer can write, data no recursive walk can go through
    deep = too_deep(data)
    if deep is not None:
        add(path_text(deep), f"nested more than {MAX_DEPTH} levels deep")
        raise AnswersError(source, problems)
    lone = lone_surrogate(data)
    if lone is not None:
        add(path_text(lone[0]), surrogate_problem(lone[1]))
        raise AnswersError(source, problems)
    data = {str(_tame(k)): _tame(v) for k, v in data.items()}

    version_raw = data.get("version", CURRENT_VERSION)
    version_text = str(version_raw).strip() if isinstance(version_raw, int | str) else ""
    version = (
        int(version_text)
        if not isinstance(version_raw, bool)
        and version_text.isascii()
        and version_text.isdigit()
        and len(version_text) < 6
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
    unknown = [key for key in data if key not in ids and key not in RESERVED]
    for key in unknown[:MAX_LISTED]:
        hint = suggestion(key, ids + list(RESERVED), lang) if len(key) <= 100 else ""
        shown = key if len(key) <= 60 else key[:57] + "…"
        problems.append(Problem(shown, message("unknown_key", lang, hint=hint), lines.of(key)))
    if len(unknown) > MAX_LISTED:
        more = len(unknown) - MAX_LISTED
        add("(file)", f"and {more:,} more unknown keys (the first {MAX_LISTED} are listed)")

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
    elif meta.get("strategy_date") is not None:  # the day `progress` rebuilds the strategy on
        day = date_of(meta["strategy_date"])
        if day is None:
            add("meta.strategy_date", message("not_date", lang, value=_show(meta["strategy_date"])))
        elif not DAYS[0] <= day <= DAYS[1]:
            allowed = f"{DAYS[0].isoformat()} – {DAYS[1].isoformat()}"
            add("meta.strategy_date", message("range", lang, value=_show(day), allowed=allowed))
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


def _tame(value: Any) -> Any:
    """`value` with every integer of more than a hundred digits made infinite: no answer needs
    one, every bound refuses infinity, and Python will not even write out one of more than
    4,300 digits (the readers keep such a number as its text; data given in-process, through
    the wizard or the API, gets here as it is). Nesting is bounded before this is called."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 332:
        return math.inf if value > 0 else -math.inf
    if isinstance(value, dict):
        return {_tame(k): _tame(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_tame(v) for v in value]
    return value


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
        elif len(text) > NOTE_MAX:
            add(f"notes.{key}", message("too_long", lang, n=len(text), max=NOTE_MAX))
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
            if reason is not None and len(reason.strip()) > REASON_MAX:
                n = len(reason.strip())
                add(f"{where}.reason", message("too_long", lang, n=n, max=REASON_MAX))
                continue
            nets[nid] = {"role": role, "reason": (reason or "").strip()}
        out["networks"] = nets
    return out


def parse_answers_text(
    text: str, source: str = "<answers>", lang: Lang | None = None, bank: Bank | None = None
) -> Answers:
    from strategy_wizard.base.jsonio import JsonError, parse_json
    from strategy_wizard.base.yamlio import YamlError, parse_yaml

    try:
        data = parse_json(text) if text.lstrip().startswith("{") else parse_yaml(text)
    except (JsonError, YamlError) as exc:
        key = exc.key or "(file)"
        line = exc.line or _Lines(text).of(key)
        raise AnswersError(source, [Problem(key, exc.reason, line)]) from None
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
