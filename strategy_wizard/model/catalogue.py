"""The catalogue: everything the engine reasons with, as data — the networks, the facts behind
them and their sources, the objectives, the thresholds, the warnings' wording and the engine's
phrases.

All of it changes as platforms change, so none of it lives in code, not even the list of network
ids. Every file is validated at load; a fact names its source and year, and a reason the engine
gives can only cite a fact that exists here, so every claim in a strategy can be traced back.
Codes the catalogue shares with the question bank (age bands, formats, objectives…) are checked
against the bank when both are loaded (`check_against_bank`).
"""

import re
import string
from collections.abc import Callable, Hashable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from strategy_wizard.base.errors import DataError
from strategy_wizard.model.text import Text

M = TypeVar("M")

Score = Annotated[float, Field(ge=0, le=1)]  # 0 (no fit) to 1 (best fit)


def placeholders(text: str) -> set[str]:
    """The `{name}` placeholders of a text."""
    if "{" not in text and "}" not in text:  # most texts: no parse (a lone "}" still raises)
        return set()
    return {name for _, name, _, _ in _FORMATTER.parse(text) if name}


_FORMATTER = string.Formatter()  # stateless: one for every text


class CatalogueError(DataError):
    """A knowledge file is broken: the message names the file, the entry and what is wrong."""


# Who a recruitment objective seeks (data/thresholds.yaml `hire_words`): staff without a degree,
# graduates, or unpaid volunteers (review 32c, H1)
HireKind = Literal["frontline", "professional", "volunteers"]


class _Strict(BaseModel):
    # Deferred: a catalogue read from the cache is never validated, so building these models'
    # validators would be wasted. Hence also `default_factory` for a model default: an instance
    # made at class definition would build its model at import (about 15 ms for all of them).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Source(_Strict):
    """Where facts come from. A real publication keeps its own title and publisher; the tool's
    own rules and generic sources (a kind of vendor, a round-up) are described in each language."""

    id: str
    title: str | Text
    publisher: str | Text
    year: int = Field(ge=1990, le=2100)
    url: str | None = None

    def title_in(self, lang: str) -> str:
        return self.title if isinstance(self.title, str) else self.title(lang)

    def publisher_in(self, lang: str) -> str:
        return self.publisher if isinstance(self.publisher, str) else self.publisher(lang)


class Fact(_Strict):
    """One claim the engine may cite. `lore` marks practitioners' rules of thumb that no primary
    figure backs, so the reader can weigh them."""

    id: str
    network: str | None = None
    text: Text
    source: str
    year: int = Field(ge=1990, le=2100)
    lore: bool = False
    # Where the figure was measured (fr: France, us: the United States, world: worldwide or
    # no single country) and whom it describes (all, smb: small firms): a strategy cites the
    # figure that fits its audience and organisation, and says so when it has to fall back.
    # A `rule` is a law or a platform's rule, never called a figure: outside where it applies,
    # it is said as another country's rule, to check against one's own (review 6, #9).
    geo: Literal[
        "fr", "us", "world", "eu", "be", "nl", "ch", "lu", "ca", "gb", "ie", "au", "in", "ng"
    ] = "world"
    population: Literal["all", "smb"] = "all"
    kind: Literal["figure", "rule"] = "figure"


class Country(_Strict):
    """A country of the `country` answer, or a place a fact applies to (the EU): its names for
    the flags of the sources, whether EU law applies there, where its figures are looked for
    after its own, and the age below which a parent consents to a minor's data there."""

    geo: str
    code: str | None = None  # its code in the `country` question; none for the EU
    eu: bool = False
    euro: bool = False  # its currency is the euro (the budget is answered in euros)
    # its money (ISO 4217): amounts are answered and written in it (review 11a, #5)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    adjective: Text  # « chiffre belge », "Belgian figure"
    adjective_f: Text  # « règle belge »
    # « en Belgique », "in Belgium": where a rule of the warnings applies
    in_name: Text
    figures_from: list[str] = ["world", "us", "fr"]
    consent_age: int | None = Field(default=None, ge=13, le=16)
    consent_facts: list[str] = []
    # whether the data holds its rules; if not, one line says so (review 7, #3)
    rules_covered: bool = False
    # the regions (provinces) the answers may name, by the words that name them (review 11b)
    regions: dict[str, list[str]] = {}


class Boost(_Strict):
    """A doctrine of the source material the plain scores would miss: e.g. Pinterest for online
    sales in visual sectors. Every condition given must match; `add` raises how well the
    network serves the objective (0 to 1)."""

    objective: list[str] | None = None
    sector: list[str] | None = None
    premises: list[str] | None = None
    market: list[str] | None = None
    org_kind: list[str] | None = None
    audience_geo: list[str] | None = None
    # pages to link to, one of which must hold: a premises value (online_only: a shop's catalogue)
    # or a channel the person runs or considers (blog) (review 9b, #6: pins with nothing behind)
    pages: list[str] | None = None
    # the people who relay the organisation, one of which must be among the answers' relays
    # (members or customers on the letter's list recommend it: review 30b, V3)
    relays: list[str] | None = None
    add: float = Field(gt=0, le=0.5)
    facts: list[str] = Field(min_length=1)

    def matches(self, values: dict[str, object]) -> bool:
        if self.pages is not None:
            named = [values.get("premises")]
            for key in ("current_networks", "considered_networks"):
                held = values.get(key)
                named += list(held) if isinstance(held, list) else []
            if not any(n in self.pages for n in named):
                return False
        if self.relays is not None:
            held = values.get("relays")
            if not any(r in self.relays for r in (held if isinstance(held, list) else [])):
                return False
        return all(
            allowed is None or values.get(key) in allowed
            for key, allowed in (
                ("objective", self.objective),
                ("sector", self.sector),
                ("premises", self.premises),
                ("market", self.market),
                ("org_kind", self.org_kind),
                ("audience_geo", self.audience_geo),
            )
        )


class PostsCap(_Strict):
    """A rhythm a channel is never pushed past for some organisations, by the answers (review 31:
    a cooperative's letter to its members is monthly, a B2B letter at most every two weeks, a
    utility's new list gets no weekly letter). Every word of `when` must hold: an org_kind, a
    market, an objective, an offer kind of data/ideas.yaml `offer_kinds`, or `new_list` (no
    list held or written to yet). `say` is the phrase key of the note that says why."""

    when: list[str] = Field(min_length=1)
    posts: float = Field(gt=0, le=7)  # posts a week at most
    say: str


class Network(_Strict):
    id: str
    name: str
    # social: a platform; owned: a channel you own (newsletter, blog); local: a listing.
    kind: Literal["social", "owned", "local"]
    ages: dict[str, Score]
    markets: dict[Literal["b2c", "b2b"], Score]
    audience_types: dict[str, Score]
    # None: the channel goes to whoever subscribed, wherever they live (a newsletter, a blog
    # found by search), so the audience's area neither helps nor hurts it.
    local_reach: Score | None
    # How far its audience reaches: a local listing serves the people nearby only; a
    # national or global network serves a local, regional or national audience alike.
    scope: Literal["local", "national", "global"] | None = "global"
    # Whether what is said there is public, so that one can listen to it (not private messaging).
    listenable: bool = True
    # Who may have one: a Google Business Profile needs premises or a service area.
    needs_premises: list[str] | None = None
    # Whether a scheduler's bulk import (Sprout Social's) can post there: the calendar's
    # CSV files are written for these networks only
    bulk_schedulable: bool = True
    # Networks posted to together from one tool (Meta Business Suite for Facebook and
    # Instagram): sharing the main network's posts there is then a few minutes' work.
    cross_post_family: str | None = None
    # Whether it sells sponsored posts (an ads manager): the budget's ads line names only a
    # network kept that has one (2025: Bluesky and WhatsApp channels sell none)
    sponsored_posts: bool = False
    # Words of the answers (a proof, the description) that show an account already held even
    # when it is not ticked among the current networks (« 58 Google reviews »): it is checked
    # and updated, never created or claimed (review 12a, #9)
    held_words: list[str] = []
    # How running text names it, when not by its name ("your newsletter", not "Newsletter").
    in_text: Text | None = None
    boosts: list[Boost] = []
    # The most it posts a week for some organisations, the first cap that holds (PostsCap)
    posts_caps: list[PostsCap] = []
    # The same conditions where it serves the objective LESS, `add` taken off: a local listing
    # does nothing for recommendation when nobody comes to a place or is visited to be served
    # (review 30b, V3: a citizens' energy cooperative's Google listing kept for advocacy)
    cuts: list[Boost] = []
    formats: dict[str, Score]
    objectives: dict[str, Score]
    # How well it serves an objective for one market, where that differs (a consumer's
    # newsletter reaches people who already know the business: few new contacts there)
    objectives_by_market: dict[Literal["b2c", "b2b"], dict[str, Score]] = {}
    # How well it serves recruitment, and reaches the candidates, for the people hired, where
    # that differs (data/thresholds.yaml `hire_words`): LinkedIn is strong for engineers and
    # managers, light for care workers, trades and students (review 14, #1)
    objectives_by_hire: dict[HireKind, dict[str, Score]] = {}
    # How well it serves an objective for an offer kind of data/ideas.yaml `offer_kinds`
    # (matched by sector and the offer's words), where that differs: an off-plan developer's
    # registrant list is where buyers are converted (review 30a, W3)
    objectives_by_offer: dict[str, dict[str, Score]] = {}
    # Hours a week it is raised to, for such an offer and a converting objective, before any
    # network is raised above its minimum: the list worked as a conversion channel (W3)
    hours_by_offer: dict[str, float] = {}
    # A library channel (long videos found by search and watched for months): beside the main
    # network, when its minimum would take more than `library_max_share` of the week, it gets
    # `library_hours` (a video every two weeks) rather than the most hours (review 30a, W7)
    library_hours: float | None = Field(default=None, ge=0, le=40)
    library_max_share: float = Field(default=1.0, ge=0, le=1)
    audience_types_by_hire: dict[HireKind, dict[str, Score]] = {}
    min_hours: float = Field(ge=0, le=40)
    typical_hours: float = Field(ge=0, le=40)
    min_posts: float = Field(ge=0, le=50)
    typical_posts: float = Field(ge=0, le=50)
    # Which facts back each part of the profile; reasons cite these. `objectives` backs "it
    # serves your objective well", `limits` "it does little for your objective": a claim cites
    # only facts that support it, none rather than a figure about something else (review 5, #7).
    facts: dict[
        Literal[
            "audience",
            "objectives",
            "limits",
            "limits_traffic",  # what holds it down for website traffic only (review 7, #2)
            "formats",
            "effort",
            "local",
            "caveat",
            "eligibility",
            "reach",
            "hire",  # why it is light for the people hired (review 14, #1)
        ],
        list[str],
    ]
    description: Text

    @model_validator(mode="after")
    def _complete(self) -> "Network":
        if self.typical_hours < self.min_hours or self.typical_posts < self.min_posts:
            raise ValueError("typical hours/posts must be at least the minimum")
        if not self.facts.get("audience") or not self.facts.get("effort"):
            raise ValueError("facts needs at least 'audience' and 'effort' fact ids")
        return self


class WarningVariant(_Strict):
    """Another case of the same warning (a milder or graver one), with its own severity and
    words: the condition says which case it met."""

    severity: Literal["info", "warning", "critical"]
    headline: Text
    message: Text
    advice: Text
    facts: list[str] | None = None  # its own sources, when the case rests on other facts


class WarningExtra(_Strict):
    """A sentence added to a warning's advice when its condition records it (LinkedIn's own
    minimum age, when LinkedIn is among the networks of an audience with minors)."""

    text: Text
    facts: list[str] = []
    # the words of an answer that add it, for a condition that reads them (a raffle)
    words: list[str] = []
    # the sectors it belongs to (a rule of a trade: bakers' allergens, a university's fees):
    # when set, the sentence is added for these sectors only, once an answer names its words
    # (review 22b, D8: rules by sector × what the plan does)
    sectors: list[str] = []


class WarningText(_Strict):
    id: str
    severity: Literal["info", "warning", "critical"]
    headline: Text  # one line, for the strategy on one page
    message: Text
    advice: Text
    facts: list[str] = []
    # the figures its condition records (engine/warnings.py), the only placeholders allowed
    figures: list[str] = []
    variants: dict[str, WarningVariant] = {}
    # sentences added to the advice, whatever the case, when the condition names them
    extras: dict[str, WarningExtra] = {}
    # the words of an answer that raise it, for a condition that reads them (a petition)
    words: list[str] = []

    @model_validator(mode="after")
    def _placeholders(self) -> "WarningText":
        texts = [("headline", self.headline), ("message", self.message), ("advice", self.advice)]
        for case, variant in self.variants.items():
            texts += [
                (f"variants.{case}.headline", variant.headline),
                (f"variants.{case}.message", variant.message),
                (f"variants.{case}.advice", variant.advice),
            ]
        for name, text in texts:
            for lang, words in text.items():
                unknown = placeholders(words) - set(self.figures)
                if unknown:
                    raise ValueError(
                        f"{name}.{lang} uses {sorted(unknown)}, which the condition does not "
                        f"record (figures: {self.figures})"
                    )
        return self


# how often a KPI is read: once a season (a seasonal business) or an edition (an event) for a
# share of customers who come back (review 5, D4)
Rhythm = Literal["weekly", "monthly", "quarterly", "per_season", "per_edition"]


class KpiWords(_Strict):
    """A KPI said otherwise in a context (an event's edition, a season, a sector): what it
    replaces, the rest kept."""

    name: Text | None = None
    measure: Text | None = None
    source: Text | None = None
    unit: Text | None = None
    rhythm: Rhythm | None = None


class Schedule(_Strict):
    """When an objective's figure moves in the year: the milestones follow it instead of a
    straight line between the start and the deadline (review 5, D2)."""

    # sales restart at zero each edition: the person's baseline is the last edition's total and
    # the milestones are cumulative shares of the target
    per_edition: bool = False
    # the share of the target aimed at by the first date named in the answers (an early bird)
    key_date_share: float = Field(default=0.5, gt=0, lt=1)
    # words saying when customers buy (« réservent … entre janvier et avril »): the months named
    # with them are the sales window; else the season's opening months (« ouvert d'avril à … »)
    window_words: dict[str, list[str]] = {}
    open_words: dict[str, list[str]] = {}
    # an opening that is someone else's (review 28new, D5: « avant l'ouverture de septembre »
    # said of hunters is the hunting season's): a clause with one of these words names no season
    others_open_words: dict[str, list[str]] = {}
    # an appointment business (review 28new, D2): these words in the metric, its unit or the
    # desired action's first clause (« Réserver un créneau … », "appointments attended") put the
    # reminder, the confirmation and the booking link before any post
    appointment_words: dict[str, list[str]] = {}
    # an appointment business whose audience's questions or topics name the holidays (« partir
    # en vacances … pension ») gets a push from April to June (review 28new, D17)
    holiday_words: dict[str, list[str]] = {}
    # words of the person's metric or unit saying the sales are tickets (a ticketing platform)
    ticket_words: dict[str, list[str]] = {}
    # how much more a day of the sales window weighs in the milestones than a day outside it
    window_weight: float = Field(default=3, ge=1)
    # the days before a date named in the answers when the plan pushes for it
    push_days: int = Field(default=14, ge=1)
    # a campaign (review 6, #4): the first date named in the desired action is the objective's
    # deadline (signatures after a public inquiry closes count for nothing); the plan's time
    # after it is follow-up. Not for sales that restart each edition (that date is an early bird)
    campaign_deadline: bool = False
    # an event (review 8, #1): a date the desired action names is the event itself (« Open House
    # on 13-14 March »), unless its clause says an early bird (`early_words`: « before the
    # early-bird price ends on 31 March »); registrations close on its eve, and nothing grows after
    event_date: bool = False
    early_words: dict[str, list[str]] = {}
    # the weeks before an event when its countdown starts: every post asks to register
    countdown_weeks: int = Field(default=3, ge=1)
    # an event held online (review 28new, D6: Dentiva's webinar): its clause has one of these
    # words; registrations open `online_open_weeks` before, and no place, stories or photo recap
    online_words: dict[str, list[str]] = {}
    online_open_weeks: int = Field(default=5, ge=1)


