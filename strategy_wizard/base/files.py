"""Files in and out: small text files read with a cap, outputs written so that a crash never
leaves a half-written one, and the names and folders a person gives on the command line."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

MAX_BYTES = 1_000_000


class FileRefused(Exception):
    """A file that cannot be read as asked; the message says why, in plain words."""


def atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def read_text_file(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """Read a small UTF-8 text file, refusing huge or binary files with a clear reason."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FileRefused("file not found") from None
    except OSError as exc:
        raise FileRefused(f"cannot read the file ({exc.strerror})") from None
    if path.is_dir():
        raise FileRefused("is a folder, not a file")
    if size > max_bytes:
        raise FileRefused(f"file too large ({size:,} bytes; at most {max_bytes:,})")
    data = path.read_bytes()
    if b"\x00" in data:
        raise FileRefused("binary file, not YAML or JSON text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileRefused(f"not UTF-8 text (byte {exc.start})") from None


def slug(text: str) -> str:
    """A file name a person would recognise: accents dropped, spaces to hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return cleaned[:60] or "strategy"


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Answers files, with folders replaced by the YAML/JSON files they hold (sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in (".yaml", ".yml", ".json") and p.is_file()
            )
        else:
            files.append(path)
    return files
