"""HTML: the consultant's document as one self-contained file, and the source of the PDF.

Jinja2 with autoescape everywhere: every answer and every note is user text. Every template —
the package's and a consultant's `--template-dir`, searched first so that overriding one partial
is enough — is rendered in render/templating.py's sandbox, on plain data only.
"""

from __future__ import annotations

import base64
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from strategy_wizard.base.resources import PACKAGE_DIR, resource_dir

if TYPE_CHECKING:
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions
    from strategy_wizard.render.templating import PlainSandbox

ASSETS = PACKAGE_DIR / "assets"
FONTS = {
    ("normal", "normal"): "DejaVuSansCondensed.ttf",
    ("bold", "normal"): "DejaVuSansCondensed-Bold.ttf",
    ("normal", "italic"): "DejaVuSansCondensed-Oblique.ttf",
    ("bold", "italic"): "DejaVuSansCondensed-BoldOblique.ttf",
}


@cache
def _sandbox(template_dir: Path | None) -> tuple[PlainSandbox, list[Path]]:
    """One sandbox per template folder, kept for the process (the wizard and batch renders
    reuse it), and the folders it reads."""
    from strategy_wizard.render.templating import environment

    folders = [template_dir.resolve()] if template_dir is not None else []
    folders.append(resource_dir("templates").resolve())
    return environment(folders), folders


def render_named(name: str, data: dict[str, Any], template_dir: Path | None = None) -> str:
    """The template `name` rendered with the plain `data`, `template_dir` searched first:
    a failure is a `UserTemplateError` (exit 2) when a template folder was given, else a
    `ShippedTemplateError` (the tool's data is broken)."""
    from strategy_wizard.render.templating import render_template

    env, folders = _sandbox(template_dir)
    return render_template(env, name, data, user=template_dir is not None, roots=folders)


@cache
def _font_data_uri(name: str) -> str:
    data = (ASSETS / "fonts" / name).read_bytes()
    return "data:font/ttf;base64," + base64.b64encode(data).decode("ascii")


def font_faces(inline: bool) -> list[dict[str, str]]:
    return [
        {"weight": w, "style": s, "src": _font_data_uri(f) if inline else f"fonts/{f}"}
        for (w, s), f in FONTS.items()
    ]


def context(
    strategy: Strategy,
    options: RenderOptions,
    inline_assets: bool,
    whole_weeks: int | None = None,
    brief: bool = True,
    tight: bool = False,
) -> dict[str, Any]:
    """What a template sees: the document's view (plain data, render/view.py: dicts, lists,
    text, numbers — render/templating.py refuses anything else), the brand's safe fields, the
    paper, the fonts and the charts drawn. Words, numbers and dates are formatted by the
    sandbox's helpers (t, num, pct, money, date, network_name, colon) in `lang`."""
    from strategy_wizard.render.brand import Brand
    from strategy_wizard.render.charts import network_bars, pillar_bar
    from strategy_wizard.render.view import build_view
    from strategy_wizard.render.words import word

    lang = strategy.lang
    brand = options.brand if isinstance(options.brand, Brand) else Brand()
    view = build_view(strategy, set(brand.hide_sections), whole_weeks, brief, tight)

    def t(key: str, **fields: object) -> str:
        return word(key, lang, **fields)

    return {
        "v": view,
        "s": strategy.model_dump(mode="json"),  # the whole strategy, for a consultant's partials
        "lang": lang,
        "country": strategy.country,  # its way with the language (US spelling), as text
        "currency": strategy.currency,  # the money its amounts are in (money())
        "brand": brand.plain(),
        "paper": "A4" if paper_of(strategy, options) == "a4" else "letter",
        "fonts": font_faces(inline_assets),
        "network_chart": network_bars(
            view["networks"]["chart"], brand.primary_color, brand.accent_color, t("doc_chart_alt")
        ),
        "pillar_chart": pillar_bar(
            view["editorial"]["pillars"], brand.primary_color, brand.accent_color
        ),
    }


def paper_of(strategy: Strategy, options: RenderOptions) -> str:
    """The paper asked for, else the country's: US Letter in the United States and Canada
    (review 8, #7), A4 elsewhere."""
    from strategy_wizard.base.locale import letter_paper

    if options.paper:
        return options.paper
    return "letter" if letter_paper(strategy.country) else "a4"


def render_html(
    strategy: Strategy,
    options: RenderOptions,
    inline_assets: bool,
    whole_weeks: int | None = None,
    brief: bool = True,
    tight: bool = False,
) -> str:
    return render_named(
        "document.html.j2",
        context(strategy, options, inline_assets, whole_weeks, brief, tight),
        options.template_dir,
    )


def render(strategy: Strategy, options: RenderOptions) -> bytes:
    return render_html(strategy, options, inline_assets=True).encode("utf-8")
