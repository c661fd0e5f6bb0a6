"""Plan 35 (reviews 25a and 25b of 30 November 2026): a season's count of members judged at the
season's start, KPI targets a client reads as starting targets, repeat buyers read where the
answers say the business keeps them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import milestones, persona, persona_with

SEASON_START = date(2027, 9, 15)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_season_of_new_players_is_judged_when_the_season_starts(lang: str):
    """25b #2: 41 -> 47 -> 55 players on 10 May, 10 Sept and 10 Jan, while affiliations come
    from June to mid-September and the season's count is frozen once it starts."""
    s = persona("rfc-val-hoyoux-jeunes", lang)
    assert s.objective.deadline == SEASON_START
    assert SEASON_START.strftime("%Y") in s.objective.statement
    why = {"fr": "arrêté", "en": "frozen"}[lang]
    assert why in s.objective.statement
    dated = {m.date: m.what for m in milestones(s)}
    # no prorated player count before the sign-ups open
    assert not any(re.search(r"\b4[17]\b", what) for what in dated.values())
    assert date(2027, 6, 30) in dated and date(2027, 8, 31) in dated
    assert "55" in dated[SEASON_START]
    trials = {"fr": "essai", "en": "trial"}[lang]
    assert trials in dated[date(2027, 6, 30)]
    main = s.kpis[0]
    assert [t.date for t in main.targets] == [SEASON_START]
    # nothing after the season's start asks for more players
    later = [p for p in s.plan if p.start > SEASON_START]
    assert later and not any("55" in m.what for p in later for m in p.milestones)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_trial_sign_ups_are_read_in_the_run_up(lang: str):
    """25b #2 / #9: the trial sign-ups KPI is no « first month's figure + 45 % » from January."""
    s = persona("rfc-val-hoyoux-jeunes", lang)
    trials = next(k for k in s.kpis if k.id == "kpi_2")
    june = {"fr": "juin", "en": "June"}[lang]
    assert june in trials.target_note and june in trials.summary


def test_a_season_said_in_english_or_by_the_school_start():
    s = persona_with(
        "rfc-val-hoyoux-jeunes",
        "en",
        target={
            "metric": "new players for the 2027/28 season",
            "baseline": 38,
            "value": 55,
            "unit": "players",
        },
    )
    assert s.objective.deadline == SEASON_START
    s = persona_with(
        "rfc-val-hoyoux-jeunes",
        "fr",
        target={"metric": "nouveaux jeunes joueurs affiliés", "baseline": 38, "value": 55},
    )
    assert s.objective.deadline == SEASON_START  # « avant la rentrée de septembre »


@pytest.mark.parametrize(
    "name", ["theatre-recollets-limoges", "teen-esports", "northgate-business-school"]
)
def test_other_seasons_keep_their_deadline(name: str):
    """A theatre's season pass opens on 18 June and sells into October: not a club's season."""
    s = persona(name, "fr")
    assert s.objective.deadline != date(s.objective.deadline.year, 9, 15)


RULE = re.compile(r"règle (prudente )?de cet outil|this tool's rule|rule of this tool", re.I)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    "name",
    ["rfc-val-hoyoux-jeunes", "fournil-franchise", "cire-et-chine", "northgate-business-school"],
)
def test_a_kpi_cell_gives_a_starting_target_not_the_tools_rule(name: str, lang: str):
    """25a: « (règle de cet outil) » printed in the client's KPI cells."""
    s = persona(name, lang)
    cells = [t for k in s.kpis for t in (k.summary, k.target_note) if t]
    assert cells and not any(RULE.search(t) for t in cells)
    start = {"fr": "cible de départ", "en": "starting target"}[lang]
    assert any(start in k.summary for k in s.kpis)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    ("name", "where"),
    [
        ("fournil-franchise", {"fr": "application de fidélité", "en": "loyalty app"}),
        ("cire-et-chine", {"fr": "Etsy", "en": "Etsy"}),
    ],
)
def test_repeat_buyers_are_read_where_the_answers_keep_them(name: str, where: dict, lang: str):
    """25a Fournil #6, Cire #6: « Où lire le chiffre : le fichier clients » with no such file."""
    s = persona(name, lang)
    texts = [f"{k.source} {k.measure}" for k in s.kpis]
    assert not any(re.search(r"fichier clients|customer file", t) for t in texts)
    repeat = next(k for k in s.kpis if k.name in ("Taux de réachat", "Repeat purchase rate"))
    assert where[lang] in repeat.source
