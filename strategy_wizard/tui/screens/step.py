"""The wizard's working screen: the step sidebar, the current step's questions, the live insight.

One screen for every step. Each step is a pane in a ContentSwitcher, mounted the first time it is
shown and kept afterwards, so moving between steps does not rebuild the header, the footer, the
sidebar or the questions already seen (measured in bench/bench_tui.py)."""

from __future__ import annotations

import asyncio
from typing import Any

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Input, Select, Static, TextArea

from strategy_wizard.model.bank import Question, Step
from strategy_wizard.tui.host import state_of, wizard
from strategy_wizard.tui.state import WizardState
from strategy_wizard.tui.texts import ui
from strategy_wizard.tui.widgets.insight import InsightPanel
from strategy_wizard.tui.widgets.keybar import STEP_KEYS, KeyBar
from strategy_wizard.tui.widgets.question import QuestionWidget
from strategy_wizard.tui.widgets.sidebar import StepSidebar
from strategy_wizard.tui.widgets.step_pane import StepPane
from strategy_wizard.tui.widgets.titlebar import TitleBar

INSIGHT_DELAY = 0.03  # seconds after the last change; the engine itself takes ~3 ms
PREBUILD_DELAY = 1.0  # seconds of quiet before building a step not yet seen


class StepScreen(Screen[None]):
    # Keys for a terminal and keys for a browser (tui/widgets/keybar.py), all bound; PgDn and
    # PgUp before any field's own use of them (a list's or a text's paging), so that they move
    # between steps wherever the focus is, as documented.
    BINDINGS = [
        Binding("ctrl+n", "app.next_step", "Next"),
        Binding("pagedown", "next_step", "Next", priority=True),
        Binding("ctrl+b", "app.previous_step", "Back"),
        Binding("pageup", "previous_step", "Back", priority=True),
        Binding("f1,f4", "teach", "Teaching note"),
        Binding("question_mark", "teach_if_not_typing", "Note", show=False),
        Binding("ctrl+r,f8", "app.review", "Review"),
        Binding("ctrl+l", "app.switch_language", "FR/EN"),
        Binding("alt+l", "app.switch_language", "FR/EN", priority=True),  # before a field
        Binding("f2", "toggle_insight", "Insight"),
    ]
    # Below these widths the insight panel, then the sidebar, make way for the questions.
    prebuild_delay = PREBUILD_DELAY  # per class, so a test on a loaded machine can lengthen it
    INSIGHT_MIN_WIDTH = 110
    SIDEBAR_MIN_WIDTH = 70

    def __init__(self, focus: str | None = None) -> None:
        super().__init__()
        self._first_focus = focus
        self._timer: Any = None
        self._prebuild_timer: Any = None
        self._panes: dict[str, StepPane] = {}
        self._building: dict[str, asyncio.Future[None]] = {}
        self._widgets: dict[str, QuestionWidget] = {}
        # which questions depend on which answer, across every step (a pane already built
        # elsewhere must follow an answer given here)
        self._conditional: dict[str, list[Question]] = {}
        for step in self.state.bank.steps:
            for q in step.questions:
                for other in q.when.questions() if q.when else []:
                    self._conditional.setdefault(other, []).append(q)

    @property
    def state(self) -> WizardState:
        return state_of(self.app)

    @property
    def step(self) -> Step:
        return next(s for s in self.state.bank.steps if s.id == self.state.step)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="body"):
            yield StepSidebar(self.state)
            yield ContentSwitcher(id="steps")
            yield InsightPanel()
        yield Static("", id="teaching-aside")
        yield KeyBar(STEP_KEYS, self.state.lang, web=self.app.is_web)

    async def on_mount(self) -> None:
        self.title = self.app.TITLE  # the step's title beside it: the bar stays one line at 80

        await self.show_step(self._first_focus)
        self.call_after_refresh(self._refresh_insight)

    async def show_step(self, focus: str | None = None) -> None:
        """Show the state's current step: its pane is built on the first visit only."""
        step = self.step
        if step.id in self._building:  # being built in the background right now
            await self._building[step.id]
        switcher = self.query_one(ContentSwitcher)
        pane = self._panes.get(step.id)
        if pane is None:
            pane = await self._build_pane(step, current=True)
        else:
            switcher.current = pane.id
        self.sub_title = step.title(self.state.lang)
        pane.focus_first(focus)
        self.query_one(StepSidebar).refresh_steps()
        self._update_aside()
        self._schedule_prebuild()

    async def _build_pane(self, step: Step, current: bool) -> StepPane:
        done = asyncio.get_running_loop().create_future()
        self._building[step.id] = done
        pane = StepPane(step, self.state, in_background=not current)
        try:
            await self.query_one(ContentSwitcher).add_content(pane, set_current=current)
            if not current:
                await pane.add_questions()
                if not pane.is_attached:  # the screen went (a language switch) meanwhile
                    return pane
            self._panes[step.id] = pane
            self._widgets.update({w.question.id: w for w in pane.query(QuestionWidget)})
        finally:
            del self._building[step.id]
            done.set_result(None)
        return pane

    def forget_step_of(self, qid: str) -> None:
        """Drop the pane holding this question, so it is built again from the answers."""
        step = self.state.bank.step_of(qid)
        pane = self._panes.pop(step.id, None)
        if pane is None:
            return
        for q in step.questions:
            self._widgets.pop(q.id, None)
        pane.remove()

    async def on_screen_resume(self) -> None:
        if self.state.step not in self._panes and self.state.step not in self._building:
            await self.show_step()

    def _schedule_prebuild(self) -> None:
        """After a quiet moment, build the step that comes next, so that moving on only
        switches panes. Only that one: on a shared server twenty participants building every
        step at once would slow each other's start (bench/bench_serve.py)."""
        if self.app.is_web:  # served: the server's cores are shared by the whole room
            return
        if self._prebuild_timer is not None:
            self._prebuild_timer.stop()
        self._prebuild_timer = self.set_timer(self.prebuild_delay, self._prebuild)

    async def _prebuild(self) -> None:
        self._prebuild_timer = None
        if not self.is_attached or self not in self.app.screen_stack:
            return  # replaced in the meantime (a language switch rebuilds the screen)
        steps = self.state.bank.steps
        ids = [s.id for s in steps]
        following = ids.index(self.state.step) + 1
        if following < len(ids):
            step = steps[following]
            if step.id not in self._panes and step.id not in self._building:
                await self._build_pane(step, current=False)

    def on_resize(self) -> None:
        width = self.size.width
        self.query_one(InsightPanel).display = width >= self.INSIGHT_MIN_WIDTH
        self.query_one(StepSidebar).display = width >= self.SIDEBAR_MIN_WIDTH

    def _choosing(self) -> bool:
        """Whether a drop-down list is open (PgDn and PgUp then page through it)."""
        return any(select.expanded for select in self.query(Select))

    def action_next_step(self) -> None:
        if self._choosing():
            raise SkipAction()
        wizard(self.app).action_next_step()

    def action_previous_step(self) -> None:
        if self._choosing():
            raise SkipAction()
        wizard(self.app).action_previous_step()

    def action_toggle_insight(self) -> None:
        """Show or hide the live panel; where the screen is too narrow for both, the sidebar
        makes way for it rather than the questions."""
        panel = self.query_one(InsightPanel)
        panel.display = not panel.display
        narrow = self.size.width < self.INSIGHT_MIN_WIDTH
        self.query_one(StepSidebar).display = self.size.width >= self.SIDEBAR_MIN_WIDTH and not (
            narrow and panel.display
        )

    def on_question_widget_changed(self, event: QuestionWidget.Changed) -> None:
        # On the keystroke path: keep it to a dictionary lookup and the checks that matter.
        qid = event.question.id
        problems = self.state.set_answer(event.question, event.raw)
        widgets = self._widgets
        widgets[qid].show_problems(problems)
        for q in self._conditional.get(qid, ()):  # only questions that depend on this one
            if q.id in widgets:
                widgets[q.id].display = q.visible(self.state.values)
        wizard(self.app).schedule_save()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(INSIGHT_DELAY, self._refresh_insight)
        if self._prebuild_timer is not None:  # typing: not the moment to build anything
            self._schedule_prebuild()

    def _refresh_insight(self) -> None:
        self.query_one(InsightPanel).show(self.state, wizard(self.app).today)
        self.query_one(StepSidebar).refresh_steps()

    def on_step_sidebar_jump(self, event: StepSidebar.Jump) -> None:
        wizard(self.app).go_to_step(event.step)

    def on_descendant_focus(self) -> None:
        self._update_aside()

    def focused_question(self) -> QuestionWidget | None:
        node = self.focused
        while node is not None and not isinstance(node, QuestionWidget):
            node = node.parent  # type: ignore[assignment]
        return node

    def _current_question(self) -> Question:
        widget = self.focused_question()
        return widget.question if widget else self.step.questions[0]

    def _update_aside(self) -> None:
        aside = self.query_one("#teaching-aside", Static)
        presenter = wizard(self.app).presenter
        aside.display = presenter
        if presenter:
            lang = self.state.lang
            aside.update(
                f"[b]{ui('teaching', lang)}[/b] — {self._current_question().teaching(lang)}"
            )

    def action_teach(self) -> None:
        from strategy_wizard.tui.screens.teaching import TeachingScreen

        q = self._current_question()
        lang = self.state.lang
        self.app.push_screen(
            TeachingScreen(ui("teaching", lang), q.label(lang), q.teaching(lang), ui("close", lang))
        )

    def action_teach_if_not_typing(self) -> None:
        if not isinstance(self.focused, Input | TextArea):
            self.action_teach()
