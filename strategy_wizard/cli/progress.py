"""The progress check-in on a terminal: a coloured table of the KPIs against the plan."""

from __future__ import annotations

from strategy_wizard.model.progress import KpiProgress
from strategy_wizard.model.strategy import Strategy


def print_table(strategy: Strategy, rows: list[KpiProgress]) -> None:
    from rich.console import Console
    from rich.table import Table

    from strategy_wizard.base.locale import format_date, format_number
    from strategy_wizard.render.words import word

    lang = strategy.lang

    def t(key: str) -> str:
        return word(key, lang)

    colour = {"ahead": "green", "on_track": "cyan", "behind": "red", "no_data": "dim"}
    table = Table(title=f"{t('progress_title')} — {strategy.org_name}")
    for key in (
        "progress_kpi",
        "progress_date",
        "progress_actual",
        "progress_expected",
        "progress_status",
        "progress_advice",
    ):
        table.add_column(t(key), overflow="fold")
    for r in rows:
        table.add_row(
            f"{r.name} ({r.unit})",
            format_date(r.date, lang) if r.date else "—",
            format_number(r.actual, lang) if r.actual is not None else "—",
            format_number(r.expected, lang) if r.expected is not None else "—",
            f"[{colour[r.status]}]{t('progress_status_' + r.status)}[/]",
            r.advice,
        )
    Console(stderr=False).print(table)
