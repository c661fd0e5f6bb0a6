"""The network mix: which networks get a role and how many hours each (the reasons are in
networks.py, from what is recorded here).

Hours are handed out in whole minutes so that the sums can never exceed what the person has.
A small team gets one social network done well (plus an owned channel when hours allow) rather
than several done thinly; the team size → network count table is in the thresholds data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import Fit
from strategy_wizard.model.catalogue import Catalogue, Network
from strategy_wizard.model.strategy import Role


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
    refusal: dict[str, str] = field(default_factory=dict)  # network id -> reason code
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
            alloc.refusal.setdefault(f.network.id, "zero_hours")
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
                alloc.refusal[nid] = "team_cap"
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
            alloc.refusal[nid] = "no_hours"
            alloc.left_when_refused[nid] = left
    # Forced networks may have crowded out others that would have been chosen.
    for nid in alloc.displaced:
        alloc.displaced[nid] = [n for n in order if alloc.refusal.get(n) == "no_hours"]

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
                    "not_needed" if not_needed and f.network.kind == "social" else "low_fit"
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
