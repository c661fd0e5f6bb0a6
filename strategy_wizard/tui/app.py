"""The wizard application and the one factory the CLI, the server and the tests share.

The welcome screen paints first; the question bank, the knowledge and the engine are loaded only
when the person makes a choice, so the wizard opens at once.
"""

from __future__ import annotations

import contextlib
import locale
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from strategy_wizard.tui.sessions import new_session_path, sessions_dir
from strategy_wizard.tui.wrapping import keep_no_break_spaces

keep_no_break_spaces()

if TYPE_CHECKING:
    from strategy_wizard.model.catalogue import Catalogue
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.tui.state import WizardState

SAVE_DELAY = 0.5  # seconds after the last change


def default_lang() -> str:
    """The language the person's system asks for, when it is one of ours."""
    from strategy_wizard.base.locale import languages

    langs = languages()
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return langs.from_environment(value) or langs.messages_default
    return langs.from_environment(locale.getlocale()[0]) or langs.messages_default


class WizardApp(App[None]):
    CSS_PATH = "styles/app.tcss"
    TITLE = "strategy-wizard"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        # ctrl+p, Textual's own, is the browser's print: F9 opens the palette there too
        Binding("ctrl+p,f9", "command_palette", "Commands", show=False, priority=True),
    ]

    def __init__(
        self,
        answers_path: Path | None = None,
        lang: str | None = None,
        presenter: bool = False,
        sessions_folder: Path | None = None,
        today: date | None = None,
        export_folder: Path | None = None,
        session_path: Path | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__()
        self._catalogue = catalogue
        self.lang = lang or default_lang()
        self.lang_forced = lang is not None
        self.presenter = presenter
        self.sessions_folder = sessions_folder or sessions_dir()
        self.today = today or date.today()
        self.answers_path = answers_path
        self.session_path = session_path
        self._export_folder = export_folder
        self.state: WizardState | None = None
        self._save_timer: Any = None
        self._saver: Any = None
        self._lock: Any = None  # the SessionLock of the session open, if one could be made
        # an engine error in the live insight stops the app when it runs headless (the tests)
        self.raise_engine_errors = True

    @property
    def catalogue(self) -> Catalogue:
        """What the engine reasons with: the shipped catalogue unless one was given."""
        if self._catalogue is None:
            from strategy_wizard.model.catalogue import load_catalogue

            self._catalogue = load_catalogue()
        return self._catalogue

    @property
    def export_folder(self) -> Path:
        """Where exports are proposed: the documents folder when there is one, else the folder
        the wizard was started from (a folder is never made without asking)."""
        if self._export_folder is None:
            from platformdirs import user_documents_dir

            documents = Path(user_documents_dir())
            self._export_folder = documents if documents.is_dir() else Path.cwd()
        return self._export_folder

    # -- start ------------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.presenter:
            self.add_class("presenter")
            self.theme = "textual-light"
        # A session or a file named on the command line (or by the workshop server) opens
        # straight away: a welcome screen shown for a blink would only cost its own drawing.
        if self.session_path is not None:
            self._open_session_path()  # or a screen that says why it cannot be opened
        elif self.answers_path is not None:
            error = self.open_copy(self.answers_path)
            if error:
                self.notify(f"{self.answers_path}:\n{error}", severity="error", timeout=12)
        self.call_later(self._started)

    def _started(self) -> None:
        """Once the start-up batch is over: the welcome when nothing was opened, then garbage
        collection back on after the first frame (tui/startup.py).

        The welcome is pushed here rather than inside the batch (from `on_mount`): Textual
        draws nothing in that batch, so a screen laid out there reached the terminal only
        later, as a partial update, and its after-refresh callbacks (the welcome's lists,
        ~60 ms with the examples read) ran before any frame was drawn instead of after the
        first one."""
        from strategy_wizard.tui.startup import resume_collection

        if self.state is None and self.session_path is None:
            from strategy_wizard.tui.screens.welcome import WelcomeScreen

            self.push_screen(WelcomeScreen(self.lang))
        self.call_after_refresh(resume_collection)

    def _open_session_path(self) -> None:
        """The session named by --session (the workshop server names one per participant).
        When it cannot be opened, a screen says why, and nothing is written over it."""
        problem = self.try_session_path()
        if problem is not None:
            from strategy_wizard.tui.screens.session_problem import SessionProblemScreen

            self.push_screen(SessionProblemScreen(*problem))

    def try_session_path(self) -> tuple[str, Path, Any] | None:
        """Open the --session file, or say why not: ("busy", path, Holder) when another
        wizard has it, ("corrupt", path, reason) when it is not a session this wizard can
        read. Returns None once the session is open."""
        from strategy_wizard.tui.sessions import SessionBusy, read_session

        path: Path = self.session_path  # type: ignore[assignment]
        try:
            lock = self._claim(path)
        except SessionBusy as busy:
            return ("busy", path, busy.holder)
        try:
            os.stat(path)
        except FileNotFoundError:  # nothing there yet (or a link to a file still to be made)
            self._begin(None, path, lock)
            return None
        except OSError:
            pass  # a link loop, a folder we may not enter: the reader says which
        try:
            data = read_session(path)
        except ValueError as exc:
            if lock is not None:
                lock.release()
            return ("corrupt", path, str(exc))
        self._begin(data, path, lock)
        return None

    def start_fresh_beside(self, damaged: Path) -> Path:
        """The person's choice on the screen about a damaged session: a new one next to it;
        the damaged file is left as it is."""
        from strategy_wizard.tui.sessions import SessionBusy, fresh_path_beside

        path = fresh_path_beside(damaged)
        try:
            lock = self._claim(path)
        except SessionBusy:  # pragma: no cover - a name nobody had a moment ago
            lock = None
        self.session_path = path
        self._begin(None, path, lock)
        return path

    def _claim(self, path: Path) -> Any:
        """Lock a session for this wizard: the lock, or None where no lock can be made (a
        folder we cannot write to; saving will then say so). Raises SessionBusy."""
        from strategy_wizard.tui.sessions import lock_session

        try:
            return lock_session(path)
        except OSError:
            return None

    def _begin(self, data: dict[str, Any] | None, session: Path, lock: Any = None) -> None:
        from strategy_wizard.model.bank import load_bank
        from strategy_wizard.tui.state import WizardState

        if self._lock is not None and self._lock is not lock:
            self.save_now(wait=True)  # the session left is on disk before its lock goes
            self._lock.release()
        self._lock = lock
        bank = load_bank()
        lang = self.lang if (self.lang_forced or data is None) else None
        if data is None:
            state = WizardState(bank=bank, lang=self.lang, session_path=session, today=self.today)
        else:
            state = WizardState.from_data(bank, data, lang, session, today=self.today)
        self.state = state
        self.lang = state.lang
        self.save_now()
        self._show_step(state.step, rebuild=True)

    def start_new(self) -> None:
        path = new_session_path(self.sessions_folder)
        self._begin(None, path, self._claim(path))

    def resume(self, path: Path) -> bool:
        """Open a session from the welcome list. One open in another wizard is not opened: a
        notification says who has it, and the welcome stays."""
        from strategy_wizard.tui.sessions import SessionBusy, read_session
        from strategy_wizard.tui.texts import ui

        try:
            lock = self._claim(path)
        except SessionBusy as busy:
            h = busy.holder
            self.notify(
                ui("session_busy_note", self.lang).format(
                    name=path.name, pid=h.pid, host=h.host, since=h.since
                ),
                severity="error",
                timeout=12,
            )
            return False
        try:
            data = read_session(path)
        except ValueError as exc:
            if lock is not None:
                lock.release()
            self.notify(f"{path.name}: {exc}", severity="error")
            return False
        self._begin(data, path, lock)
        return True

    def open_copy(self, path: Path) -> str | None:
        """Open an answers file or an example as a new session; the file itself is left as
        it was. Returns an error message for the welcome screen, or None."""
        from strategy_wizard.model.answers import AnswersError, load_answers

        try:
            answers = load_answers(path, lang=self.lang)
        except AnswersError as exc:
            return "\n".join(str(p) for p in exc.problems[:5])
        data = answers.to_data()
        data.pop("meta", None)
        path = new_session_path(self.sessions_folder)
        self._begin(data, path, self._claim(path))
        return None

    # -- navigation -------------------------------------------------------------------------

    @property
    def session(self) -> WizardState:
        """The session being answered (the navigation actions run only once there is one)."""
        if self.state is None:
            raise RuntimeError("no session is open")
        return self.state

    def _step_ids(self) -> list[str]:
        return [s.id for s in self.session.bank.steps]

    def _show_step(self, step_id: str, focus: str | None = None, rebuild: bool = False) -> None:
        """Show a step: on the wizard screen already up when there is one (its panes are kept),
        else on a new one (a new session, a language switch)."""
        from strategy_wizard.tui.screens.step import StepScreen

        self.session.step = step_id
        current = next((s for s in self.screen_stack if isinstance(s, StepScreen)), None)
        if current is not None and not rebuild:
            while self.screen is not current:
                self.pop_screen()
            current.call_next(current.show_step, focus)
            return
        screen = StepScreen(focus)
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def go_to_step(self, step_id: str, focus: str | None = None) -> bool:
        if self.state is None:
            return False
        if self.state.bank.step(step_id).gated:
            from strategy_wizard.tui.texts import gate_names, ui

            closed = self.state.missing_gates()
            if closed:
                missing = gate_names(closed, self.state.lang)
                self.notify(
                    f"{ui('gate_closed', self.state.lang)} {missing}", severity="warning", timeout=6
                )
                return False
        self._show_step(step_id, focus)
        self.save_now()  # with the step now shown, so that a dropped connection comes back to it
        return True

    def answer_edited_elsewhere(self, qid: str) -> None:
        """An answer changed outside its step (the review): its step is rebuilt from the state
        the next time it is shown."""
        from strategy_wizard.tui.screens.step import StepScreen

        for screen in self.screen_stack:
            if isinstance(screen, StepScreen):
                screen.forget_step_of(qid)

    def action_next_step(self) -> None:
        ids = self._step_ids()
        i = ids.index(self.session.step)
        if i + 1 < len(ids):
            self.go_to_step(ids[i + 1])
        else:
            self.action_review()

    def action_previous_step(self) -> None:
        ids = self._step_ids()
        i = ids.index(self.session.step)
        if i > 0:
            self.go_to_step(ids[i - 1])

    def action_review(self) -> None:
        from strategy_wizard.tui.screens.review import ReviewScreen

        if self.state is not None:
            self.save_now()
            self.push_screen(ReviewScreen())

    def action_result(self) -> None:
        from strategy_wizard.tui.screens.result import ResultScreen

        if self.state is not None:
            self.save_now()
            self.push_screen(ResultScreen())

    def action_switch_language(self) -> None:
        if self.state is None:  # on the welcome screen, which redraws itself in the other one
            switch = getattr(self.screen, "action_switch_language", None)
            if switch is not None:
                switch()
            return
        from strategy_wizard.base.locale import languages

        self.lang = self.state.lang = languages().after(self.state.lang)
        self.lang_forced = True
        self.save_now()
        self._show_step(self.state.step, rebuild=True)

    def build(self) -> Strategy:
        from strategy_wizard.engine import build_strategy

        state = self.state
        assert state is not None
        return build_strategy(
            state.answers(), state.bank, self.catalogue, self.today, lang=state.lang
        )

    # -- saving -----------------------------------------------------------------------------

    def schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_now)

    def save_now(self, wait: bool = False) -> None:
        """Save the session as it is now. The answers are copied here, on the event loop; the
        write (temp file, fsync, rename: 2 to 20 ms) happens on one background thread, in
        order, so a step change never waits for the disk. `wait` is for quitting."""
        if self.state is None:
            return
        if self._saver is None:
            from concurrent.futures import ThreadPoolExecutor

            self._saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="save")
        self._saver.submit(self._write, self.state.session_path, self.state.to_data())
        if wait:
            self._saver.shutdown(wait=True)  # everything queued, this one last, is on disk
            self._saver = None

    def _write(self, path: Path, data: dict[str, Any]) -> None:
        from strategy_wizard.base.errors import UserError
        from strategy_wizard.tui.sessions import save_session

        try:
            save_session(path, data)
        except (OSError, UserError) as exc:  # a full disk or a read-only folder: say so
            message = str(exc) if isinstance(exc, UserError) else f"{path}: {exc}"
            with contextlib.suppress(RuntimeError):  # the app may be closing
                self.call_from_thread(self.notify, message, severity="error")

    async def action_quit(self) -> None:
        self.save_now(wait=True)
        self.exit()

    def on_unmount(self) -> None:
        self.save_now(wait=True)
        if self._lock is not None:  # everything is on disk: the session is free again
            self._lock.release()
            self._lock = None

    # -- command palette --------------------------------------------------------------------

    def action_command_palette(self) -> None:
        """Textual's palette, with its search field's placeholder in the person's language."""
        from textual.command import CommandPalette

        from strategy_wizard.tui.texts import ui

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            lang = self.state.lang if self.state is not None else self.lang
            placeholder = ui("palette_placeholder", lang)
            self.push_screen(CommandPalette(id="--command-palette", placeholder=placeholder))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own entries in the person's language (by their English title; one Textual
        adds later stays in English), then the steps, the language, the review and the result."""
        from strategy_wizard.tui.texts import texts, ui

        lang = self.state.lang if self.state is not None else self.lang
        known = texts()
        for command in super().get_system_commands(screen):
            key = f"cmd_{command.title}"
            if key in known:
                command = SystemCommand(
                    ui(key, lang), ui(f"{key}_help", lang), command.callback, command.discover
                )
            yield command
        yield SystemCommand(ui("cmd_language", lang), "", self.action_switch_language)
        if self.state is None:
            return
        for i, step in enumerate(self.state.bank.steps, 1):
            yield SystemCommand(
                f"{i}. {step.title(lang)}",
                first_sentence(step.intro(lang)),
                lambda s=step.id: self.go_to_step(s),
            )
        yield SystemCommand(ui("cmd_review", lang), "", self.action_review)
        yield SystemCommand(ui("cmd_result", lang), "", self.action_result)


def first_sentence(text: str) -> str:
    """A text's first sentence, whole (a step's description in the command palette)."""
    import re

    match = re.match(r".+?[.!?…](?=\s|$)", text.strip(), flags=re.DOTALL)
    return match.group(0) if match else text.strip()


def create_app(
    answers_path: Path | None = None,
    lang: str | None = None,
    presenter: bool = False,
    sessions_folder: Path | None = None,
    today: date | None = None,
    export_folder: Path | None = None,
    session_path: Path | None = None,
    catalogue: Catalogue | None = None,
) -> WizardApp:
    """The one way to build the wizard: the CLI, the web server and the tests all call it."""
    return WizardApp(
        answers_path=answers_path,
        lang=lang,
        presenter=presenter,
        sessions_folder=sessions_folder,
        today=today,
        export_folder=export_folder,
        session_path=session_path,
        catalogue=catalogue,
    )


def run_wizard(
    answers_path: Path | None = None,
    lang: str | None = None,
    presenter: bool = False,
    session_path: Path | None = None,
) -> int:
    from strategy_wizard.tui.startup import resume_collection

    try:
        create_app(
            answers_path=answers_path, lang=lang, presenter=presenter, session_path=session_path
        ).run()
    finally:
        resume_collection()  # if the app stopped before its first frame
    return 0
