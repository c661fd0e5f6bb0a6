"""Review 21b's KPI and calendar points (D4, D6): what a client reads on the page."""

from __future__ import annotations

import re
from collections import Counter

from strategy_wizard.engine.editorial import Idea, same_subject
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.bank import load_bank
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import persona

# D4. A list the plan feeds gets a target; a count it does not feed stays tracked


def test_a_list_the_plan_feeds_gets_a_sign_up_target_by_the_close() -> None:
    s = persona("power-query-course-creator", "en")  # « The newsletter has 14,200 subscribers »
    kpi = next(k for k in s.kpis if k.id == "second_list")
    assert kpi.name == "New sign-ups to the list each month"
    assert "14,200 subscribers" in kpi.measure  # the client's count is still said
    assert "+ 10%" in kpi.summary and "5 March 2027" in kpi.summary
    assert "your posts bring the sign-ups" in kpi.target_note
    assert not any("social media alone does not move it" in k.target_note for k in s.kpis)
    # the newsletter card names the lever; the scorecard now counts what it brings
    assert any("brings it new sign-ups" in r.text for n in s.networks for r in n.reasons)
    assert s.kpis.index(kpi) < 3  # on the one-page summary


def test_a_count_the_plan_does_not_feed_stays_tracked_without_a_target() -> None:
    for name in ("keystone-river-cu", "northbank-young-carers"):  # members, regular donors
        s = persona(name, "en")
        assert not any(k.id == "second_list" for k in s.kpis), name
        tracked = [k for k in s.kpis if k.summary == "tracked, no target"]
        assert tracked and all(k.baseline is not None and not k.targets for k in tracked), name


# D6. A notice is a short post; one subject a week


def test_a_live_is_never_announced_as_a_long_video() -> None:
    s = persona("power-query-course-creator", "en")
    notices = [x for x in s.calendar if "short announcement of the" in x.idea]
    assert notices
    assert all(x.format != "long_video" for x in notices)
    assert any(x.network == "youtube" and x.format == "short_video" for x in notices)


def _subject(idea: str) -> str:
    return re.split(r"Dernière ligne|Last line|En bas|At the bottom", idea)[0]


def _weeks(s, words: list[str]) -> Counter[tuple[int, int]]:
    """How many posts of each week, on any network, say one of `words` in their subject (the
    declared copies of another network's post left out)."""
    return Counter(
        x.date.isocalendar()[:2]
        for x in s.calendar
        if x.activity == "post"
        # the subject, not the call at its foot (« demandez un essai sur la ligne pilote »)
        and any(w in _subject(x.idea) for w in words)
        and not any(c in x.idea for c in ("Reprise de la publication", "La même publication"))
    )


def test_the_pilot_line_is_one_subject_a_week() -> None:
    s = persona("echangeurs-export-salon", "fr")  # 20 and 21 January on LinkedIn before
    assert max(_weeks(s, ["ligne pilote", "Ligne pilote"]).values()) == 1
    assert max(_weeks(s, ["(NEP)"]).values()) == 1


def test_the_hospital_posts_one_job_ad_a_week() -> None:
    s = persona("ch-val-de-saone-recrute", "fr")  # 1 and 5 February on Facebook before
    assert max(_weeks(s, ["Nous recrutons"]).values()) == 1


def test_two_subjects_are_one_when_they_share_two_words_in_a_row() -> None:
    say = Words(load_bank(), load_catalogue(), "fr")
    pilot = Idea("proof", "Ligne pilote de 500 L/h à Rumilly, 62 essais de recettes clients")
    trial = Idea("problem", "Tester sa recette sur une ligne pilote avant d'investir 400 000 €")
    cip = Idea("craft", "Nettoyage en place (NEP)")
    water = Idea("problem", "Réduire l'eau consommée par les nettoyages en place (NEP)")
    assert same_subject(pilot, trial, say)
    assert same_subject(cip, water, say)  # « place (NEP) », a plural's s dropped
    assert not same_subject(pilot, cip, say)
    # « sur une », « de la »: words that make no subject
    assert not same_subject(Idea("topic", "Un atelier sur une journée"), trial, say)
    # a job post is one subject whatever fact it opens on
    assert same_subject(Idea("job_offer_proof", "crèche"), Idea("job_offer_proof", "tutorat"), say)
