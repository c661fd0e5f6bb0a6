"""A consultant's branding: firm, consultant, logos, colours, footer, sections left out.

Brand files are untrusted input like answers: colours must be plain hex values (never raw CSS,
which could smuggle `url(...)` or `</style>`), and logos are read here, by the program, from the
paths given, checked by content (PNG, JPEG, or an SVG with no external reference), size-capped
and inlined as `data:` URIs — the renderer itself never opens a path from a brand file.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SECTIONS = (
    "summary",
    "thread",
    "networks",
    "editorial",
    "routine",
    "plan",
    "kpis",
    "relays",
    "budget",
    "warnings",
    "assumptions",
    "sources",
)
MAX_LOGO_BYTES = 2_000_000
HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_SVG_DANGER = re.compile(
    r"<!DOCTYPE|<!ENTITY|<script|<foreignObject|\bon\w+\s*=|(?:xlink:)?href\s*=\s*[\"'](?!#)"
    r"|url\(\s*[\"']?(?!#)|@import|<\?xml-stylesheet",
    re.IGNORECASE,
)


class BrandError(Exception):
    """The brand file was refused; the message says where and why."""


class Brand(BaseModel):
    model_config = ConfigDict(extra="forbid")

    firm_name: str | None = Field(default=None, max_length=120)
    consultant_name: str | None = Field(default=None, max_length=120)
    consultant_contact: str | None = Field(default=None, max_length=200)
    firm_logo: Path | None = None
    client_logo: Path | None = None
    primary_color: str = "#1d3557"
    accent_color: str = "#e07a2f"
    footer_text: str | None = Field(default=None, max_length=200)
    hide_sections: list[Literal[SECTIONS]] = []  # type: ignore[valid-type]
    # filled by load_brand: the logos as data: URIs, never paths
    firm_logo_uri: str | None = None
    client_logo_uri: str | None = None

    @field_validator("primary_color", "accent_color")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not HEX.match(value.strip()):
            raise ValueError(f"{value!r} is not a colour; write it as #RRGGBB (e.g. #1d3557)")
        return value.strip()


def logo_data_uri(path: Path, key: str) -> str:
    """Read, check and inline one logo."""
    from strategy_wizard.base.files import FileRefused, read_bytes

    try:
        data = read_bytes(path, MAX_LOGO_BYTES)  # regular files only, capped, never blocks
    except FileRefused as exc:
        raise BrandError(f"{key}: {path}: {exc}") from None
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        mime = "image/png"
    elif data.startswith(b"\xff\xd8\xff"):
        mime = "image/jpeg"
    elif b"<svg" in data[:2000]:
        text = data.decode("utf-8", errors="replace")
        if _SVG_DANGER.search(text):
            raise BrandError(
                f"{key}: {path}: this SVG refers to something outside itself "
                "(a link, a script, an external style or an entity); "
                "use a self-contained SVG, a PNG or a JPEG"
            )
        mime = "image/svg+xml"
    else:
        raise BrandError(f"{key}: {path}: not a PNG, JPEG or SVG image")
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def load_brand(path: Path) -> Brand:
    from strategy_wizard.base.yamlio import YamlError, load_yaml_file

    try:
        raw = load_yaml_file(Path(path))
    except YamlError as exc:
        raise BrandError(f"{path}: {exc}") from None
    if not isinstance(raw, dict):
        raise BrandError(f"{path}: a brand file is a mapping of keys to values")
    for key in ("firm_logo_uri", "client_logo_uri"):
        if key in raw:
            raise BrandError(f"{path}: {key}: unknown key")
    try:
        brand = Brand.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise BrandError(f"{path}: refused: {problems}") from None
    base = Path(path).resolve().parent
    updates = {}
    for key in ("firm_logo", "client_logo"):
        logo = getattr(brand, key)
        if logo is not None:
            try:
                updates[f"{key}_uri"] = logo_data_uri(base / logo, key)
            except BrandError as exc:
                raise BrandError(f"{path}: {exc}") from None
    return brand.model_copy(update=updates)
