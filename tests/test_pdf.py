"""Real PDFs, rendered by WeasyPrint and read back as a client would read them."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from strategy_wizard.model.answers import load_answers
from strategy_wizard.render import RenderOptions, render
from strategy_wizard.render.words import word
from tests.conftest import EXAMPLES, TODAY, build, run_cli
from tests.pdftext import contains, overlapping_words, pdf_text, words_past_the_margins

ALL = sorted(p.stem for p in EXAMPLES.glob("*.yaml"))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, tuple[Path, object]]:
    out = tmp_path_factory.mktemp("pdfs")
    result = {}
    for name in ALL:
        answers = load_answers(EXAMPLES / f"{name}.yaml")
        strategy = build(answers, TODAY)
        path = out / f"{name}.pdf"
        path.write_bytes(render(strategy, "pdf", RenderOptions()))
        result[name] = (path, strategy)
    return result


@pytest.mark.parametrize("name", ALL)
def test_every_example_renders_a_readable_document(pdfs, name):
    path, s = pdfs[name]
    reader = PdfReader(path)
    assert 5 <= len(reader.pages) <= 14
    cover = reader.pages[0].extract_text()
    assert s.org_name.split()[0] in cover
    text = pdf_text(path)
    label = word(f"label_verdict_{s.verdict}", s.lang)
    assert contains(text, label)
    assert contains(text, s.verdict_text)
    # the verdict in bold, then the reasons: not the same words twice ("Allez-y. Allez-y ; …")
    assert not s.verdict_text.lower().startswith(label.lower()[:6])
    for n in s.active_networks():
        assert n.name in text
    for w in s.warnings:
        assert contains(text, w.message), w.id
        assert contains(text, w.advice), w.id
    # the sources listed are those the document cites, numbered in the order first cited
    from strategy_wizard.render.view import build_view

    listed = build_view(s)["sources"]
    for src in listed:
        assert contains(text, src["publisher"]), src
    # the order of first citation is read in the HTML of the same document (the page's reading
    # order): pdftotext may set a reference that wrapped alone in its cell after the next rows
    html = render(s, "html", RenderOptions()).decode()
    page = re.sub(r"<[^>]+>", "", html.partition("<body")[2])
    body = page.rpartition(word("doc_sources", s.lang))[0]
    first_cited: list[int] = []
    for group in re.findall(r"\[(\d+(?:, \d+)*)\]", body):
        for n in map(int, group.split(", ")):
            if n not in first_cited:
                first_cited.append(n)
    assert first_cited == list(range(1, len(listed) + 1)), first_cited
    cited = {f for n in s.networks for r in n.reasons for f in r.facts}
    assert not [f for f in cited if f in text], "reasons cite numbers, not internal fact ids"
    meta = reader.metadata
    assert s.org_name in meta.title
    assert reader.trailer["/Root"]["/Lang"] == s.lang


def test_bookmarks_follow_the_sections(pdfs):
    path, s = pdfs["boulangerie-locale"]
    top = [item.title for item in PdfReader(path).outline if not isinstance(item, list)]
    titles = top
    for key in ("doc_summary", "doc_networks", "doc_editorial", "doc_plan", "doc_sources"):
        assert word(key, "fr") in titles
    assert s.org_name not in top, "sections are the top-level bookmarks"


def test_table_of_contents_has_page_numbers(pdfs):
    """The contents are on the cover, each entry with the page its section starts on."""
    path, _ = pdfs["industrial-valves-b2b"]
    toc = PdfReader(path).pages[0].extract_text()
    entries = re.findall(r"^(.+?) (\d+)$", toc.split("Contents", 1)[1], flags=re.MULTILINE)
    pages = {title: n for title, n in entries if not title.startswith("Page ")}
    assert {"The strategy on one page", "The network mix", "Sources"} <= set(pages)
    numbers = [int(n) for n in pages.values()]
    assert numbers == sorted(numbers) and numbers[0] == 2
    reader = PdfReader(path)
    for title, number in pages.items():  # each entry points at the page where it starts
        assert title in reader.pages[int(number) - 1].extract_text(), title


def test_labels_take_each_language_s_colon(pdfs):
    english = pdf_text(pdfs["recruitment-startup"][0])
    assert "Who measures: " in english and "Who measures :" not in english
    assert "Verdict: " in english
    french = pdf_text(pdfs["boulangerie-locale"][0])
    assert "Qui mesure : " in french and "Verdict : " in french


def test_the_objective_recap_reads_as_words_not_data(pdfs):
    """The client's figure target shows under the bank's own labels, never as raw keys."""
    french = pdf_text(pdfs["boulangerie-locale"][0])
    assert "Aujourd’hui : 20 ; Cible : 35" in french
    assert "baseline" not in french and "metric:" not in french
    english = pdf_text(pdfs["recruitment-startup"][0])
    assert "Today: " in english and "baseline" not in english
    assert "(s)" not in french and "(x)" not in french and "(s)" not in english


def test_every_network_set_aside_has_its_line_with_its_role_and_fit(pdfs):
    path, strategy = pdfs["boulangerie-locale"]
    text = pdf_text(path)
    for n in strategy.networks:
        if n.role in ("listen", "avoid"):
            role = word(f"label_role_{n.role}", "fr")
            # (a table header repeated at a page top may be read across the first row)
            # and networks set aside for the same reason share a row, stacked in its cells
            between = r"(?:\S+ ){0,12}?"
            row = rf"{re.escape(n.name)} {between}{re.escape(role)} {between}{n.score} "
            assert re.search(row, text), n.name
            assert not re.search(rf"{re.escape(n.name)} {re.escape(role)} {n.score} 0 ", text)


MARGIN_PT = 12 * 72 / 25.4  # the page's side margins in the stylesheet (12 mm)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_no_word_runs_past_the_page_margins(pdfs, tmp_path):
    """A heading too wide for its column is drawn white on white past the table: invisible on
    the page, lost to the reader. Every example in its language; some in the other one."""
    for name, (path, strategy) in pdfs.items():
        assert words_past_the_margins(path, MARGIN_PT) == [], name
        if name not in ALL[::3]:  # the other language on a few: labels differ, not layouts
            continue
        other = "en" if strategy.lang == "fr" else "fr"
        answers = load_answers(EXAMPLES / f"{name}.yaml", lang=other)
        translated = tmp_path / f"{name}-{other}.pdf"
        translated.write_bytes(
            render(
                build(answers, TODAY, lang=other),
                "pdf",
                RenderOptions(paper="letter"),
            )
        )
        assert words_past_the_margins(translated, MARGIN_PT) == [], (name, other)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
@pytest.mark.parametrize(("lang", "paper"), [("fr", "a4"), ("en", "letter")])
def test_long_seasonal_targets_wrap_inside_their_cell(tmp_path, lang, paper):
    """Review 24 (#6): « 3 sept. 2027 : +24 % sur septembre 2026 » ran out of the targets
    column over the actual column's date lines (« 3 sept. 2027 », « 3 janv. 2028 »)."""
    from tests.conftest import persona

    s = persona("cire-et-chine", lang=lang)
    path = tmp_path / f"cire-{lang}.pdf"
    path.write_bytes(render(s, "pdf", RenderOptions(paper=paper)))
    assert overlapping_words(path) == []
    # every target is there in full, its words in order
    text = pdf_text(path)
    for k in s.kpis:
        for x in k.targets:
            if x.label:
                assert contains(text, x.label), x.label


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf (Debian's qpdf) not installed")
def test_qpdf_finds_the_files_sound(pdfs):
    for name in ALL[:4]:
        check = subprocess.run(
            ["qpdf", "--check", str(pdfs[name][0])], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr


def test_french_and_english_documents_differ_in_language_only(tmp_path):
    fr, en = tmp_path / "fr.pdf", tmp_path / "en.pdf"
    example = str(EXAMPLES / "boulangerie-locale.yaml")
    assert run_cli("render", example, "-o", str(fr), "--today", "2026-11-24").returncode == 0
    assert (
        run_cli(
            "render", example, "-o", str(en), "--lang", "en", "--today", "2026-11-24"
        ).returncode
        == 0
    )
    fr_text, en_text = pdf_text(fr), pdf_text(en)
    assert "Le choix des réseaux" in fr_text and "The network mix" in en_text
    assert "24 novembre 2026" in fr_text and "24 November 2026" in en_text
    assert PdfReader(fr).trailer["/Root"]["/Lang"] == "fr"
    assert PdfReader(en).trailer["/Root"]["/Lang"] == "en"


def test_letter_paper_and_a4(tmp_path):
    example = str(EXAMPLES / "recruitment-startup.yaml")
    letter = tmp_path / "l.pdf"
    assert run_cli("render", example, "-o", str(letter), "--paper", "letter").returncode == 0
    box = PdfReader(letter).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_consultant_notes_sit_beside_their_section(pdfs):
    path, s = pdfs["agency-client-overrides"]
    text = pdf_text(path)
    assert contains(text, s.notes["summary"]) and contains(text, s.notes["budget"])


def test_long_user_text_flows_without_overflow(tmp_path):
    from tests.conftest import answers_from

    long = "Une description très longue du public " * 55
    answers = answers_from(
        audience_description=long[:2000],
        lang="fr",
        topics=[f"Sujet numéro {i} avec un intitulé assez long" for i in range(40)],
        audience_problems=["x" * 290],
    )
    strategy = build(answers, date(2026, 11, 24))
    path = tmp_path / "long.pdf"
    path.write_bytes(render(strategy, "pdf", RenderOptions()))
    text = pdf_text(path)
    assert "Sujet numéro 39" in text
    assert "x" * 60 in text.replace(" ", "")
    assert len(PdfReader(path).pages) <= 40


def test_html_is_one_self_contained_file(tmp_path):
    out = tmp_path / "s.html"
    assert (
        run_cli("render", str(EXAMPLES / "boulangerie-locale.yaml"), "-o", str(out)).returncode == 0
    )
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'lang="fr"' in html
    assert "data:font/ttf;base64," in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html
    assert 'src="fonts/' not in html and "file:" not in html


def test_missing_pango_is_one_clear_line(tmp_path):
    # Stand in for a machine without Pango: the import of WeasyPrint fails the way it does there.
    fake = tmp_path / "fake" / "weasyprint"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "raise OSError(\"cannot load library 'libpango-1.0-0': no such file\")\n"
    )
    result = run_cli(
        "render",
        str(EXAMPLES / "boulangerie-locale.yaml"),
        "-o",
        str(tmp_path / "x.pdf"),
        env={"PYTHONPATH": str(tmp_path / "fake")},
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Pango" in lines[0] and "--format html" in lines[0]
