"""Renderers: one module per output format (formats.py lists them), imported only when used.

A renderer takes a `Strategy` and presentation options — nothing else — and returns bytes.
Keeping the registry as module names means `render --format json` never pays for Jinja2 or
WeasyPrint.
"""

from __future__ import annotations

from strategy_wizard.render.formats import BY_NAME

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, for --help
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Literal, Protocol

    from strategy_wizard.model.strategy import Strategy

    class Renderer(Protocol):
        def render(self, strategy: Strategy, options: RenderOptions) -> bytes: ...


class FormatUnavailable(Exception):
    """The format exists in the command line but this installation cannot produce it."""


class RenderOptions:
    """How a document is presented, apart from what it says: the paper, a consultant's brand
    and a folder of template overrides. (A plain class: the command line imports this module
    for `--help`, which must not pay for `dataclasses`.)"""

    __slots__ = ("brand", "paper", "template_dir")

    def __init__(
        self,
        paper: Literal["a4", "letter"] | None = None,  # None: the country's (Letter in the US)
        brand: object | None = None,  # a validated brand (render.brand.Brand)
        template_dir: Path | None = None,
    ) -> None:
        self.paper = paper
        self.brand = brand
        self.template_dir = template_dir

    def __repr__(self) -> str:
        return (
            f"RenderOptions(paper={self.paper!r}, brand={self.brand!r}, "
            f"template_dir={self.template_dir!r})"
        )


def renderer(fmt: str) -> Renderer:
    if fmt not in BY_NAME:
        raise FormatUnavailable(f"unknown format '{fmt}'; choose one of {', '.join(BY_NAME)}")
    import importlib

    try:
        module: Renderer = importlib.import_module(BY_NAME[fmt].module)
        return module
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
