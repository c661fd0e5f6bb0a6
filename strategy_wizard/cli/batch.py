"""Rendering many answers files at once, for a consultant's portfolio or a workshop's folder.

Files are spread over the machine's cores; one bad file never stops the others. The renderer is
loaded once in the parent before the workers start, so each worker inherits it instead of paying
WeasyPrint's import again. Exit code: 2 if any file was refused (bad input wins), else 1 if any
failed, else 0.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date
from multiprocessing import get_context
from pathlib import Path

from strategy_wizard.base.errors import ExitCode
from strategy_wizard.render import RenderOptions
from strategy_wizard.render.formats import BY_NAME


@dataclass(frozen=True)
class Outcome:
    source: Path
    status: str  # "ok", "refused", "failed"
    detail: str


def render_one(
    path: Path, fmt: str, lang: str | None, today: date, options: RenderOptions, target: Path
) -> Outcome:
    """One file, start to end; whatever goes wrong becomes this file's outcome, never the
    batch's: refused (its input, exit 2) or failed (anything else, exit 1)."""
    from strategy_wizard.base.errors import BadInput, UserError
    from strategy_wizard.base.files import write_output

    try:
        from strategy_wizard.cli.inputs import strategy_from_file
        from strategy_wizard.model.answers import AnswersError
        from strategy_wizard.render import render

        try:
            strategy = strategy_from_file(path, lang, today)
        except AnswersError as exc:
            return Outcome(path, "refused", "; ".join(str(p) for p in exc.problems))
        if BY_NAME[fmt].bundle:  # one file per network, named after the answers file
            import importlib

            module = importlib.import_module(BY_NAME[fmt].module)
            try:
                produced = module.files(strategy, options, prefix=target.stem)
            except module.NothingToSchedule:
                return Outcome(path, "ok", "no post in the first four weeks, nothing written")
            names = [str(write_output(target.parent / name, data)) for name, data in produced]
            return Outcome(path, "ok", ", ".join(names))
        data = render(strategy, fmt, options)
        written = write_output(target, data)
        return Outcome(path, "ok", str(written))
    except BadInput as exc:
        return Outcome(path, "refused", str(exc))
    except UserError as exc:
        return Outcome(path, "failed", str(exc))
    except MemoryError:
        return Outcome(path, "failed", "ran out of memory")
    except RecursionError:
        return Outcome(path, "failed", "too deeply nested to process")
    except Exception as exc:  # one file's failure is reported, never fatal to the batch
        return Outcome(path, "failed", f"{type(exc).__name__}: {exc}")


def output_names(files: list[Path], out_dir: Path, extension: str) -> list[Path]:
    """Where each file's document goes: its name with the format's extension, and a number
    added when two inputs share a name (`a/x.yaml` and `b/x.yaml`, or `x.yaml` and `x.json`),
    so that no document silently overwrites another."""
    taken: set[str] = set()
    out: list[Path] = []
    for path in files:
        name = path.stem + extension
        n = 2
        while name.casefold() in taken:
            name = f"{path.stem}-{n}{extension}"
            n += 1
        taken.add(name.casefold())
        out.append(out_dir / name)
    return out


def render_batch(
    files: list[Path], fmt: str, args: argparse.Namespace, options: RenderOptions, today: date
) -> int:
    from concurrent.futures.process import BrokenProcessPool

    from strategy_wizard.base.errors import BadInput
    from strategy_wizard.render import renderer

    out_dir = Path(args.output) if args.output else Path.cwd()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise BadInput(
            f"-o {out_dir}: is not a folder; several answers files need a folder"
        ) from None
    except OSError as exc:
        raise BadInput(f"-o {out_dir}: cannot make the folder ({exc.strerror})") from None
    renderer(fmt)  # import once in the parent: forked workers inherit it
    from strategy_wizard.model.bank import load_bank

    load_bank()  # the shipped data read (and checked) once, here: broken, it is said once
    targets = output_names(files, out_dir, BY_NAME[fmt].extension)
    workers = max(1, min(len(files), args.jobs or os.cpu_count() or 1))
    outcomes: list[Outcome] = []
    progress = _Progress(len(files))
    if workers == 1:
        for path, target in zip(files, targets, strict=True):
            outcomes.append(render_one(path, fmt, args.lang, today, options, target))
            progress.step(outcomes[-1])
    else:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
            futures = {
                pool.submit(render_one, p, fmt, args.lang, today, options, t): p
                for p, t in zip(files, targets, strict=True)
            }
            for future in as_completed(futures):
                try:
                    outcome = future.result()
                except BrokenProcessPool:  # a worker was killed (out of memory, a signal)
                    outcome = Outcome(futures[future], "failed", "its worker process died")
                except Exception as exc:
                    outcome = Outcome(futures[future], "failed", f"{type(exc).__name__}: {exc}")
                outcomes.append(outcome)
                progress.step(outcome)
    progress.close()
    return report(outcomes, f"rendered to {out_dir}")


def report(outcomes: list[Outcome], done: str) -> int:
    """The end of a batch on standard error: each file that did not make it, with its reason,
    then the counts; and the exit code (2 if any file was refused, else 1 if any failed)."""
    ok = [o for o in outcomes if o.status == "ok"]
    refused = [o for o in outcomes if o.status == "refused"]
    failed = [o for o in outcomes if o.status == "failed"]
    for o in sorted(refused + failed, key=lambda o: str(o.source)):
        sys.stderr.write(f"{o.source}: {o.status}: {o.detail}\n")
    sys.stderr.write(f"{len(ok)} {done}, {len(refused)} refused, {len(failed)} failed\n")
    if refused:
        return ExitCode.BAD_INPUT
    return ExitCode.FAILURE if failed else ExitCode.OK


class _Progress:
    """A one-line progress bar on a terminal; plain lines otherwise (logs, CI)."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self.tty = sys.stderr.isatty()

    def step(self, outcome: Outcome) -> None:
        self.done += 1
        if self.tty:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] "
                f"{self.done}/{self.total} {outcome.source.name[:40]:<40}"
            )
            sys.stderr.flush()

    def close(self) -> None:
        if self.tty:
            sys.stderr.write("\n")