class ObjectiveVariant(_Strict):
    """The same objective measured otherwise for some kinds of organisation (a public body's
    awareness is measured by the visits to its service pages, not by reach)."""

    org_kinds: list[str] = Field(min_length=1)
    metric: Text
    unit: Text
    kpis: list["KpiTemplate"] = Field(min_length=1)


class Objective(_Strict):
    """What success looks like for an objective: the metric named when the person gave none
    (never a figure) and the KPIs that follow it, the first measuring the objective itself."""

    code: str
    label: Text
    metric: Text
    unit: Text
    kpis: list["KpiTemplate"] = Field(min_length=1)
    # what measures it when it is a secondary objective (one KPI each), when its own first KPI
    # does not fit that role; else its first KPI whose channels are kept
    secondary_kpi: "KpiTemplate | None" = None
    variants: list[ObjectiveVariant] = []
    schedule: Schedule = Field(default_factory=Schedule)

    def for_kind(self, org_kind: str | None) -> "Objective":
        """This objective as measured for this kind of organisation."""
        for v in self.variants:
            if org_kind in v.org_kinds:
                return self.model_copy(update={"metric": v.metric, "unit": v.unit, "kpis": v.kpis})
        return self


class KpiTemplate(_Strict):
    name: Text
    measure: Text
    measure_online: Text | None = None  # for an organisation with no premises
    source: Text  # where the figure is read
    source_online: Text | None = None  # for an organisation with no premises (no till)
    # for a business with no customer file (no website, customers met in person): where the
    # figure is counted instead (a loyalty card, the till)
    measure_no_file: Text | None = None
    source_no_file: Text | None = None
    # the kinds of channel (networks.yaml `kind`) one of which must be kept for this KPI to be
    # read at all (private messages and comments need a social network)
    needs: list[Literal["social", "local", "owned"]] | None = None
    rhythm: Rhythm = "monthly"
    lower_is_better: bool = False
    # the words of a proof point giving this KPI's baseline (« 62 % de clients qui reviennent »)
    proof_words: dict[str, list[str]] = {}
    # the KPI said otherwise by context, the first found: `edition@sector`, `edition`,
    # `season@sector`, `season`, `sector` (an event's edition, a seasonal business, a sector)
    contexts: dict[str, KpiWords] = {}
    # a share of the target by the first date named in the answers (an early bird); left out
    # when the answers name no date
    at_key_date: bool = False
    # What a follow-up KPI counts (a count or a rate, never an index); its baseline is the
    # first month's measure. The first KPI of an objective takes the person's unit instead.
    unit: Text | None = None
    # A commitment the team controls (one report a month), never a forecast of the audience:
    # its target from the start. Without it, the target is set after the first month.
    target: float | None = None
    # A means the team works at beside the result (employees' shares), not a step toward it:
    # followed without a target, never at the result's rise (review 18, D3: « Partages par les
    # salariés + 122 % », the applications' ratio)
    means: bool = False
    # read only when the objective's target is a time to answer in (a support target counted
    # in hours): the share answered within it, solved at once (review 30b, E6)
    timed: bool = False
    # a means the desired action itself asks for (« book a Saturday open-workshop visit »): a
    # step toward the result, not beside it, so it grows as the result does (review 19, plan24)
    action_words: dict[str, list[str]] = {}


class ThresholdRaise(_Strict):
    """Raises the fit threshold for some audiences, objectives and markets, where direct contact
    (e-mail, phone, meetings) usually does better than publishing. Every field given must match."""

    market: list[str] | None = None
    objective: list[str] | None = None
    # matches when every audience type answered is one of these
    audience_types_within: list[str] | None = None
    raise_by: float
    why: Text

    def matches(self, market: str | None, objective: str | None, audience_types: list[str]) -> bool:
        return (
            (self.market is None or market in self.market)
            and (self.objective is None or objective in self.objective)
            and (
                self.audience_types_within is None
                or (bool(audience_types) and set(audience_types) <= set(self.audience_types_within))
            )
        )


