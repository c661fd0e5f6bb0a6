#!/usr/bin/env python3
"""The served wizard under a room's load, on 127.0.0.1 only, bounded in count and time.

    python bench/bench_serve.py [--participants 20]

- first paint of a lone participant (websocket open → first screen bytes), the floor;
- participants arriving one every 0.5 s up to N: each first paint ≤ 1.5× the lone one;
- with N sessions open, a keystroke echo in one of them ≤ 100 ms;
- memory per session (resident set of each wizard process).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token-0123456789"
LIMIT_SECONDS = 180
# the participant's first usable screen: the first step, its title in the step list
TITLES = (b"1. Le contexte", b"1. Context")
ESCAPES = re.compile(rb"\x1b(\[[0-9;?<>]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|.)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def first_paint(session: aiohttp.ClientSession, base: str, code: str) -> tuple[float, object]:
    """Websocket open → the first step drawn (read in the terminal output, escapes removed),
    whatever the size of the frames that carry it."""
    t = time.perf_counter()
    # a browser sends its page's Origin, and the server refuses a websocket without one
    ws = await session.ws_connect(f"{base}/ws/{code}?width=100&height=30", origin=base)
    drawn = b""
    while not any(title in drawn for title in TITLES):
        msg = await ws.receive(timeout=60)
        if msg.type == aiohttp.WSMsgType.BINARY:
            drawn += ESCAPES.sub(b"", msg.data)
    return time.perf_counter() - t, ws


async def echo(ws: object, keys: str = "QZJXW") -> float:
    """Median time from a key sent to its character coming back in the screen output (the
    focused field is the organisation's name, so the letter is echoed)."""
    await asyncio.sleep(1.5)  # let the screen settle
    times = []
    for key in keys:
        t = time.perf_counter()
        await ws.send_str(json.dumps(["stdin", key]))  # type: ignore[attr-defined]
        while True:
            msg = await ws.receive(timeout=10)  # type: ignore[attr-defined]
            # the letter must be in the drawn text, not inside an escape sequence
            if msg.type == aiohttp.WSMsgType.BINARY and key.encode() in ESCAPES.sub(b"", msg.data):
                times.append(time.perf_counter() - t)
                break
        await asyncio.sleep(0.2)
    return statistics.median(times)


def children_rss_kb(pid: int) -> list[int]:
    sizes = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        try:
            argv = (entry / "cmdline").read_bytes().decode(errors="ignore").split("\0")
        except OSError:
            continue
        # the wizard processes themselves, not the shells textual-serve starts them with
        if argv[:4] == [sys.executable, "-m", "strategy_wizard", "wizard"] and "VmRSS" in fields:
            sizes.append(int(fields["VmRSS"].split()[0]))
    return sizes


async def main_async(n: int) -> int:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    data = Path(tempfile.mkdtemp())
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "strategy_wizard",
            "serve",
            "--port",
            str(port),
            "--token",
            TOKEN,
            "--max-sessions",
            str(n + 3),
            "--workshop-dir",
            str(data / "w"),
        ],
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "STRATEGY_WIZARD_DATA_DIR": str(data)},
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                await asyncio.sleep(0.1)
        jar = {"sw_token": TOKEN}
        async with aiohttp.ClientSession(cookies=jar) as session:
            lones = []
            for i in range(3):  # the floor: a lone participant, median of three
                took, ws = await first_paint(session, base, f"lone{i}")
                lones.append(took)
                await ws.close()
                await asyncio.sleep(1)
            lone = statistics.median(lones)

            async def arrive(i: int) -> tuple[float, object]:
                await asyncio.sleep(0.5 * i)
                return await first_paint(session, base, f"p{i}")

            results = await asyncio.gather(*(arrive(i) for i in range(n)))
            paints = [r[0] for r in results]
            key = await echo(results[-1][1])
            rss = children_rss_kb(server.pid)
            for _, ws in results:
                await ws.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    worst = max(paints)
    ok1 = worst <= 1.5 * lone
    ok2 = key <= 0.1
    print(f"lone first paint   {lone * 1000:6.0f} ms")
    print(
        f"{n} arriving         median {statistics.median(paints) * 1000:6.0f} ms  worst "
        f"{worst * 1000:6.0f} ms  ratio {worst / lone:.2f}  goal ≤ 1.5  "
        f"{'ok' if ok1 else 'MISSED'}"
    )
    print(
        f"keystroke echo     {key * 1000:6.1f} ms with {n} sessions open  goal ≤ 100 ms  "
        f"{'ok' if ok2 else 'MISSED'}"
    )
    if rss:
        print(
            f"memory per session {statistics.median(rss) / 1024:6.1f} MiB resident (median of "
            f"{len(rss)} wizard processes)"
        )
    return 0 if ok1 and ok2 else 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--participants", type=int, default=20)
    n = min(20, max(1, ap.parse_args().participants))
    return asyncio.run(asyncio.wait_for(main_async(n), LIMIT_SECONDS))


if __name__ == "__main__":
    raise SystemExit(main())
