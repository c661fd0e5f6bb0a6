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

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import zip_longest

from strategy_wizard.engine import hooks, regulated
from strategy_wizard.engine.governance import LARGE, few_hours_alone, response_hours
from strategy_wizard.engine.languages import audience_countries, named_countries, other_languages
from strategy_wizard.engine.mix import recorded_only
from strategy_wizard.engine.plan import (
    FAIR_COUNTDOWN_WEEKS,
    deadline,
    deadline_dates,
    event_days,
    gift_days,
    is_fair,
    named_months,
    second_event_day,
)
from strategy_wizard.engine.plan import _clause_dates as clause_dates
from strategy_wizard.engine.plan import _month_names as month_names
from strategy_wizard.engine.regulated import HEALTH, HEALTH_SERVICE, local_authority, scoped, whole
from strategy_wizard.engine.relays import no_employees, people_first
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import pilot_outlet, volunteers
from strategy_wizard.engine.warnings import country_extras, share_offer
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.bank import fold as _fold
from strategy_wizard.model.catalogue import Catalogue, CraftKind, Farm, RegulatedIdeas
from strategy_wizard.model.strategy import (
    Editorial,
    NetworkPlan,
    Pillar,
    Ritual,
    Slot,
)

# Networks where sharing others' links is the daily bread (source material: nine links in ten
# to others' content). Elsewhere the rule would send no one anywhere useful.
LINK_NETWORKS = ("x", "linkedin")
# Objectives whose links lead to the client's own page (the shop, the booking, the help page,
# the registration, the job offer): the nine-in-ten rule does not apply to them.
OWN_LINK_OBJECTIVES = ("sales", "leads", "support", "event", "recruitment")
# Objectives whose main network carries the link to the site: the rule spares that network.
LINK_OWN_MAIN = ("traffic",)
# Formats in the order an idea is best shaped by them (what shows a gesture first).
FORMAT_ORDER = ("short_video", "visual_design", "photo", "text", "long_video", "live", "audio")
# Channels of one kind of message: an idea there has its own shape (cal_<channel>_<kind>).
OWN_CHANNELS = ("newsletter", "blog", "google_business")
# Own channels whose posts are short, with a picture: a social network's plain ideas fit them.
SHORT_OWN_CHANNELS = ("google_business",)
# Formats an idea without a shape of each format's own can be made in (a checklist is no video).
NEUTRAL_FORMATS = ("text", "photo", "visual_design")
PICTURE_FORMATS = ("photo", "visual_design")  # the neutral formats that show a picture
# A frame any client can post is short: a text, a picture or a short video to camera, never a
# long video, a live or an episode (review 15, D6), which need a subject of the client's to show.
STOCK_FORMATS = (*NEUTRAL_FORMATS, "short_video")
PILLARS = ("audience_problems", "own_offer", "curation")
PROOFS = ("proof", "proof_cause")
# the client's own events among the topic kinds (an open day, a webinar): the offer's (28new D14)
OWN_EVENT_KINDS = ("topic_event", "topic_webinar")
# the angles a new take of a post already written goes through, in turn (phrases idea_again_angle_N)
AGAIN_ANGLES = 5
# an amount with its currency, in a proof point (« 9 € la place », "$25 a month")
_PRICE = re.compile(r"\d[\d\s.,]*\s?(?:€|\$|£|CHF|EUR|USD|GBP)|(?:€|\$|£)\s?\d")
# a skill lent to a question's slot, told as an explainer (review 18, D1)
EXPLAINED = "craft_explained"
# a response time from which the inbox is looked at every other day, not daily (in hours)
ANSWER_TWO_DAYS = 48
# Ideas shown per pillar in the editorial line; the rest go to the list of post ideas.
SHOWN = 4


# the kind of a topic where the client's own people post their week (data/ideas.yaml topic_kinds)
TAKEOVER = "topic_takeover"
# the kind of a seasonal subject held to its months: it has no shape before them
HELD = "topic_held"


# the most other wordings a phrase has (`<key>_alt1` … ; review 31a, D10)
ALTERNATIVES = 5


def alternatives(phrases: Collection[str], key: str) -> list[str]:
    """A phrase key and its other wordings that exist (`<key>_alt1`, `<key>_alt2`…), in turn."""
    alts = [f"{key}_alt{k}" for k in range(1, ALTERNATIVES + 1)]
    return [key, *[a for a in alts if a in phrases]]


def alternative(phrases: Collection[str], key: str, turn: int) -> str:
    """The wording of `key` for the `turn`-th use: each of its alternatives in turn, so no
    skeleton opens or closes more than its share of the posts (review 31a, D10)."""
    alts = alternatives(phrases, key)
    return alts[turn % len(alts)]


@dataclass(frozen=True)
class Idea:
    """One idea to post: its kind (the phrase family), the person's words it carries (`value`)
    and the figures its phrases are filled with (the words as said, and reshaped: a hook, a
    headline; engine/hooks.py)."""

    kind: str
    value: str = ""
    figures: tuple[tuple[str, str], ...] = ()
    note: str = ""  # what to check before posting it (a diploma's mention, for a health profession)
    claim: str = ""  # how to word the claim it carries, when the post shows it (review 21a)
    # the turn of its shape among ideas of the same kind: the second answer to the audience
    # opens and closes otherwise (phrases `<key>_alt1`; review 30a, D10: « Want to …? Here is
    # the answer » on 5 of 12 rows)
    alt: int = 0

    def phrase(self, say: Words, channel: str | None, fmt: str) -> str | None:
        """The idea in the shape `fmt` takes on `channel`; None when it has no such shape."""
        if self.kind == HELD:
            return None  # a subject held to its months: no shape before them (review 29a #5)
        phrases = say.catalogue.phrases
        if channel in OWN_CHANNELS:
            key = f"cal_{channel}_{self.kind}"
            if key not in phrases and channel in SHORT_OWN_CHANNELS and fmt in NEUTRAL_FORMATS:
                key = f"idea_{self.kind}"  # a short post with a picture, as on a social network
                if f"{key}_{fmt}" in phrases:
                    key = f"{key}_{fmt}"
        elif channel and f"cal_{channel}_{self.kind}" in phrases:
            if fmt not in NEUTRAL_FORMATS:  # a pin is a picture, never "to camera"
                return None
            key = f"cal_{channel}_{self.kind}"  # a network's own shape (a Pinterest pin)
        elif f"idea_{self.kind}_{fmt}" in phrases:
            key = f"idea_{self.kind}_{fmt}"
        elif fmt in NEUTRAL_FORMATS:
            key = f"idea_{self.kind}"
        else:
            return None
        if self.kind == "proof" and f"{key}_no_figure" in phrases and not _numbers(self.value):
            # a proof holding no number (a certification) is never told "the figure first"
            # (review 13b, #6)
            key = f"{key}_no_figure"
        undated = f"{key}_undated" in phrases and not day_months(self.value)
        if self.kind == "topic_webinar" and undated:
            key = f"{key}_undated"  # no date in the answers: no « next session's date » (Northgate)
        if self.kind == "guest" and self.figures and f"{key}_asked" in phrases:
            key = f"{key}_asked"  # the audience's own question, by whom the answers name
        asked = dict(self.figures)
        problem = asked.get("problem")
        quoted = problem is not None and asked.get("hook") in {
            say(k, problem=problem) for k in alternatives(phrases, "hook_quoted")
        }
        if quoted and f"{key}_quoted" in phrases:
            key = f"{key}_quoted"  # the question in the sentence, not a quote in a quote
        # a headline, no question (hook_about): its subject in the sentence, never « Opening
        # line: “…: a question you are often asked.” » (review 30b, G13)
        hook = asked.get("hook", "")
        tails = [say(k, said="\x00").split("\x00")[-1] for k in alternatives(phrases, "hook_about")]
        tail = next((t for t in tails if t.strip() and hook.endswith(t)), tails[0])
        about = bool(problem and not quoted and tail.strip() and hook.endswith(tail))
        if about and f"{key}_about" in phrases:
            key = f"{key}_about"
        if self.kind == "local_event" and self.figures and f"{key}_named" in phrases:
            key = f"{key}_named"  # the client's event by its name and day (review 21b, D1)
        young = [w for words in say.catalogue.ideas.children_places.values() for w in words]
        if f"{key}_children" in phrases and self.value and contains_words(self.value, young):
            key = f"{key}_children"  # a crèche's people are children (review 21b, D2)
        goods = [w for words in say.catalogue.ideas.proof_goods.values() for w in words]
        if (
            self.kind in PROOFS
            and f"{key}_goods" in phrases
            and _numbers(self.value)
            and contains_words(self.value, goods)
        ):
            key = f"{key}_goods"  # a photo of one, never a map (review 17, NEW-5)
        if self.kind in ("topic", "proof_cause") and self.value:
            key = _shaped(key, self.value, say)  # nothing to photograph (review 33c, item 1)
        if self.alt:
            key = alternative(phrases, key, self.alt)
        if key not in phrases and self.kind.endswith("_named"):
            # a channel with no named shape of its own: the kind's plain one
            return Idea(self.kind.removesuffix("_named"), self.value, (), self.note).phrase(
                say, channel, fmt
            )
        if key not in phrases:
            return None
        figures = dict(self.figures)
        if key.endswith("_about"):
            figures["subject"] = hooks.inline(hook.removesuffix(tail))
        if channel == "google_business":  # its button by name, never "the action you want"
            figures.setdefault("button", say("gbp_button"))
        text = say(key, **figures)
        text = _length_once(text, figures.get("headline", ""), say)
        shown = [figures.get(f, "") for f in ("headline", "subject")]
        if self.claim and any(f and f in text for f in shown):
            text = f"{text} {self.claim}"  # only where the post prints the claim itself
        return f"{text} {self.note}" if self.note else text


def _shaped(key: str, value: str, say: Words) -> str:
    """`key`'s wording for what can be shown of the topic `value` (data/ideas.yaml,
    topic_shapes): a legal subject as « Vrai ou faux ? », a calendar as its dates, a series of
    figures as a chart; `key` itself where the topic has no shape or the key no such wording."""
    phrases = say.catalogue.phrases
    for shape, words in say.catalogue.ideas.topic_shapes.items():
        said = [w for ws in words.values() for w in ws]
        if contains_words(value, said):
            return f"{key}_{shape}" if f"{key}_{shape}" in phrases else key
    return key


def _length_once(text: str, headline: str, say: Words) -> str:
    """`text` without the frame's length when its headline already gives the same one: « Les
    artistes de la saison en trente secondes : face caméra … », never « … en trente secondes :
    trente secondes face caméra » (data/ideas.yaml, durations; review 24, #9)."""
    if not headline:
        return text
    lengths = say.catalogue.ideas.durations
    if not any(w in headline.lower() for ws in lengths.values() for w in ws):
        return text
    for length in lengths.get(say.lang, []):
        found = re.search(rf"(\s?[:,]\s+){re.escape(length)}\s+", text, re.IGNORECASE)
        if found and found.start() >= len(headline) - 1:
            return text[: found.start()] + found.group(1) + text[found.end() :]
    return text


def _public_or_support(inputs: Inputs) -> bool:
    return bool(inputs["org_kind"] == "public_body" or inputs["objective"] == "support")


def offer_rules(inputs: Inputs, kn: Catalogue) -> list[RegulatedIdeas]:
    """What the offer's advertising rules do to its ideas (data/ideas.yaml `regulated`), for the
    rules that cover the whole offer (a rule narrowed to one service: engine/regulated.py)."""
    return [kn.ideas.regulated[c] for c in whole(inputs, kn) if c in kn.ideas.regulated]


def own_event(value: str, rules: list[RegulatedIdeas]) -> bool:
    """The client's own event (a summer fest, an open day), which a rule on what the offer
    shows never leaves out: it is announced (review 8b, #2)."""
    return any(r.events is not None and contains_words(value, r.events.words) for r in rules)


def confidential(inputs: Inputs, kn: Catalogue) -> bool:
    """A profession working under confidentiality (a translator, a lawyer, an accountant):
    recognised from the sector and the offer's words (data/ideas.yaml)."""
    return regulated.confidential(inputs, kn)  # governance reads it too (review 12b, #4)


def variants(inputs: Inputs, kn: Catalogue) -> tuple[str, ...]:
    """The phrase variants that apply, the most binding first: an offer's sector rules, then
    confidentiality, then the kind of organisation, one person working alone, an owner who
    answers to no one (`founder`: no charter to have approved), no website (`no_site`: a link
    page, a link in bio), how customers find the business (`service_area`, `online_only`),
    "tu", the sector, the objective."""
    found = [c for c in whole(inputs, kn) if c in kn.ideas.regulated]
    # volunteers recruited, not staff: a role, training and support, never a pay or a careers
    # page (review 32c, H1); before anything else, as `@recruitment` texts all hire staff
    found += ["volunteers"] if volunteers(inputs, kn.thresholds) else []
    if "finance" in inputs.list("regulated"):  # members and branches, not clients (review 19, D4)
        found += ["credit_union", "finance"] if regulated.member_owned(inputs, kn) else ["finance"]
    # a kind of offer inside its sector, before the sector's own phrases: an off-plan
    # developer, a sports club, a degree (data/ideas.yaml, offer_kinds; review 25a #1, 25b #6)
    found += [name for name, rule in kn.ideas.offer_kinds.items() if farm(inputs, kn, rule)]
    # every post approved before it goes out: recorded videos, written quotes (review 19, D8)
    if recorded_only(inputs, kn):
        found.append("recorded")
    if performer(inputs, kn):
        # artists who sell their own music play it, even on « shows » of their own; several
        # speak as « we » (review 23b, D4)
        found += ["performer_group", "performer"] if performer(inputs, kn, True) else ["performer"]
    elif venue(inputs, kn):
        found.append("venue")  # shows, rehearsals and spectators (review 19, D4)
    # children or vulnerable people helped, and minors in the audience: who may speak in a post
    # (data/ideas.yaml, people; review 12a #2, review 12b #3)
    if guarded(inputs, kn):
        found.append("safeguarded")
    if minor_audience(inputs, kn):
        found.append("minors")
    # a health service inside a business that is no health practice: clients, not patients
    found += [HEALTH_SERVICE for s in scoped(inputs, kn) if s.code == HEALTH]
    if regulated.VETERINARY in inputs.list("regulated"):
        # an animal and its owner, neither recognisable (review 29a #7, 29b #6)
        found.append(regulated.VETERINARY)
    if confidential(inputs, kn):
        found.append("confidential")
    # a public body's phrases are a local authority's (its residents, its services, neighbouring
    # towns): a hospital, a school or an agency takes the common ones (review 13b, #1)
    kind = inputs["org_kind"]
    found += [kind] if kind and (kind != "public_body" or local_authority(inputs, kn)) else []
    if kind == "public_body":  # any public body: agents, the establishment (review 14, #2)
        found.append("public_org")
    if people_first(inputs):
        found.append("people")  # their own profiles first on LinkedIn (review 12b, #5)
    if no_employees(inputs) and inputs["org_kind"] not in ("public_body", "nonprofit"):
        found.append("solo")
    # the governance's rule: the founder of a small organisation publishes without sign-off
    if (
        inputs["run_by"] == "founder"
        and inputs["team"] != "agency"
        and inputs["org_kind"] not in LARGE
    ):
        found.append("founder")
    if inputs["website"] == "none":
        found.append("no_site")
    if inputs["premises"] in ("service_area", "online_only"):
        found.append(inputs["premises"])
    if inputs["address_form"] == "tu":
        found.append("tu")
    if women(inputs, kn):
        found.append("women")
    if farm(inputs, kn):
        found.append("farm")
    if farm(inputs, kn, kn.ideas.apparel):
        found.append("apparel")  # clothes sold: try-ons, fit, fabric, care (review 20, D7)
    if farm(inputs, kn, kn.ideas.destination):
        found.append("destination")  # a tourist office's partners and open weekends
    if adult_learners(inputs, kn):
        found.append("adult_learners")  # working adults, not pupils (review 15, D5)
    if fixed_shop(inputs, kn):
        found.append("fixed_shop")  # no market, fête or order deadline (review 22b, D1)
    if zones_apart(inputs, kn):
        found.append("time_zones")  # a session's time in each zone (review 22b, D9)
    found += [inputs["sector"]] if inputs["sector"] else []
    if booking(inputs, kn):
        # the listing's « Réserver » button, before the objective's « Acheter » (review 28new,
        # D11), after the sector's own (a salon's online booking)
        found.append("booking")
    found += [inputs["objective"]] if inputs["objective"] else []
    return tuple(found)


def venue(inputs: Inputs, kn: Catalogue) -> bool:
    """A venue where shows are played (a theatre, a concert hall: data/ideas.yaml, venue)."""
    rule = kn.ideas.venue
    words = [w for ws in rule.words.values() for w in ws]
    offer = str(inputs["offer"] or "")
    return inputs["sector"] in rule.sectors and bool(words) and contains_words(offer, words)


def performer(inputs: Inputs, kn: Catalogue, group: bool = False) -> bool:
    """Artists who sell their own music (a band, a singer: data/ideas.yaml, performer), not a
    venue; with `group`, several of them (a band, a duo), who speak as « we »."""
    rule = kn.ideas.performer
    words = [w for ws in (rule.group if group else rule.words).values() for w in ws]
    offer = str(inputs["offer"] or "")
    if group:
        return performer(inputs, kn) and bool(words) and contains_words(offer, words)
    return inputs["sector"] in rule.sectors and bool(words) and contains_words(offer, words)


def adult_learners(inputs: Inputs, kn: Catalogue) -> bool:
    """Training for working adults (review 15, D5: finance staff asked « how they revise », a
    teacher's tip): an education offer whose audience is professionals, all of working age
    (data/ideas.yaml, adult_learners)."""
    rule = kn.ideas.adult_learners
    if inputs["sector"] not in rule.sectors or minor_audience(inputs, kn):
        return False
    ages = inputs.list("audience_ages")
    types = inputs.list("audience_types")
    said = " ".join(str(inputs[k] or "") for k in ("audience_description", "offer"))
    if rule.words and contains_words(said, rule.words):
        return True  # graduates, work experience: adults whatever the codes (review 22b, D1)
    return (
        bool(ages) and not set(ages) & set(rule.young_ages) and bool(set(types) & set(rule.types))
    )


# where the people an organisation helps are named (as engine/warnings.py, beneficiary_images)
BENEFICIARIES_SAID = ("offer", "audience_description", "topics", "proof_points", "expertise")


def beneficiary_words(kn: Catalogue) -> list[str]:
    """The words that name children or vulnerable people helped (data/warnings.yaml)."""
    return list(kn.warning("beneficiary_images").words)


def guarded(inputs: Inputs, kn: Catalogue) -> bool:
    """Children or vulnerable people the organisation helps, named in the answers: the
    safeguarding note fires, and their stories are told by staff, with no face, name or place
    (review 12a, #2)."""
    words = beneficiary_words(kn)
    said = [str(inputs[q] or "") for q in BENEFICIARIES_SAID if not inputs.list(q)]
    said += [str(v) for q in BENEFICIARIES_SAID for v in inputs.list(q)]
    return any(contains_words(text, words) for text in said if text)


def minor_audience(inputs: Inputs, kn: Catalogue) -> bool:
    """Minors in the audience (data/ideas.yaml, minor_calls.bands): a customer who speaks in a
    post is an adult (review 12b, #3)."""
    bands = kn.ideas.minor_calls.bands
    return any(str(b) in bands for b in inputs.list("audience_ages"))


