"""Review 26: a university is no body of elected officials (#11), a source's address that names
another report (#16), and a volunteers' club told to answer within 24 h as a brand (#20)."""

from __future__ import annotations

import re

import pytest

from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import persona, persona_with, warning_of

KN = load_catalogue()

ELECTION = ("election", "élection", "élu", "elected", "préélectora", "pre-election")


def said(w) -> str:
    return f"{w.headline} {w.message} {w.advice}".lower()


# --- #11: the public-body warning for a university business school --------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_public_university_gets_accessibility_and_neutrality_but_no_election_rule(lang):
    # Northgate, a business school of a public university in Leeds: no elected official sits
    # over its posts and it runs no local campaign (« before an election, follow your country's
    # pre-election guidance… never showcase an elected official's record »)
    w = warning_of(persona("northgate-business-school", lang), "public_body_rules")
    assert w is not None, "the accessibility rule still holds for a public university"
    text = said(w)
    assert not [x for x in ELECTION if x in text], text
    assert ("alternative text" if lang == "en" else "texte alternatif") in text
    assert ("neutral" if lang == "en" else "neutre") in text


def test_a_public_university_in_france_gets_no_election_rule_either():
    s = persona_with("northgate-business-school", "fr", country="FR")
    w = warning_of(s, "public_body_rules")
    assert w is not None and not [x for x in ELECTION if x in said(w)], said(w)


@pytest.mark.parametrize(
    ("name", "election"),
    [
        ("town-hall", "préélectora"),  # a town: the Electoral Code's windows, dated
        # a public hospital and an intercommunal tourist office: their boards are chaired by
        # elected officials, whose authority's record stays out of their posts
        ("ch-val-de-saone-recrute", "élu"),
        ("ot-meuse-semoy", "élu"),
    ],
)
def test_the_other_public_bodies_keep_their_election_line(name, election):
    w = warning_of(persona(name), "public_body_rules")
    assert w is not None and election in said(w), name


def test_a_private_language_school_gets_no_public_body_warning():
    assert warning_of(persona("ecole-francisation-montreal"), "public_body_rules") is None


# --- #16: a source's address that names another report -----------------------------------------

# a subject an address may name: the words that must then be in the title or the publisher
SUBJECTS = {
    "generative-ai": ("ai", "artificial", "generative", "ia"),
    "chatgpt": ("chatgpt", "ai", "ia"),
    "tiktok": ("tiktok",),
    "instagram": ("instagram",),
    "linkedin": ("linkedin",),
    "facebook": ("facebook", "meta"),
    "youtube": ("youtube",),
    "pinterest": ("pinterest",),
    "snapchat": ("snapchat",),
    "podcast": ("podcast",),
}


def _contradictions(url: str, title: str) -> list[str]:
    host, _, path = url.split("://", 1)[-1].lower().partition("/")
    text = title.lower()
    return [
        subject
        for subject, names in SUBJECTS.items()
        if re.search(rf"(^|[^a-z]){subject}($|[^a-z])", path)
        and subject not in host
        and not any(re.search(rf"\b{n}\b", text) for n in names)
    ]


def test_the_check_sees_the_address_the_review_found():
    old = (
        "https://socialmedialab.ca/2025/05/05/new-report-the-state-of-generative-ai-use-in-"
        "canada-2025-exploring-public-attitudes-and-adoption-trends-2/"
    )
    assert _contradictions(old, "The State of Social Media in Canada 2025") == ["generative-ai"]


def test_no_source_address_names_another_subject_than_its_title():
    wrong = {
        s.id: found
        for s in KN.sources
        if s.url
        and (
            found := _contradictions(
                s.url, f"{s.title_in('en')} {s.title_in('fr')} {s.publisher_in('en')}"
            )
        )
    }
    assert not wrong, wrong


def test_the_canadian_social_media_report_links_to_itself():
    source = next(s for s in KN.sources if s.id == "tmu_social_media_ca_2025")
    assert source.url and "generative" not in source.url
    assert "state-of-social-media" in source.url


# --- #20: two volunteers who answer in the evening -----------------------------------------------


def test_the_club_answers_within_the_time_its_volunteers_gave():
    # « Chaque jour — Répondre … en moins de 24 h » and a 48 h → 24 h target for two
    # volunteers who said 48 h, within the slow-response warning's limit
    s = persona("rfc-val-hoyoux-jeunes", "fr")
    assert warning_of(s, "slow_response") is None
    assert s.governance.response_time_hours == 48
    answer = next(r.what for r in s.editorial.rituals if "Répondre à chaque" in r.what)
    assert "48 h" in answer and "24 h" not in answer, answer
    assert "24 h" not in s.governance.answers, s.governance.answers
    kpi = next((k for k in s.kpis if k.id == "response_time"), None)
    assert kpi is None or all(t.value == 48 for t in kpi.targets)


def test_volunteers_slower_than_the_limit_are_still_asked_for_the_same_day():
    s = persona_with("rfc-val-hoyoux-jeunes", "fr", response_time_hours=72)
    assert s.governance.response_time_hours == 24


def test_a_business_answering_in_48_h_still_aims_at_24():
    s = persona_with("rfc-val-hoyoux-jeunes", "fr", org_kind="small_business")
    assert s.governance.response_time_hours == 24


@pytest.mark.parametrize(("lang", "club"), [("fr", "au nom du club"), ("en", "club's name")])
def test_the_club_answers_as_we_not_as_a_brand(lang, club):
    moderation = " ".join(persona("rfc-val-hoyoux-jeunes", lang).governance.moderation)
    assert club in moderation, moderation
    we = r"«\s*nous\s*»" if lang == "fr" else r'"we"'
    assert re.search(we, moderation), moderation
    assert ("marque" if lang == "fr" else "brand") not in moderation, moderation
