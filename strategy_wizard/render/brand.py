"""A consultant's branding: firm, consultant, logos, colours, footer, sections left out.

Brand files are untrusted input like answers. Every value is checked key by key, and a bad one
is refused with a message naming the file, the key and what the key allows
(`examples/brand/brand.yaml` documents them all). Colours must be plain hex values (never raw
CSS, which could smuggle `url(...)` or `</style>`). Logos are read here, by the program, from
the paths given, with a capped non-blocking read of regular files only; they are checked by
content — a PNG or JPEG that Pillow decodes within a pixel budget, or an SVG that is parsed
(no DTD, no entities), held to a whitelist of drawing elements and attributes with only
`#local` references, and written out again from the cleaned tree — and inlined as `data:`
URIs: the renderer itself never opens a path from a brand file.
"""

from __future__ import annotations

import base64
import codecs
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from strategy_wizard.render.view import SECTIONS

MAX_BRAND_BYTES = 1_000_000
MAX_LOGO_BYTES = 2_000_000
MAX_LOGO_PIXELS = 25_000_000  # what a logo on an A4 cover could ever need, many times over
MAX_LOGO_SIDE = 10_000
MAX_PATH_CHARS = 1000
TEXT_LIMITS = {
    "firm_name": 120,
    "consultant_name": 120,
    "consultant_contact": 200,
    "footer_text": 200,
}
HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
LOGO_KEYS = ("firm_logo", "client_logo")
COLOUR_KEYS = ("primary_color", "accent_color")
_LOGO_ALLOWED = (
    f"the path of a PNG, JPEG or SVG file of at most {MAX_LOGO_BYTES:,} bytes, "
    "relative to the brand file's folder"
)
_COLOUR_ALLOWED = 'a hex colour written #RRGGBB or #RGB, in quotes (e.g. "#1d3557")'
ALLOWED = {  # each key a brand file may have, and what it allows: the wording of the messages
    "firm_name": f"text of at most {TEXT_LIMITS['firm_name']} characters",
    "consultant_name": f"text of at most {TEXT_LIMITS['consultant_name']} characters",
    "consultant_contact": f"text of at most {TEXT_LIMITS['consultant_contact']} characters",
    "firm_logo": _LOGO_ALLOWED,
    "client_logo": _LOGO_ALLOWED,
    "primary_color": _COLOUR_ALLOWED,
    "accent_color": _COLOUR_ALLOWED,
    "footer_text": f"text of at most {TEXT_LIMITS['footer_text']} characters",
    "hide_sections": "a list of section names among: " + ", ".join(SECTIONS),
}
_DATA_URI = re.compile(r"data:image/(?:png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]*={0,2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def css_string(text: str) -> str:
    """`text` escaped for the inside of a double-quoted CSS string in a `<style>` element.

    CSS escapes, not HTML ones: a `<style>` element's content is raw text, so `&amp;` would print
    as such. The quote, the backslash and line breaks would end or bend the string; `<` and `>`
    are escaped too, so that `</style>` cannot close the element. Other control characters are
    escaped as well; an escape ends with a space, which CSS swallows.
    """
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\<>' or code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\{code:x} ")
        else:
            out.append(char)
    return "".join(out)


class BrandError(Exception):
    """The brand file was refused; the message says where and why."""


# --- the values ------------------------------------------------------------------------------


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


def _text(key: str, value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str):
        hint = " (put it in quotes)" if isinstance(value, int | float | bool) else ""
        raise ValueError(f"expected text, got {_kind(value)}{hint}; {key} is {ALLOWED[key]}")
    if bad := _CONTROL.search(value):
        raise ValueError(
            f"contains a control character (U+{ord(bad.group()):04X}); {key} is {ALLOWED[key]}, "
            "without control characters"
        )
    value = value.strip()
    if len(value) > TEXT_LIMITS[key]:
        raise ValueError(f"{len(value):,} characters long; {key} is {ALLOWED[key]}")
    return value or None


def _colour(key: str, value: object) -> str:
    if not isinstance(value, str) or not HEX.fullmatch(value.strip()):
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        raise ValueError(f"{shown} is not a colour; {key} is {ALLOWED[key]}")
    return value.strip()


def _logo_path(key: str, value: object) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a file name, got {_kind(value)}; {key} is {ALLOWED[key]}")
    if not value.strip():
        raise ValueError(f"is empty; {key} is {ALLOWED[key]} (or leave the key out)")
    if "\x00" in value:
        raise ValueError(f"the file name contains a NUL character; {key} is {ALLOWED[key]}")
    if len(value) > MAX_PATH_CHARS:
        raise ValueError(
            f"the file name is {len(value):,} characters long (at most {MAX_PATH_CHARS:,}); "
            f"{key} is {ALLOWED[key]}"
        )
    return Path(value)


def _sections(value: object) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(
            f"expected a list, got {_kind(value)}; hide_sections is {ALLOWED['hide_sections']}"
        )
    unknown = [v for v in value if not isinstance(v, str) or v not in SECTIONS]
    if unknown:
        shown = ", ".join(
            repr(v) if len(repr(v)) <= 40 else repr(v)[:37] + "..." for v in unknown[:3]
        )
        more = f" and {len(unknown) - 3:,} more" if len(unknown) > 3 else ""
        raise ValueError(
            f"unknown section {shown}{more}; hide_sections is {ALLOWED['hide_sections']}"
        )
    return list(value)


class Brand(BaseModel):
    model_config = ConfigDict(extra="forbid")

    firm_name: str | None = Field(default=None, max_length=TEXT_LIMITS["firm_name"])
    consultant_name: str | None = Field(default=None, max_length=TEXT_LIMITS["consultant_name"])
    consultant_contact: str | None = Field(
        default=None, max_length=TEXT_LIMITS["consultant_contact"]
    )
    firm_logo: Path | None = None
    client_logo: Path | None = None
    primary_color: str = "#1d3557"
    accent_color: str = "#e07a2f"
    footer_text: str | None = Field(default=None, max_length=TEXT_LIMITS["footer_text"])
    hide_sections: list[Literal[SECTIONS]] = []  # type: ignore[valid-type]
    # filled by load_brand: the logos as data: URIs, never paths
    firm_logo_uri: str | None = None
    client_logo_uri: str | None = None

    @property
    def footer_css(self) -> Markup:
        """The footer, ready to go between the double quotes of a CSS `content:` (marked safe
        so that the HTML autoescape does not escape it a second time)."""
        return Markup(css_string(self.footer_text or self.firm_name or ""))

    def plain(self) -> dict[str, Any]:
        """What a template may read of the brand: its texts, colours, sections left out and
        logos as `data:` URIs, as plain data — never the model (whose methods parse, pickle
        and read files) nor the logos' paths."""
        return {
            "firm_name": self.firm_name,
            "consultant_name": self.consultant_name,
            "consultant_contact": self.consultant_contact,
            "primary_color": self.primary_color,
            "accent_color": self.accent_color,
            "footer_text": self.footer_text,
            "footer_css": self.footer_css,
            "hide_sections": list(self.hide_sections),
            "firm_logo_uri": self.firm_logo_uri,
            "client_logo_uri": self.client_logo_uri,
        }

    @field_validator(*TEXT_LIMITS, mode="before")
    @classmethod
    def _texts(cls, value: object, info: Any) -> str | None:
        return _text(info.field_name, value)

    @field_validator(*COLOUR_KEYS, mode="before")
    @classmethod
    def _hex(cls, value: object, info: Any) -> str:
        return _colour(info.field_name, value)

    @field_validator(*LOGO_KEYS, mode="before")
    @classmethod
    def _logos(cls, value: object, info: Any) -> Path | None:
        return _logo_path(info.field_name, value)

    @field_validator("hide_sections", mode="before")
    @classmethod
    def _hidden(cls, value: object) -> list[str]:
        return _sections(value)

    @field_validator("firm_logo_uri", "client_logo_uri")
    @classmethod
    def _inlined(cls, value: str | None) -> str | None:
        # only load_brand fills these, with checked bytes: never a URL the renderer would fetch
        if value is not None and not _DATA_URI.fullmatch(value):
            raise ValueError("a logo is inlined as a data:image/...;base64 URI, never a URL")
        return value


def _problems(exc: ValidationError) -> list[str]:
    problems = []
    for error in exc.errors():
        key = str(error["loc"][0]) if error["loc"] else "(file)"
        if error["type"] == "value_error":
            message = str(error["ctx"]["error"])
        else:  # not reached by the validators above, kept so that nothing is ever swallowed
            message = f"{error['msg']}; {key} is {ALLOWED.get(key, 'not a key of a brand file')}"
        problems.append(f"{key}: {message}")
    return problems


# --- reading files ---------------------------------------------------------------------------


class _Unreadable(Exception):
    """A file that cannot be read as asked; the message says why, in plain words."""


class _BadLogo(_Unreadable):
    """A logo refused for its content; the message carries its own advice."""


def read_capped(path: Path, cap: int) -> bytes:
    """A regular file's bytes, at most `cap` of them, without blocking on a pipe or trusting the
    size the file claims (base/files.py's reader); `_Unreadable` says why one is refused."""
    from strategy_wizard.base.files import FileRefused, read_bytes

    try:
        return read_bytes(path, cap)
    except FileRefused as exc:
        raise _Unreadable(str(exc)) from None


# --- logos -----------------------------------------------------------------------------------

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


def _check_raster(data: bytes, kind: str) -> None:
    """A PNG or JPEG that Pillow (WeasyPrint's decoder) decodes, within a pixel budget: a
    damaged one would make WeasyPrint try it as an SVG, a huge one eat memory."""
    import io
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data), formats=[kind]) as image:
                width, height = image.size
                if max(width, height) > MAX_LOGO_SIDE or width * height > MAX_LOGO_PIXELS:
                    raise _Unreadable(
                        f"a {width:,}×{height:,} pixel {kind}; logos are limited to "
                        f"{MAX_LOGO_PIXELS:,} pixels, at most {MAX_LOGO_SIDE:,} a side"
                    )
                image.load()  # decoded within the budget: WeasyPrint's decoder will manage
    except _Unreadable:
        raise
    except Image.DecompressionBombError:  # Pillow's own guard, before the check above
        raise _Unreadable(
            f"a {kind} of more than {MAX_LOGO_PIXELS:,} pixels; logos are limited to "
            f"{MAX_LOGO_PIXELS:,} pixels, at most {MAX_LOGO_SIDE:,} a side"
        ) from None
    except Exception:  # Pillow's many ways of saying a file is damaged
        raise _Unreadable(f"a damaged {kind} file (it cannot be decoded)") from None


