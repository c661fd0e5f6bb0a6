"""strategy-wizard: a social-media strategy built objective first, networks last.

The public API is small on purpose; every front end (CLI, Textual wizard, web server) calls it:

    from strategy_wizard import build_strategy, load_answers, load_bank, load_catalogue
    strategy = build_strategy(load_answers("shop.yaml"), load_bank(), load_catalogue(), today)

The engine is pure: it takes the question bank and the catalogue as arguments and reads no file.
Heavy parts (Textual, WeasyPrint) are never imported from here.
"""

from __future__ import annotations

from strategy_wizard.base.version import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (about 3 ms), for --help

__all__ = ["__version__", "build_strategy", "load_answers", "load_bank", "load_catalogue"]

if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from strategy_wizard.engine import build_strategy
    from strategy_wizard.model.answers import load_answers
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.model.catalogue import load_catalogue

_LAZY = {
    "build_strategy": "strategy_wizard.engine",
    "load_answers": "strategy_wizard.model.answers",
    "load_bank": "strategy_wizard.model.bank",
    "load_catalogue": "strategy_wizard.model.catalogue",
}


def __getattr__(name: str) -> Any:
    # Lazy: `strategy-wizard --help` must not pay for pydantic models it does not use.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
