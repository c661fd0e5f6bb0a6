#!/usr/bin/env python3
"""Wizard speed, as ratios against floors measured in the same run.

    python bench/bench_tui.py [--runs N]

- launch to the first painted welcome screen vs a minimal Textual app (a Static and an Input)
  reaching its first mount, both as fresh processes           goal ≤ 1.3×
- a step change vs a bare screen switch, in process            goal ≤ 1.2×
- the app's own work per keystroke in a question, p95          goal ≤ 2 ms
- the live insight, from the last change to its update          goal ≤ 50 ms
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MINIMAL = """
import time, sys
t0 = time.perf_counter()
from textual.app import App
from textual.widgets import Input, Static
class Minimal(App):
    def compose(self):
        yield Static("hello")
        yield Input()
    def on_mount(self):
        print(time.perf_counter() - t0)
        self.exit()
import asyncio
async def main():
    async with Minimal().run_test(headless=True) as pilot:
        await pilot.pause()
asyncio.run(main())
"""

OURS = """
import time, sys
t0 = time.perf_counter()
sys.path.insert(0, %r)
from strategy_wizard.tui.app import create_app
import asyncio, tempfile
from pathlib import Path
async def main():
    app = create_app(lang="en", sessions_folder=Path(tempfile.mkdtemp()))
    async with app.run_test(headless=True) as pilot:
        print(time.perf_counter() - t0)  # the welcome screen is mounted
asyncio.run(main())
"""


MINIMAL_APP = """
from textual.app import App
from textual.widgets import Input, Static
class Minimal(App):
    def compose(self):
        yield Static("hello minimal")
        yield Input()
Minimal().run()
"""


def tmux_paint(argv: list[str], marker: str, env: dict[str, str]) -> float:
    """Launch to the first frame holding `marker`, read off a real terminal (tmux) every 5 ms."""
    import os
    import shlex
    import uuid

    name = f"bench-{uuid.uuid4().hex[:8]}"
    command = " ".join(shlex.quote(a) for a in argv)
    t = time.perf_counter()
    subprocess.run(
        [
            "tmux",
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "100",
            "-y",
            "30",
            "-c",
            str(ROOT),
            command,
        ],
        check=True,
        env={**os.environ, **env},
    )
    try:
        while time.perf_counter() - t < 20:
            screen = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", name], capture_output=True, text=True
            ).stdout
            if marker in screen:
                return time.perf_counter() - t
            time.sleep(0.005)
        raise RuntimeError(f"{marker!r} never showed")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def first_paint(code: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip().splitlines()[0])


def record_frames(app) -> list[float]:
    """When each frame was ready to be written (app-side: the renders are done, the terminal
    write is not counted). `pilot.pause()` waits for every widget of the screen to answer a
    callback, so it costs more on a screen with many widgets than the app's own work does."""
    frames: list[float] = []
    display = app._display

    def timed(screen, renderable):
        if renderable is not None:
            frames.append(time.perf_counter())
        return display(screen, renderable)

    app._display = timed
    return frames


async def to_first_frame(pilot, actions, runs: int) -> float:
    """Median time from each action to the first frame drawn after it, app-side."""
    frames = record_frames(pilot.app)
    times = []
    for i in range(runs):
        await asyncio.sleep(0.05)
        start = time.perf_counter()
        actions(i)
        while not frames or frames[-1] <= start:
            await asyncio.sleep(0.0005)
        times.append(next(f for f in frames if f > start) - start)
        await pilot.pause()
    return statistics.median(times)


