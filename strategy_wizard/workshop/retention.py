"""How long a workshop keeps participants' answers, and clearing them.

A workshop folder holds one session per participant (`CODE.yaml`, named by the code they
typed: often a first name), the lock beside each (`.CODE.yaml.lock`) and, after a crash, a
temporary file of a save cut short (`.CODE.yaml.1a2b3c4d.tmp`). Those are the workshop's files;
anything else in the folder (a trainer's notes, a foreign YAML file) is not, and is never
deleted. A session a running wizard has open (its lock held) is left alone too.

`sweep` deletes the workshop's files, all of them or only those untouched for a given time:
the server sweeps its folder when it starts and every hour (`serve --keep-days`), and
`strategy-wizard purge FOLDER` clears a folder at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from strategy_wizard.tui.sessions import SessionBusy, lock_path, lock_session, read_session

DEFAULT_KEEP_DAYS = 30
TEMP = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")  # base/files.py's temporary names
LOCK = re.compile(r"^\..+\.lock$")


@dataclass
class Contents:
    """A workshop folder's files, sorted by what they are."""

    sessions: list[Path] = field(default_factory=list)
    locks: list[Path] = field(default_factory=list)  # with or without their session
    temporary: list[Path] = field(default_factory=list)
    foreign: list[Path] = field(default_factory=list)  # not the workshop's: never deleted

    @property
    def ours(self) -> list[Path]:
        return [*self.sessions, *self.locks, *self.temporary]


@dataclass
class Swept:
    deleted: list[Path] = field(default_factory=list)
    in_use: list[Path] = field(default_factory=list)  # sessions a wizard has open
    kept: list[Path] = field(default_factory=list)  # ours, but recent enough to stay
    foreign: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def answers_deleted(self) -> int:
        return sum(1 for p in self.deleted if p.suffix == ".yaml")


def contents(folder: Path) -> Contents:
    found = Contents()
    for path in sorted(folder.iterdir()):
        name = path.name
        if path.is_symlink() or not path.is_file():
            found.foreign.append(path)  # a link or a folder: not something the wizard makes
        elif LOCK.match(name):
            found.locks.append(path)
        elif TEMP.match(name):
            found.temporary.append(path)
        elif name.endswith(".yaml") and not name.startswith("."):
            try:
                read_session(path)
            except ValueError:
                found.foreign.append(path)
            else:
                found.sessions.append(path)
        else:
            found.foreign.append(path)
    return found


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


def _unlink(path: Path, swept: Swept) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        swept.failed.append((path, exc.strerror or str(exc)))
    else:
        swept.deleted.append(path)


def _lock_free(path: Path) -> bool:
    """Whether no wizard holds this lock file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # closing drops the lock taken to look
    return True


def sweep(
    folder: Path,
    older_than: float | None = None,
    now: float | None = None,
    remove_empty: bool = True,
) -> Swept:
    """Delete the workshop's files in `folder`: sessions no wizard has open, with their locks,
    and temporary files; with `older_than` (seconds), only those last changed longer ago.
    A folder left empty is removed (unless `remove_empty` is false)."""
    now = time.time() if now is None else now
    swept = Swept()
    if not folder.is_dir():
        return swept
    found = contents(folder)
    swept.foreign = found.foreign

    def old(path: Path) -> bool:
        return older_than is None or _age(path, now) > older_than

    for session in found.sessions:
        if not old(session):
            swept.kept.append(session)
            continue
        try:
            lock = lock_session(session)
        except SessionBusy:
            swept.in_use.append(session)
            continue
        except OSError as exc:
            swept.failed.append((session, exc.strerror or str(exc)))
            continue
        try:
            _unlink(session, swept)
            _unlink(lock_path(session), swept)
        finally:
            lock.release()
    for path in found.locks:
        if path.exists() and old(path) and _lock_free(path):
            _unlink(path, swept)
    for path in found.temporary:
        if old(path):
            _unlink(path, swept)
    if remove_empty:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if nothing is left
    return swept
