"""Reading PDFs back the way a person reads them: text with hyphenation and spacing undone."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


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


def overprinted_words(
    path: Path, tolerance: float = 1.5, skip_pages: int = 1
) -> list[tuple[int, str, str]]:
    """Pairs of words drawn over each other (page number, word, word), as pdftotext places them:
    text run out of its table cell over the next column's. Two boxes count when they share more
    than `tolerance` points both across and down. The first `skip_pages` (the cover) are not
    checked."""
    import xml.etree.ElementTree as ET

    xml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml)
    tag = "{http://www.w3.org/1999/xhtml}"
    found = []
    for number, page in enumerate(ET.fromstring(xml).iter(f"{tag}page"), 1):
        if number <= skip_pages:
            continue
        boxes = sorted(
            (
                float(w.get("xMin", 0)),
                float(w.get("xMax", 0)),
                float(w.get("yMin", 0)),
                float(w.get("yMax", 0)),
                w.text or "",
            )
            for w in page.iter(f"{tag}word")
        )
        for i, (x0, x1, y0, y1, text) in enumerate(boxes):
            for u0, u1, v0, v1, other in boxes[i + 1 :]:
                if u0 > x1 - tolerance:
                    break  # sorted by left edge: no later box reaches back over this one
                across = min(x1, u1) - max(x0, u0)
                down = min(y1, v1) - max(y0, v0)
                if across > tolerance and down > tolerance:
                    found.append((number, text, other))
    return found
