"""Charts drawn as inline SVG from the strategy's own numbers: no image files, no JavaScript,
crisp at any zoom, and readable by the PDF's text extraction. Labels are escaped."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

# the legend's text: an em of a sans-serif at 8.5 pt is wider than most of its letters, so a
# label measured at 0.62 em a character never runs into the next swatch (review 33a, DN6)
LEGEND_FONT = 8.5
LEGEND_CHAR_EM = 0.62
LEGEND_SWATCH = 12  # the swatch and the gap before its label
LEGEND_GAP = 14  # between one label's end and the next swatch
LEGEND_ROW = 12


def _tint(colour: str, share: float) -> str:
    """`colour` mixed with white (`share` of white): a lighter shade of a brand colour, so a
    narrower role reads as kin of the role it narrows, never as one of the refusal greys."""
    hexa = colour.lstrip("#")
    if len(hexa) == 3:
        hexa = "".join(c * 2 for c in hexa)
    try:
        rgb = [int(hexa[i : i + 2], 16) for i in (0, 2, 4)]
    except ValueError:
        return colour
    mixed = (round(c + (255 - c) * share) for c in rgb)
    return "#" + "".join(f"{c:02x}" for c in mixed)


def _role_colours(primary: str, accent: str) -> dict[str, str]:
    """One colour a role, kept roles first (the legend's order): the roles a document narrows
    (a channel used per session, a closed group, replays only) are tints of a kept role's
    colour, since the plan uses them; the two greys are left to watch and set aside."""
    return {
        "primary": primary,
        "secondary": accent,
        "per_session": _tint(accent, 0.3),  # a letter a session (review 33c, N-d)
        "closed_group": _tint(accent, 0.3),  # a closed group the plan runs (review 33c, H-e)
        # a channel kept only to host replays (review 30a, D5): its own tint, no grey (33a DN6);
        # from the accent, since a dark primary tinted turns grey beside « Set aside »
        "replays": _tint(accent, 0.6),
        "listen": "#9aa5b1",
        "inbox": "#9aa5b1",
        "avoid": "#d9dee3",
    }


def legend_width(label: str) -> float:
    """A legend label's width in the chart's units, measured from its characters."""
    return len(label) * LEGEND_FONT * LEGEND_CHAR_EM


def legend_layout(labels: list[str], start: float, end: float) -> list[tuple[float, int]]:
    """Each legend item's x and row: laid out by measured width, a new row when the next item
    would pass `end`, so no label runs over the next swatch in either language (33a, DN6)."""
    placed: list[tuple[float, int]] = []
    x, line = start, 0
    for label in labels:
        width = LEGEND_SWATCH + legend_width(label)
        if x > start and x + width > end:
            x, line = start, line + 1
        placed.append((x, line))
        x += width + LEGEND_GAP
    return placed


def network_bars(
    rows: list[dict[str, Any]], primary: str, accent: str, caption: str = ""
) -> Markup:
    """Fit per network as horizontal bars, coloured by role: the networks kept and the closest
    set aside (the view chooses them), with a legend of the roles shown."""
    colours = _role_colours(primary, accent)
    row, label_w, bar_w = 15, 150, 300
    seen: dict[str, str] = {}
    for r in sorted(rows, key=lambda r: list(colours).index(r["role"])):  # kept ones first
        seen.setdefault(r["role"], r["role_label"])
    legend_y = row * len(rows) + 14
    placed = legend_layout(list(seen.values()), label_w, label_w + bar_w + 60)
    height = row * len(rows) + 24 + LEGEND_ROW * max((line for _, line in placed), default=0)
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
    for (role, label), (x, line) in zip(seen.items(), placed, strict=True):
        y = legend_y + line * LEGEND_ROW
        parts.append(f'<rect x="{x:.1f}" y="{y - 8}" width="9" height="9" fill="{colours[role]}"/>')
        parts.append(
            f'<text x="{x + LEGEND_SWATCH:.1f}" y="{y}" font-size="{LEGEND_FONT}">'
            f"{escape(label)}</text>"
        )
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
