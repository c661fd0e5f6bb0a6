"""Messages for answers that are refused, in every language, from `data/messages.yaml`.

Shared by the file loader, the question types and the wizard's inline validation, so a person
reads the same words whether they typed the answer or wrote the file."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from strategy_wizard.base.locale import Lang, languages
from strategy_wizard.model.text import Text


@cache
def _messages() -> dict[str, Text]:
    from strategy_wizard.base.resources import resource_dir
    from strategy_wizard.base.yamlio import load_yaml_file

    raw = load_yaml_file(resource_dir("data") / "messages.yaml")
    return {key: Text.model_validate(value) for key, value in raw.items()}


def message(kind: str, lang: Lang, **fields: object) -> str:
    """A validation message in the user's language."""
    return _messages()[kind](lang, **fields).strip()


def show(value: Any) -> str:
    """A value as the message quotes it: JSON-like, cut to 60 characters."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


def suggestion(key: str, known: list[str], lang: Lang | None = None) -> str:
    """ "(did you mean …?)" for a key close to a known one, else nothing."""
    import difflib

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return (
        message("did_you_mean", lang or languages().messages_default, key=close[0]) if close else ""
    )