class Election(_Strict):
    """A French general election whose run-up limits what a local authority may publish
    (Code électoral, art. L52-1: from the first day of the sixth month before the election's
    month until the round that decides it)."""

    name: Text  # "l'élection présidentielle d'avril 2027"
    month: str = Field(pattern=r"^\d{4}-\d{2}$")  # the month of the first round
    until: date  # the last round, or the latest it can be
    until_latest: bool = False  # `until` is the latest possible date, the decree fixes it
    status: Literal["held", "scheduled", "announced"]
    source: str
    year: int = Field(ge=1990, le=2100)

    def window_start(self, months: int) -> date:
        """The first day of the `months`-th month before the election's month (art. L52-1)."""
        year, month = (int(x) for x in self.month.split("-"))
        m0 = year * 12 + month - 1 - months
        return date(m0 // 12, m0 % 12 + 1, 1)


class YoungTest(_Strict):
    """A time-boxed test of a network that reaches the young adults an objective aims at, when
    it is set aside (review 21a, R8)."""

    networks: list[str] = []
    max_age: int = 34  # the group's oldest age for it to be young adults
    min_age_fit: float = Field(default=0.7, ge=0, le=1)
    months: int = Field(default=3, ge=1, le=12)
    videos_per_week: int = Field(default=2, ge=1)
    hours: float = Field(default=1.0, gt=0)


class MarketplaceAds(_Strict):
    """The ads a marketplace sells to the buyers searching on it (review 26, #18: Etsy Ads),
    found by the sale place's words; `note_words` name them in a budget note."""

    words: list[str]
    name: str
    note_words: list[str]
    source: str = ""


class AudienceSource(_Strict):
    """A free statistics page the answers name (review 27, #13: Spotify for Artists, whose top
    cities say where a band's ads should go), found by its words in the answers."""

    words: list[str]
    name: str
    source: str = ""


class ProfessionMember(_Strict):
    """The member of a regulated profession who reads the posts (`note`), for an offer or a
    name holding one of `words` (review 32c, N7)."""

    words: list[str] = Field(min_length=1)
    note: Text


class VolunteerPlaces(_Strict):
    """Who passes a volunteer call on for an offer of this kind (its words, by language): the
    people in contact with the audience (a rescue's vets and pet shops; review 32c, H1)."""

    words: dict[str, list[str]]
    said: dict[str, str]


class Thresholds(_Strict):
    """Every number the rules use. Change them here, not in code."""

    promo_share_max: float = 33
    near_bar_points: float = 5
    slow_response_hours: float = 48
    # capacity (review 11a, #1): the objectives that bring new customers, the response time
    # beyond which a business already fails the demand it has, and the callback it commits to
    no_capacity_objectives: list[str] = ["traffic", "leads", "sales", "event"]
    no_capacity_failing_hours: float = 72
    callback_hours: float = 48
    # the response time a plan commits to at most (governance, rituals, the KPI): the same day
    response_target_hours: float = 24
    # horizon in months -> largest believable target/baseline ratio
    growth_ratio_max: dict[int, float] = {6: 2.0, 12: 3.0, 24: 5.0}
    # a year's count at least doubled: the realism line, even unasked (review 33b, VN8)
    year_count_realism_ratio: float = 2.0
    # a session series' fill needed at least this many times last year's: « ambitious » (33c)
    session_fill_stretch: float = 1.5
    # two checkpoints of the objective closer than this say one thing twice (review 33c, H-d)
    checkpoint_min_gap_days: int = 21
    # with no figure given, the change aimed at from the first month's measure by the horizon
    # (in % of it, or in points for a rate), by horizon bracket
    first_month_change: dict[int, float] = {6: 10, 12: 20, 24: 30}
    first_month_points: dict[int, float] = {6: 5, 12: 5, 24: 10}  # the same, for a rate
    fit_threshold: float = 50
    fit_threshold_raises: list[ThresholdRaise] = []
    listen_threshold: float = 35
    # team size -> how many social networks it can keep alive
    max_social_networks: dict[str, int] = {
        "solo": 1,
        "small_team": 2,
        "dedicated_team": 3,
        "agency": 3,
    }
    owned_channel_min_hours: float = 1.0
    measure_hours: float = 0.25
    # listening: a quarter of an hour a week per network watched, at most this many networks
    listen_minutes_per_network: int = 15
    listen_max_networks: int = 3
    listen_max_networks_monitoring: int = 5
    # listening's share of the hours at most (at least this for a monitoring objective)
    listen_share_max: float = 0.25
    # a solo naming no competitor listens with about a tenth to a seventh of the hours
    listen_share_solo: float = 0.15
    listen_floor_units: int = 1
    # a second social network's audience part at least this (networks.py says "well represented")
    second_network_min_audience: float = (
        0.6  # quarter hours of listening taken before anything else
    )
    # a place people visit, for a local audience, with this many hours a week or fewer: its
    # listing fitting at least as well as the best social network is the main channel
    local_primary_max_hours: float = 3
    listen_share_monitoring: float = 0.5
    # an organisation present nowhere listens this many weeks before it publishes
    listen_first_weeks: int = 2
    # a new newsletter: its first issue goes out in this week of the plan, to the sign-ups
    # gathered since the first week's form and collection point
    newsletter_first_issue_week: int = 4
    # the scorecard's size at most (secondary objectives' KPIs are the first left out)
    kpi_max: int = 5
    # the main network must reward formats the person can make (the formats part of its fit)
    primary_min_formats: float = 0.5
    # a local listing kept first for a local business needs at least this fit
    local_listing_min_fit: float = 40
    # the markets whose listing is served each week (others keep it as a profile)
    listing_weekly_markets: list[str] = ["b2c", "both"]
    weeks_per_year: int = 46
    own_offer_share_max: float = 1 / 3
    audience_problem_share_min: float = 0.5
    reference_cost_eur_per_year: float = 10000
    reference_cost_fact: str = ""
    # the organisations the yardstick's survey describes, and the one-person ones it is a proxy for
    reference_cost_population: list[str] = ["small_business", "startup"]
    reference_cost_solo: list[str] = ["freelance", "personal_brand"]
    # the yardstick is given in France only, with no money or at least this much a month
    reference_cost_min_monthly_eur: float = 200
    # an outdoor activity or a guided tour, from the offer's words (engine/governance.py)
    activity_words: list[str] = []
    current_audience_bonus: float = 5
    # how far from the expected KPI value still counts as on track (share of the expected)
    progress_tolerance: float = 0.1
    # a paid budget's split by objective (the default for the others); with the basics to fix
    # first, no advertising: its share goes to creation
    budget_split: "dict[str, BudgetSplit]" = {}
    # paid tools (a shared scheduler, a listening tool) are proposed from this monthly budget
    paid_tool_min_eur: float = 100
    # French general elections and the months before them when a local authority's
    # communication is restricted (art. L52-1)
    elections_fr: list[Election] = []
    election_window_months: int = 6
    # under this monthly budget the money goes on one line (creation): no split, no ads
    budget_one_line_below_eur: float = 100
    # the part of the ads share that goes to creators when the answers name them as relays
    creators_share_of_ads: float = Field(default=0.4, ge=0, le=1)
    # a line's monthly ceiling (tools, creation) and where what is beyond it goes (review 20, D1)
    budget_monthly_caps: dict[str, float] = {}
    budget_excess_weights: dict[str, float] = {}
    # a line's ceiling as a share of the month (tools about 10 %) and the floor under that
    # ceiling (a scheduler and a CRM), below the monthly amount above (review 25b, #8)
    budget_share_caps: dict[str, float] = {}
    budget_cap_floors: dict[str, float] = {}
    # the teams the floor is for (a shared inbox and pipeline), and the ceiling's rounding step
    # by its size (review 26, #18)
    budget_cap_floor_teams: list[str] = []
    # the teams whose own tools the client already pays for in their fee (an agency's scheduler,
    # inbox and listening tool): the tools line is at most the floor (review 28, #14)
    agency_teams: list[str] = []
    budget_cap_floors_small: dict[str, float] = {}
    # a small budget's one boost of the year's key moment: months of budget, days it runs, the
    # least a day it needs (review 26, #18)
    # a tour's week on the road, taken from the main network's creating time (review 26, #8)
    tour_road_hours: float = 0.5
    budget_boost_months: float = 1
    budget_boost_days: int = 10
    budget_boost_min_daily: float = 1
    # a year of sessions on a small budget (review 32c, N9): a boost of this amount to each
    # session's announcement, the year's sessions counted; 0 turns it off
    session_boost_eur: float = Field(default=0, ge=0)
    # the ads a marketplace sells to its own searching buyers (Etsy Ads)
    marketplace_ads: list[MarketplaceAds] = []
    # paid tools a budget note may name with their price (« Tailwind about 15 a month »): counted
    # in the tools line (review 30b, G8); the longer name first where one holds another
    budget_named_tools: list[str] = []
    audience_sources: list[AudienceSource] = []
    budget_cap_round_steps: dict[int, int] = {0: 100}
    # a budget line's rounding step by the total's size (review 21a, R7)
    budget_round_steps: dict[int, int] = {0: 1}
    # a small line already said as a round sum (a paid tool's price times the plan's months,
    # « $150 » over six months) is written as it is, below this size and to this step (review 29b)
    # an organisation's own dated events beyond the calendar's named events: an open day, a
    # trade show it goes to (review 29a, #6)
    own_event_words: dict[str, list[str]] = {}
    budget_said_below: float = 0
    budget_said_step: int = 50
    # a paid tool's price times the plan's months, rounded up to this step by the product's size
    # (« about $24 a month » over six months: $150; over a year, $300; review 29b, #2)
    budget_tool_round_steps: dict[int, int] = {0: 50, 200: 100}
    # the part of the creation share that goes to translation when an international audience
    # reads other languages than the posts' (review 17, NEW-2 and NEW-6)
    translation_share_of_creation: float = Field(default=0.3, ge=0, le=1)
    # the share of the week's creating time that goes to translation (review 21a, R6)
    translation_share_of_create: float = Field(default=0.2, ge=0, le=1)
    # the least an ads line must fund to be useful: this many campaigns a year of this many days,
    # each at the network's minimum daily budget (the default for networks without a figure)
    ads_min_daily_eur: dict[str, float] = {"default": 5}
    ads_campaigns_per_year: int = 4
    ads_days_per_campaign: int = 14

    def ads_min_eur_per_year(self, network: str | None) -> float:
        """The smallest ads line worth buying on a network, a year."""
        daily = self.ads_min_daily_eur.get(network or "", self.ads_min_daily_eur["default"])
        return daily * self.ads_campaigns_per_year * self.ads_days_per_campaign

    # phase boundaries in months for each horizon
    phase_bounds: dict[int, list[int]] = {
        3: [1, 2, 3],
        6: [1, 3, 6],
        12: [1, 4, 8, 12],
        24: [2, 6, 12, 24],
    }
    # facts the engine cites for general rules (focus, time, response, employees' reach)
    cite: dict[str, str] = {}
    weights: dict[Literal["audience", "objective", "formats", "local"], float] = {
        "audience": 0.35,
        "objective": 0.35,
        "formats": 0.18,
        "local": 0.12,
    }
    # how much a market mismatch scales the score down (0: not at all, 1: to zero)
    market_factor: float = Field(default=0.5, ge=0, le=1)
    # the main network gets at least this share of the active hours before others are added
    primary_share: float = Field(default=0.6, ge=0, le=1)
    # A young band (13-17, 18-24) in the audience is not masked by an older one (the parents
    # who pay): the youngest band aimed at weighs this share of the age fit, the mean over all
    # bands the rest; the main network must reach it at least this well.
    young_bands: list[str] = ["13-17", "18-24"]
    young_band_weight: float = Field(default=0.5, ge=0, le=1)
    young_band_primary_min_fit: float = Field(default=0.3, ge=0, le=1)
    # ...unless the young bands are at most this share of the bands ticked (a minority)
    young_band_minority_share: float = Field(default=0.25, ge=0, le=1)
    # ...and when a clause of the audience description names the parents (or buyers) with a
    # decision word, they are the ones who act: the main network serves them, the young get
    # the supporting one (review 8b, #3)
    adult_words: list[str] = []
    decision_words: list[str] = []
    # minors named only as a small side group drive neither the mix nor the ads (review 23b, D3)
    side_words: dict[str, list[str]] = {}
    date_series_words: dict[str, list[str]] = {}
    date_series_event_networks: list[str] = []
    # the member of a regulated profession who reads every post, by the words of the offer or
    # the name (« notaires associés »: a notary of the office; review 32c, N7)
    profession_members: list[ProfessionMember] = []
    # a notary's office, by its name or offer: the notaries' own code (review 32c, N12)
    notary_words: list[str] = []
    teen_words: dict[str, list[str]] = {}
    # The age group the objective is about (« Pass 18-30 », "aged 18 to 30", « étudiants »),
    # read in the metric and in a sentence of the audience description that puts it first
    # (`target_first_words`, « D'abord les 18-30 ans »): the bands ticked that
    # overlap it weigh this share of the age fit, the mean over every band the rest (review 19,
    # D1). Patterns: two groups, the first and last age; words: an age range each.
    target_age_patterns: dict[str, list[str]] = {}
    target_age_words: dict[str, dict[str, tuple[int, int]]] = {}
    target_first_words: dict[str, list[str]] = {}
    target_age_weight: float = Field(default=0.75, ge=0, le=1)
    # A large employer hiring as a second objective keeps the network where people look for a
    # skilled job, for its job posts and team news, a quarter of an hour (review 19, D1)
    recruit_light_org_kinds: list[str] = []
    recruit_light_networks: list[str] = []
    own_money_words: list[str] = []
    # Who is hired, by the answers' words (offer, audience, metric): frontline (care, trades,
    # hospitality, retail, students) or professional (engineers, managers); review 14, #1
    hire_words: dict[HireKind, dict[str, list[str]]] = {}
    # ...and the organisations whose recruitment, with no staff word said, seeks volunteers (a
    # non-profit's « foster homes », review 32c H1): unpaid roles, never a careers page or a pay
    volunteer_org_kinds: list[str] = []
    staff_words: dict[str, list[str]] = {}
    # a peak season the volunteer recruitment names (« kitten season October to March »): its
    # days weigh this much in the plan's curve, the months before it the most (review 32c, H2)
    volunteer_peak_words: dict[str, list[str]] = {}
    volunteer_peak_weight: float = Field(default=1.0, ge=0, le=1)
    # ...and the places and people in contact with the volunteers sought, by the offer's words
    # (a rescue's vets and pet shops), else the default: where a volunteer call is passed on
    volunteer_places: list[VolunteerPlaces] = []
    volunteer_places_default: dict[str, str] = {}
    # ...and apprentices, whose parents advise them (only then are the parents named)
    apprentice_words: dict[str, list[str]] = {}
    # capacity answers saying the order book is full: an own channel's reason then says what it
    # does meanwhile, not that it brings contacts (review 14, §8)
    capacity_full_answers: list[str] = ["full"]
    market_sides: dict[str, list[str]] = {}
    market_minor_side_floor: float = Field(default=0.5, ge=0, le=1)
    primary_short_swap_within: int = Field(default=5, ge=0, le=100)
    primary_short_swap_share: float = Field(default=0.75, ge=0, le=1)
    # a private messaging account customers already write to, kept as the inbox (review 8b, #3)
    inbox_networks: list[str] = []
    # an own channel the person already runs whose name is in the objective's metric (newsletter
    # subscribers): its words, the cadence words that say how often it goes out now, and the
    # minutes an issue takes once its format is set (review 8a, #3)
    objective_channel_words: dict[str, dict[str, list[str]]] = {}
    cadence_words: dict[float, dict[str, list[str]]] = {}
    kept_issue_minutes: int = 75
    # a sale made by a weekly order (« commandez avant le jeudi midi »): the message of the week
    # sent to those who asked for it, on the first of these channels the person runs or considers
    # (else the last), at this many hours a week, counted apart from the social networks; the
    # listing then kept to its profile at this many hours when the hours are short (review 9b, #6)
    weekly_order_words: dict[str, list[str]] = {}
    weekly_deadline_words: dict[str, list[str]] = {}
    weekly_message_channels: list[str] = []
    weekly_message_hours: float = 0.5
    # where reviews decide the booking (tourism): the listing is raised to its typical time for
    # answering them, and a review site the answers name is named beside it (review 9b, #6)
    review_sectors: list[str] = []
    review_sites: list[str] = []
    listing_profile_hours: float = 0.25
    # a chain's listings: the number of sites read in the answers (« 38 stores »), the hours a
    # site adds each week from this many sites, capped (review 8a, #5)
    site_words: list[str] = []
    multi_site_min: int = 2
    # an audience of graduates with work experience, alumni or career outcomes: people reached
    # as the professionals they are, whatever the market code (review 22b, D3)
    career_words: dict[str, list[str]] = {}
    # the messaging app kept for the conversation an audience abroad has before deciding, and
    # when (review 22b, D3); the listing kept to its profile for an audience that far
    conversation_channel: str = "whatsapp"
    conversation_objectives: list[str] = []
    conversation_geo: list[str] = []
    conversation_markets: list[str] = []
    listing_far_geo: list[str] = []
    listing_visitor_sectors: list[str] = []
    # a franchise network: the words that say it, the head office's weekly time to coordinate
    # the franchisees (per outlet, floored and capped), one outlet's own word to read a pilot
    # in the proofs, the objectives whose ads aim at each outlet's surroundings (review 22b, D5)
    franchise_words: dict[str, list[str]] = {}
    franchise_hours_per_site: float = 0.125
    franchise_min_hours: float = 1.0
    franchise_max_hours: float = 3.0
    site_one_words: list[str] = []
    # relays of a kind of their own, by the words of the answers: relay code -> kind -> lang ->
    # words (contracted agents, alumni, student ambassadors; review 22b, D11)
    relay_kind_words: dict[str, dict[str, dict[str, list[str]]]] = {}
    # an audience a relay of a kind reaches too, named in the audience's description: suffix ->
    # lang -> words (a vet's hunters: the shooting club; review 28new, D18)
    relay_kind_audience: dict[str, dict[str, list[str]]] = {}
    # a network set aside where the ads bought for a kept one are shown anyway (Meta's Ads
    # Manager places Instagram's ads on Facebook): network set aside -> network kept
    ads_placements: dict[str, str] = {}
    outlet_ads_objectives: list[str] = []
    listing_hours_per_site: float = 0.1
    listing_max_hours: float = 3.0
    # networks of long edited videos, served only by a team with the video skill, or by more
    # than one person (review 8a, #5: a lone manager's YouTube at 8 h)
    long_video_networks: list[str] = []
    # from these hours a week, an account of the main network's family whose audience is there
    # gets posts of its own rather than copies (Instagram beside Facebook)
    native_second_min_hours: float = 10
    native_better_min_hours: float = 6
    # hours a week -> at least this many social networks, whatever the team (one or two)
    social_networks_from_hours: dict[float, int] = {}
    # a current account whose fit is within this many points of the main network's is kept,
    # fed by sharing the main network's posts there, for this many minutes a week
    current_keep_within: float = 10
    stretched_max_channels: int = 3
    cross_post_min_format: float = 0.5
    short_post_hours: float = 0.75
    window_posts: float = 2
    no_relay_networks: list[str] = []
    live_needs_audience: list[str] = []
    cross_post_minutes: int = 15
    # each post cross-posted, adapted to the network it goes to (review 33a, WN6)
    cross_post_minutes_per_post: int = 0
    # short vertical videos made for the main network, reused on an account already run (Reels
    # on TikTok, Shorts): the minutes of adapting them (review 23b, D3)
    short_video_networks: list[str] = []
    reuse_clip_minutes: int = 30
    # a search network the audience says it looks for the offer on: its own pins (review 23b, D6)
    search_networks: list[str] = []
    search_words: dict[str, list[str]] = {}
    search_network_minutes: int = 60
    # a near-bar network is refused for the cap only when these parts each reach this
    near_bar_min_part: float = 0.35
    # where an audience talks in public: still watched when set aside for want of time
    talk_networks: list[str] = []
    listen_market_min: float = Field(default=0.6, ge=0, le=1)
    # "nearly as well" as the main network only within this many points
    nearly_within: float = 4
    # The main network must reach the audience as a whole: when the best one reaches the ages
    # aimed at below this (mean over the bands ticked), one that reaches them well and fits
    # within `primary_age_within` points of it is the main network instead.
    primary_min_age_fit: float = Field(default=0.5, ge=0, le=1)
    primary_age_within: float = 5
    # A list of returning customers is an asset: a proof point giving at least this share (in %)
    # of customers who come back, in words of this list (per language), keeps the newsletter to
    # them ahead of a second social network or the local listing.
    returning_share_min: float = 40
    returning_words: dict[str, list[str]] = {}
    returning_channel: str = "newsletter"
    # A yearly event (an offer in these words, per language) is not found by a 'near me'
    # search: its listing is a place page kept up at each edition, not served weekly.
    event_words: dict[str, list[str]] = {}
    # the hours a week that send the letter to returning customers twice a month
    returning_letter_hours: float = 1.0
    # a list already held (members, clients in a booking tool): how it is recognised, when it is
    # first written to, and how long a letter to it takes
    member_words: dict[str, list[str]] = {}
    members_min: int = 50
    # a list that sells: an online seller whose own list, counted in the answers, is the sales
    # channel keeps it weekly, with its own reason (review 15, D3)
    list_sells_objectives: list[str] = []
    list_sells_premises: list[str] = []
    list_sells_words: dict[str, list[str]] = {}
    sms_list_words: dict[str, list[str]] = {}  # an SMS list held (review 21a, R8)
    young_test: YoungTest = Field(default_factory=lambda: YoungTest())
    list_sells_min: int = 1000
    list_sells_posts: float = 1
    # a social network the person neither runs nor considered starts from nothing (a page,
    # its first followers): its fit counts this many points less (review 15, D3)
    unmentioned_network_penalty: float = 0
    # hours a week a large team's leftover time gives each named task, in this order: running
    # the ads, coaching the people's own profiles (B2B), preparing the event (review 15, D7)
    spare_task_hours: dict[str, float] = {}
    spare_task_min_hours: float = 1
    # from this many hours left beyond the networks, named jobs share them by weight
    spare_jobs_from_hours: float = 8
    spare_job_hours: dict[str, float] = {}
    spare_jobs_creator_relays: list[str] = []
    spare_jobs_lists: list[str] = []
    # own channels a recruitment objective sets aside for the careers page (review 15, §4)
    recruit_careers_channels: list[str] = []
    spare_profiles_relays: list[str] = []
    spare_profiles_markets: list[str] = []
    booking_list_excluded_sectors: list[str] = []
    booking_words: dict[str, list[str]] = {}
    list_first_issue_week: int = 2
    list_letter_minutes: int = 60
    # where an advocacy objective's prescribers (councillors, journalists) are tagged
    prescriber_networks: list[str] = []
    # messaging groups the audience already runs, treated as a relay for these objectives
    group_relay: "GroupRelay" = Field(default_factory=lambda: GroupRelay())
    planned_ahead: "PlannedAhead" = Field(default_factory=lambda: PlannedAhead())
    # people named in the audience who recommend the business to their own public (a hotel
    # concierge, a pharmacist): the relay that reaches them gives them a kit to hand on
    recommender_words: dict[str, list[str]] = {}
    # prescribers who are professionals (an architect, an accountant, a doctor): reached where
    # they work, on LinkedIn, by a call or a visit, not through "their followers" (review 12a)
    professional_prescriber_words: dict[str, list[str]] = {}
    # trades whose people trade advice in private Facebook groups, and the answers saying it
    # outright (review 28new, D15)
    peer_group_words: dict[str, list[str]] = {}
    peer_group_said: dict[str, list[str]] = {}
    existing_customers_law: dict[str, str] = {}
    # an off-plan sale's pre-sale threshold as the answers give it (review 31a, W2): regular
    # expressions by language, with a `pct` or a `count` group
    presale_threshold_patterns: dict[str, list[str]] = {}
    # a person alone with fewer hours a week than this answers every other day, not daily, and
    # gives a personal opinion every other week (review 31a, C10)
    few_hours_solo: float = 5


class PlannedAhead(BaseModel):
    """Customers who plan ahead (a trip booked weeks before): ads retarget the site's visitors
    who did not book and reach people planning the trip; a tour bought once collects sign-ups on
    the site around a planning guide, and asks for a review after the visit."""

    sectors: list[str] = []
    geo: list[str] = []


class GroupRelay(BaseModel):
    """Messaging networks whose groups the audience runs: a relay for these objectives and
    areas (at most a message a month to each group; once before an event), not a network to
    score."""

    networks: list[str] = []
    objectives: list[str] = []
    geo: list[str] = []


HHMM = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]


class Slots(_Strict):
    """When a kind of work is placed in the calendar: weekdays (1 Monday … 7 Sunday) in order
    of preference and times of day. Starting points to test, not facts: the document says to
    move them once the first statistics show when the audience is there."""

    days: list[Annotated[int, Field(ge=1, le=7)]] = Field(min_length=1)
    times: list[HHMM] = Field(min_length=1)


class Trade(_Strict):
    """A trade whose customers come at a set hour (lunch): its posts go out before it. Read
    from the sector and the person's words (the offer, the desired action, the audience)."""

    sectors: list[str] = []
    premises: list[str] = []
    words: list[str] = Field(min_length=1)
    times: list[HHMM] = []  # the social networks' times of day, before the service
    # subjects the trade's own ritual answers (today's spot, for a business on the move): no
    # feed post is drawn from an answer that says them
    covers: list[str] = []
    source: str = ""


class OpenSeason(_Strict):
    """A business open part of the year (a campsite, a festival): the offer names its months
    after one of these words (« ouvert d'avril à septembre », "a festival in July")."""

    words: list[str] = Field(min_length=1)
    months: dict[str, list[str]]  # per language, January first: the names the offer may use
    before: list[str] = []  # a word just before a month that names it as one (« en », "in")
    until: list[str] = []  # the words between two months that make a range (« à », "to")


