"""Through whom: the relays the person named, topped up to three with those that fit the
objective, the market and the kind of organisation when fewer than two were named — the
objective thread asks "through whom?", and an empty answer is rarely the right one."""

from __future__ import annotations

import re

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import franchise_network, volunteers
from strategy_wizard.engine.wording import Words, language_rules
from strategy_wizard.model.bank import Bank, contains_words
from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.strategy import RelayPlan

WANTED = 3
# organisations whose messaging groups are their members' own (families, volunteers)
MEMBER_GROUPS = ("nonprofit",)
# relay kinds that only the sectors named here have: venues, promoters and support acts belong
# to those who put on shows, never to an energy cooperative whose solar roofs sit on « salles
# de sport » (review 30b, V1)
KIND_SECTORS = {"venues": ("culture_events_sport",)}


def suggested(inputs: Inputs) -> list[str]:
    """Relays worth proposing, the best fit first."""
    objective, market, kind = inputs["objective"], inputs["market"], inputs["org_kind"]
    order: list[str] = []
    if "health_care" in inputs.list("regulated"):
        order += ["prescribers"]  # patients come through the carers who send them
    if kind in ("large_company", "startup"):
        order += ["employees"]
    if kind == "public_body":
        order += ["associations", "partners", "press"]
    if objective == "recruitment":
        order += ["employees"]
    if objective in ("advocacy", "loyalty", "sales", "event"):
        order += ["customers"]
    if market in ("b2b", "both"):
        order += ["prescribers", "partners", "employees"]
    if inputs.local:
        order += ["partners", "associations", "customers"]
    if objective == "awareness":
        order += ["press", "partners"]
    order += ["customers", "partners", "employees", "prescribers"]
    if no_employees(inputs):
        order = [code for code in order if code != "employees"]
    return list(dict.fromkeys(order))


def no_employees(inputs: Inputs) -> bool:
    """A freelancer, a personal brand or a founder working alone has no staff to relay."""
    alone = inputs["team"] == "solo" and inputs["run_by"] in ("founder", None)
    return inputs["org_kind"] in ("freelance", "personal_brand") or alone


def people_first(inputs: Inputs) -> bool:
    """People who post in their own name (a personal voice, or employees who publish): on
    LinkedIn their own profiles carry the reach, the company page is where they share from
    (review 12b, #5). A person alone has no company page to put second."""
    personal = inputs["voice"] == "personal" or inputs["run_by"] == "employees"
    return (personal or b2b_people(inputs)) and not no_employees(inputs)


def b2b_people(inputs: Inputs) -> bool:
    """A large firm (or a dedicated team) selling to firms, its employees as relays, looking for
    leads or sales: the leads come through the sales people's and engineers' own profiles
    (review 15, D7)."""
    aims = {inputs["objective"], *inputs.list("secondary_objectives")}
    return (
        inputs["market"] == "b2b"
        and (inputs["org_kind"] == "large_company" or inputs["team"] == "dedicated_team")
        and "employees" in inputs.list("relays")
        and bool({"leads", "sales"} & aims)
        and not no_employees(inputs)
    )


def relay_codes(inputs: Inputs, kn: Catalogue) -> list[tuple[str, bool]]:
    """The relays of the plan, each with whether it is proposed rather than named: the plan's
    steps and the relays section name the same ones (with prescribers when the audience names
    people who recommend the business and no relay named reaches them)."""
    named = inputs.list("relays")
    codes = [(code, False) for code in named]
    if len(named) < 2:
        for code in suggested(inputs):
            if len(codes) >= WANTED:
                break
            if code not in named:
                codes.append((code, True))
    return kit_relay(codes, recommenders(inputs, kn))


def group_relay(inputs: Inputs, kn: Catalogue) -> str | None:
    """A messaging network whose groups the audience already runs (the parents of a school
    bike bus on WhatsApp), for a local campaign or event: a relay, not a network to score
    (review 6, #6); a ready-to-forward message once before an event, at most monthly otherwise
    (review 9a, #5)."""
    rule = kn.thresholds.group_relay
    if inputs["audience_geo"] not in rule.geo:
        return None
    # groups a non-profit already runs with its members (a club's team groups of parents)
    # settle who is there, whatever the objective: the answers say it, not a national survey
    # (review 25b, #5: a youth club's WhatsApp set aside on French audience figures); a shop's
    # account is where customers write, not groups of its own (review 8b, #3)
    current = inputs.list("current_networks")
    running = next((n for n in rule.networks if n in current), None)
    if running is not None and inputs["org_kind"] in MEMBER_GROUPS:
        return running
    # volunteers recruited: a closed group for those already active (questions, handovers,
    # support) keeps them active, the objective itself (review 32c, H6)
    if inputs["objective"] not in rule.objectives and not volunteers(inputs, kn.thresholds):
        return None
    named = current + inputs.list("considered_networks")
    return next((n for n in rule.networks if n in named), None)


