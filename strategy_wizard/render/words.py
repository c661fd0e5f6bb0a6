"""The documents' own words (section titles, headings, labels), from `templates/words.yaml`.

A renderer reads the strategy and these, nothing else: what the engine decided and said is in
the strategy; how a document names its parts is here, beside the templates.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from strategy_wizard.base.errors import DataError
from strategy_wizard.model.text import Text


class WordsError(DataError):
    """templates/words.yaml is broken: the message names the key and what is wrong."""


def _load(folder: Path) -> dict[str, Text]:
    from strategy_wizard.model.text import load_text_file

    return load_text_file(folder / "words.yaml", WordsError)


@cache
def document_words() -> dict[str, Text]:
    from strategy_wizard.base.cache import cached
    from strategy_wizard.base.resources import resource_dir

    return cached("words", resource_dir("templates"), _load)


def word(key: str, lang: str, **fields: object) -> str:
    """One of the documents' words in `lang`, placeholders filled from `fields`."""
    try:
        text = document_words()[key]
    except KeyError:
        raise KeyError(f"'{key}' is missing from templates/words.yaml") from None
    return text(lang, **fields)
