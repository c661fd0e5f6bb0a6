"""One step of the question bank as a pane: its title, its intro and its questions.

Panes are mounted once and kept: coming back to a step only shows its pane again, so a step
change costs a display switch instead of building and styling some fifty widgets anew."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from strategy_wizard.model.bank import Step
from strategy_wizard.tui.state import WizardState
from strategy_wizard.tui.widgets.question import QuestionWidget


class StepPane(VerticalScroll):
    def __init__(self, step: Step, state: WizardState, in_background: bool = False) -> None:
        super().__init__(id=f"step-{step.id}", classes="step-pane")
        self.step = step
        self.state = state
        self.in_background = in_background
        self.last_focused: Widget | None = None

    def compose(self) -> ComposeResult:
        lang = self.state.lang
        yield Static(f"[b]{self.step.title(lang)}[/b]", classes="step-title")
        yield Static(self.step.intro(lang), classes="step-intro")
        if not self.in_background:
            yield from self._questions()

    def _questions(self) -> list[QuestionWidget]:
        state, lang = self.state, self.state.lang
        widgets = []
        for q in self.step.questions:
            if not q.asked_in(lang):
                continue
            widget = QuestionWidget(q, lang, state.values.get(q.id), state.drafts.get(q.id))
            widget.display = q.visible(state.values)
            widgets.append(widget)
        return widgets

    async def add_questions(self) -> None:
        """Built ahead while the person is on another step: one question at a time, so that
        a key pressed meanwhile waits for one question's mounting, not a whole step's."""
        for widget in self._questions():
            if not self.is_attached or not self.is_mounted:
                return  # its screen went away (a language switch) while it was being built
            await self.mount(widget)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.last_focused = event.widget

    def focus_first(self, qid: str | None = None) -> None:
        """Focus the given question's field; else, coming back, the field left last, where it
        was; else the first field of the step, from the top.

        Scrolling waits for the next refresh: a pane just shown has no layout yet, and
        scrolling to a field then would lose the step's title and the question's label."""
        last = self.last_focused
        if qid is None and last is not None and last.is_attached and last.display:
            last.focus(scroll_visible=False)
            return
        for question in self.query(QuestionWidget):
            if (qid is None and question.display) or question.question.id == qid:
                question.focus_field(scroll_visible=False)
                if qid is None:
                    self.scroll_home(animate=False)
                else:
                    self.call_after_refresh(
                        self.scroll_to_widget, question, animate=False, top=True
                    )
                return
