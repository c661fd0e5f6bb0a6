"""The network mix: which networks get a role, how many hours each, and why — refusals too.

Hours are handed out in whole minutes so that the sums can never exceed what the person has.
A small team gets one social network done well (plus an owned channel when hours allow) rather
than several done thinly; the team size → network count table is in the thresholds data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from strategy_wizard.base.locale import Lang, format_number
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import Fit
from strategy_wizard.model.bank import load_bank
from strategy_wizard.model.catalogue import Catalogue, Network
from strategy_wizard.model.strategy import NetworkPlan, Reason, Role


@dataclass
class Allocation:
    roles: dict[str, Role]
    minutes: dict[str, int]
    listen_minutes: int = 0
    measure_minutes: int = 0
    spare_minutes: int = 0
    not_needed: bool = False
    threshold: float = 50.0
    raised_because: list[str] = field(default_factory=list)  # ids of matching threshold raises
    refusal: dict[str, str] = field(default_factory=dict)  # network id -> phrase key
    left_when_refused: dict[str, int] = field(default_factory=dict)
    displaced: dict[str, list[str]] = field(default_factory=dict)  # override -> networks it cost

    def active(self) -> list[str]:
        return [n for n, r in self.roles.items() if r in ("primary", "secondary")]


def floor2(minutes: int) -> float:
    """Minutes as hours, rounded down to the hundredth so sums never exceed the whole."""
    return math.floor(minutes * 100 / 60) / 100


def allocate(fits: list[Fit], inputs: Inputs, kn: Catalogue) -> Allocation:
    th = kn.thresholds
    total = math.floor(inputs.hours * 60 + 1e-9)
    by_id = {f.network.id: f for f in fits}
    ranked = sorted(fits, key=lambda f: -f.score)  # stable: catalogue order breaks ties
    market, objective = inputs["market"], inputs["objective"]
    types = inputs.list("audience_types")
    threshold = kn.fit_threshold(market, objective, types)
    social_ok = [f for f in ranked if f.network.kind == "social" and f.score >= threshold]
    forced = {nid: spec["role"] for nid, spec in inputs.overrides.items()}
    not_needed = total == 0 or not social_ok
    alloc = Allocation(
        roles={},
        minutes={f.network.id: 0 for f in fits},
        not_needed=not_needed,
        threshold=threshold,
        raised_because=[
            str(i)
            for i, r in enumerate(th.fit_threshold_raises)
            if r.matches(market, objective, types)
        ],
    )

    if total == 0:
        for f in fits:
            alloc.roles[f.network.id] = _passive_role(f, inputs, kn)
            alloc.refusal.setdefault(f.network.id, "reason_zero_hours")
        _apply_passive_overrides(alloc, forced)
        return alloc

    alloc.listen_minutes = min(int(th.listen_hours * 60), int(total * 0.15))
    alloc.measure_minutes = min(int(th.measure_hours * 60), int(total * 0.1))
    left = total - alloc.listen_minutes - alloc.measure_minutes

    # Who may take part, in the order they are served.
    primary = next((n for n, r in forced.items() if r == "primary"), None)
    free_social = [f for f in social_ok if f.network.id not in forced]
    if primary is None:
        if free_social:
            primary = free_social[0].network.id
        else:
            owned = [
                f
                for f in ranked
                if f.network.kind != "social"
                and f.score >= th.listen_threshold
                and forced.get(f.network.id) is None
            ]
            primary = owned[0].network.id if owned else None
    order: list[str] = [primary] if primary else []
    order += [n for n, r in forced.items() if r == "secondary" and n not in order]
    cap = th.max_social_networks.get(inputs["team"] or "solo", 1)
    socials_in = sum(1 for n in order if by_id[n].network.kind == "social")
    if not not_needed:
        for f in social_ok:
            nid = f.network.id
            if nid in order or nid in forced:
                continue
            if socials_in >= cap:
                alloc.refusal[nid] = "reason_team_cap"
                continue
            order.append(nid)
            socials_in += 1
    # Then one owned channel and the local listing, the better fit first.
    extras: list[Fit] = []
    owned = [
        f
        for f in ranked
        if f.network.kind == "owned"
        and f.score >= th.listen_threshold
        and f.network.id not in forced
    ]
    if owned and not any(by_id[n].network.kind == "owned" for n in order):
        extras.append(owned[0])
    extras += [
        f
        for f in ranked
        if f.network.kind == "local"
        and f.score >= threshold
        and f.network.id not in order
        and f.network.id not in forced
    ]
    order += [f.network.id for f in sorted(extras, key=lambda f: -f.score)]

    # Serve each its minimum while time lasts; forced ones take time even when it is short.
    for i, nid in enumerate(order):
        net = by_id[nid].network
        need = int(net.min_hours * 60)
        if i == 0 or forced.get(nid) == "secondary":
            give = min(left, need)
            if i == 0:  # done well first: the main network gets its share before others
                give = min(
                    left,
                    max(need, 30, min(int(net.typical_hours * 60), int(left * th.primary_share))),
                )
            alloc.roles[nid] = "primary" if i == 0 else "secondary"
            alloc.minutes[nid] = give
            left -= give
            if forced.get(nid):
                alloc.displaced[nid] = []
        elif left >= need and need > 0:
            alloc.roles[nid] = "secondary"
            alloc.minutes[nid] = need
            left -= need
        else:
            alloc.refusal[nid] = "reason_no_hours"
            alloc.left_when_refused[nid] = left
    # Forced networks may have crowded out others that would have been chosen.
    for nid in alloc.displaced:
        alloc.displaced[nid] = [n for n in order if alloc.refusal.get(n) == "reason_no_hours"]

    # Then raise each active network toward its typical effort, the primary first.
    for nid in alloc.active():
        room = int(by_id[nid].network.typical_hours * 60) - alloc.minutes[nid]
        give = max(0, min(left, room))
        alloc.minutes[nid] += give
        left -= give
    if primary and alloc.roles.get(primary) == "primary":
        room = int(by_id[primary].network.typical_hours * 60)  # up to twice its typical effort
        give = max(0, min(left, room))
        alloc.minutes[primary] += give
        left -= give
    alloc.spare_minutes = left

    for f in fits:
        nid = f.network.id
        if nid not in alloc.roles:
            alloc.roles[nid] = _passive_role(f, inputs, kn)
            if nid not in alloc.refusal:
                alloc.refusal[nid] = (
                    "reason_not_needed"
                    if not_needed and f.network.kind == "social"
                    else "reason_low_fit"
                )
    _apply_passive_overrides(alloc, forced)
    return alloc


def _passive_role(fit: Fit, inputs: Inputs, kn: Catalogue) -> Role:
    listening_matters = fit.network.kind == "social" and (
        fit.score >= kn.thresholds.listen_threshold
        or fit.network.id in inputs.list("current_networks")
    )
    return "listen" if listening_matters else "avoid"


def _apply_passive_overrides(alloc: Allocation, forced: dict[str, str]) -> None:
    for nid, role in forced.items():
        if role in ("listen", "avoid"):
            alloc.spare_minutes += alloc.minutes.get(nid, 0)
            alloc.minutes[nid] = 0
            alloc.roles[nid] = role  # type: ignore[assignment]


def posts_for(net: Network, hours: float) -> float:
    """Posts a week the hours can sustain, from the catalogue's minimum and typical rhythm."""
    if hours <= 0:
        return 0.0
    if hours < net.min_hours or net.typical_hours == net.min_hours:
        posts = net.min_posts * min(1.0, hours / net.min_hours if net.min_hours else 1.0)
    else:
        frac = min(1.0, (hours - net.min_hours) / (net.typical_hours - net.min_hours))
        posts = net.min_posts + (net.typical_posts - net.min_posts) * frac
    return max(0.25, round(posts * 4) / 4)