def recommenders(inputs: Inputs, kn: Catalogue) -> list[str]:
    """Those the audience description names who recommend the business to their own public
    (« hotel concierges and holiday-rental hosts »), the longest words found, in the order
    given (data/thresholds.yaml, recommender_words; review 10, #7)."""
    said = str(inputs["audience_description"] or "")
    words = kn.thresholds.recommender_words.get(inputs.answers_lang or "", [])
    found = [w for w in words if contains_words(said, [w]) and w.lower() in said.lower()]
    longest = [w for w in found if not any(w != o and w in o for o in found)]
    return sorted(dict.fromkeys(longest), key=lambda w: said.lower().find(w.lower()))


def kit_relay(codes: list[tuple[str, bool]], who: list[str]) -> list[tuple[str, bool]]:
    """The relay that reaches the recommenders named: prescribers when named, else the partners
    named (whom the person meant), else prescribers proposed beside the others."""
    if not who:
        return codes
    named = [code for code, proposed in codes if not proposed]
    if "prescribers" in named or "partners" in named:
        return codes
    return [c for c in codes if c[0] != "prescribers"] + [("prescribers", True)]


def warm_pool(inputs: Inputs) -> tuple[str, int] | None:
    """The people who already know the organisation, as the answers name them with their size
    (« Past adopters (about 1,400) are our warmest pool », « 38 personnes accueillies aux
    Matinales du notaire en 2026 »): who, and how many; None when no size is given (review
    33c, item 2). The patterns are the answers' language's (data/languages.yaml `warm_pool`)."""
    patterns = language_rules().warm_pool.get(inputs.answers_lang or "", ())
    said = [str(inputs["audience_description"] or "")]
    said += [str(p) for p in inputs.list("proof_points")]
    for text in said:
        for pattern in patterns:
            found = re.search(pattern, text, re.IGNORECASE)
            if found is None:
                continue
            count = int(re.sub(r"\D", "", found.group("n")) or 0)
            if count >= 10:  # a pool, not a handful of names
                return found.group("who").strip(), count
    return None


def pool_said(inputs: Inputs, words: Words) -> dict[str, str]:
    """The warm pool's figures for a phrase: who, as the answers call them (quoted when the
    document is in another language), and how many; empty without one."""
    pool = warm_pool(inputs)
    if pool is None:
        return {}
    who, count = pool
    who = who[:1].lower() + who[1:]
    if inputs.answers_lang and inputs.answers_lang != words.lang:
        who = words.loc.quote(who)
    return {"pool": who, "pool_count": words.loc.number(count, 0)}


def pool_relay(inputs: Inputs, words: Words) -> list[RelayPlan]:
    """The warm pool as a relay of its own, first: written to before anyone else, those who
    agreed to hear from the organisation (never inside the partners' line)."""
    said = pool_said(inputs, words)
    if not said:
        return []
    return [
        RelayPlan(
            id="warm_pool",
            name=words("relay_warm_pool_name", **said),
            how=words("relay_warm_pool", **said),
            proposed=True,
        )
    ]


def build_relays(
    inputs: Inputs, bank: Bank, words: Words, kept: list[str] | None = None
) -> list[RelayPlan]:
    """The relays, said on the networks `kept` (those given a role) when given: never « follow
    them on LinkedIn » when LinkedIn is set aside (review 14, §8)."""
    question = bank.question("relays")
    who = recommenders(inputs, words.catalogue)
    codes = relay_codes(inputs, words.catalogue)
    names = [code for code, _ in codes]
    kit = None if not who else "prescribers" if "prescribers" in names else "partners"
    group = group_relay(inputs, words.catalogue)
    groups = (
        [
            RelayPlan(
                id=f"groups_{group}",
                name=words("relay_groups_name", network=group),
                how=words(
                    "relay_groups_event" if inputs["objective"] == "event" else "relay_groups",
                    network=group,
                ),
                proposed=True,
            )
        ]
        if group is not None
        else []
    )
    kinds = {code: relay_kind(code, inputs, words.catalogue) for code in names}
    return (
        pool_relay(inputs, words)
        + groups
        + [
            RelayPlan(
                id=code,
                # a relay's own name where the organisation calls it otherwise (a non-profit's
                # supporters, not its customers: phrases `relay_name_<code>@<variant>`), or where
                # it is of a kind of its own (agents, alumni: `relay_name_<code>_<kind>`)
                name=words(f"relay_name_{code}_{kinds[code]}")
                if kinds[code] and f"relay_name_{code}_{kinds[code]}" in words.catalogue.phrases
                else words(f"relay_name_{code}")
                if words.variant(f"relay_name_{code}") != f"relay_name_{code}"
                else question.choice_label(code, inputs.lang),
                how=_how(code, kinds[code], inputs, words, kept)
                if kinds[code]
                else words("relay_kit", who=_who(inputs, words, who))
                if code == kit
                else _prescribers(inputs, words, kept)
                if code == "prescribers"
                else words(f"relay_{code}", **_volunteer_places(inputs, words)),
                proposed=proposed,
            )
            for code, proposed in codes
        ]
    )


