"""Plan 48 (review 31b of 1 December 2026): an advocacy plan's first phase, a support team's
rota and time box, a utility's listening.

- Vents: phase 1 « Compléter la page Facebook » for a cooperative whose page already runs and
  whose objective is to be recommended: the first phase now equips the advocates.
- E2: « Échanger 5 h · Réponses aux clients 2 h 30 » on the summary beside « Échanger 7 h 30 »
  in the week's table; « Qui répond : … avec les mêmes délais qu'au téléphone » while the promise
  is 4 working hours, and no rota.
- E5: a water utility's tools listened to « la commune … et deux ou trois communes voisines »."""

from __future__ import annotations

import pytest

from tests.conftest import persona, persona_render, persona_with


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ").replace("\u2019", "'")


def test_an_advocacy_plan_starts_by_equipping_its_advocates() -> None:
    first = persona("vents-du-condroz", "fr").plan[0]
    goals = [_plain(g) for g in first.goals]
    assert not any(g.startswith("Compléter la page Facebook") for g in goals), goals
    assert goals[0].startswith("Équiper ceux qui vous recommandent : le kit de partage"), goals
    assert any("kit de partage envoyé" in _plain(m.what) for m in first.milestones)


def test_a_network_already_run_is_checked_not_completed() -> None:
    s = persona_with("vents-du-condroz", "en", objective="loyalty", secondary_objectives=[])
    assert s.plan[0].goals[0].startswith("Check the Facebook Page against the checklist"), s.plan[
        0
    ].goals


def test_a_new_network_is_still_completed() -> None:
    goals = persona_with("dentiva-saas", "en", current_networks=["youtube"]).plan[0].goals
    assert goals[0].startswith("Complete the LinkedIn profile"), goals


def test_the_summary_time_box_equals_the_week_table() -> None:
    text = _plain(persona_render("eau-val-armance", "fr", "md"))
    assert "Réponses aux clients" not in text
    assert "| Échanger | 7 h 30 |" in text and "| 3 h 45 | 7 h 30 |" in text, text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_support_team_answers_on_a_rota_within_the_promised_time(lang: str) -> None:
    answers = _plain(persona("eau-val-armance", lang).governance.answers)
    assert (
        "mêmes délais qu'au téléphone" not in answers
        and "as fast as it does on the phone" not in answers
    )
    assert ("en moins de 4 h" in answers) or ("within 4 h" in answers), answers
    assert ("à tour de rôle" in answers) or ("in turns" in answers), answers
    assert ("toutes les 2 h" in answers) or ("every 2 h" in answers), answers


def test_a_utility_listens_for_its_service_and_the_communes_it_serves() -> None:
    tools = {
        t.category: _plain(t.why + " " + t.how) for t in persona("eau-val-armance", "fr").tools
    }
    listening = tools["listening"]
    assert "communes voisines" not in listening and "de la commune" not in listening, listening
    assert "chaque commune desservie" in listening and "coupure" in listening, listening


def test_a_two_hour_promise_is_checked_every_hour() -> None:
    answers = _plain(persona("support-telecom", "fr").governance.answers)
    assert "toutes les 1 h" not in answers and "relève toutes les heures" in answers, answers
