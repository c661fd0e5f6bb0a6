"""Hostile template folders (tests/hostile/templates.yaml) through the real command line, under
watch: an audit hook in the CLI's process logs every file it opens in a secret folder beside
the templates, every socket, every process started and every class unpickled; a live server on
127.0.0.1 counts requests; a payload's marker file shows a command that ran.

Each case ends in a clear refusal (exit 2, the template's file and line, what was refused) or,
for the `ok` ones, in a document with none of it; and in every case: no file read outside the
folder, no request, no command, no crash, no hang (each run has a timeout).
"""

from __future__ import annotations

import json
import os
import pickle
import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import EXAMPLES, run_cli
from tests.hostile.watch import Watch, serve

HERE = Path(__file__).resolve().parent / "hostile"
CASES: list[dict] = yaml.safe_load((HERE / "templates.yaml").read_text(encoding="utf-8"))
EXAMPLE = str(EXAMPLES / "boulangerie-locale.yaml")
TIMEOUT = 120
MEMORY = 4 << 30
# the tool's cache of validated data is a pickle of its own: left out, so that every class a
# run unpickles is Babel's (its locale data), the same in every run
NO_CACHE = {"STRATEGY_WIZARD_NO_CACHE": "1"}
# the layout of a consultant's PDF is stopped after 120 s; 10 s here keeps the suite quick
LAYOUT = {"STRATEGY_WIZARD_PDF_SECONDS": "10"}


class _Touch:
    """What a pickle runs when it is loaded: `touch` the marker (a real command)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (os.system, (f"touch {self.marker}",))


def fill(text: str, watch: Watch, folder: Path) -> str:
    payload = pickle.dumps(_Touch(watch.pwned), protocol=0).decode("ascii")
    fills = {
        "@PICKLE@": json.dumps(payload),
        "@SENTINEL@": str(watch.sentinel),
        "@SECRET@": str(watch.secret),
        "@PORT@": str(watch.port),
        "@PWNED@": str(watch.pwned),
        "@FOLDER@": str(folder),
    }
    for mark, value in fills.items():
        text = text.replace(mark, value)
    return re.sub(r"<<(.+?)\*(\d+)>>", lambda m: m.group(1) * int(m.group(2)), text)


def make_folder(case: dict, watch: Watch, root: Path) -> Path:
    folder = root / "templates"
    folder.mkdir()
    for name, text in (case.get("files") or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(fill(text, watch, folder), encoding="utf-8")
    for name, target in (case.get("links") or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(fill(target, watch, folder))
    for name in case.get("fifos") or []:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(folder / name)
    for name, size in (case.get("sparse") or {}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        with open(folder / name, "wb") as handle:
            handle.truncate(size)
    return folder


@pytest.fixture
def watch(tmp_path):
    yield from serve(root=tmp_path)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> dict[str, set[str]]:
    """What an honest render does anyway, by format: Babel unpickles its locale data, and
    WeasyPrint's import asks `ldconfig` where its libraries are. A hostile template's run may
    do that much and nothing more."""
    root = tmp_path_factory.mktemp("baseline")
    runs: dict[str, set[str]] = {}
    watch = next(serve(root=root))
    folder = root / "t"
    (folder / "partials").mkdir(parents=True)
    (folder / "partials" / "_colophon.html.j2").write_text("<p>{{ s.org_name }}</p>")
    for fmt in ("html", "pdf"):
        result = run_cli(
            "render", EXAMPLE, "--template-dir", str(folder), "-f", fmt,
            "-o", str(root / f"x.{fmt}"), env={**watch.env, **NO_CACHE}, timeout=TIMEOUT,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        runs[fmt] = watch.runs()
        assert watch.seen() == [] and watch.hits == []
    return runs


def render(case: dict, folder: Path, out: Path, watch: Watch):
    return run_cli(
        "render", EXAMPLE, "--template-dir", str(folder), "-f", case.get("format", "html"),
        "-o", str(out), env={**watch.env, **NO_CACHE, **LAYOUT}, timeout=TIMEOUT,
        memory_limit=MEMORY,
    )  # fmt: skip


@pytest.mark.parametrize("case", [pytest.param(c, id=c["name"]) for c in CASES])
def test_a_hostile_template_folder(tmp_path, watch, baseline, case):
    folder = make_folder(case, watch, tmp_path)
    out = tmp_path / f"out.{case.get('format', 'html')}"
    result = render(case, folder, out, watch)
    err = result.stderr
    assert "Traceback" not in err and "unexpected error" not in err, err
    if case["expect"] == "ok":
        assert result.returncode == 0, err
        document = out.read_bytes()
        assert watch.secret_text.encode() not in document
        assert b"root:x:0:0" not in document
    else:
        assert result.returncode == 2, (result.returncode, err)
        assert not out.exists()
        assert err.startswith("strategy-wizard: --template-dir: "), err
        for word in case["expect"]:
            assert word in err, (word, err)
        assert len(err) < 2000, f"a message a person can read, not {len(err):,} characters"
    assert watch.seen() == [], "a file outside the template folder was read, or a socket opened"
    assert watch.hits == [], "a request reached the server"
    assert not watch.pwned.exists(), "a command ran"
    assert watch.runs() <= baseline[case.get("format", "html")], "a command ran, or a pickle"


def test_the_watch_sees_a_read_a_request_and_a_command(tmp_path, watch):
    """The observers themselves work: a Python started with the hook that reads the sentinel,
    calls the server and loads the pickle is seen doing all three."""
    import subprocess
    import sys

    payload = pickle.dumps(_Touch(watch.pwned), protocol=0)
    code = (
        f"import pickle, urllib.request; open({str(watch.sentinel)!r}).read(); "
        f"urllib.request.urlopen('http://127.0.0.1:{watch.port}/probe').read(); "
        f"pickle.loads({payload!r})"
    )
    subprocess.run([sys.executable, "-c", code], env={**os.environ, **watch.env}, check=True)
    assert any("sentinel.txt" in line for line in watch.seen())
    assert watch.hits == ["/probe"]
    assert watch.pwned.exists()
    runs = watch.runs()
    assert any(r.startswith("unpickle posix.system") for r in runs), runs
    assert any(r.startswith("run ") for r in runs), runs


def test_the_corpus_is_big_enough():
    assert len(CASES) >= 18
    assert sum(c["expect"] == "ok" for c in CASES) >= 3


@pytest.mark.parametrize("example", sorted(p.stem for p in EXAMPLES.glob("*.yaml")))
def test_the_templates_see_plain_data_only(example):
    """No model, no path, no function in what a template sees: dicts, lists, text, numbers,
    booleans and None, all the way down (the charts are Markup, which is text)."""
    from strategy_wizard.model.answers import load_answers
    from strategy_wizard.render import RenderOptions
    from strategy_wizard.render.brand import load_brand
    from strategy_wizard.render.html import context
    from strategy_wizard.render.templating import is_plain
    from tests.conftest import TODAY, build

    strategy = build(load_answers(EXAMPLES / f"{example}.yaml"), TODAY)
    options = RenderOptions(brand=load_brand(EXAMPLES / "brand" / "brand.yaml"))
    for inline in (False, True):
        data = context(strategy, options, inline_assets=inline)
        assert is_plain(data), {k: type(v).__name__ for k, v in data.items()}
        assert "firm_logo" not in data["brand"] and data["brand"]["firm_logo_uri"]
