"""Hostile brand files and logos, through the real command line and real PDFs.

A brand file comes from a consultant, but it is still a file a program reads: every value in it
must either show up in the document exactly as written, or be refused with a clear message
(exit 2, naming the file, the key and what is allowed) — never a traceback, a hang, a request
to the network or a read of a file the brand did not name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import EXAMPLES, run_cli
from tests.pdftext import pdf_text

EXAMPLE = str(EXAMPLES / "boulangerie-locale.yaml")


def write_brand(folder: Path, data: object, name: str = "brand.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def render(brand: Path, out: Path):
    return run_cli("render", EXAMPLE, "--brand", str(brand), "-o", str(out))


# --- 1. The footer prints what the consultant wrote, once escaped, for CSS ------------------

FOOTERS = {
    "ascii hazards": 'O\'Brien & Sons — "Le Bon Conseil" C:\\Logos\\ </style><b>x</b> a<b',
    "french firm": "L'Atelier d'Émilie & Cie",
    "non-latin": "Ηλίας Ζαχαρίου · Дмитрий Иванов",
}


@pytest.mark.parametrize(
    ("key", "case"),
    [
        ("footer_text", "ascii hazards"),
        ("footer_text", "non-latin"),
        ("firm_name", "french firm"),  # the footer falls back on the firm's name
        ("firm_name", "non-latin"),
    ],
)
def test_the_footer_prints_the_name_as_written(tmp_path, key, case):
    name = FOOTERS[case]
    brand = write_brand(tmp_path, {key: name})
    out = tmp_path / "f.pdf"
    result = render(brand, out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    # the footer is on every page but the cover: at least a handful of times
    assert text.count(name) >= 5, (name, text[:3000])
    for escaped in ("&#39;", "&amp;", "&#34;", "&lt;", "\\22", "\\5c", "\\3c"):
        assert escaped not in text


def test_the_footer_cannot_close_the_style_element(tmp_path):
    brand = write_brand(tmp_path, {"footer_text": '</style><style>@import "x.css";</style>\n\\'})
    out = tmp_path / "f.html"
    result = render(brand, out)
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count("</style>") == 1 and page.count("<style") == 1
    assert '@import "x.css"' not in page


def test_css_string_escaping_round_trips():
    """The escaping itself, against tinycss2 (WeasyPrint's own CSS tokenizer)."""
    import tinycss2

    from strategy_wizard.render.brand import css_string

    for text in [*FOOTERS.values(), 'a"b\\c\nd\re\tf\x0cg', "\\22 ", "</STYLE >", "abc123 "]:
        escaped = css_string(text)
        assert "<" not in escaped and '"' not in escaped and "\n" not in escaped
        tokens = tinycss2.parse_component_value_list(f'"{escaped}"')
        assert len(tokens) == 1 and tokens[0].type == "string", (text, escaped)
        assert tokens[0].value == text
