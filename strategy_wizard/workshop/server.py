"""The wizard served to a room of browsers, one independent session per participant.

Built on textual-serve's aiohttp server, extended where a workshop needs more:
- an access token whenever the server listens beyond this machine (checked on the page, then
  kept in an HttpOnly, SameSite=Strict cookie that the websocket and downloads require);
- a cap on live sessions, with a clear page when the room is full;
- a participant code that names the session file in the workshop folder, so a dropped
  connection resumes where it was and the trainer keeps every answers file; codes are first
  names in any script, compared without regard to case (`Zoé`, `ZOÉ` and `zoe\u0301` are one
  participant);
- every request's Origin checked against its Host, so that no other web page the trainer or a
  participant has open can drive a session (a websocket must come from this server's own page;
  a page request may come without an Origin, as a browser's navigation does); and, on a
  loopback address, the Host itself must be a loopback name, so a site that points its own
  name at 127.0.0.1 (DNS rebinding) is refused too;
- bad query values (a width that is not a number) answered 400 with a short message, and the
  terminal's size kept within bounds, on the way in and on every resize;
- no request to any third party: the page's fonts are served from here;
- answers kept for a stated time: the sign-in page tells participants where their answers are
  kept and for how long, and the server deletes those untouched for `--keep-days` (when it
  starts, then every hour; workshop/retention.py); `strategy-wizard purge FOLDER` clears a
  workshop at once.
Exports reach each participant as browser downloads (Textual's file delivery), never as files
left in a shared folder.
"""

from __future__ import annotations

import argparse
import hmac
import ipaddress
import json
import secrets
import shlex
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from aiohttp import WSMsgType, web

from strategy_wizard.base.locale import languages

CODE_MAX = 32
COOKIE = "sw_token"
ASSETS = Path(__file__).resolve().parent / "assets"
# the terminal's size, in cells: anything outside is brought back within
WIDTH = (10, 1000)
HEIGHT = (5, 500)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def participant_key(code: str) -> str | None:
    """The name a participant's code gives their session, or None for a code refused.

    A code is 1 to 32 letters of any script, digits, `-` and `_` (a combining accent may
    follow a letter). Two codes are the same participant when their NFC, case-folded forms are
    equal, and that form is the key: it holds only those characters, so it is a safe file name
    as it is (no `/`, no leading dot, no control or invisible character)."""
    code = unicodedata.normalize("NFC", code.strip())
    if not 1 <= len(code) <= CODE_MAX:
        return None
    for i, ch in enumerate(code):
        category = unicodedata.category(ch)
        if category[0] == "L" or category == "Nd" or ch in "-_":
            continue
        if category in ("Mn", "Mc") and i > 0:
            continue
        return None
    key = unicodedata.normalize("NFC", code.casefold())
    if "/" in key or key.startswith(".") or len(key.encode("utf-8")) > 200:
        return None  # cannot happen with the characters above; kept as the file's guard
    return key


def _size(raw: str | None, name: str, default: int, bounds: tuple[int, int]) -> int:
    """A terminal dimension from the query: a whole number, brought within `bounds`."""
    if raw is None or raw == "":
        return default
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6):
        raise web.HTTPBadRequest(
            text=f"{name} must be a whole number of character cells, not {raw[:20]!r}\n"
        )
    return min(max(int(raw), bounds[0]), bounds[1])


def default_workshop_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("strategy-wizard")) / "workshops" / date.today().isoformat()


