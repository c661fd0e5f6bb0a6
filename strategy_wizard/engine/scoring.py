"""How well each network fits the objective thread: a 0-100 score and its parts.

The score weighs audience, market, objective, formats and reach (weights in the data), so the
reasons given later can name the part that made the difference. A doctrine of the source
material the plain scores would miss (Pinterest for online sales of visual products) adds its
points openly, as a boost the reasons cite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.model.bank import contains_words, fold, found_words
from strategy_wizard.model.catalogue import Boost, Catalogue, Network, Thresholds


@dataclass(frozen=True)
class Fit:
    network: Network
    parts: dict[str, float]  # each 0..1
    score: int
    boosts: list[Boost] = field(default_factory=list)
    eligible: bool = True  # False: the person cannot have it (a listing without premises)
    start_cost: int = 0  # points taken off a network never named (opening it costs a page)

    @property
    def weakest(self) -> str:
        return min(self.parts, key=lambda k: (self.parts[k], k))

    @property
    def strongest(self) -> str:
        return max(self.parts, key=lambda k: (self.parts[k], k))


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def for_candidates(inputs: Inputs) -> bool:
    """Whether the audience is people to hire (a recruitment objective, or only candidates): they
    are scored as the people they are, by their ages and where they live, never by the market the
    organisation sells to (machinists are not "businesses" because their employer sells B2B)."""
    types = inputs.list("audience_types")
    return inputs["objective"] == "recruitment" or (bool(types) and set(types) <= {"candidates"})


def objective_channel(inputs: Inputs, th: Thresholds) -> tuple[str, float] | None:
    """The own channel the person already runs that the objective's metric names (newsletter
    subscribers), with the issues a week the answers say it goes out now; None when the metric
    names none, the person does not run it, or no cadence is said (review 8a, #3)."""
    metric = str((inputs["target"] or {}).get("metric") or "")
    said = " ".join(str(inputs[k] or "") for k in ("offer", "desired_action", "key_message"))
    for nid, words in th.objective_channel_words.items():
        if nid not in inputs.list("current_networks"):
            continue
        every = [w for lang in words.values() for w in lang]
        if not contains_words(metric, every):
            continue
        for posts, cadence in sorted(th.cadence_words.items(), key=lambda kv: -kv[0]):
            if contains_words(said, [w for lang in cadence.values() for w in lang]):
                return nid, posts
    return None


def weekly_order(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the sale is a weekly order with a deadline (« commander avant le jeudi midi et
    retirer le vendredi »): the desired action names an order and a weekly day or cadence
    (review 9b, #6)."""
    said = str(inputs["desired_action"] or "")
    orders = [w for ws in th.weekly_order_words.values() for w in ws]
    weekly = [w for ws in th.weekly_deadline_words.values() for w in ws]
    return (
        inputs["objective"] == "sales"
        and contains_words(said, orders)
        and contains_words(said, weekly)
    )


def review_site(inputs: Inputs, th: Thresholds) -> str | None:
    """For a sector where reviews decide the booking, the review site the answers name where
    customers leave reviews (« 4.9 from 2,860 TripAdvisor reviews »), else None (review 9b, #6).
    A site named only as a seller (« the same price as on Viator ») is not taken for it."""
    if inputs["sector"] not in th.review_sectors:
        return None
    said = [str(p) for p in inputs.list("proof_points")]
    said += re.split(r"[;.]\s", str(inputs["audience_description"] or ""))
    points = [p for p in said if contains_words(p, ["review", "reviews", "avis"])]
    return next((w for w in th.review_sites for p in points if contains_words(p, [w])), None)


def site_count(inputs: Inputs, th: Thresholds) -> int | None:
    """How many sites (stores, agencies) the answers name, from « 38 stores »; None for one or
    none said (review 8a, #5)."""
    said = " ".join(str(inputs[k] or "") for k in ("offer", "audience_description", "key_message"))
    said += " " + " ".join(str(p) for p in inputs.list("proof_points"))
    words = "|".join(re.escape(w) for w in sorted(th.site_words, key=len, reverse=True))
    counts = [
        int(m.group(1).replace(",", ""))
        for m in re.finditer(rf"\b(\d[\d,]*)\s+(?:[\w-]+\s+)?(?:{words})\b", said, re.I)
    ]
    best = max(counts, default=0)
    return best if best >= th.multi_site_min else None


def franchise_network(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the answers describe a franchise network (« 14 franchisées », « our franchisees »,
    data/thresholds.yaml `franchise_words`) of several shops: the head office speaks, the
    franchisees sell, and they are partners of the network (review 22b, D5)."""
    words = [w for ws in th.franchise_words.values() for w in ws]
    said = " ".join(str(inputs[k] or "") for k in ("offer", "audience_description"))
    return bool(words) and contains_words(said, words) and site_count(inputs, th) is not None


def outlet_network(inputs: Inputs, th: Thresholds) -> int | None:
    """The number of shops of a network whose sale happens in each of them (a chain or a
    franchise of shops, an objective of sales or footfall), else None: its ads aim at each
    outlet's surroundings (review 22b, D5)."""
    if inputs["premises"] != "shop" or inputs["objective"] not in th.outlet_ads_objectives:
        return None
    return site_count(inputs, th)


def pilot_outlet(inputs: Inputs, th: Thresholds) -> tuple[str, str, str] | None:
    """The outlet a proof names with a figure of the target's metric above its starting figure
    (« La boutique de Saumur … en vend 63 par jour » for an average of 41): its name, that
    figure, the starting figure. It is the pilot to replicate, not a starting figure (review
    22b, D5). None for one site, or none named so."""
    target = inputs["target"] or {}
    baseline = target.get("baseline") if isinstance(target, dict) else None
    if site_count(inputs, th) is None or not baseline or not th.site_one_words:
        return None
    ones = "|".join(re.escape(w) for w in sorted(th.site_one_words, key=len, reverse=True))
    named = re.compile(rf"\b(?:{ones})\s+(?:de\s+|d'|du\s+|in\s+|at\s+|of\s+)?([A-ZÀ-Ý][\w'-]+)")
    for proof in inputs.list("proof_points"):
        m = named.search(str(proof))
        if m is None:
            continue
        figures = [_figure(f) for f in re.finditer(r"(\d[\d,.\s]*\d|\d)", str(proof))]
        above = [f for f in figures if float(baseline) < f <= 3 * float(baseline)]
        if above:
            return m.group(1), str(above[0]), f"{float(baseline):g}"
    return None


def adults_decide(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the answers say the adults (parents, buyers) are the ones who act: one clause of
    the audience description names them with a decision word (« parents … who decide on the
    weekend »). Never read from the order of the ticked age bands (review 8b, #3)."""
    text = inputs["audience_description"] or ""
    clauses = re.split(r"[;.]", text)
    return any(
        contains_words(c, th.adult_words) and contains_words(c, th.decision_words) for c in clauses
    )


def young_buy_themselves(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the answers say the young buy with their own money (« avec leur argent de poche
    ou leur job étudiant »): one clause that names no adult holds an own-money phrase. The
    parents who pay now and then are then no network of their own (review 11b, #1)."""
    text = inputs["audience_description"] or ""
    return any(
        contains_words(c, th.own_money_words) and not contains_words(c, th.adult_words)
        for c in re.split(r"[;.]", text)
    )


def side_minors(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the minors ticked (13-17) are a small side group of the audience: the one clause
    of the description that names them says so (« a smaller group of parents who bring their
    teenagers to the two all-ages shows »). They then drive neither the mix nor the ads: the
    core audience's ages do (review 23b, D3)."""
    if "13-17" not in inputs.list("audience_ages"):
        return False
    teens = [w for ws in th.teen_words.values() for w in ws]
    side = [w for ws in th.side_words.values() for w in ws]
    clauses = [c for c in re.split(r"[;.]", str(inputs["audience_description"] or "")) if c]
    named = [c for c in clauses if contains_words(c, teens)]
    return len(named) == 1 and contains_words(named[0], side)


def date_series(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the offer is a series of dated shows in several places (a tour), by its words
    (data/thresholds.yaml `date_series_words`; review 23b, D3)."""
    words = [w for ws in th.date_series_words.values() for w in ws]
    return contains_words(str(inputs["offer"] or ""), words)


def youngest_band(inputs: Inputs, th: Thresholds) -> str | None:
    """The youngest band aimed at when it is a young one (13-17, 18-24), else None; None too
    when the young bands are a small part of those ticked (one in four). Young
    candidates (apprentices from 16) are not a young audience whose parents pay: the adults who
    apply, and the parents who advise, weigh as much as they."""
    if for_candidates(inputs):
        return None
    ages = inputs.list("audience_ages")
    young = [
        b for b in ages if b in th.young_bands and not (b == "13-17" and side_minors(inputs, th))
    ]
    if young and len(young) <= len(ages) * th.young_band_minority_share:
        # pupils among parents, residents and commuters: the adults are the audience, and the
        # whole-audience rule picks the main network; the young are reached on the side
        return None
    return next((b for b in th.young_bands if b in ages), None)


def _band_range(band: str) -> tuple[int, int]:
    """An age band's first and last age: « 18-24 » → (18, 24), « 65+ » → (65, 120)."""
    low, _, high = band.rstrip("+").partition("-")
    return int(low), int(high) if high else 120


def minors_band(band: str | None) -> bool:
    """Whether an age band is one of minors (« 13-17 »): their parents sign for them."""
    return band is not None and _band_range(band)[1] < 18


def adults_fit(net: Network, inputs: Inputs, th: Thresholds) -> float | None:
    """How well the network reaches the adult bands ticked (the parents beside their
    children), else None when every band ticked is a young one."""
    return _mean([net.ages[a] for a in inputs.list("audience_ages") if a not in th.young_bands])


def target_group(inputs: Inputs, th: Thresholds) -> tuple[int, int] | None:
    """The age group the objective is about, from the target's metric, then a sentence of the
    audience description that puts it first (« D'abord les 18-30 ans »): a range said in figures
    (« Pass 18-30 », "aged 18 to 30"), else words for one (« étudiants », "young adults"); None
    when none is said. A description's range for the whole audience (« de 25 à 55 ans ») is not
    one slice of it (review 19, D1)."""
    metric = str((inputs["target"] or {}).get("metric") or "")
    sentences = re.split(r"(?<=[.;!?])\s+", str(inputs["audience_description"] or ""))
    first = [w for ws in th.target_first_words.values() for w in ws]
    texts = [metric, *(t for t in sentences if contains_words(t, first))]
    for text in texts:
        for pattern in (p for ps in th.target_age_patterns.values() for p in ps):
            for m in re.finditer(pattern, text, re.I):
                low, high = int(m.group(1)), int(m.group(2))
                if 13 <= low < high:
                    return low, high
    said = [
        rng
        for text in texts
        for words in th.target_age_words.values()
        for word, rng in words.items()
        if contains_words(text, [word])
    ]
    if said:
        return min(r[0] for r in said), max(r[1] for r in said)
    return None


def target_bands(inputs: Inputs, th: Thresholds) -> list[str]:
    """The bands ticked that overlap the age group the objective is about, when they are only
    part of those ticked (a theatre's 18-30s beside its older subscribers); else none."""
    group = target_group(inputs, th)
    ages = inputs.list("audience_ages")
    if group is None:
        return []
    low, high = group
    overlap = [a for a in ages if _band_range(a)[0] <= high and _band_range(a)[1] >= low]
    return overlap if 0 < len(overlap) < len(ages) else []


def age_fit(net: Network, inputs: Inputs, th: Thresholds) -> float | None:
    """How well the network reaches the age bands aimed at. The bands the objective is about
    weigh most, the others stay as the base (review 19, D1). A young band present is not masked
    by an older one (teenagers and the parents who pay): it weighs its own share of the fit."""
    ages = inputs.list("audience_ages")
    mean = _mean([net.ages[a] for a in ages])
    aimed = target_bands(inputs, th)
    if mean is not None and aimed:
        w = th.target_age_weight
        return sum(net.ages[a] for a in aimed) / len(aimed) * w + mean * (1 - w)
    young = youngest_band(inputs, th)
    if mean is None or young is None or len(ages) == 1:
        return mean
    w = th.young_band_weight
    return net.ages[young] * w + mean * (1 - w)


def event_site(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the organisation is a yearly event (a festival, a fair), by its offer's words.
    People do not find it by searching "near me" week after week; they look for its dates."""
    words = [w for ws in th.event_words.values() for w in ws]
    return contains_words(str(inputs["offer"] or ""), words)


_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")


def returning_share(inputs: Inputs, th: Thresholds) -> float | None:
    """The share of customers who come back, in % (the highest a proof point gives: "62 % de
    clients qui reviennent", "70% of 2026 ticket buyers had been before"), else None."""
    words = [w for ws in th.returning_words.values() for w in ws]
    shares = [
        float(m.group(1).replace(",", "."))
        for point in inputs.list("proof_points")
        if contains_words(str(point), words)
        for m in _PERCENT.finditer(str(point))
    ]
    return max((s for s in shares if s <= 100), default=None)


_COUNTED = re.compile(r"(\d[\d\u202f\u00a0 .,]*\d|\d)\s+([^\W\d]+(?:\s+[^\W\d]+)?)")


def member_count(inputs: Inputs, th: Thresholds) -> int | None:
    """The members a proof point counts, the number right before the word (« 480 membres
    cotisants », "480 paying members" read as 480, never the year after them), else None.
    A count of members is no consent to be written to: only a list the answers say they already
    send (the letter among their channels) is one (review 25b, #4: « 142 jeunes affiliés », the
    youth players of a club, read as 142 members who agreed to get its news)."""
    if th.returning_channel not in inputs.list("current_networks"):
        return None
    best = _most_counted(inputs, [w for ws in th.member_words.values() for w in ws])
    return best if best >= th.members_min else None


def _most_counted(inputs: Inputs, words: list[str]) -> int:
    """The largest number a proof point puts right before one of `words`, else 0."""
    counts = [
        _figure(m)
        for point in inputs.list("proof_points")
        for m in _COUNTED.finditer(str(point))
        if contains_words(m.group(2), words)
    ]
    return max(counts, default=0)


def list_sells(
    inputs: Inputs,
    th: Thresholds,
    other_lists: dict[str, list[str]],
    email_lists: dict[str, list[str]],
) -> int | None:
    """The subscribers of a list that sells: an online seller aiming at sales who runs the
    newsletter and counts its subscribers in the answers (« 14,200 subscribers »), at least
    `list_sells_min`; None otherwise (review 15, D3)."""
    if (
        inputs["objective"] not in th.list_sells_objectives
        or inputs["premises"] not in th.list_sells_premises
        or th.returning_channel not in inputs.list("current_networks")
    ):
        return None
    words = [w for ws in th.list_sells_words.values() for w in ws]
    counts = [
        # "Email list of 182,000 and SMS list of 41,000 subscribers": the newsletter writes to
        # the email list, never the SMS one (review 20, D4; kpis reads the same way)
        email_list_count(str(point)[: m.start()], other_lists, email_lists) or _figure(m)
        for point in inputs.list("proof_points")
        for m in _COUNTED.finditer(str(point))
        if contains_words(m.group(2), words)
    ]
    best = int(max(counts, default=0))
    return best if best >= th.list_sells_min else None


def _figure(m: re.Match[str]) -> int:
    """The number a `_COUNTED` match puts before its words (« 14 200 » read as 14200)."""
    return int(re.sub(r"\D", "", m.group(1)))


def email_list_count(
    before: str, others: dict[str, list[str]], emails: dict[str, list[str]]
) -> float | None:
    """When the words just before a count name another channel's list (SMS), the count an
    email list's words (`emails`) name earlier in `before`; None otherwise."""
    other_words = [w for ws in others.values() for w in ws]
    email_words = [w for ws in emails.values() for w in ws]
    near = before[-30:]
    if not other_words or not contains_words(near, other_words):
        return None
    if contains_words(near, email_words):
        return None
    names = "|".join(re.escape(fold(w)) for w in email_words)
    found = re.search(
        rf"(?<!\w)(?:{names})(?!\w)\D{{0,25}}?(\d{{1,3}}(?:[\s.,]\d{{3}})+|\d+)", fold(before)
    )
    if not found:
        return None
    figure = re.sub(r"[\s.,]", "", found.group(1))
    return float(figure) if figure.isdigit() and int(figure) > 0 else None


def unmentioned(net: Network, inputs: Inputs) -> bool:
    """A social network the person neither runs nor considered, while naming some: opening it
    costs a page and its first followers before it pays (review 15, D3)."""
    named = inputs.list("current_networks") + inputs.list("considered_networks")
    return net.kind == "social" and bool(named) and net.id not in named


def books_appointments(inputs: Inputs, th: Thresholds) -> bool:
    """A business that books its clients (a studio, a salon): its loyalty lever is the booking
    tool that already holds every client, by the desired action's or the metric's words."""
    loyalty = "loyalty" in [inputs["objective"], *inputs.list("secondary_objectives")]
    words = [w for ws in th.booking_words.values() for w in ws]
    said = " ".join(
        [str(inputs["desired_action"] or ""), str(inputs["target"].get("metric") or "")]
    )
    return (
        loyalty
        and inputs["premises"] in ("shop", "service_area")
        and inputs["sector"] not in th.booking_list_excluded_sectors
        and contains_words(said, words)
    )


def speaks_of_appointments(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the answers say the business works by appointment (the offer, the desired action
    or the metric, in `booking_words`): its reminders and confirmations are the booking
    software's job, never a messaging app's (review 28new, D3)."""
    words = [w for ws in th.booking_words.values() for w in ws]
    said = " ".join(
        str(x or "")
        for x in (inputs["offer"], inputs["desired_action"], inputs["target"].get("metric"))
    )
    return contains_words(said, words)


# the network whose private groups a trade's people trade advice in (review 28new, D15); its
# words are thresholds.yaml's `peer_group_words` and `peer_group_said`
PEER_GROUP_NETWORK = "facebook"


def peer_groups(inputs: Inputs, kn: Catalogue) -> tuple[str, str | None] | None:
    """The network whose private groups the audience trades advice in, with the trade the
    audience description names (None when it says the groups outright), else None: said in the
    description, or a trade of `peer_group_words` among buyers who are professionals, the
    network run or considered (review 28new, D15: Dentiva's practice managers)."""
    th = kn.thresholds
    said = str(inputs["audience_description"] or "")
    if contains_words(said, [w for ws in th.peer_group_said.values() for w in ws]):
        return PEER_GROUP_NETWORK, None
    named = inputs.list("current_networks") + inputs.list("considered_networks")
    buyers = inputs["market"] in ("b2b", "both") or "professionals" in inputs.list("audience_types")
    if PEER_GROUP_NETWORK not in named or not buyers:
        return None
    words = th.peer_group_words.get(inputs.answers_lang or "", []) or [
        w for ws in th.peer_group_words.values() for w in ws
    ]
    trade = next((w for w in words if contains_words(said, [w])), None)
    return (PEER_GROUP_NETWORK, trade) if trade is not None else None


def runs_webinars(inputs: Inputs, kn: Catalogue) -> bool:
    """Whether the answers name a webinar the organisation runs (ideas.yaml `topic_webinar`
    words, in the topics, the offer or the desired action)."""
    kind = next((k for k in kn.ideas.topic_kinds if k.kind == "topic_webinar"), None)
    if kind is None:
        return False
    said = [*inputs.list("topics"), inputs["offer"], inputs["desired_action"]]
    return any(contains_words(str(x or ""), kind.all_words()) for x in said)


def existing_list(inputs: Inputs, th: Thresholds) -> str | None:
    """The list the organisation already holds and can write to from the first weeks:
    "clients" (in a booking tool), "customers" (who come back), "members", else None."""
    if books_appointments(inputs, th):
        return "clients"
    share = returning_share(inputs, th)
    if share is not None and share >= th.returning_share_min:
        return "customers"
    loyalty = "loyalty" in [inputs["objective"], *inputs.list("secondary_objectives")]
    if loyalty and th.returning_channel in inputs.list("current_networks"):
        return "customers"
    if member_count(inputs, th) is not None:
        return "members"
    return None


def returning_list(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the organisation holds a list worth writing to first: customers who come back,
    clients in a booking tool, or members."""
    return existing_list(inputs, th) is not None


def career_audience(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the people aimed at are graduates with work experience, alumni, or people weighing
    careers after a degree (data/thresholds.yaml `career_words`): consumers of a business school
    are working graduates, reached where professionals are, whatever the market code (review
    22b, D3: LinkedIn set aside for a business school because its market is b2c)."""
    if not th.career_words or for_candidates(inputs):
        return False  # people hired are scored as the people they are (hire_kind)
    said = [str(inputs[k] or "") for k in ("audience_description", "key_message")]
    said += [
        str(t) for q in ("topics", "proof_points", "audience_problems") for t in inputs.list(q)
    ]
    words = [w for ws in th.career_words.values() for w in ws]
    return any(contains_words(t, words) for t in said)


def conversation_wanted(inputs: Inputs, th: Thresholds) -> bool:
    """Whether individuals in other countries decide after talking to a person (an objective of
    leads, an international audience of consumers): the messaging app they use carries that
    conversation (data/thresholds.yaml `conversation_*`; review 22b, D3)."""
    return (
        inputs["objective"] in th.conversation_objectives
        and inputs["audience_geo"] in th.conversation_geo
        and (inputs["market"] or "b2c") in th.conversation_markets
    )


def audience_fit(net: Network, inputs: Inputs, th: Thresholds | None = None) -> float:
    th = th or Thresholds()
    hire = hire_kind(inputs, th)
    types = {
        **net.audience_types,
        **(net.audience_types_by_hire.get(hire, {}) if hire else {}),  # type: ignore[call-overload]
    }
    if career_audience(inputs, th):
        # the individuals aimed at are working graduates: as present as professionals are
        best = max(types.get("consumers", 0.5), types.get("professionals", 0.5))
        types = {**types, "consumers": best}
    parts = [
        age_fit(net, inputs, th),
        _mean([types.get(t, 0.5) for t in inputs.list("audience_types")]),
    ]
    known = [p for p in parts if p is not None]
    return sum(known) / len(known) if known else 0.5


def consumer_share(inputs: Inputs, th: Thresholds) -> float:
    """For a market answered `both`, the share of the buyers ticked who are individuals
    (consumers, local residents) rather than firms (professionals); 0.5 when none says."""
    types = inputs.list("audience_types")
    sides = {side: sum(1 for t in types if t in ts) for side, ts in th.market_sides.items()}
    told = sides.get("b2c", 0) + sides.get("b2b", 0)
    return sides.get("b2c", 0) / told if told else 0.5


def market_fit(net: Network, inputs: Inputs, th: Thresholds | None = None) -> float:
    """How well the network serves the market aimed at. For both markets, a network strong on
    one side serves it, but a side few of the buyers are on counts for less (a brewery selling
    mostly to drinkers, a joiner's households beside two architects): review 11a, #2."""
    market = inputs["market"] or "b2c"
    b2c, b2b = net.markets.get("b2c", 0.0), net.markets.get("b2b", 0.0)
    th = th or Thresholds()
    if market == "b2c" and career_audience(inputs, th):
        # individuals who are working graduates: the network of professionals serves them too
        return (b2c + max(b2c, b2b)) / 2
    if market == "both":
        s = consumer_share(inputs, th)
        floor = th.market_minor_side_floor
        wc, wb = max(floor, min(1.0, 2 * s)), max(floor, min(1.0, 2 * (1 - s)))
        return max(b2c * wc, b2b * wb) * 0.6 + (b2c * s + b2b * (1 - s)) * 0.4
    return b2b if market == "b2b" else b2c


def hire_kind(inputs: Inputs, th: Thresholds) -> str | None:
    """Who a recruitment objective hires: "frontline" (care workers, trades, hospitality,
    retail, students), "professional" (engineers, managers, lawyers) or "volunteers" (unpaid
    roles: foster homes, befrienders; a non-profit naming no staff), by the words of the
    offer, the audience, the metric and the desired action (data/thresholds.yaml `hire_words`);
    none said and every band ticked under 25: frontline. None otherwise, and for any other
    objective (review 14, #1: LinkedIn won recruitment whatever the trade and age)."""
    if not for_candidates(inputs) or not th.hire_words:
        return None
    said = _hiring_said(inputs)
    named = {
        kind: len(found_words(said, [w for ws in langs.values() for w in ws]))
        for kind, langs in th.hire_words.items()
    }
    front, prof = named.get("frontline", 0), named.get("professional", 0)
    # volunteers (foster homes, befrienders): named at least as often as staff, or a
    # non-profit naming no staff at all (review 32c, H1: a rescue's foster homes read as jobs)
    unpaid = named.get("volunteers", 0)
    recruits = inputs["objective"] == "recruitment"
    if recruits and (
        (unpaid and unpaid >= max(front, prof))
        or (
            not front
            and not prof
            and inputs["org_kind"] in th.volunteer_org_kinds
            and not found_words(said, [w for ws in th.staff_words.values() for w in ws])
        )
    ):
        return "volunteers"
    if front != prof:
        return "frontline" if front > prof else "professional"
    ages = inputs.list("audience_ages")
    if not front and ages and set(ages) <= set(th.young_bands):
        return "frontline"
    return None


def _hiring_said(inputs: Inputs) -> str:
    """What the answers say of whom they hire: the offer, the audience, the action, the metric."""
    fields = (inputs["offer"], inputs["audience_description"], inputs["desired_action"])
    return " ".join(str(v or "") for v in (*fields, (inputs["target"] or {}).get("metric")))


def apprentices(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the answers hire apprentices or pupils (by the words, or a 13-17 band ticked):
    only then do the parents who advise them have a say (review 14, #8: « les parents qui
    conseillent les apprentis » for a hospital hiring nurses)."""
    said = _hiring_said(inputs)
    words = [w for ws in th.apprentice_words.values() for w in ws]
    return "13-17" in inputs.list("audience_ages") or contains_words(said, words)


def volunteers(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the recruitment seeks volunteers, not staff: its texts then offer a role,
    training and support, never a pay, a careers page or apprenticeship providers (review 32c,
    H1)."""
    return hire_kind(inputs, th) == "volunteers"


def light_for_hire(net: Network, inputs: Inputs, th: Thresholds) -> bool:
    """Whether the network serves recruitment less for the people hired than it would for
    others (LinkedIn for care workers, trades, students): kept for its job posts, it is not
    where a weekly publishing time goes (review 14, #1)."""
    hire = hire_kind(inputs, th)
    if hire is None:
        return False
    lowered = net.objectives_by_hire.get(hire, {}).get("recruitment")  # type: ignore[call-overload]
    return lowered is not None and lowered < net.objectives.get("recruitment", 0)


def offer_kinds(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The offer kinds of data/ideas.yaml `offer_kinds` the answers match (the sector, and a
    word of the offer): an off-plan developer, a sports club..."""
    offer = str(inputs["offer"] or "")
    return [
        name
        for name, rule in kn.ideas.offer_kinds.items()
        if inputs["sector"] in rule.sectors and contains_words(offer, rule.words)
    ]


def offer_kind_of(net: Network, inputs: Inputs, kn: Catalogue) -> str | None:
    """The offer kind that changes what this network serves (`objectives_by_offer`), if any."""
    return next((k for k in offer_kinds(inputs, kn) if k in net.objectives_by_offer), None)


def objectives_of(
    net: Network, inputs: Inputs, th: Thresholds | None = None, kind: str | None = None
) -> dict[str, float]:
    """How well the network serves each objective, for the market aimed at (a consumer's
    newsletter reaches people who already know it: it brings few new contacts), for the
    people hired (LinkedIn is light for care workers and students) and for the offer's kind
    (`kind`, see offer_kind_of: an off-plan developer's registrant list converts)."""
    hire = hire_kind(inputs, th) if th is not None else None
    return {
        **net.objectives,
        **net.objectives_by_market.get(inputs["market"] or "b2c", {}),
        **(net.objectives_by_hire.get(hire, {}) if hire else {}),  # type: ignore[call-overload]
        **(net.objectives_by_offer.get(kind, {}) if kind else {}),
    }


def objective_fit(
    net: Network, inputs: Inputs, th: Thresholds | None = None, kind: str | None = None
) -> float:
    table = objectives_of(net, inputs, th, kind)
    main = table.get(inputs["objective"] or "awareness", 0)
    others = [table.get(o, 0) for o in inputs.list("secondary_objectives")]
    return main if not others else main * 0.75 + sum(others) / len(others) * 0.25


def formats_fit(net: Network, inputs: Inputs) -> float:
    can = inputs.list("formats")
    if not can:
        return 0.5
    rewarded = sorted((net.formats.get(f, 0) for f in can), reverse=True)
    # the best format counts most; a second strong one helps keep a rhythm
    return rewarded[0] * 0.8 + (rewarded[1] if len(rewarded) > 1 else rewarded[0]) * 0.2


NEUTRAL_REACH_FIT = 0.75  # no geographic bias: neither a strength nor the weakest point


def reach_fit(net: Network, inputs: Inputs) -> float:
    """How well the network's reach matches where the audience is. A network used across the
    country or the world serves a local, regional or national audience alike (Facebook is the
    most used network in France, for a village as for the country); a local listing serves only
    the people nearby."""
    geo = inputs["audience_geo"] or "national"
    if net.scope is None or net.local_reach is None:
        return NEUTRAL_REACH_FIT
    if geo == "local":
        return net.local_reach
    if geo == "regional":
        return 0.4 + 0.6 * net.local_reach
    if net.scope == "local":
        return 0.3 if geo == "national" else 0.1
    if geo == "international" and net.scope == "national":
        return 0.5
    return 1.0


def eligible(net: Network, inputs: Inputs) -> bool:
    return net.needs_premises is None or inputs["premises"] in net.needs_premises


def score_network(net: Network, inputs: Inputs, kn: Catalogue, penalise: bool = False) -> Fit:
    """`penalise`: a network never named costs its start (a page, first followers) against the
    ones the person runs or considered (review 15, D3)."""
    boosts = [b for b in net.boosts if b.matches(inputs.values)]
    parts = {
        "audience": audience_fit(net, inputs, kn.thresholds),
        "market": 1.0 if for_candidates(inputs) else market_fit(net, inputs, kn.thresholds),
        "objective": max(
            0.0,
            min(
                1.0,
                objective_fit(net, inputs, kn.thresholds, offer_kind_of(net, inputs, kn))
                + sum(b.add for b in boosts),
            )
            - sum(c.add for c in net.cuts if c.matches(inputs.values)),
        ),
        "formats": formats_fit(net, inputs),
        "local": reach_fit(net, inputs),
    }
    th = kn.thresholds
    total = sum(th.weights.values()) or 1
    raw = sum(parts[k] * w for k, w in th.weights.items()) / total
    # A network built for the other market is a poor means whatever else fits: the market
    # scales the score rather than adding to it.
    raw *= 1 - th.market_factor * (1 - parts["market"])
    if net.id in inputs.list("current_networks") and inputs["current_audience_fit"] == "yes":
        raw += th.current_audience_bonus / 100
    # a network never named starts from nothing; a doctrine for this very case (Pinterest for
    # an online shop of visual products) outweighs that start
    opened = penalise and unmentioned(net, inputs) and not boosts
    if opened:
        raw -= th.unmentioned_network_penalty / 100
    cost = round(th.unmentioned_network_penalty) if opened else 0
    return Fit(
        network=net,
        parts=parts,
        score=max(0, min(100, round(raw * 100))),
        boosts=boosts,
        eligible=eligible(net, inputs),
        start_cost=cost,
    )


def score_all(inputs: Inputs, kn: Catalogue) -> list[Fit]:
    fits = [score_network(n, inputs, kn) for n in kn.networks]
    # the start-up cost weighs only against a named network that can carry the plan: when
    # none the person named fits, a new one is the way, not a cost (a shop on Instagram alone
    # whose Instagram serves its objective poorly)
    bar = kn.fit_threshold(inputs["market"], inputs["objective"], inputs.list("audience_types"))
    named = inputs.list("current_networks") + inputs.list("considered_networks")
    if any(f.network.kind == "social" and f.network.id in named and f.score >= bar for f in fits):
        return [score_network(n, inputs, kn, penalise=True) for n in kn.networks]
    return fits


def held(inputs: Inputs, kn: Catalogue) -> set[str]:
    """The accounts the person already has: the current networks ticked, and those the answers
    show (a proof quoting « 58 Google reviews », data/networks.yaml `held_words`). An account
    held is checked and updated, never created or claimed (review 12a, #9)."""
    said = [str(t) for q in ("proof_points", "audience_problems") for t in inputs.list(q)]
    said += [str(inputs[q]) for q in ("offer", "audience_description") if inputs[q]]
    found = {
        n.id
        for n in kn.networks
        if n.held_words and any(contains_words(t, n.held_words) for t in said)
    }
    return set(inputs.list("current_networks")) | found


WORK_COPIES = 2  # a consumer network's posts copied, a week at most, where people read at work


def read_at_work(inputs: Inputs, kn: Catalogue, nid: str) -> bool:
    """Whether a network is read at work (it posts on working days only, LinkedIn) while the
    plan speaks to consumers: its copies are chosen, not every post (review 27, #10), and its
    card says that rhythm, not the main network's."""
    days = set(kn.calendar.slots(nid).days)
    return inputs["market"] == "b2c" and days <= set(kn.calendar.working_days)
