"""The JSON Schema of the answers file, generated from the question bank.

Editors (VS Code's YAML extension, for one) use it to validate and complete answers files as they
are typed. It is committed as `schema/answers.schema.json`; a test fails when the bank changes
and the committed copy is not regenerated (`strategy-wizard schema > schema/answers.schema.json`).
Each question's part comes from its type (model/qtypes.py); descriptions are in the language of
messages (data/languages.yaml).
"""

from __future__ import annotations

import json
from typing import Any

from strategy_wizard.base.locale import languages
from strategy_wizard.model.answers import NOTE_MAX, NOTE_SECTIONS, REASON_MAX, ROLES
from strategy_wizard.model.bank import Bank, Question, load_bank
from strategy_wizard.model.qtypes import DAYS


def _question_schema(q: Question, lang: str) -> dict[str, Any]:
    return {**q.kind.schema(q), "description": f"{q.label.raw(lang)} — {q.help.raw(lang)}"}


def answers_schema(bank: Bank | None = None) -> dict[str, Any]:
    bank = bank or load_bank()
    langs = languages()
    props: dict[str, Any] = {
        "version": {"type": "integer", "enum": [0, 1], "description": "answers format version"},
        "lang": {"enum": list(langs.codes), "description": "language of the strategy"},
        "meta": {
            "type": "object",
            "description": "the wizard's resume data",
            "properties": {
                "strategy_date": {
                    "type": "string",
                    "format": "date",
                    "formatMinimum": DAYS[0].isoformat(),
                    "formatMaximum": DAYS[1].isoformat(),
                    "description": "the day the strategy was built on (progress rebuilds it)",
                }
            },
        },
        "notes": {
            "type": "object",
            "additionalProperties": False,
            "properties": {k: {"type": "string", "maxLength": NOTE_MAX} for k in NOTE_SECTIONS},
            "description": "a consultant's comments, per strategy section",
        },
        "overrides": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "networks": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        nid: {
                            "type": "object",
                            "required": ["role"],
                            "additionalProperties": False,
                            "properties": {
                                "role": {"enum": list(ROLES)},
                                "reason": {"type": "string", "maxLength": REASON_MAX},
                            },
                        }
                        for nid in bank.network_ids()
                    },
                }
            },
        },
    }
    for q in bank.questions:
        props[q.id] = _question_schema(q, langs.messages_default)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://strategy-wizard.invalid/answers.schema.json",
        "title": "strategy-wizard answers file",
        "type": "object",
        "required": [q.id for q in bank.questions if q.required],
        "additionalProperties": False,
        "properties": props,
    }


def schema_text() -> str:
    return json.dumps(answers_schema(), indent=2, ensure_ascii=False) + "\n"
