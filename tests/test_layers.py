"""The layers hold: the engine is pure (no file, no socket, whatever the answers), each question
type has its widget, and the data, the warning conditions and the phrases agree at load."""

from __future__ import annotations

import contextlib
import shutil
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategy_wizard.engine import build_strategy, check_catalogue
from strategy_wizard.model.answers import validate
from strategy_wizard.model.bank import load_bank
from strategy_wizard.model.catalogue import CatalogueError, load_catalogue, load_catalogue_from
from strategy_wizard.model.qtypes import REGISTRY
from tests.conftest import ROOT, build
from tests.test_properties import answers_data

_BLOCKED = threading.local()
# what a pure function must never do: open or list files, run programs, reach the network
_IO_EVENTS = (
    "open",
    "os.listdir",
    "os.scandir",
    "os.remove",
    "os.rename",
    "os.mkdir",
    "subprocess.Popen",
    "os.system",
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "urllib.Request",
)


def _audit(event: str, args: tuple[object, ...]) -> None:
    if getattr(_BLOCKED, "on", False) and event in _IO_EVENTS:
        raise PermissionError(f"the engine tried {event}{args!r:.120}")


sys.addaudithook(_audit)  # once per process; it acts only inside no_io()


@contextlib.contextmanager
def no_io() -> Iterator[None]:
    _BLOCKED.on = True
    try:
        yield
    finally:
        _BLOCKED.on = False


def test_the_block_really_blocks(tmp_path: Path) -> None:
    with no_io(), pytest.raises(PermissionError):
        (tmp_path / "x").write_text("x")


BANK, CATALOGUE = load_bank(), load_catalogue()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_data(), st.dates(date(2025, 1, 1), date(2028, 12, 31)))
def test_the_engine_reads_no_file_and_calls_nobody(data, today) -> None:
    answers = validate(data)
    build(answers, today)  # warm Babel's locale data, which it loads once per process
    with no_io():
        strategy = build_strategy(answers, BANK, CATALOGUE, today)
    assert strategy.networks


def test_every_question_type_has_a_widget_in_the_wizard() -> None:
    from strategy_wizard.tui.widgets.question import WIDGETS

    assert set(WIDGETS) == set(REGISTRY)
    assert {q.type for q in BANK.questions} <= set(REGISTRY)


def test_the_shipped_catalogue_agrees_with_the_conditions_and_the_phrases() -> None:
    check_catalogue(CATALOGUE)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "strategy_wizard" / "data", folder)
    return folder


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_warning_phrase_using_a_figure_its_condition_does_not_record_fails_at_load(data_copy):
    def change(warnings):
        for w in warnings:
            if w["id"] == "lone_cm":
                w["message"]["en"] += " ({hours} h)"

    _edit(data_copy / "warnings.yaml", change)
    with pytest.raises(CatalogueError, match=r"lone_cm.*message\.en uses \['hours'\]"):
        load_catalogue_from(data_copy)


def test_a_warning_without_a_condition_fails_before_any_strategy_is_worded(data_copy):
    def change(warnings):
        import copy

        extra = copy.deepcopy(next(w for w in warnings if w["id"] == "lone_cm"))
        warnings.append({**extra, "id": "too_many_emojis"})

    _edit(data_copy / "warnings.yaml", change)
    catalogue = load_catalogue_from(data_copy)
    with pytest.raises(CatalogueError, match="no condition for \\['too_many_emojis'\\]"):
        check_catalogue(catalogue)


def test_a_phrase_with_an_unknown_figure_fails_before_any_strategy_is_worded(data_copy):
    _edit(
        data_copy / "phrases.yaml",
        lambda p: p["reason_listen"].update(
            fr=p["reason_listen"]["fr"] + " {mood}", en=p["reason_listen"]["en"] + " {mood}"
        ),
    )
    with pytest.raises(CatalogueError, match=r"reason_listen\.fr: unknown figures \['mood'\]"):
        check_catalogue(load_catalogue_from(data_copy))


def test_a_phrase_with_different_figures_by_language_fails_at_load(data_copy):
    _edit(
        data_copy / "phrases.yaml",
        lambda p: p["reason_listen"].update(en=p["reason_listen"]["en"] + " {fit}"),
    )
    with pytest.raises(CatalogueError, match="reason_listen"):
        load_catalogue_from(data_copy)
