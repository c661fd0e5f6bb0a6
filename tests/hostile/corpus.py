"""The hostile corpus: inputs.yaml and outputs.yaml read as cases, and each case made for real
in a folder (files, named pipes, sockets, links, device nodes), never imitated."""

from __future__ import annotations

import os
import socket
import stat
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).resolve().parent
READERS = ("answers", "actuals", "brand", "logo", "session")
IS_ROOT = os.geteuid() == 0


@dataclass(frozen=True)
class Case:
    name: str
    make: str
    expect: tuple[str, ...] = ()
    readers: tuple[str, ...] = READERS
    known: str | None = None
    spec: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return self.name


def shown(name: str) -> str:
    """A name as the tool's messages show it: control characters escaped (\\x1b), so that a
    file's name cannot drive the terminal it is printed on."""
    return "".join(
        f"\\x{ord(c):02x}" if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 else c for c in name
    )


def input_cases() -> list[Case]:
    raw = yaml.safe_load((HERE / "inputs.yaml").read_text(encoding="utf-8"))
    cases = []
    for item in raw:
        readers = item.get("readers", "all")
        cases.append(
            Case(
                name=item["name"],
                make=item["make"],
                expect=tuple(item.get("expect", ())),
                readers=READERS if readers == "all" else tuple(readers),
                known=item.get("known"),
                spec=item,
            )
        )
    return cases


def output_cases() -> list[dict[str, Any]]:
    return yaml.safe_load((HERE / "outputs.yaml").read_text(encoding="utf-8"))


def needs_root(make: str) -> bool:
    return make in ("chardev", "blockdev")


def skip_unless_possible(make: str) -> None:
    if needs_root(make) and not IS_ROOT:
        pytest.skip("device nodes can only be made by root (os.mknod)")


def make(case: Case | dict[str, Any], folder: Path) -> Path:
    """Make the case's file in `folder`; returns its path. Sockets stay open until
    `close_all()` (they are kept on the module so they outlive this call)."""
    spec = case.spec if isinstance(case, Case) else case
    kind = spec["make"]
    skip_unless_possible(kind)
    path = folder / spec["name"]
    if kind == "file":
        path.write_bytes((HERE / "files" / spec["name"]).read_bytes())
    elif kind == "repeat":
        body = "".join(spec["text"].replace("{i}", str(i)) for i in range(spec["count"]))
        path.write_text(spec.get("head", "") + body + spec.get("tail", ""), encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "link":
        path.symlink_to(spec["to"])
    elif kind == "folder":
        path.mkdir()
    elif kind == "socket":
        # bound in a short folder (a socket's path is limited to ~100 bytes), then moved here:
        # it stays a listening socket under its new name
        short = Path(tempfile.mkdtemp(prefix="sw-", dir="/tmp"))
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(str(short / "s"))
        sock.listen(1)
        os.rename(short / "s", path)
        short.rmdir()
        _OPEN.append(sock)
    elif kind == "loop":
        path.symlink_to(path.name)
    elif kind == "dangling":
        path.symlink_to(folder / "nothing-here" / "gone.yaml")
    elif kind == "sparse":
        with path.open("wb") as fh:
            fh.truncate(spec["size"])
    elif kind in ("chardev", "blockdev"):
        kind_bit = stat.S_IFCHR if kind == "chardev" else stat.S_IFBLK
        os.mknod(path, 0o666 | kind_bit, os.makedev(*spec["device"]))
    else:  # pragma: no cover - a typo in the corpus
        raise ValueError(f"unknown make: {kind}")
    return path


_OPEN: list[socket.socket] = []


def close_all() -> None:
    while _OPEN:
        _OPEN.pop().close()


# -- outputs --------------------------------------------------------------------------------


def make_output(spec: dict[str, Any], folder: Path) -> tuple[Path, Path]:
    """Make what is at the output path before the tool writes there. Returns the path to give
    the tool and the path where the bytes should land (a link's target)."""
    kind = spec["make"]
    skip_unless_possible(kind)
    if kind == "none":
        return folder / spec["name"], folder / spec["name"]
    if kind == "regular":
        path = folder / spec["name"]
        path.write_bytes(b"what was there before\n")
        path.chmod(mode_of(spec))
        return path, path
    if kind == "under-file":
        blocker = folder / "a-file"
        blocker.write_bytes(b"a file, not a folder\n")
        return blocker / spec["name"], blocker / spec["name"]
    if kind == "link":
        _, real = make_output(spec["target"], folder)
        path = folder / spec["name"]
        path.symlink_to(real)
        return path, real
    path = make(spec, folder)
    return path, path


def mode_of(spec: dict[str, Any]) -> int:
    """A `mode` as written in the corpus: 0o644, read as text by YAML."""
    return int(str(spec["mode"]), 0)


class PipeReader:
    """A program reading a named pipe to its end, in a thread. The pipe is opened for reading
    before this returns, so a writer finds its reader there at once."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        self.data = b""
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        chunks: list[bytes] = []
        seen_writer = False
        try:
            while not self.stop.is_set():
                try:
                    chunk = os.read(self.fd, 1 << 16)
                except BlockingIOError:  # a writer is there, with nothing written yet
                    seen_writer = True
                    self.stop.wait(0.005)
                    continue
                if chunk:
                    chunks.append(chunk)
                    seen_writer = True
                elif seen_writer:  # the writer closed its end: that is all
                    break
                else:  # no writer yet
                    self.stop.wait(0.01)
        finally:
            self.data = b"".join(chunks)
            os.close(self.fd)

    def finish(self, grace: float = 3) -> bytes:
        """The bytes read, once the writer is done (or after `grace` seconds without one)."""
        self.thread.join(grace)
        self.stop.set()
        self.thread.join(5)
        return self.data
