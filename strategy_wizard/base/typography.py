"""French typography, with no heavy import: the wizard's first screen uses it before pydantic
is loaded."""

from __future__ import annotations

import re
from functools import lru_cache

NBSP = "\u00a0"
NNBSP = "\u202f"
_BEFORE_HIGH_PUNCT = re.compile(r"[ \u00a0\u202f]*([;!?])")
_BEFORE_COLON = re.compile(r"(?<=\S)[ \u00a0\u202f]*:(?=\s|$)")
_OPEN_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE_GUILLEMET = re.compile(r"[ \u00a0\u202f]*»")
_URLISH = re.compile(r"\w+://\S+")


def colon(lang: str) -> str:
    """Between a label and what follows: "Date : …" in French, "Date: …" in English."""
    return NBSP + ": " if lang == "fr" else ": "


def semicolon(lang: str) -> str:
    """Between items of a list of phrases: a thin no-break space before it in French."""
    return NNBSP + "; " if lang == "fr" else "; "


@lru_cache(maxsize=8192)  # the same phrases come back in every strategy built
def french_typography(text: str) -> str:
    """Apply French spacing: a thin no-break space before ; ! ?, a no-break space before : and
    inside « ». Skips anything that looks like a URL, where a space would break the link."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for match in _URLISH.finditer(text):
        parts.append(_fr_spacing(text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(_fr_spacing(text[last:]))
    return "".join(parts)


def _fr_spacing(text: str) -> str:
    text = _BEFORE_HIGH_PUNCT.sub(lambda m: NNBSP + m.group(1), text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = _OPEN_GUILLEMET.sub("«" + NBSP, text)
    text = _CLOSE_GUILLEMET.sub(NBSP + "»", text)
    # a sentence must not start with the inserted space (e.g. "?" alone)
    return text.lstrip(NBSP + NNBSP) if text[:1] in (NBSP, NNBSP) else text
