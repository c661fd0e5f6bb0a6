"""Safe, fast YAML reading shared by every loader.

The C loader (when PyYAML was built with libyaml) is several times faster than the pure-Python one,
which matters for start-up. Only the safe loaders are used: a YAML file is data, never code.
Aliases are refused outright: no answers or data file needs them, and they are how a
"billion laughs" file makes a parser eat all memory.

What PyYAML lets through silently or crashes on is refused here, with its line: a key given
twice (PyYAML keeps the last one), and data nested deeper than any file of ours needs. A number
written with more than `MAX_NUMBER_CHARS` characters is kept as its text instead of being
computed (Python refuses to read an integer of more than 4,300 digits, and a YAML 1.1
sexagesimal integer `1:0:0:...` takes quadratic time to compute): no number a file holds needs
a hundred digits, and the checks of each key then refuse it by name.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

import yaml

try:
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Base = yaml.SafeLoader


MAX_NUMBER_CHARS = 100
MAX_DEPTH = 50  # mappings and lists inside each other; our deepest file needs 6


class PlacedError(Exception):
    """A text refused where it says: `line` is 1-based where the parser knows it, `key` the
    path of the key where the problem is (`target.value`), when known."""

    def __init__(self, message: str, line: int | None = None, key: str | None = None) -> None:
        where = f"{key}: " if key else ""
        super().__init__(f"{where}{message}" if line is None else f"line {line}: {where}{message}")
        self.reason = message
        self.line = line
        self.key = key


class YamlError(PlacedError):
    """Unreadable YAML."""


def shown_key(key: object) -> str:
    """A mapping's key as a message quotes it: 'org_name', 12, null."""
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    text = repr(key) if isinstance(key, str) else str(key)
    return text if len(text) <= 60 else text[:57] + "..."


def _clipped(reason: str, limit: int = 200) -> str:
    """A parser's reason as a message quotes it: a tag or a value the person typed can run to
    thousands of characters, which would bury what is wrong."""
    return reason if len(reason) <= limit else reason[: limit - 3] + "..."


def path_text(path: list[object], parts: int = 6) -> str:
    """A path in the data as messages write it: target.value, audience_problems[2]; a long
    one cut after `parts` parts."""
    out = ""
    for part in path[:parts]:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
        else:
            # a lone surrogate (JSON's "\ud800") shown escaped: it cannot be printed
            text = str(part).encode("utf-8", "backslashreplace").decode("utf-8")
            out += ("." if out else "") + text
    return (out + ("..." if len(path) > parts else "")) or "(file)"


def too_deep(data: Any, limit: int = MAX_DEPTH) -> list[object] | None:
    """The path of the first value nested more than `limit` levels deep, or None. Walked
    without recursion: the point is to stop data that would make a recursive walker fail."""
    stack: list[tuple[Any, list[object]]] = [(data, [])]
    while stack:
        value, path = stack.pop()
        if len(path) > limit:
            return path
        if isinstance(value, dict):
            stack.extend((v, [*path, k]) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, [*path, i]) for i, v in enumerate(value))
    return None


class _NoAliasLoader(_Base):  # type: ignore[misc]
    # Dates stay strings here: the answers loader parses them itself, so that an impossible
    # date (2026-02-30) is reported against its key and line instead of crashing the parser.
    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML reads this class attribute
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _Base.yaml_implicit_resolvers.items()  # type: ignore[attr-defined]
    }

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        """PyYAML's mapping, refusing a key given twice (it would keep the last one without a
        word), with the lines of both."""
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)
        lines: dict[Hashable, int] = {}
        for key_node, _value in node.value if isinstance(node, yaml.MappingNode) else ():
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                break  # PyYAML's own error says it, below
            line = key_node.start_mark.line + 1
            if key in lines:
                raise YamlError(
                    f"the key {shown_key(key)} is given twice, on lines {lines[key]} and "
                    f"{line}; keep one",
                    line,
                )
            lines[key] = line
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping

    def construct_yaml_int(self, node: Any) -> int | str:
        text = self.construct_scalar(node)
        if len(text) > MAX_NUMBER_CHARS:
            return str(text)  # kept as written: see the module's docstring
        value: int = super().construct_yaml_int(node)
        return value


_NoAliasLoader.add_constructor("tag:yaml.org,2002:int", _NoAliasLoader.construct_yaml_int)


def _refuse_aliases(text: str) -> None:
    # The C loader cannot be hooked per node, so scan its (fast) event stream instead, and only
    # when the text could hold an alias at all.
    if "*" not in text:
        return
    for event in yaml.parse(text, Loader=_Base):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            raise YamlError(
                "YAML aliases (*name) are not allowed in this file", mark.line + 1 if mark else None
            )


def parse_yaml(text: str) -> Any:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # only text given in-process: a file is decoded strictly
        char = text[exc.start]
        raise YamlError(
            f"holds \\u{ord(char):04x}, half of a UTF-16 surrogate pair, which is not a "
            "character on its own",
            text.count("\n", 0, exc.start) + 1,
        ) from None
    try:
        _refuse_aliases(text)
        data = yaml.load(text, Loader=_NoAliasLoader)
    except YamlError:
        raise
    except RecursionError:
        raise YamlError("not valid YAML (nested too deep)") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = _clipped(exc.problem or str(exc))
        raise YamlError(f"not valid YAML ({reason})", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"not valid YAML ({_clipped(str(exc))})") from None
    deep = too_deep(data)
    if deep is not None:
        raise YamlError(f"nested more than {MAX_DEPTH} levels deep", key=path_text(deep))
    return data


def load_yaml_file(path: Path, max_bytes: int | None = None) -> Any:
    """A YAML file's data; `max_bytes` defaults to the cap of a file the person gives."""
    from strategy_wizard.base.files import MAX_BYTES, FileRefused, read_text_file

    try:
        return parse_yaml(read_text_file(path, MAX_BYTES if max_bytes is None else max_bytes))
    except FileRefused as exc:
        raise YamlError(str(exc)) from None
