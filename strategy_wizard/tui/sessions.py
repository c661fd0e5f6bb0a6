"""Sessions: each unfinished strategy is an answers file with a `meta` block, saved atomically
under the user data folder, so a crash or a closed laptop loses nothing.

A wizard holds an exclusive lock on its session while it has it open (flock on a hidden
`.NAME.lock` beside it, which says who holds it: pid, host, since when), so that two wizards on
one file (two terminals, two browser tabs with one participant code) cannot silently overwrite
each other's answers: the second is told who has it. The lock goes when the wizard quits, and
with its process if that dies (the OS drops it); the small lock file stays, empty, on purpose
(removing it would let two wizards lock two different files of the same name)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any


def sessions_dir() -> Path:
    override = os.environ.get("STRATEGY_WIZARD_DATA_DIR")
    if override:
        return Path(override) / "sessions"
    from platformdirs import user_data_dir

    return Path(user_data_dir("strategy-wizard")) / "sessions"


@dataclass(frozen=True)
class SessionInfo:
    path: Path
    org_name: str
    saved_at: str


def read_session(path: Path) -> dict[str, Any]:
    """The raw data of a session file; raises ValueError for a corrupt or foreign file."""
    from strategy_wizard.base.yamlio import YamlError, load_yaml_file

    try:
        data = load_yaml_file(path)
    except YamlError as exc:
        raise ValueError(str(exc)) from None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("meta"), dict)
        or data["meta"].get("tool") != "strategy-wizard"
    ):
        raise ValueError("not a strategy-wizard session")
    # the parts the wizard takes as they are must have their shape; answers may be anything
    # (a wrong one is kept as a draft, as typed)
    shapes = {
        "notes": data.get("notes"),
        "overrides": data.get("overrides"),
        "meta.drafts": data["meta"].get("drafts"),
    }
    for where, value in shapes.items():
        if value is not None and not isinstance(value, dict):
            raise ValueError(f"{where}: expected a mapping, found {type(value).__name__}")
    notes = data.get("notes") or {}
    bad = [str(k) for k, v in notes.items() if not isinstance(k, str) or not isinstance(v, str)]
    if bad:
        raise ValueError(f"notes: each note is a section name and a text ({bad[0]})")
    return data


def list_sessions(folder: Path) -> tuple[list[SessionInfo], list[tuple[Path, str]]]:
    """Readable sessions, newest first, and the files skipped with the reason."""
    found, skipped = [], []
    if not folder.is_dir():
        return [], []
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = read_session(path)
        except ValueError as exc:
            skipped.append((path, str(exc)))
            continue
        found.append(
            SessionInfo(
                path, str(data.get("org_name") or "?"), str(data["meta"].get("saved_at", ""))
            )
        )
    found.sort(key=lambda s: s.saved_at, reverse=True)
    return found, skipped


def new_session_path(folder: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"strategy-{stamp}.yaml"


def save_session(path: Path, data: dict[str, Any]) -> None:
    import yaml

    from strategy_wizard.base.files import write_output

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: ~10x faster
    text = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
    write_output(path, text.encode("utf-8"))


# -- the lock -----------------------------------------------------------------------------


def lock_path(session: Path) -> Path:
    """The lock beside a session (the link's target, for a session reached through a link)."""
    real = Path(os.path.realpath(session))
    return real.with_name(f".{real.name}.lock")


@dataclass(frozen=True)
class Holder:
    """Who holds a session, as its lock file says (any part may be unknown)."""

    pid: str = "?"
    host: str = "?"
    since: str = "?"


class SessionBusy(Exception):
    """Another wizard has this session open."""

    def __init__(self, path: Path, holder: Holder) -> None:
        super().__init__(f"{path}: open in another wizard (pid {holder.pid} on {holder.host})")
        self.path, self.holder = path, holder


class SessionLock:
    """An exclusive lock on one session, held from `lock_session` to `release`."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path, self._fd = path, fd

    def release(self) -> None:
        if self._fd < 0:
            return
        fd, self._fd = self._fd, -1
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # no stale name in the file for whoever comes next
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _clean(text: str) -> str:
    """A field from another process's lock file, safe to show: printable, short."""
    return "".join(ch for ch in text if ch.isprintable())[:80] or "?"


def _read_holder(fd: int) -> Holder:
    try:
        text = os.pread(fd, 4096, 0).decode("utf-8", errors="replace")
    except OSError:
        return Holder()
    fields = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = _clean(value.strip())
    return Holder(
        pid=fields.get("pid", "?"), host=fields.get("host", "?"), since=fields.get("since", "?")
    )


def lock_session(session: Path) -> SessionLock:
    """Lock a session for this wizard. Raises `SessionBusy` (saying who has it) when another
    wizard holds it, and OSError when no lock can be made there (a read-only folder)."""
    path = lock_path(session)
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK
    fd = os.open(path, flags, 0o666)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SessionBusy(session, _read_holder(fd)) from None
        since = datetime.now().astimezone().isoformat(timespec="seconds")
        info = f"pid: {os.getpid()}\nhost: {socket.gethostname()}\nsince: {since}\n"
        os.ftruncate(fd, 0)
        os.pwrite(fd, info.encode("utf-8"), 0)
    except BaseException:
        os.close(fd)
        raise
    return SessionLock(path, fd)


def fresh_path_beside(session: Path) -> Path:
    """A free name next to a session that cannot be opened, for a fresh one, so the damaged
    file stays as it is (someone may want to repair it) and the new one sits where the first
    was expected (a workshop's folder, say)."""
    stem = session.stem
    for n in range(1, 1000):
        candidate = session.with_name(f"{stem}-new{'' if n == 1 else f'-{n}'}.yaml")
        if not os.path.lexists(candidate):
            return candidate
    return new_session_path(session.parent)
