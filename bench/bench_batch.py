#!/usr/bin/env python3
"""A consultant's portfolio of 20 strategies as PDF: the batch against one after another.

    python bench/bench_batch.py [--runs N] [--files 20]

- one after another: `strategy-wizard render DIR -o OUT -j 1` (the renderer loaded once);
- in parallel: `strategy-wizard render DIR -o OUT` (one worker per core);
  goal: the parallel batch ≥ 1.6× faster, measured in the same run (2 cores: 2× is the ceiling);
- for scale, what a shell loop of separate `render` processes costs (once, without a goal).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CLI = [sys.executable, "-m", "strategy_wizard"]
TODAY = ["--today", "2026-01-05"]


def portfolio(folder: Path, count: int) -> list[Path]:
    """`count` answers files drawn in turn from the examples, each under its own name."""
    sources = sorted(EXAMPLES.glob("*.yaml"))
    files = []
    for i in range(count):
        target = folder / f"{i:02d}-{sources[i % len(sources)].name}"
        shutil.copyfile(sources[i % len(sources)], target)
        files.append(target)
    return files


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--files", type=int, default=20)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    src = tmp / "in"
    src.mkdir()
    files = portfolio(src, args.files)
    cores = os.cpu_count() or 1

    serial, parallel = [], []
    for run in range(args.runs):
        # alternate the order so neither side always runs on a warmer machine
        order = [("serial", ["-j", "1"]), ("parallel", [])]
        for name, extra in order if run % 2 == 0 else order[::-1]:
            out = tmp / f"{name}-{run}"
            took = timed([*CLI, "render", str(src), "-o", str(out), *TODAY, *extra])
            assert len(list(out.glob("*.pdf"))) == len(files), f"{name}: missing PDFs"
            (serial if name == "serial" else parallel).append(took)
    loop_out = tmp / "loop"
    loop_out.mkdir()
    t = time.perf_counter()
    for f in files:
        timed([*CLI, "render", str(f), "-o", str(loop_out / f"{f.stem}.pdf"), *TODAY])
    loop = time.perf_counter() - t

    s, p = statistics.median(serial), statistics.median(parallel)
    ratio = s / p
    ok = ratio >= 1.6
    print(f"{len(files)} PDFs on {cores} cores, median of {args.runs} runs")
    print(f"one after another  {s:6.2f} s  ({s / len(files) * 1000:.0f} ms per strategy)")
    print(f"in parallel        {p:6.2f} s  ({p / len(files) * 1000:.0f} ms per strategy)")
    print(f"speed-up           {ratio:6.2f}×  goal ≥ 1.6  {'ok' if ok else 'MISSED'}")
    print(
        f"a shell loop of {len(files)} render processes: {loop:.1f} s ({loop / p:.1f}× the batch)"
    )
    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
