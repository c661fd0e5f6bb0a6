"""Files in and out: small files read with a cap, outputs written so that a crash never leaves a
half-written one, and the names and folders a person gives on the command line.

Every file a person names goes through `read_bytes` / `read_text_file` (in) or `write_output`
(out), so the rules hold everywhere:

- In: the file is opened without blocking (a named pipe with no writer cannot hang the tool),
  checked on the opened descriptor (so what is checked is what is read), refused unless it is
  a regular file, and read with a cap that never trusts the size the file system reports (a
  `/proc` file says 0 bytes, a device says nothing at all).
- Out: a regular file or a new path is written atomically (a temp file in the same folder,
  fsync, rename), keeping the mode of the file it replaces, or the umask's for a new one; a
  character device or a named pipe (`/dev/null`, `/dev/stdout`, a pipe) is written through,
  never replaced; a disk device, a socket or a folder is refused; a symbolic link is followed
  to its target, which the same rules then apply to (the link itself stays).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import stat
import unicodedata
from pathlib import Path

from strategy_wizard.base.errors import BadInput, ExitCode, UserError

MAX_BYTES = 1_000_000
# The tool's own knowledge (data/*.yaml, questions/*.yaml, or a copy STRATEGY_WIZARD_RESOURCES
# points at) holds every text in every language: phrases.yaml is ~0.7 MB for two languages and a
# language added as data adds about a third more, so its cap is higher than an answers file's,
# still bounded so that a hostile resources folder cannot make start-up read without end.
DATA_MAX_BYTES = 8_000_000
_CHUNK = 1 << 16


class FileRefused(Exception):
    """A file that cannot be read as asked; the message says why, in plain words."""


def kind_of(mode: int) -> str:
    """What a file is, in words, for a message: 'a folder', 'a named pipe (FIFO)'..."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a device (character special file)"
    if stat.S_ISBLK(mode):
        return "a disk device (block special file)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "a regular file" if stat.S_ISREG(mode) else "a special file"


# -- reading --------------------------------------------------------------------------------


def _open_error(path: Path, exc: OSError) -> FileRefused:
    if exc.errno == errno.ENOENT:
        return FileRefused("file not found")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return FileRefused("permission denied")
    if exc.errno == errno.ELOOP:
        return FileRefused("a loop of symbolic links, not a file")
    if exc.errno == errno.ENOTDIR:
        return FileRefused("a part of this path is a file, not a folder")
    if exc.errno == errno.ENXIO:  # opening a socket, or a device with nothing behind it
        with contextlib.suppress(OSError):
            return FileRefused(f"is {kind_of(os.stat(path).st_mode)}, not a regular file")
    return FileRefused(f"cannot read the file ({exc.strerror or exc})")


