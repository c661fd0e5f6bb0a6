"""The real program in a real terminal (tmux): killed with SIGKILL mid-way, it resumes with
every answer typed more than a second before the kill."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux not installed"),
]


class Tmux:
    def __init__(self, name: str, data: Path) -> None:
        self.name, self.data = name, data

    def start(self) -> None:
        cmd = (
            f"cd {ROOT} && STRATEGY_WIZARD_DATA_DIR={self.data} LANG=en_GB.UTF-8 "
            f"{sys.executable} -m strategy_wizard"
        )
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", "100", "-y", "30", cmd], check=True
        )

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-t", self.name, "-p"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def wait_for(self, text: str, timeout: float = 20) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared:\n{self.screen()}")

    def pid(self) -> int:
        out = subprocess.run(
            ["tmux", "list-panes", "-t", self.name, "-F", "#{pane_pid}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return int(out.split()[0])

    def stop(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def tmux(tmp_path):
    session = Tmux(f"sw-{os.getpid()}-{time.monotonic_ns()}", tmp_path / "data")
    yield session
    session.stop()


def test_sigkill_loses_nothing_typed_a_second_before(tmux):
    tmux.start()
    tmux.wait_for("Objective first, networks last")
    tmux.keys("Enter")
    tmux.wait_for("What is your organisation")
    tmux.keys("Killproof Bakery")
    tmux.wait_for("Killproof Bakery")
    tmux.keys("Tab")  # to the kind of organisation
    time.sleep(1.5)  # the point of the test: typed more than a second before the kill
    pid = tmux.pid()
    os.kill(pid, signal.SIGKILL)
    end = time.monotonic() + 10
    while os.path.exists(f"/proc/{pid}") and time.monotonic() < end:
        time.sleep(0.05)
    tmux.stop()
    sessions = list((tmux.data / "sessions").glob("*.yaml"))
    assert len(sessions) == 1
    assert yaml.safe_load(sessions[0].read_text())["org_name"] == "Killproof Bakery"

    tmux.start()
    screen = tmux.wait_for("Killproof Bakery")
    assert "Resume" in screen
    tmux.keys("Enter")  # the latest session is highlighted
    screen = tmux.wait_for("What is your organisation")
    assert "Killproof Bakery" in screen
