"""The document a client reads in five minutes, checked as that client and a consultant would:
rendered by WeasyPrint for every example, in both languages and on both papers, and read back
page by page with pdftotext.

- the strategy on one page is page 2, whole, and nothing else is on it;
- the length: for 5 hours a week or fewer, at most 8 pages before the appendix and 10 in all;
  otherwise at most 11 and 14;
- the craft: no page under 40 words but the cover and the last, no heading alone at a page's
  foot, the cover says for whom, by whom, when and what verdict;
- sources numbered in the order first cited, and only those cited in the sections shown.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from strategy_wizard.model.answers import load_answers
from strategy_wizard.render import RenderOptions, render
from strategy_wizard.render.view import build_view
from strategy_wizard.render.words import word
from tests.conftest import EXAMPLES, PERSONAS, TODAY, build

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

ALL = sorted(p.stem for p in EXAMPLES.glob("*.yaml"))
CASES = [(n, lang, paper) for n in ALL for lang in ("fr", "en") for paper in ("a4", "letter")]
HEADING = re.compile(r"<h([123])[^>]*>(.*?)</h\1>", re.S)
TAG = re.compile(r"<[^>]+>")


def squash(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip()


def page_texts(path: Path) -> list[str]:
    n = len(PdfReader(path).pages)
    return [
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(i), "-l", str(i), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for i in range(1, n + 1)
    ]


def content_lines(page: str) -> list[str]:
    """A page's lines without the running header (first line) and the page number line."""
    lines = [squash(x) for x in page.splitlines() if x.strip()]
    return [x for x in lines[1:] if not re.search(r"(Page|Page) \d+ / \d+$", x)]


def headings(strategy, options: RenderOptions) -> set[str]:
    import html as htmllib

    page = render(strategy, "html", options).decode()
    return {
        squash(htmllib.unescape(TAG.sub(" ", m.group(2))))
        for m in HEADING.finditer(page.split("</nav>", 1)[-1])
    }


@pytest.mark.parametrize(("name", "lang", "paper"), CASES)
def test_every_example_keeps_its_length_one_page_summary_and_craft(tmp_path, name, lang, paper):
    s = build(load_answers(EXAMPLES / f"{name}.yaml"), TODAY, lang=lang)
    options = RenderOptions(paper=paper)
    path = tmp_path / "s.pdf"
    path.write_bytes(render(s, "pdf", options))
    pages = page_texts(path)
    appendix = word("doc_appendix", lang)

    # the strategy on one page: all of it on page 2, and only it
    summary = squash(pages[1])
    assert squash(word("doc_summary", lang)) in summary
    assert squash(word("doc_budget", lang)) in summary, "the summary runs past its page"
    assert squash(s.first_steps[-1])[:40] in summary
    assert squash(word("doc_summary", lang)) not in squash(pages[2])
    first_of_page_3 = content_lines(pages[2])[0]
    assert first_of_page_3 == squash(word("doc_warnings", lang)) or first_of_page_3.startswith(
        squash(word("doc_networks", lang))
    ), first_of_page_3

    # the length
    body = next(
        i + (0 if content_lines(p)[0] == appendix else 1)
        for i, p in enumerate(pages)
        if appendix in content_lines(p)
    )
    short = s.budget.hours_per_week <= 5
    body_max, total_max = (8, 10) if short else (11, 14)
    assert body <= body_max, f"{body} pages before the appendix (at most {body_max})"
    assert len(pages) <= total_max, f"{len(pages)} pages (at most {total_max})"

    # no thin page but the cover and the last; no heading alone at a page's foot
    for number, page in enumerate(pages[1:-1], 2):
        assert len(page.split()) >= 40, f"page {number} has {len(page.split())} words"
    titles = headings(s, options)
    for number, page in enumerate(pages[:-1], 1):
        last = content_lines(page)[-1] if content_lines(page) else ""
        assert last not in titles, f"page {number} ends on the heading {last!r}"


