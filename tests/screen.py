"""What a running wizard shows, as text: the screen the person sees, cell for cell, without
colours (for tests that read the screen the way a person does)."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console


def screen_lines(app: Any) -> list[str]:
    """The current screen (with the screens under a dialog), one string per row, each exactly
    as wide as the terminal."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system=None,
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    lines = console.export_text().split("\n")[:height]
    return [line.ljust(width) for line in lines]


def screen_text(app: Any) -> str:
    return "\n".join(screen_lines(app))


def region_text(app: Any, region: Any) -> list[str]:
    """The rows of the screen inside a region (a widget's `region`, say), clipped to it."""
    lines = screen_lines(app)
    return [line[region.x : region.right] for line in lines[region.y : region.bottom]]
