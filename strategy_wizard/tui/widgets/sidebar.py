"""The steps, with how many questions of each are answered; click or press to jump."""

from __future__ import annotations

from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from strategy_wizard.bank import is_answered
from strategy_wizard.tui.state import WizardState


class StepSidebar(OptionList):
    class Jump(Message):
        def __init__(self, step: str) -> None:
            super().__init__()
            self.step = step

    def __init__(self, state: WizardState) -> None:
        super().__init__(id="sidebar")
        self.state = state

    def on_mount(self) -> None:
        self.refresh_steps()

    def refresh_steps(self) -> None:
        state = self.state
        lang = state.lang
        self.clear_options()
        for i, step in enumerate(state.bank.steps, 1):
            total = [q for q in step.questions if q.only_lang in (None, lang)]
            done = sum(1 for q in total if is_answered(state.values.get(q.id)))
            mark = "▶ " if step.id == state.step else "  "
            self.add_option(Option(f"{mark}{i}. {step.title(lang)}  {done}/{len(total)}",
                                   id=step.id))
        self.highlighted = [s.id for s in state.bank.steps].index(state.step)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Jump(event.option.id))
