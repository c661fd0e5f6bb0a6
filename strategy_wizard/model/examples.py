"""The bundled example answers files: one per kind of user and situation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from strategy_wizard.base.locale import languages
from strategy_wizard.base.resources import resource_dir


@dataclass(frozen=True)
class Example:
    name: str
    path: Path
    lang: str  # the language the example is answered in
    # what the example is about, by language (`meta.description: {fr: …, en: …}`); a file with
    # one description (`meta.description: "…"`) has it under its own language
    descriptions: dict[str, str] = field(default_factory=dict)

    @property
    def description(self) -> str:
        """The description in the example's own language."""
        return self.description_in(self.lang)

    def description_in(self, lang: str) -> str:
        """The description in `lang`, else in the example's language, else any there is."""
        found = self.descriptions.get(lang) or self.descriptions.get(self.lang)
        return found or next(iter(self.descriptions.values()), "")


def _descriptions(raw: Any, lang: str) -> dict[str, str]:
    if isinstance(raw, dict):
        return {str(k): str(v) for k, v in raw.items() if v}
    return {lang: str(raw)} if raw else {}


def list_examples() -> list[Example]:
    """The bundled examples, through the validated-data cache: importing the YAML parser and
    reading ten files cost the welcome screen some 20 ms of CPU, on the event loop, right after
    its first paint (0.3 ms from the cache)."""
    from strategy_wizard.base.cache import cached

    return cached("examples", resource_dir("examples"), _read_examples)


def _read_examples(folder: Path) -> list[Example]:
    from strategy_wizard.base.yamlio import load_yaml_file

    out = []
    for path in sorted(folder.glob("*.yaml")):
        data = load_yaml_file(path)
        meta = data.get("meta") or {}
        lang = str(data.get("lang", languages().answers_default))
        out.append(
            Example(
                name=path.stem,
                path=path,
                lang=lang,
                descriptions=_descriptions(meta.get("description"), lang),
            )
        )
    return out


def find_example(name: str) -> Example | None:
    name = name.removesuffix(".yaml")
    return next((e for e in list_examples() if e.name == name), None)
