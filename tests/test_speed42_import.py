"""Speed of `render --format json` (issue 13 §10): what the model modules cost at import.

Pydantic reads every field's annotation when it builds a model class. Written as a string
(`from __future__ import annotations`), each one is compiled and evaluated again at import:
about 850 in the catalogue, some 20 ms of every command's start. The model modules on the render
path therefore keep their annotations as objects, quoting only the few that name a class defined
further down the file.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from strategy_wizard.base.resources import resource_dir
from strategy_wizard.model import bank, catalogue, strategy, text
from strategy_wizard.model.catalogue import Catalogue, load_catalogue, load_catalogue_from

ROOT = Path(__file__).resolve().parent.parent


def _string_annotations(module: object) -> tuple[int, list[str]]:
    fields, strings = 0, []
    for name, cls in vars(module).items():
        if not (inspect.isclass(cls) and issubclass(cls, BaseModel)):
            continue
        if cls.__module__ != module.__name__:  # type: ignore[attr-defined]
            continue
        for field, annotation in inspect.get_annotations(cls).items():
            fields += 1
            if isinstance(annotation, str):
                strings.append(f"{name}.{field}")
    return fields, strings


@pytest.mark.parametrize("module", [bank, catalogue, strategy, text], ids=lambda m: m.__name__)
def test_model_annotations_are_objects_not_strings(module: object) -> None:
    fields, strings = _string_annotations(module)
    assert fields > 0
    # only forward references (a class defined further down) stay quoted
    assert len(strings) <= 6, strings


def test_catalogue_validates_from_its_files_with_forward_references() -> None:
    """The quoted forward references resolve when the data is validated for real (a cache miss):
    the catalogue read from YAML equals the one the cache gives."""
    fresh = load_catalogue_from(resource_dir("data"))
    assert isinstance(fresh, Catalogue)
    assert fresh == load_catalogue()
    objective = next(iter(fresh.objectives))
    assert objective.kpis  # list["KpiTemplate"], resolved


def test_json_render_imports_no_document_libraries(tmp_path: Path) -> None:
    """`render --format json` loads neither the templates nor the PDF, TUI or chart libraries."""
    persona = ROOT / "tests" / "personas" / "brasserie-sauerdall.yaml"
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['strategy-wizard', 'render', {str(persona)!r}, '--format', 'json',"
        f" '-o', {str(tmp_path / 'x.json')!r}, '--today', '2026-11-30']\n"
        "try:\n"
        "    runpy.run_module('strategy_wizard', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "heavy = ('jinja2', 'weasyprint', 'textual', 'rich', 'matplotlib', 'markdown_it')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "x.json").read_text(encoding="utf-8").startswith("{")


def test_bank_validates_from_its_files_with_forward_references() -> None:
    """`Condition` nests itself (all, any, not): quoted, it still validates for real."""
    from strategy_wizard.model.bank import load_bank, load_bank_from
    from strategy_wizard.model.catalogue import load_catalogue as catalogue_of

    fresh = load_bank_from(resource_dir("questions"))
    networks = [(n.id, n.name) for n in catalogue_of().networks]
    assert fresh.with_networks(networks) == load_bank()
    assert any(q.when is not None for q in fresh.questions)
