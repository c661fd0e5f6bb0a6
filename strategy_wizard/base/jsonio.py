"""Safe JSON reading for files a person gives (an answers file, a saved strategy).

`json.loads` takes a key given twice without a word (the last one wins), lets a file nested a
hundred thousand levels deep end in RecursionError, raises a bare ValueError for an integer of
more than 4,300 digits, and accepts `"\\ud800"` — half of a UTF-16 surrogate pair, which is not
a character: every later step that writes the text as UTF-8 fails on it. Each is refused here,
with the line or the key where it is; long numbers are kept as their text, as in yamlio.py.
"""

from __future__ import annotations

import json
import re
from typing import Any

from strategy_wizard.base.yamlio import (
    MAX_DEPTH,
    MAX_NUMBER_CHARS,
    PlacedError,
    path_text,
    shown_key,
    too_deep,
)


class JsonError(PlacedError):
    """Refused JSON."""


class _Duplicate(Exception):
    pass


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


def _integer(text: str) -> int | str:
    return int(text) if len(text) <= MAX_NUMBER_CHARS else text


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def _duplicate_lines(text: str) -> tuple[str, int, int] | None:
    """The first key given twice in one object, with its two lines: one pass over the tokens
    of a text json.loads has read (so they are well formed)."""
    stack: list[dict[str, int] | None] = []  # an object's keys and their lines; None: a list
    expect_key = False
    line, last = 1, 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        if first == "{":
            stack.append({})
            expect_key = True
        elif first == "[":
            stack.append(None)
            expect_key = False
        elif first in "}]":
            if stack:
                stack.pop()
            expect_key = False
        elif first == ",":
            expect_key = bool(stack) and stack[-1] is not None
        elif first == '"' and expect_key:
            line += text.count("\n", last, match.start())
            last = match.start()
            key = json.loads(token)
            keys = stack[-1]
            assert keys is not None
            if key in keys:
                return key, keys[key], line
            keys[key] = line
            expect_key = False
        else:
            expect_key = False
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(data: Any) -> tuple[list[object], str] | None:
    """The path of the first key or text holding a lone surrogate, and the surrogate."""
    stack: list[tuple[Any, list[object]]] = [(data, [])]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            if found := _SURROGATE.search(value):
                return path, found.group()
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and (found := _SURROGATE.search(key)):
                    return [*path, key], found.group()
                stack.append((item, [*path, key]))
        elif isinstance(value, list):
            stack.extend((item, [*path, i]) for i, item in enumerate(value))
    return None


def surrogate_problem(surrogate: str) -> str:
    return (
        f"holds \\u{ord(surrogate):04x}, half of a UTF-16 surrogate pair, which is not a "
        "character on its own; write the character itself (or both halves of its pair)"
    )


def parse_json(text: str) -> Any:
    """The data of a JSON text, or `JsonError` saying what is wrong and where."""
    try:
        data = json.loads(text, object_pairs_hook=_object, parse_int=_integer)
    except _Duplicate as exc:
        found = _duplicate_lines(text)
        if found is None:  # pragma: no cover - the tokenizer finds what json.loads found
            raise JsonError(f"the key {shown_key(exc.args[0])} is given twice; keep one") from None
        key, first, second = found
        raise JsonError(
            f"the key {shown_key(key)} is given twice, on lines {first} and {second}; keep one",
            second,
        ) from None
    except json.JSONDecodeError as exc:
        raise JsonError(f"not valid JSON ({exc.msg})", exc.lineno) from None
    except RecursionError:
        raise JsonError(f"nested too deep (more than {MAX_DEPTH} levels)") from None
    deep = too_deep(data)
    if deep is not None:
        raise JsonError(f"nested more than {MAX_DEPTH} levels deep", key=path_text(deep))
    lone = lone_surrogate(data)
    if lone is not None:
        raise JsonError(surrogate_problem(lone[1]), key=path_text(lone[0]))
    return data
