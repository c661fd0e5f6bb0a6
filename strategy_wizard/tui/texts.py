"""The wizard's own words, read from texts.yaml next to this file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from strategy_wizard.i18n import Lang, Text


@cache
def _texts() -> dict[str, Text]:
    from strategy_wizard.yamlio import load_yaml_file

    raw = load_yaml_file(Path(__file__).with_name("texts.yaml"))
    return {key: Text.model_validate(value) for key, value in raw.items()}


def ui(key: str, lang: Lang) -> str:
    return _texts()[key](lang)
