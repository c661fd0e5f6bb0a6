"""The teaching note of a question, for a trainer to show and discuss."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Markdown, Static

from strategy_wizard.tui.wrapping import keep_no_break_spaces_in_markdown

keep_no_break_spaces_in_markdown()


class TeachingScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,f4,q", "dismiss", "Close")]

    def __init__(self, title: str, label: str, note: str, close: str) -> None:
        super().__init__()
        self.title_text, self.label, self.note, self.close_text = title, label, note, close

    def compose(self) -> ComposeResult:
        with Vertical(id="teaching-box"):
            yield Static(f"[b]{self.title_text}[/b] — {self.label}", id="teaching-title")
            yield Markdown(self.note, id="teaching-note")
            yield Button(self.close_text, id="teaching-close", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss()

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        self.dismiss()
