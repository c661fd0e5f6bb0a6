"""Languages are data: a copy of the shipped data with a pseudo language added (made from the
English texts, vowels accented) runs the whole pipeline — the question bank, the wizard's
screens, every output format — with no change of code.

This is also how a translator tries a new language: STRATEGY_WIZARD_RESOURCES points the tool
at a copy of its data."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from strategy_wizard.render.formats import BY_NAME, FORMATS
from tests.conftest import EXAMPLES, ROOT

PACKAGE = ROOT / "strategy_wizard"
ACCENTS = str.maketrans("aeiouAEIOU", "ȧėïȯüȦĖÏȮÜ")


class _Plain(yaml.SafeDumper):
    """Writes repeated values in full: the tool refuses YAML aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Plain, allow_unicode=True, sort_keys=False)


def pseudo(text: str) -> str:
    """English with its vowels accented, placeholders ({name}) left as they are."""
    return "".join(
        part if part.startswith("{") else part.translate(ACCENTS)
        for part in re.split(r"(\{[a-z_0-9]*\})", text)
    )


def add_language(node: Any) -> Any:
    """Every text of the data ({fr: …, en: …}) gains an `xx` made from its English."""
    if isinstance(node, dict):
        if set(node) == {"fr", "en"} and all(isinstance(v, str) for v in node.values()):
            return {**node, "xx": pseudo(node["en"])}
        return {k: add_language(v) for k, v in node.items()}
    if isinstance(node, list):
        return [add_language(v) for v in node]
    return node


@pytest.fixture(scope="module")
def resources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("resources")
    shutil.copytree(PACKAGE / "data", root / "data")
    shutil.copytree(ROOT / "questions", root / "questions")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "examples", root / "examples")
    (root / "tui").mkdir()
    shutil.copy(PACKAGE / "tui" / "texts.yaml", root / "tui" / "texts.yaml")
    for path in root.rglob("*.yaml"):
        if path.parent.name == "examples" or path.name == "languages.yaml":
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(dump(add_language(data)), encoding="utf-8")
    langs = yaml.safe_load((root / "data" / "languages.yaml").read_text(encoding="utf-8"))
    english = next(entry for entry in langs["languages"] if entry["code"] == "en")
    langs["languages"].append({**english, "code": "xx", "name": "Pseudo", "yes": "yės"})
    (root / "data" / "languages.yaml").write_text(dump(langs), encoding="utf-8")
    return root


def run(resources: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "STRATEGY_WIZARD_RESOURCES": str(resources),
        "STRATEGY_WIZARD_CACHE_DIR": str(resources / "cache"),
    }
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=300
    )


def test_the_bank_the_schema_and_the_checks_speak_the_new_language(resources: Path) -> None:
    shown = run(resources, "-m", "strategy_wizard", "questions", "--lang", "xx")
    assert shown.returncode == 0, shown.stderr
    bank = yaml.safe_load((ROOT / "questions" / "01_context.yaml").read_text(encoding="utf-8"))
    assert pseudo(bank["questions"][0]["label"]["en"]) in shown.stdout
    schema = json.loads(run(resources, "-m", "strategy_wizard", "schema").stdout)
    assert schema["properties"]["lang"]["enum"] == ["fr", "en", "xx"]
    answers = resources / "xx.yaml"
    data = yaml.safe_load((EXAMPLES / "boulangerie-locale.yaml").read_text(encoding="utf-8"))
    answers.write_text(dump({**data, "lang": "xx", "sector": "nope"}), encoding="utf-8")
    refused = run(resources, "-m", "strategy_wizard", "check", str(answers), "--lang", "xx")
    assert refused.returncode == 2
    assert pseudo("is not allowed; choose one of") in refused.stderr


@pytest.mark.parametrize("fmt", [f.name for f in FORMATS])
def test_every_format_renders_in_the_new_language(resources: Path, tmp_path: Path, fmt: str):
    bundle = BY_NAME[fmt].bundle  # several files: -o names their folder
    out = tmp_path / ("files" if bundle else f"strategy.{fmt}")
    example = str(EXAMPLES / "industrial-valves-b2b.yaml")
    done = run(
        resources,
        "-m",
        "strategy_wizard",
        "render",
        example,
        "--lang",
        "xx",
        "-f",
        fmt,
        "-o",
        str(out),
        "--today",
        "2026-11-24",
    )
    assert done.returncode == 0, done.stderr
    if fmt == "pdf":
        from tests.pdftext import pdf_text

        text = pdf_text(out)
    elif bundle:
        text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.iterdir()))
    else:
        text = out.read_text(encoding="utf-8")
    # a document word, an engine phrase, a label from the bank: each in the pseudo language
    expected = {
        "md": [pseudo("The network mix"), pseudo("Main network"), pseudo("Businesses (B2B)")],
        "html": [pseudo("The network mix"), pseudo("Main network")],
        "pdf": [pseudo("The network mix")],
        "json": [pseudo("Main network")],
        "ics": [pseudo("Milestones")],
    }.get(fmt, [])
    for words in expected:
        assert words in text or json.dumps(words)[1:-1] in text, (fmt, words)
    # whatever the format, the engine's sentences are in the pseudo language
    assert re.search(r"\w*[ȧėïȯü]\w*", text), fmt


def test_the_wizard_switches_to_the_new_language_and_walks_every_step(resources: Path) -> None:
    script = textwrap.dedent(
        """
        import asyncio, sys, tempfile
        from datetime import date
        from pathlib import Path
        from strategy_wizard.tui.app import create_app

        async def main():
            tmp = Path(tempfile.mkdtemp())
            app = create_app(lang="en", sessions_folder=tmp / "s", today=date(2026, 11, 24),
                             export_folder=tmp / "e")
            seen = []
            async with app.run_test(size=(140, 44)) as pilot:
                await pilot.click("#new")
                await pilot.pause()
                app.action_switch_language()  # en -> xx: the list of languages, in order
                await pilot.pause()
                assert app.state.lang == "xx", app.state.lang
                for _ in range(7):
                    await pilot.pause()
                    seen.append(app.screen.sub_title)
                    app.action_next_step()
                await pilot.pause()
                app.action_switch_language()  # xx -> fr: back to the first
                await pilot.pause()
                assert app.state.lang == "fr", app.state.lang
            print("\\n".join(seen))

        asyncio.run(main())
        """
    )
    done = run(resources, "-c", script)
    assert done.returncode == 0, done.stderr[-3000:]
    bank = yaml.safe_load((ROOT / "questions" / "01_context.yaml").read_text(encoding="utf-8"))
    assert pseudo(bank["title"]["en"]) in done.stdout
