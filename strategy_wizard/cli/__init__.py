"""The `strategy-wizard` command line.

Argument parsing comes first and imports nothing heavy: each command imports what it needs when
it runs, so `--help` answers at once and `check` never loads Textual or WeasyPrint.
Exit codes (product brief §6): 0 done, 2 bad input (usage or a refused file), 1 anything else.
Messages go to standard error, never a traceback (set STRATEGY_WIZARD_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import os
import sys

from strategy_wizard.base.errors import DataError, ExitCode, UserError, visible
from strategy_wizard.base.version import __version__
from strategy_wizard.render.formats import names

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (about 3 ms), for --help
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from pathlib import Path
    from typing import Any, NoReturn

DEFAULT_KEEP_DAYS = 30  # workshop/retention.py's, repeated so that --help imports nothing


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # usage errors exit 2, as argparse does, briefly
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(int(ExitCode.BAD_INPUT))

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse's own width, without the `import shutil` (and its compression modules) that
        # argparse makes only to ask for it
        return self.formatter_class(prog=self.prog, width=_columns() - 2)  # type: ignore[call-arg]


def _columns() -> int:
    """`shutil.get_terminal_size().columns`, as argparse reads it: $COLUMNS, else the
    terminal's width, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            stdout = sys.__stdout__
            columns = os.get_terminal_size(stdout.fileno()).columns if stdout else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return columns


