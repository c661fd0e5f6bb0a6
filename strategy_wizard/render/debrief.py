"""The trainer's debrief of a group, shown: Markdown and PDF (the JSON is the model itself).
Same fonts, locked fetcher and autoescaping as the main document."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from strategy_wizard.base.errors import visible
from strategy_wizard.base.locale import colon, format_date, format_number
from strategy_wizard.model.debrief import GroupSummary
from strategy_wizard.render.words import word


def _bars(counts: dict[str, int], colour: str = "#1d3557") -> Markup:
    if not counts:
        return Markup("<p>—</p>")
    row, label_w, bar_w = 16, 230, 260
    top = max(counts.values())
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 '
        f'{label_w + bar_w + 40} {row * len(counts) + 4}">'
    ]
    for i, (label, count) in enumerate(counts.items()):
        y = i * row
        w = bar_w * count / top
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end" font-size="9">'
            f'{escape(label[:60])}</text><rect x="{label_w}" y="{y + 3}" '
            f'width="{w:.1f}" height="11" fill="{colour}"/>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 12}" font-size="9">{count}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # labels escaped, numbers only otherwise


def unfinished_line(g: GroupSummary) -> str:
    """How many participants are left out of the counts because they have not finished."""
    if g.unfinished == 1:
        return word("summary_unfinished_one", g.lang)
    return word("summary_unfinished_many", g.lang, n=g.unfinished)


def render_page(template: str, context: dict[str, Any]) -> bytes:
    """A small document beside the strategy (debrief, progress) as PDF: the same sandbox on
    plain data, fonts, locked fetcher and autoescaping as the main document."""
    from strategy_wizard.render.html import font_faces, render_named
    from strategy_wizard.render.pdf import html_to_pdf

    html = render_named(template, {"fonts": font_faces(False), **context})
    return html_to_pdf(html)


def summary_pdf(group: GroupSummary) -> bytes:
    lang = group.lang

    def t(key: str, **f: object) -> str:
        return word(key, lang, **f)

    charts = [
        (t("summary_objectives"), _bars(group.objectives)),
        (t("summary_verdicts"), _bars(group.verdicts, "#e07a2f")),
        (t("summary_primary"), _bars(group.primary_networks)),
        (t("summary_active"), _bars(group.active_networks)),
        (t("summary_myths"), _bars(group.warnings, "#c53030")),
    ]
    hours_line = (
        t(
            "summary_hours_line",
            min=format_number(group.hours.get("min", 0), lang),
            median=format_number(group.hours.get("median", 0), lang),
            max=format_number(group.hours.get("max", 0), lang),
        )
        if group.hours
        else ""
    )
    return render_page(
        "summary.html.j2",
        {
            "lang": lang,
            "g": group.model_dump(mode="json"),
            "charts": charts,
            "hours_line": hours_line,
            "unfinished_line": unfinished_line(group) if group.unfinished else "",
            "date": format_date(group.generated_on, lang),
        },
    )


def to_markdown(g: GroupSummary) -> str:
    def t(key: str, **fields: object) -> str:
        return word(key, g.lang, **fields)

    out = [
        f"# {t('summary_title')} — {format_date(g.generated_on, g.lang)}",
        "",
        f"**{t('summary_participants')}**{colon(g.lang)}{g.participants}",
        "",
    ]
    if g.unfinished:
        out += [f"*{unfinished_line(g)}*", ""]

    def table(title: str, counts: dict[str, int]) -> None:
        out.extend([f"## {title}", ""])
        if not counts:
            out.extend([f"*{t('summary_none')}*", ""])
            return
        width = max(counts.values())
        for label, count in counts.items():
            bar = "█" * max(1, round(20 * count / width))
            out.append(f"- {label} — {count} `{bar}`")
        out.append("")

    table(t("summary_objectives"), g.objectives)
    table(t("summary_verdicts"), g.verdicts)
    table(t("summary_primary"), g.primary_networks)
    table(t("summary_active"), g.active_networks)
    if g.hours:
        out += [
            f"## {t('summary_hours')}",
            "",
            t(
                "summary_hours_line",
                min=format_number(g.hours["min"], g.lang),
                median=format_number(g.hours["median"], g.lang),
                max=format_number(g.hours["max"], g.lang),
            ),
            "",
        ]
    table(t("summary_myths"), g.warnings)
    out += (
        [f"## {t('summary_prompts')}", ""]
        + [f"{i}. {p}" for i, p in enumerate(g.prompts, 1)]
        + [""]
    )
    if g.skipped:
        out += [f"## {t('summary_skipped')}", ""]
        # a file's name may hold control characters: shown escaped, on a terminal or not
        out += [f"- `{visible(s.file)}` — {visible(s.reason)}" for s in g.skipped] + [""]
    return "\n".join(out)
