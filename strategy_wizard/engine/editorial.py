"""The editorial line: what to talk about, in what proportions, in what voice, with which habits.

The shares follow the source material: at most one post in three about the offer, at least half
answering the audience's own questions, the rest from others in the field and community life.

Post ideas are built from the person's own words, each in a shape that fits what it is:
- a problem of the audience is a hook and an answer;
- a topic the person named is its OWN subject, shown, explained or announced by the client
  (a town hall announces its roadworks, a provider posts its own outage updates), never
  someone else's content to share;
- a proof is its figure in large type beside one person's words, never "filmed";
- the offer line is never pasted into a sentence: an offer is shown through one real case, or,
  for a public body or a support team, one service at a time and how to reach it;
- behind the scenes is a moment of the person's know-how;
- curating is about the client's field at large (others' work, partners, the community), and
  only a person speaking in their own name adds an opinion; a public body or a support team
  relays and credits.
The calendar draws from the same pools, never the same idea twice in its four weeks.

The rituals are the source material's: answer everything (within the response time the plan
aims at), credit others, a compliment a week to someone you follow, an opinion of your own when
a person speaks (never more often than they post), most shared links pointing to others where
sharing links is the network's daily bread (X, LinkedIn) and the objective is not to send people
to a shop, a booking or a help page, and on a blog two articles in three answering problems.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import zip_longest

from strategy_wizard.engine.governance import response_hours
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.strategy import (
    Editorial,
    NetworkPlan,
    Pillar,
    Ritual,
)

# Networks where sharing others' links is the daily bread (source material: nine links in ten
# to others' content). Elsewhere the rule would send no one anywhere useful.
LINK_NETWORKS = ("x", "linkedin")
# Objectives whose links lead to the client's own page (the shop, the booking, the help page,
# the registration, the job offer): the nine-in-ten rule does not apply to them.
OWN_LINK_OBJECTIVES = ("sales", "leads", "support", "event", "recruitment")
# Formats in the order an idea is best shaped by them (what shows a gesture first).
FORMAT_ORDER = ("short_video", "visual_design", "photo", "text", "long_video", "live", "audio")
# Channels of one kind of message: an idea there has its own shape (cal_<channel>_<kind>).
OWN_CHANNELS = ("newsletter", "blog", "google_business")
# Own channels whose posts are short, with a picture: a social network's plain ideas fit them.
SHORT_OWN_CHANNELS = ("google_business",)
# Formats an idea without a shape of each format's own can be made in (a checklist is no video).
NEUTRAL_FORMATS = ("text", "photo", "visual_design")
PILLARS = ("audience_problems", "own_offer", "curation")
# Ideas shown per pillar in the editorial line; the rest go to the list of post ideas.
SHOWN = 4


@dataclass(frozen=True)
class Idea:
    """One idea to post: its kind (the phrase family) and the person's words it carries."""

    kind: str
    figure: str = ""  # the figure's name in the phrase ("problem", "proof"…)
    value: str = ""

    def phrase(self, say: Words, channel: str | None, fmt: str) -> str | None:
        """The idea in the shape `fmt` takes on `channel`; None when it has no such shape."""
        phrases = say.catalogue.phrases
        if channel in OWN_CHANNELS:
            key = f"cal_{channel}_{self.kind}"
            if key not in phrases and channel in SHORT_OWN_CHANNELS and fmt in NEUTRAL_FORMATS:
                key = f"idea_{self.kind}"  # a short post with a picture, as on a social network
        elif f"idea_{self.kind}_{fmt}" in phrases:
            key = f"idea_{self.kind}_{fmt}"
        elif fmt in NEUTRAL_FORMATS:
            key = f"idea_{self.kind}"
        else:
            return None
        if key not in phrases:
            return None
        return say(key, **({self.figure: self.value} if self.figure else {}))


def _public_or_support(inputs: Inputs) -> bool:
    return bool(inputs["org_kind"] == "public_body" or inputs["objective"] == "support")


