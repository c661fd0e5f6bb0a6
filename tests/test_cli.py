"""The command line as a user meets it: real subprocesses, real files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from strategy_wizard import __version__
from tests.conftest import EXAMPLES, ROOT, run_cli

EXAMPLE = EXAMPLES / "boulangerie-locale.yaml"


def test_help_and_version():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in (
        "wizard",
        "render",
        "check",
        "questions",
        "schema",
        "examples",
        "summary",
        "serve",
    ):
        assert command in result.stdout
    for command in ("render", "check", "questions", "example", "serve"):
        sub = run_cli(command, "--help")
        assert sub.returncode == 0 and "usage:" in sub.stdout
    version = run_cli("--version")
    assert version.returncode == 0 and __version__ in version.stdout


def test_usage_errors_exit_2():
    assert run_cli("render").returncode == 2
    assert run_cli("render", str(EXAMPLE), "--format", "docx").returncode == 2
    assert run_cli("frobnicate").returncode == 2


def test_render_json_to_stdout_is_the_strategy():
    result = run_cli("render", str(EXAMPLE), "--format", "json", "--today", "2026-11-24")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in (
        "version",
        "lang",
        "org_name",
        "verdict",
        "verdict_text",
        "objective",
        "networks",
        "editorial",
        "routine",
        "plan",
        "kpis",
        "relays",
        "budget",
        "first_steps",
        "warnings",
        "assumptions",
        "sources",
    ):
        assert key in data
    assert data["org_name"] == "Boulangerie Le Fournil de Léa"
    assert len(data["networks"]) == 14


def test_render_is_deterministic_across_processes():
    args = ("render", str(EXAMPLE), "--format", "json", "--today", "2026-11-24")
    assert run_cli(*args).stdout == run_cli(*args).stdout


def test_lang_option_overrides_the_file():
    fr = json.loads(run_cli("render", str(EXAMPLE), "-f", "json", "--today", "2026-11-24").stdout)
    en = json.loads(
        run_cli(
            "render", str(EXAMPLE), "-f", "json", "--lang", "en", "--today", "2026-11-24"
        ).stdout
    )
    assert fr["lang"] == "fr" and en["lang"] == "en"
    assert fr["verdict"] == en["verdict"]
    assert fr["verdict_text"] != en["verdict_text"]


def test_format_follows_the_output_extension(tmp_path):
    out = tmp_path / "plan.md"
    result = run_cli("render", str(EXAMPLE), "-o", str(out), "--today", "2026-11-24")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Stratégie réseaux sociaux — Boulangerie Le Fournil de Léa")
    assert "## Sources" in text


def test_markdown_to_stdout_with_dash(tmp_path):
    result = run_cli("render", str(EXAMPLE), "-f", "md", "-o", "-", "--today", "2026-11-24")
    assert result.returncode == 0
    assert "Le choix des réseaux" in result.stdout


def test_default_file_name_comes_from_the_organisation(tmp_path):
    result = run_cli("render", str(EXAMPLE), "-f", "json", "-o", str(tmp_path / "x.json"))
    assert result.returncode == 0
    result = run_cli("render", str(EXAMPLE.resolve()), "-f", "html", cwd=tmp_path)
    if result.returncode == 0:
        assert (tmp_path / "boulangerie-le-fournil-de-lea.html").exists()


def test_several_answers_to_a_folder(tmp_path):
    out = tmp_path / "out"
    files = sorted(EXAMPLES.glob("*.yaml"))[:3]
    result = run_cli("render", *map(str, files), "-f", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    for f in files:
        assert json.loads((out / f"{f.stem}.json").read_text())["org_name"]


def test_questions_in_both_languages_and_json():
    fr = run_cli("questions", "--lang", "fr")
    en = run_cli("questions", "--lang", "en")
    assert fr.returncode == en.returncode == 0
    assert "`org_name`" in fr.stdout and "`org_name`" in en.stdout
    assert fr.stdout != en.stdout
    data = json.loads(run_cli("questions", "--format", "json").stdout)
    assert data["steps"][0]["id"] == "context"


def test_committed_schema_matches_the_bank():
    committed = (ROOT / "schema" / "answers.schema.json").read_text(encoding="utf-8")
    assert run_cli("schema").stdout == committed, (
        "schema drifted: run `strategy-wizard schema > schema/answers.schema.json`"
    )


def test_examples_are_listed_and_printable(tmp_path):
    listing = run_cli("examples")
    assert listing.returncode == 0
    names = [line.split()[0] for line in listing.stdout.splitlines()]
    assert len(names) >= 8 and "boulangerie-locale" in names
    shown = run_cli("example", "boulangerie-locale")
    assert shown.stdout == EXAMPLE.read_text(encoding="utf-8")
    saved = tmp_path / "mine.yaml"
    assert run_cli("example", "boulangerie-locale", "-o", str(saved)).returncode == 0
    assert run_cli("check", str(saved)).returncode == 0
    missing = run_cli("example", "nope")
    assert missing.returncode == 2 and "boulangerie-locale" in missing.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["check", str(EXAMPLE)],
        ["render", str(EXAMPLE), "--format", "json"],
        ["render", str(EXAMPLE), "--format", "md"],
        ["questions"],
        ["schema"],
    ],
)
def test_light_commands_never_import_textual_or_weasyprint(args):
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['strategy-wizard', *{args!r}]\n"
        "try:\n"
        "    runpy.run_module('strategy_wizard', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'weasyprint', 'jinja2'))\n"
        "sys.stderr.write('HEAVY=' + ','.join(heavy) + '\\n')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert "HEAVY=\n" in result.stderr, result.stderr[-500:]
