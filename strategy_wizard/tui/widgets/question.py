"""One question of the bank as a widget fitted to its type, with its label, its help line and
inline validation in the person's language. What was typed stays in the field even when it is
invalid: the message says what is wrong, nothing is thrown away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.message import Message
from textual.widgets import Input, Select, SelectionList, Static, TextArea

from strategy_wizard.base.locale import Lang
from strategy_wizard.model.bank import Question
from strategy_wizard.tui.texts import ui
from strategy_wizard.tui.widgets.list_editor import ListEditor


class QuestionWidget(Vertical):
    """Label, help, the input that fits the type, and an error line."""

    class Changed(Message):
        def __init__(self, question: Question, raw: Any) -> None:
            super().__init__()
            self.question = question
            self.raw = raw

    def __init__(self, question: Question, lang: Lang, value: Any, draft: str | None) -> None:
        super().__init__(id=f"q-{question.id}", classes="question")
        self.question = question
        self.lang = lang
        self.value = value
        self.draft = draft

    def compose(self) -> ComposeResult:
        q, lang = self.question, self.lang
        marker = " *" if q.required else ""
        # label and help in one widget: fewer widgets make a faster step change
        yield Static(
            f"[b]{escape(q.label(lang))}{marker}[/b]\n[dim]{escape(q.help(lang))}[/dim]",
            classes="q-label",
        )
        yield from self._inputs()
        yield Static("", classes="q-error")

    def _text_value(self) -> str:
        if self.draft is not None:
            return self.draft
        if self.value is None:
            return ""
        if isinstance(self.value, date):  # shown the way the person writes dates
            from strategy_wizard.base.locale import format_date

            return format_date(self.value, self.lang, "short")
        if isinstance(self.value, float) and self.value.is_integer():
            return str(int(self.value))
        return str(self.value)

    def _inputs(self) -> ComposeResult:
        yield from WIDGETS[self.question.type](self)

    @property
    def _placeholder(self) -> str:
        q = self.question
        return q.placeholder(self.lang) if q.placeholder else ""

    def _line(self) -> ComposeResult:
        """One line to type in: text, a number, a date."""
        q, lang = self.question, self.lang
        placeholder = ui("date_hint", lang) if q.type == "date" else self._placeholder
        # no select-on-focus: someone coming back must not wipe an answer with one key
        yield Input(
            self._text_value(),
            placeholder=placeholder,
            id=f"in-{q.id}",
            max_length=q.max_length or 0,
            select_on_focus=False,
        )

    def _list(self) -> ComposeResult:
        q, lang = self.question, self.lang
        items = self.draft.splitlines() if self.draft else list(self.value or [])
        yield ListEditor(
            items, f"in-{q.id}", self._placeholder, ui("list_add", lang), ui("list_hint", lang)
        )

    def _longtext(self) -> ComposeResult:
        text = self.draft or self.value or ""
        yield TextArea(text, id=f"in-{self.question.id}", soft_wrap=True, show_line_numbers=False)

    def _choice(self) -> ComposeResult:
        q, lang = self.question, self.lang
        options = [(q.choice_label(c, lang), c) for c in q.codes()]
        value = str(self.value) if self.value is not None else Select.NULL
        yield Select(
            options,
            value=value,
            id=f"in-{q.id}",
            allow_blank=True,
            prompt=self._placeholder or "…",
        )

    def _multi(self) -> ComposeResult:
        q, lang = self.question, self.lang
        chosen = set(self.value or [])
        yield SelectionList[str](
            *[(q.choice_label(c, lang), c, c in chosen) for c in q.codes()], id=f"in-{q.id}"
        )

    def _group(self) -> ComposeResult:
        q, lang = self.question, self.lang
        current = self.value or {}
        # each field under its own label and help, two by two: as placeholders, the labels
        # were cut to fit four fields side by side ("Ce que", "Aujourd") and gone once typed
        with Grid(classes="group"):
            for f in q.fields or []:
                v = current.get(f.id, "")
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                with Vertical(classes="group-cell"):
                    help_ = f"\n[dim]{escape(f.help(lang))}[/dim]" if f.help else ""
                    yield Static(f"{escape(f.label(lang))}{help_}", classes="group-label")
                    yield Input(
                        str(v),
                        id=f"in-{q.id}-{f.id}",
                        classes="group-field",
                        select_on_focus=False,
                    )

    # -- events ------------------------------------------------------------------------------

    def _group_value(self) -> dict[str, str]:
        out = {}
        for f in self.question.fields or []:
            text = self.query_one(f"#in-{self.question.id}-{f.id}", Input).value.strip()
            if text:
                out[f.id] = text
        return out

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        raw: Any = self._group_value() if self.question.type == "group" else event.value
        if self.question.type == "date" and raw.strip():
            from strategy_wizard.base.locale import parse_local_date

            raw = parse_local_date(raw, self.lang) or raw  # unreadable: kept, and explained
        self.post_message(self.Changed(self.question, raw))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self.question, event.text_area.text))

    def on_list_editor_changed(self, event: ListEditor.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self.question, event.items))

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        raw = None if event.value is Select.NULL else event.value
        self.post_message(self.Changed(self.question, raw))

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        self.post_message(self.Changed(self.question, list(event.selection_list.selected)))

    def focus_field(self, scroll_visible: bool = True) -> None:
        """Focus the field a person types or chooses in (the first, for a group)."""
        self.query("Input, TextArea, Select, SelectionList").first().focus(
            scroll_visible=scroll_visible
        )

    def show_problems(self, problems: list[str]) -> None:
        if not problems and not self.has_class("invalid"):
            return  # the usual keystroke: nothing to redraw
        error = self.query_one(".q-error", Static)
        error.update("\n".join(problems))
        self.set_class(bool(problems), "invalid")


# One widget per question type of the registry (model/qtypes.py); a test checks none is missing.
WIDGETS: dict[str, Callable[[QuestionWidget], ComposeResult]] = {
    "text": QuestionWidget._line,
    "number": QuestionWidget._line,
    "date": QuestionWidget._line,
    "longtext": QuestionWidget._longtext,
    "list": QuestionWidget._list,
    "choice": QuestionWidget._choice,
    "multi": QuestionWidget._multi,
    "group": QuestionWidget._group,
}
