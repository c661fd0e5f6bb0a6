"""PDF through WeasyPrint, imported only here, only when a PDF is asked for.

The URL fetcher is locked (see fetcher.py). Font configuration is created once per process and
reused, since the wizard, batch renders and the server produce many documents.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from strategy_wizard.render import FormatUnavailable

if TYPE_CHECKING:
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions

# Measured in bench/bench_pdf.py: tagging costs little, so screen readers get a tagged PDF.
PDF_OPTIONS: dict[str, Any] = {"pdf_tags": True, "optimize_images": False, "full_fonts": False}
# What WeasyPrint is given, bounded: it lays out some 100 kB of HTML a second (the shipped
# document is about 50 kB, its images aside), its parser slows down with the square of the
# nesting, and its layout recurses once per level (some 120 levels is its limit).
MAX_PDF_TEXT = 2_000_000  # characters of HTML, data: URIs (the logos) left aside
MAX_PDF_DEPTH = 1000  # elements open inside each other, as a quick count sees them
# A consultant's templates can still ask for thousands of pages in little HTML (a page break
# on each of 5,000 short lines takes WeasyPrint three minutes): their layout gets this long.
# STRATEGY_WIZARD_PDF_SECONDS changes it (a slow machine, the tests).
MAX_PDF_SECONDS = 120.0

_DATA_URI = re.compile(r"data:[^\s\"')]*")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr", "p", "li", "td", "th", "tr", "dt", "dd", "option", "tbody", "thead",
     "tfoot", "colgroup", "html", "head", "body"}
)  # fmt: skip  # no end tag, or an end tag the parser may imply: not counted


class DocumentTooBig(Exception):
    """The HTML is more than WeasyPrint should be given; the message says how much."""


def check_size(html: str) -> None:
    """Refuse an HTML document too long or nested too deep to become a PDF in reasonable
    time (a consultant's templates can make one); `DocumentTooBig` says which."""
    text = len(html) - sum(len(m) for m in _DATA_URI.findall(html))
    if text > MAX_PDF_TEXT:
        raise DocumentTooBig(
            f"the document is {text:,} characters of HTML (its images aside); a PDF is made "
            f"of at most {MAX_PDF_TEXT:,}"
        )
    depth = 0
    for match in _TAG.finditer(html):
        closing, name, selfclosing = match.groups()
        if name.lower() in _VOID or selfclosing:
            continue
        depth += -1 if closing else 1
        if depth > MAX_PDF_DEPTH:
            raise DocumentTooBig(
                f"the document nests its elements more than {MAX_PDF_DEPTH:,} deep"
            )


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


@contextlib.contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """`DocumentTooBig` raised in the layout once `seconds` have passed: a timer signal, so
    only in the main thread (the command line's; a batch's workers are processes)."""
    usable = (
        seconds is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable or seconds is None:
        yield
        return

    def stop(_signum: int, _frame: object) -> None:
        raise DocumentTooBig(f"laying the document out took more than {seconds:.0f} seconds")

    previous = signal.signal(signal.SIGALRM, stop)
    # then again every half second: WeasyPrint may swallow one in an `except Exception`
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def layout_seconds() -> float:
    try:
        return max(1.0, float(os.environ.get("STRATEGY_WIZARD_PDF_SECONDS", MAX_PDF_SECONDS)))
    except ValueError:
        return MAX_PDF_SECONDS


def html_to_pdf(html: str, roots: list[Path] | None = None, bounded: bool = False) -> bytes:
    """Any of our HTML documents as PDF bytes, with the locked fetcher. `DocumentTooBig` for
    one WeasyPrint cannot lay out (too long, or nested too deep for its recursion) or, when
    `bounded` (a consultant's templates), one whose layout takes too long."""
    return _write(_layout(html, roots, bounded))


def _layout(html: str, roots: list[Path] | None = None, bounded: bool = False) -> Any:
    """The HTML laid out in pages (a WeasyPrint Document), not yet written."""
    from strategy_wizard.render.fetcher import make_fetcher
    from strategy_wizard.render.html import ASSETS

    weasyprint = _weasyprint()
    check_size(html)
    allowed = [ASSETS, *(roots or [])]
    document = weasyprint.HTML(
        string=html, base_url=ASSETS.as_uri() + "/", url_fetcher=make_fetcher(allowed)
    )
    try:
        with _deadline(layout_seconds() if bounded else None):
            return document.render(font_config=_font_config(), **PDF_OPTIONS)
    except RecursionError:
        raise DocumentTooBig("the document nests its elements too deep to be laid out") from None


def _write(laid_out: Any) -> bytes:
    try:
        pdf: bytes = laid_out.write_pdf(**PDF_OPTIONS)
    except RecursionError:
        raise DocumentTooBig("the document nests its elements too deep to be laid out") from None
    return pdf


# The document's length (issue 13 #9): for 5 hours a week or fewer, at most 8 pages before the
# appendix and 10 in all; otherwise at most 11 and 14.
SHORT_HOURS, SHORT_PAGES, PAGES = 5, (8, 10), (11, 14)
# the calendar's weeks printed with their ideas, tried in turn until the document fits its
# pages: every week, else the most of the first three, two, one (the later ones as slots)
TOP_PX = 12 / 25.4 * 96 + 30  # an appendix heading this near the page's top opens the page


def fits(laid_out: Any, limits: tuple[int, int]) -> bool:
    """Whether a laid-out document keeps to its pages before the appendix and in all."""
    body_max, total_max = limits
    pages = laid_out.pages
    if len(pages) > total_max:
        return False
    for number, page in enumerate(pages):
        if "appendix" in page.anchors:
            body = number if page.anchors["appendix"][1] < TOP_PX else number + 1
            return bool(body <= body_max)
    return len(pages) <= body_max


def _fitted(strategy: Strategy, options: RenderOptions) -> bytes:
    """The shipped document with as many of the calendar's ideas as its page limits leave room
    for (review 24, #2: a rule of thumb on the ideas' length dropped Saltbush's ideas past week 1
    in a document of 11 pages out of 14): every idea when it fits, else the ideas of the first
    three weeks, two, one, none whole, the later weeks' ideas cut to their first words (review
    26, #1: Cire printed 28 of her 37 posts with no idea); the slots alone, the named days'
    ideas kept, only when even that runs past the limit."""
    from strategy_wizard.render.html import render_html
    from strategy_wizard.render.view import ALL_WEEKS

    limits = SHORT_PAGES if strategy.budget.hours_per_week <= SHORT_HOURS else PAGES
    layouts: dict[str, Any] = {}  # by HTML: a calendar of fewer weeks is the same document

    def laid(whole: int | None, brief: bool = True, tight: bool = False) -> Any:
        weeks = ALL_WEEKS if whole is None else whole
        html = render_html(strategy, options, False, weeks, brief, tight)
        if html not in layouts:
            layouts[html] = _layout(html)
        return layouts[html]

    # every idea when it fits (most documents: one layout); else a halving search over the
    # weeks, the middle first, so that a long document is laid out three times, not four
    if fits(laid(None), limits):
        return _write(laid(None))
    if fits(laid(2), limits):
        return _write(laid(3) if fits(laid(3), limits) else laid(2))
    for whole in (1, 0):
        if fits(laid(whole), limits):
            return _write(laid(whole))
    # what explains gives way before the ideas the client posts from (review 28: RFC's month
    # printed as bare slots while the tools' reasons stayed)
    for whole in (2, 1, 0):
        if fits(laid(whole, True, True), limits):
            return _write(laid(whole, True, True))
    # a month of many long posts: the slots alone
    for tight in (False, True):
        if fits(laid(1, False, tight), limits):
            return _write(laid(1, False, tight))
    return _write(laid(0, False, True))


def render(strategy: Strategy, options: RenderOptions) -> bytes:
    from strategy_wizard.render.html import render_html
    from strategy_wizard.render.templating import ShippedTemplateError, UserTemplateError

    _weasyprint()
    try:
        if options.template_dir is None:
            return _fitted(strategy, options)
        # a consultant's templates: laid out once, the calendar as long as its rule of thumb
        # allows (their pages are theirs to count)
        html = render_html(strategy, options, inline_assets=False)
        return html_to_pdf(html, [options.template_dir.resolve()], bounded=True)
    except DocumentTooBig as exc:
        if options.template_dir is not None:
            raise UserTemplateError(str(options.template_dir), f"{exc} (as a PDF)") from None
        raise ShippedTemplateError("templates/document.html.j2", str(exc)) from None
