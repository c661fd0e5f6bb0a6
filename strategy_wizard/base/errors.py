"""Failures a user can cause, with the exit code they end in (product brief §6).

At the bottom of the layers so that every part that meets bad input (a loader, a renderer, the
workshop server) can say so in one way, and the command line only turns it into a message and
a code: 0 done, 2 bad input (usage, or a file refused), 1 anything else.
"""

from __future__ import annotations


class ExitCode:
    """The process's exit codes (plain ints: `--help` must not pay for the enum module)."""

    OK = 0
    FAILURE = 1
    BAD_INPUT = 2
    INTERRUPTED = 130


class UserError(Exception):
    """A failure with a message for the user (no traceback) and the exit code it ends in."""

    def __init__(self, message: str, code: int = ExitCode.FAILURE) -> None:
        super().__init__(message)
        self.code = code


class BadInput(UserError):
    """Something the user gave was refused: a usage error, a file, a value (exit 2)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.BAD_INPUT)
