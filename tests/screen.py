"""What a running wizard shows, as text: the screen the person sees, cell for cell, without
colours (for tests that read the screen the way a person does)."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len


def screen_lines(app: Any) -> list[str]:
    """The current screen, one string per row, one character per cell (a character two cells
    wide is followed by a space), so that a widget's region indexes its text."""
    width, _height = app.size
    lines = []
    for strip in app.screen._compositor.render_strips():
        row = []
        for segment in strip:
            if segment.control:
                continue
            for ch in segment.text:
                cells = cell_len(ch)
                if cells:
                    row.append(ch + " " * (cells - 1))
        lines.append("".join(row)[:width].ljust(width))
    return lines


def screen_text(app: Any) -> str:
    return "\n".join(screen_lines(app))


def region_text(app: Any, region: Any) -> list[str]:
    """The rows of the screen inside a region (a widget's `region`, say), clipped to it."""
    lines = screen_lines(app)
    return [line[region.x : region.right] for line in lines[region.y : region.bottom]]
