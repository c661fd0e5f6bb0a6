"""law34: who does what follows the team, who runs it and the voice (review 25b, #11).

What a client checks: RFC Val d'Hoyoux (two volunteers speaking as the club) never reads « Vous,
qui dirigez la structure » nor « c'est vous qui parlez », but volunteers who read each other, and
its own cases: a complaint about playing time or a coach answered in private by the youth
coordinator, a safeguarding report sent to the club's contact person and the federation's
integrity unit. Wellington Yards (a 12-person developer with an agency) reads that deposit,
closing and cancellation questions go to the sales team, that its sales manager (or lawyer)
checks price and finance claims — no « Compliance » department — and that buyers' fears
(deposits, delays, cancellation, price changes) have an answer; in both languages.
"""

from __future__ import annotations

import pytest

from tests.conftest import persona


def _text(s) -> str:
    g = s.governance
    return " ".join([g.publishes, g.approves, g.answers, *g.escalation, *g.moderation])


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", ("bénévoles", "temps de jeu", "entraîneur", "personne de contact", "intégrité")),
        ("en", ("volunteers", "playing time", "coach", "contact person", "integrity")),
    ],
)
def test_two_volunteers_govern_a_youth_club_as_the_club(lang, words):
    s = persona("rfc-val-hoyoux-jeunes", lang)
    g = s.governance
    text = _text(s)
    assert "structure" not in g.publishes and "owner" not in g.publishes, g.publishes
    assert "c'est vous qui" not in g.approves and "you decide" not in g.approves, g.approves
    for word in words:
        assert word in text, (word, text)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", ("acompte", "annulation", "directeur des ventes", "retard", "prix")),
        ("en", ("deposit", "cancel", "sales manager", "delay", "price change")),
    ],
)
def test_a_developer_sends_money_questions_to_its_sales_team(lang, words):
    s = persona("wellington-yards-condos", lang)
    g = s.governance
    text = _text(s)
    assert "onformité" not in g.approves and "ompliance" not in g.approves, g.approves
    assert "vente" in g.answers if lang == "fr" else "sales team" in g.answers, g.answers
    for word in words:
        assert word in text, (word, text)


def test_a_bank_keeps_its_compliance_sign_off():
    s = persona("keystone-river-cu", "en")
    assert "ompliance" in s.governance.approves
