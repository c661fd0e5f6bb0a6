"""The lead's wiring of plan42's parts into the engine (review 28new D13, review 28 #14) and a
capital after a French colon in the objective of a business that must fix its basics first."""

from __future__ import annotations

from tests.conftest import persona


def test_the_objective_says_the_rate_its_unit_gives() -> None:
    """« Go from 8 to 20 demo requests from practice managers » read as 20 demos in a year."""
    said = persona("dentiva-saas", "en").objective.statement
    assert "from 8 to 20 demo requests a month from practice managers" in said, said


def test_in_another_language_the_metric_stays_quoted_as_written() -> None:
    """The rate words are the answers' own (English): a French render quotes the metric as
    given rather than gluing English words into a French sentence."""
    said = persona("dentiva-saas", "fr").objective.statement.replace("\u00a0", " ")
    assert "« demo requests from practice managers »" in said, said
    assert "a month" not in said


def test_a_french_metric_gets_its_rate_in_french_and_no_capital_after_the_colon() -> None:
    said = persona("menuiserie-velay", "fr").objective.statement.replace("\u00a0", " ")
    assert "votre carnet : passer de 6 à 12 demandes de devis par mois" in said, said
    assert "carnet : Passer" not in said


def test_an_agency_run_account_pays_only_for_the_tools_that_stay_its_own() -> None:
    """Review 28, #14: « capped at about $1,200 a month » for tools an agency already pays."""
    budget = persona("wellington-yards-condos", "en").budget
    tools = next(s for s in budget.split if s.category == "tools")
    assert "part of its fee" in tools.why, tools.why
    assert "$1,200" not in tools.why
