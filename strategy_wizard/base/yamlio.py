"""Safe, fast YAML reading shared by every loader.

The C loader (when PyYAML was built with libyaml) is several times faster than the pure-Python one,
which matters for start-up. Only the safe loaders are used: a YAML file is data, never code.
Aliases are refused outright: no answers or data file needs them, and they are how a
"billion laughs" file makes a parser eat all memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Base = yaml.SafeLoader


class YamlError(Exception):
    """Unreadable YAML; `line` is 1-based where the parser knows it."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message if line is None else f"line {line}: {message}")
        self.reason = message
        self.line = line


class _NoAliasLoader(_Base):  # type: ignore[misc]
    # Dates stay strings here: the answers loader parses them itself, so that an impossible
    # date (2026-02-30) is reported against its key and line instead of crashing the parser.
    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML reads this class attribute
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _Base.yaml_implicit_resolvers.items()  # type: ignore[attr-defined]
    }


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
        _refuse_aliases(text)
        return yaml.load(text, Loader=_NoAliasLoader)
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = exc.problem or str(exc)
        raise YamlError(f"not valid YAML ({reason})", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"not valid YAML ({exc})") from None


def load_yaml_file(path: Path) -> Any:
    from strategy_wizard.base.files import FileRefused, read_text_file

    try:
        return parse_yaml(read_text_file(path))
    except FileRefused as exc:
        raise YamlError(str(exc)) from None
