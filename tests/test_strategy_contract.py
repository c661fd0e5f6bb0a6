"""The strategy is the whole render contract: a strategy saved as JSON renders again, on its
own, to the very same bytes in every format, and refuses another language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from strategy_wizard.render.formats import FORMATS
from tests.conftest import EXAMPLES, run_cli

ALL = sorted(p.stem for p in EXAMPLES.glob("*.yaml"))


@pytest.mark.parametrize("name", ALL)
def test_a_saved_strategy_renders_every_format_as_its_answers_do(tmp_path: Path, name: str):
    answers = EXAMPLES / f"{name}.yaml"
    saved = tmp_path / "strategy.json"
    today = ("--today", "2026-11-24")
    assert run_cli("render", str(answers), "-f", "json", "-o", str(saved), *today).returncode == 0
    for fmt in FORMATS:
        if fmt.name == "pdf" and name not in ("boulangerie-locale", "industrial-valves-b2b"):
            continue  # two PDFs are enough to prove it; the text formats cover every example
        a, b = tmp_path / f"a{fmt.extension}", tmp_path / f"b{fmt.extension}"
        if fmt.bundle:  # one file per network, into a folder
            a, b = tmp_path / f"a-{fmt.name}", tmp_path / f"b-{fmt.name}"
        first = run_cli("render", str(answers), "-f", fmt.name, "-o", str(a), *today)
        again = run_cli("render", str(saved), "-f", fmt.name, "-o", str(b))
        assert first.returncode == 0 and again.returncode == 0, again.stderr
        assert _contents(a) == _contents(b), f"{name}: {fmt.name} differs"


def _contents(path: Path) -> dict[str, bytes]:
    """A file's bytes, or a folder's files by name (absent: nothing to write, e.g. no post)."""
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return {path.name[1:]: path.read_bytes()} if path.exists() else {}


def test_a_saved_strategy_refuses_another_language(tmp_path: Path):
    saved = tmp_path / "strategy.json"
    run_cli("render", str(EXAMPLES / "boulangerie-locale.yaml"), "-f", "json", "-o", str(saved))
    assert json.loads(saved.read_text(encoding="utf-8"))["lang"] == "fr"
    refused = run_cli("render", str(saved), "--lang", "en", "-f", "md")
    assert refused.returncode == 2
    assert "'fr'" in refused.stderr and "Traceback" not in refused.stderr
    assert run_cli("render", str(saved), "--lang", "fr", "-f", "md").returncode == 0


def test_a_broken_strategy_json_is_refused_clearly(tmp_path: Path):
    saved = tmp_path / "strategy.json"
    run_cli("render", str(EXAMPLES / "boulangerie-locale.yaml"), "-f", "json", "-o", str(saved))
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["verdict"] = "maybe"
    saved.write_text(json.dumps(data), encoding="utf-8")
    refused = run_cli("render", str(saved), "-f", "md")
    assert refused.returncode == 2
    assert "verdict" in refused.stderr and "Traceback" not in refused.stderr
