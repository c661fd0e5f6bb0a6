"""The JSON Schema of the answers file, generated from the question bank.

Editors (VS Code's YAML extension, for one) use it to validate and complete answers files as they
are typed. It is committed as `schema/answers.schema.json`; a test fails when the bank changes
and the committed copy is not regenerated (`strategy-wizard schema > schema/answers.schema.json`).
"""

from __future__ import annotations

import json
from typing import Any

from strategy_wizard.model.answers import NOTE_SECTIONS, ROLES
from strategy_wizard.model.bank import Bank, Question, load_bank


def _question_schema(q: Question) -> dict[str, Any]:
    desc = f"{q.label.en} — {q.help.en}"
    if q.type in ("text", "longtext"):
        return {
            "type": "string",
            "maxLength": q.max_length or (200 if q.type == "text" else 4000),
            "description": desc,
        }
    if q.type == "list":
        return {
            "type": "array",
            "items": {"type": "string", "maxLength": 300},
            "maxItems": q.max_items or 50,
            "description": desc,
        }
    if q.type == "choice":
        codes = q.codes()
        enum: list[Any] = list(codes)
        enum += [int(c) for c in codes if c.isdigit()]
        return {"enum": enum, "description": desc}
    if q.type == "multi":
        return {
            "type": "array",
            "items": {"enum": q.codes()},
            "uniqueItems": True,
            "description": desc,
        }
    if q.type == "number":
        s: dict[str, Any] = {"type": "integer" if q.integer else "number", "description": desc}
        if q.min is not None:
            s["minimum"] = q.min
        if q.max is not None:
            s["maximum"] = q.max
        return s
    if q.type == "date":
        return {"type": "string", "format": "date", "description": desc}
    props: dict[str, Any] = {}
    for f in q.fields or []:
        if f.type == "number":
            props[f.id] = {"type": "number"} | ({"minimum": f.min} if f.min is not None else {})
        else:
            props[f.id] = {"type": "string", "maxLength": 200}
        props[f.id]["description"] = f.label.en
    return {
        "type": "object",
        "properties": props,
        "additionalProperties": False,
        "description": desc,
    }


def answers_schema(bank: Bank | None = None) -> dict[str, Any]:
    from strategy_wizard.model.catalogue import NETWORK_IDS

    bank = bank or load_bank()
    props: dict[str, Any] = {
        "version": {"type": "integer", "enum": [0, 1], "description": "answers format version"},
        "lang": {"enum": ["fr", "en"], "description": "language of the strategy"},
        "meta": {"type": "object", "description": "the wizard's resume data"},
        "notes": {
            "type": "object",
            "additionalProperties": False,
            "properties": {k: {"type": "string", "maxLength": 4000} for k in NOTE_SECTIONS},
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
                                "reason": {"type": "string"},
                            },
                        }
                        for nid in NETWORK_IDS
                    },
                }
            },
        },
    }
    for q in bank.questions:
        props[q.id] = _question_schema(q)
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
