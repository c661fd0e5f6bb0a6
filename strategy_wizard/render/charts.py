"""Charts drawn as inline SVG from the strategy's own numbers: no image files, no JavaScript,
crisp at any zoom, and readable by the PDF's text extraction. Labels are escaped."""

from __future__ import annotations

from markupsafe import Markup, escape

from strategy_wizard.model.strategy import NetworkPlan, Pillar


def _role_colours(primary: str, accent: str) -> dict[str, str]:
    return {"primary": primary, "secondary": accent, "listen": "#9aa5b1", "avoid": "#d9dee3"}


def network_bars(
    networks: list[NetworkPlan], role_labels: dict[str, str], primary: str, accent: str
) -> Markup:
    """Fit score per network as horizontal bars, coloured by role."""
    colours = _role_colours(primary, accent)
    row, label_w, bar_w = 15, 150, 300
    height = row * len(networks) + 24
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {label_w + bar_w + 60} '
        f'{height}" class="chart" role="img">'
    ]
    for i, n in enumerate(networks):
        y = i * row
        width = bar_w * n.score / 100
        colour = colours[n.role]
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 11}" text-anchor="end" '
            f'font-size="9">{escape(n.name)}</text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 2}" width="{width:.1f}" height="11" '
            f'fill="{colour}" rx="2"/>'
        )
        parts.append(
            f'<text x="{label_w + width + 4:.1f}" y="{y + 11}" font-size="8.5">{n.score}</text>'
        )
    legend_y = row * len(networks) + 14
    x = label_w
    for role, colour in colours.items():
        parts.append(f'<rect x="{x}" y="{legend_y - 8}" width="9" height="9" fill="{colour}"/>')
        parts.append(
            f'<text x="{x + 12}" y="{legend_y}" font-size="8.5">{escape(role_labels[role])}</text>'
        )
        x += 75
    parts.append("</svg>")
    return Markup("".join(parts))  # every interpolated label is escaped


def pillar_bar(pillars: list[Pillar], primary: str, accent: str) -> Markup:
    """The editorial shares as one stacked bar."""
    colours = [primary, accent, "#9aa5b1"]
    width, x = 460.0, 0.0
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} 34" '
        'class="chart" role="img">'
    ]
    for pillar, colour in zip(pillars, colours, strict=False):
        w = width * pillar.share
        if w <= 0:
            continue
        parts.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="20" fill="{colour}"/>')
        parts.append(
            f'<text x="{x + w / 2:.1f}" y="14" font-size="10" fill="white" '
            f'text-anchor="middle">{round(pillar.share * 100)} %</text>'
        )
        x += w
    parts.append("</svg>")
    return Markup("".join(parts))  # numbers only
