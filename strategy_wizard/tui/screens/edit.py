"""One answer edited in place from the review: the same widget as in its step, in a dialog, so
the review stays on screen and the person sees the row change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button

from strategy_wizard.model.bank import Question
from strategy_wizard.tui.host import state_of, wizard
from strategy_wizard.tui.state import WizardState
from strategy_wizard.tui.texts import ui
from strategy_wizard.tui.widgets.question import QuestionWidget


class EditAnswerScreen(ModalScreen[bool]):
    """Dismissed with True when the answer changed."""

    BINDINGS = [Binding("escape", "close", "Close")]

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.question = question
        self.changed = False

    @property
    def state(self) -> WizardState:
        return state_of(self.app)

    def compose(self) -> ComposeResult:
        state, q = self.state, self.question
        with Vertical(id="edit-box"):
            yield QuestionWidget(q, state.lang, state.values.get(q.id), state.drafts.get(q.id))
            yield Button(ui("close", state.lang), id="edit-close", variant="primary")

    def on_mount(self) -> None:
        self.query_one(QuestionWidget).focus_field()

    def on_question_widget_changed(self, event: QuestionWidget.Changed) -> None:
        problems = self.state.set_answer(event.question, event.raw)
        self.query_one(QuestionWidget).show_problems(problems)
        self.changed = True
        wizard(self.app).schedule_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_close()

    def action_close(self) -> None:
        self.dismiss(self.changed)