def test_the_cover_says_for_whom_by_whom_when_and_the_verdict(tmp_path):
    from strategy_wizard.render.brand import load_brand

    s = build(load_answers(EXAMPLES / "industrial-valves-b2b.yaml"), TODAY)
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(render(s, "pdf", RenderOptions()))
    cover = squash(page_texts(plain)[0])
    assert f"Prepared for {s.org_name}" in cover
    assert "Prepared with strategy-wizard" in cover and "Prepared by" not in cover
    assert "24 November 2026" in cover
    assert f"Verdict: {word('label_verdict_' + s.verdict, 'en')}" in cover
    brand = load_brand(EXAMPLES / "brand" / "brand.yaml")
    branded = tmp_path / "branded.pdf"
    branded.write_bytes(render(s, "pdf", RenderOptions(brand=brand)))
    cover = squash(page_texts(branded)[0])
    assert "Prepared by" in cover and f"{brand.consultant_name}, {brand.firm_name}" in cover
    assert "strategy-wizard" not in cover.split("Prepared by", 1)[1][:60]
    page = render(s, "html", RenderOptions(brand=brand)).decode()
    cover_html = page.split('<section class="cover">', 1)[1].split("</section>", 1)[0]
    assert 'class="client"' in cover_html and 'class="firm"' in cover_html, "both logos"


def test_the_pdf_is_tagged_and_its_charts_have_a_text_alternative(tmp_path):
    s = build(load_answers(EXAMPLES / "boulangerie-locale.yaml"), TODAY)
    path = tmp_path / "s.pdf"
    path.write_bytes(render(s, "pdf", RenderOptions()))
    root = PdfReader(path).trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"]
    alts: list[str] = []

    def walk(node) -> None:
        node = node.get_object()
        if isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            if node.get("/S") == "/Figure" and "/Alt" in node:
                alts.append(str(node["/Alt"]))
            if "/K" in node:
                walk(node["/K"])

    walk(root["/StructTreeRoot"])
    kept = [n for n in s.networks if n.role in ("primary", "secondary")]
    fit = next(a for a in alts if kept[0].name in a)
    assert all(f"{n.name} {n.score}" in fit for n in kept)
    assert any(p.name in a for a in alts for p in s.editorial.pillars)


def test_sources_are_numbered_by_first_citation_and_a_hidden_section_takes_its_own():
    s = build(load_answers(EXAMPLES / "boulangerie-locale.yaml"), TODAY)
    whole = build_view(s)
    assert [x["n"] for x in whole["sources"]] == list(range(1, len(whole["sources"]) + 1))
    networks_only = {f for n in s.networks for r in n.reasons for f in r.facts} - {
        f for w in s.warnings for f in w.facts
    }
    without = build_view(s, {"networks"})
    shown = {(x["publisher"], x["title"]) for x in without["sources"]}
    by_fact = {src.id: (src.publisher, src.title) for src in s.sources}
    budget_and_warnings = {by_fact[f] for f in by_fact if f not in networks_only}
    assert shown <= budget_and_warnings
    assert len(without["sources"]) < len(whole["sources"])
    assert [x["n"] for x in without["sources"]] == list(range(1, len(without["sources"]) + 1))


def test_the_markdown_has_the_pdfs_sections_in_the_same_order():
    from tests.conftest import render_example

    for lang in ("fr", "en"):
        md = render_example("myths-everywhere", lang, "md").decode()
        s = build(load_answers(EXAMPLES / "myths-everywhere.yaml"), TODAY, lang=lang)
        order = [word(f"doc_{x}", lang) for x in build_view(s)["sections"]]
        found = [md.find(f"# {title}\n") for title in order]
        assert -1 not in found, dict(zip(order, found, strict=True))
        assert found == sorted(found)


def test_the_network_chart_shows_the_kept_and_the_closest_refused_only():
    s = build(load_answers(EXAMPLES / "industrial-valves-b2b.yaml"), TODAY)
    rows = build_view(s)["networks"]["chart"]
    kept = [n.name for n in s.networks if n.role in ("primary", "secondary")]
    assert set(kept) <= {r["name"] for r in rows}
    assert len(rows) == len(kept) + 2 < len(s.networks)


def test_the_network_chart_orders_its_bars_by_their_figures():
    """doc34 #4: Rfc's chart printed its refused Instagram (61) under its kept Facebook (58)."""
    from tests.conftest import persona

    for s in (
        persona("rfc-val-hoyoux-jeunes", "fr"),
        persona("wellington-yards-condos", "en"),
        build(load_answers(EXAMPLES / "industrial-valves-b2b.yaml"), TODAY),
    ):
        scores = [r["score"] for r in build_view(s)["networks"]["chart"]]
        assert scores == sorted(scores, reverse=True), scores
    rows = build_view(persona("rfc-val-hoyoux-jeunes", "fr"))["networks"]["chart"]
    # its listened-to Facebook (58) under the two kept at 61, in whichever order the mix ties them
    names = [r["name"] for r in rows]
    assert set(names[:2]) == {"Google Business Profile", "Instagram"} and names[2] == "Facebook"


