"""Hostile outputs (tests/hostile/outputs.yaml): whatever is at a path the tool is told to write
to, every writer treats it by one rule. A regular file or a new path is written atomically and
keeps its mode (a new one gets the umask's); a device or a named pipe is written through and
stays what it was (`-o /dev/null` as root used to delete /dev/null); a disk device, a socket or a
folder is refused, exit 2; a link is followed and stays a link.

Device nodes are made with mknod in the test's own folder (root only), never the machine's."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run_cli
from tests.hostile import corpus

BAKERY = EXAMPLES / "boulangerie-locale.yaml"
UMASK = 0o027
TODAY = "2026-11-24"
CASES = corpus.output_cases()
# the cases each command-line writer is tried on beyond `example` (which takes them all)
SOME = ("kept-0644.out", "pipe-read.out", "pipe-unread.out", "null.out", "link-to-file.out")


@pytest.fixture(autouse=True)
def _sockets():
    yield
    corpus.close_all()


def case_params(names: tuple[str, ...] | None = None) -> list:
    return [
        pytest.param(spec, id=spec["name"])
        for spec in CASES
        if names is None or spec["name"] in names
    ]


def _type(path: Path) -> int:
    return stat.S_IFMT(os.lstat(path).st_mode)


def expected_mode(spec: dict) -> int:
    if spec["make"] == "regular":
        return corpus.mode_of(spec)
    if spec["make"] == "link":
        return expected_mode(spec["target"])
    return 0o666 & ~UMASK


def run_case(spec: dict, folder: Path, write) -> None:
    """Make the case, write to it with `write(path) -> (code, stderr, bytes meant)`, and check
    the outcome the corpus says."""
    path, real = corpus.make_output(spec, folder)
    kinds_before = {p: _type(p) for p in {path, real} if os.path.lexists(p)}
    reader = corpus.PipeReader(real) if spec.get("reader") else None
    try:
        code, err, data = write(path)
    finally:
        got = reader.finish() if reader else None
    assert "Traceback" not in err and "unexpected error" not in err, err
    outcome = spec["outcome"]
    if outcome == "refused":
        assert code == 2, (code, err)
        assert str(path) in err, err
        for word in spec.get("expect", ()):
            assert word in err, (word, err)
        assert {p: _type(p) for p in kinds_before} == kinds_before, "something was replaced"
        return
    assert code == 0, (code, err)
    if spec["make"] == "link":
        assert path.is_symlink(), "the link was replaced by a file"
    if outcome == "through":
        assert _type(real) == kinds_before[real], "the device or pipe was replaced"
        if reader is not None:
            assert got == data, "the reader did not get the document"
        return
    assert stat.S_ISREG(os.lstat(real).st_mode)
    assert real.read_bytes() == data
    assert stat.S_IMODE(os.lstat(real).st_mode) == expected_mode(spec)
    leftovers = [p.name for p in real.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == [], leftovers


# -- the function every writer uses, in this process ----------------------------------------


@pytest.mark.parametrize("spec", case_params())
def test_write_output(tmp_path, spec):
    from strategy_wizard.base.errors import UserError
    from strategy_wizard.base.files import write_output

    data = b"the document\n" * 1000

    def write(path: Path) -> tuple[int, str, bytes]:
        old = os.umask(UMASK)
        try:
            write_output(path, data)
            return 0, "", data
        except UserError as exc:
            return int(exc.code), str(exc), data
        finally:
            os.umask(old)

    run_case(spec, tmp_path, write)


def test_a_pipe_with_no_reader_does_not_hang(tmp_path):
    """The write is attempted at once and refused: no wait for a reader who never comes."""
    pipe = tmp_path / "nobody.md"
    os.mkfifo(pipe)
    result = run_cli("example", "boulangerie-locale", "-o", str(pipe), timeout=20)
    assert result.returncode == 2 and "no program reading" in result.stderr
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


# -- every command-line writer ---------------------------------------------------------------


def cli_writer(args: list[str], meant: bytes):
    def write(path: Path) -> tuple[int, str, bytes]:
        result = run_cli(*args, "-o", str(path), umask=UMASK, timeout=60)
        return result.returncode, result.stderr, meant

    return write


@pytest.mark.parametrize("spec", case_params())
def test_example_output(tmp_path, spec):
    meant = (EXAMPLES / "boulangerie-locale.yaml").read_bytes()
    run_case(spec, tmp_path, cli_writer(["example", "boulangerie-locale"], meant))


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, tuple[list[str], bytes]]:
    """Each writer's arguments, and the bytes it writes (read once from standard output)."""
    folder = tmp_path_factory.mktemp("inputs")
    actuals = folder / "actuals.yaml"
    actuals.write_text("measures:\n  - {date: 2027-02-01, value: 9}\n", encoding="utf-8")
    room = folder / "room"
    room.mkdir()
    for name in ("boulangerie-locale", "myths-everywhere"):
        (room / f"{name}.yaml").write_bytes((EXAMPLES / f"{name}.yaml").read_bytes())
    commands = {
        "render": ["render", str(BAKERY), "-f", "md", "--today", TODAY],
        "summary": ["summary", str(room), "-f", "md", "--lang", "en"],
        "progress": ["progress", str(BAKERY), str(actuals), "-f", "md", "--today", TODAY],
    }
    out = {}
    for name, args in commands.items():
        result = subprocess.run(
            [sys.executable, "-m", "strategy_wizard", *args], capture_output=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
        out[name] = (args, result.stdout)
    return out


@pytest.mark.parametrize("spec", case_params(SOME))
@pytest.mark.parametrize("command", ["render", "summary", "progress"])
def test_command_output(tmp_path, documents, command, spec):
    args, meant = documents[command]
    run_case(spec, tmp_path, cli_writer(args, meant))


def test_a_batch_writes_through_what_its_folder_holds(tmp_path):
    """In a batch's output folder, one document's place is a pipe nobody reads: that one is
    refused and said so, the others are written; a link there is followed, not replaced."""
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / "boulangerie-locale.md")
    elsewhere = tmp_path / "kept.md"
    elsewhere.write_text("old\n", encoding="utf-8")
    elsewhere.chmod(0o644)
    (out / "myths-everywhere.md").symlink_to(elsewhere)
    room = tmp_path / "room"
    room.mkdir()
    for name in ("boulangerie-locale", "myths-everywhere", "recruitment-startup"):
        (room / f"{name}.yaml").write_bytes((EXAMPLES / f"{name}.yaml").read_bytes())
    result = run_cli("render", str(room), "-f", "md", "-o", str(out), "-j", "1", timeout=60)
    assert result.returncode == 2, result.stderr
    assert "boulangerie-locale.yaml: refused" in result.stderr
    assert "no program reading" in result.stderr
    assert "2 rendered" in result.stderr
    assert stat.S_ISFIFO(os.lstat(out / "boulangerie-locale.md").st_mode)
    assert (out / "myths-everywhere.md").is_symlink()
    assert elsewhere.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o644
    assert (out / "recruitment-startup.md").read_text(encoding="utf-8").startswith("# ")


