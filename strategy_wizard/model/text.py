"""A text of the product in every language: the one shape texts take in the data files, so a
missing translation is caught when the data loads, not when a user meets it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator

from strategy_wizard.base.locale import Lang
from strategy_wizard.base.typography import french_typography


class Text(BaseModel):
    """A text in both languages; neither may be empty."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    fr: str
    en: str

    @field_validator("fr", "en")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be empty")
        return value

    def __call__(self, lang: Lang, **fields: object) -> str:
        """The text in `lang`, with `{name}` placeholders filled from `fields`."""
        text = self.fr if lang == "fr" else self.en
        if fields:
            text = text.format(**fields)
        return french_typography(text) if lang == "fr" else text
