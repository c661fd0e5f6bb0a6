"""Plan 42 (code debt): the small budget's one local boost was written twice, in
money.small_budget and in plan._trial_boost (a circular import kept them apart). The rule now
lives once, in engine/boost.py, and both use it; the budgets of all 41 personas were checked
byte-identical before and after the move."""

from __future__ import annotations

from pathlib import Path

import strategy_wizard.engine as engine
from strategy_wizard.engine import money, plan
from strategy_wizard.engine.boost import small_boost
from tests.conftest import persona

ENGINE = Path(engine.__file__).parent


def test_the_boost_rule_is_written_once() -> None:
    """The thresholds of the rule are read in one module only."""
    readers = [
        p.name
        for p in ENGINE.glob("*.py")
        if "budget_boost_min_daily" in p.read_text(encoding="utf-8")
    ]
    assert readers == ["boost.py"]
    assert money.small_boost is small_boost and plan.small_boost is small_boost


def test_the_club_plan_and_its_budget_name_the_same_boost() -> None:
    """RFC's trial-session boost in the plan is the amount its budget's ads line holds."""
    s = persona("rfc-val-hoyoux-jeunes")
    ads = next((sp for sp in s.budget.split if sp.category == "ads"), None)
    assert ads is not None and ads.eur_per_year > 0
    amount = f"{ads.eur_per_year:.0f}"
    said = " ".join(m.what for p in s.plan for m in p.milestones).replace("\u202f", "")
    assert amount in said.replace(" ", ""), (amount, said)
