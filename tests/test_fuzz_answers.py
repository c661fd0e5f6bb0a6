"""Fuzzing the answers loader: whatever an answers file holds — generated mappings mixing valid
and invalid keys and values, nested junk, huge and odd numbers, odd Unicode, or generated YAML
and JSON text — it is accepted or refused with a clear list of problems, never anything else;
and whatever is accepted (what `check` says ok to) renders in every text format. In this
process for speed, plus a few runs of the real command line: exit 0 or 2, never a traceback.
"""

from __future__ import annotations

import json
import math
import random
import tempfile
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from strategy_wizard.model.answers import AnswersError, parse_answers_text, validate
from strategy_wizard.model.bank import load_bank
from tests.conftest import BASE, TODAY, build, run_cli

BANK = load_bank()
IDS = BANK.ids()

# -- values -------------------------------------------------------------------------------------

ODD_TEXT = [
    "",
    " ",
    "\x00",
    "\x1b[2J\x1b]0;pwned\x07",
    "\u202eRTL\u202c",
    "\ud800",  # a lone surrogate (JSON can carry one)
    "\udfff x",
    "😀" * 50,
    "e\u0301" * 30,
    "\uffff\ufffe",
    "{x} {0} %s %(a)s {{ s }} {% if %}",
    "<script>alert(1)</script>",
    "</style><style>@import 'http://127.0.0.1:9/x.css';</style>",
    "x" * 201,
    "x" * 4001,
    "y" * 100_000,
    "9" * 5000,
    "1:0:0:0:0",
    "0x1F",
    "1e400",
    "nan",
    "-inf",
    "12,5",
    "9999-12-31",
    "0001-01-01",
    "2026-02-30",
    "2100-12-31",
    "2000-01-01",
    "yes",
]
HUGE_NUMBERS = [
    10**309,
    -(10**309),
    10**4299,
    2**63,
    10**9,
    10**9 + 1,
    1e308,
    -1e308,
    1e-308,
    -0.0,
    math.inf,
    -math.inf,
    math.nan,
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from(HUGE_NUMBERS),
    st.builds(lambda: 10**4400),  # more digits than Python writes out (its int-string limit)
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.text(st.characters(exclude_categories=()), max_size=10),  # surrogates too
    st.sampled_from(ODD_TEXT),
    st.dates(date(1, 1, 1), date(9999, 12, 31)).map(date.isoformat),
)
junk = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def deep(n: int) -> object:
    value: object = "x"
    for _ in range(n):
        value = [value]
    return value


def valid_value(qid: str, rng: random.Random) -> object:
    """A valid answer drawn by the question's own type; now and then an extreme one: a bound,
    or a text of odd characters as long as allowed."""
    q = BANK.question(qid)
    odd = rng.random() < 0.4
    if odd and q.type in ("text", "longtext"):
        limit = q.max_length or (200 if q.type == "text" else 4000)
        text = rng.choice([t for t in ODD_TEXT if t.strip() and t.isprintable()] + ODD_TEXT[2:5])
        return (text * (limit // max(1, len(text)) + 1))[:limit].strip() or "x"
    if odd and q.type in ("number", "date") and q.min is not None and q.max is not None:
        bound = rng.choice([q.min, q.max])
        return bound.isoformat() if isinstance(bound, date) else bound
    if odd and q.type == "list" and q.items is None:  # a list of periods: its own sample
        count = rng.randint(1, q.max_items or 50)
        return [rng.choice(ODD_TEXT[:13])[:300] or "x" for _ in range(count)]
    return q.kind.sample(q, rng)


@st.composite
def answers_data(draw) -> dict:
    """BASE, with some keys given other values (valid ones drawn from the question's own type,
    or junk), some removed, some unknown keys added, and the consultant's blocks tried."""
    data: dict = dict(BASE)
    rng = draw(st.randoms(use_true_random=False))
    for qid in draw(st.lists(st.sampled_from(IDS), max_size=6, unique=True)):
        choice = draw(st.integers(0, 9))
        if choice < 6:
            data[qid] = valid_value(qid, rng)
        elif choice < 8:
            data.pop(qid, None)
        else:
            data[qid] = draw(junk)
    if draw(st.integers(0, 6)) == 0:
        data[draw(st.text(max_size=12) | st.sampled_from(["Org_Name", "hours", "meta"]))] = draw(
            junk
        )
    if draw(st.integers(0, 3)) == 0:
        data["target"] = draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "metric": scalars,
                    "baseline": scalars,
                    "value": scalars,
                    "unit": scalars,
                    "other": junk,
                },
            )
        )
    if draw(st.integers(0, 4)) == 0:
        net = draw(st.sampled_from([*BANK.network_ids(), "myspace"]))
        spec = {"role": draw(st.sampled_from(["primary", "avoid", "boss", None]))}
        spec["reason"] = draw(scalars | st.sampled_from(["r" * 1000, "r" * 1001]))
        data["overrides"] = draw(st.sampled_from([{"networks": {net: spec}}, spec, [spec]]))
    if draw(st.integers(0, 4)) == 0:
        data["notes"] = draw(st.dictionaries(st.sampled_from(["summary", "kpis", "x"]), scalars))
    if draw(st.integers(0, 6)) == 0:
        data["meta"] = {"strategy_date": draw(scalars)}
    if draw(st.integers(0, 8)) == 0:
        data[draw(st.sampled_from(["notes", "topics", "target"]))] = deep(draw(st.integers(45, 60)))
    if draw(st.integers(0, 12)) == 0:
        data["version"] = draw(scalars | st.sampled_from([0, 1, "1", 2]))
    return data


