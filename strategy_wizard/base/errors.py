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


class DataError(Exception):
    """The tool's own data is broken: a file shipped with it (or under
    STRATEGY_WIZARD_RESOURCES) that a translator or a trainer edited — the question bank, the
    catalogue, the languages, the messages, the documents' words or templates, the wizard's
    texts. Not the user's input: the command line says so, names the file and the problem, and
    ends in exit 1. Each loader's own error (BankError, CatalogueError...) derives from it."""


# Characters that, printed to a terminal, act instead of showing: the C0 and C1 controls (ESC
# starts the sequences that retitle a window, clear the screen or fake a prompt) and the
# bidirectional overrides that reorder what is shown. A file's name or a value quoted in a
# message may hold them; messages show them escaped. Line breaks and tabs stay.
_HIDDEN = {
    **{c: f"\\x{c:02x}" for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if c not in (9, 10, 13)},
    **{c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
}


def visible(text: str) -> str:
    """`text` for a terminal: control characters and direction overrides escaped (\\x1b)."""
    return text.translate(_HIDDEN)
