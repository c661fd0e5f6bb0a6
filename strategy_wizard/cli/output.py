"""Where a command's output goes: a file named by the person (its name then on stderr), or
standard output. One place for every command, so each writes the same way (base/files.py's
write_output: atomic for a file, through for a pipe or a device, never replacing a link)."""

from __future__ import annotations

import sys
from pathlib import Path

from strategy_wizard.base.errors import ExitCode


def emit(data: bytes, output: str | None) -> int:
    """Write to the file named (its name then goes to stderr), or to stdout for none or '-'."""
    from strategy_wizard.base.files import write_output

    if output and output != "-":
        write_output(Path(output), data)
        sys.stderr.write(f"{output}\n")
    else:
        sys.stdout.buffer.write(data)
    return ExitCode.OK
