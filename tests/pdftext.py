"""Reading PDFs back the way a person reads them: text with hyphenation and spacing undone."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def pdf_text(path: Path) -> str:
    """All the text of a PDF (pdftotext when present, else pypdf), normalised for searching."""
    try:
        raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                             capture_output=True, text=True).stdout
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