def logo_data_uri(path: Path, key: str) -> str:
    """Read, check and inline one logo; `_Unreadable` says why one is refused."""
    data = read_capped(path, MAX_LOGO_BYTES)
    if data.startswith(PNG_MAGIC):
        _check_raster(data, "PNG")
        mime = "image/png"
    elif data.startswith(JPEG_MAGIC):
        _check_raster(data, "JPEG")
        mime = "image/jpeg"
    elif data.startswith(b"\x1f\x8b"):
        raise _Unreadable("a compressed file (.svgz?); save the logo as a plain SVG, PNG or JPEG")
    else:
        data = clean_svg(data)
        mime = "image/svg+xml"
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


# --- SVG: parsed, held to a whitelist, written out again --------------------------------------

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
MAX_SVG_DEPTH = 50
MAX_SVG_ELEMENTS = 20_000
MAX_SVG_DRAWN = 50_000  # elements drawn once every <use> and url(#...) is followed
SVG_ELEMENTS = frozenset(
    {
        "svg", "g", "defs", "symbol", "use", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop",
        "clipPath", "mask", "pattern", "marker",
    }
)  # fmt: skip
SVG_DROPPED = frozenset({"title", "desc", "metadata"})  # not drawn: left out of the copy
GRADIENTS = frozenset({"linearGradient", "radialGradient"})
# Names that draw, fetch or run something. Refused in any namespace — WeasyPrint reads an
# element by its local name whatever its namespace — rather than quietly left out.
ACTIVE_NAMES = frozenset(
    {
        "script", "foreignObject", "image", "img", "a", "iframe", "object", "embed", "link",
        "feImage", "filter", "set", "animate", "animateMotion", "animateTransform",
        "animateColor", "handler", "listener", "video", "audio", "source", "cursor",
        "font-face", "font-face-uri", "font-face-src", "tref", "discard", "switch", "base",
        "meta",
    }
)  # fmt: skip
SVG_ATTRIBUTES = frozenset(
    {
        # structure and geometry
        "id", "class", "style", "transform", "viewBox", "preserveAspectRatio", "version",
        "baseProfile", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
        "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength", "offset", "href",
        "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits",
        "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits",
        "maskContentUnits", "markerUnits", "markerWidth", "markerHeight", "refX", "refY",
        "orient", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method",
        "spacing", "side", "type", "media",
        # presentation
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
        "stroke-opacity", "opacity", "color", "display", "visibility", "overflow",
        "clip-path", "clip-rule", "clip", "mask", "marker", "marker-start", "marker-mid",
        "marker-end", "stop-color", "stop-opacity", "font", "font-family", "font-size",
        "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor",
        "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing",
        "word-spacing", "text-decoration", "writing-mode", "direction", "unicode-bidi",
        "white-space", "paint-order", "vector-effect", "shape-rendering", "text-rendering",
        "color-interpolation", "color-rendering", "isolation", "mix-blend-mode",
        "transform-origin",
    }
)  # fmt: skip
_SAFE_FUNCTIONS = frozenset(
    {
        "rgb", "rgba", "hsl", "hsla", "url", "matrix", "translate", "translatex",
        "translatey", "scale", "scalex", "scaley", "rotate", "skewx", "skewy",
    }
)  # fmt: skip
_ID = r"[A-Za-z_][\w.:-]*"
_FRAGMENT = re.compile(rf"#({_ID})")
_LOCAL_URL = re.compile(rf"""url\(\s*(?:"#({_ID})"|'#({_ID})'|#({_ID}))\s*\)""", re.IGNORECASE)
_FUNCTION = re.compile(r"([A-Za-z_-][\w-]*)\s*\(")
_URL_WORD = re.compile(r"url\s*\(", re.IGNORECASE)
_ENCODINGS = {"utf-8": "utf-8", "ascii": "utf-8", "latin-1": "latin-1", "cp1252": "cp1252"}


