"""The question bank: questions as data, loaded from `questions/*.yaml` and validated at load.

One YAML file per step, in the order the wizard walks them (the file names sort in that order).
A condition is a structured record (`{question: market, in: [b2b, both]}`), evaluated here without
`eval`, so a trainer can edit the bank without being able to run code.
"""

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from strategy_wizard.base.errors import DataError
from strategy_wizard.base.locale import Lang, languages
from strategy_wizard.model.qtypes import REGISTRY, QuestionType, is_answered, question_type
from strategy_wizard.model.text import Text

if TYPE_CHECKING:
    from strategy_wizard.model.catalogue import Catalogue


class BankError(DataError):
    """A bank file is broken: the message names the file, the question and what is wrong."""


class _Strict(BaseModel):
    # defer_build: the schema is only built when a bank file is validated, which the data
    # cache usually spares us.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class Choice(_Strict):
    code: str
    label: Text
    help: Text | None = None


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """Lower case without accents, so « Vins » and « vin », « thé » and « the » compare alike.
    Cached: the engine folds the same answers and word lists thousands of times a strategy."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """A word as the matchers compare it: lower case, without accents."""
    return _fold(text)


def contains_words(text: str, words: list[str]) -> bool:
    """Whether `text` holds one of `words` (or phrases) whole: « vin » is in « Vins bio » only
    through its plural, written in the list; it is never found inside « vinaigre »."""
    singles, phrases = _split_words(tuple(words))
    tokens = _tokens(text)
    if not singles.isdisjoint(tokens):
        return True
    if not phrases:
        return False
    # a phrase found whole starts with one of the text's words: only those phrases are searched
    if not tokens:  # an entry without a word is found only in a text without one
        return "" in phrases
    starts = phrases.keys() & tokens
    if not starts:
        return False
    folded = _spaced(text)
    return any(p in folded for first in starts for p in phrases[first])


@lru_cache(maxsize=4096)
def _split_words(words: tuple[str, ...]) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """A word list as `contains_words` searches it, found once (the lists are the catalogue's,
    searched thousands of times a strategy): its one-word entries, folded, to meet the text's
    words as a set, and its phrases spaced, to find whole in the spaced text, by their first
    word. (Not one regex per list: compiling a strategy's ~110 lists cost more in a fresh
    process than it saved.)"""
    singles: set[str] = set()
    phrases: dict[str, list[str]] = {}
    for w in words:
        found = _WORD.findall(_fold(w))
        if len(found) == 1:
            singles.add(found[0])
        else:
            phrases.setdefault(found[0] if found else "", []).append(_spaced(w))
    return frozenset(singles), {first: tuple(ps) for first, ps in phrases.items()}


@lru_cache(maxsize=8192)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(_fold(text)))


def found_words(text: str, words: list[str]) -> list[str]:
    """The words or phrases of `words` that `text` holds whole, as the person wrote them
    (« Cidre fermier » for `cidre`): what a default assumed from them can quote back."""
    tokens = [m for m in _WORD.finditer(text)]
    folded = [_fold(m.group()) for m in tokens]
    found = []
    for phrase in words:
        want = _WORD.findall(_fold(phrase))
        for i in range(len(tokens) - len(want) + 1):
            if want and folded[i : i + len(want)] == want:
                found.append(text[tokens[i].start() : tokens[i + len(want) - 1].end()])
                break
    return found


@lru_cache(maxsize=8192)
def _spaced(text: str) -> str:
    """The text's words folded, one space apart and one on each side, for whole-word search.
    Cached like `_fold`: the word lists searched are the catalogue's, the same every call."""
    return " " + " ".join(_WORD.findall(_fold(text))) + " "


_WORD = re.compile(r"[^\W_]+")


