"""Who measures and who answers, as a reader expects (review 28, RFC; review 28new, D9 residue).
A youth club's committee member does not keep every figure: its members are counted by the
club secretary, its sponsors by whoever on the committee looks after them, the networks' own
figures by the person who runs them (never « Qui mesure : vous-même » on every row). A founder
who speaks in her own name with a team beside her: the team keeps the scorecard (as « the team:
… the scorecard » says), answers on the company page, and runs the webinars' logistics; she
answers on her own profile; a software company's complaint is a bug or an invoice, not an
order."""

from __future__ import annotations

import pytest

from tests.conftest import persona


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_youth_clubs_figures_are_measured_by_whoever_keeps_them(lang: str):
    s = persona("rfc-val-hoyoux-jeunes", lang)
    by_id = {k.id: k for k in s.kpis}
    secretary = {"fr": "le secrétariat du club", "en": "the club secretary"}[lang]
    assert by_id["main"].owner == secretary
    assert (
        by_id["sponsors"].owner
        == {
            "fr": "la personne du comité qui suit les sponsors",
            "en": "whoever on the committee looks after the sponsors",
        }[lang]
    )
    # the networks' own figure stays with the person who runs them
    assert by_id["listing_actions"].owner == {"fr": "vous-même", "en": "you"}[lang]
    assert len({k.owner for k in s.kpis}) >= 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_founders_team_keeps_the_scorecard_and_answers_on_the_company_page(lang: str):
    s = persona("dentiva-saas", lang)
    team = {"fr": "l’équipe", "en": "the team"}[lang]
    assert {k.owner for k in s.kpis} == {team}
    g = s.governance
    # she answers on her profile, the team on the company page: not « the person who publishes »
    assert {"fr": "La personne qui publie", "en": "The person who publishes"}[lang] not in g.answers
    assert {"fr": "votre profil", "en": "your own profile"}[lang] in g.answers
    assert {"fr": "page de l’entreprise", "en": "company page"}[lang] in g.answers
    assert {"fr": "webinaires", "en": "webinars"}[lang] in g.publishes
    complaint = g.escalation[0]
    assert {"fr": "commande", "en": "an order"}[lang] not in complaint
    assert {"fr": "un bug", "en": "a bug"}[lang] in complaint