class OfferCap(_Strict):
    """The calendar's offer posts held to one in three as a reader counts them (review 27 #2,
    28 #3): `offer_kinds` are the offer whatever pool they came from (a product in one image),
    `scene_kinds` (a scene, a gesture) give way to the public's questions first."""

    one_in: int = Field(default=3, ge=2, le=10)  # at most one post in `one_in`
    # offer posts over the share from which a warned calendar breaks its line: its proofs give
    # way too and a question comes back in a new shape
    clear_break: int = Field(default=3, ge=1)
    offer_kinds: list[str] = []
    scene_kinds: list[str] = []
    # a post showing people photographed with their permission is a planned shoot: the cap's
    # second pass on a social network leaves it (cal48)
    consent_words: dict[str, list[str]] = {}
    source: str = ""


class OrderDeadline(_Strict):
    """A weekly deadline the desired action names (« avant le jeudi midi »): the week's offer
    post goes out `days_before` it, and a short reminder the morning of the deadline when the
    main network posts at least `reminder_min_posts` a week."""

    before: list[str] = Field(min_length=1)  # the words just before the weekday (« avant le »)
    weekdays: dict[str, list[str]]  # per language, Monday first
    days_before: list[Annotated[int, Field(ge=1, le=3)]] = Field(min_length=1)
    reminder_time: HHMM
    reminder_min_posts: float = Field(ge=0)
    # the words of a desired action that books a session on a weekday (« réserver un créneau …
    # le samedi matin »): its call goes out in the days before, never on the day (review 28new)
    booking: dict[str, list[str]] = {}
    source: str = ""


class NamedSeason(_Strict):
    """A season known by its name where the business is (Queensland's stinger season)."""

    words: list[str] = Field(min_length=1)
    countries: list[str] = []
    sectors: list[str] = []
    months: list[Annotated[int, Field(ge=1, le=12)]] = Field(min_length=1)
    source: str = ""


class LowSeason(_Strict):
    """The months the answers name as closed, dry or quiet (« pas de fromage frais en janvier et
    février »), or a named season the sector's quiet months are in: a checkpoint then is read
    against the same month last year, not a line from the year's average."""

    words: list[str] = Field(min_length=1)
    seasons: list[NamedSeason] = []


class Appeal(_Strict):
    """A second season a charity or a shop runs each year (a Christmas appeal), found by its
    words in the topics or the offer: a phase of its own when its dates fall within the plan,
    after the objective's deadline (review 11a, #4)."""

    words: dict[str, list[str]]
    name: Text  # said when the topic cannot be quoted as it is
    opens: tuple[int, int]  # (month, day)
    closes: tuple[int, int]
    source: str = ""


class RecurringEvent(_Strict):
    """An event held each month that the desired action names (« venir au job dating mensuel
    de l'hôpital »): dated each month on `weekday` (the last of the month when `last`), from
    `start` to `end`, when the answers give no day, said as an assumption; announced
    `notice_days` before on the social networks kept (review 14, #3)."""

    words: dict[str, list[str]]
    monthly_words: dict[str, list[str]]
    weekday: int = Field(ge=1, le=7)
    last: bool = True
    start: HHMM
    end: HHMM
    notice_days: list[Annotated[int, Field(ge=1, le=21)]] = Field(min_length=1)
    source: str = ""


class NamedEventMonth(_Strict):
    """An event whose name says its month (a Christmas market: December)."""

    words: dict[str, list[str]]
    month: int = Field(ge=1, le=12)


class NamedEvents(_Strict):
    """The organisation's own events named in its proof points or topics (review 20, D10: «
    Trail des Quatre Fils Aymon en février », « Marché de Noël de Givet »): dated by the day the
    answers give, else on the `nth` `weekday` of the month they name (or that `months` say),
    an assumption the plan states; announced `notice_weeks` before."""

    words: dict[str, list[str]]
    months: list[NamedEventMonth] = []
    weekday: int = Field(ge=1, le=7)
    nth: int = Field(ge=1, le=4)
    notice_weeks: int = Field(ge=1, le=8)
    source: str = ""
    # the French article an event's name takes by its first word (« du Trail », « de la Fête »,
    # review 21a): masculine and feminine first words; any other name stays in quotation marks
    fr_masculine: list[str] = []
    fr_feminine: list[str] = []


class GiftOccasion(_Strict):
    """A gifting occasion (Valentine's Day, Mother's Day…): its name and its dates by country
    (`default` for every other country), each year listed; `words` in the answers, when given,
    are needed for it to count (a teacher's end-of-year gift)."""

    name: dict[str, str]
    dates: dict[str, list[date]]
    words: dict[str, list[str]] = {}
    # the push said for it (« le dernier jour pour commander pour Noël »), else the common one
    push: dict[str, str] = {}
    source: str = ""


class GiftOccasions(_Strict):
    """The gifting occasions a consumer-product seller pushes `push_days` before each (review
    23b, D2): for a B2C seller of a sector listed, or whose answers say gifts."""

    sectors: list[str] = []
    words: dict[str, list[str]] = {}
    push_days: int = Field(default=21, ge=1, le=60)
    # an occasion nearer than `push_days` at the start is pushed on the first posting day while
    # this many days remain before it (review 30a: Christmas inside the four weeks)
    late_push_min_days: int = Field(default=10, ge=1, le=60)
    # the words of a consumer seller who ships goods by post (merch, a webshop): its four weeks
    # say the last day to order for an occasion that has one (`push`: Christmas), even when
    # nothing says gifts (review 31a item 6: a band's merch from 7 December)
    shipped_words: dict[str, list[str]] = {}
    occasions: list[GiftOccasion] = []
    source: str = ""


class TradeMoment(_Strict):
    """A moment of a trade's year (the galette des rois in a French bakery's January, review
    25a, Fournil #2): its day each year (`day`, « MM-DD ») or, when it moves (Easter), its dates
    listed by country (`default` for the others), which must fall in `months`; the countries
    that keep it (none: all); its first post `lead_days` before the day, then one each
    `every_days` up to `until_days` after it (one post when not given); its post ideas in
    order, the last one repeated, with {day} and {price} placeholders only."""

    key: str
    name: Text
    countries: list[str] = []
    day: str | None = None
    dates: dict[str, list[date]] = {}
    months: list[Annotated[int, Field(ge=1, le=12)]] = []
    lead_days: int = Field(ge=0, le=60)
    every_days: int = Field(default=7, ge=1, le=31)
    until_days: int | None = Field(default=None, ge=-60, le=40)
    ideas: list[Text] = Field(min_length=1)

    @model_validator(mode="after")
    def _dated(self) -> "TradeMoment":
        if (self.day is None) == (not self.dates):
            raise ValueError(f"{self.key}: give either `day` (MM-DD) or `dates`, not both")
        if self.day is not None:
            try:
                date.fromisoformat(f"2027-{self.day}")  # every year's day: not 29 February
            except ValueError:
                raise ValueError(
                    f"{self.key}: day {self.day!r} is no day of the year (MM-DD)"
                ) from None
        wrong = [
            d
            for ds in self.dates.values()
            for d in ds
            if self.months and d.month not in self.months
        ]
        if wrong:
            raise ValueError(f"{self.key}: {wrong[0]} is not in its months {self.months}")
        if self.until_days is not None and self.until_days < -self.lead_days:
            raise ValueError(f"{self.key}: until_days ends before its first post (lead_days)")
        for idea in self.ideas:
            extra = {n for _, text in idea.items() for n in placeholders(text)} - {"day", "price"}
            if extra:
                raise ValueError(f"{self.key}: unknown placeholders {sorted(extra)}")
        return self

    def days(self, country: str, years: range) -> list[date]:
        """Its days in those years where the business is; none where the custom is not kept."""
        if self.countries and country not in self.countries:
            return []
        if self.day is not None:
            return [date.fromisoformat(f"{y}-{self.day}") for y in years]
        return [
            d for d in self.dates.get(country, self.dates.get("default", [])) if d.year in years
        ]


class TradeSeasons(_Strict):
    """The moments of a trade's year (review 25a, Fournil #2), for a business whose offer or
    name says the trade (`words`, per language): posted on the main social network and reposted
    on the others kept that reach consumers (`markets.b2c` at least `min_b2c`)."""

    words: dict[str, list[str]]
    min_b2c: Score = 0.5
    moments: list[TradeMoment] = Field(min_length=1)
    # a main network searched weeks ahead (Pinterest) posts a moment's first post this many
    # weeks before its day, in place of the moment's own `lead_days` (review 30b G6)
    lead_weeks_on: dict[str, Annotated[int, Field(ge=1, le=12)]] = {}
    source: str = ""


class TimeZone(_Strict):
    """A time zone of a country spanning several (review 24, #7): its name, the places the
    answers may name in it, its standard offset from UTC and the offset while daylight saving
    runs (None when it has none)."""

    name: dict[str, str]
    words: list[str]
    utc: float
    summer_utc: float | None = None


class Rollout(_Strict):
    """A network of outlets (a franchise, a chain of shops that each sell) rolls its local kit
    out in waves (review 27, #11): a pilot of the model outlet and `pilot_sites` others, then
    the rest in waves; a checkpoint never reads a month of `holiday_months` (by country: the
    month many outlets close), it reads the month before and the month after, each against the
    same month a year before."""

    pilot_sites: int = Field(default=3, ge=1, le=10)
    holiday_months: dict[str, list[Annotated[int, Field(ge=1, le=12)]]] = {}
    source: str = ""


class ClubSeason(_Strict):
    """The dated moves of a club's season run-up (review 27, #9): the trial sessions the answers
    name (`trial_words`, their month and its part: `late_words`, `early_words`, `mid_words`;
    else `trial_month`, late), the summer camp (`camp_words`, else `camp_month`) announced
    `camp_notice_weeks` before, the schools and the commune's bulletin asked (`schools_ask`)
    then served (`schools_out`), and the season report to the sponsors (`sponsor_report`)
    before they are asked to renew; each « MM, DD » in the season's year."""

    trial_words: dict[str, list[str]] = {}
    late_words: dict[str, list[str]] = {}
    early_words: dict[str, list[str]] = {}
    mid_words: dict[str, list[str]] = {}
    trial_month: int = Field(default=8, ge=1, le=12)
    late_day: int = Field(default=25, ge=1, le=28)
    camp_words: dict[str, list[str]] = {}
    camp_month: int = Field(default=7, ge=1, le=12)
    camp_notice_weeks: int = Field(default=5, ge=1, le=12)
    child_words: dict[str, list[str]] = {}
    schools_ask: tuple[int, int] = (4, 15)
    schools_out: tuple[int, int] = (5, 15)
    sponsor_report: tuple[int, int] = (5, 31)
    source: str = ""


class SearchLead(_Strict):
    """A network searched months ahead of a gift season (Pinterest, review 27, #12): for a seller
    whose main network it is and whose gifting occasions fall in `months`, the first seasonal
    posts on `first` and all of them up by `last` (« MM, DD » in the occasion's year)."""

    networks: list[str] = Field(min_length=1)
    months: list[Annotated[int, Field(ge=1, le=12)]] = Field(min_length=1)
    first: tuple[int, int]
    last: tuple[int, int]
    source: str = ""


class RowCalls(_Strict):
    """What the calendar's rows say once, not on every row (review 30a D1, D8, D11, C13; 30b G13):
    the phrase keys of the offer's call lines a post ends on (none on a network's first post,
    which gives value, nor on a post that asks to save a date), the keys of every call line (none
    on a pin: a pin is one piece, a title, a description and its link), the save-the-date posts'
    keys, the pin ideas that show many pieces (replaced by one), the pillar whose posts share
    others' work (a text, never a graphic), and how many times a network's rows may repeat the
    same call line before it is said on the first only."""

    offer: list[str] = []
    every: list[str] = []
    save_date: list[str] = []
    pin_many: dict[str, list[str]] = {}
    shares_pillar: str = "curation"
    shares_format: str = "text"
    shares_words: dict[str, list[str]] = {}
    repeat_max: int = Field(default=3, ge=1)
    repeat: list[str] = []


class PlanRows(_Strict):
    """The plan's milestones the calendar shows on their day (review 29a #1, #2): phrase keys
    (variants `key@...` included) of the milestone that imports a list into the newsletter
    tool (it replaces the newsletter's set-up row), of the one that sends its first issue (the
    first issue goes out that day, on that subject), and of the dated tasks (a row each)."""

    list_import: list[str] = []
    first_issue: list[str] = []
    tasks: list[str] = []
    # the milestones that open registrations, and the ideas whose sign-up link waits for them
    opens: list[str] = []
    sign_up_ideas: list[str] = []
    # the milestones that are the organisation's own dated event (an off-plan developer's
    # preview): a Google listing kept gives it an Event post in the weeks before (cal48)
    events: list[str] = []
    # the words by which a dated task counts on « the newsletter »: on a day with no issue, the
    # next issue is named by its date instead (cal49, review 33a DN9)
    newsletter_words: dict[str, list[str]] = {}


class Advocacy(_Strict):
    """An advocacy plan's first steps equip the advocates (review 30b, V2): the words that say
    a referral is counted (a code, a personal link) and those that name a group of
    ambassadors in the answers, by language."""

    referral_words: dict[str, list[str]] = {}
    ambassador_words: dict[str, list[str]] = {}


class GovernanceWords(_Strict):
    """What an organisation's answers say it is, for who approves and what is escalated
    (review 30b, V5, G11, E7): a recipe site's readers (no order, no outlet), a water or energy
    utility's service incidents (a leak, a boil notice), by the offer's words and language."""

    recipe_site_words: dict[str, list[str]] = {}
    utility_words: dict[str, list[str]] = {}


class SeasonalTopic(_Strict):
    """A topic that belongs to some months (water restrictions in a drought, May to
    September): a post whose words name it is not drawn outside them (cal49, review 33b EN5).
    Months of the northern hemisphere; six months on in the `southern` countries."""

    months: list[Annotated[int, Field(ge=1, le=12)]] = Field(min_length=1)
    words: dict[str, list[str]]


class ServicePosts(_Strict):
    """A public service's posts that go out even while the basics are fixed (review 30b, E4: a
    water utility's outage notices and its new bill's FAQ frozen for a month): the topic words
    of a change that lands now (a bill, a tariff) and of service notices (outages, works)."""

    change_words: dict[str, list[str]] = {}
    notice_words: dict[str, list[str]] = {}
    # a water utility's subjects of some months, after the answers' own (cal49, review 33b EN5:
    # in January, the meter and the frost), by language
    utility_season: list[SeasonalTopic] = []


class OpenDays(_Strict):
    """The weekdays an offer says it is open (« model suite open Thursday to Sunday »): day
    names by language (1 Monday … 7 Sunday) and the words joining a range (« to », « au »), so
    that a date the plan picks falls on an open day (review 30a, W4)."""

    names: dict[str, dict[str, int]] = {}
    range_words: list[str] = []
    # the weekday preferred for an event when it is open (a Saturday afternoon)
    preferred: int = Field(default=6, ge=1, le=7)