def women(inputs: Inputs, kn: Catalogue) -> bool:
    """An audience its description says is women (« des femmes de 28 à 45 ans »): nouns agree
    (data/ideas.yaml, women; review 8, #6)."""
    words = [w for said in kn.ideas.women.values() for w in said]
    return bool(words) and contains_words(str(inputs["audience_description"] or ""), words)


def farm(inputs: Inputs, kn: Catalogue, rule: Farm | None = None) -> bool:
    """A farm or a food producer, by the offer's words (data/ideas.yaml, farm): its frames are
    the week's orders ready before pick-up, never a caterer's service (review 10, #3); with
    `rule`, another offer recognised the same way (clothing, data/ideas.yaml apparel)."""
    rule = rule or kn.ideas.farm
    if inputs["sector"] not in rule.sectors:
        return False
    return contains_words(str(inputs["offer"] or ""), rule.words)


def zones_apart(inputs: Inputs, kn: Catalogue) -> bool:
    """An international audience whose countries, named as the audience's (not compared
    with), lie `spread_hours` apart or more with the client's own (data/ideas.yaml,
    audience_languages)."""
    if inputs["audience_geo"] != "international":
        return False
    rule = kn.ideas.audience_languages
    found = audience_countries(rule, str(inputs["audience_description"] or ""))
    home = [c for c in rule.countries if c.code and c.code == inputs["country"]]
    zones = [c.utc for c in found + home]
    return bool(found) and max(zones) - min(zones) >= rule.spread_hours


def fixed_shop(inputs: Inputs, kn: Catalogue) -> bool:
    """A food shop that stays put (data/ideas.yaml, fixed_shop): premises « shop », not a farm,
    and no market, fair or stall named in the answers (review 22b, D1: « le marché ou la fête où
    l'on vous trouve » for 16 bakery-cafés)."""
    rule = kn.ideas.fixed_shop
    if inputs["sector"] not in rule.sectors or inputs["premises"] != "shop" or farm(inputs, kn):
        return False
    keys = ("offer", "audience_description", "topics", "desired_action", "proof_points")
    said = " ".join(
        " ".join(str(v) for v in inputs.list(k))
        if isinstance(inputs[k], list)
        else str(inputs[k] or "")
        for k in keys
    )
    return not contains_words(said, rule.words)


def stems(text: str) -> set[str]:
    """A text's words of four letters or more, by their first five letters (« recette » and
    « recettes », "season" and "seasons" are one)."""
    return {w[:5] for w in _tokens(text) if len(w) >= 4}


def repeats(value: str, questions: list[str], enough: int, ignore: Collection[str] = ()) -> bool:
    """Whether a topic says again one of the audience's questions (review 10, #4: « Stinger
    season explained » beside "Whether it is safe to swim during stinger season"). Words that
    carry no subject (« before and after » photos beside "what to do before and after a
    facial") are not counted. A topic of fewer words repeats a question holding them all
    (review 14, #5: « les révisions du bac » beside « Quoi grignoter pendant les révisions du
    bac », the bac four times in sixteen days)."""
    said = stems(value) - stems(" ".join(ignore))
    enough = min(enough, len(said)) or enough
    return any(len(said & stems(q)) >= enough for q in questions)


def answer_seasons(inputs: Inputs, kn: Catalogue) -> list[tuple[set[str], list[int]]]:
    """The ranges of months the answers give a subject (« nos chèvres … pâturent sur le Coiron
    d'avril à novembre »: the words of that clause, and April to November; review 10, #3)."""
    rule = kn.ideas.season_ranges
    opens = {w for said in rule.from_ for w in _tokens(said)}
    closes = {w for said in rule.to for w in _tokens(said)}
    if not opens or not closes:
        return []
    names = month_names()
    said = [str(inputs[q] or "") for q in ("key_message", "offer", "audience_description")]
    said += [str(v) for q in ("topics", "proof_points", "expertise") for v in inputs.list(q)]
    found: list[tuple[set[str], list[int]]] = []
    for clause in (c for text in said for c in re.split(r"[,;.:()]", text)):
        words = [w for w in re.findall(r"[^\W_]+", _fold(clause))]
        for i, word in enumerate(words[:-2]):
            first = names.get(words[i + 1]) if word in opens else None
            if first is None:
                continue
            rest = words[i + 2 : i + 5]
            n = next((k for k, w in enumerate(rest) if w not in closes), len(rest))
            last = names.get(rest[n]) if 0 < n < len(rest) else None
            if last is None:
                continue
            months = [(first - 1 + k) % 12 + 1 for k in range((last - first) % 12 + 1)]
            subject = stems(clause) - {w[:5] for w in names} - {w[:5] for w in opens | closes}
            if subject:
                found.append((subject, months))
    return found


def own_list_action(inputs: Inputs, kn: Catalogue) -> bool:
    """A desired action that signs people up to the client's own letter (« s'inscrire à la
    newsletter »): the letter itself never asks for it (review 8, #3)."""
    calls = kn.ideas.calls
    action = str(inputs["desired_action"] or "")
    return contains_words(action, calls.own_list) and contains_words(action, calls.subscribe)


def one_step(action: str, kn: Catalogue) -> bool:
    """A desired action done in one click or one visit (« Buy a ticket … through the link »,
    « Ouvrir ma boutique Etsy depuis le lien en bio »): it has no steps a post could explain
    (data/ideas.yaml, calls.no_steps; review 24, #9)."""
    said = " ".join(_fold(action).split())
    return any(said.startswith(_fold(w)) for w in kn.ideas.calls.no_steps)


def booking(inputs: Inputs, kn: Catalogue) -> bool:
    """A desired action that opens on booking (« Réserver un créneau de vaccination… », "Book
    a tour…"; data/ideas.yaml, calls.booking), not one that books as a second choice."""
    said = " ".join(_fold(str(inputs["desired_action"] or "")).split())
    return any(said.startswith(_fold(w)) for w in kn.ideas.calls.booking)


def opening_date(inputs: Inputs, kn: Catalogue) -> date | None:
    """The day the desired action says it becomes possible (« dès l'ouverture des abonnements,
    le 18 juin 2027 », "tickets open on 18 June"): a date named within a few words after one of
    the `calls.opens` words, within the plan (review 19, D3). None otherwise."""
    action = str(inputs["desired_action"] or "")
    calls = kn.ideas.calls
    words = sorted({w for ws in calls.opens.values() for w in ws}, key=len, reverse=True)
    if not action or not words:
        return None
    start: date = inputs["start_date"]
    pattern = rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)"
    for match in re.finditer(pattern, action, flags=re.IGNORECASE):
        after = re.findall(r"\S+", action[match.end() :])[: calls.opens_within]
        found = clause_dates(" ".join(after), start, deadline(inputs))
        if found:
            return found[0][1]
    return None


def _kind_of(value: str, kinds: list[CraftKind], sector: str | None, default: str) -> str:
    """The kind of the first entry whose words `value` holds, in its sectors (none: any)."""
    found = (
        c.kind
        for c in kinds
        if (not c.sectors or sector in c.sectors) and contains_words(value, c.all_words())
    )
    return next(found, default)


def campaign(inputs: Inputs, kn: Catalogue) -> bool:
    """A campaign whose posts call to act (data/ideas.yaml, calls): an advocacy objective, or a
    non-profit whose desired action is signing, writing or voting."""
    calls = kn.ideas.calls
    action = str(inputs["desired_action"] or "")
    if not action:
        return False
    if inputs["objective"] in calls.objectives:
        return True
    return inputs["sector"] in calls.sectors and contains_words(action, calls.words)


def minors_unsold(inputs: Inputs, kn: Catalogue) -> bool:
    """No purchase call on posts read by minors (data/ideas.yaml, calls.minors): minors in the
    audience, a selling objective, and an audience of minors only or an offer never pushed to
    them (sugary food, alcohol)."""
    rule = kn.ideas.calls.minors
    ages = [str(a) for a in inputs.list("audience_ages")]
    if not rule.ages or not any(a in rule.ages for a in ages):
        return False
    if inputs["objective"] not in rule.objectives:
        return False
    only = all(a in rule.ages for a in ages)
    regulated = {str(r) for r in inputs.list("regulated")}
    return only or inputs["sector"] in rule.sectors or bool(regulated & set(rule.regulated))


def _tokens(text: str) -> set[str]:
    """The words of a text, lower case and without accents, for comparing two answers."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return set(re.findall(r"[^\W_]+", plain))


# the words at most between a search word and the search it quotes (« en cherchant sur Etsy
# « bougie vintage » »)
SEARCH_GAP_WORDS = 3
PIN_HEAD_WORDS = 8  # the offer's head a pin names (« Bougies parfumées à la cire de colza »)
QUOTED = re.compile(r"«\s*([^«»]+?)\s*»|“([^“”]+)”|\"([^\"]+)\"")
_NUMBER = re.compile(r"\d(?:[\d,.\u00a0\u202f ]*\d)?")
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a trailing clause in the client's own voice (« où me trouver », "where to find us")
_OWN_CLAUSE = re.compile(r"\s+(?:où|where)\s+(?:\w+\s+){0,2}?(?:me|m'|nous|us)\b.*$", re.IGNORECASE)


def day_months(text: str) -> set[tuple[int, int]]:
    """The full dates a text names, as (day, month) (« 31 March », « le 31 mai 2027 »): a
    post's own deadline, that a last line naming another day would contradict."""
    names = month_names()
    tokens = [_fold(t) for t in re.findall(r"[^\W_]+", text)]
    found: set[tuple[int, int]] = set()
    for i, token in enumerate(tokens):
        month = names.get(token)
        if month is None:
            continue
        around = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
        found |= {(int(t), month) for t in around if t.isdigit() and 1 <= int(t) <= 31}
    return found


def _number(said: str) -> float | None:
    """A number as written: « 1 650 », "1,650" and "1.650" are 1650, « 4,7 » is 4.7."""
    text = re.sub(r"[\s\u00a0\u202f]", "", said)
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", text):
        text = re.sub(r"[,.]", "", text)
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _numbers(text: str) -> list[float]:
    return [n for m in _NUMBER.finditer(text) if (n := _number(m.group())) is not None]


def proof_use(value: str, inputs: Inputs, kn: Catalogue) -> tuple[str, dict[str, str]]:
    """Whether a proof point is a post (review 6, #8): "keep"; "capacity" with the figures to
    say it the public's way round; or left out as an internal figure: "internal_capacity" (a
    part of a capacity said no other way), "internal_share" (a share of people under half),
    "internal_list" (the size of the client's own mailing or SMS lists), "internal_load" (calls
    or requests received, a load to reduce),
    "internal_baseline" (the target's starting figure, or its metric with a number)."""
    rule = kn.ideas.internal
    pilot = pilot_outlet(inputs, kn.thresholds)
    if pilot is not None and pilot[0] in value and pilot[1] in value:
        return "internal_pilot", {}  # one outlet's better figure: the model (review 22b, D5)
    if _numbers(value) and contains_words(value, rule.load):
        return "internal_load", {}  # calls or requests received (review 31b, EN3)
    if _numbers(value) and contains_words(value, rule.lists):
        return "internal_list", {}  # the size of one's own lists (review 20, D5)
    if _PERCENT.search(value) and contains_words(value, rule.timing):
        return "internal_timing", {}  # when one's own sales happen (review 22a, D6)
    links = "|".join(re.escape(c) for c in sorted(rule.connectors, key=len, reverse=True))
    part_of = (
        re.search(rf"({_NUMBER.pattern})\s+(?:{links})\s+({_NUMBER.pattern})\s*(.*)$", value, re.I)
        if links
        else None
    )
    places = [w for w in rule.capacity if w not in rule.sold]
    if part_of and contains_words(value, places):
        part, whole = _number(part_of.group(1)), _number(part_of.group(2))
        if part is not None and whole is not None and part < whole:
            years = "|".join(re.escape(w) for w in rule.year_words) or "in"
            what = re.sub(rf"\s*\b(?:{years})\s+(?:19|20)\d\d\b.*$", "", part_of.group(3))
            what = what.strip(" .,;:()")
            year = _YEAR.search(value)
            if not what:
                return "internal_capacity", {}
            said = {"part": part_of.group(1), "whole": part_of.group(2), "what": what}
            return "capacity", {**said, "year": year.group() if year else ""}
    share = _PERCENT.search(value)
    low = share is not None and (_number(share.group(1)) or 0) < rule.share_floor
    if low and contains_words(value, rule.people):
        return "internal_share", {}
    if _numbers(value) and contains_words(value, rule.no_shows):
        # a weakness, never a proof: the audience's question on how to warn (review 28new, D4)
        return "no_show", {"day": _weekday(value, kn)}
    target = inputs["target"] or {}
    baseline = target.get("baseline") if isinstance(target, dict) else None
    if baseline is not None and float(baseline) in _numbers(value):
        return "internal_baseline", {}
    offered = _slots(value, kn)
    if offered:
        return "slots", offered  # the weekly post of what is left to book (review 28new, D4)
    metric = str(target.get("metric") or "") if isinstance(target, dict) else ""
    shared = {w for w in _tokens(metric) if len(w) >= 4} & _tokens(value)
    # the metric's words with a figure of the metric's size (« 1,800 followers » for a baseline
    # of 1,750), never another figure beside those words (review 11a, #8: "members saved $27.40
    # a week" held back for a baseline of 61,000 clippers)
    near = [float(baseline)] if baseline is not None else []
    near += [float(target["value"])] if isinstance(target, dict) and target.get("value") else []
    # a figure above both the start and the target is no starting figure: a capacity, a ceiling
    # (review 28new, D4: « 24 créneaux … chaque samedi » withheld for a baseline of 13)
    top = max(near, default=0.0)
    sized = any(b / 2 <= n <= min(b * 2, top) for n in _numbers(value) for b in near if b > 0)
    # what the target counts, by its unit (« candidatures »): a proof naming the metric's people
    # without it counts something else (review 14, #3: « 14 aides-soignants financés en formation
    # d'infirmier » is no figure of « candidatures … d'aides-soignants »)
    unit = str(target.get("unit") or "") if isinstance(target, dict) else ""
    counted = stems(unit) - stems(" ".join(rule.unit_ignore))
    named = not counted or bool(counted & stems(value))
    if len(shared) >= 2 and named and (sized or (not near and _numbers(value))):
        return "internal_baseline", {}
    return "keep", {}


def _unbracketed(value: str) -> str:
    """An answer without its closing bracket of detail (« Traditional Irish baking (soda bread,
    brown bread…) » -> « Traditional Irish baking »), when two words or more are left."""
    cut = re.sub(r"\s*\([^()]*\)\s*$", "", value).strip()
    return cut if len(cut.split()) >= 2 else value


def _weekday(value: str, kn: Catalogue) -> str:
    """The weekday a proof names (« du samedi », "on Saturdays"), as written; "" for none."""
    rule = kn.calendar.order_deadline
    days = [d for ds in rule.weekdays.values() for d in ds] if rule else []
    found = re.search(rf"\b({'|'.join(map(re.escape, days))})s?\b", value, re.I) if days else None
    return found.group(1).lower() if found else ""


def _slots(value: str, kn: Catalogue) -> dict[str, str]:
    """A capacity offered each period (« 24 créneaux de vaccination chaque samedi de 8 h 30 à
    12 h »): how many (`whole`), what (`what`) and on which day (`day`, "" for none); empty when
    the proof is no such capacity (data/ideas.yaml, internal.slots and internal.recurring)."""
    rule = kn.ideas.internal
    if not rule.slots or not rule.recurring:
        return {}
    every = "|".join(re.escape(w) for w in sorted(rule.recurring, key=len, reverse=True))
    said = re.match(rf"\s*({_NUMBER.pattern})\s+(.+?)\s+(?:{every})\s+(\S+)", value, re.I)
    if said is None or not contains_words(said.group(2), rule.slots):
        return {}
    day = _weekday(said.group(3), kn)
    return {"whole": said.group(1), "what": said.group(2).strip(" ,;:"), "day": day}


def measured_result(value: str, kn: Catalogue) -> bool:
    """A proof that is a result measured on customers, with its figure (data/ideas.yaml,
    measured: « 6 hours a month saved … survey », « 4.8/5 from 412 reviews »)."""
    results = [w for words in kn.ideas.measured.values() for w in words]
    return bool(_numbers(value)) and contains_words(value, results)


def vanity_count(value: str, kn: Catalogue) -> bool:
    """A proof that counts reach, not what was done (« 41,000 monthly listeners », « 12 000
    abonnés »: data/ideas.yaml, vanity)."""
    words = [w for ws in kn.ideas.vanity.values() for w in ws]
    return bool(_numbers(value)) and bool(words) and contains_words(value, words)


def _proof_order(proofs: list[Idea], inputs: Inputs, kn: Catalogue) -> list[Idea]:
    """A business's proofs, the strongest first: one point for a distinction (data/ideas.yaml,
    distinctions: a certified specialist, a gold medal), one for a result measured on customers
    and one more when it is sourced (measured: a survey, reviews, a test report), one for each
    word it shares with the key message (« fixed fee quoted »); among equals, the distinction
    first, then the client's order."""
    said = stems(str(inputs["key_message"] or ""))
    marks = [w for words in kn.ideas.distinctions.values() for w in words]

    def weight(idea: Idea) -> tuple[int, int]:
        mark = int(contains_words(idea.value, marks))
        # a measured result with its figure, a sourced one more (review 15, D8)
        measured = measured_result(idea.value, kn)
        sourced = int(bool(_YEAR.search(idea.value))) + int("(" in idea.value) if measured else 0
        # a reach count (followers, listeners) after the others (review 23b, D12)
        reach = 2 * int(vanity_count(idea.value, kn))
        strength = mark + int(measured) + sourced + len(said & stems(idea.value)) - reach
        return -strength, -mark

    return sorted(proofs, key=weight)


def _advocacy_order(proofs: list[Idea], inputs: Inputs) -> list[Idea]:
    """A campaign's proofs, those about its cause first: the ones sharing words with its
    topics, its audience's questions or its message (« 37 accidents … sur le quai », « la
    Boverie … l'enquête publique ») before the association's own size; among equals, a fact
    dated or sourced (« entre 2021 et 2025 », « en 2024 ») first."""
    said = " ".join(str(v) for q in ("topics", "audience_problems") for v in inputs.list(q))
    words = {w for w in _tokens(f"{said} {inputs['key_message'] or ''}") if len(w) >= 5}

    def weight(idea: Idea) -> tuple[int, int]:
        shared = len(words & {w for w in _tokens(idea.value) if len(w) >= 5})
        return (-min(shared, 1), -len(_YEAR.findall(idea.value)) - ("(" in idea.value))

    return sorted(proofs, key=weight)


