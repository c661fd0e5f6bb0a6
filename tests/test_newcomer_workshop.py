"""The workshop as a newcomer meets it: a trainer serving the wizard to a room, participants
in their browsers, the debrief at the end. The browser is the real one (Debian's chromium,
driven by Playwright); each test is a problem someone met, reproduced first."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests.conftest import EXAMPLES, ROOT, run_cli
from tests.pdftext import pdf_text


def plain(text: str) -> str:
    """Text with the no-break spaces of French typography as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


# -- 2. the debrief counts finished participants only ---------------------------------------


def test_the_debrief_counts_only_participants_who_finished(tmp_path):
    """Reported: half-finished participants' defaults were counted as the group's choices."""
    room = tmp_path / "room"
    room.mkdir()
    for name in ("boulangerie-locale", "industrial-valves-b2b"):
        shutil.copy(EXAMPLES / f"{name}.yaml", room)
    for code, answers in {
        "zoe": {"org_name": "Chez Zoé"},  # just started
        "ana": {"org_name": "Ana", "audience_types": ["consumers"], "objective": "leads"},
    }.items():
        session = {"version": 1, "lang": "fr", **answers, "meta": {"tool": "strategy-wizard"}}
        (room / f"{code}.yaml").write_text(yaml.safe_dump(session), encoding="utf-8")
    result = run_cli("summary", str(room), "-f", "json", "--lang", "en")
    assert result.returncode == 0, result.stderr
    group = json.loads(result.stdout)
    assert group["participants"] == 2 and group["unfinished"] == 2
    assert sum(group["verdicts"].values()) == 2
    assert sum(group["objectives"].values()) == 2, "Ana's objective waits for her to finish"
    assert "2 in the summary, 2 unfinished" in result.stderr
    md = plain(run_cli("summary", str(room), "--lang", "fr").stdout)
    assert "**Participants** : 2" in md and "2 n’ont pas fini" in md, md
    out = tmp_path / "debrief.pdf"
    assert run_cli("summary", str(room), "-o", str(out), "--lang", "en").returncode == 0
    text = " ".join(pdf_text(out).split())
    assert "Participants: 2" in text and "2 have not finished" in text, text


# -- in the real browser -------------------------------------------------------------------

ANSI = re.compile(
    r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][A-Z0-9]|[=>NOM78])"
)


class Room:
    """A served workshop and one participant's page in the real browser, with what the
    wizard sent to that page as text (the terminal's output, its escape codes taken out)."""

    def __init__(self, tmp_path, playwright, token="tok-1234567890"):
        from tests.test_serve import ARGS, CHROMIUM, Served

        self.server = Served(tmp_path, token=token, max_sessions=3)
        self.browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        self.context = self.browser.new_context(
            viewport={"width": 1200, "height": 800}, accept_downloads=True
        )
        self.page = self.context.new_page()
        self.received: list[str] = []
        self.page.on("websocket", self._watch)
        self.token = token

    def _watch(self, ws) -> None:
        def got(payload) -> None:
            if isinstance(payload, bytes):
                payload = payload.decode("utf-8", errors="replace")
            self.received.append(ANSI.sub("", payload))

        ws.on("framereceived", got)

    def join(self, code: str) -> None:
        self.page.goto(f"{self.server.base}/?token={self.token}")
        self.sign_in = self.page.inner_text("main")  # as the participant reads it
        self.page.fill("#participant", code)
        self.page.click("button")
        self.wait_for_text("Context", timeout=30)
        self.terminal = self.page.locator("textarea.xterm-helper-textarea")
        self.terminal.focus()

    def text_since(self, mark: int) -> str:
        return "".join(self.received[mark:])

    def wait_for_text(self, text: str, since: int = 0, timeout: float = 15) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            got = self.text_since(since)
            if text in got:
                return got
            self.page.wait_for_timeout(50)
        raise AssertionError(f"{text!r} never reached the page; it got:\n{self.text_since(since)}")

    def settle(self, quiet: float = 0.25, timeout: float = 5) -> None:
        """Wait for the frame being sent to be complete: nothing received for `quiet` seconds
        (a key pressed while a screen is still being drawn may be taken with the one before:
        Escape then F9 within Textual's escape delay reads as one key)."""
        end = time.monotonic() + timeout
        count, since = len(self.received), time.monotonic()
        while time.monotonic() < end:
            self.page.wait_for_timeout(25)
            if len(self.received) != count:
                count, since = len(self.received), time.monotonic()
            elif time.monotonic() - since >= quiet:
                return

    def press(self, key: str, then: str, timeout: float = 15) -> str:
        """Press a key in the page, wait for `then` to be drawn and for the frame to end."""
        mark = len(self.received)
        self.page.keyboard.press(key)
        got = self.wait_for_text(then, since=mark, timeout=timeout)
        self.settle()
        return got

    def close(self) -> None:
        self.browser.close()
        self.server.stop()