def _path(text: str) -> Path:
    """A path argument: pathlib (about 3 ms of imports) only once a command's options are
    built, not for the top-level `--help`."""
    from pathlib import Path

    return Path(text)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line. With `only`, just that command gets its options: the others are listed
    in the help, but not built (building every command's options is most of `--help`'s own
    time); `only=""` builds none, for the top-level `--help` and `--version`."""
    p = _Parser(
        prog="strategy-wizard",
        description="Build a social-media strategy objective first, networks last. "
        "Without a command, opens the wizard.",
    )
    p.add_argument("--version", action="version", version=f"strategy-wizard {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    w = sub.add_parser("wizard", help="open the terminal wizard (the default)")
    if only in (None, "wizard"):
        w.add_argument("answers", nargs="?", type=_path, help="an answers file to open")
        _lang(w)
        w.add_argument(
            "--presenter",
            action="store_true",
            help="large, high-contrast display with teaching notes, for a projector",
        )
        w.add_argument(
            "--session",
            type=_path,
            metavar="PATH",
            help="keep the session in this file (opened if it exists)",
        )

    r = sub.add_parser(
        "render", help="build the strategy and write it as PDF, HTML, Markdown, JSON or calendar"
    )
    if only in (None, "render"):
        r.add_argument(
            "answers", nargs="+", type=_path, help="answers files (YAML or JSON) or folders"
        )
        r.add_argument(
            "-o",
            "--output",
            metavar="PATH",
            help="output file, '-' for standard output, or a folder for several answers",
        )
        r.add_argument(
            "-f",
            "--format",
            choices=names(),
            help="output format (default: from the -o extension, else pdf)",
        )
        _lang(r)
        r.add_argument(
            "--brand", type=_path, metavar="BRAND.yaml", help="branding for the document"
        )
        r.add_argument(
            "--template-dir",
            type=_path,
            metavar="DIR",
            help="your own Jinja2 templates (rendered in a sandbox)",
        )
        r.add_argument(
            "--paper",
            choices=("a4", "letter"),
            default=None,
            help="paper size (default: Letter for the US and Canada, A4 elsewhere)",
        )
        r.add_argument(
            "--today",
            metavar="YYYY-MM-DD",
            help="the date to build the strategy as of (default: today)",
        )
        r.add_argument(
            "-j",
            "--jobs",
            type=_positive,
            metavar="N",
            help="files rendered at once when there are several (default: one per core)",
        )

    c = sub.add_parser("check", help="validate answers files; every problem is listed")
    if only in (None, "check"):
        c.add_argument("answers", nargs="+", type=_path)
        _lang(c, "language of the messages")

    q = sub.add_parser("questions", help="print the question bank")
    if only in (None, "questions"):
        _lang(q)
        q.add_argument("--format", choices=("md", "json"), default="md")

    sub.add_parser("schema", help="print the JSON Schema of the answers file")
    sub.add_parser("examples", help="list the bundled example answers files")
    e = sub.add_parser("example", help="print or save one example answers file")
    if only in (None, "example"):
        e.add_argument("name")
        e.add_argument("-o", "--output", metavar="FILE")

    s = sub.add_parser("summary", help="a trainer's debrief across a group's answers")
    if only in (None, "summary"):
        s.add_argument("answers", nargs="+", type=_path, help="a folder or answers files")
        s.add_argument("-o", "--output", metavar="PATH")
        s.add_argument("-f", "--format", choices=("pdf", "md", "json"))
        _lang(s)

    g = sub.add_parser("progress", help="compare actual KPI values with the plan's targets")
    if only in (None, "progress"):
        g.add_argument("answers", type=_path, help="the answers file the strategy was built from")
        g.add_argument(
            "actuals",
            type=_path,
            metavar="ACTUALS.yaml",
            help="measures: a list of {date, value, kpi} (kpi defaults to main)",
        )
        g.add_argument("-o", "--output", metavar="PATH")
        g.add_argument("-f", "--format", choices=("table", "md", "json", "pdf"))
        g.add_argument(
            "--today",
            metavar="YYYY-MM-DD",
            help="the date the strategy was built on, to rebuild it identically",
        )
        _lang(g)

    v = sub.add_parser(
        "serve",
        help="serve the wizard to participants' browsers (a workshop)",
        description="Serve the wizard to a room of browsers: each participant signs in with a "
        "first name or a short code and gets their own session, kept in the workshop folder "
        "on this computer. Exports go to each participant's browser as downloads.",
    )
    if only in (None, "serve"):
        v.add_argument(
            "--host",
            default="127.0.0.1",
            help="address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for "
            "every network the computer is on, which turns the access token on)",
        )
        v.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
        v.add_argument(
            "--token",
            help="access token participants need in the link (default: none on 127.0.0.1, a "
            "random one printed with the link when listening beyond this computer)",
        )
        v.add_argument(
            "--max-sessions",
            type=int,
            default=30,
            metavar="N",
            help="participants connected at once; the next one is told the room is full "
            "(default: 30)",
        )
        v.add_argument(
            "--workshop-dir",
            type=_path,
            metavar="DIR",
            help="folder for the participants' answers, one file per participant code "
            "(default: a folder per day under the user data folder, printed at start)",
        )
        v.add_argument(
            "--keep-days",
            type=int,
            default=DEFAULT_KEEP_DAYS,
            metavar="N",
            help="delete answers N days after their last change, checked at start and every "
            f"hour; the sign-in page says so; 0 keeps them until purged (default: "
            f"{DEFAULT_KEEP_DAYS})",
        )
        _lang(v, "language of the sign-in page and of the wizard")

    pg = sub.add_parser(
        "purge",
        help="delete a workshop's answers now (asks first)",
        description="Delete the participants' answers in a workshop folder, with their lock "
        "and temporary files. Other files in the folder are left alone, and so are the "
        "answers of a participant whose wizard is still open.",
    )
    if only in (None, "purge"):
        pg.add_argument("workshop_dir", type=_path, metavar="WORKSHOP_DIR", help="the folder")
        pg.add_argument("-y", "--yes", action="store_true", help="delete without asking")
    return p


def _positive(text: str) -> int:
    """A count of at least one; argparse turns the error into a usage message (exit 2)."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


class _LanguageCodes:
    """The languages of the data, read when a `--lang` is checked or a command's help is shown:
    not for every command line (the top-level `--help` must answer at once)."""

    def _codes(self) -> tuple[str, ...]:
        from strategy_wizard.base.locale import languages

        return languages().codes

    def __contains__(self, code: object) -> bool:
        return code in self._codes()

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes())


