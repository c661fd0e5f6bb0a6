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

from strategy_wizard.render.view import SECTIONS as VIEW_SECTIONS
from tests.conftest import EXAMPLES, run_cli
from tests.hostile.watch import Watch, serve
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
    "non-latin": "Ηλίας Ζαχαρίου · Дмитрий",
}


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("footer_text", f"{FOOTERS['ascii hazards']} {FOOTERS['non-latin']}"),
        # the footer falls back on the firm's name (at most 120 characters)
        ("firm_name", f"{FOOTERS['french firm']} {FOOTERS['non-latin']}"),
    ],
    ids=["footer_text", "firm_name"],
)
def test_the_footer_prints_the_name_as_written(tmp_path, key, name):
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


# --- 2. Hostile logos: refused by parsing, and nothing fetched, nothing read -----------------

LOGOS = HOSTILE / "logos"
SECTIONS = list(VIEW_SECTIONS)  # every section hidden: the cover is enough
LOGO_INDEX: dict[str, dict[str, str]] = yaml.safe_load((LOGOS / "index.yaml").read_text("utf-8"))


class BrandWatch(Watch):
    """The hostile-input observers (tests/hostile/watch.py) and the hostile logos, filled in
    with the server's port and the sentinel's path."""

    def logo_bytes(self, name: str) -> bytes:
        import codecs
        import gzip

        raw = (LOGOS / name).read_bytes()
        fills = {
            "@PORT@": str(self.port),
            "@SENTINEL_URI@": self.sentinel.as_uri(),
            "@SENTINEL@": str(self.sentinel),
        }
        encode = LOGO_INDEX[name].get("encode")
        if encode is None:
            for mark, value in fills.items():
                raw = raw.replace(mark.encode(), value.encode())
            return raw
        text = raw.decode("utf-8")
        for mark, value in fills.items():
            text = text.replace(mark, value)
        if encode == "utf-16-le-bom":
            return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
        if encode == "gzip":
            return gzip.compress(text.encode("utf-8"))
        return text.encode(encode)


@pytest.fixture
def watch(tmp_path):
    yield from serve(BrandWatch, tmp_path)


def test_the_watch_sees_a_read_and_a_request(tmp_path, watch):
    """The observers themselves work: reading the sentinel (named as a logo, so the program
    opens it) and calling the server both show up."""
    import urllib.request

    brand = write_brand(tmp_path, {"firm_logo": "secret/sentinel.txt"})
    result = run_cli(
        "render", EXAMPLE, "--brand", str(brand), "-o", str(tmp_path / "x.pdf"), env=watch.env
    )
    assert result.returncode == 2 and "not a PNG, JPEG or SVG" in result.stderr
    seen = watch.seen()  # read once: it empties the log
    assert any("sentinel.txt" in line for line in seen), seen
    with urllib.request.urlopen(f"http://127.0.0.1:{watch.port}/probe") as response:
        response.read()
    assert watch.hits == ["/probe"]


def _pairs(names: list[str]) -> list[tuple[str, ...]]:
    return [tuple(names[i : i + 2]) for i in range(0, len(names), 2)]


REFUSED = sorted(n for n, spec in LOGO_INDEX.items() if spec["expect"] != "ok")
ACCEPTED = sorted(n for n, spec in LOGO_INDEX.items() if spec["expect"] == "ok")


@pytest.mark.parametrize("name", REFUSED)
def test_a_hostile_logo_is_refused_and_reaches_nothing(tmp_path, watch, name):
    key = "client_logo" if REFUSED.index(name) % 2 else "firm_logo"
    (tmp_path / name).write_bytes(watch.logo_bytes(name))
    brand = write_brand(tmp_path, {"firm_name": "Orbit", key: name})
    out = tmp_path / "x.pdf"
    result = run_cli("render", EXAMPLE, "--brand", str(brand), "-o", str(out), env=watch.env)
    assert_refused(result, brand, key, name, LOGO_INDEX[name]["expect"])
    assert not out.exists()
    assert watch.hits == [], "a request reached the server"
    assert watch.seen() == [], "the sentinel was read, or a socket opened"


