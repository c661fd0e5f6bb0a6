"""Every answer on one screen. Enter edits the answer in place, in a dialog over the review;
g (or ctrl+g) goes to the question in its step instead.

One entry per question: the question, and its answer under it, both wrapped to the width there
is, so that at 80 columns the answers show as well as the questions (a table's columns left the
answers off the screen). Each step opens with its title."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from strategy_wizard.tui.host import state_of, wizard
from strategy_wizard.tui.texts import ui
from strategy_wizard.tui.widgets.keybar import REVIEW_KEYS, KeyBar
from strategy_wizard.tui.widgets.titlebar import TitleBar


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("s,ctrl+s", "app.result", "Strategy"),
        Binding("g,ctrl+g", "go_to_question", "Go to the question"),
    ]

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield OptionList(id="review")
        yield KeyBar(REVIEW_KEYS, state_of(self.app).lang, web=self.app.is_web)

    def on_mount(self) -> None:
        state = state_of(self.app)
        lang = state.lang
        self.title = ui("review", lang)
        box = self.query_one(OptionList)
        options = []
        for i, step in enumerate(state.bank.steps, 1):
            title = Text(f"{i}. {step.title(lang)}", style="bold reverse")
            options.append(Option(title, id=f"step:{step.id}", disabled=True))
            for q in step.questions:
                if q.asked_in(lang):
                    options.append(Option(self._entry(q.id), id=q.id))
        box.add_options(options)
        box.highlighted = 1  # the first question
        box.focus()

    def _entry(self, qid: str) -> Any:
        state = state_of(self.app)
        label = Text(state.bank.question(qid).label(state.lang), style="bold")
        answer = Text(self.shown(qid))
        if qid not in state.values:
            answer.stylize("dim")
        return Group(label, Padding(answer, (0, 0, 0, 2)))

    def shown(self, qid: str) -> str:
        """The answer as the review shows it."""
        state = state_of(self.app)
        q = state.bank.question(qid)
        value = state.values.get(qid)
        if value is not None:
            return q.display(value, state.lang)
        if not q.visible(state.values):
            return ui("not_applicable", state.lang)
        return state.drafts.get(qid, ui("not_answered", state.lang))

    def select(self, qid: str) -> None:
        box = self.query_one(OptionList)
        box.highlighted = box.get_option_index(qid)

    def _current(self) -> str | None:
        box = self.query_one(OptionList)
        if box.highlighted is None:
            return None
        option = box.get_option_at_index(box.highlighted)
        return None if option.disabled else option.id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_edit()

    def action_edit(self) -> None:
        from strategy_wizard.tui.screens.edit import EditAnswerScreen

        qid = self._current()
        if qid is None:
            return
        state = state_of(self.app)

        def after(changed: bool | None) -> None:
            if changed:
                self.query_one(OptionList).replace_option_prompt(qid, self._entry(qid))
                wizard(self.app).answer_edited_elsewhere(qid)

        self.app.push_screen(EditAnswerScreen(state.bank.question(qid)), after)

    def action_go_to_question(self) -> None:
        qid = self._current()
        if qid is None:
            return
        step = state_of(self.app).bank.step_of(qid).id
        self.app.pop_screen()
        wizard(self.app).go_to_step(step, focus=qid)
