"""JSON: the strategy exactly as the model holds it, stable and byte-identical across runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions


def render(strategy: Strategy, options: RenderOptions) -> bytes:
    return (strategy.model_dump_json(indent=2) + "\n").encode("utf-8")
