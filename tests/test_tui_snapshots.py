"""Each step as it looks at 80×24, compared with the committed snapshots
(pytest-textual-snapshot; regenerate with `pytest --snapshot-update` after a deliberate change).
Textual is pinned to a minor version in pyproject.toml so these stay meaningful."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from strategy_wizard.tui.app import create_app

STEPS = ["context", "who", "message", "reaction", "realism", "timeframe", "networks"]


ANSWERS = {
    "org_name": "Snapshot Co",
    "audience_types": ["consumers"],
    "key_message": "Fresh bread daily",
    "objective": "sales",
    "hours_per_week": 3,
    "horizon_months": 6,
}


def make(tmp_path, lang: str = "en", session: bool = False):
    path = None
    if session:  # resumed from a session file, as after a restart
        path = tmp_path / "session.yaml"
        path.write_text(
            yaml.safe_dump(
                {"version": 1, "lang": lang, **ANSWERS, "meta": {"tool": "strategy-wizard"}}
            ),
            encoding="utf-8",
        )
    return create_app(
        lang=lang,
        sessions_folder=tmp_path / "s",
        today=date(2026, 11, 24),
        export_folder=tmp_path / "e",
        session_path=path,
    )


def test_welcome(snap_compare, tmp_path):
    assert snap_compare(make(tmp_path), terminal_size=(80, 24))


@pytest.mark.parametrize("step", STEPS)
def test_each_step_at_80x24(snap_compare, tmp_path, step):
    async def go(pilot):
        await pilot.pause()
        assert pilot.app.go_to_step(step)
        await pilot.pause()

    assert snap_compare(
        make(tmp_path, "fr" if step in ("who", "realism") else "en", True),
        terminal_size=(80, 24),
        run_before=go,
    )