BIG = "1" + "0" * 4400


def _writable(value: object) -> object:
    """`value` with the integers Python cannot write out (more than 4,300 digits) as a mark,
    put back as digits in the text."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 14_000:
        return "@BIG@"
    if isinstance(value, dict):
        return {_writable(k): _writable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_writable(v) for v in value]
    return value


def check_refusal(exc: AnswersError) -> None:
    assert exc.problems, "a refusal lists its problems"
    for problem in exc.problems:
        text = str(problem)
        assert text and len(text) < 1000, text
        text.encode("utf-8")  # printable: no lone surrogate in a message
    assert len(exc.problems) <= 100
    event(f"refused: {exc.problems[0].message.split(';')[0][:30]}")


def renders_everywhere(answers) -> None:
    """What is accepted renders as JSON, Markdown, HTML and a calendar, and its JSON is read
    back as a strategy."""
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions, render

    strategy = build(answers, TODAY)
    for fmt in ("json", "md", "html", "ics"):
        data = render(strategy, fmt, RenderOptions())
        assert data and data.decode("utf-8")
    Strategy.model_validate_json(render(strategy, "json", RenderOptions()))


FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(data=answers_data())
def test_fuzz_mappings_are_accepted_and_render_or_are_refused_clearly(data):
    try:
        answers = validate(data)
    except AnswersError as exc:
        check_refusal(exc)
        return
    event("accepted")
    renders_everywhere(answers)


# -- text ---------------------------------------------------------------------------------------

TOKENS = [
    "org_name", "hours_per_week", "target", "value", "start_date", "notes", "overrides",
    "meta", ":", ": ", "\n", "  ", "- ", "[", "]", "{", "}", ",", '"', "'", "&a", "*a",
    "!!python/object",
    "? ", "|", ">", "#", "---", "...", "1" * 400, "9" * 4400, "1:0:0", ".inf", ".nan", "-.inf",
    "1e400", "0x10", "2026-02-30", "9999-12-31", "~", "null", "yes", "é", "\t", "\\ud800",
    "\\u0000", "NaN", "Infinity", "\u202e", "😀", "x" * 300,
]  # fmt: skip


@st.composite
def answers_text(draw) -> str:
    """An answers file's text: a generated mapping written as YAML or JSON, then perhaps
    damaged, a key doubled, tokens spliced in; or tokens alone."""
    kind = draw(st.integers(0, 3))
    if kind == 3:
        return "".join(draw(st.lists(st.sampled_from(TOKENS), max_size=40)))
    data = _writable(draw(answers_data()))
    if kind == 0:
        try:
            text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        except (yaml.YAMLError, UnicodeEncodeError):
            text = yaml.safe_dump({k: str(v) for k, v in data.items() if isinstance(k, str)})
    else:
        indent = draw(st.sampled_from([None, 1]))
        text = json.dumps(data, ensure_ascii=kind == 1, default=str, indent=indent)
    for mark in ('"@BIG@"', "'@BIG@'", "@BIG@"):
        text = text.replace(mark, BIG)
    if draw(st.booleans()):  # damage: splice tokens in, double a line, cut
        lines = text.splitlines(keepends=True)
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        how = draw(st.integers(0, 2))
        if how == 0 and lines:
            lines.insert(at, lines[at])
        elif how == 1:
            lines.insert(at, "".join(draw(st.lists(st.sampled_from(TOKENS), max_size=6))))
        else:
            lines = lines[:at]
        text = "".join(lines)
    return text


@FUZZ
@given(text=answers_text())
def test_fuzz_text_is_accepted_and_renders_or_is_refused_clearly(text):
    try:
        answers = parse_answers_text(text, "fuzz.yaml")
    except AnswersError as exc:
        check_refusal(exc)
        return
    event("accepted")
    renders_everywhere(answers)


# -- a few runs of the real command line -------------------------------------------------------


@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=answers_text(), name=st.sampled_from(["a.yaml", "a.json"]))
def test_fuzz_the_command_line_ends_in_0_or_2(text, name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        checked = run_cli("check", str(path), timeout=120)
        assert checked.returncode in (0, 2), checked.stderr
        assert "Traceback" not in checked.stderr and "unexpected error" not in checked.stderr
        for fmt in ("json", "md"):
            rendered = run_cli(
                "render", str(path), "-f", fmt, "-o", str(Path(folder) / f"x.{fmt}"),
                "--today", "2026-11-24", timeout=120,
            )  # fmt: skip
            assert rendered.returncode == checked.returncode, (fmt, rendered.stderr)
            assert "Traceback" not in rendered.stderr


def test_a_long_unknown_tag_is_refused_in_a_message_one_can_read():
    """Found by the fuzz test in CI: « !!python/object9999… » (thousands of characters) was
    quoted whole in the refusal, 4,512 characters for one line."""
    with pytest.raises(AnswersError) as caught:
        parse_answers_text("!!python/object" + "9" * 4000, "fuzz.yaml")
    problems = [str(p) for p in caught.value.problems]
    assert problems and all(len(p) < 300 for p in problems), problems
    assert "not valid YAML" in problems[0] and "..." in problems[0]
