"""Plan 42 (review 28new of 30 November 2026, D13): the objective keeps its rate. Dentiva's
« Go from 8 to 20 demo requests from practice managers by 10 January 2028 » reads as 20 demos
in a year; its unit says « demo requests a month ». plan.rated_metric gives the metric with the
unit's rate where the metric has none, for the objective's sentence (the wiring in
engine/__init__.py `_objective` is the lead's: outside this helper's files)."""

from __future__ import annotations

import pytest

from strategy_wizard.engine.plan import rated_metric
from tests.conftest import persona_inputs


def test_dentiva_demo_requests_a_month_from_practice_managers() -> None:
    assert (
        rated_metric(persona_inputs("dentiva-saas"))
        == "demo requests a month from practice managers"
    )


@pytest.mark.parametrize(
    ("metric", "unit", "said"),
    [
        ("commandes Etsy", "commandes par mois", "commandes Etsy par mois"),
        ("nouveaux patients par mois", "nouveaux patients", "nouveaux patients par mois"),
        ("qualified applications", "applications per month", "qualified applications per month"),
        ("abonnés", "abonnés", "abonnés"),
        ("demandes de devis", "demandes par mois", "demandes de devis par mois"),
    ],
)
def test_the_rate_is_added_once_and_only_when_missing(metric: str, unit: str, said: str) -> None:
    target = {"metric": metric, "baseline": 8, "value": 20, "unit": unit}
    assert rated_metric(persona_inputs("dentiva-saas", target=target)) == said
