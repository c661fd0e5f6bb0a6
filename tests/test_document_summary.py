"""The fourth review's summary defects, checked on what a client reads:

- D5: the strategy on one page opened with a network (« Instagram touche votre public… »), then
  the points to settle, and the objective third. Objective first, tools after: the verdict's
  sentence, the objective, what stands in the way, the means (networks kept, time a week), the
  first steps, three KPIs, the budget; in the PDF (page 2, read back with pdftotext, A4 and
  Letter), in the Markdown, and in the wizard's result screen, which shows the Markdown;
- 9b #7: Montréal's page ran onto a third page holding its budget line alone: the page fits one
  page for every persona and example (a long list of points to settle shows its three most
  important, then how many more and on which page);
- D15: answers quoted in another language than the document's: the cover says in which
  language they were written and what to do before a client reads it.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
from functools import cache
from pathlib import Path

import pytest

from strategy_wizard.model.answers import load_answers
from strategy_wizard.model.catalogue import load_catalogue
from strategy_wizard.render import RenderOptions, render
from strategy_wizard.render.html import render_html
from strategy_wizard.render.words import word
from tests.conftest import EXAMPLES, PERSONAS, TODAY, build, persona
from tests.test_document import page_texts, squash

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

READ = [("cabinet-dentaire", "fr"), ("precision-machining", "en")]
OUT = Path(tempfile.mkdtemp(prefix="sw-summary-"))
BLOCKS = (
    "doc_objective",
    "doc_to_fix",
    "doc_kept",
    "doc_first_steps",
    "doc_kpi_short",
    "doc_budget",
)


@cache
def pdf(name: str, lang: str, paper: str) -> Path:
    path = OUT / f"{name}-{lang}-{paper}.pdf"
    path.write_bytes(render(persona(name, lang), "pdf", RenderOptions(paper=paper)))
    return path


def network_words(s) -> list[str]:
    """How the document may name each of the strategy's networks."""
    catalogue = load_catalogue()
    out = [n.name for n in s.networks]
    for n in s.networks:
        in_text = catalogue.network(n.id).in_text
        if in_text:
            out.append(in_text(s.lang))
    return out


def first_network(text: str, s) -> int:
    """Where the text first names a network, as a case-insensitive whole word."""
    found = [
        m.start()
        for w in network_words(s)
        for m in [re.search(r"(?<!\w)" + re.escape(squash(w)) + r"(?!\w)", text, re.I)]
        if m
    ]
    return min(found, default=len(text))


def summary_of(md: str, lang: str) -> str:
    start = md.index(f"## {word('doc_summary', lang)}\n")
    return md[start : md.index("\n## ", start + 1)]


@needs_pdftotext
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize(("name", "lang"), READ)
def test_the_page_opens_on_the_objective_and_names_networks_only_among_the_means(name, lang, paper):
    s = persona(name, lang)
    page = squash(page_texts(pdf(name, lang, paper))[1])
    objective = squash(s.objective.statement)
    # the objective's sentence (it names the networks it goes through) comes right after the
    # verdict, before anything else names a network; what stands in the way names none
    heading = page.index(squash(word("doc_objective", lang)))
    assert first_network(page[:heading], s) == heading, page[:heading]
    assert objective[:60] in page[heading:], "the objective is on the page"
    obstacles = page[page.index(squash(word("doc_to_fix", lang))) :]
    obstacles = obstacles[: obstacles.index(squash(word("doc_kept", lang)))]
    assert first_network(obstacles, s) == len(obstacles), obstacles
    # the blocks in the reading order, all on page 2
    where = [page.find(squash(word(k, lang))) for k in BLOCKS]
    assert -1 not in where and where == sorted(where), dict(zip(BLOCKS, where, strict=True))
    # what stands in the way: the warnings' headlines, before the means (the three most
    # important when there are five or more, review 9b #7)
    fixes = [w.headline for w in s.warnings if w.severity == "critical"]
    fixes += [w.headline for w in s.warnings if w.severity == "warning"]
    for headline in fixes[:3] if len(fixes) > 4 else fixes:
        assert where[1] < page.index(squash(headline)[:40]) < where[2], headline


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(p.stem for p in EXAMPLES.glob("*.yaml")))
def test_the_markdown_summary_has_the_same_order_and_keeps_every_reason(name, lang):
    s = build(load_answers(EXAMPLES / f"{name}.yaml"), TODAY, lang=lang)
    page = summary_of(render(s, "md", RenderOptions()).decode(), lang)
    objective = page.index(f"### {word('doc_objective', lang)}\n")
    kept = page.index(f"### {word('doc_kept', lang)}\n")
    verdict = page.split("\n\n", 2)[1]
    assert verdict.startswith(f"**{word('label_verdict_' + s.verdict, lang)}.**"), verdict
    # nothing between the verdict and the objective; no network named before the means but
    # in the objective's own sentence, which says what it goes through
    assert page.index(verdict) + len(verdict) + 2 == objective
    between = page[objective:kept].replace(s.objective.statement, "")
    between = "\n".join(x for x in between.split("\n") if not x.startswith("> "))  # notes
    assert first_network(between, s) == len(between), between
    # each of the verdict's reasons is said once, in its block
    for reason in s.verdict_reasons:
        assert page.count(reason) == 1, reason
    headings = [page.find(f"### {word(k, lang)}\n") for k in BLOCKS[:-1]]
    shown = [h for h in headings if h != -1]
    assert shown == sorted(shown)