def _lang(p: argparse.ArgumentParser, text: str = "language of the output") -> None:
    # a metavar, and the codes in the help (expanded only when help is shown)
    p.add_argument("--lang", choices=_LanguageCodes(), metavar="LANG", help=f"{text}: %(choices)s")


class _VisibleStream:
    """Standard error for the commands: what is written there is shown, never obeyed, by the
    terminal (a file named with an escape sequence cannot retitle the window or clear it)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(visible(text))  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


_PLUGINS_OFF = ("__all__", "1", "true")  # pydantic's own values for "no plugin at all"


def _no_plugin_loader() -> None:
    """With pydantic's plugins turned off, skip importing its plugin loader too.

    PYDANTIC_DISABLE_PLUGINS stops the entry-point scan, but `pydantic.plugin._loader` still
    imports `importlib.metadata` (with email, zipfile, socket, csv…: about 15 ms, a fifth of
    the floor `render --format json` is measured against) before reading the variable. This
    stands in for it with the same answer (no plugin) while the variable says so; if it no
    longer does, the real loader is imported and asked. Nothing is replaced once pydantic has
    loaded its own (tests/test_speed33_startup.py checks both ways)."""
    name = "pydantic.plugin._loader"
    if name in sys.modules or os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in _PLUGINS_OFF:
        return
    # a module like any (`type(sys)`: `types` is not imported for `--help`)
    stand_in = type(sys)(name, "strategy-wizard's stand-in: plugins are turned off")

    def get_plugins() -> tuple[object, ...]:
        if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in _PLUGINS_OFF:
            return ()
        import importlib

        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        return tuple(importlib.import_module(name).get_plugins())

    stand_in.get_plugins = get_plugins  # type: ignore[attr-defined]
    sys.modules[name] = stand_in


def main(argv: Sequence[str] | None = None) -> int:
    # The tool uses no pydantic plugin; skipping their discovery (an entry-point scan of every
    # installed package) saves several milliseconds on each command, and skipping the loader's
    # own imports saves more.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _no_plugin_loader()
    argv = list(sys.argv[1:] if argv is None else argv)
    # No command means the wizard, with its own options (`strategy-wizard --lang fr`).
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["wizard", *argv]
    args = build_parser("" if argv[0].startswith("-") else argv[0]).parse_args(argv)
    command = args.command
    if command not in ("wizard", "serve"):
        # A one-shot command allocates its models and data once and exits: the cyclic
        # collector's default pace (every 700 new objects) cost ~60 ms of CPU on
        # `render --format json` (430 → 385 ms), for cycles that would only be freed at exit.
        # Cycles are still collected, less often; the long-running wizard and server keep
        # the default.
        import gc

        gc.set_threshold(100_000, 50, 100)
    if command != "wizard":  # the wizard's terminal is Textual's own
        sys.stderr = _VisibleStream(sys.stderr)
    try:
        from strategy_wizard.cli import handlers as commands

        handler: Callable[[argparse.Namespace], int] = getattr(commands, f"cmd_{command}")
        return handler(args)
    except UserError as exc:
        sys.stderr.write(f"strategy-wizard: {exc}\n")
        return exc.code
    except KeyboardInterrupt:
        sys.stderr.write("strategy-wizard: interrupted\n")
        return 130
    except BrokenPipeError:
        return ExitCode.OK
    except DataError as exc:  # a file shipped with the tool, edited and broken: not the user's
        if os.environ.get("STRATEGY_WIZARD_DEBUG"):
            raise
        sys.stderr.write(
            f"strategy-wizard: the tool's own data is broken, not your input: {exc}\n"
            "Undo the edit to that file (or unset STRATEGY_WIZARD_RESOURCES), or reinstall "
            "strategy-wizard.\n"
        )
        return ExitCode.FAILURE
    except Exception as exc:  # the promise: a message, never a traceback
        if os.environ.get("STRATEGY_WIZARD_DEBUG"):
            raise
        sys.stderr.write(
            f"strategy-wizard: unexpected error: {type(exc).__name__}: {exc}\n"
            "Set STRATEGY_WIZARD_DEBUG=1 to see the details, and please report it.\n"
        )
        return ExitCode.FAILURE
