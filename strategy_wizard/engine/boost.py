"""The one short local boost a small budget pays (review 26, #18), shared by the budget
(engine/money.py, `small_budget`) and the plan (engine/plan.py, the trial sessions' boost), which
cannot import each other: a month's budget, for a local audience, when it buys at least the
shortest useful run (data/thresholds.yaml `budget_boost_*`)."""

from __future__ import annotations

from strategy_wizard.engine.resolve import LOCAL_AREAS, Inputs
from strategy_wizard.model.catalogue import Catalogue


def small_boost(inputs: Inputs, kn: Catalogue) -> float | None:
    """The boost's amount, or None: a budget under `budget_one_line_below_eur` a month, an
    audience local or regional, and enough for `budget_boost_days` days at the daily minimum.
    The network it runs on and the moment it pushes are the caller's to check."""
    th = kn.thresholds
    monthly = float(inputs["monthly_budget_eur"] or 0)
    boost = monthly * th.budget_boost_months
    if (
        not 0 < monthly < th.budget_one_line_below_eur
        or inputs["audience_geo"] not in LOCAL_AREAS
        or boost < th.budget_boost_days * th.budget_boost_min_daily
    ):
        return None
    return boost