# -- issue 13 #9 on the personas: the longest answers (big teams, many networks, long calendars)
# in both languages, the short ones (5 h or fewer) measured closest to their limit, and the two
# hardest on the other paper too (doc30: all 70 within their limits on their own paper; doc33:
# Liège on Letter, nine pages before the appendix in French, now eight)
LONGEST = (
    "loam-supply-drop",
    "keystone-river-cu",
    "harvest-lane-markets",
    "northbank-young-carers",
)
CLOSEST = (
    ("collectif-velo-liege", "fr", None),
    ("collectif-velo-liege", "en", None),
    ("ecole-francisation-montreal", "fr", None),
    ("chevrerie-combe-ardeche", "en", None),
    ("brasserie-sauerdall", "fr", None),
    ("camping-familial", "fr", None),
    ("teen-esports", "en", None),
    ("loam-supply-drop", "fr", "a4"),
    ("keystone-river-cu", "fr", "a4"),
    ("chevrerie-combe-ardeche", "fr", "letter"),
    # doc33: Liège's Letter document, nine pages before the appendix until its refused
    # networks shared a row per reason and its copied posts stopped repeating the post
    ("collectif-velo-liege", "fr", "letter"),
    ("collectif-velo-liege", "en", "letter"),
    # doc34: all 164 (41 personas, both languages, both papers) measured within their limits,
    # at some 14 s a document, too long for every run; these were at both of their limits (or,
    # for 11 and 14, the closest), and the two new personas on the paper that is not theirs
    ("cire-et-chine", "fr", "letter"),
    ("cire-et-chine", "en", "a4"),
    ("coach-finances-geneve", "fr", "letter"),
    ("cork-estate-agent", "fr", "letter"),
    ("ecole-francisation-montreal", "fr", "letter"),
    ("lumen-skin-studio", "fr", "a4"),
    ("lumen-skin-studio", "en", "letter"),
    ("northgate-business-school", "fr", "a4"),
    ("keystone-river-cu", "en", "letter"),
    ("rfc-val-hoyoux-jeunes", "fr", "letter"),
    ("wellington-yards-condos", "en", "a4"),
)
PERSONA_CASES = [
    *((n, lang, None) for n in LONGEST for lang in ("fr", "en")),
    *CLOSEST,
]


def pages_before_appendix(pages: list[str], lang: str) -> int:
    appendix = word("doc_appendix", lang)
    return next(
        i + (0 if content_lines(p)[0] == appendix else 1)
        for i, p in enumerate(pages)
        if appendix in content_lines(p)
    )


@pytest.mark.parametrize(("name", "lang", "paper"), PERSONA_CASES)
def test_a_personas_document_keeps_its_length(tmp_path, name, lang, paper):
    s = build(load_answers(PERSONAS / f"{name}.yaml"), TODAY, lang=lang)
    path = tmp_path / "s.pdf"
    path.write_bytes(render(s, "pdf", RenderOptions(paper=paper)))
    pages = page_texts(path)
    body_max, total_max = (8, 10) if s.budget.hours_per_week <= 5 else (11, 14)
    body = pages_before_appendix(pages, lang)
    assert body <= body_max, f"{body} pages before the appendix (at most {body_max})"
    assert len(pages) <= total_max, f"{len(pages)} pages (at most {total_max})"


def test_refused_networks_set_aside_for_the_same_reason_share_one_row():
    s = build(load_answers(PERSONAS / "camping-familial.yaml"), TODAY, lang="fr")
    v = build_view(s)
    others, rows = v["networks"]["others"], v["networks"]["others_rows"]
    assert len(rows) < len(others)
    # every refused network is still named, with its own fit, and no reason said twice with
    # the same sources (a row keeps its citations where they were first read)
    assert sorted(n for r in rows for n in r["names"]) == sorted(n["name"] for n in others)
    assert sorted(x for r in rows for x in r["scores"]) == sorted(n["score"] for n in others)
    reasons = [(r["role"], r["reason"]["text"], tuple(r["reason"]["cites"])) for r in rows]
    assert len(reasons) == len(set(reasons))


def test_a_month_of_long_ideas_prints_its_first_week_whole_and_the_rest_as_slots():
    # Fournil's 40 rows hold some 6,900 characters of ideas (Liège's, 30 rows of 220 characters
    # when this was written, are 25 since a post shared on two networks is one row, doc34 #2)
    s = build(load_answers(PERSONAS / "fournil-franchise.yaml"), TODAY, lang="fr")
    weeks = build_view(s)["calendar"]["weeks"]
    assert [w["compact"] for w in weeks] == [False, True, True, True]
    # a short month keeps all its ideas
    short = build(load_answers(PERSONAS / "precision-machining.yaml"), TODAY, lang="fr")
    assert not any(w["compact"] for w in build_view(short)["calendar"]["weeks"])


