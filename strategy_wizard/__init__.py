"""strategy-wizard: a social-media strategy built objective first, networks last.

The public API is small on purpose; every front end (CLI, Textual wizard, web server) calls it:

    from strategy_wizard import load_answers, build_strategy
    answers = load_answers("shop.yaml")
    strategy = build_strategy(answers, today=date.today())

Heavy parts (Textual, WeasyPrint) are never imported from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from strategy_wizard.base.version import __version__

__all__ = ["__version__", "build_strategy", "load_answers"]

if TYPE_CHECKING:  # pragma: no cover
    from strategy_wizard.engine import build_strategy
    from strategy_wizard.model.answers import load_answers


def __getattr__(name: str) -> Any:
    # Lazy: `strategy-wizard --help` must not pay for pydantic models it does not use.
    if name == "load_answers":
        from strategy_wizard.model.answers import load_answers

        return load_answers
    if name == "build_strategy":
        from strategy_wizard.engine import build_strategy

        return build_strategy
    raise AttributeError(name)
