"""Branding, and the promise that user text and brand files can never make the renderer read a
local file or reach the network. A real HTTP server on 127.0.0.1 counts every request."""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from tests.conftest import BASE, EXAMPLES, run_cli
from tests.hostile.watch import serve
from tests.pdftext import pdf_text


def png_bytes(colour: tuple[int, int, int]) -> bytes:
    """A real 4×4 PNG, made by hand so the test needs no image library."""
    import struct

    raw = b"".join(b"\x00" + bytes(colour) * 4 for _ in range(4))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def brand_file(tmp_path: Path) -> Path:
    (tmp_path / "firm.png").write_bytes(png_bytes((200, 30, 30)))
    (tmp_path / "client.png").write_bytes(png_bytes((30, 30, 200)))
    path = tmp_path / "brand.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "firm_name": "Orbit Conseil",
                "consultant_name": "Nadia Benali",
                "consultant_contact": "nadia@orbit.example",
                "firm_logo": "firm.png",
                "client_logo": "client.png",
                "primary_color": "#204030",
                "accent_color": "#c08020",
                "footer_text": "Confidentiel — Orbit Conseil",
                "hide_sections": ["assumptions"],
            }
        ),
        encoding="utf-8",
    )
    return path


def test_a_branded_pdf_carries_both_logos_and_the_firm(tmp_path, brand_file):
    out = tmp_path / "b.pdf"
    result = run_cli(
        "render",
        str(EXAMPLES / "atelier-demarrage-rapide.yaml"),
        "-o",
        str(out),
        "--brand",
        str(brand_file),
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert len(reader.pages[0].images) == 2
    text = pdf_text(out)
    assert "Orbit Conseil" in text and "Nadia Benali" in text
    assert "Confidentiel" in pdf_text(out)
    assert reader.metadata.author == "Nadia Benali"
    assert "Hypothèses retenues" not in text, "a hidden section stays out"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"primary_color": "red; background: url(http://x)"}, "primary_color"),
        ({"accent_color": "#12345"}, "accent_color"),
        ({"firm_logo": "missing.png"}, "firm_logo"),
        ({"hide_sections": ["cover"]}, "hide_sections"),
        ({"colour": "#ffffff"}, "colour"),
    ],
)
def test_a_bad_brand_file_is_refused_clearly(tmp_path, brand_file, change, expected):
    data = yaml.safe_load(brand_file.read_text())
    data.update(change)
    brand_file.write_text(yaml.safe_dump(data))
    result = run_cli(
        "render",
        str(EXAMPLES / "boulangerie-locale.yaml"),
        "-o",
        str(tmp_path / "x.pdf"),
        "--brand",
        str(brand_file),
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert expected in result.stderr and "brand.yaml" in result.stderr


def test_an_svg_logo_with_an_external_reference_is_refused(tmp_path, brand_file):
    (tmp_path / "evil.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>'
    )
    (tmp_path / "ok.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<rect width="10" height="10" fill="#123"/></svg>'
    )
    data = yaml.safe_load(brand_file.read_text())
    data["firm_logo"] = "evil.svg"
    brand_file.write_text(yaml.safe_dump(data))
    result = run_cli(
        "render",
        str(EXAMPLES / "boulangerie-locale.yaml"),
        "-o",
        str(tmp_path / "x.pdf"),
        "--brand",
        str(brand_file),
    )
    assert result.returncode == 2 and "SVG" in result.stderr
    data["firm_logo"] = "ok.svg"
    brand_file.write_text(yaml.safe_dump(data))
    assert (
        run_cli(
            "render",
            str(EXAMPLES / "boulangerie-locale.yaml"),
            "-o",
            str(tmp_path / "x.pdf"),
            "--brand",
            str(brand_file),
        ).returncode
        == 0
    )


@pytest.fixture
def server(tmp_path):
    """The counting HTTP server of the hostile-input observers (tests/hostile/watch.py)."""
    yield from serve(root=tmp_path)


def payloads(port: int) -> list[str]:
    return [
        '<img src="file:///etc/passwd">',
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/a.css">',
        f"</style><style>@import url(http://127.0.0.1:{port}/b.css);</style>",
        f"url(http://127.0.0.1:{port}/c.png) url(file:///etc/passwd)",
        f'@import "http://127.0.0.1:{port}/d.css";',
        f'<img src="http://127.0.0.1:{port}/e.png">',
    ]


def test_hostile_text_everywhere_reads_nothing_and_calls_nobody(tmp_path, server, brand_file):
    bad = payloads(server.port)
    joined = " ".join(bad)
    data = dict(BASE)
    for key in ("org_name", "offer", "key_message", "desired_action"):
        data[key] = bad[hash(key) % len(bad)][:195]
    data["audience_description"] = joined
    for key in ("audience_problems", "expertise", "proof_points", "topics"):
        data[key] = bad
    data["target"] = {"metric": bad[1][:190], "baseline": 1, "value": 2, "unit": bad[4][:190]}
    data["notes"] = {section: joined for section in ("summary", "networks", "budget", "plan")}
    data["overrides"] = {"networks": {"linkedin": {"role": "primary", "reason": joined}}}
    answers = tmp_path / "hostile.json"
    answers.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    brand = yaml.safe_load(brand_file.read_text())
    brand.update(
        firm_name=bad[2][:110],
        consultant_name=bad[0],
        footer_text=bad[3][:190],
        consultant_contact=bad[1],
    )
    brand_file.write_text(yaml.safe_dump(brand))

    pdf, html = tmp_path / "h.pdf", tmp_path / "h.html"
    for out in (pdf, html):
        result = run_cli("render", str(answers), "-o", str(out), "--brand", str(brand_file))
        assert result.returncode == 0, result.stderr

    assert server.hits == [], "the renderer reached the network"
    text = pdf_text(pdf)
    assert "root:x:0:0" not in text, "a local file was read into the document"
    assert '<img src="file:///etc/passwd">' in text, "user text must show up, escaped"
    assert f"http://127.0.0.1:{server.port}/a.css" in text
    page = html.read_text(encoding="utf-8")
    assert "root:x:0:0" not in page
    assert '<img src="file:' not in page and '<link rel="stylesheet" href="http' not in page
    assert "&lt;/style&gt;&lt;style&gt;" in page
    assert page.count("</style>") == 1


def test_template_dir_is_sandboxed_and_is_a_second_asset_root(tmp_path):
    tdir = tmp_path / "mytemplates"
    (tdir / "partials").mkdir(parents=True)
    (tdir / "stamp.png").write_bytes(png_bytes((0, 150, 0)))
    (tdir / "partials" / "_colophon.html.j2").write_text(
        '<div class="colophon">Cabinet Dupont — {{ v.org_name }}'
        '<img src="stamp.png" style="width:10mm"></div>'
    )
    out = tmp_path / "t.pdf"
    # the package assets are the base URL; the stamp is reached through the template folder
    (tdir / "partials" / "_colophon.html.j2").write_text(
        '<div class="colophon">Cabinet Dupont — {{ v.org_name }}'
        '<img src="' + (tdir / "stamp.png").as_uri() + '" style="width:10mm">'
        '<img src="file:///etc/passwd"></div>'
    )
    result = run_cli(
        "render",
        str(EXAMPLES / "boulangerie-locale.yaml"),
        "-o",
        str(out),
        "--template-dir",
        str(tdir),
    )
    assert result.returncode == 0, result.stderr
    assert "Cabinet Dupont" in pdf_text(out)
    last = PdfReader(out).pages[-1]
    assert len(last.images) == 1, "the template folder's image, and not /etc/passwd"
    # the sandbox stops templates reaching Python internals
    (tdir / "partials" / "_colophon.html.j2").write_text(
        "{{ s.__class__.__mro__[1].__subclasses__() }}"
    )
    result = run_cli(
        "render",
        str(EXAMPLES / "boulangerie-locale.yaml"),
        "-o",
        str(out),
        "--template-dir",
        str(tdir),
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "refused" in result.stderr and "_colophon.html.j2: line 1" in result.stderr


def test_data_uri_payload_is_decoded_not_fetched():
    from strategy_wizard.render.fetcher import _decode_data_uri

    mime, body = _decode_data_uri("data:image/png;base64," + base64.b64encode(b"abc").decode())
    assert (mime, body) == ("image/png", b"abc")
