"""Charts drawn as inline SVG from the strategy's own numbers: no image files, no JavaScript,
crisp at any zoom, and readable by the PDF's text extraction. Labels are escaped."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape


def _role_colours(primary: str, accent: str) -> dict[str, str]:
    return {
        "primary": primary,
        "secondary": accent,
        "replays": "#c3ccd5",  # a channel kept only to host replays (review 30a, D5)
        "listen": "#9aa5b1",
        "avoid": "#d9dee3",
    }


def network_bars(
    rows: list[dict[str, Any]], primary: str, accent: str, caption: str = ""
) -> Markup:
    """Fit per network as horizontal bars, coloured by role: the networks kept and the closest
    set aside (the view chooses them), with a legend of the roles shown."""
    colours = _role_colours(primary, accent)
    row, label_w, bar_w = 15, 150, 300
    height = row * len(rows) + 24
    # the text alternative (the tagged PDF's /Alt, a screen reader's label): every bar in words
    values = ", ".join(f"{r['name']} {r['score']}" for r in rows)
    title = escape(f"{caption}: {values}" if caption else values)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {label_w + bar_w + 60} '
        f'{height}" class="chart" role="img" aria-label="{title}"><title>{title}</title>'
    ]
    for i, r in enumerate(rows):
        y = i * row
        width = bar_w * int(r["score"]) / 100
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 11}" text-anchor="end" '
            f'font-size="9">{escape(r["name"])}</text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 2}" width="{width:.1f}" height="11" '
            f'fill="{colours[r["role"]]}" rx="2"/>'
        )
        parts.append(
            f'<text x="{label_w + width + 4:.1f}" y="{y + 11}" font-size="8.5">'
            f"{int(r['score'])}</text>"
        )
    legend_y = row * len(rows) + 14
    x = label_w
    seen: dict[str, str] = {}
    for r in sorted(rows, key=lambda r: list(colours).index(r["role"])):  # kept ones first
        seen.setdefault(r["role"], r["role_label"])
    for role, label in seen.items():
        parts.append(
            f'<rect x="{x}" y="{legend_y - 8}" width="9" height="9" fill="{colours[role]}"/>'
        )
        parts.append(f'<text x="{x + 12}" y="{legend_y}" font-size="8.5">{escape(label)}</text>')
        x += 80
    parts.append("</svg>")
    return Markup("".join(parts))  # every interpolated label is escaped


def pillar_bar(pillars: list[dict[str, Any]], primary: str, accent: str) -> Markup:
    """The editorial shares as one stacked bar."""
    colours = [primary, accent, "#9aa5b1"]
    width, x = 460.0, 0.0
    title = escape(", ".join(f"{p['name']} {p['share']}" for p in pillars))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} 22" '
        f'class="chart" role="img" aria-label="{title}"><title>{title}</title>'
    ]
    for pillar, colour in zip(pillars, colours, strict=False):
        share = float(pillar["share_value"])
        w = width * share
        if w <= 0:
            continue
        parts.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="20" fill="{colour}"/>')
        parts.append(
            f'<text x="{x + w / 2:.1f}" y="14" font-size="10" fill="white" '
            f'text-anchor="middle">{escape(pillar["share"])}</text>'
        )
        x += w
    parts.append("</svg>")
    return Markup("".join(parts))  # every interpolated text is escaped
