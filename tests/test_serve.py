"""The wizard served to a room: a real server on 127.0.0.1, real HTTP and websocket clients, and
a real headless browser (Debian's chromium driven by Playwright; no browser is downloaded)."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    def __init__(self, tmp: Path, token: str | None, max_sessions: int) -> None:
        self.port = free_port()
        self.workshop = tmp / "workshop"
        self.token = token
        cmd = [
            sys.executable,
            "-m",
            "strategy_wizard",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--max-sessions",
            str(max_sessions),
            "--workshop-dir",
            str(self.workshop),
            "--lang",
            "en",
        ]
        if token:
            cmd += ["--token", token]
        self.proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "STRATEGY_WIZARD_DATA_DIR": str(tmp)},
        )
        end = time.monotonic() + 20
        while time.monotonic() < end:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def get(self, path: str, cookie: str | None = None) -> tuple[int, dict, str]:
        request = urllib.request.Request(self.base + path)
        if cookie:
            request.add_header("Cookie", cookie)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read().decode()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture
def served(tmp_path):
    server = Served(tmp_path, token="s3cret-token", max_sessions=1)
    yield server
    server.stop()


def test_no_token_no_page(served):
    status, _, body = served.get("/")
    assert status == 403 and "Access refused" in body
    assert served.get("/?token=wrong")[0] == 403
    assert served.get("/?participant=ana")[0] == 403


def test_the_token_sets_a_strict_httponly_cookie(served):
    status, headers, body = served.get("/?token=s3cret-token")
    assert status == 200 and 'name="participant"' in body
    cookie = headers["Set-Cookie"]
    assert "sw_token=s3cret-token" in cookie and "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    status, _, page = served.get("/?participant=ana", cookie="sw_token=s3cret-token")
    assert status == 200
    assert f"ws://127.0.0.1:{served.port}/ws/ana" in page
    external = [
        u
        for u in page.replace('"', " ").split()
        if u.startswith(("http://", "https://")) and not u.startswith("http://www.w3.org/2000/svg")
    ]
    assert external == [], "the page must not call any third party"
    assert "googleapis" not in page


def test_no_file_browsing_and_bad_codes_refused(served):
    cookie = "sw_token=s3cret-token"
    assert served.get("/static/", cookie=cookie)[0] == 403
    assert served.get("/static/../../etc/passwd", cookie=cookie)[0] in (403, 404)
    status, _, body = served.get("/?participant=../../etc", cookie=cookie)
    assert status == 400 and "not valid" in body


def test_websocket_needs_the_cookie_and_the_cap_holds(served):
    import aiohttp

    async def scenario() -> None:
        async with aiohttp.ClientSession() as anonymous:
            with pytest.raises(aiohttp.WSServerHandshakeError) as err:
                await anonymous.ws_connect(f"{served.base}/ws/ana", origin=served.base)
            assert err.value.status == 403
        jar = {"sw_token": "s3cret-token"}
        async with aiohttp.ClientSession(cookies=jar) as session:
            first = await session.ws_connect(
                f"{served.base}/ws/ana?width=80&height=24", origin=served.base
            )
            await first.receive(timeout=20)  # the wizard is running for ana
            with pytest.raises(aiohttp.WSServerHandshakeError) as err:
                await session.ws_connect(
                    f"{served.base}/ws/bob?width=80&height=24", origin=served.base
                )
            assert err.value.status == 503
            async with session.get(f"{served.base}/?participant=bob") as full:
                assert full.status == 503 and "room is full" in await full.text()
            await first.close()
            await asyncio.sleep(1)  # the place frees up when a participant leaves
            second = await session.ws_connect(
                f"{served.base}/ws/bob?width=80&height=24", origin=served.base
            )
            await second.close()

    asyncio.run(scenario())


def test_beyond_localhost_a_token_is_generated(tmp_path):
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "strategy_wizard",
            "serve",
            "--host",
            "0.0.0.0",
            "--port",
            str(port),
            "--workshop-dir",
            str(tmp_path / "w"),
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stderr.readline()
        assert "?token=" in line and len(line.split("?token=")[1].strip()) >= 16
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
def test_a_participant_in_a_real_browser(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    server = Served(tmp_path, token="tok-42-abcdef", max_sessions=3)
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            context = browser.new_context(
                viewport={"width": 1200, "height": 800}, accept_downloads=True
            )
            page = context.new_page()
            hosts: set[str] = set()
            page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
            page.goto(f"{server.base}/?token=tok-42-abcdef")
            page.fill("#participant", "Nadia")
            page.click("button")
            page.wait_for_timeout(3000)
            terminal = page.locator("textarea.xterm-helper-textarea")
            terminal.focus()
            page.keyboard.type("Browser Bakery", delay=20)
            page.wait_for_timeout(1500)
            session = server.workshop / "nadia.yaml"
            assert yaml.safe_load(session.read_text())["org_name"] == "Browser Bakery"
            shot = page.screenshot()
            assert len(set(shot[::97])) > 20, "the canvas shows something"

            page.reload()  # the connection drops and comes back: the session resumes
            page.wait_for_timeout(3000)
            page.locator("textarea.xterm-helper-textarea").focus()
            page.keyboard.type("!", delay=20)
            page.wait_for_timeout(1500)
            assert yaml.safe_load(session.read_text())["org_name"] == "Browser Bakery!"

            page.keyboard.press("Control+p")
            page.wait_for_timeout(500)
            page.keyboard.type("strategy and its exports", delay=10)
            page.wait_for_timeout(500)
            page.keyboard.press("Enter")
            page.wait_for_timeout(2500)
            with page.expect_download(timeout=60000) as download:
                page.keyboard.press("Enter")  # the first button: export PDF
            target = tmp_path / "mine.pdf"
            download.value.save_as(target)
            assert target.read_bytes().startswith(b"%PDF")
            assert download.value.suggested_filename == "browser-bakery.pdf"
            assert list(server.workshop.glob("*.pdf")) == [], "no file left in a shared place"
            assert hosts == {f"127.0.0.1:{server.port}"}, hosts
            browser.close()
    finally:
        server.stop()
