"""Where a command's output goes: a file named by the person (its name then on stderr), or
standard output. One place for every command, so each writes the same way."""

from __future__ import annotations

import sys
from pathlib import Path

from strategy_wizard.base.errors import ExitCode, UserError


def emit(data: bytes, output: str | None) -> int:
    """Write to the file named (its name then goes to stderr), or to stdout for none or '-'."""
    if output and output != "-":
        write_atomic(Path(output), data)
        sys.stderr.write(f"{output}\n")
    else:
        sys.stdout.buffer.write(data)
    return ExitCode.OK


def write_atomic(path: Path, data: bytes) -> None:
    from strategy_wizard.base.files import atomic_write

    try:
        atomic_write(path, data)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}") from None