@pytest.mark.parametrize("pair", _pairs(ACCEPTED), ids=lambda p: "+".join(n[:-4] for n in p))
def test_an_honest_logo_is_drawn_and_reaches_nothing(tmp_path, watch, pair):
    """Awkward but honest logos (editor exports, UTF-16, Latin-1, local references) are drawn,
    two at a time (firm and client); any hostile part is left out and fetches nothing."""
    brand_data: dict[str, object] = {"firm_name": "Orbit", "hide_sections": list(SECTIONS)}
    for key, name in zip(("firm_logo", "client_logo"), pair, strict=False):
        (tmp_path / name).write_bytes(watch.logo_bytes(name))
        brand_data[key] = name
    brand = write_brand(tmp_path, brand_data)
    out = tmp_path / "x.pdf"
    result = run_cli("render", EXAMPLE, "--brand", str(brand), "-o", str(out), env=watch.env)
    assert result.returncode == 0, result.stderr
    assert "Failed to" not in result.stderr, "WeasyPrint could not draw a cleaned logo"
    text = pdf_text(out)
    assert watch.secret_text not in text
    assert watch.hits == [], "a request reached the server"
    assert watch.seen() == [], "the sentinel was read, or a socket opened"
    if "ok-illustrator.svg" in pair:
        assert "Orbit & Co" in text, "the logo's own text is drawn"


def test_a_raster_logo_of_too_many_pixels_is_refused(tmp_path):
    """A 30,000 × 30,000 PNG compresses to a hundred kilobytes and decodes to gigabytes."""
    import struct
    import zlib

    side = 30_000
    row = b"\x00" + bytes(side // 8)  # one bit per pixel
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        return struct.pack(">I", len(data)) + kind + data + crc

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )
    assert len(png) < 2_000_000
    (tmp_path / "bomb.png").write_bytes(png)
    brand = write_brand(tmp_path, {"client_logo": "bomb.png"})
    result = render(brand, tmp_path / "x.pdf")
    assert_refused(result, brand, "client_logo", "bomb.png", "25,000,000 pixels")


# --- 4. Fuzzing: whatever the brand file and its logos hold, a brand or a clear refusal ------

from hypothesis import HealthCheck, event, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_KEYS = [
    "firm_name",
    "consultant_name",
    "consultant_contact",
    "firm_logo",
    "client_logo",
    "primary_color",
    "accent_color",
    "footer_text",
    "hide_sections",
]
_SECTIONS = ["summary", "thread", "networks", "plan", "kpis", "sources", "cover", ""]
_HOSTILE_TEXT = [
    "O'Brien & Sons",
    '</style><style>@import "http://127.0.0.1:9/x.css";</style>',
    "\\",
    '"',
    "url(http://127.0.0.1:9/x)",
    "red; } body { background: red",
    "Ηλίας",
    "\x00",
    "\x1b[31m",
    "\u202e",
    "#fff",
    "#1d3557",
    "x" * 300,
]
_ANY_VALUE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(_HOSTILE_TEXT),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _value_for(key: str, hostile: bool):
    if key.endswith("_logo"):
        good = st.sampled_from(["logo.svg", "logo.png", "logo.bin"])
        return (
            st.sampled_from(["", ".", "/dev/zero", "none", "a\x00b"]) | _ANY_VALUE
            if hostile
            else good
        )
    if hostile:
        return st.sampled_from(_HOSTILE_TEXT) | _ANY_VALUE
    if key.endswith("_color"):
        return st.from_regex(r"\A#[0-9a-fA-F]{6}\Z")
    if key == "hide_sections":
        return st.lists(st.sampled_from(_SECTIONS[:-2]), max_size=4)
    return st.text(max_size=120) | st.sampled_from(_HOSTILE_TEXT[:7])


@st.composite
def brand_files(draw) -> dict[object, object]:
    """A brand file mostly right, with now and then a wrong value or a key no brand file has,
    so that each kind of wrong value is met on its own as well as with others."""
    keys = draw(st.lists(st.sampled_from(_KEYS), unique=True, max_size=len(_KEYS)))
    data: dict[object, object] = {
        key: draw(_value_for(key, hostile=draw(st.sampled_from(range(5))) == 4)) for key in keys
    }
    if draw(st.sampled_from(range(10))) == 9:  # integers() favour their bounds: not here
        data[draw(st.sampled_from(["colour", "firm_logo_uri", 1, None, "Firm_Name"]))] = "x"
    return data


