"""Golden outputs: every example's strategy as JSON, Markdown and calendar, in both languages,
compared with files recorded before a refactoring, so that moving code cannot change what a
user reads without someone deciding it should.

When a change of output is deliberate, regenerate with `UPDATE_GOLDEN=1 pytest
tests/test_golden.py` and read the diff before committing it.

The JSON is compared on the contract's keys (product brief §2): keys added later do not make
it fail, a changed value under a contract key does.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES

GOLDEN = Path(__file__).parent / "golden"
ALL = sorted(p.stem for p in EXAMPLES.glob("*.yaml"))
UPDATE = bool(os.environ.get("UPDATE_GOLDEN"))

# The keys of product brief §2 that the engine has produced since the contract was written,
# with the item keys of their lists; anything else in the JSON is an addition.
CONTRACT: dict[str, Any] = {
    "version": None,
    "lang": None,
    "org_name": None,
    "verdict": None,
    "verdict_text": None,
    "objective": {"code", "statement", "metric", "baseline", "target", "unit", "deadline"},
    "networks": {
        "id",
        "role",
        "score",
        "hours_per_week",
        "posts_per_week",
        "formats",
        "reasons",
        "overridden",
    },
    "editorial": {
        "tone",
        "address_form",
        "pillars",
        "own_offer_share",
        "audience_problem_share",
        "curation_share",
        "rituals",
        "post_ideas",
    },
    "routine": {"network", "activity", "hours"},
    "plan": {"name", "start", "end", "goals", "milestones"},
    "kpis": {"name", "measure", "targets"},
    "relays": {"id", "how"},
    "budget": {"hours_per_year", "money_per_year_eur", "notes"},
    "first_steps": None,
    "warnings": {"id", "severity", "message", "advice"},
    "assumptions": {"question", "assumed", "why"},
    "sources": {"id", "title", "publisher", "year"},
}
REASON_KEYS = {"text", "facts"}


def contract_view(strategy: dict[str, Any]) -> dict[str, Any]:
    """The strategy reduced to the contract's keys."""
    out: dict[str, Any] = {}
    for key, items in CONTRACT.items():
        value = strategy[key]
        if items is None:
            out[key] = value
        elif isinstance(value, list):
            out[key] = [{k: v for k, v in item.items() if k in items} for item in value]
        else:
            out[key] = {k: v for k, v in value.items() if k in items}
    for network in out["networks"]:
        network["reasons"] = [
            {k: v for k, v in r.items() if k in REASON_KEYS} for r in network["reasons"]
        ]
    return out


def rendered(name: str, lang: str, fmt: str) -> bytes:
    """The output with the tool's version written as VERSION: a release is not a change."""
    from strategy_wizard.base.version import __version__
    from tests.conftest import render_example

    data = render_example(name, lang, fmt)
    return data.replace(f"strategy-wizard {__version__}".encode(), b"strategy-wizard VERSION")


def check(path: Path, data: bytes) -> None:
    if UPDATE or not path.exists():
        path.write_bytes(data)
        if not UPDATE:
            pytest.fail(f"{path.name} was missing and has been recorded; run again")
        return
    if data != path.read_bytes():  # bytes: a calendar's CRLF line ends count too
        assert data.decode("utf-8") == path.read_bytes().decode("utf-8"), path.name


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", ALL)
def test_json_markdown_and_calendar_are_unchanged(name: str, lang: str) -> None:
    view = contract_view(json.loads(rendered(name, lang, "json")))
    text = json.dumps(view, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    check(GOLDEN / f"{name}.{lang}.json", text.encode("utf-8"))
    check(GOLDEN / f"{name}.{lang}.md", rendered(name, lang, "md"))
    check(GOLDEN / f"{name}.{lang}.ics", rendered(name, lang, "ics"))
