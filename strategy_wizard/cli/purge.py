"""`strategy-wizard purge WORKSHOP_DIR`: a workshop's answers deleted now, once the trainer
has seen what goes and said yes (or given --yes)."""

from __future__ import annotations

import argparse
import sys

from strategy_wizard.base.errors import ExitCode, UserError


def run_purge(args: argparse.Namespace) -> int:
    from strategy_wizard.workshop.retention import contents, sweep

    folder = args.workshop_dir
    if not folder.is_dir():
        raise UserError(f"{folder}: not a folder", ExitCode.BAD_INPUT)
    found = contents(folder)
    say = sys.stderr.write
    for path in found.foreign:
        say(f"  left alone (not a workshop file): {path.name}\n")
    if not found.ours:
        say(f"{folder}: no workshop answers to delete\n")
        return ExitCode.OK
    say(
        f"{folder}: {len(found.sessions)} participants' answers, "
        f"{len(found.locks)} lock files and {len(found.temporary)} temporary files to delete\n"
    )
    if not args.yes:
        say("Delete them? This cannot be undone. [y/N] ")
        sys.stderr.flush()
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("y", "yes", "o", "oui"):
            say("nothing deleted\n")
            return ExitCode.FAILURE
    swept = sweep(folder)
    for path in swept.in_use:
        say(f"  left: {path.name} is open in a wizard (stop the server first)\n")
    for path, reason in swept.failed:
        say(f"  not deleted: {path.name}: {reason}\n")
    say(
        f"{swept.answers_deleted} answers files deleted"
        + (f", {folder} removed" if not folder.exists() else "")
        + "\n"
    )
    return ExitCode.FAILURE if swept.failed else ExitCode.OK