def idea_pools(inputs: Inputs) -> dict[str, list[Idea]]:
    """Each pillar's ideas, the person's own words first, then ideas any client can post."""
    public = inputs["org_kind"] == "public_body"
    support = inputs["objective"] == "support"
    personal = inputs["voice"] == "personal" and not (public or support)
    problems = [Idea("problem", "problem", p) for p in inputs.list("audience_problems")]
    topics = [Idea("topic", "topic", t) for t in inputs.list("topics")]
    audience = [i for pair in zip_longest(problems, topics) for i in pair if i]
    audience += [Idea(k) for k in ("faq", "mistake", "myth", "checklist", "word", "reply")]

    proofs = [Idea("proof", "proof", p) for p in inputs.list("proof_points")]
    crafts = [Idea("craft", "skill", s) for s in inputs.list("expertise")]
    offer: list[Idea] = []
    if inputs["offer"]:
        offer.append(Idea("service" if public or support else "case"))
    if inputs["desired_action"]:
        offer.append(Idea("action", "action", inputs["desired_action"]))
    own = [i for row in zip_longest(proofs, crafts, offer) for i in row if i]
    own += [Idea(k) for k in ("offer_generic", "news", "feedback", "team")]

    field = "field_public" if public else "field_support" if support else "field"
    curation = [Idea(f"{field}_personal" if personal else field), Idea("spotlight")]
    if inputs.local:
        curation.append(Idea("local_event"))
    curation += [Idea(k) for k in ("ask", "guest", "accounts", "quote", "roundup")]
    return {"audience_problems": audience, "own_offer": own, "curation": curation}


class IdeaDraw:
    """Ideas taken from the pools for posts, each once; a format chosen to fit each."""

    def __init__(self, inputs: Inputs, say: Words) -> None:
        self.say = say
        self.pools = idea_pools(inputs)
        self.used: set[Idea] = set()
        self.order: list[Idea] = []  # in the order used, for a repeat when all are used
        self.formats: Counter[tuple[str | None, str]] = Counter()
        self.texts: set[str] = set()  # what was written already: a repeat takes another shape

    def _fit(
        self, idea: Idea, channel: str | None, formats: list[str], fresh: bool = True
    ) -> tuple[str, str] | None:
        """The idea's text in the format the channel has used least so far that fits it;
        with `fresh`, only a text not written yet."""
        shaped = [(f, idea.phrase(self.say, channel, f)) for f in formats]
        fits = [(f, text) for f, text in shaped if text and not (fresh and text in self.texts)]
        if not fits:
            return None
        fmt, text = min(fits, key=lambda ft: (self.formats[(channel, ft[0])], formats.index(ft[0])))
        self.formats[(channel, fmt)] += 1
        self.texts.add(text)
        return text, fmt

    def __call__(self, pillar: str, channel: str | None, formats: list[str]) -> tuple[str, str]:
        formats = formats or ["text"]
        if channel in SHORT_OWN_CHANNELS and "photo" in formats:
            formats = ["photo"]  # a listing's post goes out with a picture taken on site
        pool = self.pools[pillar]
        candidates = [i for i in pool if i not in self.used] + [i for i in self.order if i in pool]
        # an idea in a shape not written yet; only when every shape is spent, a repeat
        for fresh in (True, False):
            for idea in candidates:
                fitted = self._fit(idea, channel, formats, fresh)
                if fitted:
                    if idea in self.used:  # all used: the least recent comes back
                        self.order.remove(idea)
                    self.used.add(idea)
                    self.order.append(idea)
                    return fitted
        fmt = formats[0]
        generic = {"audience_problems": "faq", "own_offer": "offer_generic", "curation": "ask"}
        return self.say(f"idea_{generic[pillar]}"), fmt


def shares(inputs: Inputs, kn: Catalogue) -> tuple[float, float, float]:
    th = kn.thresholds
    own = min(float(inputs["promo_share"] or 0) / 100, th.own_offer_share_max)
    own = round(own, 2)
    problems = max(th.audience_problem_share_min, round((1 - own) * 0.7, 2))
    curation = round(1 - own - problems, 2)
    return own, problems, curation


