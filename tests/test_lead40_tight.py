"""A document over its pages sheds what explains before the ideas the client posts from (review
28: RFC's 3-hours-a-week document printed its month as bare slots — « Publier Les questions de
votre public · photos » — while the tools' reasons and a half-blank page stayed): the tools keep
their tool without its reason, the points to fix run in two balanced columns, the phases and the
escalation lists may run over a page; the calendar keeps its ideas and the document its pages."""

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import PERSONAS

BARE = re.compile(
    r"Publier (Les questions de votre public|Votre offre, preuves à l’appui) · \w+\s*$"
)


def test_rfc_keeps_its_post_ideas_within_its_pages(tmp_path: Path):
    out = tmp_path / "rfc.pdf"
    args = ["render", str(PERSONAS / "rfc-val-hoyoux-jeunes.yaml"), "-o", str(out)]
    subprocess.run([sys.executable, "-m", "strategy_wizard", *args], check=True)
    pages = [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, 11)
    ]
    text = "".join(pages)
    assert "Votre enfant n’a jamais joué" in text.split("Les quatre premières semaines", 1)[1]
    bare = [line for line in text.splitlines() if BARE.search(line)]
    assert not bare, bare
    # 3 h a week: at most 8 pages before the appendix and 10 in all
    opens = next(n for n, page in enumerate(pages, 1) if re.search(r"^\s*Annexe\s*$", page, re.M))
    assert opens <= 9 and len([p for p in pages if p.strip()]) <= 10