def test_a_batch_output_that_is_not_a_folder(tmp_path):
    target = tmp_path / "out"
    target.write_text("a file\n", encoding="utf-8")
    result = run_cli("render", str(EXAMPLES), "-f", "json", "-o", str(target), timeout=60)
    assert result.returncode == 2, result.stderr
    assert str(target) in result.stderr and "not a folder" in result.stderr
    assert "Traceback" not in result.stderr


# -- the wizard's export -------------------------------------------------------------------


async def export_md(tmp_path: Path, typed: Path) -> str:
    """Export the strategy as Markdown from the result screen, to the path typed; returns the
    status line the person reads."""
    from textual.widgets import Input, Static

    from strategy_wizard.tui.app import create_app

    app = create_app(
        lang="en",
        sessions_folder=tmp_path / "sessions",
        export_folder=tmp_path / "exports",
        answers_path=BAKERY,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.action_result()
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(typed)
        await pilot.click("#export-md")
        await app.workers.wait_for_complete()
        await pilot.pause()
        return str(app.screen.query_one("#export-status", Static).render())


async def test_the_wizard_export_follows_a_link_and_keeps_the_mode(tmp_path):
    real = tmp_path / "shared" / "plan.md"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o644)
    (tmp_path / "plan.md").symlink_to(real)
    status = await export_md(tmp_path, tmp_path / "plan")
    assert "Saved" in status, status
    assert (tmp_path / "plan.md").is_symlink()
    assert real.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(real.stat().st_mode) == 0o644


async def test_the_wizard_export_writes_through_a_pipe(tmp_path):
    pipe = tmp_path / "plan.md"
    os.mkfifo(pipe)
    reader = corpus.PipeReader(pipe)
    try:
        status = await export_md(tmp_path, tmp_path / "plan")
    finally:
        got = reader.finish()
    assert "Saved" in status, status
    assert got.startswith(b"# ") and stat.S_ISFIFO(os.lstat(pipe).st_mode)


async def test_the_wizard_export_to_a_pipe_nobody_reads_says_so(tmp_path):
    pipe = tmp_path / "plan.md"
    os.mkfifo(pipe)
    status = await export_md(tmp_path, tmp_path / "plan")
    assert "Export failed" in status and "no program reading" in status, status
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_output_to_the_standard_output_s_own_name(tmp_path):
    """`-o /proc/self/fd/1` (what /dev/stdout points to) writes to the descriptor the shell
    gave: into the pipe when it is a pipe, appended when `>>` opened a file; never replaced.
    (Tried on /proc/self/fd/1 rather than /dev/stdout: a writer that replaced what it names
    could only fail there, never take the machine's /dev/stdout away.)"""
    args = ["example", "boulangerie-locale", "-o", "/proc/self/fd/1"]
    meant = (EXAMPLES / "boulangerie-locale.yaml").read_text(encoding="utf-8")
    piped = run_cli(*args, timeout=60)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == meant
    log = tmp_path / "log.txt"
    log.write_text("kept\n", encoding="utf-8")
    with log.open("a") as out:
        result = subprocess.run(
            [sys.executable, "-m", "strategy_wizard", *args],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert result.returncode == 0, result.stderr
    assert log.read_text(encoding="utf-8") == "kept\n" + meant
