#!/usr/bin/env python3
"""Core speed, as ratios against floors measured in the same run (these machines are noisy).

    python bench/bench_core.py [--runs N]

- `strategy-wizard --help` as a whole process      goal ≤ 3×  `python -c pass`
- `render --format json` as a whole process        goal ≤ 2×  importing pydantic, yaml, babel.dates
- the engine in process, median per call            goal ≤ 10 ms
Runs are interleaved (floor, subject, floor, subject…) so drift hits both alike.
Exit code 1 when a goal is missed, so it can gate a release.

    python bench/bench_core.py --phases [--runs N]

splits the json render's process into its phases instead (median over N fresh processes, each
phase timed in order, so an import counts where it is first made): what to cut first.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "boulangerie-locale.yaml"
PY = sys.executable


def wall(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - t


def paired(floor: list[str], subject: list[str], runs: int) -> tuple[float, float]:
    wall(floor), wall(subject)  # warm the file cache
    f, s = [], []
    for _ in range(runs):
        f.append(wall(floor))
        s.append(wall(subject))
    return statistics.median(f), statistics.median(s)


def engine_ms(runs: int) -> float:
    sys.path.insert(0, str(ROOT))
    from strategy_wizard.engine import build_strategy
    from strategy_wizard.model.answers import load_answers
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.model.catalogue import load_catalogue

    answers = load_answers(EXAMPLE)
    bank, catalogue = load_bank(), load_catalogue()
    build_strategy(answers, bank, catalogue, date(2026, 11, 24))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        build_strategy(answers, bank, catalogue, date(2026, 11, 24))
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


# One fresh process of `render --format json`, phase by phase, as the command runs them.
PHASES = r"""
import gc, sys, time
gc.set_threshold(100_000, 50, 100)  # as the command line sets it for a one-shot command
t0 = last = time.perf_counter()
out = []
def lap(name):
    global last
    now = time.perf_counter()
    out.append((name, now - last))
    last = now
import pydantic, yaml, babel.dates
lap("floor's imports (pydantic, yaml, babel.dates)")
import strategy_wizard.cli, strategy_wizard.cli.handlers
lap("cli, argparse, locale")
import pydantic.main
lap("pydantic.main (BaseModel)")
import strategy_wizard.model.bank, strategy_wizard.model.answers
lap("model: bank, questions, answers classes")
import strategy_wizard.model.catalogue
lap("model: catalogue classes")
import strategy_wizard.model.strategy
lap("model: strategy classes")
import strategy_wizard.engine
lap("engine modules")
from datetime import date
from pathlib import Path
from strategy_wizard.model.bank import load_bank
from strategy_wizard.model.catalogue import load_catalogue
from strategy_wizard.model.answers import parse_answers_text
catalogue = load_catalogue()
lap("catalogue from the cache (unpickle)")
bank = load_bank()
lap("bank from the cache, checked against the catalogue")
answers = parse_answers_text(Path(sys.argv[1]).read_text(encoding="utf-8"), sys.argv[1], None)
lap("answers: read, validate")
from strategy_wizard.engine import build_strategy
strategy = build_strategy(answers, bank, catalogue, date(2026, 11, 24))
lap("engine, first call (one-time work included)")
build_strategy(answers, bank, catalogue, date(2026, 11, 24))
lap("engine, second call (for comparison)")
from strategy_wizard.render import RenderOptions, renderer
renderer("json").render(strategy, RenderOptions())
lap("json render")
for name, s in out:
    print(f"{name}\t{s * 1000:.2f}")
"""


def phases(runs: int) -> None:
    subprocess.run(
        [PY, "-m", "strategy_wizard", "render", str(EXAMPLE), "--format", "json", "-o", "-"],
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
    )  # fill the cache
    table: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [PY, "-c", PHASES, str(EXAMPLE)], check=True, capture_output=True, text=True, cwd=ROOT
        )
        for line in done.stdout.splitlines():
            name, ms = line.split("\t")
            table.setdefault(name, []).append(float(ms))
    total = 0.0
    for name, values in table.items():
        ms = statistics.median(values)
        total += ms if "second call" not in name else 0
        print(f"{name:<55} {ms:7.1f} ms")
    print(f"{'sum (without the second call; Python start-up not counted)':<55} {total:7.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--phases", action="store_true", help="split the json render into phases")
    args = ap.parse_args()
    runs = args.runs
    if args.phases:
        phases(runs)
        return 0
    # Measure what an installed wheel runs: pip compiles the bytecode at install time, while a
    # checkout under PYTHONDONTWRITEBYTECODE would recompile every module on every run.
    import compileall

    compileall.compile_dir(ROOT / "strategy_wizard", quiet=1)
    ok = True
    rows = []

    f, s = paired([PY, "-c", "pass"], [PY, "-m", "strategy_wizard", "--help"], runs)
    rows.append(("--help process", f, s, s / f, 3.0))
    f, s = paired(
        [PY, "-c", "import pydantic, yaml, babel.dates"],
        [PY, "-m", "strategy_wizard", "render", str(EXAMPLE), "--format", "json"],
        runs,
    )
    rows.append(("render json process", f, s, s / f, 2.0))
    for name, floor, subject, ratio, goal in rows:
        met = ratio <= goal
        ok &= met
        print(
            f"{name:<22} floor {floor * 1000:7.1f} ms  subject {subject * 1000:7.1f} ms  "
            f"ratio {ratio:5.2f}  goal ≤ {goal:.1f}  {'ok' if met else 'MISSED'}"
        )
    ms = engine_ms(runs * 10)
    met = ms <= 10
    ok &= met
    print(
        f"{'engine in process':<22} median {ms:6.2f} ms per call              goal ≤ 10 ms  "
        f"{'ok' if met else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
