"""cal48 (review 31b, G15): a Sprout row is a draft caption, never the calendar's brief.

Griddle & Gorse's `griddle-gorse-facebook.csv` held « … Your Pinterest post, reposted with an
opening line written for Facebook. » in `message_text`: imported into a scheduler, the brief is
what would go out. Each row now opens with a draft marker and gives the post's idea alone.
"""

from __future__ import annotations

import csv
import io

import pytest

from strategy_wizard.render import RenderOptions, csv_out
from tests.conftest import PERSONAS, persona

BRIEFS = (
    "reposted with an opening line",
    "reposted on",
    "The same post as on",
    "a plain repost",
    "Reprise de la publication",
    "Même publication que sur",
    "un simple repartage",
)
MARKER = {"fr": "[À RÉDIGER] ", "en": "[DRAFT] "}


def _rows(name: str, lang: str) -> dict[str, list[dict[str, str]]]:
    try:
        produced = csv_out.files(persona(name, lang), RenderOptions())
    except csv_out.NothingToSchedule:
        return {}
    return {
        file: list(csv.DictReader(io.StringIO(body.decode("utf-8")))) for file, body in produced
    }


def test_griddles_facebook_file_has_the_recipe_as_a_draft_not_the_repost_brief() -> None:
    rows = _rows("griddle-and-gorse", "en")["griddle-gorse-facebook.csv"]
    brigid = next(r["message_text"] for r in rows if "St Brigid" in r["message_text"])
    assert brigid.startswith("[DRAFT] For St Brigid's Day"), brigid
    assert "Your Pinterest post" not in brigid and brigid.endswith("link to the full recipe.")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(p.stem for p in PERSONAS.glob("*.yaml")))
def test_every_row_is_a_marked_draft_without_a_brief(name: str, lang: str) -> None:
    for file, rows in _rows(name, lang).items():
        assert list(rows[0]) == ["date", "time_24hr", "message_text"], file
        for r in rows:
            text = r["message_text"]
            assert text.startswith(MARKER[lang]) and len(text) > len(MARKER[lang]) + 10, text
            assert not any(b in text for b in BRIEFS), (file, text)