class CalendarRules(_Strict):
    weeks: int = Field(default=4, ge=1, le=8)
    default: Slots
    networks: dict[str, Slots] = {}
    listen: Slots
    setup: Slots
    seasonal_topics: list[SeasonalTopic] = []
    southern: list[str] = []  # countries whose seasons are six months apart
    # a solo with a few hours a week (thresholds few_hours_solo): the set-up in one evening
    # block of the first day (review 33a C10)
    solo_setup: Slots | None = None
    # the days before a live when the other networks announce it
    live_notice_days: int = Field(default=2, ge=1, le=7)
    # the latest day before a live its announcement may go out (review 11b, #7: 2 to 7 days)
    live_notice_max_days: int = Field(default=7, ge=1, le=14)
    # the formats a notice (a live's announcement, a reminder) takes, first given first: a short
    # post, never a long video (review 21b, D6)
    notice_formats: list[str] = ["text"]
    # one subject a week across networks (review 21b, D6): the kinds of idea counted as one
    # subject whatever their words (a job post), and the words that never make a subject
    week_once_kinds: list[str] = []
    subject_stopwords: dict[str, list[str]] = {}
    # below these weekly hours, one live per `live_gap_days` at most (review 11b, #7)
    live_gap_below_hours: float = Field(default=0, ge=0)
    # ... and on a network given fewer of its own hours, one per `live_gap_days` on it (12b, #1)
    live_gap_network_below_hours: float = Field(default=0, ge=0)
    live_gap_days: int = Field(default=28, ge=1)
    # ... and, whatever the hours, one per `live_network_gap_days` on each network (review 20, D9)
    live_network_gap_days: int = Field(default=1, ge=1)
    # the words a live's idea says its notice with (« à annoncer deux jours avant »): dropped once
    # the notice is in the calendar (review 12b, #1)
    live_notice_said: dict[str, list[str]] = {}
    # the days a B2B audience is at work (1 Monday ... 7 Sunday): a live's announcement then
    working_days: list[int] = [1, 2, 3, 4, 5]
    # networks watched at work by a B2B audience: their days, working days only (review 16, N5)
    b2b_days: dict[str, list[int]] = {}
    # a live's second session, the same day, for an audience in far-apart time zones (review 16)
    live_second_time: str | None = None
    # days nobody is there to answer (review 22b, D7): « MM-DD » by country, `default` for the
    # others; what falls on one moves to the next open day
    closed_days: dict[str, list[str]] = {}
    # a desired action done at set hours (« entre 7 h et 10 h 30 »): the social networks post
    # this many minutes before it opens, and the evening before when it opens in the morning
    action_lead_minutes: int = Field(default=15, ge=0, le=120)
    action_eve_time: HHMM | None = None
    action_eve_before: HHMM | None = None
    # an international audience whose named countries lie this many hours east of home or more:
    # the social networks post at these home times instead (the afternoon there)
    east_audience_hours: float = Field(default=4, ge=1, le=14)
    east_audience_times: list[HHMM] = []
    # a national audience across several time zones (review 24, #7): the zones by country, and
    # the evening hour a city's own push goes out at, its time
    zones: dict[str, list[TimeZone]] = {}
    city_push_time: HHMM = "18:30"
    appeals: list[Appeal] = []
    recurring: RecurringEvent | None = None
    named_events: NamedEvents | None = None
    gift_occasions: GiftOccasions | None = None
    # the moments of a trade's year by trade (a bakery's galette des rois; review 25a)
    trade_seasons: dict[str, TradeSeasons] = {}
    trades: dict[str, Trade] = {}
    season: OpenSeason | None = None
    order_deadline: OrderDeadline | None = None
    offer_cap: OfferCap = Field(default_factory=OfferCap)
    low_season: LowSeason | None = None
    # review 27: a network of outlets' roll-out, a club's season run-up, a search network's lead
    rollout: Rollout | None = None
    club_season: ClubSeason | None = None
    search_lead: SearchLead | None = None
    plan_rows: PlanRows = Field(default_factory=PlanRows)
    # an Event post on a Google listing goes out at most this many days before the event (cal48)
    listing_event_days: int = Field(default=21, ge=1, le=60)
    advocacy: Advocacy = Field(default_factory=Advocacy)
    governance: GovernanceWords = Field(default_factory=GovernanceWords)
    service_posts: ServicePosts = Field(default_factory=ServicePosts)
    open_days: OpenDays = Field(default_factory=OpenDays)
    # from this monthly budget, ads carrying half of it or more get their set-up in the first
    # weeks (review 30a, W8)
    ad_setup_min_monthly_eur: float = Field(default=1000, ge=0)
    row_calls: RowCalls = Field(default_factory=RowCalls)

    def slots(self, network: str) -> Slots:
        return self.networks.get(network, self.default)


class HookWords(_Strict):
    """How an answer's first words tell its shape in one language (data/ideas.yaml, hooks)."""

    determiners: list[str] = []
    # a second verb of the speaker's, after one of `speaker_links` with no subject of its own
    # (« je travaille en semaine et cherche… »): turned too, or the answer is quoted as written
    # when the word may be a verb (ends in `speaker_verb_endings`) the data cannot turn, never
    # « vous travaillez … et cherche » (review 28, first-person half rewrite)
    speaker_subjects: list[str] = []
    speaker_links: list[str] = []
    speaker_verb_endings: list[str] = []
    speaker_not_verbs: list[str] = []
    wonder_verbs: list[str] = []
    wonder_words: list[str] = []
    infinitive_endings: list[str] = []
    # the gerunds read as verbs, with their verb; any other gerund opens a noun phrase
    gerunds: dict[str, str] = {}
    # listed gerunds that also name a thing ("Running costs"): verbs only before a determiner
    noun_gerunds: list[str] = []
    # verbs of looking for something: "Trouver un camping…" asks "Vous cherchez un camping… ?"
    seek_verbs: list[str] = []
    # a seek verb is dropped before any words, not only before a determiner
    seek_any_object: bool = False
    reader: dict[str, dict[str, str]] = {}
    # French: « et » or « ou » before a second infinitive in « Vous cherchez à … ? » takes « à »
    # again (« …, et à savoir quand »); words ending like an infinitive that are none (« notre »)
    want_links: list[str] = []
    # English: "they" said to the reader unless a plural word comes just before it; "their",
    # "them" only when nothing else named comes before them (review 9b, #4: "without harming
    # them" means the turtles); words ending in -s that name no plural
    reader_subjects: list[str] = []
    reader_anaphora: list[str] = []
    not_plurals: list[str] = []
    not_infinitives: list[str] = []
    # a problem written in the client's own voice ("what my house is worth"), said to the reader
    # by address form: safe pronoun, possessive and verb-form swaps (review 7, #5); a problem
    # holding any of `speaker_unsafe` is quoted as written instead
    speaker: dict[str, dict[str, str]] = {}
    speaker_unsafe: list[str] = []
    # a problem naming the audience in the third person ("when we play in their city"): its
    # "we" is the brand's, kept as written, never the reader's (review 26 #10: « Wondering when
    # you play in your city » for a band); the audience's words, and the brand's kept
    audience_named: list[str] = []
    brand_plural: list[str] = []
    # words that open a refusal ("Not being asked…", « Ne pas être sollicité… »): the problem
    # becomes « Vous préférez ne pas… ? » (review 13a, #5)
    refusals: list[str] = []
    # words saying a problem is a pain (« by hand », « copier-coller »): its question asks whether
    # the reader is tired of it, never whether they want it (review 15, D8)
    pains: list[str] = []
    # the desired action said to the reader: listed verbs, and (French) any verb in -er -> -ez,
    # also after the `imperative_links` (« , puis réserver » -> « , puis réservez »)
    imperatives: dict[str, str] = {}
    imperative_er: bool = False
    imperative_links: list[str] = []
    # a pronoun before a linked verb, as it reads after the verb (« et les retirer » -> « et
    # retirez-les »); a third-person possessive after a turned verb, said to the reader
    imperative_clitics: dict[str, str] = {}
    imperative_reader: dict[str, str] = {}
    # a problem opening on a state ("Being afraid of…", « Avoir peur de… »): asked as the state
    # itself ("Afraid of…?", « Peur de… ? »), never as a wish (review 32c, H7: "Want to be afraid
    # of…?"); the opener, and the words of a state that may follow it
    state_openers: dict[str, list[str]] = {}
    # a refusal of knowing ("Not knowing if…", « Ne pas savoir si… »): asked as not knowing
    # ("Not sure if…?"), never « would rather not know » (review 32c, H7)
    unsure_verbs: list[str] = []


class WordsNote(_Strict):
    """A note added to the ideas whose words hold one of `words`."""

    words: list[str] = Field(min_length=1)
    note: Text


class CraftKind(_Strict):
    """An expertise item or a topic by what it is (a place, an activity, a procedure, a body of
    knowledge, a product, an event, people), by its words in each language and in the sectors
    listed (none listed: any sector): its ideas take the kind's own phrases."""

    kind: str
    sectors: list[str] = []
    words: dict[str, list[str]]

    def all_words(self) -> list[str]:
        """Its words in every language (answers are read in the language they were written in)."""
        return [w for words in self.words.values() for w in words]


class People(_Strict):
    """Who speaks for the client in a testimony, when all the variants `when` apply."""

    when: list[str] = []
    said: Text


class Farm(_Strict):
    """A farm or a food producer, by the offer's words in the sectors listed: the `farm`
    variant (the week's orders ready before pick-up, never a caterer's service)."""

    sectors: list[str] = []
    words: list[str] = []


class TopicPillar(_Strict):
    """Topics whose words say they belong to another pillar than the audience's questions."""

    pillar: Literal["own_offer", "curation"]
    words: dict[str, list[str]]

    def all_words(self) -> list[str]:
        return [w for words in self.words.values() for w in words]


class Spotlight(_Strict):
    """Who the spotlight post names when the answers name them (guides, stockists)."""

    words: dict[str, list[str]]
    said: Text

    def all_words(self) -> list[str]:
        return [w for words in self.words.values() for w in words]


class GiftDay(_Strict):
    """A gift occasion on a fixed day (Saint-Valentin, 14 February): its words in each language."""

    words: dict[str, list[str]] = {}
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)

    def all_words(self) -> list[str]:
        return [w for words in self.words.values() for w in words]


class StockFrame(_Strict):
    """A frame any client can post when its own subjects run out (data/ideas.yaml stock_frames):
    drawn only for an objective it serves (none: any) and, in its plain wording (no phrase variant
    of the sector's own), only in its sectors (none: any); never with premises in `premises_not`."""

    kind: str
    objectives: list[str] = []
    objectives_not: list[str] = []
    sectors: list[str] = []
    premises_not: list[str] = []
    markets_not: list[str] = []  # never for these markets (b2b: experts are not taught words)
    # never for a client of these phrase variants, where the frame has no object to name
    # (review 31b, GN2: a recipe publisher's « Before you start, the five things to check »)
    variants_not: list[str] = []


class AudienceCountry(_Strict):
    """A country named in an international audience: the words that name it, the languages
    read there (ISO 639-1) and its standard-time offset from UTC, in hours (review 15, D4)."""

    code: str = ""  # ISO 3166 (the client's own country counts in the time zones' spread)
    words: dict[str, list[str]]
    languages: list[str]
    utc: float

    def all_words(self) -> list[str]:
        return [w for words in self.words.values() for w in words]


class AudienceLanguages(_Strict):
    """What an international audience changes in the editorial line: the countries the answers
    may name, the languages' names, and the spread of time zones that calls for two lives."""

    countries: list[AudienceCountry] = []
    names: dict[str, Text] = {}
    spread_hours: float = 6
    # words after which, to the end of the clause, a country is a comparison or a competitor,
    # not the audience (review 22b, D2: « who compare the UK with Canada, Ireland and Germany »)
    comparisons: dict[str, list[str]] = {}


class AdultLearners(_Strict):
    """An education offer for working adults: its sectors, the audience types that say so and
    the age bands that rule it out (review 15, D5)."""

    sectors: list[str] = []
    types: list[str] = []
    young_ages: list[str] = []
    # graduates or people with work experience named in the audience or the offer: adults,
    # whatever the market code and the age bands (review 22b, D1: an MSc for graduates with one
    # to four years of work, ticked « consumers » and 18-24)
    words: list[str] = []


class FieldWho(_Strict):
    """Whom the relay post names (another maker, a partner charity, an architect): an entry
    applies in its sectors (none: any) when the offer holds one of its words (none: always)."""

    sectors: list[str] = []
    premises: list[str] = []  # how customers find the business (online_only), none: any
    words: dict[str, list[str]] = {}
    said: Text

    def all_words(self) -> list[str]:
        return [w for words in self.words.values() for w in words]


class MinorCalls(_Strict):
    """A post aimed at minors never ends on a purchase call: the audience bands under 18, and
    the words that say a post speaks to them (« bac », "high school")."""

    bands: list[str] = []
    words: dict[str, list[str]] = {}

    def all_words(self) -> list[str]:
        return [w for words in self.words.values() for w in words]


class Effects(_Strict):
    """Words implying an energy or health effect of a food (« sans coup de barre »): in these
    sectors, the clause that says it is cut from an audience question, from the link word on."""

    sectors: list[str] = []
    words: dict[str, list[str]] = {}
    links: dict[str, list[str]] = {}


class SeasonRanges(_Strict):
    """The words that open and close a range of months said in the answers."""

    from_: list[str] = Field(default=[], alias="from")
    to: list[str] = []


class RuleScope(_Strict):
    """Where a rule covers the whole offer (the sectors listed), and elsewhere the service it is
    narrowed to, named by its words in the offer and in the answers (a beauty studio whose one
    regulated service is a nurse's anti-wrinkle injections: review 6, #1)."""

    sectors: list[str] = Field(min_length=1)
    words: list[str] = Field(min_length=1)
    # answers kept, with the consent they need (before/after photos, reviews)
    consent_words: list[str] = []


class RegulatedIdeas(_Strict):
    """What an offer under advertising rules may not post: kinds left out, kinds that take a
    sober shape instead, answers left out for their words, information ideas added per pillar."""

    drop: list[str] = []
    instead: dict[str, str] = {}
    words: list[str] = []
    add: dict[str, list[str]] = {}
    # why answers holding `words` are left out, said in the editorial line (review 4, D14)
    why: Text | None = None
    # a kind of idea -> the words that turn a topic into it rather than leaving it out (a
    # dentist's "price of implants" becomes information on fees and what is left to pay)
    inform: dict[str, list[str]] = {}
    # answers holding these words are kept with a note to check first (a diploma's mention)
    check: WordsNote | None = None
    # answers holding these words are the client's own event, kept whatever `words` they hold
    # (a brewery's summer fest is announced: date, place, programme; review 8b, #2)
    events: WordsNote | None = None
    # outside these sectors the rule covers only the regulated service the offer names
    scope: RuleScope | None = None


class Confidential(_Strict):
    """Professions under confidentiality, recognised from the sector and the offer's words."""

    sectors: list[str] = []
    words: list[str] = []
    instead: dict[str, str] = {}


class ThirdLink(_Strict):
    """What a post names instead of a desired action written about the audience in the third
    person (« Qu'un coopérateur partage notre appel… »): the link's page, by the action's words
    (review 30b, V7)."""

    words: list[str] = []
    said: dict[str, str]


class CallCut(_Strict):
    """A post's last line in a few words: an action longer than `words` is cut at the first of
    `breaks` (an explanation), then at the first of `links` (a second verb)."""

    words: int = Field(default=16, ge=4)
    breaks: list[str] = []
    links: list[str] = []


class CallMinors(_Strict):
    """No purchase call on a post when the audience counts minors (`ages`), the objective sells
    (`objectives`), and either every band is a minor's or the offer is one never pushed to minors
    (`sectors`, `regulated` codes): the posts inform, the letters keep the call."""

    ages: list[str] = []
    objectives: list[str] = []
    sectors: list[str] = []
    regulated: list[str] = []


