"""Hostile values inside the files a person gives (tests/hostile/values.yaml), through the real
command line: numbers too big to compute or to be a float, NaN and infinities, dates whose plan
would run past year 9999, texts far past their limit, keys given twice, lone surrogates, deep
nesting. Each is refused with exit 2 and a message naming the key and what is allowed — by
`check`, and by `render`, which must agree; the extreme but valid cases pass `check` and render
in every format."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import BASE, EXAMPLES, run_cli

HERE = Path(__file__).resolve().parent / "hostile"
CASES: list[dict] = yaml.safe_load((HERE / "values.yaml").read_text(encoding="utf-8"))
BAKERY = EXAMPLES / "boulangerie-locale.yaml"
MEMORY = 4 << 30


def expand(text: str) -> str:
    """`<<x*N>>` written out: x, N times."""
    return re.sub(r"<<(.+?)\*(\d+)>>", lambda m: m.group(1) * int(m.group(2)), text)


def case_file(case: dict, folder: Path) -> Path:
    text = expand(case["text"])
    if case.get("reader") == "actuals":
        path = folder / f"{case['name']}.yaml"
        path.write_text(text, encoding="utf-8")
        return path
    if case.get("format") == "json":
        keys = set(re.findall(r'"([^"]+)"\s*:', text))
        rest = {k: v for k, v in BASE.items() if k not in keys}
        path = folder / f"{case['name']}.json"
        path.write_text(json.dumps(rest)[:-1] + ", " + text + "}", encoding="utf-8")
        return path
    keys = set(re.findall(r"^([^\s:]+):", text, flags=re.MULTILINE))
    rest = {k: v for k, v in BASE.items() if k not in keys}
    path = folder / f"{case['name']}.yaml"
    path.write_text(yaml.safe_dump(rest, allow_unicode=True) + text + "\n", encoding="utf-8")
    return path


def cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, timeout=timeout, memory_limit=MEMORY)


def assert_refused(result: subprocess.CompletedProcess[str], path: Path, case: dict) -> None:
    err = result.stderr
    assert "Traceback" not in err and "unexpected error" not in err, err
    assert result.returncode == 2, (result.returncode, err)
    assert path.name in err, err
    said = err.replace(str(path), "")  # the words must be the message's, not the file name's
    for word in case["expect"]:
        assert str(word) in said, (word, err)
    assert len(err) < 4000, f"a message a person can read, not {len(err):,} characters"


def ids(cases: list[dict]) -> list:
    return [pytest.param(c, id=c["name"]) for c in cases]


REFUSED = [c for c in CASES if c["expect"] != "ok"]
ANSWERS = [c for c in REFUSED if c.get("reader", "answers") == "answers"]
ACTUALS = [c for c in REFUSED if c.get("reader") == "actuals"]
VALID = [c for c in CASES if c["expect"] == "ok"]


@pytest.mark.parametrize("case", ids(ANSWERS))
def test_check_refuses_the_value_by_its_key(tmp_path, case):
    path = case_file(case, tmp_path)
    assert_refused(cli("check", str(path), timeout=case.get("timeout", 30)), path, case)


@pytest.mark.parametrize("case", ids(ANSWERS))
def test_render_refuses_what_check_refuses(tmp_path, case):
    path = case_file(case, tmp_path)
    out = tmp_path / "out.json"
    result = cli("render", str(path), "-o", str(out), timeout=case.get("timeout", 30))
    assert_refused(result, path, case)
    assert not out.exists()


@pytest.mark.parametrize("case", ids(ACTUALS))
def test_progress_refuses_the_measure_by_its_key(tmp_path, case):
    path = case_file(case, tmp_path)
    result = cli("progress", str(BAKERY), str(path), "-f", "json", "--today", "2026-11-24")
    assert_refused(result, path, case)
    assert result.stdout == ""


@pytest.mark.parametrize("case", ids(VALID))
def test_extreme_but_valid_answers_check_and_render_in_every_format(tmp_path, case):
    from strategy_wizard.render.formats import FORMATS

    path = case_file(case, tmp_path)
    result = cli("check", str(path))
    assert result.returncode == 0, result.stderr
    for fmt in FORMATS:
        # a bundle (one scheduler file per network) goes to a folder
        out = tmp_path / (f"out-{fmt.name}" if fmt.bundle else f"out.{fmt.name}")
        result = cli("render", str(path), "-f", fmt.name, "-o", str(out), "--today", "2026-11-24")
        assert result.returncode == 0, (fmt.name, result.stderr)
        assert "Traceback" not in result.stderr
        if fmt.bundle and not out.exists():  # a plan that opens without posting
            assert "nothing to schedule" in result.stderr, result.stderr
            continue
        written = sorted(out.iterdir()) if fmt.bundle else [out]
        assert written and all(f.stat().st_size > 50 for f in written), fmt.name
        assert fmt.bundle or out.stat().st_size > 500, fmt.name


@pytest.mark.parametrize("flag", ["render", "progress"])
@pytest.mark.parametrize("day", ["9999-12-31", "1066-10-14"])
def test_a_today_outside_the_bounds_is_refused(tmp_path, flag, day):
    args = ["render", str(BAKERY), "-f", "json"]
    if flag == "progress":
        actuals = tmp_path / "a.yaml"
        actuals.write_text("measures: [{date: 2027-03-01, value: 3}]\n", encoding="utf-8")
        args = ["progress", str(BAKERY), str(actuals), "-f", "json"]
    result = cli(*args, "--today", day)
    assert result.returncode == 2, result.stderr
    assert "--today" in result.stderr and "2100-12-31" in result.stderr
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr


# -- a strategy saved as JSON is read back: its numbers are input too ---------------------

SAVED = {
    "money-1e300": (("budget", "money_per_year_eur"), 1e300, "ok"),
    "hours-1e300": (("networks", 0, "hours_per_week"), 1e300, "ok"),
    "end-9999": (("plan", 0, "end"), "9999-12-31", "ok"),
    "money-nan": (("budget", "money_per_year_eur"), float("nan"), "finite"),
    "kpi-infinity": (("kpis", 0, "targets", 0, "value"), float("inf"), "finite"),
}


@pytest.fixture(scope="module")
def saved_strategy(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("saved") / "plan.json"
    result = run_cli("render", str(BAKERY), "-o", str(out), "--today", "2026-11-24")
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SAVED))
def test_a_saved_strategy_with_odd_numbers_renders_or_is_refused(tmp_path, saved_strategy, name):
    where, value, outcome = SAVED[name]
    data = json.loads(json.dumps(saved_strategy))
    target = data
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = value
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    for fmt in ("md", "html", "ics", "json", "pdf"):
        result = cli("render", str(path), "-f", fmt, "-o", str(tmp_path / f"x.{fmt}"))
        assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
        if outcome == "ok":
            assert result.returncode == 0, (fmt, result.stderr)
        else:
            assert result.returncode == 2, (fmt, result.stderr)
            assert outcome in result.stderr and ".".join(map(str, where)) in result.stderr
            break  # refused when read, whatever the format
