"""The bundled example answers files: one per kind of user and situation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from strategy_wizard.base.locale import languages
from strategy_wizard.base.resources import resource_dir


@dataclass(frozen=True)
class Example:
    name: str
    path: Path
    lang: str
    description: str


def list_examples() -> list[Example]:
    from strategy_wizard.base.yamlio import load_yaml_file

    out = []
    for path in sorted(resource_dir("examples").glob("*.yaml")):
        data = load_yaml_file(path)
        meta = data.get("meta") or {}
        out.append(
            Example(
                name=path.stem,
                path=path,
                lang=str(data.get("lang", languages().answers_default)),
                description=str(meta.get("description", "")),
            )
        )
    return out


def find_example(name: str) -> Example | None:
    name = name.removesuffix(".yaml")
    return next((e for e in list_examples() if e.name == name), None)
