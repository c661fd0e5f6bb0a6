"""What a newcomer reads before running anything: the README's workshop and consultant
sections, and `serve --help`. Reported: `serve` had no README section and most of its flags no
help; the brand file's keys were written nowhere a user would look."""

from __future__ import annotations

import re
import shutil

from strategy_wizard.cli import build_parser
from tests.conftest import EXAMPLES, ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"## {title}")
    end = README.find("\n## ", start + 1)
    return README[start:end]


def serve_parser():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return sub.choices["serve"]


def test_serve_help_describes_every_flag():
    flags = [a for a in serve_parser()._actions if a.option_strings and a.dest != "help"]
    assert {f.option_strings[0] for f in flags} >= {
        "--host", "--port", "--token", "--max-sessions", "--workshop-dir", "--keep-days", "--lang"
    }  # fmt: skip
    for flag in flags:
        assert flag.help and len(flag.help) > 15, flag.option_strings
    shown = run_cli("serve", "--help").stdout
    for flag in flags:
        assert flag.option_strings[0] in shown


def test_the_readme_has_a_workshop_section_with_every_flag():
    workshop = section("Running a workshop")
    for flag in [a.option_strings[0] for a in serve_parser()._actions if a.option_strings]:
        if flag != "-h":
            assert f"`{flag}" in workshop, flag
    for subject in ("token", "sign-in", "--keep-days", "strategy-wizard purge", "summary"):
        assert subject in workshop, subject


def test_the_readme_s_brand_example_is_a_brand_file_that_loads(tmp_path):
    from strategy_wizard.render.brand import load_brand

    consultant = section("A branded document (consultants)")
    assert "examples/brand/brand.yaml" in consultant
    example = re.search(r"```yaml\n(.*?)```", consultant, flags=re.DOTALL).group(1)
    (tmp_path / "brand.yaml").write_text(example, encoding="utf-8")
    shutil.copy(EXAMPLES / "brand" / "client-logo.svg", tmp_path)
    brand = load_brand(tmp_path / "brand.yaml")
    assert brand.firm_name == "Orbit Conseil"
    # every key of the complete, commented file is named in the README
    keys = re.findall(r"^([a-z_]+):", (EXAMPLES / "brand" / "brand.yaml").read_text(), re.M)
    assert len(keys) >= 9
    for key in keys:
        assert f"`{key}`" in consultant, key
