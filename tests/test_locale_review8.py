"""Review 8: a US document reads American (a #7), the budget says it is in euros wherever the
euro is not the country's money (b #8), and no section heading is left alone at a page's foot
(a #9)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import pytest

from strategy_wizard.render import RenderOptions, render
from strategy_wizard.render.words import word
from tests.conftest import persona, persona_with

BRITISH = re.compile(r"\b(organisation|colours?|centred|catalogue|programme|behaviour)\b", re.I)
OUT = Path(tempfile.mkdtemp(prefix="sw-review8-"))


@cache
def md(name: str, lang: str, **changes: str) -> str:
    s = persona_with(name, lang, **changes) if changes else persona(name, lang)
    return render(s, "md", RenderOptions()).decode()


def test_a_us_document_spells_dates_and_times_as_americans_do():
    text = md("harvest-lane-markets", "en")
    assert "organization" in text and not BRITISH.search(text), BRITISH.findall(text)
    assert re.search(r"\*\*Mon, Jan 4, 10:00\u00a0AM\*\*", text)  # calendar: month first, 12 h
    assert re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, 20\d\d", text)
    assert not re.search(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun) 20\d\d\b", text)
    assert not re.search(r"\b(1[3-9]|2[0-3]):\d\d\b", text)  # no 24-hour times


def test_the_persons_own_words_and_links_keep_their_spelling():
    from strategy_wizard.base.locale import locale_for

    us = locale_for("en", "US")
    said = us.respell("Our Organisation's colours: “the colour of home” at https://x.org/colour")
    assert said == "Our Organization's colors: “the colour of home” at https://x.org/colour"
    assert locale_for("en", "GB").respell("organisation") == "organisation"


@pytest.mark.parametrize("country", ["GB", "IE", "AU"])
def test_british_and_commonwealth_documents_stay_british(country):
    text = md("harvest-lane-markets", "en", country=country)
    assert "organisation" in text and "organization" not in text
    assert re.search(r"\*\*Mon 4 Jan, 10:00\*\*", text)


def test_french_is_unchanged_for_a_us_or_canadian_document():
    for country in ("US", "CA"):
        text = md("harvest-lane-markets", "fr", country=country)
        assert re.search(r"\*\*lun\. 4 janv\., 10\u00a0h\*\*", text), country
        assert not re.search(r"\d[\s\u00a0][AP]M\b", text)


def test_the_budget_says_it_is_in_the_persons_own_money_for_a_country_the_list_does_not_name():
    # review 11a, #5: the budget is asked in one's own currency, never in euros; a country the
    # list does not name has no known currency, and the note says so
    assert "Amounts in your own currency" in md("brightpath-singapore", "en")
    assert "Amounts in" not in md("cork-estate-agent", "en")  # Ireland pays in euros


def page_size(data: bytes) -> tuple[float, float]:
    from io import BytesIO

    from pypdf import PdfReader

    box = PdfReader(BytesIO(data)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.mark.parametrize(
    ("country", "size"), [("US", (612, 792)), ("CA", (612, 792)), ("GB", (595, 842))]
)
def test_paper_defaults_to_the_countrys(country, size):
    s = persona_with("harvest-lane-markets", "en", country=country)
    assert page_size(render(s, "pdf", RenderOptions())) == size
    assert page_size(render(s, "pdf", RenderOptions(paper="a4"))) == (595, 842)


@cache
def pages(name: str, lang: str, paper: str) -> list[str]:
    path = OUT / f"{name}-{lang}-{paper}.pdf"
    path.write_bytes(render(persona(name, lang), "pdf", RenderOptions(paper=paper)))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")


SECTIONS = ("doc_kpis", "doc_governance", "doc_budget", "doc_plan", "doc_relays", "doc_audit")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize(
    ("name", "lang"), [("coach-finances-geneve", "fr"), ("harvest-lane-markets", "en")]
)
def test_no_section_heading_is_left_at_a_pages_foot(name, lang, paper):
    headings = {" ".join(word(k, lang).split()) for k in SECTIONS}
    for number, page in enumerate(pages(name, lang, paper)[1:-1], 2):  # the cover lists them
        lines = [" ".join(x.split()) for x in page.splitlines() if x.strip()]
        foot = lines[-4:]
        stranded = [h for h in headings if h in foot]
        assert not stranded, f"page {number} ends on {stranded}: {foot}"
