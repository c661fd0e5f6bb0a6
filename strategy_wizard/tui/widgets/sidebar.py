"""The steps, with how many questions of each are answered; click or press to jump."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from strategy_wizard.bank import is_answered
from strategy_wizard.tui.state import WizardState


def _line(title: str, count: str, width: int) -> Text:
    """One line per step: the title shortened with an ellipsis to fit, the count kept at the
    right. Plain text sized here, not a Rich table: the sidebar redraws on every step change,
    and seven table layouts cost more than the rest of that frame's sidebar."""
    line = Text(title, no_wrap=True, overflow="ellipsis")
    line.truncate(max(4, width - len(count) - 1), overflow="ellipsis", pad=True)
    line.append(f" {count}")
    return line


class StepSidebar(OptionList):
    class Jump(Message):
        def __init__(self, step: str) -> None:
            super().__init__()
            self.step = step

    def __init__(self, state: WizardState) -> None:
        super().__init__(id="sidebar")
        self.state = state
        self._shown: list[tuple[str, str]] = []
        self._width = 0

    def on_mount(self) -> None:
        self.refresh_steps()

    def on_resize(self, event: events.Resize) -> None:
        if self._line_width() != self._width:
            self.refresh_steps()

    def _line_width(self) -> int:
        # before the first layout there is no width yet: the stylesheet's width, less the border
        return self.scrollable_content_region.width or 22

    def refresh_steps(self) -> None:
        """Redraw only the lines that changed: this runs after every pause in typing."""
        state = self.state
        lang = state.lang
        lines = []
        for i, step in enumerate(state.bank.steps, 1):
            total = [q for q in step.questions if q.only_lang in (None, lang)]
            done = sum(1 for q in total if is_answered(state.values.get(q.id)))
            mark = "▶ " if step.id == state.step else "  "
            lines.append((f"{mark}{i}. {step.title(lang)}", f"{done}/{len(total)}"))
        width = self._line_width()
        if width != self._width:  # every line is cut to the width: all change with it
            self._shown, self._width = [], width
        if self.option_count != len(lines):
            self.clear_options()
            self.add_options([Option(_line(*line, width), id=step.id)
                              for line, step in zip(lines, state.bank.steps, strict=True)])
        else:
            for index, line in enumerate(lines):
                if not self._shown or self._shown[index] != line:
                    self.replace_option_prompt_at_index(index, _line(*line, width))
        self._shown = lines
        self.highlighted = [s.id for s in state.bank.steps].index(state.step)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Jump(event.option.id))