class Condition(_Strict):
    """When a question applies. The simple form shows a question only when another answer is
    one of some codes (or, for `multi` questions, contains one of them):
    `{question: market, in: [b2b, both]}`. Conditions combine with `all` (every one holds),
    `any` (at least one holds) and `not`: a question that does not apply to a freelancer or a
    founder alone is `{not: {any: [{question: org_kind, in: [freelance]}, {all: [...]}]}}`.
    An unanswered question makes its simple condition false (so `not` of it true): a question
    is asked until the answers say it does not apply. A text answer is tested with `words`
    instead of `in`: `{question: offer, words: [vin, wine]}` holds when the text contains one of
    them as a whole word or phrase, whatever the case and accents (so a default can follow what
    the person wrote: an offer of wine is assumed to fall under the rules on alcohol)."""

    question: str | None = None
    in_: list[str] | None = Field(None, alias="in", min_length=1)
    words: list[str] | None = Field(None, min_length=1)
    all_: "list[Condition] | None" = Field(None, alias="all", min_length=1)
    any_: "list[Condition] | None" = Field(None, alias="any", min_length=1)
    not_: "Condition | None" = Field(None, alias="not")

    @model_validator(mode="after")
    def _one_form(self) -> "Condition":
        tests = (self.in_ is not None) + (self.words is not None)
        simple = self.question is not None or tests > 0
        forms = [simple, self.all_ is not None, self.any_ is not None, self.not_ is not None]
        if sum(forms) != 1:
            raise ValueError(
                "a condition is one of {question, in}, {question, words}, {all}, {any} or {not}"
            )
        if simple and (self.question is None or tests != 1):
            raise ValueError("a simple condition needs 'question' and one of 'in' or 'words'")
        return self

    def holds(self, answers: Mapping[str, Any]) -> bool:
        if self.all_ is not None:
            return all(c.holds(answers) for c in self.all_)
        if self.any_ is not None:
            return any(c.holds(answers) for c in self.any_)
        if self.not_ is not None:
            return not self.not_.holds(answers)
        value = answers.get(self.question or "")
        if value is None:
            return False
        values = value if isinstance(value, list) else [value]
        if self.words is not None:
            return any(contains_words(str(v), self.words) for v in values)
        return any(str(v) in (self.in_ or []) for v in values)

    def found(self, answers: Mapping[str, Any]) -> list[tuple[str, str]]:
        """The words of text answers that make this condition hold, with their question, as
        written: what an assumption made on them can quote back ("your offer mentions")."""
        if not self.holds(answers):
            return []
        return [
            (leaf.question, said)
            for leaf in self.leaves()
            if leaf.words and leaf.question
            for v in _listed(answers.get(leaf.question))
            for said in found_words(str(v), leaf.words)
        ]

    def leaves(self) -> list["Condition"]:
        """The simple conditions this one is made of."""
        if self.question is not None:
            return [self]
        parts = self.all_ or self.any_ or ([self.not_] if self.not_ else [])
        return [leaf for part in parts for leaf in part.leaves()]

    def questions(self) -> list[str]:
        """The questions whose answers decide this condition."""
        return list(dict.fromkeys(leaf.question for leaf in self.leaves() if leaf.question))


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


class GroupField(_Strict):
    """A field of a `group` question (the target: metric, baseline, value, unit)."""

    id: str
    type: Literal["text", "number"]
    label: Text
    help: Text | None = None
    min: float | None = None  # a number field's bounds (required: see qtypes.py)
    max: float | None = None
    max_length: int | None = Field(default=None, ge=1)  # a text field's (required)


class ConditionalDefault(_Strict):
    """A default that holds only for some answers, tried before the question's own: an
    audience all under 25 is assumed to be addressed informally."""

    when: Condition
    value: Any
    why: Text


