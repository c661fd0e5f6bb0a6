"""Broken shipped data — a bank, catalogue, languages, messages, words or template file a
translator or a trainer edited in a copy (STRATEGY_WIZARD_RESOURCES) — is said as such by the
real command line: the tool's own data is broken, which file, what is wrong; exit 1 (it is not
the user's input), never "unexpected error … please report it", never a traceback."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

PACKAGE = ROOT / "strategy_wizard"
BAKERY = str(EXAMPLES / "boulangerie-locale.yaml")


def copy_resources(root: Path) -> Path:
    shutil.copytree(PACKAGE / "data", root / "data")
    shutil.copytree(ROOT / "questions", root / "questions")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "examples", root / "examples")
    (root / "tui").mkdir()
    shutil.copy(PACKAGE / "tui" / "texts.yaml", root / "tui" / "texts.yaml")
    return root


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, count), encoding="utf-8")


# name -> (file in the copy, text replaced, by what, the command, words of the message)
BROKEN = {
    "bank-yaml": (
        "questions/04_reaction.yaml",
        "  type: group",
        "  type: [group",
        ["check"],
        ["04_reaction.yaml", "not valid YAML"],
    ),
    "bank-number-without-max": (
        "questions/05_realism.yaml",
        "  max: 60\n",
        "",
        ["check"],
        ["05_realism.yaml", "hours_per_week", "needs 'max'"],
    ),
    "bank-key-twice": (
        "questions/06_timeframe.yaml",
        "  min: 2000-01-01\n",
        "  min: 2000-01-01\n  min: 2001-01-01\n",
        ["check"],
        ["06_timeframe.yaml", "given twice"],
    ),
    "catalogue": (
        "data/networks.yaml",
        "id: facebook",
        "id: [facebook",
        ["render", "-f", "json"],
        ["networks.yaml", "not valid YAML"],
    ),
    # the tool's own data may pass an answers file's 1 MB (every text in every language) but
    # not without bound: a copy grown past 8 MB is refused, never read without end
    "catalogue-huge": (
        "data/phrases.yaml",
        "\n",
        "\n# " + "x" * 8_100_000 + "\n",
        ["render", "-f", "json"],
        ["phrases.yaml", "too large", "8,000,000"],
    ),
    "languages": (
        "data/languages.yaml",
        "babel:",
        "babbel:",
        ["check"],
        ["languages.yaml", "babel"],
    ),
    "messages": (
        "data/messages.yaml",
        "range:",
        "rang:",
        ["check", "@OUT_OF_RANGE@"],
        ["messages.yaml", "'range' is missing"],
    ),
    "words": (
        "templates/words.yaml",
        "doc_title:",
        "doc_title: [",
        ["render", "-f", "md"],
        ["words.yaml", "not valid YAML"],
    ),
    "template": (
        "templates/partials/_summary.html.j2",
        "{% endif %}",
        "{% endfor %}",
        ["render", "-f", "html"],
        ["_summary.html.j2", "line", "not a valid template"],
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_shipped_data_is_said_plainly(tmp_path, name):
    where, old, new, command, words = BROKEN[name]
    resources = copy_resources(tmp_path / "resources")
    edit(resources / where, old, new)
    out_of_range = tmp_path / "hours.yaml"  # an answers file with a problem to word
    text = Path(BAKERY).read_text(encoding="utf-8")
    out_of_range.write_text(re.sub(r"(?m)^hours_per_week:.*$", "hours_per_week: 1000", text))
    args = [a.replace("@OUT_OF_RANGE@", str(out_of_range)) for a in command]
    if "@OUT_OF_RANGE@" not in command:
        args.insert(1, BAKERY)
    if args[0] == "render":
        args += ["-o", str(tmp_path / "out")]
    env = {
        **os.environ,
        "STRATEGY_WIZARD_RESOURCES": str(resources),
        "STRATEGY_WIZARD_CACHE_DIR": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "strategy_wizard", *args],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    err = result.stderr
    assert result.returncode == 1, (result.returncode, err)
    assert "Traceback" not in err and "unexpected error" not in err and "report it" not in err, err
    assert "the tool's own data is broken" in err, err
    for word in words:
        assert word in err, (word, err)
    assert len(err) < 3000, err


def test_the_shipped_data_errors_are_all_data_errors():
    """Every loader of shipped data says so with one kind of error, which the CLI tells apart
    from the person's input."""
    from strategy_wizard.base.errors import DataError
    from strategy_wizard.base.locale import LanguagesError
    from strategy_wizard.model.bank import BankError
    from strategy_wizard.model.catalogue import CatalogueError
    from strategy_wizard.model.messages import MessagesError
    from strategy_wizard.render.templating import ShippedTemplateError
    from strategy_wizard.render.words import WordsError
    from strategy_wizard.tui.texts import TextsError

    for error in (
        LanguagesError, BankError, CatalogueError, MessagesError, WordsError, TextsError,
        ShippedTemplateError,
    ):  # fmt: skip
        assert issubclass(error, DataError), error


def test_english_data_texts_quote_with_english_marks() -> None:
    """Review 22a (D7): the English side of a warning, a fact or a source title never uses
    French guillemets (a French source's own French title excepted)."""
    from strategy_wizard.model.catalogue import load_catalogue

    kn = load_catalogue()
    texts = [f.text("en") for f in kn.facts]
    for w in kn.warnings:
        texts += [w.headline("en"), w.message("en"), w.advice("en")]
        texts += [x.text("en") for x in w.extras.values()]
        for v in w.variants.values():
            texts += [v.headline("en"), v.message("en"), v.advice("en")]
    texts += [s.title("en") for s in kn.sources if not isinstance(s.title, str)]
    assert not [t for t in texts if "«" in t]


def test_every_source_names_its_publisher() -> None:
    """Review 22b (D12): no anonymous « Un éditeur d'outils » for a guide that has a name."""
    from strategy_wizard.model.catalogue import load_catalogue

    kn = load_catalogue()
    assert "BrightLocal" in kn.source("gbp_vendor").publisher_in("fr")
