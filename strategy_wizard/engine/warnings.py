"""The fifteen warnings: one small condition each, wording and severity in the data.

A warning is raised exactly when its condition holds (product brief §2). Conditions read the
resolved inputs and the thresholds; they never format text, so a trainer can reword a warning in
`data/warnings.yaml` without touching this file.
"""

from __future__ import annotations

from collections.abc import Callable

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.model.catalogue import Catalogue, Thresholds

Condition = Callable[[Inputs, Catalogue, bool], bool]

SOCIAL_TARGETS = ("traffic", "leads", "sales", "recruitment", "event")


def growth_ratio(inputs: Inputs) -> float | None:
    """Target ÷ baseline of the objective, when the person gave a positive baseline."""
    target = inputs["target"] or {}
    baseline = float(target.get("baseline") or 0)
    if baseline <= 0 or "value" not in target:
        return None
    return float(target["value"]) / baseline


def ratio_limit(months: int, th: Thresholds) -> float:
    """The largest believable ratio for a horizon: the limit of the shortest bracket that
    covers it (6 months or less, then 12, then 24)."""
    for bracket in sorted(th.growth_ratio_max):
        if months <= bracket:
            return th.growth_ratio_max[bracket]
    return th.growth_ratio_max[max(th.growth_ratio_max)]


def min_hours_wanted(inputs: Inputs, kn: Catalogue) -> float:
    wanted = dict.fromkeys(inputs.list("current_networks") + inputs.list("considered_networks"))
    return sum(kn.network(n).min_hours for n in wanted)


def _quick_growth(i: Inputs, kn: Catalogue, _nn: bool) -> bool:
    if "quick_growth" in i.list("expectations"):
        return True
    ratio = growth_ratio(i)
    return ratio is not None and ratio > ratio_limit(i.horizon, kn.thresholds)


CONDITIONS: dict[str, Condition] = {
    "intern_cm": lambda i, kn, nn: i["run_by"] == "intern",
    "lone_cm": lambda i, kn, nn: (
        i["team"] == "solo" and i["org_kind"] in ("large_company", "public_body")
    ),
    "quick_growth": _quick_growth,
    "replace_support": lambda i, kn, nn: "replace_support" in i.list("expectations"),
    "filter_criticism": lambda i, kn, nn: i["negative_feedback"] == "delete",
    "compensate_weaknesses": lambda i, kn, nn: i["offer_ready"] == "no",
    "self_centred": lambda i, kn, nn: float(i["promo_share"] or 0) > kn.thresholds.promo_share_max,
    "repetition": lambda i, kn, nn: "repeat_ads" in i.list("expectations"),
    "automation": lambda i, kn, nn: "automate_dms" in i.list("expectations"),
    "bought_fans": lambda i, kn, nn: "buy_followers" in i.list("expectations"),
    "dated_site": lambda i, kn, nn: (
        "rejuvenate_site" in i.list("expectations")
        or (i["website"] == "dated" and i["objective"] in SOCIAL_TARGETS)
    ),
    "over_stretched": lambda i, kn, nn: min_hours_wanted(i, kn) > i.hours,
    "participation_not_needed": lambda i, kn, nn: nn,
    "slow_response": lambda i, kn, nn: (
        float(i["response_time_hours"] or 0) > kn.thresholds.slow_response_hours
    ),
    "no_buy_in": lambda i, kn, nn: i["management_support"] == "none",
}


def raised(inputs: Inputs, kn: Catalogue, not_needed: bool) -> list[str]:
    """The ids of the warnings whose condition holds, in the data's order."""
    return [w.id for w in kn.warnings if CONDITIONS[w.id](inputs, kn, not_needed)]