class _Refused(Exception):
    """What an SVG was refused for, in words ("a <script> element")."""


def _shown(value: str, limit: int = 60) -> str:
    return repr(value) if len(value) <= limit else repr(value[:limit]) + "..."


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _svg_codec(data: bytes) -> str:
    """The codec an SVG's bytes are in, as its BOM, its byte pattern or its XML declaration
    says (UTF-8 when nothing does)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    head = data[:4]  # no BOM: UTF-16 and UTF-32 show zero bytes next to the ASCII "<"
    if len(head) == 4 and head[:3] == b"\0\0\0" and head[3]:
        return "utf-32-be"
    if len(head) == 4 and head[0] and head[1:] == b"\0\0\0":
        return "utf-32-le"
    if len(head) >= 2 and not head[0] and head[1]:
        return "utf-16-be"
    if len(head) >= 2 and head[0] and not head[1]:
        return "utf-16-le"
    declared = re.match(rb"""\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][\w.-]*)""", data)
    if not declared:
        return "utf-8"
    name = declared.group(1).decode("ascii")
    try:
        return _ENCODINGS[codecs.lookup(name).name.replace("iso8859-1", "latin-1")]
    except (LookupError, KeyError):
        raise _Refused(
            f"the encoding {name!r}, which is not supported (save it as UTF-8)"
        ) from None


def _decode_svg(data: bytes) -> str:
    """The SVG's text, strictly decoded."""
    codec = _svg_codec(data)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _Refused(
            f"bytes that are not valid {codec.upper()} text (at byte {exc.start:,})"
        ) from None