def formats_for(net: Network, inputs: Inputs) -> list[str]:
    can = inputs.list("formats")
    good = sorted(
        (f for f in can if net.formats.get(f, 0) >= 0.5), key=lambda f: -net.formats.get(f, 0)
    )
    if good:
        return good[:3]
    return [max(net.formats, key=lambda f: net.formats[f])] if net.formats else []


class Phrases:
    """Reads engine phrases in one language, so every reason is built the same way."""

    def __init__(self, kn: Catalogue, lang: Lang) -> None:
        self.kn, self.lang = kn, lang

    def __call__(self, key: str, **fields: object) -> str:
        return self.kn.phrase(key)(self.lang, **fields)

    def num(self, x: float, decimals: int = 2) -> str:
        return format_number(x, self.lang, decimals)


def _labels(qid: str, codes: list[str], lang: Lang) -> str:
    q = load_bank().question(qid)
    return ", ".join(q.choice_label(c, lang) for c in codes)


def explain(fit: Fit, alloc: Allocation, inputs: Inputs, kn: Catalogue, lang: Lang) -> NetworkPlan:
    net, th = fit.network, kn.thresholds
    say = Phrases(kn, lang)
    nid = net.id
    role = alloc.roles[nid]
    hours = floor2(alloc.minutes.get(nid, 0)) if role in ("primary", "secondary") else 0.0
    cite = net.facts
    good = 0.6
    reasons: list[Reason] = []

    def add(kind: str, key: str, facts: list[str] | None = None, **fields: object) -> None:
        reasons.append(Reason(text=say(key, **fields), facts=list(facts or []), kind=kind))  # type: ignore[arg-type]

    audience_detail = (
        _labels("audience_ages", inputs.list("audience_ages"), lang)
        or _labels("audience_types", inputs.list("audience_types"), lang)
        or say("your_audience")
    )
    objective_label = kn.objective(inputs["objective"] or "awareness").label(lang)
    override = inputs.overrides.get(nid)

    if override:
        add(
            "override",
            "reason_override",
            [],
            reason=override["reason"] or say("no_reason"),
            role=say(f"role_{override['role']}"),
        )
    if role in ("primary", "secondary"):
        key = (
            "reason_primary"
            if role == "primary"
            else (
                "reason_owned"
                if net.kind == "owned"
                else "reason_local"
                if net.kind == "local"
                else "reason_secondary"
            )
        )
        add(
            "for",
            key,
            cite.get("audience", [])
            if net.kind == "social"
            else cite.get("objectives") or cite["audience"],
            score=fit.score,
        )
        add(
            "for" if fit.parts["audience"] >= good else "against",
            "reason_audience_good" if fit.parts["audience"] >= good else "reason_audience_poor",
            cite["audience"],
            detail=audience_detail,
        )
        add(
            "for" if fit.parts["objective"] >= good else "against",
            "reason_objective_good" if fit.parts["objective"] >= good else "reason_objective_poor",
            cite.get("objectives") or cite["audience"],
            objective=objective_label,
        )
        formats = formats_for(net, inputs)
        if fit.parts["formats"] >= good:
            add(
                "for",
                "reason_formats_good",
                cite.get("formats") or cite["effort"],
                formats=_labels("formats", formats, lang),
            )
        else:
            add(
                "against",
                "reason_formats_poor",
                cite.get("formats") or cite["effort"],
                formats=_labels("formats", formats, lang),
            )
        posts = posts_for(net, hours)
        if hours + 1e-9 < net.min_hours:
            add(
                "against",
                "reason_effort_short",
                cite["effort"],
                hours=say.num(hours),
                min_hours=say.num(net.min_hours),
            )
        else:
            add(
                "note",
                "reason_effort_active",
                cite["effort"],
                hours=say.num(hours),
                posts=say.num(posts),
                min_hours=say.num(net.min_hours),
                min_posts=say.num(net.min_posts),
            )
        if override:
            _explain_override_cost(fit, alloc, inputs, kn, say, add)
    else:
        posts = 0.0
        refusal = alloc.refusal.get(nid, "reason_low_fit")
        if override:
            add("against", "reason_override_removed", [], role=say(f"role_{role}"))
        elif refusal == "reason_team_cap":
            add(
                "against",
                refusal,
                [th.cite["focus"]] if "focus" in th.cite else cite["effort"],
                team=_labels("team", [inputs["team"] or "solo"], lang),
                n=th.max_social_networks.get(inputs["team"] or "solo", 1),
                score=fit.score,
            )
        elif refusal == "reason_no_hours":
            add(
                "against",
                refusal,
                cite["effort"],
                min_hours=say.num(net.min_hours),
                left=say.num(floor2(alloc.left_when_refused.get(nid, 0))),
                score=fit.score,
            )
        elif refusal == "reason_zero_hours":
            add("against", refusal, cite["effort"])
        elif refusal == "reason_not_needed":
            add(
                "against",
                refusal,
                cite["audience"],
                score=fit.score,
                threshold=say.num(alloc.threshold, 0),
            )
        else:
            add(
                "against",
                "reason_low_fit",
                cite["audience"],
                score=fit.score,
                threshold=say.num(alloc.threshold, 0),
            )
        # Say why the bar was higher only where it changed the answer.
        if (
            net.kind == "social"
            and fit.score >= th.fit_threshold
            and refusal in ("reason_not_needed", "reason_low_fit")
        ):
            for index in alloc.raised_because:
                rule = th.fit_threshold_raises[int(index)]
                reasons.append(Reason(text=rule.why(lang), facts=[], kind="note"))
        weakest = fit.weakest
        weak_key = {
            "audience": "reason_audience_poor",
            "objective": "reason_objective_poor",
            "market": "reason_market_poor",
            "formats": "reason_formats_poor",
            "local": "reason_local_poor",
        }[weakest]
        weak_facts = {
            "audience": cite["audience"],
            "objective": cite.get("objectives") or cite["audience"],
            "market": cite["audience"],
            "formats": cite.get("formats") or cite["effort"],
            "local": cite.get("local") or cite["audience"],
        }[weakest]
        if fit.parts[weakest] < good:
            add(
                "against",
                weak_key,
                weak_facts,
                detail=audience_detail,
                objective=objective_label,
                market=_labels("market", [inputs["market"] or "b2c"], lang),
                formats=_labels("formats", formats_for(net, inputs), lang),
            )
        if role == "listen":
            add("note", "reason_listen")  # a role, not a claim: nothing to cite
        if nid in inputs.list("current_networks"):
            add(
                "note",
                "reason_current_keep" if role == "listen" else "reason_current_drop",
                cite["effort"],
            )
        elif nid in inputs.list("considered_networks"):
            add("note", "reason_considered", cite["effort"])
    for fid in cite.get("caveat", []):
        fact = kn.fact(fid)
        add("note", "reason_caveat", [fid], fact=fact.text(lang))
    return NetworkPlan(
        id=nid,
        name=net.name,
        kind=net.kind,
        role=role,
        score=fit.score,
        hours_per_week=hours,
        posts_per_week=posts,
        formats=formats_for(net, inputs) if role in ("primary", "secondary") else [],
        reasons=reasons,
        overridden=bool(override),
    )


def _explain_override_cost(
    fit: Fit, alloc: Allocation, inputs: Inputs, kn: Catalogue, say: Phrases, add: object
) -> None:
    if fit.score < alloc.threshold:
        add(
            "override",
            "reason_override_cost_fit",
            fit.network.facts["audience"],  # type: ignore[operator]
            score=fit.score,
            threshold=say.num(alloc.threshold, 0),
        )
    displaced = alloc.displaced.get(fit.network.id, [])
    if displaced:
        names = ", ".join(kn.network(n).name for n in displaced)
        add(
            "override",
            "reason_override_cost_hours",
            fit.network.facts["effort"],  # type: ignore[operator]
            hours=say.num(floor2(alloc.minutes[fit.network.id])),
            others=names,
        )
    elif fit.score >= alloc.threshold:
        add("override", "reason_override_cost_none", [])  # type: ignore[operator]