class Recorded(_Strict):
    """Clients whose posts are approved before they go out (a regulated lender): no live, whose
    words cannot be approved line by line; a video is recorded and approved first (review 19,
    D8): an organisation of one of `kinds`, with a compliance function of its own."""

    regulated: list[str] = []
    kinds: list[str] = []


class Performer(_Strict):
    """Artists who sell their own music (a band, a singer), recognised from the sector and the
    offer's words; `group`: words saying they are several (they speak as « we »)."""

    sectors: list[str] = []
    words: dict[str, list[str]] = {}
    group: dict[str, list[str]] = {}


class Venue(_Strict):
    """A venue where shows are played, recognised from the sector and the offer's words."""

    sectors: list[str] = []
    words: dict[str, list[str]] = {}


class CallReaction(_Strict):
    """A post that ends on another line than the desired action, matched on its text (one of
    `words`, by language) or on its kind (`kinds`, by prefix), in the pillars listed (none:
    any). With `part`, the clause of the desired action that holds one of `words` (a post on
    the album ends on the pre-order, not on the tickets); else the phrase `phrase`, taking
    `said` (the action) and `where` (review 25a #1, review 25b: one call on every post)."""

    words: dict[str, list[str]] = {}
    kinds: list[str] = []
    pillars: list[str] = []
    part: bool = False
    phrase: str = ""


class Calls(_Strict):
    """A campaign's call to action: for the objectives listed, or in the sectors listed when the
    desired action holds one of `words`, one post in `every` on a channel carries the action
    and where its link is."""

    objectives: list[str] = []
    sectors: list[str] = []
    words: list[str] = []
    every: int = Field(default=2, ge=1)
    # beyond campaigns (review 7, #1): by objective, one post in N ends with the desired action,
    # only in the pillars listed (none: any); `letters`: every letter ends with it
    posts: dict[str, int] = {}
    pillars: dict[str, list[str]] = {}
    # the pillars that carry the call only in the last `run_up_days` before a date the desired
    # action names (review 15, D8: 7 posts of 16 ending on the sales line)
    run_up: dict[str, list[str]] = {}
    run_up_days: int = Field(default=14, ge=1)
    # a desired action that becomes possible on a date it names (« dès l'ouverture des
    # abonnements, le 18 juin 2027 », "opens on 18 June"): one of `opens` words, then the date
    # within `opens_within` words; before the week of that date, posts and letters call for
    # what is available now or for the alert list, never for the action (review 19, D3)
    opens: dict[str, list[str]] = {}
    opens_within: int = Field(default=8, ge=1)
    # a desired action booking a meeting at the trade fair the plan counts down to: possible
    # from the day the plan opens stand bookings; before it, the action's other half, when it
    # has one (review 21b, D3)
    fair_booking: dict[str, list[str]] = {}
    # a post never announces a date further ahead than this (review 19, D3)
    listing_ahead_days: int = Field(default=60, ge=1)
    letters: bool = False
    # the networks where a link goes in the bio, not in the post
    bio_links: list[str] = []
    # a desired action that subscribes to the letter itself (`own_list` words with a `subscribe`
    # verb): the letter never asks its readers to subscribe; it asks them to forward it
    own_list: list[str] = []
    subscribe: list[str] = []
    # the last line of a post in a few words; no call on a frame that says it sells nothing
    short: CallCut = Field(default_factory=CallCut)
    # a desired action in two steps (« complete the application, then pay the deposit »): on a
    # network kept for one of `next_step_reasons` (the conversation before the decision, with
    # those who took the first step), posts call for the step after one of `next_step` words
    # (review 27 #10)
    next_step: dict[str, list[str]] = {}
    next_step_reasons: list[str] = []
    quiet: dict[str, list[str]] = {}
    # an action done in person at the shop: the post points to the address (or, for several
    # shops, the shop finder), never to « le lien » alone (review 22b, D6)
    walk_in: list[str] = []
    walk_in_many: list[str] = []
    # a desired action done in one click or one visit (buy a ticket, open the shop by its link):
    # no « how to » post with « the steps one by one » (review 24, #9); matched on its opening
    no_steps: list[str] = []
    # a desired action that opens on booking (« Réserver un créneau… », "Book a tour…"): the
    # Google listing's button is « Réserver », never « Acheter » (review 28new, D11)
    booking: list[str] = []
    # the client's first person in the call a post ends on, said in the brand's voice to its
    # readers (« ouvrir ma boutique Etsy » -> « ouvrir la boutique Etsy »), and the words naming
    # a profile's bio link, dropped on a network that has none (review 24, #11)
    own_voice: dict[str, dict[str, str]] = {}
    bio_said: dict[str, list[str]] = {}
    # a desired action written about the audience (« Qu'un coopérateur partage… », "For a member
    # to share…"), by its opening in the answers' language: never pasted as « Pour agir : … »;
    # the post names the link's page instead, the first of `third_links` whose words it holds,
    # the last entry (no words) otherwise (review 30b, V7)
    third_person: dict[str, list[str]] = {}
    third_links: list[ThirdLink] = []
    # a post about another ask than the desired action (volunteering, a job): no call to act
    # unless the action is that ask (review 13a, #5: a DBS question ending on the Walk)
    elsewhere: dict[str, list[str]] = {}
    # a profession under confidentiality, or leads from businesses: one post in `sparing` at
    # most ends on the offer (review 13b, #6)
    sparing: int = Field(default=3, ge=1)
    minors: CallMinors = Field(default_factory=CallMinors)
    # a post matched by a reaction ends on its own line (the first reaction that matches)
    reactions: list[CallReaction] = []
    # a scarcity claim in the desired action (« before it sells out ») is said only when the
    # answers say stock or seats are short (`capacity` one of `scarce_capacity`): a scarcity
    # claim must be true (Australian Consumer Law s 18, 29; Code de la consommation L121-2)
    scarcity: dict[str, list[str]] = {}
    scarce_capacity: list[str] = []
    # an advocacy plan whose desired action is a member passing the word on (one of `share`
    # words in it): a post asks its reader to forward it (with their referral code when the
    # action names one), never to fill the form (review 31b, VN1); a campaign's post in one of
    # `silent_pillars` (thanks, others' news) ends on no call at all
    share: dict[str, list[str]] = {}
    silent_pillars: list[str] = []
    # a post answering worries or criticism (« les réponses aux questions des riverains »)
    # ends on no call, unless the desired action itself names them (a remark to file at the
    # public inquiry): selling there is what opponents screenshot (review 31b, VN1)
    worries: dict[str, list[str]] = {}
    # the words of a post that speaks of the shares it invites to subscribe: when the plan's
    # action is a share offer under the finance rules, it recalls the risk in one line
    # (review 31b, V4 residue)
    share_risk: dict[str, list[str]] = {}


class InternalFigures(_Strict):
    """Proof points that are internal figures, not posts: a share under `share_floor` % of people
    (`people`), a part of a capacity (`capacity` words, "N `connectors` M"), the target's
    baseline or its metric's words."""

    share_floor: float = Field(default=50, ge=0, le=100)
    people: list[str] = []
    capacity: list[str] = []
    connectors: list[str] = []
    # words before a year that end what a capacity counts ("weekend tickets in 2026")
    year_words: list[str] = []
    # a target's unit words that name no thing counted (« par mois »): a proof is its starting
    # figure only when it names the thing counted (review 14, #3)
    unit_ignore: list[str] = []
    # the client's own lists: their size is no post (review 20, D5)
    lists: list[str] = []
    # an internal load (calls or requests received): no post, a dashboard's figure of what to
    # reduce, never « the size of your lists » (review 31b, EN3)
    load: list[str] = []
    # a share of the client's own sales by when they happened: no public proof (review 22a, D6)
    timing: list[str] = []
    # capacity words that count units sold, not people's places: a part of a capacity named
    # only by these is no « N of you came » (review 25b #12: « 24 of you came in 2026; suites
    # sold by November 2026 are limited to 40 »)
    sold: list[str] = []
    # a missed appointment counted (« un rendez-vous sur cinq non honoré »): a weakness, never a
    # proof; it becomes the audience's question on how to warn (review 28new, D4)
    no_shows: list[str] = []
    # a capacity offered each period (« 24 créneaux … chaque samedi »): the week's ritual of what
    # is left to book, never the target's starting figure (review 28new, D4); what it counts
    # (`slots`) and how it recurs (`recurring`)
    slots: list[str] = []
    recurring: list[str] = []


class Season(_Strict):
    """A subject tied to months of the year, by its words in each language."""

    words: dict[str, list[str]]
    months: list[Annotated[int, Field(ge=1, le=12)]] = Field(min_length=1)
    # a prevention subject (ticks, hunting dogs before the opening): never looked back on,
    # posted only in its months and the one before them
    held: bool = False

    def all_words(self) -> list[str]:
        return [w for words in self.words.values() for w in words]


class MadeOf(_Strict):
    """What a dish is made of, by its words in an answer or the offer, said as a fact."""

    words: list[str] = Field(min_length=1)
    said: Text


class FoodClaim(_Strict):
    """A food claim the law reserves (« sans gluten »): an audience problem or a topic naming it
    takes the idea `kind`, which says what the recipe holds instead of the claim."""

    kind: str
    sectors: list[str] = Field(min_length=1)
    words: list[str] = Field(min_length=1)
    made_of: list[MadeOf] = []


class ClaimForm(_Strict):
    """An origin or a green claim rewritten in the qualified form the legal box asks for: the
    answers' words matching `pattern` (a regular expression, case-insensitive) become `form`
    (groups as \\1), in the answers' own language (review 21a, R3)."""

    pattern: str = Field(min_length=1)
    form: str

    @model_validator(mode="after")
    def _compiles(self) -> "ClaimForm":
        re.compile(self.pattern)  # a broken pattern fails at load, not in a strategy
        return self


class B2BQuestions(_Strict):
    """Audience questions asked by professionals (a café owner choosing what to pour), by their
    words, and the channels that carry them first (LinkedIn, a newsletter)."""

    words: dict[str, list[str]] = {}
    channels: list[str] = []


class CareerSubjects(_Strict):
    """Subjects on graduates' careers (« alumni careers »), by their words: while the plan
    keeps one of `held_by` (LinkedIn), never drawn on `not_on` (a broadcast list of reminders),
    so they go out where careers are read (review 26, Northgate)."""

    words: dict[str, list[str]] = {}
    held_by: list[str] = []
    not_on: list[str] = []


class Pins(_Strict):
    """An online shop's pins on Pinterest once its subjects have run (review 27 #4): each a
    product for a search people type, on a board, linked to its own listing; the searches the
    answers quote next to `search_words`, then each gift occasion `ahead_days` before it.
    Subjects holding `unsearched` words (a legal duty, a label's compliance) are never pinned."""

    search_words: dict[str, list[str]] = {}
    gift_words: dict[str, list[str]] = {}
    ahead_days: int = Field(default=90, ge=7, le=180)
    unsearched: dict[str, list[str]] = {}
    # the articles a gift occasion's name opens with, left out of a search (« la Saint-Valentin »)
    articles: dict[str, list[str]] = {}
    # word families: a search's word and those a pin's subject says the same thing with
    # (« vintage »: « ancienne », « chinée »), so a search goes only over a subject it fits
    kin: dict[str, list[list[str]]] = {}
    source: str = ""


class IdeaRules(_Strict):
    hooks: dict[str, HookWords] = {}
    pins: Pins | None = None
    channels: dict[str, list[str]] = {}
    regulated: dict[str, RegulatedIdeas] = {}
    confidential: Confidential = Field(default_factory=Confidential)
    crafts: list[CraftKind] = []
    topic_kinds: list[CraftKind] = []
    calls: Calls = Field(default_factory=Calls)
    internal: InternalFigures = Field(default_factory=InternalFigures)
    people: list[People] = []
    sector_drop: dict[str, list[str]] = {}
    seasons: list[Season] = []
    food_claims: list[FoodClaim] = []
    # origin and green claims posted in their qualified form, by the answers' language
    claim_forms: dict[str, list[ClaimForm]] = {}
    season_ahead_months: int = Field(default=2, ge=0, le=11)
    # topic kinds posted each week on a social network (a retailer's weekly deals)
    weekly: list[str] = []
    # topic kinds posted once a month on a social network (a café that pours the beer)
    monthly: list[str] = []
    # monthly kinds posted in the month's last days only: a thank-you closes the month, after
    # the offer's first posts (review 26 #13: the sponsors' portrait took a parent's testimony)
    month_end: list[str] = []
    month_end_days: int = Field(default=10, ge=1, le=28)
    # topic kinds shown in the offer third, not among the audience's questions (homes sold)
    offer_topics: list[str] = []
    # words naming the person who speaks in a personal voice (« founder », « fondatrice »): a
    # proof about them and a topic of the same years are their own story, never a third party's
    # portrait (review 28new, D16)
    founder: dict[str, list[str]] = {}
    # words naming a parent's question (« my child »): never on the young band's own network
    parents: dict[str, list[str]] = {}
    # the language of posts for a country of several languages (LU, BE, CH), by country code
    post_languages: dict[str, dict[str, str]] = {}
    audience_languages: AudienceLanguages = Field(default_factory=AudienceLanguages)
    # words of the audience description saying it is women: the "women" variant (une cliente)
    women: dict[str, list[str]] = {}
    # an audience question asked by a professional (a café owner): on `b2b.channels`, first
    b2b: B2BQuestions | None = None
    careers: CareerSubjects | None = None
    # the networks with Stories: a Stories takeover taken elsewhere is its video alone
    stories_networks: list[str] = []
    # a farm or a food producer: the `farm` variant (review 10, #3)
    farm: Farm = Field(default_factory=Farm)
    # clothing sold online only: the `apparel` variant (review 20, D7)
    apparel: Farm = Field(default_factory=Farm)
    # a destination promoted by a tourist office: the `destination` variant (review 20, D7)
    destination: Farm = Field(default_factory=Farm)
    # a food shop that stays put, its answers naming no market or stall: the `fixed_shop`
    # variant, by the absence of its words (review 22b, D1)
    fixed_shop: Farm = Field(default_factory=Farm)
    # topics that are no question, by their words: the pillar they go to (review 10, #4)
    topic_pillars: list[TopicPillar] = []
    # a topic sharing this many words with an audience question is left out (review 10, #4)
    topic_repeat_words: int = Field(default=2, ge=1)
    topic_repeat_ignore: list[str] = Field(default_factory=list)
    # who the spotlight names, when the answers name them (review 10, #3)
    spotlight: list[Spotlight] = []
    # the words of a range of months in the answers (« d'avril à novembre »; review 10, #3)
    season_ranges: SeasonRanges = Field(default_factory=SeasonRanges)
    # generic curation frames that give way to an audience question not posted yet (11a, #6)
    yield_to_problems: list[str] = []
    # the frames any client can post, in the order drawn, with where each fits (review 14, #5/#6)
    stock_frames: list[StockFrame] = []
    # the frames with no subject of the client's, and the kinds of the client's own subjects that
    # take a frame's slot on a network while one is not posted yet (review 18, D1)
    frames: list[str] = []
    lent_kinds: list[str] = []
    # the verbs of a proof counting things handed out (hampers paid for): a photo of one
    # (review 17, NEW-5)
    proof_goods: dict[str, list[str]] = {}
    children_places: dict[str, list[str]] = {}
    # what can be shown of a topic (abstract, agenda, figures) by its words in each language:
    # its phrases take `<key>_<shape>` (review 33c, item 1)
    topic_shapes: dict[str, dict[str, list[str]]] = {}
    # a length a headline already names (« Les artistes de la saison en trente secondes »): the
    # frame's own is not said twice (review 22a, review 24 #9)
    durations: dict[str, list[str]] = {}
    # an audience's wish about the line itself (« not being asked for money in every post »): a
    # rule of the line, never a post (review 17, NEW-3)
    line_wishes: dict[str, list[str]] = {}
    # a gift occasion's day, and the days before it its posts run on every network (review 14, #5)
    gift_days: list[GiftDay] = []
    gift_run_up_days: int = Field(default=21, ge=1)
    # whom the relay post names, by sector and offer words (review 11a, #7)
    field_who: list[FieldWho] = []
    # kinds kept only when the offer, the topics or the expertise name one of these words
    # (review 11b, #5: « Bien le préparer : la dose, la température » for gummies)
    kind_needs: dict[str, list[str]] = {}
    # a topic announcing a job (« nous recrutons un menuisier »; review 11a, #6)
    hiring: dict[str, list[str]] = {}
    # a network kept light for a large employer's job posts (mix: recruit_light) carries these
    # kinds, and subjects naming these words (the trade's training, franchisees), nothing else
    # (review 26 #5: LinkedIn kept « pour recruter » and fed breakfast posts)
    recruit_kinds: list[str] = []
    recruit_words: dict[str, list[str]] = {}
    # what such a network posts when the job posts have run: a candidate's questions, a day told
    recruit_frames: list[str] = []
    # a job topic that also names the franchisees a network looks for: the franchise offer is
    # a post of its own (a franchisee earns no salary), and the job post keeps the trades, its
    # headline cut of the clause naming them (review 26 #19)
    franchise_words: dict[str, list[str]] = {}
    franchise_cut: dict[str, list[str]] = {}
    # no purchase call on a post aimed at minors (review 11b, #4)
    minor_calls: MinorCalls = Field(default_factory=MinorCalls)
    # an organisation whose every post a compliance officer approves: recorded videos, no live
    # (review 19, D8)
    recorded: Recorded = Field(default_factory=lambda: Recorded())
    # a performing-arts venue (a theatre, a concert hall): its know-how is shows and
    # rehearsals, its people spectators (review 19, D4); sectors, and offer words per language
    venue: Venue = Field(default_factory=lambda: Venue())
    performer: Performer = Field(default_factory=lambda: Performer())
    # a reach count (followers, listeners) comes after the other proofs (review 23b, D12)
    vanity: dict[str, list[str]] = {}
    # a proof whose figure is a score or a rate has no photo: a visual or a line of text
    # (review 19, D8: « Net Promoter Score of 71 … a photo that illustrates it »)
    scores: dict[str, list[str]] = {}
    # no implied energy or health effect of a food in a question (review 11b, #4)
    effects: Effects = Field(default_factory=Effects)
    # a proof naming a distinction comes first among the offer's posts (review 12b, #5)
    distinctions: dict[str, list[str]] = {}
    adult_learners: AdultLearners = Field(default_factory=AdultLearners)
    # kinds of offer inside a sector, each a phrase variant named by its key, recognised by the
    # offer's words (review 25b #6: an off-plan developer is no resale agent, a youth football
    # club no theatre; review 25a #1: an MSc is no software course)
    offer_kinds: dict[str, Farm] = {}
    # a result measured on the customers (a survey, reviews, a test report) comes before a line
    # of CV among the offer's proofs (review 15, D8)
    measured: dict[str, list[str]] = {}


