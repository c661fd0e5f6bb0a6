"""PDF through WeasyPrint, imported only here, only when a PDF is asked for.

The URL fetcher is locked (see fetcher.py). Font configuration is created once per process and
reused, since the wizard, batch renders and the server produce many documents.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from strategy_wizard.render import FormatUnavailable

if TYPE_CHECKING:
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions

# Measured in bench/bench_pdf.py: tagging costs little, so screen readers get a tagged PDF.
PDF_OPTIONS: dict[str, Any] = {"pdf_tags": True, "optimize_images": False, "full_fonts": False}


def _weasyprint() -> Any:
    try:
        import weasyprint
    except (OSError, ImportError) as exc:  # Pango or its friends missing
        raise FormatUnavailable(
            f"cannot make a PDF here: WeasyPrint could not load ({str(exc).splitlines()[0]}); "
            "install Pango, or use --format html and print that from a browser"
        ) from None
    return weasyprint


@cache
def _font_config() -> Any:
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def html_to_pdf(html: str, roots: list[Path] | None = None) -> bytes:
    """Any of our HTML documents as PDF bytes, with the locked fetcher."""
    from strategy_wizard.render.fetcher import make_fetcher
    from strategy_wizard.render.html import ASSETS

    weasyprint = _weasyprint()
    allowed = [ASSETS, *(roots or [])]
    document = weasyprint.HTML(
        string=html, base_url=ASSETS.as_uri() + "/", url_fetcher=make_fetcher(allowed)
    )
    pdf: bytes = document.write_pdf(font_config=_font_config(), **PDF_OPTIONS)
    return pdf


def render(strategy: Strategy, options: RenderOptions) -> bytes:
    from strategy_wizard.render.html import render_html

    _weasyprint()
    html = render_html(strategy, options, inline_assets=False)
    roots = [options.template_dir.resolve()] if options.template_dir else []
    return html_to_pdf(html, roots)
