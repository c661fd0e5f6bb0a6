"""Small documents beside the strategy: the trainer's debrief and a progress check-in, as PDF.
Same fonts, same locked fetcher, same autoescaping as the main document."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from strategy_wizard.base.locale import format_date, format_number


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


def _render(template: str, context: dict[str, Any]) -> bytes:
    from strategy_wizard.model.catalogue import load_catalogue
    from strategy_wizard.render.html import environment, font_faces
    from strategy_wizard.render.pdf import html_to_pdf

    lang = context["lang"]
    kn = load_catalogue()
    html = (
        environment(None)
        .get_template(template)
        .render(t=lambda key, **f: kn.phrase(key)(lang, **f), fonts=font_faces(False), **context)
    )
    return html_to_pdf(html)


def summary_pdf(group: Any) -> bytes:
    from strategy_wizard.model.catalogue import load_catalogue

    lang = group.lang
    kn = load_catalogue()

    def t(key: str, **f: object) -> str:
        return kn.phrase(key)(lang, **f)

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
    return _render(
        "summary.html.j2",
        {
            "lang": lang,
            "g": group,
            "charts": charts,
            "hours_line": hours_line,
            "date": format_date(group.generated_on, lang),
        },
    )


def progress_pdf(strategy: Any, rows: list[Any]) -> bytes:
    lang = strategy.lang
    return _render(
        "progress.html.j2",
        {
            "lang": lang,
            "s": strategy,
            "rows": rows,
            "fdate": lambda d: format_date(d, lang),
            "num": lambda x: format_number(x, lang),
        },
    )
