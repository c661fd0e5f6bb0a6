"""Capacity (review 11a, #1): a business that cannot take more customers is not sent more.

The optional `capacity` question, the `no_capacity` warning (critical, hence `fix_first`, when the
demand already there waits too long), the repairs as first steps, and an objective sentence that
says the basics come first. The joinery booked nine months ahead is the client case.
"""

from __future__ import annotations

import pytest
from textual.widgets import Select

from strategy_wizard.model.bank import load_bank
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import persona, persona_with, strategy_from


def capacity_warning(s):
    return next((w for w in s.warnings if w.id == "no_capacity"), None)


# --- the question -----------------------------------------------------------------------------


def test_capacity_is_an_optional_realism_question_in_both_languages():
    bank = load_bank()
    q = bank.question("capacity")
    step = next(st for st in bank.steps if any(x.id == "capacity" for x in st.questions))
    assert step.id == "realism"
    assert q.type == "choice" and q.codes() == ["yes", "limited", "full"]
    assert q.default is None and q.default_why is None  # nothing assumed aloud
    assert "capacity" not in {qid for qids in bank.gates().values() for qid in qids}
    for lang in ("fr", "en"):
        assert q.label(lang) and q.help(lang)
        assert "avis" in q.teaching("fr") and "review" in q.teaching("en")


def test_unanswered_capacity_is_assumed_yes_silently():
    s = strategy_from()  # the base answers say nothing about capacity
    assert capacity_warning(s) is None
    assert s.verdict == "go"
    label = load_bank().question("capacity").label("en")
    assert all(a.question != label for a in s.assumptions)
    assert not any(w.id == "incomplete" for w in s.warnings)


# --- the warning --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "fires"),
    [
        ({"capacity": "full", "objective": "leads"}, True),
        ({"capacity": "full", "objective": "sales"}, True),
        ({"capacity": "full", "objective": "traffic"}, True),
        ({"capacity": "full", "objective": "awareness"}, False),
        ({"capacity": "full", "objective": "loyalty"}, False),
        # hiring staff (candidates in the audience) while booked out: no customer is sent more
        (
            {"capacity": "full", "objective": "recruitment", "audience_types": ["candidates"]},
            False,
        ),
        ({"capacity": "limited", "expectations": ["quick_growth"]}, True),
        ({"capacity": "limited", "expectations": []}, False),
        ({"capacity": "yes", "expectations": ["quick_growth"]}, False),
    ],
)
def test_no_capacity_follows_its_condition(changes, fires):
    assert (capacity_warning(strategy_from(**changes)) is not None) == fires


def test_a_full_business_that_answers_fast_is_warned_not_stopped():
    s = strategy_from(capacity="full", response_time_hours=12)
    w = capacity_warning(s)
    assert w.severity == "warning" and w.case is None
    assert s.verdict == "adjust"
    # the objective says the target waits for room in the order book
    assert s.objective.statement.endswith(
        "This target holds only once your order book has room again; until then, look after "
        "the requests you have."
    )


def test_limited_room_and_quick_growth_has_its_own_words():
    s = strategy_from(capacity="limited", expectations=["quick_growth"])
    w = capacity_warning(s)
    assert w.case == "limited" and w.severity == "warning"
    assert "only a few more customers" in w.headline


@pytest.mark.parametrize(("hours", "critical"), [(72, False), (73, True), (120, True)])
def test_failing_the_demand_already_there_is_critical_beyond_the_data_s_threshold(hours, critical):
    assert load_catalogue().thresholds.no_capacity_failing_hours == 72
    s = strategy_from(capacity="full", response_time_hours=hours)
    assert (capacity_warning(s).severity == "critical") == critical
    assert (s.verdict == "fix_first") == critical


# --- the joinery booked nine months ahead --------------------------------------------------------


def test_the_joinery_is_told_to_repair_the_basics_first():
    s = persona("menuiserie-velay")
    w = capacity_warning(s)
    assert w is not None and w.severity == "critical" and w.case == "failing"
    assert s.verdict == "fix_first"
    assert "Vous pouvez vous lancer" not in s.verdict_text
    assert "plus de demandes que vous ne pouvez en servir" in s.verdict_text
    assert any("120 h" in r and "plus de clients" in r for r in s.verdict_reasons)
    # the first steps are the repairs: callback, listing, reviews
    first = s.first_steps
    assert len(first) == 3
    assert "rappel" in first[0] and "48 h" in first[0] and "délai réel" in first[0]
    assert "fiche Google" in first[1] and "horaires" in first[1]
    assert "avis négatif" in first[2]
    # the objective does not promise more quote requests before the basics
    assert s.objective.statement.startswith("L’objectif de la première phase")
    assert "rappelée sous 48 h" in s.objective.statement.split(":")[1]
    # the hiring objective is named as the useful social job meanwhile
    assert "recrutement" in w.advice


def test_the_joinery_in_english_says_the_same():
    s = persona("menuiserie-velay", lang="en")
    w = capacity_warning(s)
    assert w.headline == "You do not need more requests; answer the ones you already have first."
    assert "voicemail" in w.advice and "Google listing claimed" in w.advice
    assert "hiring" in w.advice
    assert s.objective.statement.startswith("The objective of the first phase")
    assert s.first_steps[0].startswith("Set a callback rule")


def test_the_joinery_with_room_gets_no_capacity_warning():
    s = persona_with("menuiserie-velay", capacity="yes")
    assert capacity_warning(s) is None
    assert s.verdict == "adjust"


def test_the_hiring_line_needs_a_hiring_objective():
    s = persona_with("menuiserie-velay", secondary_objectives=["awareness"])
    assert "recrutement" not in capacity_warning(s).advice


# --- the wizard ---------------------------------------------------------------------------------


async def test_the_wizard_asks_about_capacity(tmp_path):
    from tests.test_tui import make_app

    app = make_app(tmp_path, lang="fr")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        assert app.go_to_step("realism")
        await pilot.pause()
        field = app.screen.query_one("#in-capacity", Select)
        field.value = "full"
        await pilot.pause()
        field.focus()
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "TeachingScreen"
        assert app.screen.note == load_bank().question("capacity").teaching("fr")


def test_an_online_shop_booked_out_writes_its_lead_time_where_it_is_ordered_not_on_a_listing():
    s = persona_with("menuiserie-velay", premises="online_only")
    assert s.verdict == "fix_first"
    assert not any("fiche Google" in step for step in s.first_steps)
    assert any("page où l’on vous commande" in step for step in s.first_steps)


def test_the_joinery_s_first_week_schedules_the_three_repairs_with_their_figures():
    """Review 12a, #3 and #4: the calendar showed « sous {hours} » and left out the listing and
    the reviews that the first steps named."""
    s = persona("menuiserie-velay")
    setup = [x.idea for x in s.calendar if x.activity == "setup"]
    assert "rappelée sous 48 h" in setup[0]
    assert "fiche Google" in setup[1] and "avis négatif" in setup[2]
    assert not any("{" in idea for idea in setup)
