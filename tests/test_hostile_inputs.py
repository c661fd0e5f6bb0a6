"""Hostile inputs (tests/hostile/inputs.yaml) through every reader of a file a person names: the
answers (`check`), the progress measures (`progress`), the brand file and its logo (`render
--brand`). Each is refused at once with the file's name and the reason, exit 2: a named pipe
does not hang the tool, /dev/zero does not eat the memory, a device is never read.

The session file, the wizard's reader, is in tests/test_tui_sessions.py."""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run_cli
from tests.hostile import corpus

BAKERY = EXAMPLES / "boulangerie-locale.yaml"
TIMEOUT = 30  # seconds: a hang shows as a failure, not as a stuck suite
MEMORY = 4 << 30  # address space: a runaway read fails in the child, not on the machine

CASES = corpus.input_cases()


@pytest.fixture(autouse=True)
def _sockets():
    yield
    corpus.close_all()


def params(reader: str) -> list:
    out = []
    for case in CASES:
        if reader not in case.readers:
            continue
        marks = [pytest.mark.xfail(strict=True, reason=case.known)] if case.known else []
        out.append(pytest.param(case, id=case.name, marks=marks))
    return out


def assert_refused(result: subprocess.CompletedProcess[str], case: corpus.Case) -> None:
    err = result.stderr
    assert "Traceback" not in err and "unexpected error" not in err, err
    assert result.returncode == 2, (result.returncode, err)
    assert corpus.shown(case.name) in err, err
    for word in case.expect:
        assert word in err, (word, err)
    assert "\x1b" not in err, "a control character from the file reached the terminal"


def cli(*args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, timeout=timeout, memory_limit=MEMORY)


@pytest.mark.parametrize("case", params("answers"))
def test_an_answers_file(tmp_path, case):
    path = corpus.make(case, tmp_path)
    assert_refused(cli("check", str(path), timeout=case.spec.get("timeout", TIMEOUT)), case)


@pytest.mark.parametrize("case", params("answers"))
def test_an_answers_file_given_to_render(tmp_path, case):
    """`render` reads the same files as `check` (and tells a saved strategy's JSON by its
    content): it refuses each the same way."""
    path = corpus.make(case, tmp_path)
    out = tmp_path / "out.json"
    result = cli("render", str(path), "-o", str(out), timeout=case.spec.get("timeout", TIMEOUT))
    assert_refused(result, case)
    assert not out.exists()


@pytest.mark.parametrize("case", params("actuals"))
def test_a_progress_file(tmp_path, case):
    path = corpus.make(case, tmp_path)
    result = cli("progress", str(BAKERY), str(path), "-f", "json", "--today", "2026-11-24")
    assert_refused(result, case)
    assert result.stdout == ""


@pytest.mark.parametrize("case", params("brand"))
def test_a_brand_file(tmp_path, case):
    path = corpus.make(case, tmp_path)
    result = cli("render", str(BAKERY), "-f", "json", "--brand", str(path))
    assert_refused(result, case)
    assert result.stdout == ""


@pytest.mark.parametrize("case", params("logo"))
def test_a_logo(tmp_path, case):
    path = corpus.make(case, tmp_path)
    brand = tmp_path / "brand.yaml"
    brand.write_text(f"firm_name: Cabinet\nfirm_logo: {path.name}\n", encoding="utf-8")
    result = cli("render", str(BAKERY), "-f", "json", "--brand", str(brand))
    assert_refused(result, case)
    assert "firm_logo" in result.stderr
    assert result.stdout == ""


# -- the readers themselves, in this process ------------------------------------------------


def test_the_size_a_file_claims_is_not_trusted(tmp_path):
    """/proc files say they hold 0 bytes: the cap still holds, on what is actually read."""
    from strategy_wizard.base.files import FileRefused, read_bytes

    status = Path("/proc/self/status")
    assert status.stat().st_size == 0 and len(status.read_bytes()) > 200
    with pytest.raises(FileRefused, match="too large"):
        read_bytes(status, max_bytes=100)
    assert read_bytes(status, max_bytes=1_000_000).startswith(b"Name:")


def test_a_pipe_with_a_writer_is_still_refused_without_reading(tmp_path):
    """Even with a program writing into it, a pipe is not read: it is not a file."""
    from strategy_wizard.base.files import FileRefused, read_text_file

    pipe = tmp_path / "answers.yaml"
    os.mkfifo(pipe)
    stop = threading.Event()

    def writer() -> None:
        fd = os.open(pipe, os.O_RDWR | os.O_NONBLOCK)  # RDWR: open at once
        try:
            while not stop.wait(0.01):
                with contextlib.suppress(BlockingIOError):  # full: the pipe is unread
                    os.write(fd, b"org_name: x\n" * 10)
        finally:
            os.close(fd)

    outcome: dict[str, str] = {}

    def reader() -> None:
        try:
            read_text_file(pipe)
            outcome["read"] = "read as if it were a file"
        except FileRefused as exc:
            outcome["read"] = str(exc)

    threads = [threading.Thread(target=f, daemon=True) for f in (writer, reader)]
    for thread in threads:
        thread.start()
    threads[1].join(5)  # the reader: refused at once, or still reading the endless pipe
    stop.set()
    for thread in threads:
        thread.join(5)
    assert "named pipe" in outcome.get("read", "still reading after 5 s")


def test_a_file_that_grows_past_the_cap_is_refused(tmp_path):
    from strategy_wizard.base.files import FileRefused, read_bytes

    path = tmp_path / "grows.yaml"
    path.write_bytes(b"x" * 50)
    with pytest.raises(FileRefused, match="too large"):
        read_bytes(path, max_bytes=49)
    assert read_bytes(path, max_bytes=50) == b"x" * 50


def test_an_unreadable_file_says_so(tmp_path):
    from strategy_wizard.base.files import FileRefused, read_text_file

    if os.geteuid() == 0:
        pytest.skip("root reads any file whatever its mode")
    path = tmp_path / "secret.yaml"
    path.write_text("org_name: x\n", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(FileRefused, match="permission denied"):
        read_text_file(path)
