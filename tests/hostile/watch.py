"""Observers for hostile-input tests that run the real command line: an audit hook loaded by
the CLI's Python at start-up (PYTHONPATH: sitecustomize) that writes down every file opened or
listed under a watched folder, every socket opened or named, and, in a second log, every
process started and every class a pickle asks for; a sentinel file no input may read; and a
marker file a hostile payload would create. The hook only observes; nothing is changed.

A live HTTP server on 127.0.0.1 counting requests goes with it (the `watch` fixtures).
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

AUDIT_HOOK = """
import os, sys
_log, _watch = os.environ.get("SW_AUDIT_LOG"), os.environ.get("SW_AUDIT_WATCH")
_runs = os.environ.get("SW_AUDIT_RUNS")
_busy = []
def _write(path, line):
    _busy.append(1)
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(line + "\\n")
    finally:
        _busy.pop()
def _hook(event, args):
    if _busy or not _log:
        return
    seen = None
    if event in ("open", "os.listdir", "os.scandir", "os.readlink", "os.chdir") and args:
        target = args[0]
        if isinstance(target, (str, bytes, os.PathLike)):
            target = os.fsdecode(target)
            if _watch in target:
                seen = target
    elif event.startswith(("socket.", "urllib.", "http.")) and event != "socket.__new__":
        seen = repr(args)[:200]
    if seen is not None:
        _write(_log, f"{event} {seen}")
    if _runs and (
        event in ("subprocess.Popen", "os.system", "os.posix_spawn", "os.fork", "os.forkpty")
        or event.startswith(("os.exec", "os.spawn"))
    ):
        what = args[0] if args else ""
        if isinstance(what, (str, bytes)):
            what = os.path.basename(os.fsdecode(what))
        _write(_runs, f"run {what}")
    elif _runs and event == "pickle.find_class":
        _write(_runs, f"unpickle {args[0]}.{args[1]}")
if _log:
    sys.addaudithook(_hook)
"""


class Watch:
    """The sentinel (a secret folder no input may read), the marker a payload would make, the
    HTTP server's hits and the audit logs of the CLI runs made with `env`."""

    def __init__(self, root: Path, port: int, hits: list[str]) -> None:
        self.port, self.hits = port, hits
        self.secret = root / "secret"
        self.secret.mkdir()
        self.secret_text = "SENTINEL-3f9c1e-never-in-a-document"
        self.sentinel = self.secret / "sentinel.txt"
        self.sentinel.write_text(self.secret_text + "\n", encoding="utf-8")
        # a partial's name, for a link to this folder passed off as the template folder's own
        (self.secret / "_colophon.html.j2").write_text(self.secret_text, encoding="utf-8")
        self.pwned = root / "PWNED"
        hook = root / "hook"
        hook.mkdir()
        (hook / "sitecustomize.py").write_text(AUDIT_HOOK, encoding="utf-8")
        self.log = root / "audit.log"
        self.runs_log = root / "runs.log"
        self.env = {
            "PYTHONPATH": str(hook),
            "SW_AUDIT_LOG": str(self.log),
            "SW_AUDIT_WATCH": str(self.secret),
            "SW_AUDIT_RUNS": str(self.runs_log),
        }

    def seen(self) -> list[str]:
        """Files read or listed under the secret folder, sockets opened, since the last call."""
        return self._take(self.log)

    def runs(self) -> set[str]:
        """Processes started and classes unpickled, since the last call."""
        return set(self._take(self.runs_log))

    @staticmethod
    def _take(path: Path) -> list[str]:
        if not path.exists():
            return []
        lines = path.read_text(encoding="utf-8").splitlines()
        path.unlink()
        return lines


def serve(make: type[Watch] = Watch, root: Path | None = None) -> Iterator[Watch]:
    """A Watch with its live server: for a fixture (`yield from serve(root=tmp_path)`)."""
    hits: list[str] = []

    class Counter(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { background: red }")

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    assert root is not None
    try:
        yield make(root, httpd.server_address[1], hits)
    finally:
        httpd.shutdown()
        httpd.server_close()
