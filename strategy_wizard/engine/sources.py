"""Which facts a strategy cites: those that fit its audience's country and its organisation.

A catalogue entry may name several facts for the same claim (the French figure, the American
one, a worldwide one); the strategy cites the one measured where its audience is and falls back
openly. The audience's country is the `country` answer (France assumed for French answers,
unknown for English ones): a Belgian association writing in French is not in France (review 6,
#2). Its figures come first, then those of the places data/countries.yaml lists for it (a
worldwide one first when the audience is international). A figure measured elsewhere is
recorded as a fallback, and the document says where it was measured and for want of which
(« chiffre français, faute d'un chiffre belge »). A rule (a law, a platform's rule) is never
called a figure: outside where it applies, it is said as another country's rule to check
against one's own; an EU rule applies in every EU country (review 6, #9).
"""

from __future__ import annotations

from strategy_wizard.engine.languages import audience_countries
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.catalogue import Catalogue, Country

SMALL_ORGS = ("freelance", "small_business", "startup", "personal_brand", "nonprofit")
UNKNOWN_ORDER = ("world", "us", "fr")  # a country not given: worldwide figures first
# an international audience's figure when a network's audience figures are all one country's
# (data/facts.yaml; review 15, D4: « Arcom » or Pew US alone for buyers in five countries)
WORLD_AUDIENCE = "social_users_world_2025"
# the count of social media users in one of the audience's countries (data/facts.yaml: India,
# Nigeria, the Netherlands): it says how many use the networks there, never at what age
COUNTRY_AUDIENCE = "social_{geo}_2025"