def _formats(inputs: Inputs, active: list[NetworkPlan]) -> list[str]:
    """The formats to shape ideas with: those the person makes that the kept networks reward."""
    rewarded = {f for n in active for f in n.formats}
    can = inputs.list("formats") or ["text"]
    chosen = [f for f in FORMAT_ORDER if f in can and (f in rewarded or not rewarded)]
    return chosen or [f for f in FORMAT_ORDER if f in can] or ["text"]


def _ritual_key(n: NetworkPlan, words: Words) -> str:
    """A channel's own wording where there is one (a newsletter is sent), else its kind's."""
    own = f"ritual_publish_{n.id}"
    return own if own in words.catalogue.phrases else f"ritual_publish_{n.kind}"


def build_rituals(
    inputs: Inputs,
    kn: Catalogue,
    active: list[NetworkPlan],
    words: Words,
    answer_within: float,
) -> list[Ritual]:
    say = words
    posting = [n for n in active if n.posts_per_week > 0]
    # the frequency column says the real rhythm of each channel
    rituals = [
        Ritual(
            what=say(_ritual_key(n, words), network=n.id),
            frequency=say("ritual_rhythm", posts=n.posts_per_week),
        )
        for n in posting
    ]
    rituals += [
        Ritual(what=say("ritual_answer", answer_within=answer_within), frequency=say("every_day")),
        Ritual(what=say("ritual_credit"), frequency=say("every_time")),
    ]
    total = sum(n.posts_per_week for n in posting)
    if inputs["voice"] == "personal" and not _public_or_support(inputs) and total > 0:
        # an opinion of one's own, never more often than one posts, at most once a week
        rituals.append(
            Ritual(
                what=say("ritual_opinion"), frequency=say("ritual_rhythm", posts=min(total, 1.0))
            )
        )
    rituals.append(Ritual(what=say("ritual_compliment"), frequency=say("every_week")))
    links = [n.id for n in active if n.id in LINK_NETWORKS]
    if links and inputs["objective"] not in OWN_LINK_OBJECTIVES:
        rituals.append(
            Ritual(what=say("ritual_links_on", networks=links), frequency=say("every_time"))
        )
    if any(n.id == "blog" for n in active):
        rituals.append(Ritual(what=say("ritual_blog_rule"), frequency=say("every_month")))
    rituals += [
        Ritual(what=say("ritual_listen"), frequency=say("every_week")),
        Ritual(what=say("ritual_review"), frequency=say("every_month")),
    ]
    if inputs.list("relays"):
        rituals.append(Ritual(what=say("ritual_relays"), frequency=say("every_month")))
    return rituals


def build_editorial(
    inputs: Inputs,
    kn: Catalogue,
    active: list[NetworkPlan],
    words: Words,
    answer_within: float | None = None,
) -> Editorial:
    say = words
    own, problems, curation = shares(inputs, kn)
    personal = inputs["voice"] == "personal"
    address = (inputs["address_form"] or "vous") if words.loc.address_forms else None
    tone = say("tone_personal" if personal else "tone_brand")
    if address:
        tone += " " + say(f"tone_address_{address}")

    formats = _formats(inputs, active)
    draw = IdeaDraw(inputs, say)
    shares_of = {"audience_problems": problems, "own_offer": own, "curation": curation}
    pillars = []
    for key in PILLARS:
        count = min(SHOWN, len(draw.pools[key]))
        pillars.append(
            Pillar(
                key=key,
                name=say(f"pillar_{key}"),
                share=shares_of[key],
                ideas=list(dict.fromkeys(draw(key, None, formats)[0] for _ in range(count))),
            )
        )
    # more ideas, taken in turn from each pillar, for the weeks after the first four
    post_ideas: list[str] = []
    for _ in range(2):
        for key in PILLARS:
            if any(i not in draw.used for i in draw.pools[key]):
                post_ideas.append(draw(key, None, formats)[0])

    if answer_within is None:
        answer_within = response_hours(inputs, kn)
    return Editorial(
        tone=tone,
        address_form=address,
        pillars=pillars,
        own_offer_share=own,
        audience_problem_share=problems,
        curation_share=curation,
        rituals=build_rituals(inputs, kn, active, words, answer_within),
        post_ideas=list(dict.fromkeys(post_ideas)),
    )