@pytest.fixture
def room(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    from tests.test_serve import CHROMIUM

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    with sync_api.sync_playwright() as p:
        r = Room(tmp_path, p)
        try:
            yield r
        finally:
            r.close()


def session_of(room: Room, key: str) -> dict:
    path = room.server.workshop / f"{key}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}


def until_saved(room: Room, key: str, check, what: str, timeout: float = 15) -> dict:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        data = session_of(room, key)
        if data and check(data):
            return data
        room.page.wait_for_timeout(50)
    raise AssertionError(f"{what}: the session says {session_of(room, key)}")


@pytest.mark.slow
def test_in_the_browser_the_keys_shown_are_keys_the_page_gets(room):
    """Reported: ctrl+N, ctrl+R, ctrl+L and ctrl+P are the browser's own (new window, reload,
    address bar, print); PgDn/PgUp did nothing with focus in a field."""
    room.join("Nadia")
    assert "saved on the trainer's computer" in room.sign_in and "30 days" in room.sign_in
    page = room.page
    url = page.url
    bar = room.wait_for_text("Next")
    assert "PgDn Next" in bar and "F8 Review" in bar and "F9 Commands" in bar, bar
    assert "^n" not in bar and "^r" not in bar and "^p" not in bar
    page.keyboard.type("Browser Bakery", delay=10)
    until_saved(room, "nadia", lambda d: d.get("org_name") == "Browser Bakery", "typed")
    # the focus is in the name's field: PgDn and PgUp move between steps all the same
    page.keyboard.press("PageDown")
    until_saved(room, "nadia", lambda d: d["meta"]["current_step"] == "who", "PgDn")
    page.keyboard.press("PageUp")
    until_saved(room, "nadia", lambda d: d["meta"]["current_step"] == "context", "PgUp")
    room.press("F8", "Review")
    room.press("Escape", "Next")
    room.press("F4", "Teaching note")
    room.press("Escape", "Next")
    room.press("F9", "Search for a command")
    room.press("Escape", "Next")
    room.press("F2", "Before any talk")  # the live panel hidden: the step takes its place
    room.press("F2", "The strategy takes shape")  # and back
    page.keyboard.press("Alt+l")  # the language: Alt+L reaches the page (Linux, Windows)
    until_saved(room, "nadia", lambda d: d.get("lang") == "fr", "Alt+L")
    room.wait_for_text("PgSuiv Suivant")
    assert page.url == url and len(room.context.pages) == 1, "the browser did nothing else"


# -- 5. participants are told where their answers are kept, and the trainer can clear them --


def free_port() -> int:
    from tests.test_serve import free_port as port

    return port()


def make_session(folder: Path, code: str, age_days: float = 0, **answers) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{code}.yaml"
    data = {"version": 1, "lang": "en", **answers, "meta": {"tool": "strategy-wizard"}}
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    (folder / f".{code}.yaml.lock").write_text("", encoding="utf-8")
    when = time.time() - age_days * 86400
    for p in (path, folder / f".{code}.yaml.lock"):
        os.utime(p, (when, when))
    return path


def test_the_sign_in_page_says_where_answers_are_kept_and_for_how_long(tmp_path):
    """Reported: names and answers stayed on the trainer's disk with no word to anyone."""
    from tests.test_serve import Served

    server = Served(tmp_path, token=None, max_sessions=2)
    try:
        status, _, page = server.get("/")
        assert status == 200 and 'name="participant"' in page
        text = " ".join(html.unescape(page).split())
        assert "saved on the trainer's computer" in text and "30 days" in text, text
        assert "downloaded to your browser" in text
    finally:
        server.stop()


def test_serve_deletes_answers_older_than_the_days_it_keeps_them(tmp_path):
    room = tmp_path / "room"
    old = make_session(room, "ana", age_days=3, org_name="Old")
    new = make_session(room, "bob", age_days=1, org_name="New")
    (room / "trainer-notes.txt").write_text("mine", encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "strategy_wizard", "serve", "--port", str(port),
         "--workshop-dir", str(room), "--keep-days", "2", "--lang", "fr"],
        cwd=ROOT, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        banner = proc.stderr.readline() + proc.stderr.readline() + proc.stderr.readline()
        assert "kept 2 days" in banner and f"purge {room}" in banner, banner
        end = time.monotonic() + 20
        while old.exists() and time.monotonic() < end:
            time.sleep(0.05)
        assert not old.exists() and not (room / ".ana.yaml.lock").exists()
        assert new.exists() and (room / "trainer-notes.txt").exists()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
            page = " ".join(response.read().decode().split())
        assert "effacés 2 jours après votre dernière modification" in page, page
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_purge_clears_a_workshop_after_asking(tmp_path):
    from strategy_wizard.tui.sessions import lock_session

    room = tmp_path / "room"
    for code in ("ana", "bob", "zoé"):
        make_session(room, code, org_name=code)
    (room / ".bob.yaml.1a2b3c4d.tmp").write_text("org_na", encoding="utf-8")
    (room / "notes.yaml").write_text("mine: true\n", encoding="utf-8")  # not a session
    busy = lock_session(room / "zoé.yaml")  # a wizard still open on Zoé's answers
    try:
        declined = run_cli("purge", str(room), stdin="n\n")
        assert declined.returncode == 1 and "nothing deleted" in declined.stderr
        assert "3 participants' answers" in declined.stderr and "notes.yaml" in declined.stderr
        assert len(list(room.iterdir())) == 8, "nothing deleted without a yes"
        done = run_cli("purge", str(room), stdin="y\n")
        assert done.returncode == 0, done.stderr
        assert "2 answers files deleted" in done.stderr and "zoé.yaml is open" in done.stderr
        assert sorted(p.name for p in room.iterdir()) == [
            ".zoé.yaml.lock",
            "notes.yaml",
            "zoé.yaml",
        ]
    finally:
        busy.release()
    again = run_cli("purge", str(room), "--yes")
    assert again.returncode == 0 and "1 answers files deleted" in again.stderr, again.stderr
    assert sorted(p.name for p in room.iterdir()) == ["notes.yaml"], "the foreign file stays"
    assert run_cli("purge", str(tmp_path / "nope"), "--yes").returncode == 2


@pytest.mark.slow
def test_in_the_browser_the_export_is_a_download_named_in_the_field(room):
    """Reported: the export field showed a path on the trainer's computer."""
    room.join("Ines")
    room.wait_for_text("Next")
    page = room.page
    page.keyboard.type("Atelier Ines", delay=10)
    until_saved(room, "ines", lambda d: d.get("org_name") == "Atelier Ines", "typed")
    room.press("F9", "Search for a command")
    page.keyboard.type("strategy and its exports", delay=10)
    room.settle()
    shown = room.press("Enter", "Name of the file to download")
    assert "atelier-ines" in shown
    for server_path in (str(room.server.workshop), str(Path.home()), "/tmp/"):
        assert server_path not in room.text_since(0), f"{server_path} shown to a participant"
    page.keyboard.type("mon-plan", delay=10)  # the proposal is selected: typed over
    with page.expect_download(timeout=60000) as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == "mon-plan.pdf"
    target = room.server.workshop.parent / "got.pdf"
    download.value.save_as(target)
    assert target.read_bytes().startswith(b"%PDF")
    room.wait_for_text("Sent to your browser")
    assert sorted(p.name for p in room.server.workshop.iterdir()) == [
        ".ines.yaml.lock",
        "ines.yaml",
    ]
