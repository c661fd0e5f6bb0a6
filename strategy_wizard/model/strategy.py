"""The strategy: what the engine produces and every renderer shows.

These models are the contract of `render --format json` (product brief §2), and the whole of
what a renderer sees: JSON, Markdown, HTML, PDF and calendar cannot disagree, and a strategy
saved as JSON renders again on its own. A decision carries its data beside its words (a
reason's code and figures, a warning's figures, the objective's parts), so a program can read
what was decided and a person what it means.
"""

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Verdict = Literal["go", "adjust", "fix_first", "not_needed"]
Role = Literal["primary", "secondary", "listen", "avoid"]
Activity = Literal["create", "curate", "interact", "listen", "measure"]
Severity = Literal["info", "warning", "critical"]
ReasonKind = Literal["for", "against", "override", "note"]
SlotActivity = Literal["post", "listen", "setup"]
ToolCategory = Literal["scheduling", "listening", "link_tracking", "analytics", "design", "webinar"]
SpendCategory = Literal["ads", "tools", "creation", "creators", "translation"]


class _Out(BaseModel):
    # a strategy saved as JSON is read back (`render plan.json`): no NaN, no infinity
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class SmartObjective(_Out):
    code: str
    label: str
    statement: str
    metric: str
    # None until measured: a figure the person did not give is never invented
    baseline: float | None
    target: float | None
    unit: str
    deadline: date
    lower_is_better: bool = False  # a response time, a cost: the target is below the baseline
    # the highest target the growth thresholds allow for the horizon, when the client's is
    # beyond it (the plan's milestones lead here); None when the client's target is realistic
    realistic_target: float | None = None
    # a campaign's realistic target is the best count it already reached: the proof point saying
    # it (« … après 2 300 remarques à l'enquête publique »), quoted by the statement
    realistic_proof: str | None = None
    desired_action: str | None = None
    channels: list[str] = []  # the network ids the statement names; none: the own channels


class Reason(_Out):
    """Why a network has its role: a code and its figures (the decision), and its sentence."""

    code: str
    kind: ReasonKind = "note"
    figures: dict[str, Any] = {}
    facts: list[str] = []
    text: str = ""


Cadence = Literal["monthly", "fortnightly", "weekly"]


def cadence(posts_per_week: float) -> Cadence:
    """How often a rhythm posts as a person counts it (fewer than one post a fortnight is a
    monthly rhythm, fewer than one a week a fortnightly one): one rule for every text that
    names a rhythm."""
    return "monthly" if posts_per_week < 0.5 else "fortnightly" if posts_per_week < 1 else "weekly"


class NetworkPlan(_Out):
    id: str
    name: str
    kind: Literal["social", "owned", "local"]
    role: Role
    score: int = Field(ge=0, le=100)
    hours_per_week: float = Field(ge=0)
    posts_per_week: float = Field(ge=0)
    formats: list[str]
    reasons: list[Reason] = Field(min_length=1)
    overridden: bool = False


class Pillar(_Out):
    key: Literal["audience_problems", "own_offer", "curation"]
    name: str
    share: float = Field(ge=0, le=1)
    ideas: list[str]
    # what changes for this pillar and why (a public body's offer turns into practical
    # information before an election; a topic the rules leave out, said as left out)
    note: str = ""


class Ritual(_Out):
    what: str
    frequency: str


class Editorial(_Out):
    tone: str
    address_form: Literal["tu", "vous"] | None
    pillars: list[Pillar]
    own_offer_share: float
    audience_problem_share: float
    curation_share: float
    rituals: list[Ritual]
    post_ideas: list[str]


class RoutineItem(_Out):
    network: str | None
    activity: Activity
    hours: float = Field(ge=0)
    what: str = ""
    # what the hours buy, in a few words, when the line is a job of its own (« Creator
    # partners », « Translation into Dutch », « TikTok test »): the one-page summary gives it
    # its own row rather than adding it to an activity's total (review 21a: « Interact 29 h 15 »)
    label: str = ""


class Milestone(_Out):
    date: date
    what: str


class Phase(_Out):
    name: str
    start: date
    end: date
    goals: list[str]
    milestones: list[Milestone]


class KpiTarget(_Out):
    date: date
    value: float
    # the target as the scorecard reads it when it is not the value itself: a seasonal
    # business's rise on the same month a year before (« +11 % sur mai 2026 », review 12a #6)
    label: str = ""


class Kpi(_Out):
    id: str
    lower_is_better: bool = False
    name: str
    measure: str
    unit: str = ""
    baseline: float | None = None  # None: measured in the first month
    # when there is no baseline, when it is taken, in words, if not in the first month (at the
    # first event; a commitment that needs none)
    first_measure: str = ""
    targets: list[KpiTarget]
    # with no targets, the rule they follow (set from the first month, after the first event, held
    # at a level already met); with targets, what follows them (then kept)
    target_note: str = ""
    owner: str = ""  # who measures it
    rhythm: str = ""  # how often
    source: str = ""  # where the figure is read
    # its figures are amounts, in the strategy's currency (a target counted in money)
    money: bool = False
    # with no targets, the target in a few words for the one-page summary (« × 2 d'ici le 5 mars
    # 2027 », a means followed without a target); empty: set after the first measure
    summary: str = ""


class RelayPlan(_Out):
    id: str
    name: str
    how: str
    proposed: bool = False  # the engine proposed it (the person named none, or fewer than two)


