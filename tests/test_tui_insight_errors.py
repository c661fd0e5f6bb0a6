"""An engine error in the live insight panel is shown and logged for a person, and fails a
headless run (the tests) instead of hiding. Caused for real: a catalogue loaded from a copy of
the data with a verdict phrase missing."""

from __future__ import annotations

import logging
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from strategy_wizard.model.catalogue import load_catalogue_from
from strategy_wizard.tui.app import create_app
from tests.conftest import ROOT, until


@pytest.fixture
def broken_catalogue(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "strategy_wizard" / "data", data)
    phrases = yaml.safe_load((data / "phrases.yaml").read_text(encoding="utf-8"))
    for verdict in ("go", "adjust", "fix_first", "not_needed"):
        del phrases[f"verdict_{verdict}"]
    (data / "phrases.yaml").write_text(yaml.safe_dump(phrases, allow_unicode=True))
    return load_catalogue_from(data)


def make_app(tmp_path: Path, catalogue):
    return create_app(
        lang="en",
        sessions_folder=tmp_path / "sessions",
        today=date(2026, 11, 24),
        export_folder=tmp_path / "exports",
        catalogue=catalogue,
    )


async def test_an_engine_error_is_shown_and_logged(tmp_path, broken_catalogue, caplog):
    app = make_app(tmp_path, broken_catalogue)
    app.raise_engine_errors = False  # as for a person at a terminal
    with caplog.at_level(logging.ERROR):
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.click("#new")
            await until(pilot, lambda: app.screen.query("#insight"), what="the step screen")
            panel = app.screen.query_one("#insight")
            await until(pilot, lambda: panel.error is not None, what="the engine's error")
            text = str(panel.render())
            assert "could not be worked out" in text and "verdict_" in text
            assert panel.error is not None
    assert any("live insight" in r.getMessage() for r in caplog.records)


async def test_an_engine_error_fails_a_headless_run(tmp_path, broken_catalogue):
    app = make_app(tmp_path, broken_catalogue)
    with pytest.raises(KeyError, match="verdict_"):
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.click("#new")
            await until(pilot, lambda: False, timeout=5, what="the app to stop on the error")
