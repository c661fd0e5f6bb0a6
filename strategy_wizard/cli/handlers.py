"""What each command of the command line does. Imported only after the arguments are parsed."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from strategy_wizard.base.errors import ExitCode, UserError
from strategy_wizard.base.files import expand_inputs, slug, write_output
from strategy_wizard.base.locale import languages
from strategy_wizard.cli.output import emit

if TYPE_CHECKING:
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions


def _today(args: argparse.Namespace) -> date:
    if getattr(args, "today", None):
        from strategy_wizard.model.qtypes import DAYS, date_of

        day = date_of(args.today)
        if day is None:
            raise UserError(
                f"--today: '{args.today}' is not a date (YYYY-MM-DD)", ExitCode.BAD_INPUT
            )
        if not DAYS[0] <= day <= DAYS[1]:
            raise UserError(
                f"--today: {day.isoformat()} is out of range; allowed: "
                f"{DAYS[0].isoformat()} – {DAYS[1].isoformat()}",
                ExitCode.BAD_INPUT,
            )
        return day
    return date.today()


def _report_problems(exc: Exception) -> None:
    from strategy_wizard.model.answers import AnswersError

    assert isinstance(exc, AnswersError)
    sys.stderr.write(f"{exc.source}: refused, {len(exc.problems)} problem(s):\n")
    for problem in exc.problems:
        sys.stderr.write(f"  {problem}\n")


def cmd_check(args: argparse.Namespace) -> int:
    from strategy_wizard.model.answers import AnswersError, load_answers

    files = expand_inputs(args.answers)
    bad = 0
    for path in files:
        try:
            answers = load_answers(path, lang=args.lang)
        except AnswersError as exc:
            _report_problems(exc)
            bad += 1
            continue
        migrated = (
            f" (read as version {answers.migrated_from} and migrated)"
            if answers.migrated_from is not None
            else ""
        )
        sys.stderr.write(f"{path}: ok{migrated}\n")
    return ExitCode.BAD_INPUT if bad else ExitCode.OK


def _format_for(args: argparse.Namespace) -> str:
    from strategy_wizard.render.formats import DEFAULT, from_extension

    if args.format:
        return str(args.format)
    if args.output and args.output != "-":
        fmt = from_extension(str(args.output))
        if fmt is not None:
            return fmt.name
    return DEFAULT


def cmd_render(args: argparse.Namespace) -> int:
    from strategy_wizard.cli.inputs import strategy_from_file
    from strategy_wizard.model.answers import AnswersError
    from strategy_wizard.render import FormatUnavailable, renderer
    from strategy_wizard.render.formats import BY_NAME

    fmt = _format_for(args)
    spec = BY_NAME[fmt]
    today = _today(args)
    files = expand_inputs(args.answers)
    many = len(files) > 1 or any(p.is_dir() for p in args.answers)
    if args.output == "-" and spec.binary:
        raise UserError(
            f"cannot write {fmt.upper()} to standard output; give a file with -o",
            ExitCode.BAD_INPUT,
        )
    if many and args.output == "-":
        raise UserError(
            "several answers files need -o FOLDER, not standard output", ExitCode.BAD_INPUT
        )
    options = _render_options(args)
    try:
        module = renderer(fmt)
    except FormatUnavailable as exc:
        raise UserError(str(exc), ExitCode.FAILURE) from None

    if many:
        from strategy_wizard.cli.batch import render_batch

        return render_batch(files, fmt, args, options, today)

    path = files[0]
    try:
        strategy = strategy_from_file(path, args.lang, today)
    except AnswersError as exc:
        _report_problems(exc)
        return ExitCode.BAD_INPUT
    if spec.bundle:
        return _write_bundle(strategy, spec.module, args.output, options)
    try:
        data = module.render(strategy, options)
    except FormatUnavailable as exc:
        raise UserError(str(exc), ExitCode.FAILURE) from None
    if args.output == "-" or (args.output is None and spec.to_stdout):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return ExitCode.OK
    out = (
        Path(args.output)
        if args.output
        else Path.cwd() / (slug(strategy.org_name) + spec.extension)
    )
    if out.is_dir():
        out = out / (path.stem + spec.extension)
    write_output(out, data)
    sys.stderr.write(f"{out}\n")
    return ExitCode.OK


def _write_bundle(
    strategy: Strategy, module_name: str, output: str | None, options: RenderOptions
) -> int:
    """A format of several files (one per network): into the folder -o names (made if
    missing), else the current folder; to standard output only when there is one file."""
    import importlib

    module = importlib.import_module(module_name)
    try:
        produced: list[tuple[str, bytes]] = module.files(strategy, options)
    except module.NothingToSchedule:
        sys.stderr.write(
            f"{strategy.org_name}: no post falls in the first four weeks (the plan opens by "
            "fixing the basics or by listening), so there is nothing to schedule yet; "
            "the calendar is in the PDF, HTML, Markdown and .ics documents\n"
        )
        return ExitCode.OK
    if output == "-":
        if len(produced) > 1:
            raise UserError(
                f"{len(produced)} files, one per network ({', '.join(n for n, _ in produced)}): "
                "give -o FOLDER, not standard output",
                ExitCode.BAD_INPUT,
            )
        sys.stdout.buffer.write(produced[0][1])
        return ExitCode.OK
    folder = Path(output) if output else Path.cwd()
    if folder.suffix.lower() == ".csv" and not folder.is_dir():
        raise UserError(
            f"-o {output}: this format writes one file per network; give a folder",
            ExitCode.BAD_INPUT,
        )
    if not folder.exists():
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise UserError(
                f"cannot make the folder {folder}: {exc.strerror}", ExitCode.BAD_INPUT
            ) from None
    for name, data in produced:
        write_output(folder / name, data)
        sys.stderr.write(f"{folder / name}\n")
    return ExitCode.OK


def _render_options(args: argparse.Namespace) -> RenderOptions:
    from strategy_wizard.render import RenderOptions

    options = RenderOptions(paper=args.paper, template_dir=args.template_dir)
    if args.template_dir is not None and not args.template_dir.is_dir():
        raise UserError(f"--template-dir: {args.template_dir} is not a folder", ExitCode.BAD_INPUT)
    if args.brand is not None:
        try:
            from strategy_wizard.render.brand import BrandError, load_brand
        except ModuleNotFoundError:
            raise UserError("--brand is not available yet in this version") from None
        try:
            options.brand = load_brand(args.brand)
        except BrandError as exc:
            raise UserError(str(exc), ExitCode.BAD_INPUT) from None
    return options


def cmd_questions(args: argparse.Namespace) -> int:
    import json

    from strategy_wizard.model.bank import load_bank

    lang = args.lang or languages().messages_default
    bank = load_bank()
    if args.format == "json":
        data = bank.model_dump(mode="json", by_alias=True, exclude_none=True)
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return ExitCode.OK
    lines: list[str] = []
    for i, step in enumerate(bank.steps, 1):
        lines += [f"## {i}. {step.title(lang)}", "", step.intro(lang), ""]
        for q in step.questions:
            if not q.asked_in(lang):
                continue
            flags = " *(required)*" if q.required else ""
            lines += [f"### `{q.id}` — {q.label(lang)}{flags}", "", f"*{q.help(lang)}*", ""]
            if q.type in ("choice", "multi"):
                lines += [f"- `{c}` — {q.choice_label(c, lang)}" for c in q.codes()] + [""]
            lines += [f"> {q.teaching(lang)}", ""]
    sys.stdout.write("\n".join(lines))
    return ExitCode.OK


def cmd_schema(args: argparse.Namespace) -> int:
    from strategy_wizard.model.schema import schema_text

    sys.stdout.write(schema_text())
    return ExitCode.OK


def cmd_examples(args: argparse.Namespace) -> int:
    from strategy_wizard.model.examples import list_examples

    for ex in list_examples():
        sys.stdout.write(f"{ex.name:<28} {ex.lang}  {ex.description}\n")
    return ExitCode.OK


def cmd_example(args: argparse.Namespace) -> int:
    from strategy_wizard.model.examples import find_example

    ex = find_example(args.name)
    if ex is None:
        from strategy_wizard.model.examples import list_examples

        names = ", ".join(e.name for e in list_examples())
        raise UserError(f"no example named '{args.name}'; available: {names}", ExitCode.BAD_INPUT)
    data = ex.path.read_bytes()
    return emit(data, args.output)


def cmd_wizard(args: argparse.Namespace) -> int:
    from strategy_wizard.tui.startup import hold_collection

    hold_collection()  # until the first frame: before Textual is imported (tui/startup.py)
    from strategy_wizard.tui.app import run_wizard

    return run_wizard(
        answers_path=args.answers,
        lang=args.lang,
        presenter=args.presenter,
        session_path=getattr(args, "session", None),
    )


def cmd_summary(args: argparse.Namespace) -> int:
    from strategy_wizard.cli.debrief import run_summary

    return run_summary(args)


def cmd_serve(args: argparse.Namespace) -> int:
    from strategy_wizard.workshop.server import run_server

    return run_server(args)


def cmd_purge(args: argparse.Namespace) -> int:
    from strategy_wizard.cli.purge import run_purge

    return run_purge(args)


def cmd_progress(args: argparse.Namespace) -> int:
    from strategy_wizard.cli.progress import print_table
    from strategy_wizard.engine import build_strategy
    from strategy_wizard.engine.progress import check_progress
    from strategy_wizard.model.answers import AnswersError, load_answers
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.model.catalogue import load_catalogue
    from strategy_wizard.model.progress import ActualsError, load_actuals
    from strategy_wizard.render.progress import to_json, to_markdown

    try:
        answers = load_answers(args.answers, lang=args.lang)
    except AnswersError as exc:
        _report_problems(exc)
        return ExitCode.BAD_INPUT
    try:
        actuals = load_actuals(args.actuals)
        day = _strategy_day(args, answers)
        catalogue = load_catalogue()
        strategy = build_strategy(answers, load_bank(), catalogue, day, lang=args.lang)
        rows = check_progress(strategy, actuals, catalogue)
    except ActualsError as exc:
        sys.stderr.write(f"{args.actuals}: refused:\n")
        for problem in exc.problems:
            sys.stderr.write(f"  {problem}\n")
        return ExitCode.BAD_INPUT
    fmt = args.format or (Path(args.output).suffix.lstrip(".") if args.output else "table")
    if fmt == "table":
        print_table(strategy, rows)
        return ExitCode.OK
    if fmt == "pdf":
        from strategy_wizard.render import FormatUnavailable
        from strategy_wizard.render.progress import progress_pdf

        try:
            data = progress_pdf(strategy, rows)
        except FormatUnavailable as exc:
            raise UserError(str(exc)) from None
    else:
        data = (to_json(rows) if fmt == "json" else to_markdown(strategy, rows)).encode()
    return emit(data, args.output)


def _strategy_day(args: argparse.Namespace, answers: object) -> date:
    """Rebuild the strategy as of the day it was made: --today, else the wizard's saved date."""
    if getattr(args, "today", None):
        return _today(args)
    from strategy_wizard.model.qtypes import date_of

    saved = (getattr(answers, "meta", {}) or {}).get("strategy_date")
    return (date_of(saved) if saved else None) or date.today()  # checked with the answers
