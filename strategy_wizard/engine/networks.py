"""Why each network has its role, recorded as data: a reason's code, its kind (for, against, a
note, an override) and the figures it rests on, with the facts it cites.

Every reason comes from the same numbers the allocation used (mix.py), so the sentence that
wording.py makes of it cannot say what the decision did not.
"""

from __future__ import annotations

from typing import Any

from strategy_wizard.engine.mix import Allocation, floor2, formats_for, posts_for
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import Fit
from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.strategy import NetworkPlan, Reason, ReasonKind

GOOD = 0.6  # a part of the fit at or above this is a strength worth saying


class _Reasons(list[Reason]):
    def add(
        self, kind: ReasonKind, code: str, facts: list[str] | None = None, **figures: Any
    ) -> None:
        self.append(Reason(code=code, kind=kind, figures=figures, facts=list(facts or [])))


def explain(fit: Fit, alloc: Allocation, inputs: Inputs, kn: Catalogue) -> NetworkPlan:
    net = fit.network
    nid = net.id
    role = alloc.roles[nid]
    active = role in ("primary", "secondary")
    hours = floor2(alloc.minutes.get(nid, 0)) if active else 0.0
    cite = net.facts
    reasons = _Reasons()
    audience = {"ages": inputs.list("audience_ages"), "types": inputs.list("audience_types")}
    objective = inputs["objective"] or "awareness"
    market = inputs["market"] or "b2c"
    override = inputs.overrides.get(nid)

    if override:
        reasons.add("override", "override", [], reason=override["reason"], role=override["role"])
    if active:
        if role == "primary":
            code = "primary"
        else:
            code = {"owned": "owned", "local": "local"}.get(net.kind, "secondary")
        social = net.kind == "social"
        reasons.add(
            "for",
            code,
            cite.get("audience", []) if social else cite.get("objectives") or cite["audience"],
            fit=fit.score,
        )
        strong = fit.parts["audience"] >= GOOD
        reasons.add(
            "for" if strong else "against",
            "audience_good" if strong else "audience_poor",
            cite["audience"],
            audience=audience,
        )
        strong = fit.parts["objective"] >= GOOD
        reasons.add(
            "for" if strong else "against",
            "objective_good" if strong else "objective_poor",
            cite.get("objectives") or cite["audience"],
            objective=objective,
        )
        formats = formats_for(net, inputs)
        strong = fit.parts["formats"] >= GOOD
        reasons.add(
            "for" if strong else "against",
            "formats_good" if strong else "formats_poor",
            cite.get("formats") or cite["effort"],
            formats=formats,
        )
        posts = posts_for(net, hours)
        if hours + 1e-9 < net.min_hours:
            reasons.add(
                "against", "effort_short", cite["effort"], hours=hours, min_hours=net.min_hours
            )
        else:
            reasons.add(
                "note",
                "effort_active",
                cite["effort"],
                hours=hours,
                posts=posts,
                min_hours=net.min_hours,
                min_posts=net.min_posts,
            )
        if override:
            _override_cost(fit, alloc, reasons)
    else:
        posts = 0.0
        _refusal(fit, alloc, inputs, kn, reasons, bool(override))
        weakest = fit.weakest
        if fit.parts[weakest] < GOOD:
            # the part of the fit that decided, with the figure it rests on
            weak_facts: dict[str, list[str]] = {
                "audience": cite["audience"],
                "objective": cite.get("objectives") or cite["audience"],
                "market": cite["audience"],
                "formats": cite.get("formats") or cite["effort"],
                "local": cite.get("local") or cite["audience"],
            }
            weak_figures: dict[str, dict[str, Any]] = {
                "audience": {"audience": audience},
                "objective": {"objective": objective},
                "market": {"market": [market]},
                "formats": {"formats": formats_for(net, inputs)},
                "local": {},
            }
            reasons.add("against", f"{weakest}_poor", weak_facts[weakest], **weak_figures[weakest])
        if role == "listen":
            reasons.add("note", "listen")  # a role, not a claim: nothing to cite
        if nid in inputs.list("current_networks"):
            code = "current_keep" if role == "listen" else "current_drop"
            reasons.add("note", code, cite["effort"])
        elif nid in inputs.list("considered_networks"):
            reasons.add("note", "considered", cite["effort"])
    for fid in cite.get("caveat", []):
        reasons.add("note", "caveat", [fid], fact=fid)
    return NetworkPlan(
        id=nid,
        name=net.name,
        kind=net.kind,
        role=role,
        score=fit.score,
        hours_per_week=hours,
        posts_per_week=posts,
        formats=formats_for(net, inputs) if active else [],
        reasons=list(reasons),
        overridden=bool(override),
    )


def _refusal(
    fit: Fit,
    alloc: Allocation,
    inputs: Inputs,
    kn: Catalogue,
    reasons: _Reasons,
    overridden: bool,
) -> None:
    """The reason a network was not given time, from what the allocation recorded."""
    net, th, nid = fit.network, kn.thresholds, fit.network.id
    cite = net.facts
    refusal = alloc.refusal.get(nid, "low_fit")
    team = inputs["team"] or "solo"
    if overridden:
        reasons.add("against", "override_removed", [], role=alloc.roles[nid])
    elif refusal == "team_cap":
        focus = [th.cite["focus"]] if "focus" in th.cite else cite["effort"]
        reasons.add(
            "against",
            refusal,
            focus,
            team=[team],
            n=th.max_social_networks.get(team, 1),
            fit=fit.score,
        )
    elif refusal == "no_hours":
        left = floor2(alloc.left_when_refused.get(nid, 0))
        reasons.add(
            "against", refusal, cite["effort"], min_hours=net.min_hours, left=left, fit=fit.score
        )
    elif refusal == "zero_hours":
        reasons.add("against", refusal, cite["effort"])
    else:  # not_needed, low_fit
        reasons.add("against", refusal, cite["audience"], fit=fit.score, threshold=alloc.threshold)
    # Say why the bar was higher only where it changed the answer.
    if (
        net.kind == "social"
        and fit.score >= th.fit_threshold
        and refusal in ("not_needed", "low_fit")
    ):
        for index in alloc.raised_because:
            reasons.add("note", "threshold_raised", [], rule=int(index))


def _override_cost(fit: Fit, alloc: Allocation, reasons: _Reasons) -> None:
    """What a role imposed by the consultant cost: fit under the bar, hours taken from others."""
    nid = fit.network.id
    if fit.score < alloc.threshold:
        reasons.add(
            "override",
            "override_cost_fit",
            fit.network.facts["audience"],
            fit=fit.score,
            threshold=alloc.threshold,
        )
    displaced = alloc.displaced.get(nid, [])
    if displaced:
        reasons.add(
            "override",
            "override_cost_hours",
            fit.network.facts["effort"],
            hours=floor2(alloc.minutes[nid]),
            others=displaced,
        )
    elif fit.score >= alloc.threshold:
        reasons.add("override", "override_cost_none", [])