async def in_process(runs: int) -> dict[str, float]:
    from textual.app import App
    from textual.screen import Screen
    from textual.widgets import Input, Static

    from strategy_wizard.tui.app import create_app
    from strategy_wizard.tui.widgets.insight import InsightPanel
    from strategy_wizard.tui.widgets.question import QuestionWidget

    class Bare(Screen):
        def compose(self):
            yield Static("bare")
            yield Input()

    class BareApp(App):
        def on_mount(self):
            self.push_screen(Bare())

    results: dict[str, float] = {}
    async with BareApp().run_test(size=(100, 30)) as pilot:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            pilot.app.switch_screen(Bare())
            await pilot.pause()
            times.append(time.perf_counter() - t)
        results["bare switch"] = statistics.median(times)
        results["bare frame"] = await to_first_frame(
            pilot, lambda i: pilot.app.switch_screen(Bare()), runs
        )

    from strategy_wizard.tui.screens.step import PREBUILD_DELAY

    async def change(app, pilot, step: str) -> float:
        t = time.perf_counter()
        app.go_to_step(step)
        await pilot.pause()
        return time.perf_counter() - t

    steps = ["who", "message", "reaction", "realism", "timeframe", "networks"]
    answers = {
        "org_name": "Bench",
        "audience_types": ["consumers"],
        "key_message": "m",
        "objective": "sales",
        "hours_per_week": 3,
        "horizon_months": 6,
    }

    @contextlib.asynccontextmanager
    async def wizard():
        """A new session, on its first step, with the gates answered."""
        app = create_app(
            lang="en", sessions_folder=Path(tempfile.mkdtemp()), today=date(2026, 11, 24)
        )
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            app.state.values.update(answers)
            yield app, pilot

    # 1. moving on at once, before the next step could be built in the background
    async with wizard() as (app, pilot):
        results["first visit, at once"] = statistics.median(
            [await change(app, pilot, s) for s in steps]
        )

    # 2. as a person works: a quiet moment on each step (reading, typing) before moving on;
    # the longest pause of the event loop while a step is built in the background is the
    # worst delay a keystroke could meet then
    async with wizard() as (app, pilot):
        gaps: list[float] = []
        times = []
        for s in steps:
            end = time.perf_counter() + PREBUILD_DELAY + 0.6
            while time.perf_counter() < end:
                t = time.perf_counter()
                await asyncio.sleep(0.002)
                gaps.append(time.perf_counter() - t - 0.002)
            times.append(await change(app, pilot, s))
        results["step change"] = statistics.median(times)
        results["build pause"] = max(gaps)
        times = [await change(app, pilot, steps[i % len(steps)]) for i in range(runs)]
        results["revisit"] = statistics.median(times)
        results["revisit frame"] = await to_first_frame(
            pilot, lambda i: app.go_to_step(steps[i % len(steps)]), runs
        )

        app.go_to_step("context")
        await pilot.pause()
        screen = app.screen
        widget = screen.query_one("#q-offer", QuestionWidget)
        keys = []
        text = ""
        for i in range(runs * 10):
            text += "abcdefghij"[i % 10]
            event = QuestionWidget.Changed(widget.question, text)
            t = time.perf_counter()
            screen.on_question_widget_changed(event)
            keys.append(time.perf_counter() - t)
        keys.sort()
        results["keystroke p95"] = keys[int(len(keys) * 0.95)]

        panel = screen.query_one(InsightPanel)
        lags = []
        for i in range(runs):
            screen.on_question_widget_changed(QuestionWidget.Changed(widget.question, f"offer {i}"))
            t = time.perf_counter()
            before = getattr(panel, "updated_at", 0.0)
            while getattr(panel, "updated_at", 0.0) == before and time.perf_counter() - t < 1:
                await asyncio.sleep(0.001)
            lags.append(panel.updated_at - t)
        results["insight lag"] = statistics.median(lags)
    return results


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    runs = ap.parse_args().runs
    minimal, ours = [], []
    first_paint(MINIMAL), first_paint(OURS % str(ROOT))
    for _ in range(runs):
        minimal.append(first_paint(MINIMAL))
        ours.append(first_paint(OURS % str(ROOT)))
    m, o = statistics.median(minimal), statistics.median(ours)
    ok = True
    import shutil

    if shutil.which("tmux"):  # the real thing: a terminal, the first frame on it
        script = Path(tempfile.mkdtemp()) / "minimal.py"
        script.write_text(MINIMAL_APP)
        env = {"STRATEGY_WIZARD_DATA_DIR": tempfile.mkdtemp(), "TERM": "xterm-256color"}
        tm, to = [], []
        for _ in range(runs):
            tm.append(tmux_paint([sys.executable, str(script)], "hello minimal", env))
            to.append(
                tmux_paint(
                    [sys.executable, "-m", "strategy_wizard", "--lang", "en"],
                    "Objective first",
                    env,
                )
            )
        tm_, to_ = statistics.median(tm), statistics.median(to)
        met = to_ <= 1.3 * tm_
        ok &= met
        print(
            f"first paint      minimal {tm_ * 1000:6.0f} ms  ours {to_ * 1000:6.0f} ms  "
            f"ratio {to_ / tm_:.2f}  goal ≤ 1.3  {'ok' if met else 'MISSED'}   "
            f"(launch to first frame in tmux)"
        )
    print(
        f"  until idle     minimal {m * 1000:6.0f} ms  ours {o * 1000:6.0f} ms  "
        f"ratio {o / m:.2f}  (run_test: mounted, lists filled, app idle)"
    )
    r = asyncio.run(in_process(runs))
    ratio = r["step change"] / r["bare switch"]
    met = ratio <= 1.2
    ok &= met
    print(
        f"step change      bare {r['bare switch'] * 1000:6.1f} ms  ours "
        f"{r['step change'] * 1000:6.1f} ms  ratio {ratio:.2f}  goal ≤ 1.2  "
        f"{'ok' if met else 'MISSED'}   (after a quiet moment on the step)"
    )
    print(
        f"  revisit        {r['revisit'] * 1000:6.1f} ms  ratio "
        f"{r['revisit'] / r['bare switch']:.2f}"
    )
    print(
        f"  to the first drawn frame, app-side: bare {r['bare frame'] * 1000:.1f} ms, "
        f"revisit {r['revisit frame'] * 1000:.1f} ms, ratio "
        f"{r['revisit frame'] / r['bare frame']:.2f}"
    )
    print(
        f"  first visit    {r['first visit, at once'] * 1000:6.1f} ms  ratio "
        f"{r['first visit, at once'] / r['bare switch']:.2f}  (moving on at once, "
        f"nothing built ahead)"
    )
    print(f"  background build: longest event-loop pause {r['build pause'] * 1000:.0f} ms")
    met = r["keystroke p95"] <= 0.002
    ok &= met
    print(
        f"keystroke        p95 {r['keystroke p95'] * 1000:.2f} ms app-side     goal ≤ 2 ms  "
        f"{'ok' if met else 'MISSED'}"
    )
    met = r["insight lag"] <= 0.05
    ok &= met
    print(
        f"live insight     {r['insight lag'] * 1000:.0f} ms after the last change  "
        f"goal ≤ 50 ms  {'ok' if met else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
