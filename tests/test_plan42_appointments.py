"""Plan 42 (review 28new of 30 November 2026, D2 and D17): an appointment business gets the
levers that are not posts first, and a plan that knows its year.

The vet clinic (« créneaux de vaccination du samedi réservés et honorés ») was told to complete
its Facebook page, fix its site and list ten questions; nothing said « rappel », « confirmation »
or « lien pour annuler ». Its phases were « Trouver son rythme / Consolider et mesurer », with no
spring push and nothing about its Saturday closure of 9-22 August 2027. The rule is generic:
booking words in the metric, its unit or the desired action's first clause."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import milestones, persona, persona_with

VET = "clinique-veto-bocage"


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ").replace("\u2019", "'")


@pytest.mark.parametrize(
    ("lang", "words", "link"),
    [
        (
            "fr",
            ("rappel", "confirmation 48 h avant", "lien pour annuler"),
            ("lien de réservation", "Facebook", "Prendre rendez-vous"),
        ),
        (
            "en",
            ("reminder", "confirmation 48 hours before", "link to cancel"),
            ("booking link", "Facebook", "“Book” button"),
        ),
    ],
)
def test_the_first_step_is_the_reminder_and_the_booking_link(lang: str, words, link) -> None:
    # plan44 (review 29): one action a step, the reminder first, then the booking link
    first, second = (_plain(x) for x in persona(VET, lang).first_steps[:2])
    for word in words:
        assert word in first, (word, first)
    for word in link:
        assert word in second, (word, second)
    assert "Facebook" not in first and "rappel" not in second and "reminder" not in second


def test_no_listing_no_listing_button() -> None:
    s = persona_with(VET, current_networks=["facebook"])
    first, second = (_plain(x) for x in s.first_steps[:2])
    assert "rappel" in first and "lien de réservation" in second
    assert not any("Prendre rendez-vous" in _plain(x) for x in s.first_steps)


def test_a_business_that_books_no_appointment_keeps_its_setup_step() -> None:
    s = persona_with(
        VET,
        desired_action="Suivre la page et partager nos conseils",
        target={"metric": "abonnés de la page", "baseline": 600, "value": 900, "unit": "abonnés"},
        objective="awareness",
    )
    assert not any("rappel (SMS" in step for step in s.first_steps)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_phases_name_the_slots_not_a_rhythm(lang: str) -> None:
    names = [_plain(p.name) for p in persona(VET, lang).plan]
    generic = ("Trouver son rythme", "Consolider et mesurer", "Find a steady rhythm")
    assert not any(g in n for g in generic for n in names), names
    said = " ".join(names).lower()
    assert ("créneaux" in said) if lang == "fr" else ("slots" in said)
    first = persona(VET, lang).plan[0]
    assert any("48" in m.what for m in first.milestones)


def test_full_means_full_this_week_not_stop_the_ads() -> None:
    goals = " ".join(g for p in persona(VET, "fr").plan for g in p.goals)
    assert "arrêter la publicité" not in goals
    assert "complet cette semaine" in _plain(goals)


@pytest.mark.parametrize(
    ("lang", "closed", "spring"),
    [
        ("fr", "aucune publication qui appelle", "avant les vacances"),
        ("en", "no post asking people", "before the holidays"),
    ],
)
def test_the_year_the_closure_and_the_spring_push(lang: str, closed: str, spring: str) -> None:
    s = persona(VET, lang)
    by_day = {m.date: _plain(m.what) for m in milestones(s)}
    assert closed in by_day[date(2027, 8, 9)]
    assert "22" in by_day[date(2027, 8, 9)]
    assert spring in by_day[date(2027, 4, 1)]
    assert "pension" in by_day[date(2027, 4, 1)]
    # the closure sits in the phase its date falls in
    phase = next(p for p in s.plan if p.start <= date(2027, 8, 9) <= p.end)
    assert any(m.date == date(2027, 8, 9) for m in phase.milestones)
