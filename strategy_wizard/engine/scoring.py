"""How well each network fits the objective thread: a 0-100 score and its parts.

The score weighs audience, market, objective, formats and local reach (weights in the data), so
the reasons given later can name the part that made the difference.
"""

from __future__ import annotations

from dataclasses import dataclass

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.model.catalogue import Catalogue, Network


@dataclass(frozen=True)
class Fit:
    network: Network
    parts: dict[str, float]  # each 0..1
    score: int

    @property
    def weakest(self) -> str:
        return min(self.parts, key=lambda k: (self.parts[k], k))

    @property
    def strongest(self) -> str:
        return max(self.parts, key=lambda k: (self.parts[k], k))


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def audience_fit(net: Network, inputs: Inputs) -> float:
    parts = [
        _mean([net.ages[a] for a in inputs.list("audience_ages")]),
        _mean([net.audience_types.get(t, 0.5) for t in inputs.list("audience_types")]),
    ]
    known = [p for p in parts if p is not None]
    return sum(known) / len(known) if known else 0.5


def market_fit(net: Network, inputs: Inputs) -> float:
    market = inputs["market"] or "b2c"
    b2c, b2b = net.markets.get("b2c", 0.0), net.markets.get("b2b", 0.0)
    if market == "both":
        return max(b2c, b2b) * 0.6 + (b2c + b2b) / 2 * 0.4
    return b2b if market == "b2b" else b2c


def objective_fit(net: Network, inputs: Inputs) -> float:
    main = net.objectives.get(inputs["objective"] or "awareness", 0)
    others = [net.objectives.get(o, 0) for o in inputs.list("secondary_objectives")]
    return main if not others else main * 0.75 + sum(others) / len(others) * 0.25


def formats_fit(net: Network, inputs: Inputs) -> float:
    can = inputs.list("formats")
    if not can:
        return 0.5
    rewarded = sorted((net.formats.get(f, 0) for f in can), reverse=True)
    # the best format counts most; a second strong one helps keep a rhythm
    return rewarded[0] * 0.8 + (rewarded[1] if len(rewarded) > 1 else rewarded[0]) * 0.2


NEUTRAL_LOCAL_FIT = 0.75  # no geographic bias: neither a strength nor the weakest point


def local_fit(net: Network, inputs: Inputs) -> float:
    geo = inputs["audience_geo"] or "national"
    reach = net.local_reach
    if reach is None:
        return NEUTRAL_LOCAL_FIT
    return {
        "local": reach,
        "regional": 0.4 + 0.6 * reach,
        "national": 1 - 0.5 * reach,
        "international": 1 - 0.7 * reach,
    }[geo]


def score_network(net: Network, inputs: Inputs, kn: Catalogue) -> Fit:
    parts = {
        "audience": audience_fit(net, inputs),
        "market": market_fit(net, inputs),
        "objective": objective_fit(net, inputs),
        "formats": formats_fit(net, inputs),
        "local": local_fit(net, inputs),
    }
    th = kn.thresholds
    total = sum(th.weights.values()) or 1
    raw = sum(parts[k] * w for k, w in th.weights.items()) / total
    # A network built for the other market is a poor means whatever else fits: the market
    # scales the score rather than adding to it.
    raw *= 1 - th.market_factor * (1 - parts["market"])
    if net.id in inputs.list("current_networks") and inputs["current_audience_fit"] == "yes":
        raw += kn.thresholds.current_audience_bonus / 100
    return Fit(network=net, parts=parts, score=max(0, min(100, round(raw * 100))))


def score_all(inputs: Inputs, kn: Catalogue) -> list[Fit]:
    return [score_network(n, inputs, kn) for n in kn.networks]