def _parse_svg(text: str) -> Any:
    """An ElementTree of `text`, built by expat with every declaration refused: no DOCTYPE, no
    entity, no external anything; comments and processing instructions left out."""
    import xml.etree.ElementTree as ET
    from xml.parsers import expat

    def refuse(what: str) -> Callable[..., None]:
        def handler(*_args: object) -> None:
            raise _Refused(what)

        return handler

    def fix(name: str) -> str:  # expat's "uri}local" to ElementTree's "{uri}local"
        return "{" + name if "}" in name else name

    builder = ET.TreeBuilder()
    depth = count = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth, count
        depth += 1
        count += 1
        if depth > MAX_SVG_DEPTH:
            raise _Refused(f"elements nested more than {MAX_SVG_DEPTH} deep")
        if count > MAX_SVG_ELEMENTS:
            raise _Refused(f"more than {MAX_SVG_ELEMENTS:,} elements")
        builder.start(fix(name), {fix(k): v for k, v in attrs.items()})

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(fix(name))

    def instruction(target: str, _data: str) -> None:
        if target.lower() == "xml-stylesheet":
            raise _Refused("an <?xml-stylesheet?> instruction (an outside style sheet)")

    parser = expat.ParserCreate(encoding="UTF-8", namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = refuse("a DOCTYPE declaration (a DTD)")
    parser.EntityDeclHandler = refuse("an ENTITY declaration")
    parser.UnparsedEntityDeclHandler = refuse("an ENTITY declaration")
    parser.NotationDeclHandler = refuse("a NOTATION declaration")
    parser.ExternalEntityRefHandler = refuse("a reference to an external entity")  # type: ignore[assignment]
    parser.ProcessingInstructionHandler = instruction
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(text.encode("utf-8", "surrogatepass"), True)
    except expat.ExpatError as exc:
        reason = expat.errors.messages[exc.code] if exc.code else str(exc)
        raise _Refused(f"XML that is not well-formed (line {exc.lineno}: {reason})") from None
    return builder.close()


def _split(tag: str) -> tuple[str | None, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return None, tag


def _check_css(value: str, where: str, in_style: bool) -> list[str]:
    """The ids a CSS value (an attribute, a style attribute or a <style> element) refers to;
    refused if it could reach outside the SVG."""
    if "\\" in value:
        raise _Refused(f"a backslash (a CSS escape) in {where}")
    if in_style:
        if "@" in value:
            raise _Refused(f"an at-rule (@...) in {where}")
        if "expression" in value.lower():
            raise _Refused(f"an expression() in {where}")
    ids = [a or b or c for a, b, c in _LOCAL_URL.findall(value)]
    rest = _LOCAL_URL.sub("", value)
    if _URL_WORD.search(rest):
        found = rest[_URL_WORD.search(rest).start() :]  # type: ignore[union-attr]
        raise _Refused(f"a link to something outside the SVG in {where}: {_shown(found, 50)}")
    for name in _FUNCTION.findall(rest):
        if name.lower() not in _SAFE_FUNCTIONS:
            raise _Refused(f"the CSS function {name}() in {where}")
    return ids


def _clean_element(el: Any, refs: dict[int, list[str]], style_ids: list[str]) -> Any:
    """A copy of the SVG element `el` holding only what the whitelist allows (refused when
    something active is found), or None for metadata left out."""
    import xml.etree.ElementTree as ET

    ns, local = _split(el.tag)
    if ns not in (None, SVG_NS):
        if local in SVG_ELEMENTS or local in ACTIVE_NAMES:
            raise _Refused(f"a <{local}> element in another namespace ({ns})")
        return None  # an editor's own data (Inkscape, Sodipodi, RDF): never drawn
    if local in SVG_DROPPED:
        return None
    if local not in SVG_ELEMENTS:
        raise _Refused(f"a <{local}> element")
    where = f"<{local}>"
    attrib: dict[str, str] = {}
    ids: list[str] = []
    for name, value in el.attrib.items():
        ans, alocal = _split(name)
        if alocal.lower().startswith("on"):
            raise _Refused(f"an event handler ({alocal}=) on {where}")
        if alocal == "href" and ans in (None, XLINK_NS):
            target = _FRAGMENT.fullmatch(value)
            if not target:
                raise _Refused(
                    f"a link to something outside the SVG on {where}: href={_shown(value, 50)}"
                )
            ids.append(target.group(1))
            attrib["href"] = value
        elif ans == XML_NS and alocal in ("space", "lang"):
            attrib[name] = value
        elif ans is not None:
            if alocal in ("href", "src", "base"):
                raise _Refused(f"a {alocal}= attribute in another namespace on {where}")
            continue  # an editor's own attributes
        elif alocal in SVG_ATTRIBUTES:
            ids += _check_css(value, f"{where} {alocal}=", in_style=alocal == "style")
            attrib[alocal] = value
        # any other attribute is not one an SVG renderer draws with: left out of the copy
    if local == "style":
        if attrib.get("type", "text/css").strip().lower() != "text/css":
            raise _Refused(f"a <style> element of type {_shown(attrib['type'], 30)}")
        css = "".join(el.itertext())
        style_ids += _check_css(css, "a <style> element", in_style=True)
        if len(el):
            raise _Refused("elements inside a <style> element")
    copy = ET.Element(local, attrib)  # the namespace is declared once, on the root
    copy.text = el.text
    for child in el:
        kept = _clean_element(child, refs, style_ids)
        if kept is None:  # keep the text that followed the element left out
            if child.tail:
                if len(copy):
                    copy[-1].tail = (copy[-1].tail or "") + child.tail
                else:
                    copy.text = (copy.text or "") + child.tail
            continue
        kept.tail = child.tail
        copy.append(kept)
    if ids:
        refs[id(copy)] = ids
    return copy


def _check_references(root: Any, refs: dict[int, list[str]], style_ids: list[str]) -> None:
    """Refuse reference loops (a <use> of its own ancestor, a pattern filled with itself) and
    references that multiply into more than MAX_SVG_DRAWN elements (nested <use>s)."""
    by_id: dict[str, Any] = {}
    for el in root.iter():
        if (ident := el.get("id")) is not None:
            if ident in by_id:
                raise _Refused(f"the id {_shown(ident, 40)} used twice")
            by_id[ident] = el
    for ident in style_ids:
        if ident in by_id and _split(by_id[ident].tag)[1] not in GRADIENTS:
            raise _Refused(f"a <style> element referring to url(#{ident}), not a gradient")

    def edges(el: Any) -> list[Any]:
        return list(el) + [by_id[i] for i in refs.get(id(el), ()) if i in by_id]

    drawn: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, done = stack.pop()
        key = id(el)
        if done:
            on_path.discard(key)
            drawn[key] = min(MAX_SVG_DRAWN + 1, 1 + sum(drawn[id(e)] for e in edges(el)))
            continue
        if key in drawn:
            continue
        on_path.add(key)
        stack.append((el, True))
        for nxt in edges(el):
            if id(nxt) in on_path:
                ident = nxt.get("id") or _split(nxt.tag)[1]
                raise _Refused(f"a reference loop (#{ident} refers back to itself)")
            if id(nxt) not in drawn:
                stack.append((nxt, False))
    if drawn[id(root)] > MAX_SVG_DRAWN:
        raise _Refused(
            f"references (<use>, url(#...)) that would draw more than {MAX_SVG_DRAWN:,} elements"
        )


def clean_svg(data: bytes) -> bytes:
    """The SVG `data`, cleaned and written out again as UTF-8; `_Unreadable` when refused."""
    import xml.etree.ElementTree as ET

    try:
        try:
            text = _decode_svg(data)
        except _Refused:
            head = data[:65536]
            if not any(svg in head for svg in (b"<svg", b"<\0s\0v\0g", b"\0<\0s\0v\0g")):
                raise _Unreadable("not a PNG, JPEG or SVG image") from None
            raise
        body = re.sub(r"\A\ufeff?\s*<\?xml\s[^>]*\?>", "", text)
        if not body.lstrip().startswith("<"):
            raise _Unreadable("not a PNG, JPEG or SVG image")
        if re.search(r"<!DOCTYPE|<!ENTITY", body, re.IGNORECASE):
            raise _Refused("a DOCTYPE or ENTITY declaration (a DTD)")
        tree = _parse_svg(body)
        ns, local = _split(tree.tag)
        if local != "svg" or ns not in (None, SVG_NS):
            raise _Unreadable(f"not a PNG, JPEG or SVG image (an XML file whose root is <{local}>)")
        refs: dict[int, list[str]] = {}
        style_ids: list[str] = []
        clean = _clean_element(tree, refs, style_ids)
        _check_references(clean, refs, style_ids)
    except _Refused as exc:
        raise _BadLogo(
            f"this SVG has {exc}; a logo must be a self-contained drawing (shapes, paths, "
            "text, gradients, #local references only): simplify it, or use a PNG or a JPEG"
        ) from None
    clean.attrib = {"xmlns": SVG_NS, **clean.attrib}
    return ET.tostring(clean, encoding="unicode").encode("utf-8")


# --- the brand file --------------------------------------------------------------------------


def _parse_brand_file(path: Path) -> object:
    from strategy_wizard.base.yamlio import YamlError, parse_yaml

    try:
        data = read_capped(path, MAX_BRAND_BYTES)
    except _Unreadable as exc:
        raise BrandError(f"{path}: {exc}") from None
    if b"\x00" in data:
        raise BrandError(f"{path}: binary file, not a YAML brand file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BrandError(f"{path}: not UTF-8 text (byte {exc.start:,}); save it as UTF-8") from None
    try:
        return parse_yaml(text)
    except YamlError as exc:
        raise BrandError(f"{path}: {exc}") from None
    except RecursionError:
        raise BrandError(f"{path}: not valid YAML (nested too deep)") from None


def _yaml_key(key: object) -> str:
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    return _shown(key, 40) if isinstance(key, str) else str(key)[:40]


def load_brand(path: Path) -> Brand:
    """The brand file at `path`, checked, with its logos read and inlined."""
    path = Path(path)
    raw = _parse_brand_file(path)
    keys = ", ".join(ALLOWED)
    if not isinstance(raw, dict):
        what = "is empty" if raw is None else f"holds {_kind(raw)}"
        raise BrandError(
            f"{path}: {what}; a brand file is a mapping of keys to values, the keys being: "
            f"{keys} (see examples/brand/brand.yaml)"
        )
    unknown = [k for k in raw if k not in ALLOWED]
    if unknown:
        shown = ", ".join(_yaml_key(k) for k in unknown[:3])
        more = f" and {len(unknown) - 3:,} more" if len(unknown) > 3 else ""
        raise BrandError(f"{path}: unknown key {shown}{more}; the keys of a brand file are: {keys}")
    try:
        brand = Brand.model_validate(raw)
    except ValidationError as exc:
        problems = _problems(exc)
        if len(problems) == 1:
            raise BrandError(f"{path}: {problems[0]}") from None
        raise BrandError(
            f"{path}: refused, {len(problems)} problems:\n" + "\n".join(f"  {p}" for p in problems)
        ) from None
    base = path.resolve().parent
    updates = {}
    for key in LOGO_KEYS:
        logo = getattr(brand, key)
        if logo is not None:
            file = base / logo
            try:
                updates[f"{key}_uri"] = logo_data_uri(file, key)
            except _BadLogo as exc:
                raise BrandError(f"{path}: {key}: {file}: {exc}") from None
            except _Unreadable as exc:
                raise BrandError(f"{path}: {key}: {file}: {exc}; {key} is {ALLOWED[key]}") from None
    return brand.model_copy(update=updates)
