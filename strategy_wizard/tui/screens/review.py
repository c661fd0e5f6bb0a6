"""Every answer on one screen; selecting a row takes you to that question to edit it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header

from strategy_wizard.tui.texts import ui
from strategy_wizard.tui.widgets.keybar import REVIEW_KEYS, KeyBar


class ReviewScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+s", "app.result", "Strategy")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="review", cursor_type="row")
        yield KeyBar(REVIEW_KEYS, self.app.state.lang)  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        from strategy_wizard.engine.inputs import display

        state = self.app.state  # type: ignore[attr-defined]
        lang = state.lang
        self.title = ui("review", lang)
        table = self.query_one(DataTable)
        table.add_columns("", ui("steps", lang), "")
        for step in state.bank.steps:
            for q in step.questions:
                if q.only_lang and q.only_lang != lang:
                    continue
                value = state.values.get(q.id)
                shown = display(q, value, lang) if value is not None else \
                    state.drafts.get(q.id, ui("not_answered", lang))
                table.add_row(step.title(lang), q.label(lang), shown[:80], key=q.id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        qid = event.row_key.value
        step = next(s.id for s in self.app.state.bank.steps  # type: ignore[attr-defined]
                    if any(q.id == qid for q in s.questions))
        self.app.pop_screen()
        self.app.go_to_step(step, focus=qid)  # type: ignore[attr-defined]
