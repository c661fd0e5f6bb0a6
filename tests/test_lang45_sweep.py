"""lang45: the documents speak the language they are written in (review 30a, D14, D15, D16, W10,
W11, C12).

What a client reads: an English document with no French calque in the product's own words
(« relays », « prescribers », « This week's letter », « 1 post a week » for a newsletter,
« Curate »), no French guillemets or French spacing around its own quotes, no « this tool »
talking about itself, no « strategy-wizard editors » cited as a source, no Stories for a network
that has none, and phase headings whose dates read apart from their name. The person's own
answers, quoted as they typed them (in French, for some), are left out of the check: they keep
their own words and punctuation.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from strategy_wizard.engine.wording import own_words
from strategy_wizard.model.answers import load_answers
from strategy_wizard.model.bank import load_bank
from strategy_wizard.render import RenderOptions, render
from tests.conftest import PERSONAS, persona

# a few personas whose English documents the review read, and those that quoted French words
ENGLISH = (
    "dentiva-saas",
    "wellington-yards-condos",
    "webshop-tea",
    "ot-meuse-semoy",
    "saltbush-parade",
    "town-hall",
    "domaine-vin",
)
URL = re.compile(r"<?\w+://\S+")
QUOTED = re.compile("“[^”]*”")

# the product's own words a French writer puts in English, and what they read as instead
FRENCHISMS = {
    r"\brelays?\b": "advocates / people who pass your word on",
    r"\bprescribers?\b": "referrers / the people your audience listens to",
    r"(?<!open )\bletters?\b": "issue, newsletter",
    r"\bCurate\b": "Share",
    r"\bRhythm\b": "How often",
    r"Newsletter\*\* \([^)]*\bposts? a": "1 issue a week",
    # (the legal disclaimer is the one place the document names itself a tool; out of scope)
    r"\bthis tool\b(?! does not replace legal advice)|\bthe tool converts\b": "no self-talk",
    r"strategy-wizard editors": "a rule of thumb is not a source",
}


@cache
def _md(name: str, lang: str) -> str:
    return render(persona(name, lang), "md", RenderOptions()).decode()


@cache
def _own(name: str) -> tuple[str, ...]:
    """The person's own typed texts, longest first (each removed whole before its parts)."""
    answers = load_answers(PERSONAS / f"{name}.yaml")
    found = own_words(answers.values, load_bank())
    return tuple(sorted(found, key=len, reverse=True))


def _product_text(name: str, lang: str) -> str:
    """The document without what the person typed: their answers, the quotes of their words,
    and the links."""
    text = URL.sub(" ", _md(name, lang))
    for said in _own(name):  # as typed, and mid-sentence with its first letter lowered
        # a word in its place, not a space: « How to {their words}: » must not read as a
        # space before the colon once their words are taken out
        text = text.replace(said, "OWN").replace(said[:1].lower() + said[1:], "OWN")
    return text


def _english_product_text(name: str) -> str:
    """The English product text, its quotes emptied and the sources' own titles left out (a
    French publication keeps its « … »)."""
    return QUOTED.sub("“…”", _product_text(name, "en")).split("\n## Sources")[0]


@pytest.mark.parametrize("name", ENGLISH)
def test_an_english_document_has_no_frenchism(name: str):
    text = _english_product_text(name)
    found = {
        pattern: re.findall(f".{{0,40}}(?:{pattern}).{{0,40}}", text) for pattern in FRENCHISMS
    }
    assert not {p: f for p, f in found.items() if f}, found


@pytest.mark.parametrize("name", ENGLISH)
def test_an_english_document_quotes_and_spaces_the_english_way(name: str):
    text = _english_product_text(name)
    assert not re.findall(".{0,40}[«»].{0,40}", text)
    assert not re.findall(".{0,40}\\w[\u00a0\u202f ]+[?!;:](?:\\s|$).{0,20}", text)


def test_french_words_quoted_in_english_keep_their_closing_guillemet():
    # « Hors saison” : the person's own « … » lost its » to the English closing quote
    text = _md("ot-meuse-semoy", "en")
    assert "« Hors saison”" not in text and "« Hors saison »" in text


def test_an_english_question_quoted_in_french_gets_no_french_space():
    # W10: « Am I eligible for the first-time buyer GST rebate on a new home ? »
    text = _md("wellington-yards-condos", "fr")
    assert "new home?" in text
    assert not re.search("new home[\u00a0\u202f ]\\?", text)


@pytest.mark.parametrize("name", ["wellington-yards-condos", "dentiva-saas", "cire-et-chine"])
def test_a_french_document_spaces_its_percentages(name: str):
    text = _product_text(name, "fr")
    assert re.findall("\\d[\u00a0\u202f]%", text)
    assert not re.findall(".{0,30}\\d%.{0,10}", text)


def test_a_rule_of_thumb_is_not_cited_as_a_source():
    # D16: « 9. strategy-wizard editors, Practitioners' rules of thumb » cited for « It serves
    # your objective well (leads) »: a client reads « source: us »
    for lang, editors in (("en", "strategy-wizard editors"), ("fr", "Rédaction de strategy")):
        text = _md("dentiva-saas", lang)
        assert editors not in text
        listed = re.findall(r"^(\d+)\. ", text.split("\n## ")[-1], re.M)
        cited = {n for group in re.findall(r"\[([\d, ]+)\]", text) for n in group.split(", ")}
        assert set(listed) == cited  # every number listed is cited, and the reverse


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_stories_for_a_plan_on_linkedin_and_a_newsletter(lang: str):
    # D15: « on the day, photos and stories on the spot » for Dentiva's trade show
    text = _product_text("dentiva-saas", lang)
    stories = "photos (?:and|et) stories|stories (?:on the spot|sur place|en direct)|live stories"
    assert not re.findall(f".{{0,60}}(?:{stories}).{{0,20}}", QUOTED.sub(" ", text))


def test_a_phase_heading_reads_apart_from_its_dates():
    # W10: « Spring push: the season buyers decide in 1 Mar 2027 → 31 May 2027 »
    s = persona("wellington-yards-condos", "en")
    html = render(s, "html", RenderOptions()).decode()
    heads = re.findall(r"<h3>([^<]*)<span class=\"dates\">([^<]*)</span>", html)
    spring = [(name, dates) for name, dates in heads if "Spring" in name]
    assert spring, heads
    for name, dates in spring:
        assert not name.rstrip().endswith(" in") and dates.startswith("· "), (name, dates)
