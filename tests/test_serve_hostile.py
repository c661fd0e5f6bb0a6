"""The workshop server against hostile requests: a real server on 127.0.0.1, real HTTP and
websocket clients. Another site's page cannot drive a session (Origin checked against Host,
and the Host itself on a loopback bind); bad query values get 400, not a 500; a hostile
websocket message is dropped, not fatal; participant codes are first names in any script,
one participant whatever the case."""

from __future__ import annotations

import asyncio
import json
import time
import unicodedata
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import aiohttp
import pytest

from tests.test_serve import Served

FOREIGN = ["http://evil.example", "null", "http://127.0.0.1:1", "https://127.0.0.1"]


@pytest.fixture
def open_room(tmp_path):
    """The default: loopback, no token (the case where any page used to get in)."""
    server = Served(tmp_path, token=None, max_sessions=5)
    yield server
    server.stop()


def request(server: Served, path: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    req = urllib.request.Request(server.base + path, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def wait_for(predicate, timeout: float = 20) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


async def handshake(
    server: Served, path: str, origin: str | None, headers: dict[str, str] | None = None
) -> int:
    """The status of a websocket handshake: 101 when it is accepted, and then the wizard's
    first output is awaited before closing, so the session has started."""
    async with aiohttp.ClientSession() as client:
        try:
            ws = await client.ws_connect(server.base + path, origin=origin, headers=headers or {})
        except aiohttp.WSServerHandshakeError as err:
            return err.status
        await ws.receive(timeout=20)
        await ws.close()
        return 101


def test_a_websocket_from_another_site_is_refused(open_room):
    for origin in [*FOREIGN, None]:
        status = asyncio.run(handshake(open_room, "/ws/ana?width=80&height=24", origin))
        assert status == 403, origin
    assert not (open_room.workshop / "ana.yaml").exists(), "a refused page started a session"
    assert asyncio.run(handshake(open_room, "/ws/ana", open_room.base)) == 101
    assert wait_for(lambda: (open_room.workshop / "ana.yaml").exists())


def test_a_page_request_from_another_site_is_refused(open_room):
    for origin in FOREIGN:
        status, body = request(open_room, "/?participant=ana", {"Origin": origin})
        assert status == 403 and "blocked" in body, origin
    assert request(open_room, "/?participant=ana")[0] == 200  # a navigation sends no Origin
    assert request(open_room, "/?participant=ana", {"Origin": open_room.base})[0] == 200


def test_a_site_that_points_its_name_at_this_machine_is_refused(open_room):
    """DNS rebinding: evil.example resolves to 127.0.0.1, so Origin and Host agree."""
    port = open_room.port
    rebound = {"Host": f"evil.example:{port}"}
    status, _ = request(open_room, "/", {**rebound, "Origin": f"http://evil.example:{port}"})
    assert status == 403
    assert request(open_room, "/", rebound)[0] == 403
    status = asyncio.run(
        handshake(open_room, "/ws/ana", f"http://evil.example:{port}", headers=rebound)
    )
    assert status == 403
    localhost = {"Host": f"localhost:{port}", "Origin": f"http://localhost:{port}"}
    assert request(open_room, "/", localhost)[0] == 200


@pytest.mark.parametrize("query", ["width=abc", "height=1e3", "width=-5", "width=9999999999"])
def test_a_bad_size_is_a_400_with_a_short_message(open_room, query):
    async def scenario() -> tuple[int, str]:
        async with aiohttp.ClientSession() as client:
            url = f"{open_room.base}/ws/ana?{query}"
            headers = {"Origin": open_room.base}
            async with client.get(url, headers=headers) as response:
                return response.status, await response.text()

    status, text = asyncio.run(scenario())
    assert status == 400, text
    name = query.split("=")[0]
    assert name in text and "whole number" in text and len(text) < 200
    open_room.stop()
    assert b"Traceback" not in open_room.proc.stderr.read()


def test_sizes_out_of_bounds_are_brought_within(open_room):
    assert asyncio.run(handshake(open_room, "/ws/ana?width=0&height=999999", open_room.base)) == 101


def test_hostile_messages_on_the_websocket_are_dropped(open_room):
    """Not JSON, the wrong shapes, a resize to a billion cells: each is dropped, and the
    session goes on (it still answers a ping)."""

    async def scenario() -> list:
        async with aiohttp.ClientSession() as client:
            ws = await client.ws_connect(
                f"{open_room.base}/ws/ana?width=80&height=24", origin=open_room.base
            )
            await ws.receive(timeout=20)  # the wizard is running
            for junk in (
                "not json",
                "{}",
                "[]",
                '["stdin", 5]',
                '["resize", {"width": "wide"}]',
                '["resize", {"width": 1000000000, "height": 1000000000}]',
                '["ping", {"a": [1]}]',
            ):
                await ws.send_str(junk)
            await ws.send_str(json.dumps(["ping", "still-there"]))
            end = time.monotonic() + 20
            while time.monotonic() < end:
                msg = await ws.receive(timeout=20)
                if msg.type == aiohttp.WSMsgType.TEXT and "still-there" in msg.data:
                    await ws.close()
                    return json.loads(msg.data)
                if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                    break
            await ws.close()
            return []

    assert asyncio.run(scenario()) == ["pong", "still-there"]


# -- participant codes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("ana", "ana"),
        ("Alice", "alice"),
        ("ALICE", "alice"),
        ("Zoé", "zoé"),
        ("ZOÉ", "zoé"),
        ("Zoe\u0301", "zoé"),  # the accent typed as a combining mark (NFD)
        ("Straße", "strasse"),
        ("Ἀθηνᾶ", unicodedata.normalize("NFC", "Ἀθηνᾶ".casefold())),
        ("Юлия", "юлия"),
        ("美咲", "美咲"),
        ("محمد", "محمد"),
        ("anne-marie_2", "anne-marie_2"),
        ("٣٤", "٣٤"),  # Arabic-Indic digits
        ("x" * 32, "x" * 32),
    ],
)
def test_a_code_in_any_script_is_accepted(code, key):
    from strategy_wizard.workshop.server import participant_key

    assert participant_key(code) == key
    assert "/" not in key and not key.startswith(".")


