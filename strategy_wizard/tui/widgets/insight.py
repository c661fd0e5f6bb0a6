"""The strategy taking shape as the answers change: verdict, warnings, network mix.

Updated after typing pauses (debounced by the screen), never on the keystroke itself."""

from __future__ import annotations

import time
from datetime import date

from textual.widgets import Static

from strategy_wizard.base.locale import colon
from strategy_wizard.tui.state import WizardState
from strategy_wizard.tui.texts import ui


class InsightPanel(Static):
    def __init__(self) -> None:
        super().__init__("", id="insight")

    def show(self, state: WizardState, today: date) -> None:
        from strategy_wizard.base.locale import format_number
        from strategy_wizard.engine import build_strategy
        from strategy_wizard.model.catalogue import load_catalogue
        from strategy_wizard.render.words import word

        lang = state.lang
        kn = load_catalogue()
        try:
            s = build_strategy(state.answers(), state.bank, kn, today, lang=lang)
        except Exception:  # an answers set in the middle of being typed: say nothing yet
            return
        lines = [
            f"[b]{ui('insight', lang)}[/b]",
            "",
            f"[b]{ui('insight_verdict', lang)}[/b]{colon(lang)}"
            f"{word('label_verdict_' + s.verdict, lang)}",
            "",
        ]
        lines.append(f"[b]{ui('insight_mix', lang)}[/b]")
        for n in s.networks:
            if n.role in ("primary", "secondary"):
                lines.append(
                    f"  {n.name} — {word('label_role_' + n.role, lang)} "
                    f"({format_number(n.hours_per_week, lang, 2)} h)"
                )
        lines += ["", f"[b]{ui('insight_warnings', lang)}[/b]"]
        if s.warnings:
            lines += [f"  • {w.message[:90]}" for w in s.warnings]
        else:
            lines.append(f"  {ui('insight_none', lang)}")
        self.update("\n".join(lines))
        self.verdict = s.verdict
        self.updated_at = time.perf_counter()
        self.warning_ids = [w.id for w in s.warnings]
