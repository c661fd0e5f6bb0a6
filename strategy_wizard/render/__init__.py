"""Renderers: one module per output format, found by name and imported only when used.

A renderer takes a `Strategy` and options and returns bytes. Keeping the registry as strings
means `render --format json` never pays for Jinja2 or WeasyPrint.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from strategy_wizard.model.strategy import Strategy

Format = Literal["pdf", "html", "md", "json", "ics"]
FORMATS: dict[str, str] = {
    "json": "strategy_wizard.render.json_out",
    "md": "strategy_wizard.render.markdown",
    "html": "strategy_wizard.render.html",
    "pdf": "strategy_wizard.render.pdf",
    "ics": "strategy_wizard.render.ics",
}
TEXT_FORMATS = ("json", "md", "html", "ics")
EXTENSIONS = {"json": ".json", "md": ".md", "html": ".html", "pdf": ".pdf", "ics": ".ics"}


class FormatUnavailable(Exception):
    """The format exists in the command line but this installation cannot produce it."""


@dataclass
class RenderOptions:
    paper: Literal["a4", "letter"] = "a4"
    brand: object | None = None  # a validated brand (render.brand.Brand)
    template_dir: Path | None = None


class Renderer(Protocol):
    def render(self, strategy: Strategy, options: RenderOptions) -> bytes: ...


def renderer(fmt: str) -> Renderer:
    if fmt not in FORMATS:
        raise FormatUnavailable(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")
    try:
        return importlib.import_module(FORMATS[fmt])  # type: ignore[return-value]
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("strategy_wizard"):
            raise FormatUnavailable(
                f"the '{fmt}' format is not available yet in this version"
            ) from None
        raise FormatUnavailable(
            f"the '{fmt}' format needs the Python package '{exc.name}', which is not installed"
        ) from None


def render(strategy: Strategy, fmt: str, options: RenderOptions | None = None) -> bytes:
    return renderer(fmt).render(strategy, options or RenderOptions())