_SVG_TAGS = ["g", "rect", "path", "text", "tspan", "use", "style", "linearGradient", "stop",
             "image", "script", "foreignObject", "a", "set", "pattern", "clipPath", "x:image",
             "title", "metadata", "svg"]  # fmt: skip
_SVG_ATTRS = ["id", "fill", "style", "href", "xlink:href", "onload", "width", "d", "class",
              "clip-path", "xml:base", "x:href", "data-x"]  # fmt: skip
_SVG_VALUES = ["#a", "#b", "url(#a)", "url(#b)", "url(http://127.0.0.1:9/x)", "\\75rl(x)",
               "@import 'x'", "a", "10", "red", "javascript:x()", "&#117;rl(x)", "&amp;",
               "expression(x)", "fill:url(#a)", "image-set('x' 1x)"]  # fmt: skip


@st.composite
def svg_bytes(draw) -> bytes:
    """SVG-ish bytes: a tree of allowed and forbidden elements, attributes and CSS, in one of
    several encodings and prologues, sometimes damaged."""

    def element(depth: int) -> str:
        tag = draw(st.sampled_from(_SVG_TAGS))
        attrs = draw(
            st.dictionaries(st.sampled_from(_SVG_ATTRS), st.sampled_from(_SVG_VALUES), max_size=3)
        )
        body = "".join(
            attr + '="' + value.replace('"', "&quot;") + '" ' for attr, value in attrs.items()
        )
        children = (
            "".join(element(depth + 1) for _ in range(draw(st.integers(0, 2)))) if depth < 4 else ""
        )
        text = draw(
            st.sampled_from(["", "x", "rect{fill:url(#a)}", "@import url(x);", "<![CDATA[<&>]]>"])
        )
        return f"<{tag} {body}>{text}{children}</{tag}>"

    prologue = draw(st.sampled_from([
        "", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>',
        '<?xml version="1.0" encoding="ISO-8859-1"?>', '<?xml version="1.0" encoding="UTF-7"?>',
        "<!DOCTYPE svg>", '<?xml-stylesheet href="x.css"?>', "<!-- <image href='x'/> -->",
    ]))  # fmt: skip
    ns = ' xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
    ns += ' xmlns:x="urn:x"'
    text = f"{prologue}<svg{ns}>{''.join(element(0) for _ in range(draw(st.integers(0, 3))))}</svg>"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):  # damage: cut it, or flip a byte
        cut = draw(st.integers(0, len(data)))
        data = (
            data[:cut]
            if draw(st.booleans())
            else data[:cut] + bytes([draw(st.integers(0, 255))]) + data[cut + 1 :]
        )
    return data


def _write_brand_folder(folder: Path, data: dict[object, object], svg: bytes, raw: bytes) -> Path:
    from tests.test_brand_security import png_bytes

    (folder / "logo.svg").write_bytes(svg)
    (folder / "logo.png").write_bytes(png_bytes((10, 120, 200)))
    (folder / "logo.bin").write_bytes(raw)
    brand = folder / "brand.yaml"
    try:
        brand.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    except (yaml.YAMLError, UnicodeEncodeError):  # a value YAML cannot write: write its repr
        brand.write_text(repr(data), encoding="utf-8", errors="replace")
    return brand


@pytest.fixture(scope="module")
def fuzz_strategy():
    from tests.conftest import strategy_from

    return strategy_from()


def _load_or_refuse(brand_path: Path):
    """The brand, or None when refused with a clear message; anything else fails the test."""
    from strategy_wizard.render.brand import Brand, BrandError, load_brand

    try:
        brand = load_brand(brand_path)
    except BrandError as exc:
        message = str(exc)
        assert message.startswith(str(brand_path)) and len(message) < 4000, message
        reason = message[len(str(brand_path)) + 2 :].split(":")[0]
        event(f"refused: {'SVG content' if 'this SVG has' in message else reason[:24]}")
        return None
    assert isinstance(brand, Brand)
    return brand


_FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@_FUZZ
@given(data=brand_files())
def test_fuzz_brand_values_give_a_brand_or_a_clear_refusal(fuzz_strategy, data):
    import tempfile

    from strategy_wizard.render import RenderOptions
    from strategy_wizard.render.html import render_html

    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4"/></svg>'
    with tempfile.TemporaryDirectory() as folder:
        brand = _load_or_refuse(_write_brand_folder(Path(folder), data, svg, b"\x89PNG\r\n\x1a\n"))
    if brand is None:
        return
    event("accepted")
    page = render_html(fuzz_strategy, RenderOptions(brand=brand), inline_assets=False)
    assert page.count("</style>") == 1 and page.count("<style") == 1
    footer = brand.footer_text or brand.firm_name or ""
    assert f'content: "{brand.footer_css}";' in page
    assert footer == "" or "&#39;" not in brand.footer_css