# always; posting: a kept network publishes; links: the plan sends people to a site;
# visuals: the person makes photos, visuals or videos
# `webinars`: the answers name a webinar the organisation runs (engine/scoring.runs_webinars)
ToolNeed = Literal["always", "posting", "links", "visuals", "webinars"]


class Tool(_Strict):
    """A category of tool the plan needs, when it needs it, and why, in every language.
    `free` is what costs nothing; `with_money` is added when the budget allows a paid tool."""

    category: Literal["scheduling", "listening", "link_tracking", "analytics", "design", "webinar"]
    needs: ToolNeed
    why: Text
    free: Text
    free_no_site: Text | None = None  # replaces `free` for an organisation with no website
    # with no website but a kept network whose profile carries one link (`bio_networks`): the
    # link page; else the networks' own counts (review 11a #2, 12a: « outil de réservation »,
    # « lien en bio » were said to a joiner on a Google listing)
    free_no_site_bio: Text | None = None
    # a seller on a marketplace with no site of its own: each link goes straight to the listing,
    # whose own statistics say where buyers came from; no link page between (review 30a, C3)
    free_marketplace: Text | None = None
    # a public service that serves several communes (a water utility): its own name, its
    # service's words and the communes it serves, never « the town and its neighbours »
    # (review 31b, E5)
    why_utility: Text | None = None
    free_utility: Text | None = None
    bio_networks: list[str] = []
    with_money: Text | None = None
    with_money_large: Text | None = None  # replaces `with_money` for a large organisation
    # the paid tier a person's or a small team's budget pays for, only when the plan needs it
    # (review 27, #13: a tools line paid for tools it called free): its price a channel a month,
    # and the number of social channels kept from which one calendar for all of them is needed
    paid_per_channel: float | None = None
    paid_from_channels: int | None = None
    paid_networks: list[str] = []  # the networks that paid tier publishes to
    # a tool the budget's tools line pays for whenever the plan needs it, by the month (a
    # webinar tool's entry plan: review 29, Dentiva's webinars with no tool to run them)
    paid_per_month: float | None = None
    why_public_body: Text | None = None  # replace `why` and `free` for a public body (a town
    free_public_body: Text | None = None  # listens to its services and neighbours, not competitors)


class BudgetSplit(_Strict):
    """How a paid budget is shared: ads, tools, creation (shares adding up to 1)."""

    ads: float = Field(ge=0, le=1)
    tools: float = Field(ge=0, le=1)
    creation: float = Field(ge=0, le=1)

    @model_validator(mode="after")
    def _whole(self) -> "BudgetSplit":
        if abs(self.ads + self.tools + self.creation - 1) > 0.001:
            raise ValueError("ads + tools + creation must add up to 1")
        return self


class SalePlace(_Strict):
    """A platform where the sale itself happens, named in the answers (review 23b, D8: Etsy, a
    ticketing platform): the sales KPI is read there, with its own tracking, not in « the
    online shop » or « your site's analytics »."""

    words: list[str]
    measure: Text
    source: Text
    source_note: str = ""
    # a marketplace that ships the person's parcels (a card in each parcel reaches the buyers)
    parcels: bool = False


class MetricMeasure(_Strict):
    """How and where the person's own metric is read, found by its words (« signatures » → the
    petition platform; review 6, #3). `objective`: the metric is that objective's own measure
    (« couverts vendus » is a sale), read as its first KPI. `returning`: a share of customers who
    come back, which a repeat-purchase KPI would only restate."""

    id: str
    words: dict[str, list[str]]
    objective: str | None = None
    measure: Text | None = None
    source: Text | None = None
    measure_no_file: Text | None = None
    source_no_file: Text | None = None
    rhythm: Rhythm | None = None
    returning: bool = False
    # the objective's own first KPI is still followed beside it (followers are no reach)
    also_own_kpi: bool = False
    # money raised for an event keeps coming in after it (sponsorship pages stay open): the
    # figure is judged this many days after the event, not on its eve (review 11a, #4)
    collected_days: int | None = Field(default=None, gt=0)
    # a process figure to bring down (a response time) falls as soon as the team's routine
    # exists: the whole gain by this share of the plan, most of it at once, then held (review
    # 30b, E8: 25 → 18 → 4 hours on a growth curve)
    early_share: float | None = Field(default=None, gt=0, le=1)

    @model_validator(mode="after")
    def _said(self) -> "MetricMeasure":
        if self.objective is None and (self.measure is None or self.source is None):
            raise ValueError(f"metric '{self.id}' needs an objective, or a measure and a source")
        return self


class WindowUnit(_Strict):
    """A unit a metric's window is said in (« semaines »), and its length in days."""

    days: int = Field(gt=0)
    words: dict[str, list[str]]


class Stockists(_Strict):
    """The places that sell or serve the brand, counted in a proof point (« 45 cafés nous
    servent à la pression »): a KPI of their own, aimed at `growth` more by the plan's end."""

    words: dict[str, list[str]]  # the places, just after the number
    verbs: dict[str, list[str]]  # what they do with the product (serve, stock)
    growth: float = Field(gt=0, le=1)
    source: str = ""


class RelayKpi(_Strict):
    """What a relay brings, counted when the objective is one it serves (creators' codes for
    sales, referral partners' introductions for leads; review 11b, #9)."""

    objectives: list[str] = Field(min_length=1)
    kpi: KpiTemplate


class StockName(_Strict):
    """A count's noun said in full where it could be misread (« abonnés » read as followers):
    when the offer has one of `offer` words, `name` in each language (review 19, D5)."""

    words: dict[str, list[str]]
    offer: dict[str, list[str]] = {}
    name: dict[str, str]


class AdmissionsCycle(_Strict):
    """A count a school or university piles up over a yearly admissions cycle (review 22b, D1
    and D4: deposits paid for an intake): by its metric's words, in these sectors; read in the
    admissions CRM, to date against the same date last cycle."""

    words: dict[str, list[str]]
    sectors: list[str]
    measure: Text
    source: Text
    rhythm: Rhythm = "weekly"


class SalesSeason(_Strict):
    """A season of a sales calendar: its phase key, its months (northern hemisphere) and how
    much a month of it sells against the others."""

    key: str
    months: list[int]
    weight: float = 1.0


class StockCount(_Strict):
    """How the answers say the units sold of a fixed stock (« 24 of 40 suites sold », « 24
    logements vendus sur 40 »): regexes per language with the groups sold, total and unit."""

    patterns: dict[str, list[str]]
    # the stock's name when the document's language is not the answers' (« logements »)
    unit: Text


class SalesCalendar(_Strict):
    """A kind of offer sold from a fixed stock over a sales year (review 26, #3: an off-plan
    developer's preview, spring push, summer lull, fall push and last units): its phases come
    from the seasons, its checkpoints count the units sold toward the stock, and the plan ends
    at sell-out, never asking for more of the metric than the units left can take."""

    offer_kind: str  # data/ideas.yaml offer_kinds
    seasons: list[SalesSeason]
    # the season the plan's last phase takes the name of, whatever its months: the last units
    last_key: str
    last_weight: float = 1.0
    # countries whose seasons are six months apart (southern hemisphere)
    southern: list[str] = []
    stock: StockCount | None = None


class Attendance(_Strict):
    """An appointment business that cares who turns up (review 28new, D2: a vet's Saturday
    slots « réservés et honorés », « prévenir la clinique si l'on ne peut pas venir »): a
    no-show KPI, lower being better, from the share the answers give (« un sur cinq ») or the
    first month's, aimed at `goal` %."""

    words: dict[str, list[str]]  # attendance, said in the desired action, the metric or a proof
    booking: dict[str, list[str]]  # an appointment, in the desired action or the metric
    missed: dict[str, list[str]]  # a proof point that counts the missed ones
    goal: float = Field(gt=0, lt=100)
    # numbers said in words (« un sur cinq », "one in five") and the word between the two
    numbers: dict[str, dict[str, int]] = {}
    between: dict[str, list[str]] = {}


class RecallKpi(_Strict):
    """A care business whose clients come back on a due date (a vet's vaccine boosters;
    review 28new, D12): its loyalty is the recalls done on time, not a repeat purchase. Both
    the business's words (`business`, in the offer or the sector's regulated choice) and the
    recall's (`words`, in the offer, topics, problems, desired action) must be said."""

    business: dict[str, list[str]]
    words: dict[str, list[str]]
    kpi: KpiTemplate


class OnlineContact(_Strict):
    """How an organisation with no premises meets its enquiries (review 28new, D7: « booking,
    front desk, form » for an online SaaS): the objective's first KPI measured at the form or
    the call; with `words` (a demo) said in the desired action or the metric, only then."""

    objective: str
    words: dict[str, list[str]] = {}
    measure: Text


class UnitName(_Strict):
    """A target's unit said in each language (review 31a WN3, 31b E9: « appointments per
    month » inside French sentences, “heures ouvrées” inside English ones): the person's unit,
    found whole among `words`, is said as `name` in the document's language."""

    words: dict[str, list[str]]
    name: Text


class PeakHoliday(_Strict):
    """A holiday that names its month (« Noël » is December)."""

    words: dict[str, list[str]]
    months: list[int]


class PeakSeason(_Strict):
    """The words that say a month is the business's strongest (« Christmas is our biggest
    month »; review 31b, G6): its months, named or by their holiday, are read against the same
    month a year before, never on a smooth curve from the year's average."""

    words: dict[str, list[str]]
    holidays: list[PeakHoliday] = []


class SessionSeries(_Strict):
    """Sessions an event objective holds several times a year (review 32c, N1/N2: « six séances
    en 2027 », months named in the notes): the words that name a session, a year, a seat; the
    numbers written in words; the weekdays; the assumed day of a session whose month only is
    given (the `nth` `weekday`); the countdown before each session and the recap after it, in
    days."""

    words: dict[str, list[str]]
    year_words: dict[str, list[str]]
    seat_words: dict[str, list[str]]
    numbers: dict[str, dict[str, int]]
    weekdays: dict[str, dict[str, int]]
    weekday: int = Field(default=6, ge=1, le=7)
    nth: int = Field(default=3, ge=1, le=4)
    notice_days: list[Annotated[int, Field(ge=1, le=35)]] = Field(min_length=1)
    recap_days: int = Field(default=2, ge=1, le=7)
    source: str = ""


