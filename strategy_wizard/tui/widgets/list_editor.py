"""A list to add to and remove from: type an answer and press Enter to add it; in the list,
Enter takes an answer back into the field to edit it and Delete removes it.

What is being typed counts as an answer already (it is part of the value sent up), so moving on
without pressing Enter loses nothing."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList


class ItemList(OptionList):
    BINDINGS = [Binding("delete,backspace", "remove", "Remove", show=False)]

    class Removed(Message):
        def __init__(self, index: int, edit: bool) -> None:
            super().__init__()
            self.index = index
            self.edit = edit

    def action_remove(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Removed(self.highlighted, edit=False))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Removed(event.option_index, edit=True))


class ListEditor(Vertical):
    class Changed(Message):
        def __init__(self, items: list[str]) -> None:
            super().__init__()
            self.items = items

    def __init__(
        self, items: list[str], input_id: str, placeholder: str, add_hint: str, hint: str
    ) -> None:
        super().__init__(classes="list-editor")
        self.items = [str(i) for i in items]
        self.input_id, self.placeholder = input_id, placeholder
        self.add_hint, self.hint = add_hint, hint

    def compose(self) -> ComposeResult:
        items = ItemList(*self.items, classes="list-items")
        items.display = bool(self.items)
        items.border_subtitle = self.hint
        yield items
        field = Input(placeholder=self.placeholder, id=self.input_id, select_on_focus=False)
        field.border_subtitle = self.add_hint
        yield field

    def value(self) -> list[str]:
        pending = self.query_one(Input).value.strip()
        return [*self.items, pending] if pending else list(self.items)

    def _redraw(self) -> None:
        box = self.query_one(ItemList)
        box.set_options(self.items)
        box.highlighted = len(self.items) - 1 if self.items else None  # the last one in view
        box.display = bool(self.items)
        self.post_message(self.Changed(self.value()))
        # the list grew above the field: once it is laid out, the field is brought back in
        # view, so the next answer is not typed blind
        field = self.query_one(Input)
        if field.has_focus:
            self.call_after_refresh(field.scroll_visible, animate=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(self.value()))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if text:
            self.items.append(text)
            event.input.value = ""  # posts Changed too; the redraw below sends the full list
            self._redraw()

    def on_item_list_removed(self, event: ItemList.Removed) -> None:
        event.stop()
        text = self.items.pop(event.index)
        field = self.query_one(Input)
        if event.edit:
            if field.value.strip():  # something half-typed goes back into the list first
                self.items.append(field.value.strip())
            field.value = text
            field.cursor_position = len(text)
            field.focus()
        self._redraw()
