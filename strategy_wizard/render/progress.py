"""A progress check-in shown: Markdown, JSON and PDF of the KPIs against the plan."""

from __future__ import annotations

import json

from strategy_wizard.base.locale import format_date, format_number
from strategy_wizard.model.progress import KpiProgress
from strategy_wizard.model.strategy import Strategy
from strategy_wizard.render.words import word


def to_markdown(strategy: Strategy, rows: list[KpiProgress]) -> str:
    lang = strategy.lang

    def t(key: str) -> str:
        return word(key, lang)

    lines = [
        f"# {t('progress_title')} — {strategy.org_name}",
        "",
        f"| {t('progress_kpi')} | {t('progress_date')} | {t('progress_actual')} | "
        f"{t('progress_expected')} | {t('progress_status')} |",
        "|---|---|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.name} ({r.unit}) | {format_date(r.date, lang) if r.date else '—'} | "
            f"{format_number(r.actual, lang) if r.actual is not None else '—'} | "
            f"{format_number(r.expected, lang) if r.expected is not None else '—'} | "
            f"{t('progress_status_' + r.status)} |"
        )
    lines.append("")
    lines += [f"- **{r.name}** — {r.advice}" for r in rows]
    return "\n".join(lines) + "\n"


def to_json(rows: list[KpiProgress]) -> str:
    return (
        json.dumps([r.model_dump(mode="json") for r in rows], indent=2, ensure_ascii=False) + "\n"
    )


def progress_pdf(strategy: Strategy, rows: list[KpiProgress]) -> bytes:
    lang = strategy.lang
    from strategy_wizard.render.debrief import render_page

    return render_page(
        "progress.html.j2",
        {
            "lang": lang,
            "s": {"org_name": strategy.org_name},
            "rows": [r.model_dump(mode="json") for r in rows],
        },
    )