class Shaper:
    """The person's words as an idea's figures: said as they are, and reshaped in the language
    they were written in (a question to open on, a headline, "how to")."""

    def __init__(self, inputs: Inputs, say: Words) -> None:
        self.say = say
        self.same = (inputs.answers_lang or say.lang) == say.lang
        self.rules = say.catalogue.ideas.hooks.get(say.lang)
        self.address = (inputs["address_form"] or "vous") if say.loc.address_forms else "you"
        self.sector = inputs["sector"]
        self.proofs = [str(p) for p in inputs.list("proof_points")]
        # who speaks in a testimony: the sector's word, never "someone you helped"
        tags = set(variants(inputs, say.catalogue))
        who = next((p for p in say.catalogue.ideas.people if tags.issuperset(p.when)), None)
        self.who = who.said(say.lang) if who else ""
        # each problem's turn, in the order first shaped, and each shape's: the same problem keeps
        # its opening wherever it is shaped again
        self.turns: dict[str, int] = {}
        self.shape_turns: dict[tuple[str, str], int] = {}

    def problem(self, value: str) -> Idea:
        turn = self.turns.setdefault(value, len(self.turns))
        phrases = self.say.catalogue.phrases
        if self.same and self.rules:
            shape, said = hooks.question(value, self.rules, self.address)
            key = f"{shape}_tu" if self.address == "tu" else shape
            key = key if key in phrases else shape
            if shape == "hook_quoted":  # the client's own voice, not said to the reader
                hook = self.say(alternative(phrases, "hook_quoted", turn), problem=value)
            else:
                # the same opening never twice in a row: each problem of that shape takes the
                # next wording (phrases `hook_*_alt<n>`; review 30a, D10; review 31a, D10: one
                # skeleton on five rows)
                n = sum(1 for (k, _) in self.shape_turns if k == key)
                seen = self.shape_turns.setdefault((key, value), n)
                hook = self.say(alternative(phrases, key, seen), said=said)
        else:
            hook = self.say(alternative(phrases, "hook_quoted", turn), problem=value)
        return Idea("problem", value, (("problem", value), ("hook", hook)), alt=turn)

    def retold(self, idea: Idea, again: int) -> Idea:
        """A problem drawn again: the next wordings of its opening and of its answer, so its
        second post does not repeat the first one's skeleton (review 31b, G13: « a question you
        are often asked » six times, four of them the same questions again)."""
        phrases = self.say.catalogue.phrases
        figures = dict(idea.figures)
        hook, value = figures.get("hook", ""), idea.value
        keys = alternatives(phrases, "hook_quoted")
        said: dict[str, str] = {"problem": value}
        if self.same and self.rules:
            shape, words = hooks.question(value, self.rules, self.address)
            if shape != "hook_quoted":
                key = f"{shape}_tu" if self.address == "tu" else shape
                keys = alternatives(phrases, key if key in phrases else shape)
                said = {"said": words}
        at = next((k for k, key in enumerate(keys) if self.say(key, **said) == hook), None)
        if at is not None:
            figures["hook"] = self.say(keys[(at + again) % len(keys)], **said)
        return replace(idea, figures=tuple(figures.items()), alt=idea.alt + again)

    def headline(self, kind: str, figure: str, value: str) -> Idea:
        if self.same:
            said = value
            if figure in ("skill", "topic"):
                # the answer's detail in brackets stays out of a headline (review 31a, D9: « how
                # the tool is built for dental decontamination … (HTM 01-05 in England, Irish
                # Dental Council guidance) »)
                said = _unbracketed(said)
            if figure in ("skill", "topic") and self.rules:
                # the client's « nos clients » in a frame that speaks to her in « vous »: one
                # voice in one line, « vos clients » (review 21b, D2)
                said = hooks.owned(said, self.rules.speaker.get(self.address, {}))
            head, subject = hooks.capital(said), hooks.inline(said)
        else:
            bare = _unbracketed(value) if figure in ("skill", "topic") else value
            head = subject = self.say.loc.quote(bare)
        shown = _unbracketed(value) if figure in ("skill", "topic") else value
        if not self.same and shown != value:
            shown = self.say.loc.quote(shown)  # no longer the answer as typed: quoted here
        figures = ((figure, shown), ("headline", head), ("subject", subject), ("who", self.who))
        return Idea(kind, value, figures)

    def craft(self, value: str) -> Idea:
        """An expertise item: a gesture of the trade, or, by its words and the sector, a place
        or an activity shown as such (data/ideas.yaml, crafts)."""
        return self.headline(
            _kind_of(value, self.say.catalogue.ideas.crafts, self.sector, "craft"), "skill", value
        )

    def topic(self, value: str) -> Idea:
        """A topic the person named: a subject explained, or, by its words, people who speak,
        an event with a next date, a project on a site (data/ideas.yaml, topic_kinds)."""
        kind = _kind_of(value, self.say.catalogue.ideas.topic_kinds, self.sector, "topic")
        return self.headline(kind, "topic", value)

    def capacity(self, value: str, said: dict[str, str]) -> Idea:
        """A part of a capacity said the public's way round: "1,650 of you came in 2026; weekend
        tickets are limited to 2,000" (review 6, #8)."""
        what = said["what"] if self.same else self.say.loc.quote(said["what"])
        key = "proof_capacity_year" if said.get("year") else "proof_capacity"
        head = hooks.capital(self.say(key, **{**said, "what": what}))
        figures = (("proof", value), ("headline", head), ("subject", head), ("who", self.who))
        return Idea("proof_public", value, figures)

    def no_show(self, value: str, said: dict[str, str]) -> Idea:
        """Appointments missed without notice, told as the audience's question on how to warn
        (« Empêché samedi ? Un appel ou un SMS, et le créneau rouvre pour un autre animal »),
        never as a proof (review 28new, D4)."""
        day = said.get("day", "") if self.same else ""
        day = day.capitalize() if self.say.lang == "en" else day
        key = "no_show_ask_day" if day else "no_show_ask"
        return Idea("no_show", value, (("headline", self.say(key, weekday=day)),))

    def slots(self, value: str, said: dict[str, str]) -> Idea:
        """A capacity offered each week, as the week's post of what is left to book (« Les
        créneaux de vaccination encore libres samedi : leur nombre sur les 24, et le lien pour
        réserver »; review 28new, D4)."""
        if self.same and said.get("day"):
            day = said["day"].capitalize() if self.say.lang == "en" else said["day"]
            head = self.say("slots_left_day", weekday=day, whole=said["whole"], what=said["what"])
        elif self.same:
            head = self.say("slots_left_week", whole=said["whole"], what=said["what"])
        else:
            head = self.say("slots_left_quoted", whole=said["whole"])  # never a proof filmed
        return Idea("slots_left", value, (("headline", hooks.capital(head)),))

    def testimony(self, kind: str) -> Idea:
        """An idea in which a customer speaks, named by the sector's word."""
        return Idea(kind, figures=(("who", self.who),))

    def action(self, value: str) -> Idea:
        # a post's subject in a few words: the action's first clause (review 9b, #8)
        cut = self.say.catalogue.ideas.calls.short
        value = hooks.shortened(value.strip().rstrip("."), cut.words, cut.breaks, cut.links)
        said = hooks.how_to(value, self.rules) if self.same and self.rules else None
        how = self.say("how_to", said=said) if said else self.say("how_quoted", action=value)
        return Idea("action", value, (("action", value), ("how", how)))

    def season(self, idea: Idea, when: date, months: list[int], ahead: int) -> Idea:
        """A seasonal topic out of its season: a look back on the last one, or getting ready
        for the next when it starts within `ahead` months."""
        until = min((m - when.month) % 12 for m in months)
        seasons = self.say.catalogue.ideas.seasons
        if until > 1 and any(s.held and contains_words(idea.value, s.all_words()) for s in seasons):
            # a prevention subject (hunting dogs before the opening, ticks) is no look back on
            # last year: it waits for its months (review 29a #5, 29b #5)
            return Idea(HELD, idea.value)
        subject = dict(idea.figures).get("subject", idea.value)
        # « les marchés de Noël où me trouver » looked back on is « les marchés de Noël 2026 »:
        # the clause in the client's own voice goes (review 23b, D12: « Annonce du marchés de
        # Noël où me trouver »)
        subject = _OWN_CLAUSE.sub("", subject) or subject
        if until <= ahead:
            head = self.say("season_ahead", subject=subject)
            kind = "topic_ahead"
        else:
            last = max(months, key=lambda m: -((when.month - m) % 12))
            year = when.year if last < when.month else when.year - 1
            # a proof of the same subject dated another year (« The Christmas appeal 2025 paid
            # for 310 hampers »): the look back names no year, never 2026 beside it (review 21b,
            # D3)
            ignore = self.say.catalogue.ideas.topic_repeat_ignore
            years = {
                y
                for p in self.proofs
                if repeats(idea.value, [p], 2, ignore)
                for y in re.findall(r"\b(?:19|20)\d{2}\b", p)
            }
            if years and str(year) not in years:
                head = self.say("season_back_last", subject=subject)
            else:
                head = self.say("season_back", subject=subject, year=str(year))
            kind = "topic_back"
        return Idea(kind, idea.value, (("headline", hooks.capital(head)),))


# the country line's extras on origin and environmental claims (data/warnings.yaml, law26)
CLAIM_EXTRAS = ("us_origin", "us_green", "fr_green")