@pytest.mark.parametrize(
    "code",
    [
        "",
        " ",
        "x" * 33,
        "../etc",
        ".hidden",
        "a/b",
        "a.b",
        "a b",
        "a\x00b",
        "a\u200bb",  # zero-width space
        "a\u202eb",  # right-to-left override
        "\u0301a",  # a lone accent first
        "a²",  # a superscript: a number, not a digit
        "😀",
        "a%2Fb",
        "CON:",
    ],
)
def test_a_code_that_could_not_name_a_file_safely_is_refused(code):
    from strategy_wizard.workshop.server import participant_key

    assert participant_key(code) is None


def test_zoe_finds_her_answers_whatever_the_case(open_room):
    status, page = request(open_room, "/?participant=" + quote("Zoé"))
    assert status == 200
    assert f"/ws/{quote('zoé')}" in page
    status, _ = request(open_room, "/?participant=" + quote("../Zoé"))
    assert status == 400
    session = open_room.workshop / "zoé.yaml"
    for spelling in ("Zoé", "ZOÉ", "Zoe\u0301"):
        path = "/ws/" + quote(spelling) + "?width=80&height=24"
        assert asyncio.run(handshake(open_room, path, open_room.base)) == 101
        assert wait_for(session.exists)
    names = sorted(p.name for p in open_room.workshop.iterdir() if not p.name.startswith("."))
    assert names == ["zoé.yaml"]


def test_the_join_page_takes_any_alphabet():
    """The browser's own check on the field lets a name in any script through."""
    page = (
        Path(__file__).resolve().parent.parent
        / "strategy_wizard/workshop/assets/templates/page.html"
    ).read_text(encoding="utf-8")
    assert "\\p{L}" in page and "A-Za-z0-9" not in page


def test_a_workshop_folder_that_is_a_file_is_refused(tmp_path):
    from tests.conftest import run_cli
    from tests.test_serve import free_port

    not_a_folder = tmp_path / "workshop"
    not_a_folder.write_text("a file\n", encoding="utf-8")
    result = run_cli(
        "serve", "--port", str(free_port()), "--workshop-dir", str(not_a_folder), timeout=30
    )
    assert result.returncode == 2, result.stderr
    assert str(not_a_folder) in result.stderr and "not a folder" in result.stderr
    assert "Traceback" not in result.stderr
