"""ideas44: post ideas built from the person's own material. Northgate's dates and sessions, its
community posts naming its own people, and the vet's weekly slots post never twice the same.
Each test asserts what the client reads in the document."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from conftest import every_idea, persona, persona_with, posts

NORTHGATE = "northgate-business-school"
VET = "clinique-veto-bocage"
LANGS = ["fr", "en"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_post_on_its_own_deadline_never_ends_on_another_date(lang: str) -> None:
    """Northgate: « 2,000 GBP early-deposit scholarship for deposits paid before 31 March … Last
    line, the offer: pay the 4,000 GBP deposit before 31 May 2027 »: two deadlines in one post."""
    s = persona(NORTHGATE, lang)
    scholarship = [x.idea for x in posts(s) if "31 March" in x.idea]
    assert scholarship, "the scholarship is still posted"
    assert not [x for x in scholarship if "31 May" in x], scholarship


def test_the_deadline_rule_keeps_a_post_whose_date_matches() -> None:
    """The same call on a post naming its own day, or no day, is kept (the rule compares days)."""
    from strategy_wizard.engine.editorial import day_months

    assert day_months("deposits paid before 31 March") == {(31, 3)}
    assert day_months("payer l'acompte avant le 31 mai 2027") == {(31, 5)}
    assert day_months("the May intake") == set()


@pytest.mark.parametrize(
    ("lang", "dated"),
    [("fr", "date de la prochaine séance"), ("en", "date of the next session")],
)
def test_an_undated_webinar_never_asks_for_the_next_sessions_date(lang: str, dated: str) -> None:
    """Northgate plans its live Q&As but gives no date: « the date of the next session, its time
    in each of your audience's time zones » asked for a session nobody has set."""
    s = persona(NORTHGATE, lang)
    ideas = every_idea(s)
    assert not [i for i in ideas if dated in i]
    asked = "la question qu’il veut" if lang == "fr" else "which question it wants"
    assert any(asked in i.replace("'", "’") for i in ideas)


def test_a_dated_webinar_keeps_its_date_and_sign_up() -> None:
    """Dentiva's « 10 March webinar » is dated in the answers: its post still gives the date."""
    ideas = every_idea(persona("dentiva-saas", "en"))
    assert any("10 March webinar" in i and "sign-up link" in i for i in ideas)


@pytest.mark.parametrize(
    ("lang", "generic", "own"),
    [
        ("fr", "un praticien reconnu", "un employeur qui recrute vos diplômés"),
        ("en", "a recognised practitioner", "an employer that hires your graduates"),
    ],
)
def test_a_business_school_relays_its_graduates_employers(lang: str, generic: str, own: str):
    """Northgate: « Relay the week's most useful post by a recognised practitioner in your field
    or your audience's professional body » fits any trainer."""
    ideas = every_idea(persona(NORTHGATE, lang))
    assert not [i for i in ideas if generic in i]
    assert any(own in i for i in ideas)


@pytest.mark.parametrize(
    ("name", "lang", "generic", "own"),
    [
        (NORTHGATE, "en", "a partner or a team member", "education agents who advise"),
        (NORTHGATE, "fr", "un partenaire ou un membre", "agents qui conseillent vos candidats"),
        ("ecole-francisation-montreal", "fr", "un partenaire ou un membre", "anciens élèves"),
    ],
)
def test_the_spotlight_names_the_people_the_answers_name(name, lang, generic, own):
    """« Put a partner or a team member in the spotlight » for a school with 140 education agents
    and alumni named in its answers."""
    s = persona(name, lang)
    pillars = [i.replace("’", "'") for p in s.editorial.pillars for i in p.ideas]
    assert not [i for i in pillars if generic in i], pillars
    assert any(own in i for i in pillars), pillars


@pytest.mark.parametrize("lang", LANGS)
def test_the_vets_weekly_slots_post_is_never_twice_the_same(lang: str) -> None:
    """The vet's « créneaux encore libres samedi » went out word for word each week: each week's
    now opens on another of the audience's questions about those slots."""
    s = persona(VET, lang)
    weekly = re.compile(r"encore libres samedi|still free")
    left = [x.idea for x in posts(s) if weekly.search(x.idea)]
    assert len(left) >= 3, left
    assert len(set(left)) == len(left), left
    # each angle is the person's own question, not a frame
    assert any("rappel de vaccin" in x for x in left)
    counted = Counter(x.idea for x in s.calendar if x.activity == "post")
    assert not [i for i, n in counted.items() if n > 1]


def test_slots_without_audience_questions_keep_their_post() -> None:
    """No question in the answers: the weekly post stays as it was, and still goes out."""
    s = persona_with(VET, "fr", audience_problems=[])
    left = [x.idea for x in posts(s) if "encore libres samedi" in x.idea]
    assert left
    assert not [x for x in left if "Cette semaine, en première ligne" in x]


@pytest.mark.parametrize(
    ("name", "lang", "own"),
    [
        (NORTHGATE, "en", "Invite one of the education agents who advise your applicants"),
        (NORTHGATE, "fr", "Inviter l’un des agents qui conseillent vos candidats"),
        ("reef-kayak-port-douglas", "en", "Invite one of your guides"),
    ],
)
def test_the_guest_is_whom_the_answers_name(name: str, lang: str, own: str) -> None:
    """« Invite a partner to answer a question from your audience » printed in 49 of 106
    documents: where the answers name their people (agents, guides), the guest is one of them."""
    ideas = every_idea(persona(name, lang))
    assert not [i for i in ideas if "Invite a partner" in i or "Inviter un partenaire" in i]
    assert any(i.startswith(own) for i in ideas), [i for i in ideas if "nvit" in i]


@pytest.mark.parametrize("lang", LANGS)
def test_a_letters_opening_line_is_quoted_never_a_capital_after_a_colon(lang: str) -> None:
    """« Accroche : Vous cherchez un bon pain… ? » (a capital after a colon mid-sentence) and
    "Opening line: A question you are often asked: “…”" (two colons): the opening line is
    quoted, and a question quoted as written sits in the sentence."""
    s = persona("webshop-tea", lang)
    letters = [x.idea for x in posts(s, "newsletter")]
    assert not [x for x in letters if re.search(r"Accroche\s*:\s*[A-ZÀ-Ý]", x)], letters
    assert not [x for x in letters if "Opening line: A question" in x], letters
    assert not [x for x in letters if re.search(r":[^:«“]*:\s*[«“]", x.split(". ")[0])]


@pytest.mark.parametrize("lang", LANGS)
def test_a_food_claim_invents_no_figure(lang: str) -> None:
    """The crêperie's answers say « sarrasin », never « 100 % »: the claim's wording said
    « 100 % sarrasin » / "100% buckwheat", a figure the answers do not give."""
    text = " ".join(every_idea(persona("creperie-mobile", lang))).replace("\u202f", " ")
    assert not re.search(r"100\s?% (sarrasin|buckwheat)", text)
    assert "sarrasin, sans farine de blé" in text.lower() or "buckwheat, no wheat flour" in text
