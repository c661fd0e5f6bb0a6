"""A text of the product in every language of `data/languages.yaml`: the one shape texts take
in the data files, so a missing translation is caught when the data loads, not when a user meets
it (`help.en: Field required`). Words only: the locale adds its punctuation when a text is used.

The model has one field per language, built from the list of languages when this module is
imported, so adding a language to the data adds a field here without touching code.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, create_model, field_validator

from strategy_wizard.base.locale import Lang, languages, locale_for


class TextBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    @field_validator("*")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be empty")
        return value

    def __call__(self, lang: Lang, **fields: object) -> str:
        """The text in `lang`, `{name}` placeholders filled from `fields`, with the language's
        punctuation."""
        text: str = getattr(self, lang)
        if fields:
            text = text.format(**fields)
        return locale_for(lang).typography(text)

    def raw(self, lang: Lang) -> str:
        """The words as the data writes them: placeholders and spacing untouched."""
        return str(getattr(self, lang))

    def items(self) -> list[tuple[str, str]]:
        return [(code, self.raw(code)) for code in languages().codes]


def _build() -> type[TextBase]:
    fields: dict[str, Any] = {code: (str, ...) for code in languages().codes}
    model: type[TextBase] = create_model("Text", __base__=TextBase, __module__=__name__, **fields)
    return model


if TYPE_CHECKING:  # for the type checker, every language field is read through __call__/raw
    Text = TextBase
else:
    Text = _build()


def load_text_file(path: Path, error: type[Exception]) -> dict[str, TextBase]:
    """A file of keys to texts (one per language), each checked against the languages; any
    problem raised as `error` with the file, the key and what is wrong."""
    from pydantic import ValidationError

    from strategy_wizard.base.yamlio import YamlError, load_yaml_file

    try:
        raw = load_yaml_file(path)
    except YamlError as exc:
        raise error(f"{path}: {exc}") from None
    if not isinstance(raw, dict):
        raise error(f"{path}: expected a mapping of keys to texts")
    out: dict[str, TextBase] = {}
    for key, value in raw.items():
        try:
            out[str(key)] = Text.model_validate(value)
        except ValidationError as exc:
            problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise error(f"{path}: {key}: {problem}") from None
    return out