def read_bytes(path: Path | str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; anything else is refused with
    `FileRefused`, whose message says why. Never blocks on a pipe, never reads a device, and
    reads at most `max_bytes + 1` bytes whatever size the file claims."""
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _open_error(Path(path), exc) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise FileRefused("is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused(f"is {kind_of(st.st_mode)}, not a regular file")
        if st.st_size > max_bytes:
            raise FileRefused(f"file too large ({st.st_size:,} bytes; at most {max_bytes:,})")
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            try:
                chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            except OSError as exc:
                raise FileRefused(f"cannot read the file ({exc.strerror or exc})") from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:  # it grew, or its size was a lie
            raise FileRefused(f"file too large (more than {max_bytes:,} bytes)")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text_file(path: Path | str, max_bytes: int = MAX_BYTES) -> str:
    """A small UTF-8 text file (a BOM is dropped), refusing huge, binary or special files."""
    data = read_bytes(path, max_bytes)
    if b"\x00" in data:
        raise FileRefused("binary file, not YAML or JSON text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileRefused(f"not UTF-8 text (byte {exc.start})") from None


# -- writing --------------------------------------------------------------------------------

# errors that say the path given is wrong (exit 2), as opposed to the machine failing (exit 1)
_BAD_PATH = {
    errno.EACCES,
    errno.EPERM,
    errno.EROFS,
    errno.ENOENT,
    errno.ENOTDIR,
    errno.EISDIR,
    errno.ENAMETOOLONG,
    errno.ELOOP,
    errno.EEXIST,
    errno.ENXIO,
}


def write_output(path: Path | str, data: bytes) -> Path:
    """Write `data` to the file a person named, by the rules in this module's docstring.

    Returns the path written (a symbolic link's target). Raises `BadInput` (exit 2) for a path
    that cannot take a file (a folder, a socket, a disk device, a pipe with no reader, a
    folder that is not writable) and `UserError` (exit 1) when the machine fails (a full disk).
    The messages name the path and the reason."""
    path = Path(path)
    try:
        return _write_output(path, data)
    except UserError:
        raise
    except BrokenPipeError:
        raise UserError(f"{path}: the program reading it stopped before the end") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno == errno.ENOTDIR or isinstance(exc, FileExistsError):
            reason = "a part of this path is a file, not a folder"
        message = f"cannot write {path}: {reason}"
        if exc.errno in _BAD_PATH:
            raise BadInput(message) from None
        raise UserError(message, ExitCode.FAILURE) from None


def _write_output(path: Path, data: bytes) -> Path:
    try:
        st: os.stat_result | None = os.stat(path)  # follows links: the target decides
    except FileNotFoundError:
        st = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise BadInput(f"{path}: a loop of symbolic links; refusing to write there") from None
        raise
    if st is None:  # a new file, or a link to a file still to be made: make it at the target
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
        target.parent.mkdir(parents=True, exist_ok=True)
        _replace(target, data, None)
        return target
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise BadInput(f"{path}: is a folder; give a file name")
    if stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        raise BadInput(f"{path}: is {kind_of(mode)}; refusing to write to it")
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        _write_through(path, data, fifo=stat.S_ISFIFO(mode))
        return path
    if not stat.S_ISREG(mode):
        raise BadInput(f"{path}: is {kind_of(mode)}; refusing to write to it")
    # `-o /dev/stdout` when standard output is a file: write to the descriptor the shell opened
    # (so `>>` still appends), rather than replace the file behind its back.
    for fd in (1, 2):
        with contextlib.suppress(OSError):
            own = os.fstat(fd)
            if (own.st_dev, own.st_ino) == (st.st_dev, st.st_ino) and path.is_symlink():
                _write_all(fd, data)
                return path
    target = Path(os.path.realpath(path))
    try:
        same = os.stat(target)
    except OSError:
        same = None
    if same is None or (same.st_dev, same.st_ino) != (st.st_dev, st.st_ino):
        # a link that names no path (a deleted file under /proc/self/fd): write through it
        _write_through(path, data, fifo=False, truncate=True)
        return path
    _replace(target, data, st)
    return target


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_through(path: Path, data: bytes, fifo: bool, truncate: bool = False) -> None:
    """Open an existing device or pipe for writing and write into it; it is never replaced."""
    flags = os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC | os.O_NONBLOCK
    if truncate:
        flags |= os.O_TRUNC
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if fifo and exc.errno == errno.ENXIO:
            raise BadInput(
                f"{path}: is a named pipe (FIFO) with no program reading it; start the reader first"
            ) from None
        raise
    try:
        # opened without waiting; now let each write wait for the reader as a pipe should
        flag_bits = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, flag_bits & ~os.O_NONBLOCK)
        _write_all(fd, data)
    finally:
        os.close(fd)


def _replace(target: Path, data: bytes, old: os.stat_result | None) -> None:
    """Atomically put `data` at `target`: temp file beside it, fsync, rename. The temp file is
    created with 0666, so the kernel applies the umask (and a folder's default ACL) exactly as
    for any new file; a replaced file's mode (and owner, when we may set it) is kept."""
    folder = target.parent
    stem = target.name[:200]
    for _ in range(100):
        # what secrets.token_hex(4) returns, without importing `secrets` (hmac, random, base64:
        # ~1.6 ms of every command's start, the wizard's first paint included)
        tmp = folder / f".{stem}.{os.urandom(4).hex()}.tmp"
        try:
            fd = os.open(
                tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW, 0o666
            )
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - a hundred random names all taken
        raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))
    try:
        try:
            if old is not None:
                if (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
                    with contextlib.suppress(OSError):  # only root, or a group we are in
                        os.fchown(fd, old.st_uid, old.st_gid)
                os.fchmod(fd, stat.S_IMODE(old.st_mode))
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


# -- names ----------------------------------------------------------------------------------


def slug(text: str) -> str:
    """A file name a person would recognise: accents dropped, spaces to hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return cleaned[:60] or "strategy"


INPUT_SUFFIXES = (".yaml", ".yml", ".json")


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Answers files, with folders replaced by the YAML/JSON entries they hold (sorted).

    Every entry with such a name is listed, whatever it is (a named pipe, a link to a device,
    a folder called `x.yaml`): the reader then refuses it with its reason, so nothing in the
    folder is passed over in silence. Folders with none of them are refused (`BadInput`)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            try:
                entries = sorted(p for p in path.iterdir() if p.suffix.lower() in INPUT_SUFFIXES)
            except OSError as exc:
                raise BadInput(f"{path}: cannot list the folder ({exc.strerror})") from None
            files += entries
        else:
            files.append(path)
    if not files:
        where = ", ".join(str(p) for p in paths)
        raise BadInput(f"{where}: no answers files in this folder (.yaml, .yml or .json)")
    return files
