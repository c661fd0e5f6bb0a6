"""Messages for answers that are refused, in every language, from `data/messages.yaml`.

Shared by the file loader, the question types and the wizard's inline validation, so a person
reads the same words whether they typed the answer or wrote the file."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from strategy_wizard.base.errors import DataError
from strategy_wizard.base.locale import Lang, languages
from strategy_wizard.model.text import Text


class MessagesError(DataError):
    """data/messages.yaml is broken: the message names the key and what is wrong."""


@cache
def _messages() -> dict[str, Text]:
    from strategy_wizard.base.resources import resource_dir
    from strategy_wizard.model.text import load_text_file

    return load_text_file(resource_dir("data") / "messages.yaml", MessagesError)


def _message_text(kind: str) -> Text:
    from strategy_wizard.base.resources import resource_dir

    try:
        return _messages()[kind]
    except KeyError:
        raise MessagesError(
            f"{resource_dir('data') / 'messages.yaml'}: the message '{kind}' is missing"
        ) from None


def message(kind: str, lang: Lang, **fields: object) -> str:
    """A validation message in the user's language."""
    try:
        return _message_text(kind)(lang, **fields).strip()
    except (KeyError, IndexError, ValueError) as exc:  # a placeholder the text does not have
        from strategy_wizard.base.resources import resource_dir

        path = resource_dir("data") / "messages.yaml"
        raise MessagesError(f"{path}: {kind}: its {lang} text does not fit ({exc!r})") from None


def show(value: Any) -> str:
    """A value as the message quotes it: JSON-like, cut to 60 characters (a lone surrogate
    escaped, an integer too long to write out said as such)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 14_000:
        return f"a number of some {int(value.bit_length() * 0.30103):,} digits"
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (ValueError, RecursionError):  # an integer past Python's limit, deep nesting
        text = f"{type(value).__name__} …"
    if len(text) > 60:
        text = text[:57] + "…"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def suggestion(key: str, known: list[str], lang: Lang | None = None) -> str:
    """ "(did you mean …?)" for a key close to a known one, else nothing."""
    import difflib

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return (
        message("did_you_mean", lang or languages().messages_default, key=close[0]) if close else ""
    )
