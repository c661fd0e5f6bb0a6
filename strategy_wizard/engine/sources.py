"""Which facts a strategy cites: those that fit its audience's area and its organisation.

A catalogue entry may name several facts for the same claim (the French figure, the American
one, a worldwide one); the strategy cites the one measured where its audience is — France for a
French audience, a worldwide or American figure for an international one or an English-speaking
reader — and falls back openly: the fact's country is shown with it, and the strategy records
which citations are fallbacks.
"""

from __future__ import annotations

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.model.catalogue import Catalogue

SMALL_ORGS = ("freelance", "small_business", "startup", "personal_brand", "nonprofit")


class Citer:
    """Chooses, among the facts offered for a claim, those to cite for this strategy."""

    def __init__(self, kn: Catalogue, inputs: Inputs) -> None:
        self.kn = kn
        international = inputs["audience_geo"] == "international"
        if inputs.lang == "fr" and not international:
            self.order: tuple[str, ...] = ("fr", "world", "us")
        else:
            self.order = ("world", "us", "fr")
        self.small = (inputs["org_kind"] or "small_business") in SMALL_ORGS
        self.fallbacks: set[str] = set()

    def __call__(self, fact_ids: list[str]) -> list[str]:
        facts = [self.kn.fact(f) for f in fact_ids]
        for geo in self.order:
            chosen = [f.id for f in facts if f.geo == geo]
            if chosen:
                if geo not in (self.order[0], "world"):
                    self.fallbacks.update(chosen)
                worldwide = [f.id for f in facts if f.geo == "world" and f.id not in chosen]
                return chosen + worldwide
        return [f.id for f in facts]

    def applies(self, fact_id: str) -> bool:
        """Whether a fact was measured where the audience is (or worldwide)."""
        return self.kn.fact(fact_id).geo in (self.order[0], "world")

    def fits_population(self, fact_id: str) -> bool:
        """Whether a figure describes organisations like this one (small firms' figures do not
        describe a large company or a public body)."""
        return self.kn.fact(fact_id).population == "all" or self.small
