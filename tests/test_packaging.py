"""The package works installed from a wheel, not only from a checkout: the bank, the knowledge,
the examples and the templates ship inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return next(out.glob("*.whl"))


def test_wheel_carries_the_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "strategy_wizard/questions/01_context.yaml",
        "strategy_wizard/data/networks.yaml",
        "strategy_wizard/data/phrases.yaml",
        "strategy_wizard/examples/boulangerie-locale.yaml",
    ):
        assert expected in names
    assert any(n.startswith("strategy_wizard/templates/") for n in names)


def test_installed_wheel_renders_from_another_folder(wheel, tmp_path):
    # A fresh venv holding the wheel, and nothing of the checkout. Its dependencies are the
    # running environment's, listed in a .pth file (no network needed); .pth files found in
    # those folders are not run, so an editable install of the checkout stays out of it.
    import sysconfig

    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
    )
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(venv / "bin" / "strategy-wizard"), *args],
            cwd=elsewhere,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    where = subprocess.run(
        [str(python), "-c", "import strategy_wizard; print(strategy_wizard.__file__)"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert where.stdout.startswith(str(site)), "the wheel's copy must be the one imported"
    example = run("example", "boulangerie-locale", "-o", "a.yaml")
    assert example.returncode == 0, example.stderr
    result = run("render", "a.yaml", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["org_name"] == "Boulangerie Le Fournil de Léa"
    # the templates and the bundled fonts came with it too
    pdf = run("render", "a.yaml", "-o", "a.pdf")
    assert pdf.returncode == 0, pdf.stderr
    assert (elsewhere / "a.pdf").read_bytes().startswith(b"%PDF")
    # and the wizard: its stylesheet, its texts and the bank, drawn headless from the wheel
    wizard = subprocess.run(
        [str(python), "-c", WIZARD],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env={**env, "STRATEGY_WIZARD_DATA_DIR": str(tmp_path)},
        timeout=120,
    )
    assert wizard.returncode == 0, wizard.stderr
    assert wizard.stdout.split() == ["Nouvelle", "context"]


WIZARD = """
import asyncio
from textual.widgets import Button
from strategy_wizard.tui.app import create_app

async def main():
    app = create_app(lang="fr")
    async with app.run_test() as pilot:
        await pilot.pause()
        print(str(app.screen.query_one("#new", Button).label).split()[0])
        await pilot.click("#new")
        await pilot.pause()
        print(app.state.step)

asyncio.run(main())
"""