class Spend(_Out):
    """One share of the paid budget: ads, tools or creation, with its amount and why."""

    category: SpendCategory
    share: float = Field(ge=0, le=1)
    eur_per_year: float = Field(ge=0)
    why: str


class Budget(_Out):
    hours_per_week: float
    hours_per_year: float
    money_per_year_eur: float
    # a plan shorter than a year is costed over its own months first (review 9a, #3)
    horizon_months: int = 12
    hours_over_plan: float | None = None
    money_over_plan_eur: float | None = None
    notes: list[str]
    split: list[Spend] = []  # empty when there is no money


class Slot(_Out):
    """One dated piece of the first four weeks' work: a post, a listening session or a set-up
    task. `pillar` and `format` are set for posts only."""

    date: date
    time: str = Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
    network: str | None
    activity: SlotActivity
    pillar: Literal["audience_problems", "own_offer", "curation"] | None = None
    idea: str
    format: str | None = None
    # a post tied to a named day (a gifting occasion, an event the answers name, a live's or a
    # monthly event's notice): a shortened calendar keeps its idea printed (doc33 #2, cal34)
    event: bool = False


class Governance(_Out):
    """Who does what: publishes, approves, answers (and how fast), what goes up to whom, and the
    moderation rules the team applies and can publish as a charter."""

    publishes: str
    approves: str
    answers: str
    response_time_hours: float = Field(ge=0)
    escalation: list[str]
    moderation: list[str]


class ToolPlan(_Out):
    category: ToolCategory
    why: str
    how: str  # the free option first, then what money adds


class AccountAudit(_Out):
    """A current account and what to check on it before the plan starts."""

    network: str
    checks: list[str]


class Audit(_Out):
    accounts: list[AccountAudit] = []
    competitors: list[str] = []  # the peers to watch, from the answers (a benchmark to fill)
    checks: list[str] = []  # what the benchmark looks at for each of them


class Warning(_Out):
    id: str
    severity: Severity
    case: str | None = None  # which of the warning's cases its condition met, if it has several
    figures: dict[str, Any] = {}  # what its condition recorded (the only placeholders)
    headline: str = ""  # one line, for the strategy on one page
    message: str = ""
    advice: str = ""
    facts: list[str] = []


class Assumption(_Out):
    question: str
    assumed: str
    why: str


class RecapRow(_Out):
    """One answer as a reader sees it: the question's label and the answer in words."""

    question: str  # the question id
    label: str
    value: str


class RecapStep(_Out):
    """The answers of one step of the objective thread, for the document's recap."""

    step: str
    title: str
    rows: list[RecapRow]


class SourceRef(_Out):
    """A cited fact and where it comes from; `id` is the fact id that reasons cite."""

    id: str
    title: str
    publisher: str
    year: int
    url: str | None = None
    fact: str
    lore: bool = False
    geo: str = "world"  # where the figure was measured: fr, us, world
    fallback: bool = False  # measured elsewhere than the audience: none found for its area
    # where it was measured, or whose rule it is, when it is not the audience's country's:
    # « chiffre français, faute d'un chiffre belge » (review 6, #9)
    measured: str = ""


class Strategy(_Out):
    version: Literal["1"] = "1"
    tool_version: str
    catalogue_version: str
    generated_on: date
    lang: str  # a language code of data/languages.yaml
    # the language the person answered in: when it is not `lang`, their own words are quoted
    # in the sentences and the document says so (review 3, D12)
    answers_lang: str = ""
    country: str = ""  # where the organisation and its audience are (FR, BE…); "" when unknown
    # the money every amount is in (ISO 4217), the country's own: the budget is answered in it
    # and never converted; "" for a country the list does not name (plain figures; review 11a, #5)
    currency: str = "EUR"
    org_name: str
    verdict: Verdict
    verdict_text: str
    verdict_reasons: list[str] = []  # the two or three reasons behind it, for the one-page view
    objective: SmartObjective
    networks: list[NetworkPlan]
    editorial: Editorial
    routine: list[RoutineItem]
    plan: list[Phase]
    kpis: list[Kpi]
    relays: list[RelayPlan]
    calendar: list[Slot] = []
    # the time zone the calendar's times are in, for a national audience across several (review
    # 24, #7), and each named city's evening push in it; "" otherwise
    calendar_zone: str = ""
    governance: Governance
    tools: list[ToolPlan] = []
    audit: Audit = Audit()
    budget: Budget
    first_steps: list[str] = Field(min_length=3, max_length=3)
    warnings: list[Warning]
    assumptions: list[Assumption]
    sources: list[SourceRef]
    notes: dict[str, str] = {}
    recap: list[RecapStep] = []  # the person's answers, step by step, as display rows
    not_applicable: list[str] = []  # questions that do not apply here (labels), not assumed

    @field_validator("lang")
    @classmethod
    def _known_language(cls, value: str) -> str:
        from strategy_wizard.base.locale import languages

        if value not in languages().codes:
            raise ValueError(f"{value!r} is not one of the languages {list(languages().codes)}")
        return value

    def active_networks(self) -> list[NetworkPlan]:
        return [n for n in self.networks if n.role in ("primary", "secondary")]

    def source_numbers(self) -> dict[str, int]:
        """Fact id → its number in the sources list: documents cite "[3, 7]", not fact ids."""
        return {src.id: i for i, src in enumerate(self.sources, 1)}
