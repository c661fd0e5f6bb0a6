"""Plan 40 (review 27 of 30 November 2026, #9): a youth club's summer is dated. RFC Val
d'Hoyoux's plan said « Publier chaque semaine les dates d'essai » with neither the trial
sessions nor the summer camp dated, no schools or commune bulletin in April-May and no season
report to the 21 sponsors its KPI row asks about. The plan now dates the trials at the time the
answers say (« fin août », the day to be set) with the budget's 40 € boost about ten days
before, the summer camp, the schools and the commune, and the sponsors' season report."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import milestones, persona, persona_render, persona_with

RFC = "rfc-val-hoyoux-jeunes"


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ").replace("\u2019", "'")


def _said(s) -> list[tuple[date, str]]:
    return [(m.date, _plain(m.what)) for m in milestones(s)]


def test_the_trial_sessions_are_dated_late_august_day_to_be_set() -> None:
    plan = _plain(persona_render(RFC, "fr", "md"))
    assert "Séances d'essai (fin août, date à fixer)" in plan, plan
    said = _said(persona(RFC, "fr"))
    trials = [d for d, w in said if w.startswith("Séances d'essai (fin août")]
    assert trials and date(2027, 8, 20) <= trials[0] <= date(2027, 8, 31), said


def test_the_boost_goes_out_about_ten_days_before_the_trials() -> None:
    said = _said(persona(RFC, "fr"))
    trials = next(d for d, w in said if w.startswith("Séances d'essai"))
    boost = [(d, w) for d, w in said if "sponsorisée sur Facebook" in w]
    assert len(boost) == 1, said
    day, what = boost[0]
    assert 7 <= (trials - day).days <= 14, (day, trials)
    assert "40 €" in what and "adultes" in what, what


def test_the_summer_camp_is_announced_then_held() -> None:
    said = _said(persona(RFC, "fr"))
    camp = [(d, w) for d, w in said if "stage d'été" in w.lower()]
    assert len(camp) == 2, said
    (announced, first), (held, second) = camp
    assert first.startswith("Annonce du stage d'été") and announced < held, camp
    assert held.month == 7 and "séances d'essai" in second, camp


def test_no_camp_milestone_when_the_answers_name_none() -> None:
    s = persona_with(RFC, "fr", topics=["les matchs du week-end", "les bénévoles du club"])
    assert not any("stage" in w.lower() for _d, w in _said(s)), _said(s)


def test_schools_and_the_commune_in_april_and_may() -> None:
    said = _said(persona(RFC, "fr"))
    schools = [(d, w) for d, w in said if "école" in w or "écoles" in w]
    assert len(schools) == 2, said
    assert all(d.month in (4, 5) for d, _w in schools), schools
    assert "accord" in schools[0][1] and "bulletin de la commune" in schools[1][1], schools


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sponsors_get_a_season_report_before_they_renew(lang: str) -> None:
    said = _said(persona(RFC, lang))
    word = "Bilan de saison" if lang == "fr" else "Season report"
    report = [(d, w) for d, w in said if w.startswith(word)]
    assert len(report) == 1, said
    day, what = report[0]
    assert day.month in (5, 6) and "21 sponsors" in what, report