class WorkshopServer:
    """textual-serve's server, with a guard, a cap and per-participant sessions."""

    def __init__(
        self,
        host: str,
        port: int,
        token: str | None,
        max_sessions: int,
        workshop_dir: Path,
        lang: str,
        keep_days: int = 30,
        sweep_also: list[Path] | None = None,
    ) -> None:
        from textual_serve.server import Server

        self.server = Server(command="", host=host, port=port, title="strategy-wizard")
        self.server.templates_path = ASSETS / "templates"
        self.host, self.port = host, port
        self.token = token
        self.max_sessions = max_sessions
        self.workshop_dir = workshop_dir
        self.lang = lang
        self.keep_days = keep_days
        # other folders the retention applies to (the earlier days' default folders)
        self.sweep_also = sweep_also or []
        self.live = 0

    # -- pages ------------------------------------------------------------------------------

    def t(self, key: str) -> str:
        from strategy_wizard.tui.texts import ui

        return ui(key, self.lang)

    def page(
        self, title: str, text: str, status: int = 200, form: bool = False, error: str = ""
    ) -> web.Response:
        import jinja2

        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(ASSETS / "templates"), autoescape=True
        )
        html = env.get_template("page.html").render(
            lang=self.lang,
            title=title,
            text=text,
            form=form,
            error=error,
            label=self.t("serve_join_label"),
            button=self.t("serve_join_button"),
            privacy=self.privacy() if form else "",
        )
        return web.Response(
            text=html,
            content_type="text/html",
            status=status,
            headers={"Cache-Control": "no-store"},
        )

    def privacy(self) -> str:
        """What participants are told, before they type anything, about their answers."""
        if self.keep_days:
            return self.t("serve_privacy").format(days=self.keep_days)
        return self.t("serve_privacy_until_purged")

    # -- keeping answers for the time said ---------------------------------------------------

    def sweep_old(self) -> None:
        from strategy_wizard.workshop.retention import sweep

        if not self.keep_days:
            return
        for folder in [self.workshop_dir, *self.sweep_also]:
            try:
                swept = sweep(
                    folder,
                    older_than=self.keep_days * 86400,
                    remove_empty=folder != self.workshop_dir,  # the room's own folder stays
                )
            except OSError as exc:  # a folder gone or unreadable: said, and the room goes on
                sys.stderr.write(f"strategy-wizard: {folder}: {exc}\n")
                continue
            if swept.answers_deleted:
                sys.stderr.write(
                    f"strategy-wizard: {swept.answers_deleted} answers files older than "
                    f"{self.keep_days} days deleted from {folder}\n"
                )

    async def _retention(self, app: web.Application) -> Any:
        import asyncio

        async def every_hour() -> None:
            while True:
                await asyncio.to_thread(self.sweep_old)
                await asyncio.sleep(3600)

        task = asyncio.create_task(every_hour())
        yield
        task.cancel()

    # -- the guard --------------------------------------------------------------------------

    def _token_ok(self, request: web.Request) -> bool:
        if self.token is None:
            return True
        given = request.query.get("token") or request.cookies.get(COOKIE) or ""
        return hmac.compare_digest(given.encode(), self.token.encode())

    def _host_ok(self, request: web.Request) -> bool:
        """On a loopback address, the Host must name this machine (DNS rebinding)."""
        if not is_loopback(self.host):
            return True
        try:
            name = urlsplit(f"//{request.host}").hostname or ""
        except ValueError:
            return False
        return is_loopback(name)

    def _origin_ok(self, request: web.Request) -> bool:
        """The Origin, when there is one, is this server as the Host names it. A websocket must
        have one: every browser sends it, and only a browser is served here."""
        origin = request.headers.get("Origin")
        if origin is None:
            return not request.path.startswith("/ws/")
        try:
            mine = urlsplit(f"//{request.host}")
            theirs = urlsplit(origin)
            if theirs.scheme not in ("http", "https") or not theirs.hostname:
                return False
            default = 443 if theirs.scheme == "https" else 80
            return (theirs.hostname, theirs.port or default) == (
                mine.hostname,
                mine.port or default,
            )
        except ValueError:  # a port that is not a number, a malformed address
            return False

    @web.middleware
    async def guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not (self._host_ok(request) and self._origin_ok(request)):
            return self.page(
                self.t("serve_forbidden_title"), self.t("serve_origin_text"), status=403
            )
        if not self._token_ok(request):
            return self.page(
                self.t("serve_forbidden_title"), self.t("serve_forbidden_text"), status=403
            )
        response: web.StreamResponse = await handler(request)
        if self.token is not None and request.query.get("token"):
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="Strict", path="/")
        return response

    # -- handlers ---------------------------------------------------------------------------

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        code = request.query.get("participant")
        if code is None:
            return self.page(self.t("serve_join_title"), self.t("serve_join_text"), form=True)
        key = participant_key(code)
        if key is None:
            return self.page(
                self.t("serve_join_title"),
                self.t("serve_join_text"),
                form=True,
                error=self.t("serve_bad_code"),
                status=400,
            )
        if self.live >= self.max_sessions:
            return self.page(self.t("serve_full_title"), self.t("serve_full_text"), status=503)
        import aiohttp_jinja2

        scheme = "wss" if request.secure else "ws"
        context = {
            "lang": self.lang,
            "font_size": 16,
            "app_websocket_url": f"{scheme}://{request.host}/ws/{quote(key, safe='')}",
            "config": {"static": {"url": "/static/"}},
            "application": {"name": "strategy-wizard"},
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        response.headers["Cache-Control"] = "no-store"
        return response

    def command_for(self, key: str) -> str:
        session = self.workshop_dir / f"{key}.yaml"
        return " ".join(
            shlex.quote(part)
            for part in (
                sys.executable,
                "-m",
                "strategy_wizard",
                "wizard",
                "--session",
                str(session),
                "--lang",
                self.lang,
            )
        )

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
        import asyncio

        from textual_serve.app_service import AppService

        key = participant_key(request.match_info["code"])
        if key is None:
            raise web.HTTPBadRequest(text="bad participant code\n")
        width = _size(request.query.get("width"), "width", 80, WIDTH)
        height = _size(request.query.get("height"), "height", 24, HEIGHT)
        if self.live >= self.max_sessions:
            raise web.HTTPServiceUnavailable(text="the room is full")
        websocket = web.WebSocketResponse(heartbeat=15)
        self.live += 1
        service: AppService | None = None
        try:
            await websocket.prepare(request)
            service = AppService(
                self.command_for(key),
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,  # type: ignore[arg-type]  # returns a bool, unused
                download_manager=self.server.download_manager,
                debug=False,
            )
            await service.start(width, height)
            await self.process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        finally:
            self.live -= 1
            if service is not None:
                await service.stop()
        return websocket

    async def process_messages(self, websocket: web.WebSocketResponse, service: Any) -> None:
        """The browser's messages to its wizard, as textual-serve's own loop handles them, but
        checked: a message that is not what the page sends is dropped, a resize is kept
        within bounds (a width of a billion cells would make the wizard eat the memory)."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = json.loads(message.data)
            except ValueError:
                continue
            if not isinstance(envelope, list) or not envelope:
                continue
            kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
            if kind == "stdin" and isinstance(data, str):
                await service.send_bytes(data.encode("utf-8", errors="replace"))
            elif kind == "resize" and isinstance(data, dict):
                width, height = data.get("width"), data.get("height")
                if type(width) is int and type(height) is int:
                    await service.set_terminal_size(
                        min(max(width, WIDTH[0]), WIDTH[1]),
                        min(max(height, HEIGHT[0]), HEIGHT[1]),
                    )
            elif kind == "ping" and isinstance(data, str | int | float):
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await service.blur()
            elif kind == "focus":
                await service.focus()

    async def make_app(self) -> web.Application:
        import aiohttp_jinja2
        import jinja2

        app = web.Application(middlewares=[self.guard])
        app.cleanup_ctx.append(self._retention)
        aiohttp_jinja2.setup(
            app, loader=jinja2.FileSystemLoader(ASSETS / "templates"), autoescape=True
        )
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws/{code}", self.handle_websocket, name="websocket"),
                web.get("/download/{key}", self.server.handle_download, name="download"),
                web.static("/static", self.server.statics_path, show_index=False, name="static"),
            ]
        )
        return app

    def share_url(self) -> str:
        shown = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host
        url = f"http://{shown}:{self.port}/"
        return url + (f"?token={self.token}" if self.token else "")

    def serve(self) -> None:
        web.run_app(self.make_app(), host=self.host, port=self.port, print=None)


def run_server(args: argparse.Namespace) -> int:
    from strategy_wizard.base.errors import ExitCode, UserError

    if args.max_sessions < 1:
        raise UserError("--max-sessions must be at least 1", ExitCode.BAD_INPUT)
    token = args.token
    if token is None and not is_loopback(args.host):
        token = secrets.token_urlsafe(16)
    if args.keep_days < 0:
        raise UserError("--keep-days must be 0 (kept until purged) or more", ExitCode.BAD_INPUT)
    workshop = args.workshop_dir or default_workshop_dir()
    try:
        workshop.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UserError(f"--workshop-dir {workshop}: is not a folder", ExitCode.BAD_INPUT) from None
    except OSError as exc:
        raise UserError(
            f"--workshop-dir {workshop}: cannot make the folder ({exc.strerror})",
            ExitCode.BAD_INPUT,
        ) from None
    lang = args.lang or languages().answers_default
    # with the default folder (one per day), the earlier days' folders are kept as long
    earlier = (
        [p for p in workshop.parent.iterdir() if p.is_dir() and p != workshop]
        if args.workshop_dir is None
        else []
    )
    server = WorkshopServer(
        args.host,
        args.port,
        token,
        args.max_sessions,
        workshop,
        lang,
        keep_days=args.keep_days,
        sweep_also=earlier,
    )
    kept = (
        f"kept {args.keep_days} days after their last change"
        if args.keep_days
        else "kept until purged"
    )
    sys.stderr.write(
        f"strategy-wizard: serving the wizard to browsers at {server.share_url()}\n"
        f"  answers saved in {workshop}, {kept}; at most {args.max_sessions} sessions\n"
        f"  to delete them now: strategy-wizard purge {shlex.quote(str(workshop))}\n"
    )
    sys.stderr.flush()
    server.serve()
    return 0
