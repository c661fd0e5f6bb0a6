"""What `render` reads: an answers file, or a strategy it wrote earlier as JSON.

A strategy JSON is recognised by its content (a strategy's keys, not an answers file's), and
renders in any format as it is: no engine, no bank, no catalogue. Asking for another language
than the strategy's is refused, since its sentences were written in its own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from strategy_wizard.base.errors import BadInput
from strategy_wizard.model.strategy import Strategy

# keys only a strategy has (an answers file with them is refused as unknown keys)
STRATEGY_KEYS = {"verdict", "verdict_text", "networks", "tool_version", "catalogue_version"}


def as_strategy(text: str) -> dict[str, Any] | None:
    """The parsed data when `text` is a strategy's JSON, else None (JSON that is refused is
    then refused as an answers file, with the same reader's message)."""
    from strategy_wizard.base.jsonio import JsonError, parse_json

    if not text.lstrip().startswith("{"):
        return None
    try:
        data = parse_json(text)
    except JsonError:
        return None
    return data if isinstance(data, dict) and set(data) >= STRATEGY_KEYS else None


def strategy_from_file(path: Path, lang: str | None, today: date) -> Strategy:
    """The strategy of an answers file (built on `today`) or of a saved strategy JSON.
    Raises `AnswersError` for a refused answers file, `BadInput` for a refused strategy."""
    from pydantic import ValidationError

    from strategy_wizard.base.files import FileRefused, read_text_file
    from strategy_wizard.model.answers import AnswersError, Problem, parse_answers_text

    try:
        text = read_text_file(path)
    except FileRefused as exc:
        raise AnswersError(str(path), [Problem("(file)", str(exc))]) from None
    data = as_strategy(text)
    if data is None:
        from strategy_wizard.engine import build_strategy
        from strategy_wizard.model.bank import load_bank
        from strategy_wizard.model.catalogue import load_catalogue

        answers = parse_answers_text(text, str(path), lang)
        return build_strategy(answers, load_bank(), load_catalogue(), today, lang=lang)
    try:
        strategy = Strategy.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        problem = f"{where}: {first['msg']}"
        raise BadInput(f"{path}: not a strategy this version can read ({problem})") from None
    if lang is not None and lang != strategy.lang:
        raise BadInput(
            f"{path}: this strategy is written in '{strategy.lang}'; it renders only in its own "
            f"language (render its answers file with --lang {lang} for another)"
        )
    return strategy
