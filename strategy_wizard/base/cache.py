"""A cache of the validated question bank and knowledge, so start-up skips re-validating data
that has not changed.

Validation is the point of loading data through pydantic, but paying for it on every command
doubles the cost of `render --format json`. The cache is keyed on the tool's version, every
data file's path, size and modification time and those of the code that validates them; it
lives in the user cache folder (platformdirs) and is only ever a shortcut: any problem reading
or writing it falls back to a normal load.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
KEEP = 4  # cached versions of each kind of data kept in the cache folder


def _cache_dir() -> Path:
    override = os.environ.get("STRATEGY_WIZARD_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("strategy-wizard"))


def _code(load: Callable[..., object]) -> list[Path]:
    """The Python files whose change changes what `load` returns: its own module and the models
    it validates into (their validators derive fields that the pickle keeps). Two builds of one
    version (a checkout between releases, `pip install .` of a newer commit) must not share a
    cache, or a fix to a model would be hidden behind last week's pickle."""
    models = Path(__file__).resolve().parent.parent / "model"
    module = sys.modules.get(getattr(load, "__module__", ""))
    own = [Path(module.__file__)] if module is not None and module.__file__ else []
    return [*own, *sorted(models.glob("*.py"))]


def _key(name: str, folder: Path, load: Callable[..., object] = lambda: None) -> str:
    from strategy_wizard.base.resources import resource_dir
    from strategy_wizard.base.version import __version__

    h = hashlib.sha256(f"{name}|{__version__}|{sys.version}|{folder}".encode())
    # every text's shape follows the list of languages, wherever the data itself lives
    languages = resource_dir("data") / "languages.yaml"
    for path in [*sorted(folder.glob("*.yaml")), languages, *_code(load)]:
        st = path.stat()
        h.update(f"{path}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:32]


def cached(name: str, folder: Path, load: Callable[[Path], T]) -> T:
    """`load(folder)`, or its pickled result from an earlier run on the same data files and
    the same code that validates them."""
    if os.environ.get("STRATEGY_WIZARD_NO_CACHE"):
        return load(folder)
    try:
        key = _key(name, folder, load)
    except Exception:  # any cache trouble means: load for real
        return load(folder)
    return _cached_as(name, key, lambda: load(folder))


def cached_keyed(name: str, key: str, load: Callable[[], T]) -> T:
    """`load()`, or its pickled result from an earlier run with the same `key` (a text that
    changes whenever what `load` reads does: a library's version and its file's size and time)."""
    if os.environ.get("STRATEGY_WIZARD_NO_CACHE"):
        return load()
    from strategy_wizard.base.version import __version__

    digest = hashlib.sha256(f"{name}|{__version__}|{sys.version}|{key}".encode())
    return _cached_as(name, digest.hexdigest()[:32], load)


def _read_own_file(path: Path) -> bytes:
    """The bytes of a cache file only this user could have written, or an error.

    A pickle runs code when loaded, so a file another account can write (or replace through a
    link, or hold open as a FIFO to make start-up hang) is never read: the data is loaded and
    validated again instead."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(f"{path}: not a regular file")
        if hasattr(os, "getuid") and (
            st.st_uid != os.getuid() or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        ):
            raise OSError(f"{path}: another account could have written it")
        return fh.read()


def _cached_as(name: str, key: str, load: Callable[[], T]) -> T:
    try:
        path = _cache_dir() / f"{name}-{key}.pickle"
        value: T = pickle.loads(_read_own_file(path))
        return value
    except Exception:  # any cache trouble means: load for real
        pass
    value = load()
    # a read-only home must not stop the tool
    with contextlib.suppress(Exception):
        from strategy_wizard.base.files import write_output

        if path.is_symlink() or (path.exists() and not path.is_file()):
            path.unlink()  # a name in our own folder: never write through it
        write_output(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        # keep a few: two installs or checkouts used in turn (a pipx one and a clone) would
        # otherwise throw each other's cache away at every command
        kept = sorted(
            path.parent.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    return value
