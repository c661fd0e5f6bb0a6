"""HTML: the consultant's document as one self-contained file, and the source of the PDF.

Jinja2 with autoescape everywhere: every answer and every note is user text. A consultant's
`--template-dir` is rendered in Jinja2's sandbox and searched before the package's templates,
so overriding one partial is enough.
"""

from __future__ import annotations

import base64
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from strategy_wizard.base.locale import colon
from strategy_wizard.base.resources import PACKAGE_DIR, resource_dir

if TYPE_CHECKING:
    import jinja2

    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions

ASSETS = PACKAGE_DIR / "assets"
FONTS = {
    ("normal", "normal"): "DejaVuSansCondensed.ttf",
    ("bold", "normal"): "DejaVuSansCondensed-Bold.ttf",
    ("normal", "italic"): "DejaVuSansCondensed-Oblique.ttf",
    ("bold", "italic"): "DejaVuSansCondensed-BoldOblique.ttf",
}


@cache
def environment(template_dir: Path | None) -> jinja2.Environment:
    """One environment per template folder, kept for the process (the wizard and batch
    renders reuse it)."""
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    package = jinja2.FileSystemLoader(str(resource_dir("templates")))
    env: jinja2.Environment
    if template_dir is None:
        env = jinja2.Environment(
            loader=package, autoescape=True, trim_blocks=True, lstrip_blocks=True
        )
    else:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(template_dir)), package])
        env = SandboxedEnvironment(
            loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True
        )
    env.globals["colon"] = colon  # a label's colon, as each language writes it
    return env


@cache
def _font_data_uri(name: str) -> str:
    data = (ASSETS / "fonts" / name).read_bytes()
    return "data:font/ttf;base64," + base64.b64encode(data).decode("ascii")


def font_faces(inline: bool) -> list[dict[str, str]]:
    return [
        {"weight": w, "style": s, "src": _font_data_uri(f) if inline else f"fonts/{f}"}
        for (w, s), f in FONTS.items()
    ]


def context(strategy: Strategy, options: RenderOptions, inline_assets: bool) -> dict[str, Any]:
    """What a template sees: the document's view (plain data, render/view.py), the brand's
    fields, the paper, the fonts, the charts drawn, and two helpers for words."""
    from strategy_wizard.render.brand import Brand
    from strategy_wizard.render.charts import network_bars, pillar_bar
    from strategy_wizard.render.view import build_view
    from strategy_wizard.render.words import word

    lang = strategy.lang
    brand = options.brand if isinstance(options.brand, Brand) else Brand()
    view = build_view(strategy, set(brand.hide_sections))

    def t(key: str, **fields: object) -> str:
        return word(key, lang, **fields)

    return {
        "v": view,
        "t": t,
        "colon": colon,
        "brand": {
            "firm_name": brand.firm_name,
            "consultant_name": brand.consultant_name,
            "consultant_contact": brand.consultant_contact,
            "primary_color": brand.primary_color,
            "accent_color": brand.accent_color,
            "footer_css": brand.footer_css,
            "firm_logo_uri": brand.firm_logo_uri,
            "client_logo_uri": brand.client_logo_uri,
        },
        "paper": "A4" if options.paper == "a4" else "letter",
        "fonts": font_faces(inline_assets),
        "network_chart": network_bars(
            view["networks"]["chart"], brand.primary_color, brand.accent_color, t("doc_chart_alt")
        ),
        "pillar_chart": pillar_bar(
            view["editorial"]["pillars"], brand.primary_color, brand.accent_color
        ),
    }


def render_html(strategy: Strategy, options: RenderOptions, inline_assets: bool) -> str:
    env = environment(options.template_dir.resolve() if options.template_dir else None)
    return env.get_template("document.html.j2").render(**context(strategy, options, inline_assets))


def render(strategy: Strategy, options: RenderOptions) -> bytes:
    return render_html(strategy, options, inline_assets=True).encode("utf-8")
