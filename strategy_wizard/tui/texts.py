"""The wizard's own words, read from texts.yaml next to this file.

Plain dictionaries rather than pydantic models: the welcome screen needs them before anything
heavy is loaded. `tests/test_tui_texts.py` checks that every text exists in both languages."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from strategy_wizard.base.typography import french_typography


@cache
def texts() -> dict[str, dict[str, str]]:
    """Read once, then from the data cache: importing the YAML parser alone would cost the
    first paint some 13 ms."""
    from strategy_wizard.base.cache import cached

    return cached("tui-texts", Path(__file__).parent, _load)


def _load(folder: Path) -> dict[str, dict[str, str]]:
    from strategy_wizard.base.yamlio import load_yaml_file

    return load_yaml_file(folder / "texts.yaml")  # type: ignore[no-any-return]


def ui(key: str, lang: str) -> str:
    text = texts()[key][lang]
    return french_typography(text) if lang == "fr" else text
