"""A session that cannot be opened, said plainly, with the choices that lose nothing.

Busy (another wizard has it: a second terminal, a second browser tab with the same participant
code): who has it and since when; it is tried again for a few seconds on its own (a browser tab
reloaded finds the wizard of its previous connection still closing), then on request.
Corrupt (not a session this wizard can read): the file and the reason; the file is left as it
is, and a fresh session is started next to it only if the person asks for one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

RETRY_EVERY = 0.5  # seconds
RETRY_FOR = 10  # seconds, on its own; then on request


class SessionProblemScreen(Screen[None]):
    def __init__(self, kind: str, path: Path, detail: Any) -> None:
        super().__init__(name="session-problem")
        self.kind, self.path, self.detail = kind, path, detail
        self._tries = 0
        self._timer: Any = None

    def t(self, key: str, **fields: object) -> str:
        from strategy_wizard.tui.texts import ui

        return ui(key, self.app.lang).format(**fields)  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="session-problem"):
            if self.kind == "busy":
                h = self.detail
                yield Static(f"[b]{self.t('session_busy_title')}[/b]", id="problem-title")
                yield Static(
                    self.t(
                        "session_busy_text", path=self.path, pid=h.pid, host=h.host, since=h.since
                    ),
                    id="problem-text",
                    markup=False,
                )
                with Horizontal(id="problem-buttons"):
                    yield Button(self.t("session_retry"), id="retry", variant="primary")
                    yield Button(self.t("session_quit"), id="quit")
            else:
                from strategy_wizard.tui.sessions import fresh_path_beside

                yield Static(f"[b]{self.t('session_corrupt_title')}[/b]", id="problem-title")
                yield Static(
                    self.t(
                        "session_corrupt_text",
                        path=self.path,
                        reason=self.detail,
                        fresh=fresh_path_beside(self.path).name,
                    ),
                    id="problem-text",
                    markup=False,
                )
                with Horizontal(id="problem-buttons"):
                    yield Button(self.t("session_fresh"), id="fresh")
                    yield Button(self.t("session_quit"), id="quit", variant="primary")

    def on_mount(self) -> None:
        busy = self.kind == "busy"
        self.title = self.t("session_busy_title" if busy else "session_corrupt_title")
        self.query_one("#retry" if busy else "#quit", Button).focus()
        if busy:
            self._timer = self.set_interval(RETRY_EVERY, self._retry_on_its_own)

    @property
    def text(self) -> str:
        """What the screen says, as plain text (for the tests and a screen reader alike)."""
        return " ".join(str(w.render()) for w in self.query(Static))

    def _retry_on_its_own(self) -> None:
        self._tries += 1
        if self._tries * RETRY_EVERY > RETRY_FOR:
            self._timer.stop()
            return
        self._try_again()

    def _try_again(self) -> None:
        problem = self.app.try_session_path()  # type: ignore[attr-defined]
        if problem is None:
            if self._timer is not None:
                self._timer.stop()
            return
        if problem[0] != self.kind or problem[2] != self.detail:
            if self._timer is not None:
                self._timer.stop()
            self.app.switch_screen(SessionProblemScreen(*problem))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "retry":
            self._try_again()
        elif event.button.id == "fresh":
            self.app.start_fresh_beside(self.path)  # type: ignore[attr-defined]
        elif event.button.id == "quit":
            self.app.exit()