def claim_words(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The words of an origin or a green claim whose rule the legal box states for these
    answers (country_rules extras): a proof carrying one is posted in its qualified form."""
    country = kn.country(inputs.country)
    if country is None:
        return []
    extras = kn.warning("country_rules").extras
    fired = country_extras(inputs, kn, country.geo)
    return [w for name in CLAIM_EXTRAS if name in fired for w in extras[name].words or []]


def idea_pools(inputs: Inputs, say: Words) -> dict[str, list[Idea]]:
    """Each pillar's ideas, the person's own words first, then what the offer's sector rules
    add, then ideas any client can post; what those rules forbid is left out."""
    kn = say.catalogue
    shape = Shaper(inputs, say)
    public = local_authority(inputs, kn)  # a town's services, not a hospital's (review 13b, #1)
    support = inputs["objective"] == "support"
    personal = inputs["voice"] == "personal" and not (public or support)
    rules = offer_rules(inputs, kn)
    drop = {k for r in rules for k in r.drop}
    drop |= set(kn.ideas.sector_drop.get(inputs["sector"] or "", []))
    drop |= {f.kind for f in kn.ideas.stock_frames} - set(stock_frames(inputs, say))
    instead = {k: v for r in rules for k, v in r.instead.items()}
    if confidential(inputs, kn):
        instead = {**kn.ideas.confidential.instead, **instead}
    # a procedure, a body of knowledge or a product is a craft for the sector's rules (a care
    # skill is information, a translator's method is told on a made-up example); a campaign's
    # proof is a proof for them
    family = {c.kind: "craft" for c in kn.ideas.crafts} | {"proof_cause": "proof"}
    family |= {"topic_scene": "topic"}
    instead |= {k: instead[b] for k, b in family.items() if b in instead and k not in instead}
    banned = [w for r in rules for w in r.words]
    narrowed = scoped(inputs, kn)
    banned += [w for n in narrowed for w in n.words]  # an answer naming the regulated service

    def allowed(values: list[str]) -> list[str]:
        return [v for v in values if not contains_words(v, banned) or own_event(v, rules)]

    def added(pillar: str) -> list[Idea]:
        return [Idea(k) for r in rules for k in r.add.get(pillar, [])]

    claim = _food_claim(inputs, say)
    effect = _no_effect(inputs, kn)
    problems = [
        claim(p) or shape.problem(effect(p))
        for p in allowed(inputs.list("audience_problems"))
        if not line_wish(p, kn)  # a rule of the line, never a post (review 17, NEW-3)
        # content in another language than the posts', never a video about it (review 20, D3)
        and not language_need(p, inputs, kn, inputs.answers_lang or say.lang)
    ]
    topics = [claim(t) or shape.topic(t) for t in allowed(inputs.list("topics"))]
    # a job announced when recruitment is an objective: the offer's post, early (review 11a, #6)
    hiring = _hiring(inputs, kn)
    jobs = [t for t in topics if hiring and contains_words(t.value, hiring)]
    topics = [t for t in topics if t not in jobs]
    # the franchisees a network looks for are offered a franchise, not a job (review 26 #19)
    jobs, franchise = _franchise_apart(jobs, inputs, shape, say)
    # a topic that is the offer at work (homes sold) goes to the offer third (review 8, #6)
    # (a campaign's own meetings are its cause's calls, kept among the questions: its offer third
    # holds the facts of the cause; review 28new D14 moved a business's own events)
    rallies = campaign(inputs, kn)
    sold = [
        t
        for t in topics
        if t.kind in kn.ideas.offer_topics and not (rallies and t.kind in OWN_EVENT_KINDS)
    ]
    topics = [t for t in topics if t not in sold]
    # a topic by what it is (review 10, #4): what the offer shows to the offer third, the
    # life of the team or the farm to community life; one that says again an audience
    # question is left out
    moved: dict[str, list[Idea]] = {"own_offer": [], "curation": []}
    for t in list(topics):
        where = next(
            (r.pillar for r in kn.ideas.topic_pillars if contains_words(t.value, r.all_words())),
            None,
        )
        if where is not None and t.kind == "topic":
            # shown as a scene (a photo, a short video), never "the essentials in three points"
            moved[where].append(Idea("topic_scene", t.value, t.figures))
            topics.remove(t)
        elif where == "own_offer" and t.kind in ("topic_event", "topic_place", "topic_people"):
            # a market the maker sells at is the offer's event, with its next date (ideas33); a
            # shop opening is the brand's news (review 26 #7); a buyer's story is a proof, told
            # as people are (review 31a, WN2)
            moved[where].append(t)
            topics.remove(t)
        elif where == "curation" and t.kind == "topic_people":
            # a day in someone's life is community life, told as it was shaped (review 14, §8:
            # « A day in the life of a young carer » under « Your audience's questions »)
            moved[where].append(t)
            topics.remove(t)
    asked = allowed(inputs.list("audience_problems"))
    topics = [
        t
        for t in topics
        if t.kind != "topic"
        or not repeats(t.value, asked, kn.ideas.topic_repeat_words, kn.ideas.topic_repeat_ignore)
    ]
    # the founder's own years, in her own words, never a third party's portrait; the proof that
    # says those years is told there, not twice (review 28new, D16: « a portrait for stories from
    # 12 years as a practice manager, in their own words and with their consent »)
    ignore = kn.ideas.topic_repeat_ignore
    founder = [w for ws in kn.ideas.founder.values() for w in ws]
    hers = [p for p in inputs.list("proof_points") if personal and contains_words(p, founder)]
    lived: set[str] = set()
    for n, t in enumerate(topics):
        same = [p for p in hers if t.kind == "topic_people" and repeats(t.value, [p], 2, ignore)]
        if same:
            topics[n] = Idea("topic_own_story", t.value, t.figures)
            lived |= set(same)
    # what the sector's rules add comes early, beside the person's own words
    extra = added("audience_problems")
    audience = [i for row in zip_longest(problems, topics, extra) for i in row if i]
    # then the frames any client can post, those of a recruitment plan first (what a candidate
    # asks before applying; review 14, #6), those that do not fit it dropped below
    generic = ("faq", "job_questions", "job_day", "mistake", "myth", "checklist", "word", "reply")
    unbound = unfit_frames(inputs, kn)
    audience += [Idea(k) for k in generic if k not in unbound]

    # a proof point is a post only when it is a public fact (review 6, #8)
    cause = campaign(inputs, kn)
    proofs = []
    warned: list[Idea] = []  # missed appointments: how to warn (review 28new, D4)
    offered: list[Idea] = []  # a weekly capacity: what is left to book this week
    for p in allowed(inputs.list("proof_points")):
        use, said = proof_use(p, inputs, kn)
        if p in lived:
            continue  # the founder's years, told as her own story above (review 28new, D16)
        if use == "keep":
            proofs.append(shape.headline("proof_cause" if cause else "proof", "proof", p))
        elif use == "capacity":
            proofs.append(shape.capacity(p, said))
        elif use == "no_show":
            warned.append(shape.no_show(p, said))
        elif use == "slots":
            offered.append(shape.slots(p, said))
    audience[1:1] = warned[:1]
    # where it is poured, headed by the proof that counts those places (review 9a, #6: « 45 cafés
    # nous servent à la pression » opens the monthly café post, never a post of its own)
    for n, idea in enumerate(sold):
        near = {w for w in _tokens(idea.value) if len(w) >= 4}
        count = next((p for p in proofs if near & _tokens(p.value) and _numbers(p.value)), None)
        if idea.kind == "topic_stockists" and count is not None:
            figures = {**dict(idea.figures), "headline": dict(count.figures)["headline"]}
            sold[n] = Idea(idea.kind, idea.value, tuple(figures.items()))
            proofs.remove(count)
    sold += moved["own_offer"]
    crafts = [shape.craft(s) for s in allowed(inputs.list("expertise"))]
    if guarded(inputs, kn):
        # the people helped are children or vulnerable: a topic or a skill naming them is a
        # story told by staff, with no face, no name, no place, never "to camera" (review 12a, #2)
        words = beneficiary_words(kn)

        def story(idea: Idea) -> Idea:
            if contains_words(idea.value, words):
                return Idea("story_guarded", idea.value, idea.figures)
            return idea

        topics, crafts = [story(t) for t in topics], [story(c) for c in crafts]
        audience = [story(i) for i in audience]
        sold = [story(t) for t in sold]
        moved["curation"] = [story(t) for t in moved["curation"]]
    offer: list[Idea] = []
    if inputs["offer"]:
        offer.append(Idea("service" if public or support else "case"))
    if inputs["desired_action"] and not one_step(str(inputs["desired_action"]), kn):
        offer.append(shape.action(inputs["desired_action"]))
    extra = added("own_offer")
    if cause:
        # a campaign's facts are its posts, one each, those about the cause first (review 6, #7)
        own = _advocacy_order(proofs, inputs) + sold
        own += [i for row in zip_longest(extra, offer, crafts) for i in row if i]
    else:
        # the proofs first, a distinction (a certification, a medal) and those saying the key
        # message before the others, a distinction ahead of the rest (review 12a #7, 12b #5: the
        # gold medal, the certified specialists and the fixed fee never posted)
        proofs = _proof_order(proofs, inputs, kn)
        marks = [w for words in kn.ideas.distinctions.values() for w in words]
        own = [p for p in proofs if contains_words(p.value, marks)][:1]
        rest = [p for p in proofs if p not in own]
        own += [i for row in zip_longest(rest, sold, extra, crafts, offer) for i in row if i]
    if _recruits(inputs):
        hire = [Idea("topic_hiring", j.value, j.figures) for j in jobs]
        hire = (hire or ([] if franchise else [Idea("hiring")])) + franchise
        own[1:1] = hire[:1]
        own += hire[1:]
    elif inputs["objective"] == "recruitment":
        # hiring is the plan: the job offer opens the offer third (the role, the team, the
        # conditions, how to apply), a member of staff speaks third, between the proofs (review
        # 13b, #3: a hospital's plan with no job post in four weeks, its crèche and its 92 %
        # retention never posted)
        # each public proof heads a job post of its own (what counts for whoever applies: a
        # crèche open at 6 am, 92 % still there a year on), never a post beside it
        told = [p for p in proofs if p.kind == "proof"][:4]
        own = [i for i in own if i not in told]
        hire = [Idea("job_offer_proof", p.value, p.figures) for p in told]
        hire = [Idea("topic_hiring", j.value, j.figures) for j in jobs] + hire + franchise
        hire = hire or [Idea("job_offer")]
        own[0:0] = [hire[0], Idea("staff_voice"), *hire[1:2]]
        own[4:4] = hire[2:]
    own[1:1] = offered[:1]
    own += [Idea(k) for k in ("offer_generic", "news")]
    testimony = shape.testimony("feedback")
    if performer(inputs, kn):
        # a fan saying after a show the song they came for sells the next show: a band's
        # testimony comes after its first proof, not behind every frame (review 23b, D4; ideas33:
        # Saltbush's fan no longer drawn in four weeks)
        own.insert(min(1, len(own)), testimony)
        own.append(Idea("team"))
    else:
        own += [testimony, Idea("team")]

    field = "field_public" if public else "field_support" if support else "field"
    curation = [*moved["curation"], _field(inputs, say, field, personal)]
    curation.append(_spotlight(inputs, say))
    if inputs.local and inputs["objective"] == "event":
        # the client's own event on the listing is its offer (review 9b, #9: an Open House
        # filed under « the best of others and community life »)
        own.insert(1, _own_event(inputs, say))
    elif inputs.local and fixed_shop(inputs, kn):
        # what happens in the shop this month is the brand's own news (review 26 #7)
        own.append(Idea("local_event"))
    elif inputs.local:
        curation.append(Idea("local_event"))
    curation += [Idea("ask"), _guest(inputs, say)]
    curation += [Idea(k) for k in ("accounts", "quote", "roundup")]
    pools = {"audience_problems": audience, "own_offer": own, "curation": curation}
    # a kind that needs a product of its own (brewing a tea, a harvest) is left out without it
    named = " ".join(
        [str(inputs["offer"] or "")]
        + [str(v) for q in ("topics", "expertise", "proof_points") for v in inputs.list(q)]
    )
    drop |= {k for k, words in kn.ideas.kind_needs.items() if not contains_words(named, words)}
    informs = _informs(inputs, kn)
    checks = [r.check for r in rules if r.check]
    claims = claim_words(inputs, kn)

    def note(idea: Idea) -> str:
        """What to check before posting words a sector's rules watch (a diploma named)."""
        value = idea.value
        said = [c.note(say.lang) for c in checks if value and contains_words(value, c.words)]
        # outside the regulated service, a before/after or a testimony needs the client's
        # consent (a topic or a proof; a question "before and after a facial" shows no one)
        said += [
            say("note_scoped_consent", service=n.service)
            for n in narrowed
            if idea.kind != "problem" and value and contains_words(value, list(n.consent_words))
        ]
        return " ".join(said)

    def notes(idea: Idea) -> str:
        """The idea's own note (a franchise's disclosure law), then the sector's checks."""
        return " ".join(n for n in (idea.note, note(idea)) if n)

    forms = kn.ideas.claim_forms.get(inputs.answers_lang or say.lang, [])

    def qualified(idea: Idea) -> Idea:
        """An origin or a green claim the legal box qualifies, never raw in large type (review
        21a: « 100 % recycled polyester … sewn in Los Angeles » on a visual): written in its
        qualified form where the data knows it, else with how to word it."""
        if idea.kind not in PROOFS or not idea.value or not contains_words(idea.value, claims):
            return idea
        figures = []
        for name, text in idea.figures:
            new = text
            for f in forms:
                new = re.sub(f.pattern, f.form, new)
            if new != text and name in ("headline", "subject"):
                at = next((k for k, c in enumerate(new) if c.isalpha()), 0)
                if text[at : at + 1].isupper():  # « Fleece … » -> « Recycled … »
                    new = new[:at] + new[at : at + 1].upper() + new[at + 1 :]
                if text.strip() in say.own:  # the client's words, quoted as such
                    say.own = say.own | {new.strip()}
            figures.append((name, new))
        if tuple(figures) != idea.figures:
            return replace(idea, figures=tuple(figures), claim=say("note_claim_qualified_done"))
        return replace(idea, claim=say("note_claim_qualified"))

    return {
        pillar: [
            qualified(
                replace(i, kind=informs(i) or instead.get(i.kind, i.kind), note=notes(i), claim="")
            )
            for i in ideas
            if i.kind not in drop
        ]
        for pillar, ideas in pools.items()
    }


def _own_event(inputs: Inputs, say: Words) -> Idea:
    """The client's own event as the listing's event post: named as the topics name it and
    dated as the desired action dates it (review 21b, D1: « Your own event, posted as an event
    on the listing » for the Four Bridges Walk of 16 May 2027). Sign-ups are open: an event
    post stays on the listing until its day, however far ahead."""
    days = event_days(inputs, say.catalogue)
    action = str(inputs["desired_action"] or "")
    name = next((t for t in inputs.list("topics") if contains_words(action, [str(t)])), None)
    if days is None or name is None or (inputs.answers_lang or say.lang) != say.lang:
        return Idea("local_event")
    figures = (("headline", hooks.capital(str(name))), ("said", say.loc.date(days[0], "long")))
    return Idea("local_event", str(name), figures)


def line_wish(value: str, kn: Catalogue) -> bool:
    """Whether an audience's answer is a wish about the line itself (« not being asked for
    money in every post »), not a subject (data/ideas.yaml line_wishes)."""
    return contains_words(value, [w for words in kn.ideas.line_wishes.values() for w in words])


def language_need(value: str, inputs: Inputs, kn: Catalogue, written: str | None) -> bool:
    """Whether an audience's answer asks for content in the language of a country its
    description names, other than the posts' (« Comprendre les informations pratiques en
    néerlandais »): the language line answers it, never a post about that language to camera
    (review 20, D3); a translator's « contracts in English » stays a subject."""
    rule = kn.ideas.audience_languages
    if inputs["audience_geo"] != "international":
        return False
    described = str(inputs["audience_description"] or "")
    spoken = {
        lang for c in audience_countries(rule, described) for lang in c.languages if lang != written
    }
    names = [n for code, n in rule.names.items() if code in spoken]
    words = [f"en {n('fr')}" for n in names] + [f"in {n('en')}" for n in names]
    return contains_words(value, words)


def _recruits(inputs: Inputs) -> bool:
    """Recruitment named as a second objective: a hiring post in the first weeks."""
    return inputs["objective"] != "recruitment" and "recruitment" in inputs.list(
        "secondary_objectives"
    )


def _hiring(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The words of a topic that announces a job, when recruitment is an objective."""
    if inputs["objective"] != "recruitment" and not _recruits(inputs):
        return []
    return [w for words in kn.ideas.hiring.values() for w in words]


def _month_end(when: date, days: int) -> bool:
    """Whether `when` falls in its month's last `days` days."""
    return (when + timedelta(days=days)).month != when.month


def _franchise_apart(
    jobs: list[Idea], inputs: Inputs, shape: Shaper, say: Words
) -> tuple[list[Idea], list[Idea]]:
    """The job topics, and apart the franchise offer of those that name the franchisees a
    network looks for: a franchisee invests and is paid no salary (review 26 #19: « Le
    recrutement de boulangers et de futurs franchisés : … le salaire ou sa fourchette »). The
    job post keeps the trades, its words cut of the clause naming the franchisees; a topic
    naming only them is the franchise offer alone (data/ideas.yaml, franchise_words)."""
    rules = say.catalogue.ideas
    words = [w for ws in rules.franchise_words.values() for w in ws]
    if not words:
        return jobs, []
    cuts = sorted((c for cs in rules.franchise_cut.values() for c in cs), key=len, reverse=True)
    # where the answers' country has a disclosure law, the post says it (France: loi Doubin)
    law = f"franchise_disclosure_{inputs['country'] or ''}"
    note = say(law) if law in say.catalogue.phrases else ""
    kept: list[Idea] = []
    offers: list[Idea] = []
    for job in jobs:
        if not contains_words(job.value, words):
            kept.append(job)
            continue
        offers.append(Idea("franchise_offer", job.value, job.figures, note))
        low = job.value.lower()
        cut = next((c for c in cuts if c.lower() in low), None)
        if cut is not None:
            at = low.index(cut.lower())
            trades = job.value[:at] + job.value[at + len(cut) :]
            kept.append(Idea(job.kind, trades, shape.topic(trades).figures))
    return kept, offers


def _field(inputs: Inputs, say: Words, field: str, personal: bool) -> Idea:
    """The relay post, naming whom to relay where the sector and the offer say it (an architect,
    a partner charity; data/ideas.yaml, field_who; review 11a, #7)."""
    kind = f"{field}_personal" if personal else field
    if field != "field":
        return Idea(kind)
    offer = str(inputs["offer"] or "")
    who = next(
        (
            f
            for f in say.catalogue.ideas.field_who
            if (not f.sectors or inputs["sector"] in f.sectors)
            and (not f.premises or inputs["premises"] in f.premises)
            and (not f.words or contains_words(offer, f.all_words()))
        ),
        None,
    )
    if who is None:
        return Idea(kind)
    return Idea(f"{kind}_named", figures=(("who", who.said(say.lang)),))


def _no_effect(inputs: Inputs, kn: Catalogue) -> Callable[[str], str]:
    """An audience question without the clause implying a food's effect on energy or health
    (« …pendant les révisions du bac sans avoir un coup de barre » -> « …pendant les révisions
    du bac »; data/ideas.yaml, effects; review 11b, #4)."""
    rule = kn.ideas.effects
    if inputs["sector"] not in rule.sectors:
        return lambda value: value
    words = [w for said in rule.words.values() for w in said]
    links = [w for said in rule.links.values() for w in said]

    def cut(value: str) -> str:
        if not contains_words(value, words):
            return value
        folded = value.casefold()
        for link in sorted(links, key=len, reverse=True):
            for m in re.finditer(rf"(?:^|[\s,]){re.escape(link.casefold())}\s", folded):
                rest = value[m.start() :]
                if m.start() > 0 and contains_words(rest, words):
                    return value[: m.start()].rstrip(" ,;")
        return value

    return cut


def _guest(inputs: Inputs, say: Words) -> Idea:
    """The guest post answered by whom the answers name, when they do (ideas44: « Invite a
    partner to answer a question from your audience » in 49 of 106 documents); which question
    stays open: only the client knows which of them a guest can answer."""
    named = dict(_spotlight(inputs, say).figures).get("who")
    return Idea("guest", figures=(("who", named),)) if named else Idea("guest")


def _spotlight(inputs: Inputs, say: Words) -> Idea:
    """The spotlight post, naming whom the answers name (one of your guides, a delicatessen
    that sells your produce; data/ideas.yaml, spotlight; review 10, #3)."""
    said = [str(inputs[q] or "") for q in ("offer", "audience_description", "key_message")]
    said += [str(v) for q in ("proof_points", "topics") for v in inputs.list(q)]
    text = " ".join(said)
    who = next(
        (s for s in say.catalogue.ideas.spotlight if contains_words(text, s.all_words())), None
    )
    if who is None:
        return Idea("spotlight")
    return Idea("spotlight_named", figures=(("who", who.said(say.lang)),))


def _food_claim(inputs: Inputs, say: Words) -> Callable[[str], Idea | None]:
    """An answer naming a food claim the law reserves (« sans gluten »), as an idea that says
    what the recipe holds instead and invites a coeliac customer to ask (data/ideas.yaml,
    food_claims)."""
    claims = [c for c in say.catalogue.ideas.food_claims if inputs["sector"] in c.sectors]
    offer = str(inputs["offer"] or "")

    def idea(value: str) -> Idea | None:
        claim = next((c for c in claims if contains_words(value, c.words)), None)
        if claim is None:
            return None
        base = next(
            (m for m in claim.made_of if contains_words(value, m.words)),
            next((m for m in claim.made_of if contains_words(offer, m.words)), None),
        )
        said = say(f"{claim.kind}_instead")
        head = f"{base.said(say.lang)}, {said}" if base else said
        return Idea(claim.kind, value, (("headline", hooks.capital(head)),))

    return idea


def _informs(inputs: Inputs, kn: Catalogue) -> Callable[[Idea], str | None]:
    """The kind a topic takes when the offer's rules turn it into information instead of
    leaving it out (a dentist's "price of implants": fees and what is left to pay)."""
    rules = offer_rules(inputs, kn)
    found = [(kind, words) for r in rules for kind, words in r.inform.items()]

    def kind(idea: Idea) -> str | None:
        if idea.kind != "topic":
            return None
        return next((k for k, words in found if contains_words(idea.value, words)), None)

    return kind


# the person's own answers that go to each pillar (a topic is an audience's question)
ANSWERS_OF = {
    "audience_problems": ("audience_problems", "topics"),
    "own_offer": ("proof_points", "expertise"),
}


def rules_notes(editorial: Editorial, inputs: Inputs, say: Words) -> Editorial:
    """Each pillar says which of the person's own subjects become information or a weekly post
    instead (review 4, D14), and which a regulated scope leaves out (the one line that stops a
    client from posting the service himself). Subjects an offer rule leaves out, and figures kept
    for the dashboard, are dropped without a sentence: the warning says the rule, and « Exclu :
    … » / « Pas publié : … » read as the consultant's filtering (review 33c, item 4)."""
    kn = say.catalogue
    rules = offer_rules(inputs, kn)
    informs = _informs(inputs, kn)
    notes: dict[str, list[str]] = {}
    narrowed = scoped(inputs, kn)
    for pillar, qids in ANSWERS_OF.items():
        for value in (str(v) for q in qids for v in inputs.list(q)):
            rule = next((r for r in rules if contains_words(value, r.words)), None)
            scope = next((n for n in narrowed if n.names(value)), None)
            if scope is not None and rule is None:
                said = say("scoped_why", service=scope.service)
                notes.setdefault(pillar, []).append(say("pillar_left_out", topic=value, said=said))
            elif rule is not None and own_event(value, [rule]):
                said = rule.events.note(say.lang) if rule.events else ""
                notes.setdefault(pillar, []).append(say("pillar_kept", topic=value, said=said))
            elif rule is not None:
                # left out, silently in the document: the offer rule's warning already says why,
                # and « Exclu : … » read as the consultant's filtering (review 33c, item 4)
                continue
            elif pillar == "audience_problems" and value in inputs.list("topics"):
                kind = informs(Idea("topic", value))
                if kind:
                    notes.setdefault(pillar, []).append(say(f"pillar_as_{kind}", topic=value))
    # people of the client's own who post their own week (a takeover, their own photos): what
    # never shows, said once where their posts are listed (review 33c, item 5)
    for pillar, qids in ANSWERS_OF.items():
        values = [str(v) for q in qids for v in inputs.list(q)]
        kinds = {_kind_of(v, kn.ideas.topic_kinds, inputs["sector"], "topic") for v in values}
        if TAKEOVER in kinds:
            notes.setdefault(pillar, []).append(say("pillar_takeover_safeguarding"))
    # the line the regulated service keeps to, said once where the offer is shown
    for scope in narrowed:
        service = hooks.capital(scope.service or say("scoped_service_unnamed"))
        line = say(f"pillar_scoped_{scope.code}", service=service)
        notes.setdefault("own_offer", []).insert(0, line)
    # a proof point kept out of the posts, or said the public's way round (review 6, #8)
    shape = Shaper(inputs, say)
    for value in inputs.list("proof_points"):
        use, parts = proof_use(str(value), inputs, kn)
        if use.startswith("internal_"):
            # a figure kept for the dashboard is not posted, and not announced either: « Pas
            # publié : …, car c'est votre chiffre de départ » read as a filter (review 33c, item 4)
            continue
        if use == "capacity":
            head = dict(shape.capacity(str(value), parts).figures)["headline"]
            notes.setdefault("own_offer", []).append(say("pillar_reframed", topic=value, said=head))
        elif use == "no_show":
            # a weakness, never a proof: said where it went, the audience's question (28new D4)
            head = dict(shape.no_show(str(value), parts).figures)["headline"]
            notes.setdefault("own_offer", []).append(say("pillar_no_show", topic=value, said=head))
        elif use == "slots":
            head = dict(shape.slots(str(value), parts).figures)["headline"]
            key = "pillar_slots" if shape.same else "pillar_slots_plain"  # one quote, not two
            notes.setdefault("own_offer", []).append(say(key, topic=value, said=head))
    if not notes:
        return editorial
    pillars = [
        p.model_copy(update={"note": " ".join([p.note, *notes[p.key]]).strip()})
        if p.key in notes
        else p
        for p in editorial.pillars
    ]
    return editorial.model_copy(update={"pillars": pillars})


# A job post's kinds: it ends on whom to call, never on the offer (review 11a, #6).
HIRING = (
    "hiring",
    "topic_hiring",
    "franchise_offer",
    "job_offer",
    "job_offer_proof",
    "staff_voice",
)


def unfit_frames(inputs: Inputs, kn: Catalogue) -> set[str]:
    """The frames that have no object for this client's kind (data/ideas.yaml stock_frames,
    `variants_not`: a publisher's « Before you start, the five things to check »; review 31b,
    GN2): never drawn, as a stock frame or among the audience's generic questions."""
    kinds = set(variants(inputs, kn))
    return {f.kind for f in kn.ideas.stock_frames if kinds & set(f.variants_not)}


def stock_frames(inputs: Inputs, say: Words) -> list[str]:
    """The frames any client can post (phrases.yaml idea_<kind>) that fit this one, in the order
    drawn: a frame serves its objectives, and its plain wording only its sectors and places
    (data/ideas.yaml stock_frames; review 14, #5/#6: « Une idée reçue sur votre domaine » for a
    sweets e-shop, « avant de venir vous voir » for a hospital recruiting)."""
    objective = str(inputs["objective"] or "")
    fits = []
    unbound = unfit_frames(inputs, say.catalogue)
    for f in say.catalogue.ideas.stock_frames:
        if f.kind in unbound:
            continue
        if objective in f.objectives_not or (f.objectives and objective not in f.objectives):
            continue
        key = f"idea_{f.kind}"
        own = say.variant(key) != key  # the sector's own wording fits it
        if not own and f.sectors and inputs["sector"] not in f.sectors:
            continue
        if inputs["premises"] in f.premises_not or inputs["market"] in f.markets_not:
            continue
        fits.append(f.kind)
    return fits


class IdeaDraw:
    """Ideas taken from the pools for posts, each once; a format chosen to fit each; on a
    channel, only the kinds of idea it can carry; on a date, a seasonal topic in its season or
    worded as a look back or ahead."""

    def __init__(self, inputs: Inputs, say: Words) -> None:
        self.say = say
        self.rules = say.catalogue.ideas
        self.pools = idea_pools(inputs, say)
        self.shape = Shaper(inputs, say)
        self.retelling = False  # the idea drawn last is a problem told again (Shaper.retold)
        self.used: set[Idea] = set()
        self.order: list[Idea] = []  # in the order used, for a repeat when all are used
        self.formats: Counter[tuple[str | None, str]] = Counter()
        self.texts: set[str] = set()  # what was written already: a repeat takes another shape
        self.topic_kinds = {k.kind for k in self.rules.topic_kinds}
        self.answer_seasons = answer_seasons(inputs, say.catalogue)
        # the call to act: a campaign's at the end of one post in `every` on each channel; beyond
        # campaigns, by objective (data/ideas.yaml, calls; review 7, #1)
        self.campaign = campaign(inputs, say.catalogue)
        self.objective = str(inputs["objective"] or "")
        country = say.catalogue.country(inputs.country)
        self.advised = country is not None and "fr_franchise_price" in country_extras(
            inputs, say.catalogue, country.geo
        )
        self.call = self._call(inputs) if inputs["desired_action"] else ""
        self.ordered = self._ordered(inputs) if inputs["desired_action"] else ""
        # a post's last line in a few words: the action's first clause (review 9b, #8)
        self.short_call = self._call(inputs, short=True) if inputs["desired_action"] else ""
        self.short_ordered = self._ordered(inputs, short=True) if inputs["desired_action"] else ""
        self.next_call = self._next_step(inputs) if inputs["desired_action"] else ""
        self.next_step_on: set[str] = set()  # set by join
        # an action done in person: the post points to the shop, not to « le lien » (review 22b, D6)
        action = str(inputs["desired_action"] or "")
        walk_in = contains_words(action, self.rules.calls.walk_in)
        many = contains_words(action, self.rules.calls.walk_in_many)
        self.where_key = ("call_where_shops" if many else "call_where_shop") if walk_in else ""
        # the posts on each network since its last call to act (a large start: the first can)
        self.since_call: Counter[str] = Counter()
        self.full_calls: set[tuple[str, str]] = set()  # the calls said in full already
        # the dates the action names (a cohort's close): the audience's answers end on the
        # action only in their run-up (review 15, D8)
        self.deadlines = deadline_dates(inputs, say.catalogue) if self.call else []
        # an action possible only from a date it names: before that date's week, the last line
        # is what can be had now or the alert for the opening day (review 19, D3)
        opening = opening_date(inputs, say.catalogue) if self.call else None
        # a meeting on the fair's stand: from the day the plan opens bookings, the action's
        # other half before it (review 21b, D3)
        self.before = self.before_letter = ""
        if opening is None and self.call:
            opening, self.before, self.before_letter = self._fair_opening(inputs)
        self.opening = opening
        self.opens = None if opening is None else opening - timedelta(days=opening.weekday())
        self.start: date = inputs["start_date"]
        self.waited = 0  # the calls made before the opening: the offer now and the alert in turn
        self.inputs = inputs
        # what the answers say the current offer costs, for those calls (review 21a: « jeudi,
        # 9 € avec le Pass », not « ce qui s'achète … avec son prix »)
        self.price = self._price(inputs) if opening is not None else ""
        self.kind = ""  # the kind of the idea drawn last
        # the letter's own sign-up as the desired action: the letter asks to be forwarded
        self.own_list = own_list_action(inputs, say.catalogue)
        self.minors = minors_unsold(inputs, say.catalogue)  # no buy line on posts (review 11b, #4)
        # another ask than the action (volunteering, a job): its posts end on no call
        calls = self.rules.calls
        elsewhere = calls.elsewhere.get(say.lang, [])
        action = str(inputs["desired_action"] or "")
        self.elsewhere = [] if contains_words(action, elsewhere) else elsewhere
        # an advocacy plan whose action is a member passing the word on: its posts ask the reader
        # to forward them (with their referral code), never to fill the form (review 31b, VN1)
        shared = [w for ws in calls.share.values() for w in ws]
        self.sharing = (
            self.campaign and self.objective in calls.objectives and contains_words(action, shared)
        )
        referral = [w for ws in say.catalogue.calendar.advocacy.referral_words.values() for w in ws]
        self.referral = self.sharing and contains_words(action, referral)
        # an answer to worries ends on no call unless the action names them (review 31b, VN1)
        worries = [w for ws in calls.worries.values() for w in ws]
        self.worries = [w for w in worries if not contains_words(action, [w])]
        # a share offer under the finance rules: a post about the shares recalls the risk
        self.risk = "finance" in inputs.list("regulated") and share_offer(inputs, say.catalogue)
        # a confidential profession or leads from businesses: the offer on one post in three
        businesses = "professionals" in inputs.list("audience_types") and self.objective == "leads"
        # an audience asking not to be asked in every post: the same (review 17, NEW-3)
        wish = any(line_wish(p, say.catalogue) for p in inputs.list("audience_problems"))
        spare = confidential(inputs, say.catalogue) or businesses or wish
        self.sparing = calls.sparing if spare else 0
        self.weeks: set[tuple[int, int]] = set()  # the weeks a weekly idea went out
        self.bilingual = bilingual_caption(inputs, say)
        self.bilingual_weeks: set[tuple[int, int]] = set()
        b2b = self.rules.b2b
        self.b2b_words = [w for said in b2b.words.values() for w in said] if b2b else []
        self.b2b_channels = b2b.channels if b2b else []
        careers = self.rules.careers
        self.career_words = [w for said in careers.words.values() for w in said] if careers else []
        self.career_off: set[str] = set()  # set by join: where a careers subject never goes
        # networks kept for the young band when the parents decide (engine/mix.py young_support):
        # the parents' questions stay on the parents' network (review 9a, #5)
        self.young: set[str] = set()
        # networks kept light for job posts (set by join): job posts and the trade's training only
        self.hiring_only: set[str] = set()
        self.recruit_words = [w for said in self.rules.recruit_words.values() for w in said]
        self.marks = [w for words in self.rules.distinctions.values() for w in words]
        # the main network (set by the calendar): the audience's own questions go there first
        self.main: str | None = None
        self.parent_words = [w for said in self.rules.parents.values() for w in said]
        # an audience with minors: a post that speaks to them ends with no purchase call
        minors = self.rules.minor_calls
        young = any(b in inputs.list("audience_ages") for b in minors.bands)
        self.minor_words = minors.all_words() if young else []
        # the pillar the last idea was drawn from (a generic relay gives way to a question)
        self.drawn = ""
        self.yielded: set[str] = set()  # channels where a generic frame gave way once
        self.stock = stock_frames(inputs, say)  # the frames that fit this client, in order
        self.public = local_authority(inputs, say.catalogue)
        # a band's testimony is a fan's after a show, no frame any client can post (ideas33)
        self.fans = performer(inputs, say.catalogue)
        # the channels each of the client's subjects went out on: once a network, twice in all,
        # while anything else is left (review 14, #5: the bac four times in sixteen days)
        self.ran: dict[Idea, set[str]] = {}
        self.times: Counter[tuple[Idea, str | None]] = Counter()  # drawn, by channel
        self.said: Counter[str] = Counter()  # the posts written, a repeat said as a new take
        self.angles = 0  # the new takes written: each takes the next angle
        # the subjects posted each week, on any network: one subject a week (review 21b, D6)
        self.week_subjects: dict[date, list[Idea]] = {}
        # each post drawn: its day, network, text as shaped and the idea it came from (None for
        # a week's deal), so a question whose slot a notice took can come back (review 21b, D1)
        self.wrote: Idea | None = None
        self.log: list[tuple[date | None, str | None, str, Idea | None]] = []
        # an online shop's further pins: a product for a search, never a topic again with an
        # angle (review 27 #4); the subjects nobody searches for are never pinned
        pins = self.rules.pins
        self.unsearched = [w for ws in pins.unsearched.values() for w in ws] if pins else []
        shop = inputs["premises"] == "online_only" and self.objective == "sales"
        self.searches = self._searches(inputs) if pins and shop else []
        self.gifts = gift_days(inputs, say.catalogue) if pins and shop else []
        self.pinned: Counter[str] = Counter()
        # the weekday a desired action books a session on (calendar.booked_day): its call waits
        # for the next post, while the day can still be filled (review 28new D11: « réservez un
        # créneau … le samedi matin » on Saturday at 12:30, after the session)
        self.session_day: int | None = None
        # the weekly post of the slots left opens each week on another of the audience's
        # questions about those slots (ideas44: the vet's « créneaux encore libres » four times
        # word for word)
        self.slot_angles = self._slot_angles(inputs)
        # every post approved by compliance before it goes out: the know-how an adviser explains
        # from an approved script is what such a calendar shows (review 19, D8)
        self.recorded = recorded_only(inputs, say.catalogue)
        # a pin names what it shows, never a bare number (review 28 #3: 24 pins « n° 8 » and
        # no product): the offer's own words, then the answers' topics, in turn; its search and
        # board in the shop's own language, whatever the document's (review 28 #12)
        self.pin_subjects = self._pin_subjects(inputs) if self.searches or self.gifts else []
        self.pin_head = re.split(r"[,;:(]", str(inputs["offer"] or ""))[0].strip()
        self.pin_answers: set[tuple[str, Idea]] = set()  # (search, question) pinned
        self.shown: defaultdict[str, set[str]] = defaultdict(set)  # search -> subjects pinned
        self.fresh: set[tuple[str, str]] = set()  # (search, subject) pinned again, new image
        lang = inputs.answers_lang or say.lang
        self.shop_lang = lang if pins is not None and lang in pins.articles else say.lang
        self.shop_say = (
            say if self.shop_lang == say.lang else Words(say.bank, say.catalogue, self.shop_lang)
        )
        # the sponsors thanked by name so far, one a month (review 27 #7); with minors in the
        # audience, one selling alcohol is thanked apart, never in these portraits
        self.sponsored = 0
        self.minor_sponsors = minor_audience(inputs, say.catalogue)
        extras = say.catalogue.warning("minors").extras
        self.alcohol_words = extras["alcohol_sponsor"].words if "alcohol_sponsor" in extras else []

    def join(self, networks: list[NetworkPlan]) -> None:
        """One post saying how to join the message of the week, when a network carries it:
        people want to know each week what there is, and no post said how to get it (review
        12a, #7: a WhatsApp list at 0 with no sign-up route)."""
        weekly = next(
            (n for n in networks if any(r.code == "weekly_message_list" for r in n.reasons)),
            None,
        )
        if weekly is not None:
            pool = self.pools["audience_problems"]
            pool.insert(0, Idea("join_weekly", figures=(("network", weekly.id),)))
        # a network kept for a large employer's job posts posts them, nothing else (review 26 #5)
        self.hiring_only = {
            n.id for n in networks if any(r.code == "recruit_light" for r in n.reasons)
        }
        # a network kept for the conversation before the decision calls for the action's next
        # step (review 27 #10: the deposit, not the application, for offer-holders on WhatsApp)
        reasons = set(self.rules.calls.next_step_reasons)
        self.next_step_on = (
            {n.id for n in networks if any(r.code in reasons for r in n.reasons)}
            if self.next_call
            else set()
        )
        # a subject on graduates' careers goes where careers are read, while the plan keeps
        # LinkedIn (review 26, Northgate: alumni careers on WhatsApp, never on LinkedIn)
        careers = self.rules.careers
        kept = {n.id for n in networks if n.role in ("primary", "secondary")}
        if careers is not None and kept & set(careers.held_by):
            self.career_off = set(careers.not_on)

    def _searches(self, inputs: Inputs) -> list[str]:
        """The searches the answers quote after a search word (« en cherchant « bougie
        vintage » ou « cadeau fait main » sur Etsy »), each once, in order."""
        pins = self.rules.pins
        if pins is None:
            return []
        words = [w for ws in pins.search_words.values() for w in ws]
        said = ("audience_description", "offer", "topics", "audience_problems", "key_message")
        found: list[str] = []
        for q in said:
            for text in inputs.list(q) or ([str(inputs[q])] if inputs[q] else []):
                for sentence in re.split(r"(?<=[.;!?])\s+", str(text)):
                    found += [
                        t
                        for t in self._quoted_searches(sentence, words)
                        if t.casefold() not in {f.casefold() for f in found}
                    ]
        return found

    @staticmethod
    def _quoted_searches(sentence: str, words: list[str]) -> list[str]:
        """The quoted terms right after a search word in `sentence`, or chained to one by « ou »,
        « et », a comma (« en cherchant « bougie vintage » ou « cadeau fait main » »)."""
        marks = [m.end() for m in re.finditer(r"\w+", sentence) if contains_words(m.group(), words)]
        found: list[str] = []
        last = -1
        for m in QUOTED.finditer(sentence):
            before = [e for e in marks if e <= m.start()]
            after = max([*before[-1:], last]) if before or last >= 0 else -1
            gap = sentence[after : m.start()] if after >= 0 else ""
            if after < 0 or len(re.findall(r"\w+", gap)) > SEARCH_GAP_WORDS:
                continue
            term = next(g for g in m.groups() if g).strip()
            if 2 <= len(term) <= 40:
                found.append(term)
                last = m.end()
        return found

    def _pin_subjects(self, inputs: Inputs) -> list[str]:
        """What a shop's pins show, in the answers' words: the offer's head (« Bougies
        parfumées à la cire de colza »), then the topics nobody would not search for."""
        head = re.split(r"[,;:(]", str(inputs["offer"] or ""))[0].strip()
        found = [head] if 2 <= len(head.split()) <= PIN_HEAD_WORDS else []
        found += [t for t in inputs.list("topics") if not contains_words(t, self.unsearched)]
        return found

    def _pin_season(self, subject: str, when: date) -> bool:
        """Whether a pin's subject is in its season on `when` (« les marchés de Noël où me
        trouver » is no January pin)."""
        months = self._months(Idea("topic", subject))
        return months is None or when.month in months

    def _own(self, text: str, quoted: bool = True) -> str:
        """The answers' words inside a sentence: lower-cased at their head, quoted when the
        document speaks another language (and the phrase does not quote them itself)."""
        if text[1:2].islower():
            text = text[:1].lower() + text[1:]
        other = self.shop_lang != self.say.lang
        return self.say.loc.quote(text) if quoted and other else text

    def _search_board(self, search: str, gifts: list[str]) -> tuple[str, str]:
        """A search quoted and the board it goes on, as the shop names them."""
        pins = self.rules.pins
        gift = [w for ws in pins.gift_words.values() for w in ws] if pins else []
        board = (
            self.shop_say("pin_board_gifts")
            if search in gifts or contains_words(search, gift)
            else search[:1].upper() + search[1:]
        )
        quote = self.say.loc.quote
        return quote(search), quote(board)

    def _gift_searches(self, when: date) -> list[str]:
        """The gift searches of the occasions in the days after `when`, in the shop's words."""
        pins = self.rules.pins
        if pins is None:
            return []
        gifts: list[str] = []
        for day, occasion in self.gifts:
            if 0 <= (day - when).days <= pins.ahead_days:
                name = occasion.name.get(self.shop_lang) or next(iter(occasion.name.values()))
                for article in pins.articles.get(self.shop_lang, []):
                    gap = "" if article.endswith("'") else " "
                    if name.casefold().startswith(article.casefold() + gap):
                        name = name[len(article + gap) :]
                        break
                gifts.append(self.shop_say("pin_gift_search", subject=name))
        return gifts

    def question_pin(self, channel: str, when: date) -> tuple[str, str] | None:
        """A search's pin that answers one of the public's questions, in an offer pin's place
        when the calendar runs over a third of offer posts (review 28 #3: Cire's 29 offer posts
        of 36): a search and a question not pinned together yet, the question pinned least
        first; None without a search or a question."""
        if channel != "pinterest" or when is None:
            return None
        asked = [q for q in self.pools["audience_problems"] if q.kind == "problem" and q.value]
        # then the trade's how-tos people search for too (« coulage de bougies … et choix des
        # mèches »), never a legal duty's
        asked += [
            i
            for i in self.pools.get("own_offer", [])
            if i.kind == "craft" and i.value and not contains_words(i.value, self.unsearched)
        ]
        gifts = self._gift_searches(when)
        searches = list(dict.fromkeys([*gifts, *self.searches]))
        if not searches:
            return None  # a shop's pins only: a search people type
        # a search only over a question it fits; a question no search fits, once under its own
        # words (review 30 #1: « cadeau fait main » over « réutiliser le verre »), a question
        # under its own words once too, before a search over what it does not fit
        pairs = [
            (s, q)
            for q in sorted(asked, key=lambda q: self.times[(q, channel)])
            for s in [
                *sorted(
                    (s for s in searches if self._fits(s, q.value, gifts)),
                    key=lambda s: self.pinned[s],
                ),
                "",
            ]
            if (s, q) not in self.pin_answers
        ]
        if not pairs:
            # each question pinned: a search's pin of one again, with a new image, once each
            again = [
                (s, q)
                for q in sorted(asked, key=lambda q: self.times[(q, channel)])
                for s in [*searches, ""]
                if (s, q) in self.pin_answers and (s, q.value) not in self.fresh and s in searches
            ]
            if not again:
                return None
            search, question = again[0]
            self.fresh.add((search, question.value))
            self.pinned[search] += 1
            self.times[(question, channel)] += 1
            subject, board = self._search_board(search, gifts)
            said = self._own(question.value.rstrip(" ?."))
            text = self.say(
                "cal_pinterest_pin_answer_fresh", subject=subject, what=board, idea=said
            )
            self.texts.add(text)
            self.kind = "pin"
            self.wrote = question
            return text, "photo"
        search, question = pairs[0]
        self.pin_answers.add((search, question))
        self.pinned[search] += 1
        self.times[(question, channel)] += 1
        self.kind = "pin"
        self.wrote = question
        if not search:
            own = (
                "cal_pinterest_pin_howto_own"
                if question.kind == "craft"
                else "cal_pinterest_pin_answer_own"
            )
            said = self._own(question.value.rstrip(" ?."))
            text = self.say(
                own, idea=said[:1].upper() + said[1:], problem=said[:1].upper() + said[1:]
            )
            self.texts.add(text)
            return text, "photo"
        subject, board = self._search_board(search, gifts)
        if question.kind == "craft":
            text = self.say(
                "cal_pinterest_pin_howto",
                subject=subject,
                what=board,
                idea=self._own(question.value.rstrip(" ?.")),
            )
        else:
            text = self.say(
                "cal_pinterest_pin_answer",
                subject=subject,
                what=board,
                problem=self._own(question.value.rstrip(" ?."), quoted=False),
            )
        self.texts.add(text)
        self.kind = "pin"
        self.wrote = question
        return text, "photo"

    def _fits(self, search: str, subject: str, gifts: list[str]) -> bool:
        """Whether a pin's search fits what the pin shows (review 30 #1: « cadeau fait main »
        over « réutiliser le verre une fois la bougie terminée »): a gift search a gift subject
        or the offer's own piece; any other search a subject holding one of its own words or
        their kin (« vintage »: « ancienne », « chinée »; data/ideas.yaml, pins.kin), the words
        of the offer's head apart (« bougie » is in every pin of a candle shop)."""
        pins = self.rules.pins
        if pins is None:
            return False
        gift = [w for ws in pins.gift_words.values() for w in ws]
        if search in gifts or contains_words(search, gift):
            return contains_words(subject, gift) or subject == self.pin_head

        def same(a: str, b: str) -> bool:
            return a == b or (min(len(a), len(b)) >= 4 and a[:5] == b[:5])

        head = re.findall(r"\w+", self.pin_head.casefold())
        words = [w for w in re.findall(r"\w+", search.casefold()) if len(w) >= 4]
        words = [w for w in words if not any(same(w, h) for h in head)] or words
        shown = re.findall(r"\w+", subject.casefold())
        kin = [k for ks in pins.kin.values() for k in ks]
        near = [x for k in kin if any(same(w, y) for w in words for y in k) for x in k]
        return any(same(w, y) for w in [*words, *near] for y in shown)

    def _pin(
        self, channel: str | None, formats: list[str], when: date | None, fresh: bool = False
    ) -> str | None:
        """An online shop's next pin once its subjects have run: one product for the search
        pinned least so far (a gift occasion's in the days before it), on its board, linked
        to its own listing (review 27 #4); None without a search."""
        pins = self.rules.pins
        if channel != "pinterest" or pins is None or when is None:
            return None
        gifts = self._gift_searches(when)
        searches = list(dict.fromkeys([*gifts, *self.searches]))
        if not searches:
            return None
        if self.pin_subjects:  # what the pin shows, named (review 28 #3)
            # a search and a subject not pinned together yet: the search pinned least, each
            # search taking the subjects in turn from its own place in the list
            pairs = [
                (search, shown)
                for search in sorted(searches, key=lambda s: (self.pinned[s], searches.index(s)))
                for k in range(len(self.pin_subjects))
                if (
                    shown := self.pin_subjects[
                        (k + searches.index(search)) % len(self.pin_subjects)
                    ]
                )
                not in self.shown[search]
                and self._pin_season(shown, when)
                and self._fits(search, shown, gifts)
            ]
            # then each subject once under its own words (review 30 #1), never a search over a
            # subject it does not fit
            pairs += [
                ("", shown)
                for shown in self.pin_subjects
                if shown not in self.shown[""] and self._pin_season(shown, when)
            ]
            if fresh:
                # every pair has run: a search over a subject it fits, again with a new image
                # (a fresh pin for the same listing), once each (review 30 #1)
                pairs = [
                    (search, shown)
                    for search in [*sorted(searches, key=lambda s: self.pinned[s]), ""]
                    for shown in self.pin_subjects
                    if shown in self.shown[search] and (search, shown) not in self.fresh
                ]
            if not pairs:
                return None
            search, shown = pairs[0]
            if fresh:
                self.fresh.add((search, shown))
                self.pinned[search] += 1
                if search:
                    subject, board = self._search_board(search, gifts)
                    text = self.say(
                        "cal_pinterest_pin_fresh",
                        subject=subject,
                        what=board,
                        idea=self._own(shown),
                    )
                else:
                    said = self._own(shown)
                    text = self.say("cal_pinterest_pin_fresh_own", idea=said[:1].upper() + said[1:])
                self.texts.add(text)
                self.kind = "pin"
                return text
            self.shown[search].add(shown)
            self.pinned[search] += 1
            if search:
                subject, board = self._search_board(search, gifts)
                text = self.say(
                    "cal_pinterest_pin_on", subject=subject, what=board, idea=self._own(shown)
                )
            else:
                said = self._own(shown)
                text = self.say("cal_pinterest_pin_on_own", idea=said[:1].upper() + said[1:])
        else:
            search = min(searches, key=lambda s: (self.pinned[s], searches.index(s)))
            self.pinned[search] += 1
            subject, board = self._search_board(search, gifts)
            n = self.pinned[search]
            key = "cal_pinterest_pin" if n == 1 else "cal_pinterest_pin_again"
            text = self.say(key, subject=subject, what=board, n=n)
        self.texts.add(text)
        self.kind = "pin"
        return text

    def hires(self, idea: Idea) -> bool:
        """Whether an idea is a job post or names the trade's training or its franchisees."""
        return idea.kind in self.rules.recruit_kinds or bool(
            idea.value and contains_words(idea.value, self.recruit_words)
        )

    def _action(self, inputs: Inputs, short: bool) -> str:
        """The desired action as written; `short`: its first clause only, when it runs beyond a
        post's last line (« Book a tour directly on our website, where the price… » -> "Book a
        tour directly on our website"; data/ideas.yaml, calls.short)."""
        action = self._unscarce(inputs)
        third = self._third_link(inputs, action)
        if third:
            return third  # the page its link leads to, never the audience's deed (review 30b, V7)
        cut = self.rules.calls.short
        same = (inputs.answers_lang or self.say.lang) == self.say.lang  # a quote stays as written
        if same:
            action = hooks.unbracketed(action, cut.links)
        if not short:
            return self._advised(action, same)
        action = hooks.shortened(action, cut.words, cut.breaks, cut.links)
        # a bracket kept whole at the end, then the link's own: one bracket only (review 15, D1)
        return self._advised(hooks.unbracketed(action, cut.links) if same else action, same)

    def _third_link(self, inputs: Inputs, action: str) -> str:
        """The page a desired action written about the audience in the third person leads to (« le
        formulaire de souscription »), in the document's language; "" for an action said as a
        deed of the reader's (data/ideas.yaml, calls.third_person, third_links)."""
        calls = self.rules.calls
        openings = calls.third_person.get(inputs.answers_lang or self.say.lang, [])
        opened = action.lower().replace("\u2019", "'")
        if not any(opened.startswith(o) for o in openings):
            return ""
        for link in calls.third_links:
            if not link.words or contains_words(action, link.words):
                return link.said.get(self.say.lang, "")
        return ""

    def _next_step(self, inputs: Inputs) -> str:
        """The desired action's step after its first (« …, then pay the 4,000 GBP deposit
        before 31 May 2027 to receive the CAS »), said to the reader as the call says the whole
        action; "" for an action in one step."""
        action = self._unscarce(inputs)
        words = self.rules.calls.next_step.get(inputs.answers_lang or self.say.lang, [])
        marks = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        if not marks:
            return ""
        parts = re.split(rf",?\s+(?:{marks})\s+", action, maxsplit=1, flags=re.IGNORECASE)
        if len(parts) < 2 or len(parts[1].split()) < 2:
            return ""
        step = parts[1].strip(" .")
        same = (inputs.answers_lang or self.say.lang) == self.say.lang
        if not same:
            return self.say.loc.quote(step)
        rules = self.rules.hooks.get(self.say.lang)
        if rules is not None and inputs["address_form"] != "tu":
            return hooks.imperative(step, rules) or hooks.inline(step)
        return hooks.inline(step)

    def _unscarce(self, inputs: Inputs) -> str:
        """The desired action as written, without a scarcity claim unless the answers say stock
        or seats are short (review 25b: « before it sells out » on every post from December,
        three months before the tour; data/ideas.yaml, calls.scarcity)."""
        action = str(inputs["desired_action"] or "").strip().rstrip(".")
        calls = self.rules.calls
        if inputs["capacity"] in calls.scarce_capacity:
            return action
        return hooks.unscarce(action, [w for ws in calls.scarcity.values() for w in ws])

    def _clause(self, inputs: Inputs, words: list[str], ordered: bool) -> str:
        """The clause of the desired action that holds one of `words`, said as the call says
        the whole action (« pre-order the vinyl on Bandcamp »); empty when none does."""
        action = self._unscarce(inputs)
        clause = hooks.clause_with(action, words, self.rules.calls.short.links)
        if not clause:
            return ""
        same = (inputs.answers_lang or self.say.lang) == self.say.lang
        if not same:
            return self.say.loc.quote(clause)
        rules = self.rules.hooks.get(self.say.lang)
        if ordered and rules is not None and inputs["address_form"] != "tu":
            return hooks.imperative(clause, rules) or self.say.loc.quote(clause)
        return hooks.inline(clause)

    def _part(self, text: str, pillar: str, ordered: bool) -> str:
        """The part of the desired action a post speaks of, when a `part` reaction matches it
        (a post on the album ends on its pre-order, one on the public inquiry on the remark to
        file); empty otherwise (data/ideas.yaml, calls.reactions)."""
        calls = self.rules.calls
        for rule in calls.reactions:
            if not rule.part or (rule.pillars and pillar not in rule.pillars):
                continue
            words = [w for ws in rule.words.values() for w in ws]
            if not words or not hooks.contains_any(text, words):
                continue
            said = self._clause(self.inputs, words, ordered)
            dated, due = day_months(text), day_months(said)
            if dated and due and not dated & due:
                # a post on its own deadline never ends on another day (Northgate: a scholarship
                # « before 31 March » closed on « pay the deposit before 31 May 2027 »)
                continue
            if said:
                return hooks.voiced(said, calls.own_voice.get(self.say.lang, {}))
        return ""

    def _reacted(self, text: str, pillar: str, key: str, where: str) -> str:
        """The line a post ends on instead of the desired action, when a reaction matches it (a
        post on the album ends on its pre-order, a look behind the scenes on a question for the
        comments: data/ideas.yaml, calls.reactions; review 25a, 25b: the same call on 0.61 of a
        campaign's posts)."""
        calls = self.rules.calls
        said = self._part(text, pillar, key != "call_post")
        if said:
            return self.say(key, said=said, where=where)
        for rule in calls.reactions:
            if rule.part or not rule.phrase or (rule.pillars and pillar not in rule.pillars):
                continue
            words = [w for ws in rule.words.values() for w in ws]
            kinds = any(self.kind == k or self.kind.startswith(f"{k}_") for k in rule.kinds)
            if kinds or (words and hooks.contains_any(text, words)):
                return self.say(rule.phrase, where=where)
        return ""

    def _advised(self, action: str, same: bool) -> str:
        """The call's price said as advised when the legal box asks it (a franchise network's
        national posts: data/warnings.yaml, country_rules, fr_franchise_price)."""
        return (
            hooks.price_advised(action, self.say("price_advised"))
            if self.advised and same
            else action
        )

    def _call(self, inputs: Inputs, short: bool = False) -> str:
        """The desired action as the post's last line, in the person's words."""
        action = self._action(inputs, short)
        if self._third_link(inputs, self._unscarce(inputs)):
            return action  # already in the document's language
        same = (inputs.answers_lang or self.say.lang) == self.say.lang
        return hooks.inline(action) if same else self.say.loc.quote(action)

    def _ordered(self, inputs: Inputs, short: bool = False) -> str:
        """The desired action said to the reader ("Faites le test…"), in the person's words."""
        action = self._action(inputs, short)
        same = (inputs.answers_lang or self.say.lang) == self.say.lang
        rules = self.rules.hooks.get(self.say.lang)
        if self._third_link(inputs, self._unscarce(inputs)):
            return action  # a page named, no verb to turn
        if not same or rules is None or inputs["address_form"] == "tu":
            return self._call(inputs, short)
        # a verb or a pronoun the rules cannot turn: the action quoted, never broken French
        return hooks.imperative(action, rules) or self.say.loc.quote(action)

    def relinked(self, text: str, channel: str) -> str:
        """A post's text taken to another network: where its link goes there (in the bio on
        Instagram and TikTok)."""
        keys = ["call_where", *([self.where_key] if self.where_key else [])]
        for key in keys:
            if channel not in self.rules.calls.bio_links:  # Facebook has no bio (review 10, #5)
                text = text.replace(self.say(f"{key}_bio"), self.say(f"{key}_post"))
            else:
                text = text.replace(self.say(f"{key}_post"), self.say(f"{key}_bio"))
        if channel not in self.rules.stories_networks:
            # no Stories there: the takeover's video alone (review 26, Northgate's LinkedIn)
            text = text.replace(self.say("takeover_stories"), self.say("takeover_no_stories"))
        return text

    def uncalled(self, text: str) -> str:
        """A letter's text without its call to act (the first issue to people who just signed
        up: they have acted already)."""
        if not self.call:
            return text
        risk = " " + self.say("call_share_risk")
        risked = text.endswith(risk)
        text = text.removesuffix(risk)
        if self.campaign and not self.sharing:
            return text + (risk if risked else "")
        text = self._uncalled(text)
        words = [w for ws in self.rules.calls.share_risk.values() for w in ws]
        return text + (risk if risked and contains_words(text, words) else "")

    def _uncalled(self, text: str) -> str:
        """A letter's text without the call `uncalled` removes."""
        text = text.removesuffix(" " + self.say("call_letter_forward"))
        if self.sharing:
            key = "call_letter_share_referral" if self.referral else "call_letter_share"
            text = text.removesuffix(" " + self.say(key, said=self.call))
        if self.before_letter:
            text = text.removesuffix(" " + self.say("call_letter", said=self.before_letter))
        return text.removesuffix(" " + self.say("call_letter", said=self.call))

    def first_letter(self) -> str | None:
        """The first letter to a list already held: the desired action with its link, a tip for
        past customers (review 7, #1: the booking link, aftercare and the rebooking link)."""
        if not self.call or self.own_list:  # the list holds those who signed up already
            return None
        if self._waiting(None):
            return self.say("cal_newsletter_first_list_opening", day=self.opening)
        return self.say("cal_newsletter_first_list", said=self.call)

    def _fair_opening(self, inputs: Inputs) -> tuple[date | None, str, str]:
        """The day the plan opens stand bookings, when the desired action books a meeting at the
        fair it counts down to, and the action's other half (« ou demander un essai sur la ligne
        pilote »), to call for before that day, said to the reader and as a letter's button;
        (None, "", "") otherwise."""
        kn = self.say.catalogue
        words = [w for ws in self.rules.calls.fair_booking.values() for w in ws]
        day = second_event_day(inputs, kn)
        if day is None or not words or not is_fair(inputs, kn):
            return None, "", ""
        action = self._action(inputs, False)
        parts = re.split(r"\s+(?:ou|or)\s+", action, maxsplit=1)
        if not contains_words(parts[0], words):
            return None, "", ""
        other = parts[1] if len(parts) > 1 and not contains_words(parts[1], words) else ""
        said = letter = ""
        if other:
            same = (inputs.answers_lang or self.say.lang) == self.say.lang
            rules = self.rules.hooks.get(self.say.lang)
            letter = hooks.inline(other) if same else self.say.loc.quote(other)
            turned = hooks.imperative(other, rules) if same and rules else None
            said = turned or letter
        return day - timedelta(days=7 * FAIR_COUNTDOWN_WEEKS), said, letter

    def _price(self, inputs: Inputs) -> str:
        """The first clause of a proof point, then of the key message, that gives a price (« Pass
        18-30 à 9 € la place dès 3 spectacles »), as written; "" without one."""
        said = [*inputs.list("proof_points"), str(inputs["key_message"] or "")]
        clauses = [c.strip(" .") for text in said for c in re.split(r"\s*[;]\s*", text)]
        found = next((c for c in clauses if _PRICE.search(c)), "")
        if not found:
            return ""
        same = (inputs.answers_lang or self.say.lang) == self.say.lang
        return found if same else self.say.loc.quote(found)  # after a colon, as written

    def _waiting(self, when: date | None) -> bool:
        """Whether `when` (the plan's start when None) falls before the week the desired action
        becomes possible."""
        return self.opens is not None and (when or self.start) < self.opens

    def _waiting_call(self, channel: str, where: str) -> str:
        """A post's last line before the action is possible: what can be had today from the
        current offer, then the alert for the opening day, in turn (review 19, D3)."""
        day = self.opening
        if self.before:  # the action's other half, possible today
            if channel == "newsletter":
                return self.say("call_letter", said=self.before_letter)
            return self.say(f"call_{self.objective}", said=self.before, where=where)
        if channel == "newsletter":
            if self.price:
                return self.say("call_letter_opening_price", day=day, price=self.price)
            return self.say("call_letter_opening", day=day)
        self.waited += 1
        if self.waited % 2 and self.price:
            return self.say("call_opening_price", price=self.price, where=where)
        key = "call_opening_now" if self.waited % 2 else "call_opening_alert"
        return self.say(key, day=day, where=where)

    def _run_up(self, when: date | None) -> bool:
        """Whether `when` falls in the last days before a date the desired action names."""
        days = self.rules.calls.run_up_days
        return when is not None and any(0 <= (d - when).days <= days for d in self.deadlines)

    def _called(
        self, text: str, channel: str | None, pillar: str = "", when: date | None = None
    ) -> str:
        """`text` ending on its call to act (`_call_line`), then, for a post about the shares a
        plan invites to subscribe under the finance rules, one line on the risk (review 31b, V4:
        « si placer 250 € … est sûr … » with no word of the capital one can lose)."""
        said = self._call_line(text, channel, pillar, when)
        # a quoted answer keeps its own language: the words of every language are looked for
        risk = [w for ws in self.rules.calls.share_risk.values() for w in ws]
        if self.risk and channel is not None and contains_words(said, risk):
            return f"{said} {self.say('call_share_risk')}"
        return said

    def _silent(self, text: str, pillar: str) -> bool:
        """Whether a post ends on no call at all: a campaign's thanks or others' news, or an
        answer to worries the desired action does not name (review 31b, VN1: « Mettre en avant
        un coopérateur … Pour agir : le formulaire de souscription »; the answer to worried
        neighbours ending on the subscription button)."""
        if self.campaign and pillar in self.rules.calls.silent_pillars:
            return True
        return bool(self.worries) and contains_words(text, self.worries)

    def _call_line(
        self, text: str, channel: str | None, pillar: str = "", when: date | None = None
    ) -> str:
        """`text` ending on the call to act: a campaign's on one post in two on a network and on
        every letter (review 6, #7: « Signez la pétition : lien en bio »); beyond campaigns, by
        objective: a traffic plan's answers to the audience end on the tracked link, a leads
        plan's posts one in two on the offer, every letter on the desired action (review 7, #1)."""
        if (
            not self.call
            or channel is None
            or self.kind in ("action", "pin", "topic_sponsors", *HIRING)
        ):
            return text  # a job post ends on whom to call, never on the offer
        if channel in self.hiring_only:
            return text  # a network kept for job posts never sells (review 26 #5)
        if self._silent(text, pillar):
            # a post without a call all the same: the next one on the network may carry it
            self.since_call[channel] = self.since_call.get(channel, 1) + 1
            return text
        calls = self.rules.calls
        if channel == "newsletter" and self.own_list and not self.campaign:
            # its readers have signed up: they pass it on (review 8, #3)
            return f"{text} {self.say('call_letter_forward')}"
        if channel in OWN_CHANNELS:
            # a listing's post has its own button: no letter's call under it
            campaign = self.campaign and channel not in SHORT_OWN_CHANNELS
            if campaign or (calls.letters and channel == "newsletter"):
                if self._waiting(when):
                    return f"{text} {self._waiting_call(channel, '')}"
                said = self._part(text, pillar, False) or self.call
                if self.sharing and said == self.call:
                    key = "call_letter_share_referral" if self.referral else "call_letter_share"
                    return f"{text} {self.say(key, said=said)}"
                return f"{text} {self.say('call_letter', said=said)}"
            if channel == "blog" and self.objective in calls.posts:
                # an article is where a traffic or leads plan sends people: it ends on the action
                where = self.say("call_where_post")
                call = self.say(f"call_{self.objective}", said=self.ordered, where=where)
                return f"{text} {call}"
            return text
        where_key = self.where_key or "call_where"
        where = self.say(f"{where_key}_bio" if channel in calls.bio_links else f"{where_key}_post")
        if self.campaign:
            every, key, said = max(calls.every, self.sparing), "call_post", self.short_call
        elif self.objective in calls.posts:
            every, key, said = (
                max(calls.posts[self.objective], self.sparing),
                f"call_{self.objective}",
                self.next_call if channel in self.next_step_on else self.short_ordered,
            )
        else:
            return text
        if self.minors:
            return text
        if when is not None and when.isoweekday() == self.session_day:
            return text  # the day of the session booked: too late to book it (review 28new D11)
        # every post on the network counts: one in `every` at most carries the call (review 9b,
        # #8: 13 calls in four weeks), never a frame that promises no sales talk
        since = self.since_call.get(channel, every)
        self.since_call[channel] = since + 1
        # the week's deals always end on the action; a weekly takeover is no sales line
        weekly = self.kind in self.rules.weekly and self.kind != "topic_takeover"
        kept = calls.pillars.get(self.objective) if not self.campaign else None
        if kept and pillar not in kept and not weekly:
            return text
        run_up = calls.run_up.get(self.objective, []) if not self.campaign else []
        if pillar in run_up and not weekly and not self._run_up(when):
            return text
        if contains_words(text, calls.quiet.get(self.say.lang, [])):
            return text
        if self.elsewhere and contains_words(text, self.elsewhere):
            return text  # a volunteer's or a candidate's question: not the event's sign-up
        if self.minor_words and contains_words(text, self.minor_words):
            return text  # no purchase call on a post aimed at minors (review 11b, #4)
        if since < every and not weekly:
            return text
        self.since_call[channel] = 1
        if self._waiting(when):
            return f"{text} {self._waiting_call(channel, where)}"
        line = self._reacted(text, pillar, key, where)
        if line:
            return f"{text} {line}"
        dated, due = day_months(text), day_months(said)
        if dated and due and not dated & due:
            # a post on its own deadline never ends on another day (Northgate: a scholarship
            # « before 31 March » closed on « pay the deposit before 31 May 2027 »)
            return text
        if self.sharing and key == "call_post":
            # a member forwards the post; said in full once, then in a few words
            share = "call_share_referral" if self.referral else "call_share"
            if (share, "") in self.full_calls:
                return f"{text} {self.say('call_share_again')}"
            self.full_calls.add((share, ""))
            return f"{text} {self.say(share)}"
        said = hooks.voiced(said, calls.own_voice.get(self.say.lang, {}))
        # where the link is, the call's `where` says it: never « lien en bio » on a pin, nor twice
        said = hooks.unbioed(said, calls.bio_said.get(self.say.lang, []))
        if (key, said) in self.full_calls and f"{key}_again" in self.say.catalogue.phrases:
            # an instruction said in full once, then recalled in a few words (review 30b, G13:
            # « Last line, with the tracked link: click through… » on ~20 rows); the action
            # itself stays, short, for a post read alone in a scheduler (review 7, #1)
            return f"{text} {self.say(f'{key}_again', said=said, where=where)}"
        self.full_calls.add((key, said))
        return f"{text} {self.say(key, said=said, where=where)}"

    def carries(self, channel: str | None, kind: str) -> bool:
        """Whether a channel can carry this kind of idea (a listing never relays others)."""
        kinds = self.rules.channels.get(channel or "")
        return kinds is None or kind in kinds

    def can(self, pillar: str, channel: str | None) -> bool:
        """Whether the pillar has an idea not used yet that the channel can carry (any pillar
        can fill a channel that carries every kind)."""
        if channel in self.hiring_only:
            return any(self.hires(i) for i in self.pools[pillar])
        if (channel or "") not in self.rules.channels:
            return True
        return any(self.carries(channel, i.kind) for i in self.pools[pillar] if i not in self.used)

    def _months(self, idea: Idea) -> list[int] | None:
        """The months a topic's or a skill's subject happens in, when it is a seasonal one:
        as the answers say it (« pâturent … d'avril à novembre »), else by its words."""
        crafty = idea.kind == "craft" or idea.kind.startswith("craft_")
        topical = idea.kind in ("topic", "topic_scene") or idea.kind in self.topic_kinds
        if not topical and not crafty:
            return None
        said = stems(idea.value)
        for words, months in self.answer_seasons:
            if said & words:
                return months
        if crafty:
            return None
        for season in self.rules.seasons:
            if contains_words(idea.value, [w for words in season.words.values() for w in words]):
                return season.months
        return None

    def _far(self, value: str, when: date) -> bool:
        """Whether `value` names a date further from `when` than a post looks ahead (review 19,
        D3: « La présentation de saison du 17 juin 2027 » on the Google listing in January)."""
        ahead = self.rules.calls.listing_ahead_days
        found = clause_dates(value, when, when + timedelta(days=400)) if value else []
        return any((day - when).days > ahead for _first, day in found)

    def _gift_days(self, idea: Idea, when: date) -> int | None:
        """The days from `when` to a gift post's occasion (data/ideas.yaml gift_days), or None."""
        if idea.kind != "topic_gift" or not idea.value:
            return None
        for gift in self.rules.gift_days:
            if contains_words(idea.value, gift.all_words()):
                day = date(when.year, gift.month, gift.day)
                day = day if day >= when else date(when.year + 1, gift.month, gift.day)
                return (day - when).days
        return None

    def _in_season(self, idea: Idea, when: date | None) -> Idea:
        months = self._months(idea) if when else None
        if not months or when is None or when.month in months:
            return idea
        ahead = min((m - when.month) % 12 for m in months) <= self.rules.season_ahead_months
        if idea.kind == "topic_gift" and ahead:
            return idea  # a gift date is posted before it: what to give, until when to order
        return self.shape.season(idea, when, months, self.rules.season_ahead_months)

    def _fit(
        self,
        idea: Idea,
        channel: str | None,
        formats: list[str],
        fresh: bool = True,
        when: date | None = None,
    ) -> tuple[str, str] | None:
        """The idea's text in the format the channel has used least so far that fits it;
        with `fresh`, only a text not written yet."""
        if not self.carries(channel, idea.kind):
            return None
        if channel == "pinterest" and contains_words(idea.value, self.unsearched):
            return None  # a legal duty nobody searches for (review 27 #4: a CLP label pin)
        if idea.kind == "action" and self._waiting(when):
            return None  # how to do what cannot be done for months yet (review 19, D3)
        if when is not None and not idea.kind.startswith("proof") and self._far(idea.value, when):
            return None  # a post shows what is on now or soon, not an event months away
        idea = self._in_season(idea, when)
        if not self.carries(channel, idea.kind):
            return None  # out of season: a look back is no pin searched for (review 24, N4)
        shaped = [(f, idea.phrase(self.say, channel, f)) for f in formats]
        fits = [(f, text) for f, text in shaped if text and not (fresh and text in self.texts)]
        fact = contains_words(idea.value, self.marks) or measured_result(
            idea.value, self.say.catalogue
        )
        if idea.kind in ("proof", "proof_cause") and fact:
            # a distinction (a gold medal, a certification) or a measured result is shown as the
            # fact it is: a video frame would carry someone's words and lose it (review 12a, #7;
            # review 15, D8: « 6 hours a month saved » became « what your own path taught you »)
            fits = [ft for ft in fits if ft[0] in NEUTRAL_FORMATS] or fits
        scores = [w for words in self.rules.scores.values() for w in words]
        # a reach count neither (review 23b, D12: « 41,000 monthly listeners: a photo »)
        scored = contains_words(idea.value, scores) or vanity_count(idea.value, self.say.catalogue)
        if idea.kind in PROOFS and _numbers(idea.value) and scored:
            # a score or a rate has no photo: a visual or a line of text (review 19, D8)
            fits = [ft for ft in fits if ft[0] != "photo"] or fits
        if not fits:
            return None
        # a repeat takes a shape not written yet when the channel has one: the same subject, never
        # the same post twice (a subject runs on two networks since review 14, #5)
        fits = [ft for ft in fits if ft[1] not in self.texts] or fits
        fmt, text = min(fits, key=lambda ft: (self.formats[(channel, ft[0])], formats.index(ft[0])))
        self.formats[(channel, fmt)] += 1
        self.texts.add(text)
        self.kind = idea.kind
        return text, fmt

    def __call__(
        self, pillar: str, channel: str | None, formats: list[str], when: date | None = None
    ) -> tuple[str, str]:
        text, fmt = self._drawn_text(pillar, channel, formats, when)
        if self.bilingual and channel == self.main and when is not None:
            week = when.isocalendar()[:2]
            if week not in self.bilingual_weeks:
                # the language rule scheduled: the week's first post on the main network goes
                # out with a bilingual caption (review 21a, R6: 0 of 25 posts for the Dutch)
                self.bilingual_weeks.add(week)
                text = f"{text} {self.bilingual}"
        return text, fmt

    def _drawn_text(
        self, pillar: str, channel: str | None, formats: list[str], when: date | None
    ) -> tuple[str, str]:
        formats = formats or ["text"]
        self.wrote = None
        self.retelling = False
        if channel in SHORT_OWN_CHANNELS and "photo" in formats:
            formats = ["photo"]  # a listing's post goes out with a picture taken on site
        self.drawn = pillar
        if self._yields(pillar, channel):
            # a generic frame gives way to an audience question not posted yet (review 11a, #6)
            self.drawn = "audience_problems"
            pillar = "audience_problems"
        pool = self.pools[pillar]
        weekly = self._weekly(pool, channel, formats, when)
        if weekly:
            return self._called(weekly[0], channel, pillar, when), weekly[1]
        candidates = [i for i in pool if i not in self.used] + [i for i in self.order if i in pool]
        if channel in self.hiring_only:
            candidates = [i for i in candidates if self.hires(i)]
        if channel in self.career_off:
            candidates = [i for i in candidates if not self._career(i)]
        if channel in self.young and self.parent_words:
            candidates = [i for i in candidates if not contains_words(i.value, self.parent_words)]
        if channel in self.b2b_channels and self.b2b_words:
            # a professional's question goes first where professionals read (review 8b, #8)
            pro = [i for i in candidates if i.kind == "problem" and self._b2b(i)]
            candidates = pro + [i for i in candidates if i not in pro]
        if pillar == "audience_problems" and self.main and channel not in (self.main, None):
            # a question the main network has not answered yet waits for it (review 12b, #2: the
            # halal and gift questions only on TikTok, the main network's slots on the offer)
            # (behind the client's other subjects, never behind a generic frame)
            waiting = [i for i in candidates if i.kind == "problem" and i not in self.used]
            own = [i for i in candidates if i not in waiting and i.value and i not in self.used]
            candidates = own + waiting + [i for i in candidates if i not in own + waiting]
        generic = {"audience_problems": "faq", "own_offer": "offer_generic", "curation": "ask"}
        kind = generic.get(pillar, "faq")  # a pool of its own (pre-election): a question
        if not any(i.kind == kind for i in pool) or not self.carries(channel, kind):
            kind = "faq"  # left out by the sector's rules or the channel: a question answered
        # an idea in a shape not written yet; then any client's ideas not written yet; only
        # when all are spent, a repeat (never the same post twice in a month while one is left)
        picked = self._pick(candidates, channel, formats, kind, when)
        pillar = self.drawn  # a subject of another pillar's, filed under it (review 18, D1)
        if picked is None:
            # all of this pillar's subjects and frames have run here: a subject of the client's
            # from another pillar, not yet posted on this channel, filed under it, before the same
            # post twice (review 15, D6: « Une question à votre public sur ses habitudes » three
            # times as a YouTube long video; the bac twice on TikTok in eleven days)
            for other in (p for p in PILLARS if p != pillar):
                lent = [i for i in self.pools[other] if self._lent(i, channel)]
                own = self._week_last(lent, when)
                picked = self._draw(own, channel, formats, True, when)
                if picked is not None:
                    self.drawn = pillar = other
                    break
        if picked is None and formats[0] not in STOCK_FORMATS:
            # a long video's or a live's channel: a frame any client can post as a short video
            picked = self._stock(channel, formats, kind)
        if picked is None:
            # an online shop's pin: another product for a search, not a topic with an angle
            pin = self._pin(channel, formats, when)
            fmt = next((f for f in formats if f in NEUTRAL_FORMATS), formats[0])
            picked = (pin, fmt) if pin else None
            if picked is None and channel == "pinterest" and when is not None:
                # each search has shown each subject: a search's pin answers a question
                picked = self.question_pin(channel, when)
                if picked is not None:
                    self.drawn = "audience_problems"
            if picked is None and channel == "pinterest" and when is not None:
                # each question has run too: a fitting pair again, with a new image
                pin = self._pin(channel, formats, when, fresh=True)
                picked = (pin, fmt) if pin else None
        if picked is None:
            self.kind = kind
            picked = self._draw(candidates, channel, formats, False, when)
        if picked is None:
            # nothing of this pillar the channel carries: a subject of the client's from another
            # pillar, the one drawn least, before a bare frame over and over (review 20, D5:
            # « the question asked most this week » five times on Pinterest)
            for other in (p for p in PILLARS if p != pillar):
                lent = [i for i in self.pools[other] if self._lent(i, channel)]
                own = self._week_last(lent, when)
                picked = self._draw(own, channel, formats, False, when)
                if picked is not None:
                    self.drawn = pillar = other
                    break
        if picked is None:
            self.kind = kind
            self.wrote = Idea(kind)
            picked = self.say(f"idea_{kind}"), formats[0]
        text, fmt = picked
        self.log.append((when, channel, text, self.wrote))
        return self._again(self._called(text, channel, pillar, when), channel), fmt

    def _lent(self, idea: Idea, channel: str | None) -> bool:
        """Whether a subject of another pillar may fill this channel's slot: one of the client's
        own, and on a network kept for job posts, a job post or the trade's training."""
        if channel in self.career_off and self._career(idea):
            return False
        return bool(idea.value) and (channel not in self.hiring_only or self.hires(idea))

    def _career(self, idea: Idea) -> bool:
        """Whether an idea's subject is graduates' careers (data/ideas.yaml, careers)."""
        return bool(idea.value) and contains_words(idea.value, self.career_words)

    def _again(self, text: str, channel: str | None) -> str:
        """A post already written, when every subject and frame has run: said as the new take
        it must be (a new picture and opening line; on Pinterest a fresh pin to the same page),
        never the same post twice (review 20, D5: the waitlist's how-to six times on Pinterest
        in four weeks)."""
        self.said[text] += 1
        n = self.said[text]
        if n == 1 and self.retelling:
            n = 2  # a problem told again in new words: still a new take, with its angle
        if n == 1 or channel is None:
            return text
        if channel in self.hiring_only:
            # a job post is posted again while the job is open, never « the mistake to avoid »
            return self.say("idea_again_hiring", idea=text)
        # the subject the post opens on (« Layering for hikes and city days: a guide pin »),
        # then the angle this take has; an angle this post already had is skipped
        head = re.match(r"^([^:?!.]{3,90}?)\s?:\s(.+)$", text, re.S)
        again = text
        for _ in range(AGAIN_ANGLES):
            self.angles += 1
            angle = self.say(f"idea_again_angle_{(self.angles - 1) % AGAIN_ANGLES + 1}")
            if head is not None:
                again = self.say("idea_again", subject=head[1], angle=angle, idea=head[2])
            else:
                again = self.say(
                    "idea_again_bare", angle=hooks.capital(angle), idea=hooks.inline(text)
                )
            if again not in self.said:
                break
        self.said[again] += 1
        return again

    def refill(self, slots: list[Slot]) -> list[Slot]:
        """The audience's questions whose slot a notice took afterwards (a live's announcement, a
        job dating's), each back in a later slot: first one of the same network whose subject of
        the client's expertise says it again, then one holding a frame any client can post, on
        that network first, then on another social network (review 21b, D1: the tutorat
        question lost to « À venir : job dating », its slot on 3 févr. going to « Accompagnement
        des nouveaux diplômés : un geste de votre métier »; PQ's Python question lost to a
        live's announcement while « The mistake you see most often » ran)."""
        posted = [s.idea for s in slots if s.activity == "post"]
        on = {(idea, c) for _w, c, text, idea in self.log if any(text in p for p in posted)}
        shown = {idea for idea, _c in on}

        def placed(idea: Idea, channel: str | None) -> bool:
            # the main network gets each question once, even one answered elsewhere (review 12b,
            # #2; ideas33: the ingredients question, the parents' worry, lost its Instagram slot
            # to a Valentine's push and stayed on TikTok only)
            return (idea, channel) in on if channel == self.main else idea in shown

        lost = [
            (when, channel, idea)
            for when, channel, text, idea in self.log
            if idea is not None
            and idea.kind == "problem"
            and idea.value
            and not placed(idea, channel)
        ]
        taken: set[int] = set()
        ignore = self.rules.topic_repeat_ignore
        for when, channel, idea in lost:
            if when is None or placed(idea, channel):
                continue
            elsewhere = idea in shown  # answered on another network: here only
            later = [
                (n, net, text, held)
                for n, (day, net, text, held) in enumerate(self.log)
                if day is not None
                and day > when
                and held is not None
                and n not in taken
                and net is not None
                and net not in OWN_CHANNELS
                and any(text in p for p in posted)
            ]
            here = [x for x in later if x[1] == channel]
            same = [
                x
                for x in here
                if x[3].value
                and x[3].kind.startswith("craft")
                and repeats(x[3].value, [idea.value], 1, ignore)
            ]
            # a skill explained in a question's slot stood in for the questions: this one first
            stand_ins = [x for x in here if x[3].kind == EXPLAINED and x not in same]
            # a frame on this network, then on another social network (never a letter's)
            frames = [
                x
                for x in (here if elsewhere else later)
                if x[3].kind in self.rules.frames and not x[3].value
            ]
            frames.sort(key=lambda x: x[1] != channel)
            for n, net, text, _held in same + stand_ins + frames:
                day = self.log[n][0]
                at = next(
                    (
                        k
                        for k, s in enumerate(slots)
                        if s.network == net and s.date == day and text in s.idea
                    ),
                    None,
                )
                fmt = slots[at].format if at is not None else None
                said = idea.phrase(self.say, net, fmt) if at is not None and fmt else None
                if at is None or not said or any(said in p for p in posted):
                    continue  # (never the same post twice: another slot, in another shape)
                slots = [
                    s.model_copy(
                        update={"idea": s.idea.replace(text, said), "pillar": "audience_problems"}
                        if k == at
                        else {"idea": s.idea.replace(text, said)}
                    )
                    if s.date == day and text in s.idea and s.activity == "post"
                    else s
                    for k, s in enumerate(slots)
                ]
                taken.add(n)
                shown.add(idea)
                on.add((idea, net))
                break
        return slots

    def _yields(self, pillar: str, channel: str | None) -> bool:
        """Whether the next idea of `pillar` on `channel` is a generic frame (a neighbourhood
        event, an unnamed relay) while an audience question of the client's is not posted yet."""
        kinds = self.rules.yield_to_problems
        if pillar != "curation" or not kinds or (channel or "") in self.yielded:
            return False
        fresh = [
            i for i in self.pools[pillar] if i not in self.used and self.carries(channel, i.kind)
        ]
        if not fresh or fresh[0].kind not in kinds:
            return False
        # only the plain frame: a trade's own (a farm's market on the listing) keeps its slot
        key = f"cal_{channel}_{fresh[0].kind}"
        key = key if key in self.say.catalogue.phrases else f"idea_{fresh[0].kind}"
        if self.say.variant(key) != key:
            return False
        if not any(
            i.kind == "problem" and i not in self.used and self.carries(channel, i.kind)
            for i in self.pools["audience_problems"]
        ):
            return False
        self.yielded.add(channel or "")
        return True

    def _b2b(self, idea: Idea) -> bool:
        return contains_words(idea.value, self.b2b_words)

    def _slot_angles(self, inputs: Inputs) -> list[str]:
        """The lines that open the weekly post of the slots left, one a week in turn: the
        audience's questions that speak of those slots or of the action booking them (a vaccine's
        booster, a Saturday slot, a first puppy's vaccines), else all of them; none without a
        weekly capacity among the proofs."""
        offered = [p for p in inputs.list("proof_points") if _slots(p, self.say.catalogue)]
        if not offered:
            return []
        said = stems(" ".join([*offered, str(inputs["desired_action"] or "")]))
        problems = [str(p) for p in inputs.list("audience_problems")]
        near = [p for p in problems if stems(p) & said] or problems
        lines = []
        for value in near:
            hook = dict(self.shape.problem(value).figures)["hook"]
            quoted = not self.shape.same or hook == self.say("hook_quoted", problem=value)
            asked = self.say.loc.quote(value if quoted else hook.rstrip(" ."))
            lines.append(self.say("slots_angle", said=asked))
        return list(dict.fromkeys(lines))

    def slots_again(self, text: str, week: int) -> str:
        """The weekly post of the slots left, `week` weeks after its first: the same count and
        link, opened on the next of the audience's questions (never the same post twice)."""
        if len(self.slot_angles) < 2 or self.slot_angles[0] not in text:
            return text
        angle = self.slot_angles[week % len(self.slot_angles)]
        return text.replace(self.slot_angles[0], angle, 1)

    def _weekly(
        self, pool: list[Idea], channel: str | None, formats: list[str], when: date | None
    ) -> tuple[str, str] | None:
        """A weekly idea (a retailer's deals) on the week's first social post that can carry it,
        once a week, in the format used least (review 8, #2)."""
        if when is None or channel is None or channel in OWN_CHANNELS:
            return None
        week = when.isocalendar()[:2]
        month = (when.year, -when.month)  # a monthly idea's period, apart from the weeks
        for idea in (i for i in pool if i.kind in (*self.rules.weekly, *self.rules.monthly)):
            period = week if idea.kind in self.rules.weekly else month
            if period in self.weeks:
                continue
            if idea.kind in self.rules.month_end and not _month_end(
                when, self.rules.month_end_days
            ):
                continue  # a thank-you closes the month (review 26 #13)
            if not self.carries(channel, idea.kind):
                continue
            shaped = [(f, idea.phrase(self.say, channel, f)) for f in formats]
            if idea.kind == "slots_left" and self.slot_angles:
                shaped = [(f, t and f"{t} {self.slot_angles[0]}") for f, t in shaped]
            named = self._sponsor_post(idea, when) if idea.kind == "topic_sponsors" else ""
            if named:
                # the month's sponsor by name, never the rule of the series (review 27 #7),
                # in a picture: its text asks for a photo taken at the sponsor's (never a
                # text-only post on a social network)
                shaped = [(f, named) for f, _t in shaped if f in PICTURE_FORMATS] or shaped
            # a shape not written yet: the week's post varies, never the same post twice
            fits = [(f, t) for f, t in shaped if t and t not in self.texts]
            if not fits:
                continue
            fmt, text = min(
                fits, key=lambda ft: (self.formats[(channel, ft[0])], formats.index(ft[0]))
            )
            self.formats[(channel, fmt)] += 1
            self.texts.add(text)
            self.used.add(idea)
            if idea in self.order:
                self.order.remove(idea)
            self.order.append(idea)
            self.weeks.add(period)
            self.kind = idea.kind
            if named and text == named:
                self.sponsored += 1
            return text, fmt
        return None

    def _sponsor_post(self, idea: Idea, when: date) -> str:
        """The month's sponsor post: the next sponsor the answers name, in turn (« merci à nos
        sponsors (boulangerie Lemaire, Garage Collard, Brasserie du Condroz) »), a photo of the
        place and its people and an invitation to go there; a sponsor selling alcohol is left
        out of the portraits when minors follow (the minors warning's rule); "" without a name."""
        names = self.sponsor_names(idea.value)
        if not names:
            return ""
        name = names[self.sponsored % len(names)]
        return self.say("cal_sponsor_named", subject=hooks.capital(name), month=when)

    def sponsor_names(self, value: str) -> list[str]:
        """The sponsors a topic names, in its brackets or after its colon."""
        inner = re.search(r"\(([^()]+)\)|:\s*(.+)$", value)
        if inner is None:
            return []
        listed = next(g for g in inner.groups() if g)
        names = [n.strip(" .;") for n in re.split(r",|\s+(?:et|and)\s+", listed)]
        names = [n for n in names if n and len(n) <= 60]
        if self.minor_sponsors:
            names = [n for n in names if not contains_words(n, self.alcohol_words)]
        return names

    def _pick(
        self,
        candidates: list[Idea],
        channel: str | None,
        formats: list[str],
        kind: str,
        when: date | None,
    ) -> tuple[str, str] | None:
        """An idea not written yet, then a frame any client can post; None when all are spent.
        A subject already posted this week, on any network, comes after every other fresh
        subject of the client's, this pillar's then another's (review 21b, D6: Vallière's pilot
        line on LinkedIn on 20 and 21 January)."""
        if when is not None:
            posted = self.week_subjects.get(_monday(when), [])
            later = [i for i in candidates if any(same_subject(i, p, self.say) for p in posted)]
            if later:
                clean = [i for i in candidates if i not in later]
                fitted = self._pick_fresh([i for i in clean if i.value], channel, formats, when)
                # (a town's results never fill another slot: L52-1, as in _own_first)
                lenders = [p for p in PILLARS if not (self.public and p == "own_offer")]
                for other in (p for p in lenders if p != self.drawn and not fitted):
                    # a subject its post names (never « a client tells what they found »)
                    own = [
                        i
                        for i in self.pools[other]
                        if i.value
                        and (channel not in self.hiring_only or self.hires(i))
                        and not any(same_subject(i, p, self.say) for p in posted)
                        and any(names(i, i.phrase(self.say, channel, f), self.say) for f in formats)
                    ]
                    fitted = self._draw(own, channel, formats, True, when)
                    self.drawn = other if fitted else self.drawn
                fitted = fitted or self._pick_fresh(clean, channel, formats, when)
                if fitted:
                    return fitted
        fitted = self._pick_fresh(candidates, channel, formats, when)
        if fitted:
            return fitted
        if channel in self.hiring_only:
            # a network kept for job posts: what a candidate asks, a working day told, then the
            # job posts again in another shape, never a frame of the offer (review 26 #5)
            asked = [Idea(k) for k in self.rules.recruit_frames]
            fitted = self._draw(
                [i for i in asked if i not in self.used], channel, formats, True, when
            )
            return fitted or self._draw(
                self._week_last(candidates, when), channel, formats, True, when
            )
        if formats[0] not in STOCK_FORMATS:
            return None  # a long video's channel: the client's own subjects first (below)
        return self._stock(channel, formats, kind)

    def _week_last(self, ideas: list[Idea], when: date | None) -> list[Idea]:
        """`ideas`, those on a subject already posted in `when`'s week last (review 21b, D6)."""
        posted = self.week_subjects.get(_monday(when), []) if when is not None else []
        later = [i for i in ideas if any(same_subject(i, p, self.say) for p in posted)]
        return [i for i in ideas if i not in later] + later

    def _pick_fresh(
        self, candidates: list[Idea], channel: str | None, formats: list[str], when: date | None
    ) -> tuple[str, str] | None:
        """An idea not written yet, this month's and a gift's in its run-up first."""
        if when is not None:
            # an idea naming this month goes first (review 10, #3: « pourquoi il n'y a pas de
            # fromage frais en janvier et février » is January's post)
            now = [
                i for i in candidates if i not in self.used and when.month in named_months(i.value)
            ]
            candidates = now + [i for i in candidates if i not in now]
            # a gift occasion in its run-up goes first, on every network (review 14, #5)
            soon = [
                i
                for i in candidates
                if (d := self._gift_days(i, when)) is not None and d <= self.rules.gift_run_up_days
            ]
            candidates = soon + [i for i in candidates if i not in soon]
        if channel is not None and when is not None and self.rules.frames:
            fitted = self._own_first(candidates, channel, formats, when)
            if fitted:
                return fitted
        return self._draw(candidates, channel, formats, True, when)

    def _frame(self, idea: Idea) -> bool:
        """Whether the idea is a frame any client can post, with no subject of the client's, in
        its plain wording (a trade's own, « Store brand vs name brand », keeps its place)."""
        if idea.kind not in self.rules.frames or idea.value:
            return False
        if idea.kind == "feedback" and self.fans:
            return False  # a band's fan speaks of its own songs and shows: its subject
        key = f"idea_{idea.kind}"
        return self.say.variant(key) == key

    def _own_first(
        self, candidates: list[Idea], channel: str, formats: list[str], when: date
    ) -> tuple[str, str] | None:
        """The client's own subjects before a frame with no subject (data/ideas.yaml frames,
        review 18, D1): the pillar's not posted yet, in their order (the offer, a job post, staff
        voice, an event keep their slots); then its subjects not yet on this network (a question
        answered on another); then another pillar's not posted yet, in the shape of
        its kind and filed under it; None when only frames are left."""
        pillar = self.drawn
        subjects = [i for i in candidates if not self._frame(i)]
        # (a gift day in its run-up comes back first, on every network: review 14, #5)
        days = {i: self._gift_days(i, when) for i in subjects}
        soon = [i for i, d in days.items() if d is not None and d <= self.rules.gift_run_up_days]
        fresh = soon + [i for i in subjects if i not in self.used and i not in soon]
        fitted = self._draw(fresh, channel, formats, True, when)
        if fitted:
            return fitted
        lent = self.rules.lent_kinds
        # a town's results never fill another slot: they stay out before an election (L52-1)
        lenders = [p for p in PILLARS if not (self.public and p == "own_offer")]
        others = [
            (
                other,
                [i for i in self.pools[other] if i.kind in lent and i.value and i not in self.used],
            )
            for other in lenders
            if other != pillar
        ]
        if not set(formats) & set(NEUTRAL_FORMATS):
            # a fact is shown, never told by a customer on camera in its place (review 17,
            # NEW-5: « 1 400 installations » became « three filmed minutes with a customer »)
            others = [(w, [i for i in ideas if i.kind not in PROOFS]) for w, ideas in others]
        if pillar == "audience_problems":
            # a skill in a question's slot is explained: why it is done so (review 18, D1:
            # « Conception d'échangeurs tubulaires : pourquoi le tubulaire… en trois points »)
            others = [(w, [*map(self._explained, ideas), *ideas]) for w, ideas in others]
        again = [(pillar, [i for i in subjects if i in self.used])]
        for where, ideas in again + others:
            fitted = self._draw(ideas, channel, formats, True, when)
            if fitted and self.order[-1].kind == EXPLAINED:
                told = self.order[-1]
                lent_idea = Idea("craft", told.value, told.figures, told.note)
                self.used.add(lent_idea)
                self.order.append(lent_idea)
                self.ran.setdefault(lent_idea, set()).add(channel)
            if fitted:
                # a skill or a topic explained answers the audience: it keeps a question's slot;
                # a proof is the offer's (review 17, NEW-4: « 1 400 installations » filed under
                # « Les questions de votre public »)
                # a topic filed elsewhere by its words (backstage, the team) is no question
                # either (review 22b, D9)
                keeps = pillar == "audience_problems" and self.kind not in (*PROOFS, "topic_scene")
                self.drawn = pillar if keeps else where
                return fitted
        return None

    @staticmethod
    def _explained(idea: Idea) -> Idea:
        """A plain skill as an explainer; any other idea as it is."""
        if idea.kind != "craft":
            return idea
        return Idea(EXPLAINED, idea.value, idea.figures, idea.note)

    def _stock(self, channel: str | None, formats: list[str], kind: str) -> tuple[str, str] | None:
        """A frame any client can post, not written yet: a short text, a picture or a short
        video, never a long video, a live or an episode (review 15, D6: « votre réponse en trois
        lignes » as a YouTube long video); None when the channel takes none of those."""
        short = [f for f in formats if f in STOCK_FORMATS]
        if not short:
            return None
        fmt = short[0]
        for other in (kind, *self.stock):
            text = self.say(f"idea_{other}")
            if self.carries(channel, other) and text not in self.texts:
                self.texts.add(text)
                self.kind = other
                self.wrote = Idea(other)
                return text, fmt
        return None

    def redraw(
        self, question: Idea, channel: str, formats: list[str], when: date, replaced: str
    ) -> tuple[str, str] | None:
        """`question` drawn again on `channel` in one of `formats` for `when`, in the place of
        the post `replaced` (the calendar's offer cap gives an offer post to the public's
        questions), counted as a draw of it like any other; the week's bilingual caption the
        post carried stays with its place (review 21a, R6). None when it fits no format."""
        picked = self._draw([question], channel, formats, False, when)
        if picked is None:
            return None
        # the call to act a question drawn in its own place would end on (review 7, #1)
        text = self._called(picked[0], channel, "audience_problems", when)
        if self.bilingual and replaced.endswith(self.bilingual):
            text = f"{text} {self.bilingual}"
        return text, picked[1]

    def _draw(
        self,
        candidates: list[Idea],
        channel: str | None,
        formats: list[str],
        fresh: bool,
        when: date | None,
    ) -> tuple[str, str] | None:
        if not fresh and channel:
            # a repeat, when all is spent: a subject not yet on this channel first, then the
            # one that ran least
            # (the one drawn least first: no idea a third time while another ran once;
            # review 20, D5: the waitlist's how-to six times on Pinterest in four weeks)
            def runs(i: Idea) -> tuple[int, bool, int]:
                ran = self.ran.get(i, set())
                return self.times[(i, channel)], channel in ran, len(ran)

            candidates = sorted(candidates, key=runs)
        if fresh:  # a subject already posted this week last (review 21b, D6)
            candidates = self._week_last(candidates, when)
        for idea in candidates:
            named = named_months(idea.value) if when is not None else []
            if when is not None and named and when.month not in named:
                continue  # « les chevreaux en mars » goes out in March (review 9b, #1)
            crafty = idea.kind == "craft" or idea.kind.startswith("craft_")
            months = self._months(idea) if crafty and when is not None else None
            if when is not None and months and when.month not in months:
                continue  # « au pâturage » stays out of January (review 10, #3)
            gift = self._gift_days(idea, when) if when is not None else None
            if gift is not None and gift > self.rules.gift_run_up_days:
                continue  # a gift date's post waits for its run-up (review 14, #5)
            ran = self.ran.get(idea, set())
            # (the main network still gets each of them once, a letter counts for none)
            twice = len(ran - set(OWN_CHANNELS)) >= 2 and channel != self.main
            capped = fresh and idea.value and channel and (channel in ran or twice)
            if capped and gift is None:
                continue
            again = self.times[(idea, channel)]  # drawn on this network already
            told = self.shape.retold(idea, again) if idea.kind == "problem" and again else idea
            fitted = self._fit(told, channel, formats, fresh, when)
            self.retelling = told is not idea  # its new wording is still a repeat (_again)
            if fitted:
                self.times[(idea, channel)] += 1
                if idea.value and channel:
                    self.ran.setdefault(idea, set()).add(channel)
                if when is not None:
                    self.week_subjects.setdefault(_monday(when), []).append(idea)
                # all used: the least recent comes back (a week's deal drawn first left `order`
                # without entering it again: the food truck at 8 h a week crashed here)
                if idea in self.order:
                    self.order.remove(idea)
                self.used.add(idea)
                self.order.append(idea)
                self.wrote = idea
                return fitted
        return None


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def same_subject(a: Idea, b: Idea, say: Words) -> bool:
    """Whether two ideas are on one subject: two kinds calendar.yaml counts as one subject (a
    job post), or two words in a row that both their subjects say (« ligne pilote »), neither a
    word that makes no subject (review 21b, D6)."""
    rules = say.catalogue.calendar
    once = rules.week_once_kinds
    if a.kind in once and b.kind in once:
        return True
    if not a.value or not b.value:
        return False
    stop = {_fold(w) for ws in rules.subject_stopwords.values() for w in ws}
    return bool(_pairs(a.value, stop) & _pairs(b.value, stop))


def names(idea: Idea, text: str | None, say: Words) -> bool:
    """Whether a post's text names its idea's subject: one of its words that can name one."""
    stop = {_fold(w) for ws in say.catalogue.calendar.subject_stopwords.values() for w in ws}
    said = set(re.findall(r"[^\W\d_]+", _fold(text or "")))
    return any(len(w) >= 4 and w not in stop and w in said for w in _words_of(idea.value))


def _words_of(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", _fold(text))


def _pairs(text: str, stop: set[str]) -> set[tuple[str, str]]:
    """The pairs of words in a row of `text`, folded, a plural's s dropped, that can name a
    subject: three letters or more, no number, no word in `stop`."""
    said = re.findall(r"[^\W\d_]+", _fold(text))
    words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in said]
    good = [len(w) >= 3 and w not in stop for w in words]
    return {(words[k], words[k + 1]) for k in range(len(words) - 1) if good[k] and good[k + 1]}


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
        Ritual(
            what=say("ritual_answer", answer_within=answer_within),
            # a promise of two days is kept by looking every other day (review 26 #20)
            frequency=say("every_other_day" if answer_within >= ANSWER_TWO_DAYS else "every_day"),
        ),
        # a working habit, never a post (review 9a, #2): the week's most asked question
        Ritual(what=say("ritual_questions"), frequency=say("every_week")),
        Ritual(what=say("ritual_credit"), frequency=say("every_time")),
    ]
    total = sum(n.posts_per_week for n in posting)
    if inputs["voice"] == "personal" and not _public_or_support(inputs) and total > 0:
        # an opinion of one's own, never more often than one posts, at most once a week; every
        # other week for a person alone with a few hours (review 31a, C10)
        most = 0.5 if few_hours_alone(inputs, kn) else 1.0
        rituals.append(
            Ritual(
                what=say("ritual_opinion"), frequency=say("ritual_rhythm", posts=min(total, most))
            )
        )
    rituals.append(Ritual(what=say("ritual_compliment"), frequency=say("every_week")))
    links = [n.id for n in active if n.id in LINK_NETWORKS]
    # never on the network meant to send people to the site (a traffic plan's main network), nor
    # on a campaign's X, which relays each fact with the petition link (review 7, #1)
    if inputs["objective"] in LINK_OWN_MAIN:
        main = {n.id for n in active if n.role == "primary"}
        links = [nid for nid in links if nid not in main]
    if campaign(inputs, kn):
        links = [nid for nid in links if nid != "x"]
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
    if podcast(inputs, kn) and inputs["desired_action"]:
        action = str(inputs["desired_action"]).strip().rstrip(".")
        same = (inputs.answers_lang or say.lang) == say.lang
        said = hooks.inline(action) if same else say.loc.quote(action)
        what, every = say("ritual_podcast", said=said), say("every_episode")
        rituals.append(Ritual(what=what, frequency=every))
    return rituals


def podcast(inputs: Inputs, kn: Catalogue) -> bool:
    """A podcast the person records: the audio format, and a podcast named in the answers
    (data/ideas.yaml, topic_kinds topic_podcast; review 8, #3)."""
    kind = next((k for k in kn.ideas.topic_kinds if k.kind == "topic_podcast"), None)
    if kind is None or "audio" not in inputs.list("formats"):
        return False
    said = [str(v) for q in ("topics", "proof_points") for v in inputs.list(q)]
    return contains_words(" ".join([*said, str(inputs["offer"] or "")]), kind.all_words())


def bilingual_caption(inputs: Inputs, say: Words) -> str:
    """The line a post aimed at a foreign audience carries when one other language is read
    beside the posts' own (the Dutch beside a French tourist office's posts): « légende en
    français et en néerlandais »; nothing otherwise."""
    found = named_countries(inputs, say)
    if not found:
        return ""
    rule = say.catalogue.ideas.audience_languages
    written = str(inputs.answers_lang or say.lang)
    other = other_languages(inputs, say, found)
    if len(other) != 1 or written == "en" or written not in rule.names:
        return ""  # English posts take a line in the other language (tone_languages_one_english)
    return say(
        "cal_bilingual_caption",
        language=rule.names[written](say.lang),
        languages=rule.names[other[0]](say.lang),
    )


def audience_language_lines(inputs: Inputs, say: Words) -> list[str]:
    """An international audience's lines (review 15, D4): which language on which channel when
    the countries its description names read another language than the posts', or a prompt to
    decide when it names none; two lives when its time zones lie far apart."""
    found = named_countries(inputs, say)
    if found is None:
        return []
    if not found:
        return [say("tone_languages_unknown")]
    rule = say.catalogue.ideas.audience_languages
    written = inputs.answers_lang or say.lang
    other = other_languages(inputs, say, found)
    lines = []
    if other:
        names = [rule.names[lang](say.lang) for lang in other]
        english = "_english" if written == "en" else ""
        if len(other) == 1:
            # one other language (the Dutch beside French-reading Belgians): that language
            # where it is read, bilingual captions on the main network, never English as a
            # go-between (review 20, D3); those abroad who read the posts' language get them
            shared = any(written in c.languages and c.code != inputs["country"] for c in found)
            lines.append(say(f"tone_languages_one{english}", languages=names[0]))
            if shared:
                lines.append(say("tone_languages_same"))
        else:
            # English only when the foreign audiences share no language
            lines.append(say(f"tone_languages{english}", languages=say.loc.join(names)))
    home = [c for c in rule.countries if c.code and c.code == inputs["country"]]
    zones = [c.utc for c in found + home]
    west, east = min(zones), max(zones)
    if "live" in inputs.list("formats") and east - west >= rule.spread_hours:

        def utc(hours: float) -> str:
            sign = "+" if hours >= 0 else "−"
            whole, half = divmod(abs(hours), 1)
            return f"{sign}{int(whole)}" + (":30" if half else "")

        lines.append(say("tone_time_zones", west=utc(west), east=utc(east)))
    return lines


# the reach of an audience that may read another of its country's languages (review 25b #13:
# « une ligne en néerlandais quand vous visez toute la Belgique » for a Condroz village club)
LANGUAGES_REACH = ("national", "international")


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
    # a country of several languages: which one the posts are in (review 9a, #6), for an
    # audience across the country or beyond; a village club's families read one (review 25b #13)
    languages = kn.ideas.post_languages.get(str(inputs["country"] or ""))
    if languages and say.lang in languages and inputs["audience_geo"] in LANGUAGES_REACH:
        tone += " " + languages[say.lang]
    tone = " ".join([tone, *audience_language_lines(inputs, say)])

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
