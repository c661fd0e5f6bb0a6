"""Every answer on one screen. Enter edits the answer in place, in a dialog over the review;
ctrl+g goes to the question in its step instead."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header

from strategy_wizard.tui.host import state_of, wizard
from strategy_wizard.tui.texts import ui
from strategy_wizard.tui.widgets.keybar import REVIEW_KEYS, KeyBar


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+s", "app.result", "Strategy"),
        Binding("ctrl+g", "go_to_question", "Go to the question"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="review", cursor_type="row")
        yield KeyBar(REVIEW_KEYS, state_of(self.app).lang)

    def on_mount(self) -> None:
        state = state_of(self.app)
        lang = state.lang
        self.title = ui("review", lang)
        table = self.query_one(DataTable)
        self._columns = table.add_columns("", ui("steps", lang), "")
        for step in state.bank.steps:
            for q in step.questions:
                if not q.asked_in(lang):
                    continue
                table.add_row(step.title(lang), q.label(lang), self._shown(q.id), key=q.id)

    def _shown(self, qid: str) -> str:
        state = state_of(self.app)
        value = state.values.get(qid)
        if value is not None:
            return state.bank.question(qid).display(value, state.lang)[:80]
        return state.drafts.get(qid, ui("not_answered", state.lang))[:80]

    def _current(self) -> str | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_edit()

    def action_edit(self) -> None:
        from strategy_wizard.tui.screens.edit import EditAnswerScreen

        qid = self._current()
        if qid is None:
            return
        state = state_of(self.app)

        def after(changed: bool | None) -> None:
            if changed:
                self.query_one(DataTable).update_cell(qid, self._columns[2], self._shown(qid))
                wizard(self.app).answer_edited_elsewhere(qid)

        self.app.push_screen(EditAnswerScreen(state.bank.question(qid)), after)

    def action_go_to_question(self) -> None:
        qid = self._current()
        if qid is None:
            return
        step = state_of(self.app).bank.step_of(qid).id
        self.app.pop_screen()
        wizard(self.app).go_to_step(step, focus=qid)