class Question(_Strict):
    id: str
    type: str  # a name in the question-type registry (model/qtypes.py)
    label: Text
    help: Text
    teaching: Text
    placeholder: Text | None = None
    required: bool = False
    # Questions sharing a gate name form one gate; it opens when any of them is answered.
    gate: str | None = None
    choices: list[Choice] | None = None
    # `networks` fills the choices from the network catalogue instead of repeating them here.
    choices_from: Literal["networks"] | None = None
    # For `multi` choices that mirror another question, codes of that answer are excluded.
    exclude_answer_of: str | None = None
    # the bounds of a number (numbers) or of a date (dates, YYYY-MM-DD): required for both
    min: float | date | None = None
    max: float | date | None = None
    integer: bool = False
    max_length: int | None = None
    max_items: int | None = None
    # what each item of a `list` is: free text, or a period (« 2026-12-23 – 2027-01-02 »),
    # checked as dates within `min` and `max`
    items: Literal["period"] | None = None
    fields: list[GroupField] | None = None
    when: Condition | None = None
    # What the engine assumes when the answer is missing, and why (listed in the strategy).
    default: Any = None
    default_why: Text | None = None
    default_if: list[ConditionalDefault] = Field(default_factory=list)
    # Asked only in these languages (the tu/vous question: languages that make the difference).
    only_langs: list[str] | None = None

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in REGISTRY:
            raise ValueError(f"unknown type '{value}'; the types are {', '.join(REGISTRY)}")
        return value

    @field_validator("only_langs")
    @classmethod
    def _known_langs(cls, value: list[str] | None) -> list[str] | None:
        codes = languages().codes
        unknown = [c for c in value or [] if c not in codes]
        if unknown:
            raise ValueError(f"unknown languages {unknown}; the languages are {list(codes)}")
        return value

    @model_validator(mode="after")
    def _coherent(self) -> "Question":
        problems = question_type(self.type).definition_problems(self)
        if problems:
            raise ValueError("; ".join(problems))
        if self.choices:
            codes = [c.code for c in self.choices]
            dupes = sorted({c for c in codes if codes.count(c) > 1})
            if dupes:
                raise ValueError(f"duplicate choice codes: {', '.join(dupes)}")
        if (self.default is None) != (self.default_why is None) and not self.required:
            raise ValueError("'default' and 'default_why' go together")
        values = [
            v
            for d in self.default_if
            for v in (d.value if isinstance(d.value, list) else [d.value])
        ]
        unknown = [v for v in values if self.choices and v not in self.codes()]
        if unknown:
            raise ValueError(f"default_if: {unknown} are not codes of this question")
        return self

    def assumed(self, answers: Mapping[str, Any]) -> tuple[Any, Text | None]:
        """What is assumed when this question is unanswered, and why: the first conditional
        default whose condition holds, else the question's own default."""
        rule = next((d for d in self.default_if if d.when.holds(answers)), None)
        return (rule.value, rule.why) if rule else (self.default, self.default_why)

    def assumed_from(self, answers: Mapping[str, Any]) -> list[tuple[str, str]]:
        """The words of the answers a conditional default was assumed from, with their
        question (`offer`, « cidre »): none when the question's own default applies."""
        rule = next((d for d in self.default_if if d.when.holds(answers)), None)
        return rule.when.found(answers) if rule else []

    def suggested(self, answers: Mapping[str, Any]) -> list[tuple[Any, list[tuple[str, str]]]]:
        """Every conditional default the answers' words would have assumed, with those words:
        read beside an answer given, to ask for a check where they disagree (review 12b)."""
        held = ((d.value, d.when.found(answers)) for d in self.default_if if d.when.holds(answers))
        return [(value, words) for value, words in held if words]

    @property
    def kind(self) -> QuestionType:
        """What this question's type does: check, schema, display (model/qtypes.py)."""
        return question_type(self.type)

    def codes(self) -> list[str]:
        """The allowed codes of a choice question (for `choices_from`, filled from the
        catalogue when the bank is loaded)."""
        return [c.code for c in self.choices or []]

    def choice_label(self, code: str, lang: Lang) -> str:
        for choice in self.choices or []:
            if choice.code == code:
                return choice.label(lang)
        return code

    def visible(self, answers: Mapping[str, Any]) -> bool:
        return self.when is None or self.when.holds(answers)

    def asked_in(self, lang: Lang) -> bool:
        """Whether the question is asked in this language (the tu/vous question is not, in
        languages that make no such difference)."""
        return self.only_langs is None or lang in self.only_langs

    def display(self, value: Any, lang: Lang) -> str:
        """An answer as a reader sees it: labels for codes, formatted numbers and dates."""
        from strategy_wizard.base.locale import locale_for

        return self.kind.display(self, value, locale_for(lang))


class Step(_Strict):
    id: str
    title: Text
    intro: Text
    # A gated step opens only once every gate of the bank is answered (the networks come last,
    # once the objective thread is in place).
    gated: bool = False
    questions: list[Question] = Field(min_length=1)


class Bank(_Strict):
    steps: list[Step]

    @model_validator(mode="after")
    def _unique_and_ordered(self) -> "Bank":
        ids = [q.id for s in self.steps for q in s.questions]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"question ids used twice: {', '.join(dupes)}")
        for step in self.steps:
            for q in step.questions:
                conditions = [q.when] if q.when else []
                conditions += [d.when for d in q.default_if]
                for other in (o for c in conditions for o in c.questions()):
                    if other not in ids:
                        raise ValueError(f"{q.id}: condition refers to unknown question '{other}'")
        return self

    @property
    def questions(self) -> list[Question]:
        return [q for s in self.steps for q in s.questions]

    def question(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)

    def step_of(self, qid: str) -> Step:
        for step in self.steps:
            if any(q.id == qid for q in step.questions):
                return step
        raise KeyError(qid)

    def network_ids(self) -> list[str]:
        """The catalogue's network ids, as the bank's network questions offer them."""
        return next((q.codes() for q in self.questions if q.choices_from == "networks"), [])

    def ids(self) -> list[str]:
        return [q.id for q in self.questions]

    def gates(self) -> dict[str, list[str]]:
        """Gate name → the questions any one of which opens it."""
        gates: dict[str, list[str]] = {}
        for q in self.questions:
            if q.gate:
                gates.setdefault(q.gate, []).append(q.id)
        return gates

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)

    def with_networks(self, networks: list[tuple[str, str]]) -> "Bank":
        """The bank with `choices_from: networks` filled from the catalogue's (id, name) pairs:
        the codes a person may answer follow the catalogue without repeating it here."""
        codes = languages().codes
        choices = [
            Choice(code=nid, label=Text.model_validate(dict.fromkeys(codes, name)))
            for nid, name in networks
        ]
        steps = [
            s.model_copy(
                update={
                    "questions": [
                        q.model_copy(update={"choices": choices})
                        if q.choices_from == "networks"
                        else q
                        for q in s.questions
                    ]
                }
            )
            for s in self.steps
        ]
        return self.model_copy(update={"steps": steps})

    def open_gates(self, answers: Mapping[str, Any]) -> tuple[bool, list[str]]:
        """Whether the gated step may open, and the gates still closed."""
        closed = [
            name
            for name, qids in self.gates().items()
            if not any(is_answered(answers.get(q)) for q in qids)
        ]
        return not closed, closed


