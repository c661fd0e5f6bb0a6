#!/usr/bin/env python3
"""Core speed, as ratios against floors measured in the same run (these machines are noisy).

    python bench/bench_core.py [--runs N]

- `strategy-wizard --help` as a whole process      goal ≤ 3×  `python -c pass`
- `render --format json` as a whole process        goal ≤ 2×  importing pydantic, yaml, babel.dates
- the engine in process, median per call            goal ≤ 10 ms
Runs are interleaved (floor, subject, floor, subject…) so drift hits both alike.
Exit code 1 when a goal is missed, so it can gate a release.
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    runs = ap.parse_args().runs
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