def test_the_main_networks_case_is_said_once_on_the_page():
    """The verdict's reason for the main network and the network's own line said the same fit
    twice once side by side: the lead sentence stays, the line keeps its figures."""
    s = persona("precision-machining", "en")
    page = summary_of(render(s, "md", RenderOptions()).decode(), "en")
    main = next(n for n in s.networks if n.role == "primary")
    assert page.count(f"{main.score}/100") == 1, page
    assert re.search(rf"- \*\*{main.name}\*\* \(Main, [^)]*\)\n", page), page


@needs_pdftotext
def test_the_cover_says_in_which_language_the_answers_were_written_and_what_to_do():
    """D15: « Go from 45 to 90 “couverts vendus par midi en semaine” »: the quotes stay; the cover
    says they are French as written, and how to give a client a document in one language."""
    cover = squash(page_texts(pdf("cabinet-dentaire", "en", "letter"))[0])
    assert "The answers were written in French and are quoted as written" in cover
    assert "Before giving this document to a client, produce it in French" in cover
    assert "translate the answers into English" in cover
    assert "Sources" in cover, "the contents still fit on the cover"
    fr = render(persona("precision-machining", "fr"), "md", RenderOptions()).decode()
    assert "Les réponses ont été rédigées en anglais" in fr
    assert "produisez-le en anglais, ou traduisez d’abord les réponses en français" in fr
    same = render(persona("precision-machining", "en"), "md", RenderOptions()).decode()
    assert "were written in" not in same


def test_the_result_screen_without_a_verdict_drops_the_verdicts_sentence_too():
    """The wizard's result screen shows the Markdown; unfinished, it said « not judged » and
    still opened the summary on « Adjust. You can start once… » (and lost its heading)."""
    from strategy_wizard.tui.screens.result import without_verdict

    s = persona("cabinet-dentaire", "en")
    md = render(s, "md", RenderOptions()).decode()
    shown = without_verdict(md, ["objective"], "en")
    assert f"## {word('doc_summary', 'en')}\n\n### {word('doc_objective', 'en')}\n" in shown
    assert s.verdict_text not in shown and "**Verdict**" not in shown
    assert "Strategy not judged yet." in shown


ANSWERS = sorted(PERSONAS.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))


def cover_and_summary(html: str) -> str:
    """The document cut after its one-page summary: the same two pages, laid out in a fraction
    of the whole document's time."""
    end = html.index("</section>", html.index('<section class="summary"')) + len("</section>")
    return html[:end] + "\n</body>\n</html>"


def summary_pages(path: Path, lang: str, paper: str) -> int:
    from pypdf import PdfReader

    from strategy_wizard.render.pdf import html_to_pdf

    s = build(load_answers(path), TODAY, lang=lang)
    html = render_html(s, RenderOptions(paper=paper), inline_assets=False)
    return len(PdfReader(io.BytesIO(html_to_pdf(cover_and_summary(html)))).pages) - 1


# Letter is the shorter page (279.4 mm against 297): every answers file on it, in French and
# English by turns, and both languages on A4 for the two with most points to settle and four
# channels kept (review 9b #7; all 136 files × languages × papers fitted when this was written)
@pytest.mark.parametrize(
    ("path", "lang", "paper"),
    [
        pytest.param(p, ("fr", "en")[i % 2], "letter", id=f"{p.stem}-{('fr', 'en')[i % 2]}")
        for i, p in enumerate(ANSWERS)
    ]
    + [
        pytest.param(PERSONAS / f"{name}.yaml", lang, "a4", id=f"{name}-{lang}-a4")
        for name in ("ecole-francisation-montreal", "collectif-velo-liege")
        for lang in ("fr", "en")
    ],
)
def test_the_strategy_on_one_page_is_one_page(path, lang, paper):
    assert summary_pages(path, lang, paper) == 1


@needs_pdftotext
def test_a_long_list_of_points_to_settle_names_three_and_the_page_of_the_rest():
    """Montréal has six points to settle: the three most important, then « + 3 autres points »
    and the page where the section is, in the whole document."""
    s = persona("ecole-francisation-montreal", "fr")
    fixes = [w.headline for w in s.warnings if w.severity in ("warning", "critical")]
    assert len(fixes) == 6
    pages = page_texts(pdf("ecole-francisation-montreal", "fr", "a4"))
    summary = squash(pages[1])
    assert all(squash(f)[:40] in summary for f in fixes[:3])
    assert not any(squash(f)[:40] in summary for f in fixes[3:])
    more = re.search(r"\+ 3 autres points, détaillés dans « Points à régler », p\. (\d+)", summary)
    assert more, summary
    target = int(more.group(1)) - 1
    assert squash(word("doc_warnings", "fr")) in squash(pages[target]).split(" Page ")[0][:400]
    assert all(squash(f)[:40] in squash(" ".join(pages[target:])) for f in fixes[3:])
    # the Markdown says it too, its « + » not read as a list
    md = render(s, "md", RenderOptions()).decode()
    lines = [squash(x) for x in md.splitlines()]
    assert "\\+ 3 autres points, détaillés dans « Points à régler »" in lines