@_FUZZ
@given(svg=svg_bytes() | st.binary(max_size=300), client=st.booleans())
def test_fuzz_logo_bytes_give_a_clean_logo_or_a_clear_refusal(svg, client):
    """Whatever a logo's bytes, it is refused clearly, or its cleaned copy is idempotent, holds
    only #local references, and WeasyPrint draws it without asking its fetcher for anything."""
    import base64
    import re
    import tempfile

    import weasyprint

    from strategy_wizard.render.brand import clean_svg
    from strategy_wizard.render.fetcher import make_fetcher

    key = "client_logo" if client else "firm_logo"
    with tempfile.TemporaryDirectory() as folder:
        brand = _load_or_refuse(_write_brand_folder(Path(folder), {key: "logo.svg"}, svg, b""))
    if brand is None:
        return
    uri = brand.client_logo_uri if client else brand.firm_logo_uri
    assert uri is not None and uri.startswith("data:image/svg+xml;base64,")
    event("SVG accepted")
    cleaned = base64.b64decode(uri.split(",", 1)[1])
    assert clean_svg(cleaned) == cleaned, "cleaning is idempotent"
    assert not re.search(rb"href=\"(?!#)", cleaned)
    assert not re.search(rb"<(?:script|image|foreignObject|a|set)[ />]", cleaned)
    fetcher = make_fetcher([])
    weasyprint.HTML(string=f'<img src="{uri}">', url_fetcher=fetcher).write_pdf()
    assert fetcher.refused == []  # type: ignore[attr-defined]


@pytest.mark.slow
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=brand_files(), svg=svg_bytes(), raw=st.binary(max_size=200))
def test_fuzz_the_command_line_ends_in_0_or_2(data, svg, raw):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        brand = _write_brand_folder(Path(folder), data, svg, raw)
        result = render(brand, Path(folder) / "x.pdf")
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr


# --- 5. The documented brand file ----------------------------------------------------------

EXAMPLE_BRAND = EXAMPLES / "brand" / "brand.yaml"


def test_the_example_brand_file_loads_and_documents_every_key():
    """examples/brand/brand.yaml sets every key a brand file may have, documents every
    section name and limit, and loads (logos included) without a complaint."""
    from strategy_wizard.render.brand import (
        ALLOWED,
        MAX_LOGO_BYTES,
        MAX_LOGO_PIXELS,
        SECTIONS,
        TEXT_LIMITS,
        load_brand,
    )

    text = EXAMPLE_BRAND.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert sorted(data) == sorted(ALLOWED), "every key, and only those"
    comments = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    for section in SECTIONS:
        assert f"#   {section} " in comments, section
    for limit in (*TEXT_LIMITS.values(), MAX_LOGO_BYTES, MAX_LOGO_PIXELS):
        assert f"{limit:,}" in comments or f"{limit} " in comments, limit
    brand = load_brand(EXAMPLE_BRAND)
    assert brand.firm_logo_uri and brand.firm_logo_uri.startswith("data:image/svg+xml;base64,")
    assert brand.client_logo_uri and brand.client_logo_uri.startswith("data:image/svg+xml;base64,")


def test_the_example_brand_file_renders(tmp_path):
    out = tmp_path / "b.pdf"
    result = run_cli("render", EXAMPLE, "--brand", str(EXAMPLE_BRAND), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Nadia Benali, Orbit Conseil" in text
    assert text.count("Confidential — prepared by Orbit Conseil for its client") >= 5
    assert "Hypothèses retenues" not in text


def test_the_example_brand_file_is_not_taken_for_an_answers_file():
    """It lives in its own folder: examples/*.yaml are answers files (the `examples` command,
    the golden and PDF tests read every one)."""
    assert EXAMPLE_BRAND.parent != EXAMPLES
    assert not (EXAMPLES / "brand.yaml").exists()
    result = run_cli("examples")
    names = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    assert result.returncode == 0 and len(names) >= 5 and "brand" not in names