def _step_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("_"))


def load_bank_from(folder: Path) -> Bank:
    """Load and validate every step file; a broken file raises `BankError` naming the file,
    the question id and what is wrong."""
    from strategy_wizard.base.files import DATA_MAX_BYTES
    from strategy_wizard.base.yamlio import YamlError, load_yaml_file

    steps: list[Step] = []
    for path in _step_files(folder):
        try:
            raw = load_yaml_file(path, DATA_MAX_BYTES)
        except YamlError as exc:
            raise BankError(f"{path}: {exc}") from None
        try:
            steps.append(Step.model_validate(raw))
        except ValidationError as exc:
            raise BankError(_describe(path, raw, exc)) from None
    try:
        bank = Bank(steps=steps)
    except ValidationError as exc:
        raise BankError(f"{folder}: {exc.errors()[0]['msg']}") from None
    return bank


def _describe(path: Path, raw: Any, exc: ValidationError) -> str:
    lines = [f"{path}: invalid question bank file"]
    for err in exc.errors():
        loc = err["loc"]
        where = ".".join(str(p) for p in loc)
        if len(loc) >= 2 and loc[0] == "questions" and isinstance(loc[1], int):
            try:
                qid = raw["questions"][loc[1]].get("id", f"#{loc[1] + 1}")
            except (KeyError, IndexError, TypeError, AttributeError):
                qid = f"#{loc[1] + 1}"
            where = f"question '{qid}', field " + ".".join(str(p) for p in loc[2:])
        lines.append(f"  {where}: {err['msg']}")
    return "\n".join(lines)


@cache
def load_bank() -> Bank:
    """The shipped bank, its network choices filled from the shipped catalogue."""
    from strategy_wizard.base.cache import cached
    from strategy_wizard.base.resources import resource_dir
    from strategy_wizard.model.catalogue import load_catalogue

    catalogue = load_catalogue()
    bank = cached("bank", resource_dir("questions"), load_bank_from)
    bank = bank.with_networks([(n.id, n.name) for n in catalogue.networks])
    check_against_bank(catalogue, bank)
    return bank


def check_against_bank(catalogue: "Catalogue", bank: Bank) -> None:
    """The codes the catalogue scores by are exactly the codes the bank lets a person answer:
    a network scored on an age band no one can choose, or missing one, would score wrongly
    without a word. Raises `CatalogueError` naming the network, the table and the codes."""
    codes = {qid: set(bank.question(qid).codes()) for qid in _SHARED_CODES.values()}
    problems = []
    for net in catalogue.networks:
        for table, qid in _SHARED_CODES.items():
            have = set(getattr(net, table))
            complete = table == "ages"  # every age band must be scored; the others default
            unknown = have - codes[qid]
            missing = codes[qid] - have if complete else set()
            if unknown or missing:
                problems.append(
                    f"networks.yaml, entry '{net.id}', field {table}: "
                    + (f"unknown codes {sorted(unknown)} " if unknown else "")
                    + (f"missing {sorted(missing)} " if missing else "")
                    + f"(the bank's {qid} codes are {sorted(codes[qid])})"
                )
    objectives = {o.code for o in catalogue.objectives}
    if objectives != codes["objective"]:
        problems.append(
            f"objectives.yaml: the objectives are {sorted(objectives)}, the bank's are "
            f"{sorted(codes['objective'])}"
        )
    if problems:
        from strategy_wizard.model.catalogue import CatalogueError

        raise CatalogueError("\n".join(problems))


# catalogue table -> the bank question whose codes it is keyed by
_SHARED_CODES = {
    "ages": "audience_ages",
    "audience_types": "audience_types",
    "formats": "formats",
    "objectives": "objective",
}
