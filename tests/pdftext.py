"""Reading PDFs back the way a person reads them: text with hyphenation and spacing undone."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any


def pdf_text(path: Path) -> str:
    """All the text of a PDF (pdftotext when present, else pypdf), normalised for searching."""
    try:
        raw = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (FileNotFoundError, subprocess.CalledProcessError):
        from pypdf import PdfReader

        raw = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return normalise(raw)


BBOX_NS = "{http://www.w3.org/1999/xhtml}"  # pdftotext's -bbox output is XHTML


def bbox_pages(path: Path, layout: bool = False) -> list[Any]:
    """The PDF's pages as pdftotext places its words (`-bbox`; `-bbox-layout` adds blocks and
    lines), as XML elements: where each word is drawn."""
    import xml.etree.ElementTree as ET

    flag = "-bbox-layout" if layout else "-bbox"
    xml = subprocess.run(
        ["pdftotext", flag, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml)
    return list(ET.fromstring(xml).iter(f"{BBOX_NS}page"))


def normalise(text: str) -> str:
    text = text.replace("\u00ad", "").replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"[-\u2010]\n(?=\w)", "", text)  # words hyphenated at a line end
    return re.sub(r"\s+", " ", text)


def contains(haystack: str, needle: str, prefix: int = 60) -> bool:
    """Whether the start of `needle` (normalised) appears in `haystack`."""
    return normalise(needle)[:prefix] in haystack


def words_past_the_margins(
    path: Path, margin_pt: float, tolerance: float = 1.0, skip_pages: int = 1
) -> list[tuple[int, str, float]]:
    """Words whose box crosses the left or right page margin (page number, word, how far), as
    pdftotext places them: text that overflows its cell or box, even when it is drawn white on
    white and so invisible on the page. The first `skip_pages` (the full-bleed cover) are not
    checked."""
    import xml.etree.ElementTree as ET

    xml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml)
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    past = []
    for number, page in enumerate(ET.fromstring(xml).iter("{http://www.w3.org/1999/xhtml}page"), 1):
        if number <= skip_pages:
            continue
        right = float(page.get("width", 0)) - margin_pt
        for word in page.findall("x:word", ns):
            x_min, x_max = float(word.get("xMin", 0)), float(word.get("xMax", 0))
            over = max(margin_pt - x_min, x_max - right)
            if over > tolerance:
                past.append((number, word.text or "", round(over, 1)))
    return past


def words_on_pages(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words with their boxes (left, top, right, bottom, text)."""
    return [
        [
            (
                float(w.get("xMin", 0)),
                float(w.get("yMin", 0)),
                float(w.get("xMax", 0)),
                float(w.get("yMax", 0)),
                w.text or "",
            )
            for w in page.iter(f"{BBOX_NS}word")
        ]
        for page in bbox_pages(path)
    ]


def overlapping_words(path: Path) -> list[tuple[int, str, str]]:
    """Pairs of words drawn over each other (page, word, word): text overflowing its cell."""
    found = []
    for number, words in enumerate(words_on_pages(path), 1):
        words.sort()
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                if b[0] >= a[2] - 0.5:
                    break  # sorted by left edge: nothing further can overlap a
                height = min(a[3], b[3]) - max(a[1], b[1])
                if height > 0.5 * min(a[3] - a[1], b[3] - b[1]) and min(a[2], b[2]) - b[0] > 1:
                    found.append((number, a[4], b[4]))
    return found
