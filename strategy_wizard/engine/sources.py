"""Which facts a strategy cites: those that fit its audience's area and its organisation.

A catalogue entry may name several facts for the same claim (the French figure, the American
one, a worldwide one); the strategy cites the one measured where its audience is and falls back
openly. The audience's country is the answers' own: French answers describe an organisation
working in France, whose figures come first (after a worldwide one when its audience is
international); English answers describe an audience in an English-speaking country, for which
the catalogue has worldwide and American figures, never a French one before them. A figure
measured elsewhere than the audience's country (or worldwide) is recorded as a fallback, and
the document says where it was measured (review 5, #7).
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
        # where the audience lives, as the answers tell it: French answers, France
        self.home: str | None = "fr" if (inputs.answers_lang or inputs.lang) == "fr" else None
        if self.home == "fr":
            self.order: tuple[str, ...] = (
                ("world", "fr", "us") if international else ("fr", "world", "us")
            )
        else:
            self.order = ("world", "us", "fr")
        self.small = (inputs["org_kind"] or "small_business") in SMALL_ORGS
        self.fallbacks: set[str] = set()

    def __call__(self, fact_ids: list[str]) -> list[str]:
        facts = [self.kn.fact(f) for f in fact_ids]
        for geo in self.order:
            chosen = [f.id for f in facts if f.geo == geo]
            if chosen:
                self.fallbacks.update(f for f in chosen if self.foreign(f))
                worldwide = [f.id for f in facts if f.geo == "world" and f.id not in chosen]
                return chosen + worldwide
        return [f.id for f in facts]

    def foreign(self, fact_id: str) -> bool:
        """Whether a figure was measured in another country than the audience's own."""
        return self.kn.fact(fact_id).geo not in ("world", self.home)

    def applies(self, fact_id: str) -> bool:
        """Whether a fact was measured where the audience is (or worldwide)."""
        return self.kn.fact(fact_id).geo in (self.order[0], "world")

    def fits_population(self, fact_id: str) -> bool:
        """Whether a figure describes organisations like this one (small firms' figures do not
        describe a large company or a public body)."""
        return self.kn.fact(fact_id).population == "all" or self.small