def test_a_long_calendar_says_its_call_once_and_gives_the_ideas_of_its_first_week():
    """Loam's 75 rows ran over four pages, a quarter of their words the same call to action."""
    from tests.conftest import persona

    cal = build_view(persona("loam-supply-drop", "fr"))["calendar"]
    assert squash(cal["call"]) == "« Join the Drop 03 waitlist now »"
    ideas = [x["idea"] for w in cal["weeks"] for x in w["slots"]]
    assert not any(cal["call"] in i for i in ideas)
    assert sum("Dernière ligne : l’appel à l’action" in squash(i) for i in ideas) >= 5
    # its first week alone holds 3 000 characters of ideas: the second is given as slots too
    assert [w["compact"] for w in cal["weeks"]] == [False, True, True, True]
    assert ".ics" in cal["compact"] and ".csv" in cal["compact"]
    page = render(persona("loam-supply-drop", "fr"), "html", RenderOptions()).decode()
    assert "« Join the Drop 03 waitlist now »" in squash(page)
    # a short calendar keeps every idea
    short = build_view(persona("camping-familial", "fr"))["calendar"]
    assert not short["compact"] and not any(w["compact"] for w in short["weeks"])


@pytest.mark.parametrize(
    ("name", "lang", "paper"),
    [
        ("saltbush-parade", "en", None),
        ("cire-et-chine", "fr", "a4"),
        ("cire-et-chine", "en", "letter"),
    ],
)
def test_the_calendar_prints_the_ideas_its_page_limits_leave_room_for(tmp_path, name, lang, paper):
    """Review 24 (#2): a rule of thumb on the ideas' length printed Saltbush's ideas for week 1
    only in a document of 11 pages out of 14, and dropped Cire's weeks 3–4 in French (its
    Valentine's post among them) while the English kept them. The PDF now gives every idea when
    the limits allow, else as many weeks whole as fit; the Markdown, with no page, all of them."""
    from strategy_wizard.render.view import ALL_WEEKS
    from tests.pdftext import normalise, pdf_text

    s = build(load_answers(PERSONAS / f"{name}.yaml"), TODAY, lang=lang)
    path = tmp_path / "s.pdf"
    path.write_bytes(render(s, "pdf", RenderOptions(paper=paper)))
    pages = page_texts(path)
    body_max, total_max = (8, 10) if s.budget.hours_per_week <= 5 else (11, 14)
    assert pages_before_appendix(pages, lang) <= body_max and len(pages) <= total_max
    text = pdf_text(path)
    weeks = build_view(s, whole_weeks=ALL_WEEKS)["calendar"]["weeks"]
    ideas = [normalise(x["idea"])[:50] for w in weeks for x in w["slots"] if x["pillar"]]
    printed = [i for i in ideas if i in text]
    if name == "saltbush-parade":  # 11 pages of 14 with the ideas of week 1 only
        assert printed == ideas  # room to spare: every idea
        assert word("doc_calendar_compact", lang, n=1)[:20] not in text
    else:  # Cire at 10 pages of 10: the weeks that do not fit whole give each idea's first
        # words (review 26, #1: 28 of her 37 posts printed with no idea)
        from tests.test_doc37 import subject

        posts = [x["idea"] for w in weeks for x in w["slots"] if x["pillar"]]
        # a shortened row prints its brief: an idea's first words, or for a shop's pin what the
        # pin shows before its search (cal44, review 30a C1)
        short = build_view(s, whole_weeks=0)["calendar"]["weeks"]
        briefs = [x["brief"] for w in short for x in w["slots"] if x["pillar"]]
        low = normalise(text).replace("\u2019", "'").lower()

        def shown(idea: str, brief: str) -> bool:
            lead = normalise(brief).replace("\u2019", "'").lower()[:24]
            return subject(idea, lang) in low or (bool(lead) and lead in low)

        assert len(briefs) == len(posts)
        assert all(shown(i, b) for i, b in zip(posts, briefs, strict=True)), [
            b for i, b in zip(posts, briefs, strict=True) if not shown(i, b)
        ]
        assert len(printed) < len(ideas)  # the limits bind: the later weeks shortened
    md = render(s, "md", RenderOptions()).decode()
    assert all(i in normalise(md.replace("\\", "")) for i in ideas)
