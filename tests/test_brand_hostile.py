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


# --- 3. Bad brand files: a clear refusal (exit 2), never a crash, a hang or a memory blow-up --

HOSTILE = Path(__file__).parent / "hostile" / "brand"
BRAND_FILES = sorted((HOSTILE / "files").glob("*.yaml"))
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"


def expectations(path: Path) -> list[str]:
    """The fragments its refusal must show: the `# expect: a | b` first line of a corpus file."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), path
    return [part.strip() for part in first.removeprefix("# expect: ").split("|")]


def assert_refused(result, brand: Path, *fragments: str) -> None:
    """Exit 2, a message (no traceback) naming the brand file and each of `fragments`."""
    err = result.stderr
    assert result.returncode == 2, (result.returncode, err)
    assert "Traceback" not in err and "unexpected error" not in err, err
    assert brand.name in err, err
    for fragment in fragments:
        assert fragment in err, (fragment, err)
    assert len(err) < 4000, f"a message a person can read, not {len(err)} characters"


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    """A folder where a brand file's relative paths meet a folder, a FIFO, a symlink to
    /dev/zero, a sparse 5 GB file (its size is not read into memory) and a GIF."""
    import os

    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "pipe.fifo")
    (tmp_path / "zero.png").symlink_to("/dev/zero")
    with open(tmp_path / "huge.png", "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.truncate(5 * 1024**3)
    (tmp_path / "tiny.gif").write_bytes(GIF)
    return tmp_path


@pytest.mark.parametrize("corpus", BRAND_FILES, ids=lambda p: p.stem)
def test_a_hostile_brand_file_is_refused_clearly(hostile_folder, corpus):
    brand = hostile_folder / corpus.name
    brand.write_bytes(corpus.read_bytes())
    result = render(brand, hostile_folder / "x.pdf")
    assert_refused(result, brand, *expectations(corpus))
    assert not (hostile_folder / "x.pdf").exists()


@pytest.mark.parametrize("kind", ["folder", "fifo", "dev-zero", "huge", "binary", "latin-1"])
def test_a_brand_path_that_is_not_a_brand_file_is_refused(tmp_path, kind):
    """The brand file itself is read with the same care as a logo."""
    import os

    brand = tmp_path / "brand.yaml"
    if kind == "folder":
        brand.mkdir()
        fragment = "folder"
    elif kind == "fifo":
        os.mkfifo(brand)
        fragment = "not a regular file"
    elif kind == "dev-zero":
        brand.symlink_to("/dev/zero")
        fragment = "not a regular file"
    elif kind == "huge":
        with open(brand, "wb") as handle:
            handle.write(b"firm_name: Orbit\n")
            handle.truncate(3 * 1024**3)
        fragment = "too large"
    elif kind == "binary":
        brand.write_bytes(b"firm_name: \x00\x01\x02")
        fragment = "binary"
    else:
        brand.write_bytes("firm_name: Café Crème".encode("latin-1"))
        fragment = "UTF-8"
    assert_refused(render(brand, tmp_path / "x.pdf"), brand, fragment)
