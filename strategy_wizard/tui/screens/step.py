"""One step of the question bank: its questions, the step sidebar and the live insight."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static, TextArea

from strategy_wizard.bank import Step
from strategy_wizard.tui.texts import ui
from strategy_wizard.tui.widgets.insight import InsightPanel
from strategy_wizard.tui.widgets.question import QuestionWidget
from strategy_wizard.tui.widgets.sidebar import StepSidebar

INSIGHT_DELAY = 0.03  # seconds after the last change; the engine itself takes ~3 ms


class StepScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+n,pagedown", "app.next_step", "Next"),
        Binding("ctrl+b,pageup", "app.previous_step", "Back"),
        Binding("f1", "teach", "Teaching note"),
        Binding("question_mark", "teach_if_not_typing", "Note", show=False),
        Binding("ctrl+r", "app.review", "Review"),
        Binding("ctrl+l", "app.switch_language", "FR/EN"),
        Binding("f2", "toggle_insight", "Insight"),
    ]
    # Below these widths the insight panel, then the sidebar, make way for the questions.
    INSIGHT_MIN_WIDTH = 110
    SIDEBAR_MIN_WIDTH = 70

    def __init__(self, step: Step) -> None:
        super().__init__(name=step.id)
        self.step = step
        self._timer = None

    @property
    def state(self):
        return self.app.state  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        state, lang = self.state, self.state.lang
        yield Header()
        with Horizontal(id="body"):
            yield StepSidebar(state)
            with VerticalScroll(id="questions"):
                yield Static(f"[b]{self.step.title(lang)}[/b]", id="step-title")
                yield Static(self.step.intro(lang), id="step-intro")
                for q in self.step.questions:
                    if q.only_lang and q.only_lang != lang:
                        continue
                    widget = QuestionWidget(q, lang, state.values.get(q.id), state.drafts.get(q.id))
                    widget.display = q.visible(state.values)
                    yield widget
            yield InsightPanel()
        yield Static("", id="teaching-aside")
        yield Footer()

    def _widgets(self) -> dict[str, QuestionWidget]:
        if not hasattr(self, "_widget_map"):
            self._widget_map = {w.question.id: w for w in self.query(QuestionWidget)}
        return self._widget_map

    def on_mount(self) -> None:
        self._conditional: dict[str, list] = {}
        for q in self.step.questions:
            if q.when:
                self._conditional.setdefault(q.when.question, []).append(q)
        self.title = ui("app_title", self.state.lang)
        self.sub_title = self.step.title(self.state.lang)
        self.call_after_refresh(self._refresh_insight)
        first = self.query(".question Input, .question TextArea, .question Select, "
                           ".question SelectionList").first()
        first.focus()
        self._update_aside()

    def on_resize(self) -> None:
        width = self.size.width
        self.query_one(InsightPanel).display = width >= self.INSIGHT_MIN_WIDTH
        self.query_one(StepSidebar).display = width >= self.SIDEBAR_MIN_WIDTH

    def action_toggle_insight(self) -> None:
        panel = self.query_one(InsightPanel)
        panel.display = not panel.display

    def on_question_widget_changed(self, event: QuestionWidget.Changed) -> None:
        # On the keystroke path: keep it to a dictionary lookup and the checks that matter.
        qid = event.question.id
        problems = self.state.set_answer(event.question, event.raw)
        widgets = self._widgets()
        widgets[qid].show_problems(problems)
        for q in self._conditional.get(qid, ()):  # only questions that depend on this one
            if q.id in widgets:
                widgets[q.id].display = q.visible(self.state.values)
        self.app.schedule_save()  # type: ignore[attr-defined]
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(INSIGHT_DELAY, self._refresh_insight)

    def _refresh_insight(self) -> None:
        self.query_one(InsightPanel).show(self.state, self.app.today)  # type: ignore[attr-defined]
        self.query_one(StepSidebar).refresh_steps()

    def on_step_sidebar_jump(self, event: StepSidebar.Jump) -> None:
        self.app.go_to_step(event.step)  # type: ignore[attr-defined]

    def on_descendant_focus(self) -> None:
        self._update_aside()

    def focused_question(self) -> QuestionWidget | None:
        node = self.focused
        while node is not None and not isinstance(node, QuestionWidget):
            node = node.parent  # type: ignore[assignment]
        return node

    def _update_aside(self) -> None:
        aside = self.query_one("#teaching-aside", Static)
        presenter = self.app.presenter  # type: ignore[attr-defined]
        aside.display = presenter
        if presenter:
            widget = self.focused_question()
            q = widget.question if widget else self.step.questions[0]
            aside.update(f"[b]{ui('teaching', self.state.lang)}[/b] — "
                         f"{q.teaching(self.state.lang)}")

    def action_teach(self) -> None:
        from strategy_wizard.tui.screens.teaching import TeachingScreen

        widget = self.focused_question()
        q = widget.question if widget else self.step.questions[0]
        lang = self.state.lang
        self.app.push_screen(TeachingScreen(ui("teaching", lang), q.label(lang),
                                            q.teaching(lang), ui("close", lang)))

    def action_teach_if_not_typing(self) -> None:
        if not isinstance(self.focused, Input | TextArea):
            self.action_teach()
