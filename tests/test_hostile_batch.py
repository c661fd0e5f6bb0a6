"""A folder where good answers files sit beside hostile ones (the whole corpus of
tests/hostile/inputs.yaml): a batch render and the trainer's debrief make every good file's
part, and end with what was left out and why. Exit 2 when any file was refused, 1 when one
failed for another reason, 0 when all went through."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run_cli
from tests.hostile import corpus

GOOD = sorted(p.name for p in EXAMPLES.glob("*.yaml"))
# Every answers case but those that only show their problem slowly (each has a timeout).
HOSTILE = [
    c
    for c in corpus.input_cases()
    if "answers" in c.readers
    and "timeout" not in c.spec
    and not (corpus.needs_root(c.make) and not corpus.IS_ROOT)
]
# It once crashed the JSON reader (RecursionError): now refused like any other bad file.
CRASHED_THE_LOADER = next(c for c in HOSTILE if c.name == "deep-nesting.json")
TIMEOUT = 180
MEMORY = 4 << 30


@pytest.fixture(autouse=True)
def _sockets():
    yield
    corpus.close_all()


def room(tmp_path: Path, cases: list[corpus.Case]) -> Path:
    folder = tmp_path / "room"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(EXAMPLES / name, folder / name)
    for case in cases:
        corpus.make(case, folder)
    return folder


def reported(stderr: str) -> dict[str, str]:
    """file name -> status, from the lines `PATH: STATUS: reason` at the end of the run."""
    out = {}
    for line in stderr.splitlines():
        parts = line.split(": ", 2)
        if len(parts) == 3 and parts[1] in ("refused", "failed"):
            out[Path(parts[0]).name] = parts[1]
    return out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_renders_every_good_file_and_lists_the_rest(tmp_path, jobs):
    folder = room(tmp_path, HOSTILE)
    out = tmp_path / "out"
    result = run_cli(
        "render", str(folder), "-f", "json", "-o", str(out), "-j", jobs,
        "--today", "2026-11-24", timeout=TIMEOUT, memory_limit=MEMORY,
    )  # fmt: skip
    err = result.stderr
    assert "Traceback" not in err and "unexpected error" not in err, err
    assert result.returncode == 2, err
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(Path(n).stem + ".json" for n in GOOD), err
    for name in written:
        assert json.loads((out / name).read_text(encoding="utf-8"))["org_name"]
    lines = reported(err)
    assert set(lines) == {corpus.shown(c.name) for c in HOSTILE}, err
    for case in HOSTILE:
        for word in case.expect:
            start = corpus.shown(str(folder / case.name))
            line = next(x for x in err.splitlines() if x.startswith(start))
            if not case.known:
                assert word in line, (word, line)
    assert f"{len(GOOD)} rendered" in err
    assert f"{sum(s == 'refused' for s in lines.values())} refused" in err


def test_one_file_that_fails_is_its_own_failure(tmp_path):
    """Nothing refused, one file failed (its document goes to /dev/full, where the machine
    cannot write it): every other file is written all the same, the failure is listed, exit 1."""
    folder = room(tmp_path, [])
    out = tmp_path / "out"
    out.mkdir()
    full = GOOD[0].replace(".yaml", ".md")
    (out / full).symlink_to("/dev/full")
    result = run_cli(
        "render", str(folder), "-f", "md", "-o", str(out), "-j", "1", "--today", "2026-11-24",
        timeout=TIMEOUT,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert len([p for p in out.glob("*.md") if p.is_file() and not p.is_symlink()]) == len(GOOD) - 1
    assert reported(result.stderr) == {GOOD[0]: "failed"}, result.stderr
    assert "No space left" in result.stderr
    assert result.returncode == 1


def test_a_file_that_crashed_the_loader_is_now_refused_in_a_batch(tmp_path):
    folder = room(tmp_path, [CRASHED_THE_LOADER])
    out = tmp_path / "out"
    result = run_cli(
        "render", str(folder), "-f", "md", "-o", str(out), "-j", "1", "--today", "2026-11-24",
        timeout=TIMEOUT,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert len(list(out.glob("*.md"))) == len(GOOD), result.stderr
    assert reported(result.stderr) == {CRASHED_THE_LOADER.name: "refused"}, result.stderr
    assert result.returncode == 2


def test_two_inputs_with_one_name_get_two_documents(tmp_path):
    """`render a/ b/ -o out/` with `x.yaml` in both: neither document overwrites the other."""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
    shutil.copy(EXAMPLES / "boulangerie-locale.yaml", tmp_path / "a" / "x.yaml")
    shutil.copy(EXAMPLES / "myths-everywhere.yaml", tmp_path / "b" / "x.yaml")
    out = tmp_path / "out"
    result = run_cli(
        "render", str(tmp_path / "a"), str(tmp_path / "b"), "-f", "json", "-o", str(out),
        timeout=TIMEOUT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    names = {json.loads(p.read_text(encoding="utf-8"))["org_name"] for p in out.iterdir()}
    assert len(names) == 2 and sorted(p.name for p in out.iterdir()) == ["x-2.json", "x.json"]


def test_the_debrief_counts_every_good_file_and_lists_the_rest(tmp_path):
    hostile = HOSTILE
    folder = room(tmp_path, hostile)
    result = run_cli(
        "summary", str(folder), "-f", "json", "--lang", "en",
        timeout=TIMEOUT, memory_limit=MEMORY,
    )  # fmt: skip
    err = result.stderr
    assert "Traceback" not in err and "unexpected error" not in err, err
    assert result.returncode == 2, err
    group = json.loads(result.stdout)
    assert group["participants"] == len(GOOD)
    assert {Path(s["file"]).name for s in group["skipped"]} == {c.name for c in hostile}
    assert set(reported(err)) == {corpus.shown(c.name) for c in hostile}, err
    assert f"{len(GOOD)} in the summary" in err


def test_the_debrief_goes_on_past_a_file_that_crashed_the_loader(tmp_path):
    folder = room(tmp_path, [CRASHED_THE_LOADER])
    out = tmp_path / "debrief.md"
    result = run_cli("summary", str(folder), "-o", str(out), "--lang", "en", timeout=TIMEOUT)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    assert f"**Participants**: {len(GOOD)}" in out.read_text(encoding="utf-8")
    assert reported(result.stderr) == {CRASHED_THE_LOADER.name: "refused"}


def test_a_clean_debrief_exits_0(tmp_path):
    folder = room(tmp_path, [])
    result = run_cli("summary", str(folder), "-f", "json", timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["participants"] == len(GOOD)


def test_the_debrief_on_a_terminal_shows_a_hostile_name_escaped(tmp_path):
    """Markdown to standard output is what a trainer reads on the terminal: a file named with
    escape sequences is listed, escaped, and drives nothing."""
    case = next(c for c in HOSTILE if "\x1b" in c.name)
    folder = room(tmp_path, [case])
    result = run_cli("summary", str(folder), "--lang", "en", timeout=TIMEOUT)
    assert result.returncode == 2, result.stderr
    assert "\x1b" not in result.stdout and "\x1b" not in result.stderr
    assert corpus.shown(case.name) in result.stdout
