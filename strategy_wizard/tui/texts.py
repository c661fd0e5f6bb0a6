"""The wizard's own words, read from texts.yaml next to this file.

Plain dictionaries rather than pydantic models: the welcome screen needs them before anything
heavy is loaded. Loading checks that every text exists in every language of the data, so a
missing translation stops the wizard at once rather than on the screen that needs it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from strategy_wizard.base.errors import DataError
from strategy_wizard.base.locale import languages, typography


class TextsError(DataError):
    """tui/texts.yaml is broken: the message names the key and the language."""


@cache
def texts() -> dict[str, dict[str, str]]:
    """Read once, then from the data cache: importing the YAML parser alone would cost the
    first paint some 13 ms."""
    from strategy_wizard.base.cache import cached
    from strategy_wizard.base.resources import resource_dir

    return cached("tui-texts", resource_dir("tui"), _load)


def _load(folder: Path) -> dict[str, dict[str, str]]:
    from strategy_wizard.base.yamlio import YamlError, load_yaml_file

    path = folder / "texts.yaml"
    try:
        raw: Any = load_yaml_file(path)
    except YamlError as exc:
        raise TextsError(f"{path}: {exc}") from None
    codes = languages().codes
    if not isinstance(raw, dict):
        raise TextsError(f"{path}: expected a mapping of keys to texts")
    for key, text in raw.items():
        if not isinstance(text, dict) or sorted(text) != sorted(codes):
            have = sorted(text) if isinstance(text, dict) else text
            raise TextsError(f"{path}: {key}: expected a text in each of {codes}, got {have}")
    return raw


def ui(key: str, lang: str) -> str:
    """One of the wizard's texts in `lang`, with the language's punctuation."""
    return typography(texts()[key][lang], lang)


def gate_names(gates: list[str], lang: str) -> str:
    """The gates of the bank still closed, named in `lang` ("the audience, the message")."""
    from strategy_wizard.base.locale import locale_for

    return locale_for(lang).join([ui(f"gate_{g}", lang) for g in gates])
