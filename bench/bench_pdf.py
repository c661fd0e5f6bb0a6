#!/usr/bin/env python3
"""PDF speed against the shared reference document, measured in the same run.

    python bench/bench_pdf.py [--runs N]

- warm, in process: our median example's PDF vs the reference's 10-page report (goal ≤ 1×)
- whole process: `strategy-wizard render` vs `reference_render.py` (goal ≤ 1.2×)
- what WeasyPrint's options cost or buy: tagged PDF, full fonts, a fresh font configuration.
The reference lives in ../shared/bench (beside the repository, as on CI).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(ROOT))


def median_time(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    if not (SHARED / "reference_render.py").exists():
        print(f"reference not found in {SHARED}; nothing to compare against")
        return 0
    spec = importlib.util.spec_from_file_location(
        "reference_render", SHARED / "reference_render.py"
    )
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)  # type: ignore[union-attr]

    from pypdf import PdfReader

    from strategy_wizard.engine import build_strategy
    from strategy_wizard.model.answers import load_answers
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.model.catalogue import load_catalogue
    from strategy_wizard.render import RenderOptions, render
    from strategy_wizard.render import pdf as pdf_module

    tmp = Path(tempfile.mkdtemp())
    # the median example by page count
    sizes = []
    for path in sorted(EXAMPLES.glob("*.yaml")):
        answers = load_answers(path)
        data = render(
            build_strategy(answers, load_bank(), load_catalogue(), date(2026, 11, 24)),
            "pdf",
            RenderOptions(),
        )
        (tmp / "x.pdf").write_bytes(data)
        sizes.append((len(PdfReader(tmp / "x.pdf").pages), path))
    sizes.sort()
    pages, median_example = sizes[len(sizes) // 2]
    answers = load_answers(median_example)
    strategy = build_strategy(answers, load_bank(), load_catalogue(), date(2026, 11, 24))
    options = RenderOptions()

    def ours() -> bytes:
        return render(strategy, "pdf", options)

    # Alternated, one of each in turn, so that a slow spell of this shared machine weighs on
    # both sides alike; the ratio is the median of the per-pair ratios.
    ref.render(str(tmp / "ref.pdf")), ours()
    ref_times, our_times = [], []
    for _ in range(runs):
        t = time.perf_counter()
        ref.render(str(tmp / "ref.pdf"))
        ref_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        ours()
        our_times.append(time.perf_counter() - t)
    ref_warm, our_warm = statistics.median(ref_times), statistics.median(our_times)
    pair_ratio = statistics.median(o / r for o, r in zip(our_times, ref_times, strict=True))
    ok = pair_ratio <= 1.0
    print(f"median example: {median_example.name} ({pages} pages)")
    print(
        f"warm render      reference {ref_warm:.3f} s  ours {our_warm:.3f} s  "
        f"ratio {pair_ratio:.2f}  goal ≤ 1.0  {'ok' if ok else 'MISSED'}"
    )
    # WeasyPrint's time follows the words it lays out and paints: the same cost per word on
    # both sides says the gap is the document's length, not its making
    (tmp / "o.pdf").write_bytes(ours())
    ref_words, our_words = (
        sum(len((pg.extract_text() or "").split()) for pg in PdfReader(tmp / name).pages)
        for name in ("ref.pdf", "o.pdf")
    )
    print(
        f"  per 1,000 words  reference {ref_warm / ref_words * 1000:.3f} s ({ref_words} words)  "
        f"ours {our_warm / our_words * 1000:.3f} s ({our_words} words)"
    )

    base = dict(pdf_module.PDF_OPTIONS)
    for label, change in (
        ("untagged", {"pdf_tags": False}),
        ("full_fonts", {"full_fonts": True}),
        ("optimize_images", {"optimize_images": True}),
    ):
        pdf_module.PDF_OPTIONS.update(change)
        t = median_time(ours, runs)
        print(f"  option {label:<16} {t:.3f} s ({(t / our_warm - 1) * 100:+.0f} % vs chosen)")
        pdf_module.PDF_OPTIONS.clear()
        pdf_module.PDF_OPTIONS.update(base)
    cached = pdf_module._font_config
    pdf_module._font_config = cached.__wrapped__  # a fresh FontConfiguration every time
    t = median_time(ours, runs)
    pdf_module._font_config = cached
    print(f"  fresh font config    {t:.3f} s ({(t / our_warm - 1) * 100:+.0f} % vs reused)")

    def proc(cmd: list[str]) -> float:
        t = time.perf_counter()
        subprocess.run(
            cmd,
            check=True,
            cwd=tmp,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        return time.perf_counter() - t

    ref_cmd = [sys.executable, str(SHARED / "reference_render.py"), str(tmp / "r.pdf")]
    our_cmd = [
        sys.executable,
        "-m",
        "strategy_wizard",
        "render",
        str(median_example),
        "-o",
        str(tmp / "o.pdf"),
    ]
    proc(ref_cmd), proc(our_cmd)
    rp, op = [], []
    for _ in range(runs):
        rp.append(proc(ref_cmd))
        op.append(proc(our_cmd))
    r, o = statistics.median(rp), statistics.median(op)
    process_ratio = statistics.median(b / a for a, b in zip(rp, op, strict=True))
    ok2 = process_ratio <= 1.2
    print(
        f"whole process    reference {r:.3f} s  ours {o:.3f} s  ratio {process_ratio:.2f}  "
        f"goal ≤ 1.2  {'ok' if ok2 else 'MISSED'}"
    )
    return 0 if ok and ok2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
