"""Welcome: start, resume, open a file, start from an example, choose the language."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from strategy_wizard.tui.host import wizard
from strategy_wizard.tui.widgets.keybar import WELCOME_KEYS, KeyBar
from strategy_wizard.tui.widgets.titlebar import TitleBar


class WelcomeScreen(Screen[None]):
    """Painted first, with nothing heavy behind it: the bank loads when a choice is made."""

    BINDINGS = [
        Binding("ctrl+l", "switch_language", "FR/EN"),
        Binding("alt+l", "switch_language", "FR/EN", priority=True),  # before a field's typing
    ]

    def __init__(self, lang: str) -> None:
        super().__init__(name="welcome")
        self.lang = lang

    def t(self, key: str) -> str:
        from strategy_wizard.tui.texts import ui

        return ui(key, self.lang)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with VerticalScroll(id="welcome"):
            yield Static(f"[b]{self.t('welcome_title')}[/b]", id="welcome-title")
            yield Static(self.t("welcome_text"), id="welcome-text")
            with Horizontal(id="welcome-buttons"):
                yield Button(self.t("new"), id="new", variant="primary")
                yield Button(self.t("language"), id="language")
        yield KeyBar(WELCOME_KEYS, self.lang, web=self.app.is_web)

    def on_mount(self) -> None:
        self.title = self.t("app_title")
        self.query_one("#new", Button).focus()
        self.call_after_refresh(self._add_lists)

    async def _add_lists(self) -> None:
        """The sessions, the examples and the file field come right after the first paint: the
        title and the main button are on screen at once, the rest a frame later. Someone quick
        may already have pressed Enter on "New strategy": this screen is gone, and so is the
        need for its lists."""
        if not self.is_attached or not self.is_active:
            return
        await self.query_one("#welcome", VerticalScroll).mount_all(
            [
                Label(self.t("resume")),
                OptionList(id="sessions"),
                Label(self.t("example")),
                OptionList(id="examples"),
                Label(self.t("open_file")),
                Input(placeholder=self.t("open_path"), id="open-path"),
                Static("", id="welcome-error"),
            ]
        )
        self._fill_lists()

    def _fill_lists(self) -> None:
        from strategy_wizard.model.examples import list_examples
        from strategy_wizard.tui.sessions import list_sessions

        sessions, skipped = list_sessions(wizard(self.app).sessions_folder)
        box = self.query_one("#sessions", OptionList)
        box.clear_options()
        if sessions:
            for s in sessions:
                box.add_option(
                    Option(f"{s.org_name}  ({s.saved_at.replace('T', ' ')})", id=str(s.path))
                )
            # someone coming back most likely wants to carry on: Enter resumes the latest
            box.highlighted = 0
            # without scrolling: "New strategy", above, stays in view at 80×24
            box.focus(scroll_visible=False)
        else:
            box.add_option(Option(self.t("no_sessions"), disabled=True))
        from strategy_wizard.base.locale import colon

        for path, reason in skipped:
            self.notify(
                f"{self.t('skipped_session')}{colon(self.lang)}{path.name} — {reason}",
                severity="warning",
                timeout=8,
            )
        examples = self.query_one("#examples", OptionList)
        examples.clear_options()
        for ex in list_examples():
            described = ex.description_in(self.lang)
            examples.add_option(Option(f"{ex.name} — {described}", id=str(ex.path)))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "new":
            wizard(self.app).start_new()
        elif event.button.id == "language":
            self.action_switch_language()

    def action_switch_language(self) -> None:
        from strategy_wizard.base.locale import languages

        wizard(self.app).lang = languages().after(self.lang)
        self.app.switch_screen(WelcomeScreen(wizard(self.app).lang))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is None:
            return
        path = Path(event.option.id)
        if event.option_list.id == "sessions":
            wizard(self.app).resume(path)
        else:
            wizard(self.app).open_copy(path)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        error = wizard(self.app).open_copy(path)
        self.query_one("#welcome-error", Static).update(error or "")