class Citer:
    """Chooses, among the facts offered for a claim, those to cite for this strategy."""

    def __init__(self, kn: Catalogue, inputs: Inputs) -> None:
        self.kn = kn
        self.country: Country | None = kn.country(inputs.country)
        # where the audience lives: the country answered (or assumed), else unknown
        self.home: str | None = self.country.geo if self.country else None
        order = (self.home, *self.country.figures_from) if self.country else UNKNOWN_ORDER
        if inputs["audience_geo"] == "international":
            order = ("world", *order)
        self.order: tuple[str, ...] = tuple(dict.fromkeys(g for g in order if g))
        self.small = (inputs["org_kind"] or "small_business") in SMALL_ORGS
        self.international = inputs["audience_geo"] == "international"
        self.world = self.international and any(f.id == WORLD_AUDIENCE for f in kn.facts)
        # the networks' audience-by-age figures, which follow the audience's countries
        self.audience_ids = {f for n in kn.networks for f in n.facts.get("audience", [])}
        self.fallbacks: set[str] = set()
        # the other countries an international audience's description names (« des Belges »,
        # « des Néerlandais »): their own figures are cited beside the home country's, said as
        # theirs (review 21a, R10: a French tourist office's Belgian and Dutch visitors read
        # French figures only)
        self.abroad: tuple[str, ...] = self._audience_countries(kn, inputs)
        # the counts of users measured in those countries, cited beside the worldwide one
        known = {f.id for f in kn.facts}
        self.headcounts: tuple[str, ...] = tuple(
            f for g in self.abroad if (f := COUNTRY_AUDIENCE.format(geo=g)) in known
        )
        # the home country's figures cited for an audience in several countries, said as such
        # (review 17, NEW-7: « Arcom » or DataReportal France unflagged for export buyers)
        self.home_only: set[str] = set()

    def _audience_countries(self, kn: Catalogue, inputs: Inputs) -> tuple[str, ...]:
        if not self.international:
            return ()
        described = str(inputs["audience_description"] or "")
        named = [
            c.code.lower()
            for c in audience_countries(kn.ideas.audience_languages, described)
            if c.code
        ]
        return tuple(dict.fromkeys(g for g in named if g != self.home))

    def audience_figure(self, fact_id: str) -> bool:
        """Whether a figure was measured in another country the audience lives in."""
        fact = self.kn.fact(fact_id)
        return fact.kind != "rule" and fact.geo in self.abroad

    @property
    def in_eu(self) -> bool:
        return bool(self.country and self.country.eu)

    def __call__(self, fact_ids: list[str]) -> list[str]:
        facts = [self.kn.fact(f) for f in fact_ids]
        # a rule is cited as the data gives it (a warning names the rules it rests on); where it
        # does not apply, it is flagged as another country's
        rules = [f.id for f in facts if f.kind == "rule"]
        self.fallbacks.update(f for f in rules if self.foreign(f))
        figures = [f for f in facts if f.kind != "rule"]
        national = figures and all(f.id in self.audience_ids and f.geo != "world" for f in figures)
        # never one country's figure alone for an audience in several countries (review 15,
        # D4): the worldwide count of users goes beside the ages measured in one country, which
        # stay cited (flagged when measured elsewhere) since they are what the sentence rests on
        world = [WORLD_AUDIENCE] if self.world and national else []
        for geo in self.order:
            chosen = [f.id for f in figures if f.geo == geo]
            if chosen and world and geo not in (self.home, *self.abroad):
                # an audience living in other countries: one unrelated country's ages (Pew's
                # US, DataReportal's France for graduates in India and Nigeria) are never what
                # the sentence rests on; the worldwide figure and the audience's own countries'
                # are cited instead (review 22b, D12)
                theirs = [f.id for f in figures if f.geo in self.abroad]
                counts = [f for f in self.headcounts if f not in theirs]
                return [*world, *theirs, *counts, *rules]
            if chosen:
                self.fallbacks.update(f for f in chosen if self.foreign(f))
                if self.international and geo == self.home:
                    self.home_only.update(chosen)
                worldwide = [f.id for f in figures if f.geo == "world" and f.id not in chosen]
                theirs = [f.id for f in figures if f.geo in self.abroad and f.id not in chosen]
                return [*chosen, *theirs, *worldwide, *world, *rules]
        self.fallbacks.update(f.id for f in figures if self.foreign(f.id))
        return [f.id for f in facts] + world

    def foreign(self, fact_id: str) -> bool:
        """Whether a fact was measured, or a rule applies, elsewhere than the audience's country
        (an EU rule applies in an EU country)."""
        geo = self.kn.fact(fact_id).geo
        if self.audience_figure(fact_id):
            return False  # measured where part of the audience lives
        return geo not in ("world", self.home) and not (geo == "eu" and self.in_eu)

    def applies(self, fact_id: str) -> bool:
        """Whether a fact was measured where the audience is (or worldwide)."""
        return self.kn.fact(fact_id).geo in (self.order[0], "world")

    def fits_population(self, fact_id: str) -> bool:
        """Whether a figure describes organisations like this one (small firms' figures do not
        describe a large company or a public body)."""
        return self.kn.fact(fact_id).population == "all" or self.small

    def flag(self, fact_id: str, say: Words) -> str:
        """Where a fallback was measured, or whose rule it is, for want of what: « chiffre
        français, faute d'un chiffre belge », "French rule; check your country's"."""
        if fact_id == WORLD_AUDIENCE and self.world:
            return say("source_figure_world")
        if self.audience_figure(fact_id):
            origin = self.kn.country(self.kn.fact(fact_id).geo)
            if origin is not None:
                return say(
                    "source_figure_audience",
                    said=origin.adjective(say.lang),
                    who=origin.adjective_f(say.lang),
                )
        if fact_id in self.home_only and self.country is not None:
            return say("source_figure_home_abroad", said=self.country.adjective(say.lang))
        if fact_id not in self.fallbacks:
            return ""
        fact = self.kn.fact(fact_id)
        origin = self.kn.country(fact.geo)
        if origin is None:
            return ""
        lang = say.lang
        if fact.kind == "rule":
            return say("source_rule_elsewhere", said=origin.adjective_f(lang))
        if self.country is None:
            return say("source_figure_unknown", said=origin.adjective(lang))
        if self.international:
            # never "the closest for a UK audience" when the audience lives elsewhere
            return say("source_figure_elsewhere_international", said=origin.adjective(lang))
        # "for an audience in Australia": no article to agree with the adjective ("a
        # Australian", review 23b, D12)
        return say(
            "source_figure_elsewhere",
            said=origin.adjective(lang),
            where=self.country.in_name(lang),
        )
