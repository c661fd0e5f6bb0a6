"""Plan 48 (review 31a of 1 December 2026): the plan's milestones say what is true on their
date and print no date the answers never gave.

- D13: « 24 Jan 2027 — LinkedIn profile complete, four weeks of posts ready » while the posts
  start on 12 January: the two-week milestone now says the first posts are out.
- DN1: a fair given by its month only printed « 1 May — A week before », « 15 May — A week
  after » from an assumed day: the run-up is now said against the fair's day.
- C8: the first newsletter issue had three dates (the set-up's week, the calendar's Tuesday,
  the plan's Sunday): the plan's milestone is now the calendar's day, and says when a small
  new list sends it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import milestones, persona


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ").replace("\u2019", "'")


PERSONAS = sorted(
    p.stem for p in Path("tests/personas").glob("*.yaml") if not p.stem.startswith("_")
)
READY = ("four weeks of posts ready", "quatre semaines de publications prêtes")


@pytest.mark.parametrize("name", ["dentiva-saas", "cire-et-chine", "wellington-yards-condos"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_milestone_announces_posts_ready_after_the_first_post(name: str, lang: str) -> None:
    s = persona(name, lang)
    first_post = min((x.date for x in s.calendar if x.activity == "post"), default=None)
    for m in milestones(s):
        if any(r in m.what for r in READY):
            assert first_post is None or m.date <= first_post, (m.date, m.what, first_post)


def test_dentiva_two_week_milestone_says_the_first_posts_are_out() -> None:
    said = [_plain(m.what) for m in milestones(persona("dentiva-saas", "en"))]
    assert any(
        w.startswith("Two weeks in: LinkedIn profile complete, the first posts out") for w in said
    )
    assert not any("four weeks of posts ready" in w for w in said), said


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_fair_given_by_its_month_prints_no_inferred_run_up_dates(lang: str) -> None:
    said = [_plain(m.what) for m in milestones(persona("dentiva-saas", lang))]
    for gone in ("A week before:", "A week after:", "Ten days after:", "J-7 :", "J+7 :", "J+10 :"):
        assert not any(w.startswith(gone) for w in said), said
    fair = [w for w in said if "Dentistry Show" in w]
    assert len(fair) == 1, fair
    relative = ("set against the fair's day", "à caler sur le jour du salon")
    assert any(r in fair[0] for r in relative), fair


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_first_issue_has_the_calendars_date(lang: str) -> None:
    s = persona("cire-et-chine", lang)
    first = ("First newsletter issue", "Premier numéro de la newsletter")
    plan = [m for m in milestones(s) if m.what.startswith(first)]
    assert len(plan) == 1, [m.what for m in milestones(s)]
    sent = min(x.date for x in s.calendar if x.network == "newsletter" and x.activity == "post")
    assert plan[0].date == sent, (plan[0].date, sent)
    assert ("thirty" in plan[0].what) or ("trentaine" in plan[0].what), plan[0].what


@pytest.mark.parametrize("name", PERSONAS)
def test_every_persona_first_issue_is_on_a_calendar_issue_day(name: str) -> None:
    s = persona(name, "en")
    issues = {x.date for x in s.calendar if x.network == "newsletter" and x.activity == "post"}
    for m in milestones(s):
        if m.what.startswith("First newsletter issue"):
            assert not issues or m.date in issues or m.date > max(issues), (m.date, sorted(issues))
