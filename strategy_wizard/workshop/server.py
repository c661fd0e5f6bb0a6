"""The wizard served to a room of browsers, one independent session per participant.

Built on textual-serve's aiohttp server, extended where a workshop needs more:
- an access token whenever the server listens beyond this machine (checked on the page, then
  kept in an HttpOnly, SameSite=Strict cookie that the websocket and downloads require);
- a cap on live sessions, with a clear page when the room is full;
- a participant code that names the session file in the workshop folder, so a dropped
  connection resumes where it was and the trainer keeps every answers file;
- no request to any third party: the page's fonts are served from here.
Exports reach each participant as browser downloads (Textual's file delivery), never as files
left in a shared folder.
"""

from __future__ import annotations

import argparse
import hmac
import ipaddress
import re
import secrets
import shlex
import sys
from datetime import date
from pathlib import Path
from typing import Any

from aiohttp import web

from strategy_wizard.base.locale import languages

CODE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
COOKIE = "sw_token"
ASSETS = Path(__file__).resolve().parent / "assets"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
    ) -> None:
        from textual_serve.server import Server

        self.server = Server(command="", host=host, port=port, title="strategy-wizard")
        self.server.templates_path = ASSETS / "templates"
        self.host, self.port = host, port
        self.token = token
        self.max_sessions = max_sessions
        self.workshop_dir = workshop_dir
        self.lang = lang
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
        )
        return web.Response(
            text=html,
            content_type="text/html",
            status=status,
            headers={"Cache-Control": "no-store"},
        )

    # -- the guard --------------------------------------------------------------------------

    def _token_ok(self, request: web.Request) -> bool:
        if self.token is None:
            return True
        given = request.query.get("token") or request.cookies.get(COOKIE) or ""
        return hmac.compare_digest(given.encode(), self.token.encode())

    @web.middleware
    async def guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
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
        if not CODE.match(code):
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
            "app_websocket_url": f"{scheme}://{request.host}/ws/{code.lower()}",
            "config": {"static": {"url": "/static/"}},
            "application": {"name": "strategy-wizard"},
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        response.headers["Cache-Control"] = "no-store"
        return response

    def command_for(self, code: str) -> str:
        session = self.workshop_dir / f"{code}.yaml"
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

        code = request.match_info["code"]
        if not CODE.match(code):
            raise web.HTTPBadRequest(text="bad participant code")
        if self.live >= self.max_sessions:
            raise web.HTTPServiceUnavailable(text="the room is full")
        websocket = web.WebSocketResponse(heartbeat=15)
        width = int(request.query.get("width", "80") or 80)
        height = int(request.query.get("height", "24") or 24)
        self.live += 1
        service: AppService | None = None
        try:
            await websocket.prepare(request)
            service = AppService(
                self.command_for(code.lower()),
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,  # type: ignore[arg-type]  # returns a bool, unused
                download_manager=self.server.download_manager,
                debug=False,
            )
            await service.start(width, height)
            await self.server._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        finally:
            self.live -= 1
            if service is not None:
                await service.stop()
        return websocket

    async def make_app(self) -> web.Application:
        import aiohttp_jinja2
        import jinja2

        app = web.Application(middlewares=[self.guard])
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
    workshop = args.workshop_dir or default_workshop_dir()
    workshop.mkdir(parents=True, exist_ok=True)
    lang = args.lang or languages().answers_default
    server = WorkshopServer(args.host, args.port, token, args.max_sessions, workshop, lang)
    sys.stderr.write(
        f"strategy-wizard: serving the wizard to browsers at {server.share_url()}\n"
        f"  answers saved in {workshop}; at most {args.max_sessions} sessions\n"
    )
    sys.stderr.flush()
    server.serve()
    return 0