class Metrics(_Strict):
    """The person's own metrics: how each is measured, by its words, and the words that say a
    proof point is a campaign's count (members are the thresholds' `member_words`)."""

    measures: list[MetricMeasure] = []
    # a target's unit in the document's language when the answers are in another (UnitName)
    unit_names: list[UnitName] = []
    peak_season: PeakSeason | None = None
    stockists: Stockists | None = None
    sessions: SessionSeries | None = None
    relay_kpis: dict[str, RelayKpi] = {}
    # a campaign's count among the proof points (« 2 300 remarques à l'enquête publique »): a
    # figure the organisation already reached, which its realistic target is not capped below
    campaign_words: dict[str, list[str]] = {}
    # who takes part in an event, said with a count in the answers (« 140 walkers »): the
    # participants KPI starts from that count (review 12a, #5)
    participant_words: dict[str, list[str]] = {}
    # those who stay, said with a count in the answers (« 900 regular donors »): a loyalty
    # objective's KPI starts from that count; what a second season's appeal pays for, counted
    # in the proof points (« paid for 310 hampers »): its KPI starts there (review 14, #7)
    loyal_words: dict[str, list[str]] = {}
    # those a public service holds by law or by monopoly (a water board's subscribers): no
    # loyalty KPI of social media counts them (review 30b, E6)
    captive_kinds: list[str] = []
    # a French metric after a verb takes its article (« Ramener le délai médian », review 30b,
    # E9): the nouns of a metric that are feminine, and those ending in s or x that are singular
    article_feminine: list[str] = []
    article_invariable: list[str] = []
    captive_words: dict[str, list[str]] = {}
    # the sponsors counted among the proof points (« 21 sponsors locaux »): their renewals get a
    # KPI row of their own when keeping them is a goal (review 26, #13)
    sponsor_words: dict[str, list[str]] = {}
    # negative reviews the answers say are left unanswered (« deux à une étoile sans réponse »):
    # the share answered today is known, none (review 14, #5)
    unanswered_words: dict[str, list[str]] = {}
    # a desired action that subscribes (« s'abonner à la box mensuelle »): a loyalty objective
    # counts those subscribers (review 14, #5); the words, then what ends the thing's name
    subscribe_words: dict[str, list[str]] = {}
    # a topic naming the volunteers a recruitment objective seeks (« volunteer befrienders »):
    # its applications KPI says whom it counts (review 14, #7)
    volunteer_words: dict[str, list[str]] = {}
    # a recurring gathering a volunteer recruiter holds, as its topics name it (« adoption days
    # at the pet store »): plural heads only, so that « vos {what} » reads (review 33c, H-b)
    gathering_words: dict[str, list[str]] = {}
    # a help desk's calls, as its proof points count them (review 33b, EN9)
    call_words: dict[str, list[str]] = {}
    # the members a running letter goes to, as a proof point counts them (review 33b, VN8)
    letter_member_words: dict[str, list[str]] = {}
    subscribe_stops: dict[str, list[str]] = {}
    appeal_count_words: dict[str, list[str]] = {}
    # a metric read within a window (« dans les 8 semaines »): its checkpoints wait that long
    window_words: dict[str, list[str]] = {}
    window_units: list[WindowUnit] = []
    # a desired action done where the person already is (« avant de quitter le studio »)
    in_place_words: dict[str, list[str]] = {}
    # a metric this many words long gives way to its unit in a checkpoint (the figure said once)
    checkpoint_metric_words: int = Field(default=8, ge=2)
    # a purchase made once (a tour for visitors from elsewhere): no repeat-purchase KPI
    once_sectors: list[str] = []
    once_geo: list[str] = []
    once_words: dict[str, list[str]] = {}  # in the offer: a tour, not a stay people come back to
    # a free event (no ticket), an event for newcomers (no returning participants), an open day
    # counted on the day (no bookings)
    free_words: dict[str, list[str]] = {}
    newcomer_words: dict[str, list[str]] = {}
    open_day_words: dict[str, list[str]] = {}
    # a course bought once (no repeat purchase: the sales page's visits lead to it) and team
    # licences sold to employers (their calls are the leads), read in the offer (review 16, N3)
    course_words: dict[str, list[str]] = {}
    season_pass_words: dict[str, list[str]] = {}
    team_words: dict[str, list[str]] = {}
    # a metric final on a date the desired action names (review 15, D2: a cohort's enrolments
    # are counted when it closes): its target is dated then, not at the horizon
    closing_words: dict[str, list[str]] = {}
    # an app the customers already use, named in the answers (review 22b, D10)
    app_words: dict[str, list[str]] = {}
    # a yearly admissions cycle's count (review 22b, D1 and D4)
    admissions_cycle: AdmissionsCycle | None = None
    # a fixed stock sold over a sales year, by kind of offer (review 26, #3: off-plan condos)
    sales_calendars: list[SalesCalendar] = []
    # a series of dated events named in the offer (review 23b, D1: « an 11-date tour (4 March
    # to 17 April 2027) »): the product ends on its last date, the count is this series' to date
    series_words: dict[str, list[str]] = {}
    series_range_words: dict[str, list[str]] = {}
    # the pushes before each date of a series, in days (3 weeks and 1 week before)
    series_push_days: list[int] = []
    # what one date of a series is called, singular and plural (« 11 dates », "8 shows",
    # "an 11-date tour"): the number of dates, this series' and the last one's (review 26, #12)
    series_unit_words: dict[str, list[str]] = {}
    # the share of each date's capacity sold, by weeks before it (review 24, #4: 40 % four
    # weeks out, 75 % one week out), read per date on the ticket platform
    series_pacing: dict[int, float] = {}
    # a monthly metric whose answers give a month's own figure (« 140 en décembre 2025, 19 en
    # janvier 2026 »): a month under this share of the monthly baseline is a low month, read
    # against the same month a year before (review 23b, D2)
    per_month_words: dict[str, list[str]] = {}
    # the platforms where the sale happens (review 23b, D8), the first named in the answers
    sale_places: list[SalePlace] = []
    month_figure_words: dict[str, list[str]] = {}
    low_month_share: float = Field(default=0.0, ge=0.0, le=1.0)
    # an event that is a trade fair (review 15, D1): its KPI counts meetings booked before it
    fair_words: dict[str, list[str]] = {}
    # a named event that is a trade fair only when the organisation sells to businesses (« The
    # Dentistry Show »; a « show » is a performance to a theatre): review 29, Dentiva
    fair_words_b2b: dict[str, list[str]] = {}
    # the meetings a stand books before a fair when the answers give no number (review 18, D3,
    # review 17 NEW-2): so many a day over so many days, an assumption the document states
    fair_meetings_per_day: int = 0
    fair_days: int = 0
    # the share of the objective's rise the fair's contacts bring at once: the milestones step
    # after it instead of a straight curve (review 17 NEW-2)
    fair_step_share: float = Field(default=0.0, ge=0.0, le=1.0)
    # a target counted in money: its figures are amounts in the country's currency, and the
    # currency marks are dropped from the unit beside them (review 11a, #5)
    money_words: dict[str, list[str]] = {}
    currency_marks: list[str] = []
    # a date the desired action gives as an opening (« dès l'ouverture des abonnements, le
    # 18 juin »): when the action becomes possible, not a deadline (review 19, D2); the words
    # that say so, those that make it a deadline after all, what names the opening, the
    # metric's words for a count that starts again at 0 (a new season), and the checkpoints
    # after the opening, in weeks
    opening_words: dict[str, list[str]] = {}
    deadline_words: dict[str, list[str]] = {}
    opening_nouns: dict[str, list[str]] = {}
    new_count_words: dict[str, list[str]] = {}
    opening_checkpoint_weeks: list[int] = []
    # a metric counted in the first N days after a launch (review 20, D2): its words, the
    # launch's, past buyers', the countdown's days before the launch and the checkpoints after
    launch_first_words: dict[str, list[str]] = {}
    # a count of stays over named months (« nuitées de novembre à mars »): its words, how many
    # months before the stay months people book (earliest, latest), where it is read and when
    stay_words: dict[str, list[str]] = {}
    stay_booking_lead_months: list[int] = []
    stay_default_lag_months: int = 1
    stay_sources: "list[StaySource]" = []
    # an email list's and another channel's words before a count of subscribers (review 20)
    list_email_words: dict[str, list[str]] = {}
    list_other_words: dict[str, list[str]] = {}
    launch_words: dict[str, list[str]] = {}
    repeat_words: dict[str, list[str]] = {}
    launch_countdown_days: list[int] = []
    waitlist_words: dict[str, list[str]] = {}
    # the objectives whose ads are judged by their cost per order (review 21a, Loam)
    ads_cost_objectives: list[str] = []
    ads_cost_min_monthly: float = Field(default=0.0, ge=0.0)
    # an offer whose goods come back when sold online (clothes, shoes): a return-rate KPI
    return_rate_words: dict[str, list[str]] = {}
    launch_checkpoint_days: list[int] = []
    # the share of a launch window's sales made on launch day (review 21a, R1)
    launch_day_share: float = Field(default=0.0, ge=0.0, lt=1.0)
    # a metric counted per year (« par an », "per year"): a flow, cumulative from the start
    flow_words: dict[str, list[str]] = {}
    # a count the answers give that a stock names (abonnés of a theatre's season): its name
    stock_names: list[StockName] = []
    # the no-show KPI of an appointment business, its loyalty as recalls done on time, and an
    # online organisation's first contact (review 28new, D2, D12, D7)
    attendance: Attendance | None = None
    recalls: list[RecallKpi] = []
    online_contact: list[OnlineContact] = []


class StaySource(_Strict):
    """Where a count of stays is read when a declaration gives it, and how long after the
    months it covers (review 20, D2: the taxe de séjour, quarterly, read 2-3 months later)."""

    words: dict[str, list[str]] = {}
    kinds: list[str] = []
    lag_months: int = Field(ge=0, le=12)
    name: dict[str, str]


class Catalogue(_Strict):
    version: str
    sources: list[Source]
    facts: list[Fact]
    networks: list[Network]
    warnings: list[WarningText]
    objectives: list[Objective]
    thresholds: Thresholds
    phrases: dict[str, Text]
    calendar: CalendarRules
    tools: list[Tool]
    ideas: IdeaRules = Field(default_factory=IdeaRules)
    metrics: Metrics = Field(default_factory=Metrics)
    countries: list[Country] = []

    @model_validator(mode="after")
    def _consistent(self) -> "Catalogue":
        ids = [n.id for n in self.networks]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"networks listed twice: {dupes}")
        about_unknown = sorted(
            {f.network for f in self.facts if f.network and f.network not in ids}
        )
        if about_unknown:
            raise ValueError(
                f"facts are about networks missing from networks.yaml: {about_unknown}"
            )
        for key, text in self.phrases.items():
            shapes = {lang: placeholders(words) for lang, words in text.items()}
            if len({frozenset(v) for v in shapes.values()}) > 1:
                raise ValueError(f"phrase '{key}' has different placeholders by language: {shapes}")
        source_ids = {s.id for s in self.sources}
        fact_ids = {f.id for f in self.facts}
        for fact in self.facts:
            if fact.source not in source_ids:
                raise ValueError(f"fact '{fact.id}' cites unknown source '{fact.source}'")
        for net in self.networks:
            for kind, cited in net.facts.items():
                unknown = [f for f in cited if f not in fact_ids]
                if unknown:
                    raise ValueError(f"network '{net.id}' facts.{kind} cites unknown {unknown}")
        for warning in self.warnings:
            cited = [
                *warning.facts,
                *(f for v in warning.variants.values() for f in v.facts or []),
                *(f for x in warning.extras.values() for f in x.facts),
            ]
            unknown = [f for f in cited if f not in fact_ids]
            if unknown:
                raise ValueError(f"warning '{warning.id}' cites unknown facts {unknown}")
        unknown_consent = [f for c in self.countries for f in c.consent_facts if f not in fact_ids]
        if unknown_consent:
            raise ValueError(f"countries.yaml cites unknown facts {unknown_consent}")
        unknown_cites = [f for f in self.thresholds.cite.values() if f not in fact_ids]
        if unknown_cites:
            raise ValueError(f"thresholds.cite names unknown facts {unknown_cites}")
        if self.thresholds.reference_cost_fact not in fact_ids:
            raise ValueError("thresholds.reference_cost_fact must name a fact")
        unknown_slots = sorted(set(self.calendar.networks) - set(ids))
        if unknown_slots:
            raise ValueError(
                f"calendar.yaml times networks missing from networks.yaml: {unknown_slots}"
            )
        unknown_channels = sorted(set(self.ideas.channels) - set(ids))
        if unknown_channels:
            raise ValueError(f"ideas.yaml channels missing from networks.yaml: {unknown_channels}")
        return self

    @property
    def network_ids(self) -> list[str]:
        return list(self._memo("network_ids", lambda: [n.id for n in self.networks]))

    def network(self, nid: str) -> Network:
        return self._by_id()[0][nid]

    def fact(self, fid: str) -> Fact:
        return self._by_id()[1][fid]

    def source(self, sid: str) -> Source:
        return self._by_id()[2][sid]

    def country(self, code: str | None) -> Country | None:
        """A country by its code in the `country` answer (FR) or its place code (fr, eu)."""
        if not code:
            return None  # not given (the EU has no code of its own)
        return next((c for c in self.countries if code in (c.code, c.geo)), None)

    def warning(self, wid: str) -> WarningText:
        return next(w for w in self.warnings if w.id == wid)

    def objective(self, code: str, org_kind: str | None = None) -> Objective:
        """An objective, as measured for this kind of organisation when one is given."""
        # asked thousands of times a strategy (plan.schedule): each answer found once
        return self._memo(
            ("objective", code, org_kind),
            lambda: next(o for o in self.objectives if o.code == code).for_kind(org_kind),
        )

    def fit_threshold(
        self, market: str | None, objective: str | None, audience_types: list[str]
    ) -> float:
        """The fit a social network needs for this audience, objective and market."""
        th = self.thresholds
        return th.fit_threshold + sum(
            r.raise_by
            for r in th.fit_threshold_raises
            if r.matches(market, objective, audience_types)
        )

    def phrase(self, key: str) -> Text:
        try:
            return self.phrases[key]
        except KeyError:
            raise KeyError(f"phrase '{key}' is missing from data/phrases.yaml") from None

    def _memo(self, key: Hashable, make: Callable[[], M]) -> M:
        """`make()`, computed once per catalogue (which is frozen) and kept beside its fields."""
        memo: dict[Hashable, Any] | None = self.__dict__.get("_memos")
        if memo is None:
            memo = {}
            object.__setattr__(self, "_memos", memo)
        if key not in memo:
            memo[key] = make()
        value: M = memo[key]
        return value

    def _by_id(self) -> tuple[dict[str, Network], dict[str, Fact], dict[str, Source]]:
        cached = self.__dict__.get("_index")
        if cached is None:
            cached = (
                {n.id: n for n in self.networks},
                {f.id: f for f in self.facts},
                {s.id: s for s in self.sources},
            )
            object.__setattr__(self, "_index", cached)
        return cached


FILES = (
    "sources",
    "facts",
    "networks",
    "warnings",
    "objectives",
    "thresholds",
    "phrases",
    "calendar",
    "tools",
    "ideas",
    "metrics",
    "countries",
)


def load_catalogue_from(folder: Path) -> Catalogue:
    from strategy_wizard.base.files import DATA_MAX_BYTES
    from strategy_wizard.base.yamlio import YamlError, load_yaml_file

    raw: dict[str, object] = {}
    for name in FILES:
        path = folder / f"{name}.yaml"
        try:
            data = load_yaml_file(path, DATA_MAX_BYTES)
        except YamlError as exc:
            raise CatalogueError(f"{path}: {exc}") from None
        if name == "networks" and isinstance(data, dict):
            raw["version"] = str(data.get("version", "?"))
            data = data.get("networks")
        raw[name] = data
    try:
        return Catalogue.model_validate(raw)
    except ValidationError as exc:
        lines = [f"{folder}: invalid knowledge data"]
        for err in exc.errors():
            loc = list(err["loc"])
            where = f"{loc[0]}.yaml" if loc else "?"
            if len(loc) > 1 and isinstance(loc[1], int):
                entry = raw.get(str(loc[0]))
                try:
                    ident = entry[loc[1]].get("id") or entry[loc[1]].get("code")  # type: ignore[index]
                except (AttributeError, IndexError, KeyError, TypeError):
                    ident = None
                where += f", entry '{ident or loc[1]}'"
                loc = loc[2:]
            else:
                loc = loc[1:]
            if loc:
                where += ", field " + ".".join(str(p) for p in loc)
            lines.append(f"  {where}: {err['msg']}")
        raise CatalogueError("\n".join(lines)) from None


@cache
def load_catalogue() -> Catalogue:
    from strategy_wizard.base.cache import cached
    from strategy_wizard.base.resources import resource_dir

    return cached("knowledge", resource_dir("data"), load_catalogue_from)
