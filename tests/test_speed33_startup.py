"""Start-up of `render --format json`: what it must not import (issue 13, item 10).

pydantic's plugin loader imports `importlib.metadata` (and with it email, zipfile, socket, csv:
about 15 ms) even when PYDANTIC_DISABLE_PLUGINS turns every plugin off; the command line stands
in for it while plugins are off (cli._no_plugin_loader)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "boulangerie-locale.yaml"


def _modules_after(code: str, env_extra: dict[str, str] | None = None) -> tuple[str, str]:
    import os

    env = {**os.environ, **(env_extra or {})}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=env,
    )
    return result.stdout, result.stderr


def test_render_json_never_imports_package_metadata_nor_the_document_stack():
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['strategy-wizard', 'render', {str(EXAMPLE)!r}, '--format', 'json',"
        " '--today', '2026-11-30']\n"
        "try:\n"
        "    runpy.run_module('strategy_wizard', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "sys.stdout.flush()\n"
        "roots = {m.split('.')[0] for m in sys.modules}\n"
        "heavy = sorted(roots & {'textual', 'weasyprint', 'jinja2', 'email', 'zipfile'})\n"
        "if 'importlib.metadata' in sys.modules:\n"
        "    heavy.append('importlib.metadata')\n"
        "sys.stderr.write('HEAVY=' + ','.join(heavy) + '\\n')\n"
    )
    out, err = _modules_after(code, {"PYDANTIC_DISABLE_PLUGINS": "__all__"})
    assert '"verdict"' in out  # the strategy was written, through pydantic's serialiser
    assert "HEAVY=\n" in err, err[-800:]


def test_the_stand_in_answers_no_plugin_and_pydantic_still_validates():
    code = (
        "import os, sys\n"
        "from strategy_wizard.cli import _no_plugin_loader\n"
        "_no_plugin_loader()\n"
        "from pydantic import BaseModel, ValidationError\n"
        "class M(BaseModel):\n"
        "    n: int\n"
        "assert M(n='3').n == 3\n"
        "try:\n"
        "    M(n='x')\n"
        "    raise SystemExit('not validated')\n"
        "except ValidationError:\n"
        "    pass\n"
        "print('metadata' if 'importlib.metadata' in sys.modules else 'none')\n"
        "# turned back on: the real loader is imported and asked\n"
        "os.environ['PYDANTIC_DISABLE_PLUGINS'] = 'none-of-them'\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(type(get_plugins()).__name__, 'importlib.metadata' in sys.modules)\n"
        "real = sys.modules['pydantic.plugin._loader']\n"
        "print(hasattr(real, 'PYDANTIC_ENTRY_POINT_GROUP'))\n"
    )
    out, err = _modules_after(code, {"PYDANTIC_DISABLE_PLUGINS": "__all__"})
    assert out.split("\n")[:3] == ["none", "tuple True", "True"], (out, err[-800:])


def test_the_stand_in_is_not_used_when_plugins_are_wanted():
    code = (
        "import sys\n"
        "from strategy_wizard.cli import _no_plugin_loader\n"
        "_no_plugin_loader()\n"
        "print('pydantic.plugin._loader' in sys.modules)\n"
    )
    out, _ = _modules_after(code, {"PYDANTIC_DISABLE_PLUGINS": "some_plugin"})
    assert out.strip() == "False"
