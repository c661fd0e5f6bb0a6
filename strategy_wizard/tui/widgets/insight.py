"""The strategy taking shape as the answers change: verdict, warnings, network mix.

Updated after typing pauses (debounced by the screen), never on the keystroke itself. The
answers it builds from hold only valid values, so an engine error here is a bug: it is shown
in the panel and logged for a person at the terminal, and raised when the app runs headless
(the tests), so that it fails them instead of hiding.
"""

from __future__ import annotations

import logging
import time
from datetime import date

from rich.markup import escape
from textual.widgets import Static

from strategy_wizard.base.locale import colon
from strategy_wizard.tui.host import wizard
from strategy_wizard.tui.state import WizardState
from strategy_wizard.tui.texts import gate_names, ui

log = logging.getLogger(__name__)


class InsightPanel(Static):
    def __init__(self) -> None:
        super().__init__("", id="insight")
        self.error: Exception | None = None

    def show(self, state: WizardState, today: date) -> None:
        from strategy_wizard.base.locale import format_number
        from strategy_wizard.engine import build_strategy
        from strategy_wizard.render.words import word

        lang = state.lang
        host = wizard(self.app)
        kn = host.catalogue
        try:
            s = build_strategy(state.answers(), state.bank, kn, today, lang=lang)
        except Exception as exc:
            log.exception("the live insight could not build the strategy")
            self.update(
                f"[b]{ui('insight', lang)}[/b]\n\n[red]{ui('insight_error', lang)}[/red]"
                f"\n{escape(type(exc).__name__)}: {escape(str(exc))[:200]}"
            )
            self.error = exc
            if self.app.is_headless and host.raise_engine_errors:
                raise
            return
        self.error = None
        missing = state.missing_gates()
        lines = [f"[b]{ui('insight', lang)}[/b]", ""]
        if missing:
            # the engine has assumed the missing answers: no verdict, no mix, on assumptions
            lines += [
                f"[b]{ui('insight_verdict', lang)}[/b]{colon(lang)}"
                f"{ui('insight_no_verdict', lang)}",
                ui("insight_missing", lang).format(missing=gate_names(missing, lang)),
                "",
                f"[b]{ui('insight_mix', lang)}[/b]",
                f"  {ui('insight_mix_later', lang)}",
            ]
        else:
            lines += [
                f"[b]{ui('insight_verdict', lang)}[/b]{colon(lang)}"
                f"{word('label_verdict_' + s.verdict, lang)}",
                "",
                f"[b]{ui('insight_mix', lang)}[/b]",
            ]
            for n in s.networks:
                if n.role in ("primary", "secondary"):
                    lines.append(
                        f"  {n.name} — {word('label_role_' + n.role, lang)} "
                        f"({format_number(n.hours_per_week, lang, 2)} h)"
                    )
        warnings = [w for w in s.warnings if w.id != "incomplete"]  # said above already
        lines += ["", f"[b]{ui('insight_warnings', lang)}[/b]"]
        if warnings:
            lines += [f"  • {escape(w.message)}" for w in warnings]
        else:
            lines.append(f"  {ui('insight_none', lang)}")
        self.update("\n".join(lines))
        self.verdict = None if missing else s.verdict
        self.missing = missing
        self.updated_at = time.perf_counter()
        self.warning_ids = [w.id for w in s.warnings]
