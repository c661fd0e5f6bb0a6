"""doc37: a calendar shortened to its page limits prints every idea's first words.

Review 26 (#1): Cire (4 h a week, eight pins a week) works from the printed page on Sunday
evenings; to keep to 8 pages before the appendix, her PDF printed 28 of its 37 post lines as a
pillar and a format with no idea. A shortened week's row now gives the idea cut to its first
clause (a new take's angle in a few words), and a copy of a post a few words naming it.
"""

from __future__ import annotations

import re

import pytest

from strategy_wizard.model.catalogue import load_catalogue
from strategy_wizard.render import RenderOptions, render
from strategy_wizard.render.view import ALL_WEEKS, build_view
from tests.conftest import persona
from tests.pdftext import normalise, pdf_text
from tests.test_document import page_texts, pages_before_appendix


def subject(idea: str, lang: str) -> str:
    """An idea's first words as she would look them up, a new take's angle taken out
    (« Cette fois par l'erreur à éviter : tu te demandes… » is about what follows)."""
    text = normalise(idea).replace("\u2019", "'")
    phrases = load_catalogue().phrases
    for n in range(1, 6):
        angle = getattr(phrases[f"idea_again_angle_{n}"], lang)
        text = re.sub(rf"(, )?{re.escape(angle)}( :|:)? ?", " ", text, flags=re.I)
    text = re.split(r" :|\?|\. ", " ".join(text.split()))[0]  # its first clause
    return text.strip()[:24].lower()


@pytest.mark.parametrize(("lang", "paper"), [("fr", "a4"), ("fr", "letter"), ("en", "letter")])
def test_cires_printed_calendar_gives_the_ideas_within_its_page_limits(tmp_path, lang, paper):
    s = persona("cire-et-chine", lang)
    path = tmp_path / "s.pdf"
    path.write_bytes(render(s, "pdf", RenderOptions(paper=paper)))
    pages = page_texts(path)
    assert s.budget.hours_per_week <= 5
    assert pages_before_appendix(pages, lang) <= 8 and len(pages) <= 10
    text = normalise(pdf_text(path)).replace("\u2019", "'").lower()
    weeks = build_view(s, whole_weeks=ALL_WEEKS)["calendar"]["weeks"]
    posts = [x["idea"] for w in weeks for x in w["slots"] if x["pillar"]]
    # a shortened row gives its brief: the idea's first words, or for a shop's pin what the pin
    # shows before its search (cal44, review 30a C1)
    short = build_view(s, whole_weeks=0)["calendar"]["weeks"]
    briefs = [x["brief"] for w in short for x in w["slots"] if x["pillar"]]

    def shown(idea: str, brief: str) -> bool:
        lead = normalise(brief).replace("\u2019", "'").lower()[:24]
        return subject(idea, lang) in text or (bool(lead) and lead in text)

    printed = [i for i, b in zip(posts, briefs, strict=True) if shown(i, b)]
    assert len(posts) >= 25  # 37 before cal44 left out the pins no search fits
    assert len(printed) >= 0.8 * len(posts), [
        b for i, b in zip(posts, briefs, strict=True) if not shown(i, b)
    ]


def test_a_shortened_week_cuts_an_idea_at_its_first_clause_and_names_a_new_takes_angle():
    s = persona("cire-et-chine", "fr")
    weeks = build_view(s, whole_weeks=0)["calendar"]["weeks"]
    rows = [x for w in weeks for x in w["slots"] if x["pillar"]]
    briefs = [x["brief"] for x in rows if x["brief"]]
    assert len(briefs) >= 25  # 30 before cal44 left out the pins no search fits
    assert all(len(b) <= 80 for b in briefs)
    assert not any(b.lower().startswith("cette fois") for b in briefs)
    # since ideas40 Cire's later pins are products for searches, no new takes (review 27 #4):
    # an online shop with no search quoted still takes an angle, named in brackets
    loam = build_view(persona("loam-supply-drop", "fr"), whole_weeks=0)["calendar"]["weeks"]
    angled = [x["brief"] for w in loam for x in w["slots"] if x["pillar"] and x["brief"]]
    assert any(b.endswith("(l’erreur à éviter)") for b in angled), angled
    assert not any(b.lower().startswith("cette fois") for b in angled)
    # a named day's post keeps its whole idea
    assert any(x["event"] and not x["brief"] and "Saint-Valentin" in x["idea"] for x in rows)
    # no aside left open
    assert all(b.count("(") == b.count(")") for b in briefs)
    # the slots alone remain the last resort
    bare = build_view(s, whole_weeks=0, brief=False)["calendar"]
    assert not any(x["brief"] for w in bare["weeks"] for x in w["slots"])
    assert "semaine 0" not in bare["compact"].lower()


def test_a_copy_in_a_shortened_week_is_a_few_words_and_the_markdown_keeps_the_whole_post():
    s = persona("saltbush-parade", "en")
    weeks = build_view(s, whole_weeks=0)["calendar"]["weeks"]
    # since doc38 a copy is a network and a time in its post's row (review 26, #17)
    copies = [a for w in weeks for x in w["slots"] for a in x["also"]]
    assert copies and not any("reposted" in x["brief"] for w in weeks for x in w["slots"])
    # the Markdown, with no page to fill, keeps the copy's whole wording
    md = normalise(render(s, "md", RenderOptions()).decode().replace("\\", ""))
    assert "reposted with an opening line written for" in md
