"""The steps, with how many questions of each are answered; click or press to jump."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from strategy_wizard.model.qtypes import is_answered
from strategy_wizard.tui.state import WizardState


class _StepLine:
    """A step: its number and title, wrapped under the number when the title is longer than
    the sidebar is wide (never shortened: "2. Qui voulez…" said nothing), and how many of its
    questions are answered at the right of the last line (or under it, when the line is
    full). The step on screen is the list's highlighted line (a line's text changes only
    with its count, so a step change redraws no line of text). Laid out at render time, to
    the width the line really gets (no width to track through resizes and scrollbars), as
    plain text rather than a Rich table, whose column layout cost ~20 ms per step change for
    seven lines."""

    def __init__(self, prefix: str, title: str, count: str) -> None:
        self.prefix, self.title, self.count = prefix, title, count
        self._laid_out: tuple[int, list[Text]] = (-1, [])

    @property
    def plain(self) -> str:
        return f"{self.prefix}{self.title} {self.count}"

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # the list measures every line again whenever one changes: the layout is kept
        width = options.max_width
        if self._laid_out[0] != width:
            self._laid_out = (width, list(self._lines(console, width)))
        yield from self._laid_out[1]

    def _lines(self, console: Console, width: int) -> Iterator[Text]:
        indent = len(self.prefix)
        lines = Text(self.title).wrap(console, max(4, width - indent))
        for i, line in enumerate(lines):
            line.rstrip()
            lead = self.prefix if i == 0 else " " * indent
            if i < len(lines) - 1:
                yield Text.assemble(lead, line)
                continue
            gap = width - indent - line.cell_len - len(self.count)
            if gap >= 1:
                yield Text.assemble(lead, line, " " * gap, self.count)
            else:
                yield Text.assemble(lead, line)
                yield Text(self.count.rjust(width))


class StepSidebar(OptionList):
    class Jump(Message):
        def __init__(self, step: str) -> None:
            super().__init__()
            self.step = step

    def __init__(self, state: WizardState) -> None:
        super().__init__(id="sidebar")
        self.state = state
        self._shown: list[tuple[str, str, str]] = []

    def on_mount(self) -> None:
        self.refresh_steps()

    def refresh_steps(self) -> None:
        """Redraw only the lines that changed: this runs after every pause in typing."""
        state = self.state
        lang = state.lang
        lines: list[tuple[str, str, str]] = []
        for i, step in enumerate(state.bank.steps, 1):
            # the questions asked: in this language, and that apply to these answers
            total = [q for q in step.questions if q.asked_in(lang) and q.visible(state.values)]
            done = sum(1 for q in total if is_answered(state.values.get(q.id)))
            lines.append((f"{i}. ", step.title(lang), f"{done}/{len(total)}"))
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
