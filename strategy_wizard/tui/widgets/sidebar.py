"""The steps, with how many questions of each are answered; click or press to jump."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from strategy_wizard.model.qtypes import is_answered
from strategy_wizard.tui.state import WizardState


class _StepLine:
    """One line per step: the title shortened with an ellipsis to fit, the count kept at the
    right. Cut at render time, to the width the line really gets (no width to track through
    resizes and scrollbars), and plain text rather than a Rich table, whose column layout cost
    ~20 ms per step change for seven lines."""

    def __init__(self, title: str, count: str) -> None:
        self.title, self.count = title, count

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        line = Text(self.title, no_wrap=True, overflow="ellipsis")
        line.truncate(
            max(4, options.max_width - len(self.count) - 1), overflow="ellipsis", pad=True
        )
        line.append(f" {self.count}")
        yield line


class StepSidebar(OptionList):
    class Jump(Message):
        def __init__(self, step: str) -> None:
            super().__init__()
            self.step = step

    def __init__(self, state: WizardState) -> None:
        super().__init__(id="sidebar")
        self.state = state
        self._shown: list[tuple[str, str]] = []

    def on_mount(self) -> None:
        self.refresh_steps()

    def refresh_steps(self) -> None:
        """Redraw only the lines that changed: this runs after every pause in typing."""
        state = self.state
        lang = state.lang
        lines = []
        for i, step in enumerate(state.bank.steps, 1):
            # the questions asked: in this language, and that apply to these answers
            total = [q for q in step.questions if q.asked_in(lang) and q.visible(state.values)]
            done = sum(1 for q in total if is_answered(state.values.get(q.id)))
            mark = "▶ " if step.id == state.step else "  "
            lines.append((f"{mark}{i}. {step.title(lang)}", f"{done}/{len(total)}"))
        if self.option_count != len(lines):
            self.clear_options()
            self.add_options(
                [
                    Option(_StepLine(*line), id=step.id)
                    for line, step in zip(lines, state.bank.steps, strict=True)
                ]
            )
        else:
            for index, line in enumerate(lines):
                if self._shown[index] != line:
                    self.replace_option_prompt_at_index(index, _StepLine(*line))
        self._shown = lines
        self.highlighted = [s.id for s in state.bank.steps].index(state.step)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Jump(event.option.id))