def relay_kind(code: str, inputs: Inputs, kn: Catalogue) -> str | None:
    """The kind of its own a relay is, by the answers (review 22b, D11): a franchise's partners
    are its franchisees and its employees theirs; contracted agents, alumni and student
    ambassadors each have their own way of serving (data/thresholds.yaml `relay_kind_words`)."""
    th = kn.thresholds
    if code in ("partners", "employees") and franchise_network(inputs, th):
        return "franchisees" if code == "partners" else "franchise"
    said = [str(inputs[k] or "") for k in ("audience_description", "offer")]
    said += [str(t) for q in ("proof_points", "topics") for t in inputs.list(q)]
    for kind, langs in th.relay_kind_words.get(code, {}).items():
        if kind in KIND_SECTORS and inputs["sector"] not in KIND_SECTORS[kind]:
            continue
        words = [w for ws in langs.values() for w in ws]
        if any(contains_words(t, words) for t in said):
            return kind
    return None


def _how(code: str, kind: str | None, inputs: Inputs, words: Words, kept: list[str] | None) -> str:
    """A relay of a kind of its own, said for that kind; LinkedIn named only when kept."""
    key = f"relay_{code}_{kind}"
    said = str(inputs["audience_description"] or "")
    for suffix, langs in words.catalogue.thresholds.relay_kind_audience.items():
        named = [w for ws in langs.values() for w in ws]
        if f"{key}_{suffix}" in words.catalogue.phrases and contains_words(said, named):
            key += f"_{suffix}"  # an audience it reaches too (a vet's hunters; review 28new, D18)
            break
    country = str(inputs["country"] or "").lower()
    if country and f"{key}_{country}" in words.catalogue.phrases:
        key += f"_{country}"  # the country's own bodies, named (the Irish Dental Association)
    if f"{key}_abroad" in words.catalogue.phrases and inputs["audience_geo"] == "international":
        key += "_abroad"  # by country, for an audience in several (review 22b, D11)
    if f"{key}_linkedin" in words.catalogue.phrases and (kept is None or "linkedin" in kept):
        key += "_linkedin"
    return words(key)


def _volunteer_places(inputs: Inputs, words: Words) -> dict[str, str]:
    """For volunteers recruited, the people in contact with those the cause concerns, by the
    offer's words (data/thresholds.yaml `volunteer_places`: a rescue's vets and pet shops), as
    the `where` of the relays' volunteer phrases; nothing otherwise (review 32c, H1)."""
    th = words.catalogue.thresholds
    if not volunteers(inputs, th):
        return {}
    offer = str(inputs["offer"] or "")
    said = next(
        (p.said for p in th.volunteer_places if contains_words(offer, _every(p.words))),
        th.volunteer_places_default,
    )
    return {"where": said.get(words.lang, "")} if said else {}


def _every(langs: dict[str, list[str]]) -> list[str]:
    """The words of every language, as one list."""
    return [w for ws in langs.values() for w in ws]


def _who(inputs: Inputs, words: Words, who: list[str]) -> str:
    """The recommenders in the answers' own words, or said generally in another language."""
    if words.lang != inputs.answers_lang:
        return words("relay_kit_who")
    return words.loc.join(who)


def _prescribers(inputs: Inputs, words: Words, kept: list[str] | None = None) -> str:
    """The prescribers relay: professionals the description names (architects, accountants)
    are reached where they work, on LinkedIn, by a call or a visit (review 12a); others through
    what is useful to their own public. A health practice keeps its own rule."""
    said = str(inputs["audience_description"] or "")
    pros = words.catalogue.thresholds.professional_prescriber_words.get(inputs.answers_lang or "")
    if "health_care" in inputs.list("regulated") or not pros or not contains_words(said, pros):
        return words("relay_prescribers")
    found = [w for w in pros if contains_words(said, [w])]
    longest = [w for w in found if not any(w != o and w in o for o in found)]
    ordered = sorted(dict.fromkeys(longest), key=lambda w: said.lower().find(w.lower()))
    who = words("relay_prescribers_pros_who")
    if words.lang == inputs.answers_lang:  # named in the answers' own words
        who = f"{who} ({words.loc.join(ordered)})"
    if "profession" in inputs.list("regulated"):
        # a notary's or a lawyer's files are secret, those handled with a prescriber too: no
        # « job done together » shown; their dates passed on instead (review 32c, N6)
        event = "_event" if inputs["objective"] == "event" else ""
        if not event and (kept is None or "linkedin" in kept):
            event = "_linkedin"  # where they work, when LinkedIn is kept
        return words(f"relay_prescribers_pros_secret{event}", who=who)
    off = kept is not None and "linkedin" not in kept  # set aside: reached in person
    return words("relay_prescribers_pros_offline" if off else "relay_prescribers_pros", who=who)
