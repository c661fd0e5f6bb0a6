"""The warnings: one small condition each, registered under its id with the figures it records.

A warning is raised exactly when its condition holds (product brief §2). A condition reads the
resolved inputs and the thresholds and returns what it met — the figures the warning's words may
use, and which case when the data has several (an intern answering customers' claims is graver
than an intern posting) — or None when it does not fire. It never formats text: the wording and
severity are in `data/warnings.yaml`, and `check_warnings` makes sure the data, the conditions
and their figures agree before any strategy is built.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from strategy_wizard.engine.languages import audience_countries
from strategy_wizard.engine.mix import allocate
from strategy_wizard.engine.regulated import health_employer, local_authority, member_owned, scoped
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import score_all, site_count, volunteers
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.catalogue import Catalogue, Thresholds
from strategy_wizard.model.strategy import Warning

Figures = Mapping[str, Any]


@dataclass(frozen=True)
class Fired:
    """A condition met: the figures it recorded and, for a warning with variants, the case."""

    figures: Figures = field(default_factory=dict)
    case: str | None = None
    # the facts its case rests on beyond the data's own (the law of the audience's country)
    facts: tuple[str, ...] = ()


Condition = Callable[[Inputs, Catalogue, bool], Fired | None]

CONDITIONS: dict[str, Condition] = {}


def condition(wid: str) -> Callable[[Condition], Condition]:
    """Register the condition of warning `wid` (its words are in data/warnings.yaml)."""

    def register(fn: Condition) -> Condition:
        CONDITIONS[wid] = fn
        return fn

    return register


SITE_TARGETS = ("traffic", "leads", "sales", "recruitment", "event", "support")


def growth_ratio(inputs: Inputs) -> float | None:
    """Target ÷ baseline of the objective, when the person gave a positive baseline and a
    target above it. A target below its baseline (a response time, a cost) is an operational
    measure brought down by staffing and method, not an audience that grows: no ratio."""
    target = inputs["target"] or {}
    baseline = float(target.get("baseline") or 0)
    if baseline <= 0 or target.get("value") is None:
        return None
    value = float(target["value"])
    return value / baseline if value >= baseline else None


def ratio_limit(months: int, th: Thresholds) -> float:
    """The largest believable ratio for a horizon: the limit of the shortest bracket that
    covers it (6 months or less, then 12, then 24)."""
    for bracket in sorted(th.growth_ratio_max):
        if months <= bracket:
            return th.growth_ratio_max[bracket]
    return th.growth_ratio_max[max(th.growth_ratio_max)]


def min_hours_wanted(inputs: Inputs, kn: Catalogue) -> float:
    wanted = dict.fromkeys(inputs.list("current_networks") + inputs.list("considered_networks"))
    return sum(kn.network(n).min_hours for n in wanted)


def _when(
    holds: bool,
    figures: Figures | None = None,
    case: str | None = None,
    facts: tuple[str, ...] = (),
) -> Fired | None:
    return Fired(dict(figures or {}), case, facts) if holds else None


SUPPORT = "support"


def support_rests_on_it(i: Inputs) -> bool:
    """Customer support is part of the job: the objective, or the hope to replace the service."""
    return i["objective"] == SUPPORT or "replace_support" in i.list("expectations")


@condition("intern_cm")
def _intern(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    return _when(i["run_by"] == "intern", case=SUPPORT if support_rests_on_it(i) else None)


@condition("lone_cm")
def _lone(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    # a public body is not called a large organisation: nothing in the answers gives its size
    # (a town of 24,000 with one person is not one); its services are what one person lacks
    case = "public_body" if i["org_kind"] == "public_body" else None
    return _when(
        i["team"] == "solo" and i["org_kind"] in ("large_company", "public_body"), case=case
    )


def _target_figures(i: Inputs, limit: float) -> dict[str, Any]:
    """The target's own figures and the most the horizon allows from its baseline, for the
    quick_growth wordings that say the numbers (`within`, `within_total`)."""
    target = i["target"]
    base = float(target["baseline"])
    return {
        "baseline": base,
        "value": float(target["value"]),
        "unit": target.get("unit") or "",
        "realistic": round(base * limit),
    }


@condition("quick_growth")
def _quick_growth(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    ratio = growth_ratio(i)
    limit = ratio_limit(i.horizon, kn.thresholds)
    figures: dict[str, Any] = {"ratio": ratio or 0, "limit": limit, "months": i.horizon}
    too_fast = ratio is not None and ratio > limit
    # the hope alone, with no target beyond reach: the words quote no ratio
    case = None if too_fast else "expectation"
    if case == "expectation" and ratio is not None and ratio > 1 and capacity(i) == "yes":
        # a measured start and a target the horizon allows (review 31b, G5): the words say it
        # with the numbers, what the horizon allows, that the target is within it, and what the
        # first reading gives (its figure and day are the scorecard's: kpis.growth_reading);
        # never beside a bound on capacity, which no_capacity says (a maker's « ×3 » is not hers)
        case = "within"
        figures |= _target_figures(i, limit)
    if no_room(i, kn) and capacity(i) == "full":
        # no room for more customers: the warning still appears (the contract: exactly when its
        # condition holds, review 16, N1), worded as a target that waits for room, never as one
        # to reach « in the time frame » beside no_capacity's « seek no more requests » (review
        # 14, #4); the summary leaves it to no_capacity (render/view.py). A little room
        # (`limited`) is not a full book: the hope is judged on time, the room in no_capacity
        # (review 23b, D5: « vous ne pouvez pas en servir davantage » said to a `limited` maker)
        case = "no_room"
    said = f"{i['target'].get('metric') or ''} {i['target'].get('unit') or ''}"
    yearly = (
        i.horizon == 12
        and contains_words(said, [w for ws in kn.metrics.flow_words.values() for w in ws])
        and ratio is not None
        and kn.thresholds.year_count_realism_ratio <= ratio <= limit
        and case in ("expectation", "within")
        and capacity(i) == "yes"
    )
    if yearly:
        # a year's count at least doubled (review 33b, VN8: « ×2.1 » with no word on it): what
        # the year's total asks and what the first reading's running total should show, asked
        # or not (engine/kpis.py fill_growth_warning gives the reading)
        case = "within_total"
        figures |= _target_figures(i, limit)
    fired = "quick_growth" in i.list("expectations") or too_fast or yearly
    return _when(fired, figures, case)


@condition("replace_support")
def _replace_support(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    # a credit union's members, not customers (review 21a, R9)
    case = "members" if member_owned(i, kn) else None
    return _when("replace_support" in i.list("expectations"), case=case)


@condition("filter_criticism")
def _filter_criticism(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    return _when(i["negative_feedback"] == "delete")


@condition("compensate_weaknesses")
def _compensate(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    return _when(i["offer_ready"] == "no")


@condition("offer_partly_ready")
def _offer_partly_ready(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """An offer only partly ready: what is not ready is named and settled before traffic is
    pushed to it (review 22b, D12: « partly » said nothing in either document)."""
    return _when(i["offer_ready"] == "partly" and not _site_dated(i, kn))  # else in dated_site


@condition("self_centred")
def _self_centred(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    promo, limit = float(i["promo_share"] or 0), kn.thresholds.promo_share_max
    return _when(promo > limit, {"promo": promo, "max_promo": limit})


@condition("repetition")
def _repetition(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    return _when("repeat_ads" in i.list("expectations"))


def kept_networks(i: Inputs, kn: Catalogue) -> list[str]:
    """The networks the plan keeps (main and supporting)."""
    return allocate(score_all(i, kn), i, kn).active()


@condition("automation")
def _automation(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """Automated messages: WhatsApp's variant where it is kept (the DMs arrive there), LinkedIn's
    where the plan prospects there (LinkedIn kept, or a B2B market), Instagram's where it is
    kept for consumers (a guide sent to whoever asks in a comment), else the general one; a
    network merely named picks no variant (review 8a, #4)."""
    if "automate_dms" not in i.list("expectations"):
        return None
    roles = allocate(score_all(i, kn), i, kn).roles
    kept = [n for n, r in roles.items() if r in ("primary", "secondary")]
    if "whatsapp" in kept:
        # the messaging channel kept is where the DMs hoped automated arrive, before any
        # network prospected on (review 23a, #3: a school's WhatsApp bot for applicants); a
        # Facebook page run today as the plan's primary network, WhatsApp only considered: its
        # Messenger too (review 28new, D19: a vet clinic's Messenger booking bot)
        page = roles.get("facebook") == "primary" and "facebook" in i.list("current_networks")
        page = page and "whatsapp" not in i.list("current_networks")
        return _when(True, case="messenger_whatsapp" if page else "whatsapp")
    page = roles.get("facebook") == "primary" and "facebook" in i.list("current_networks")
    if page and "instagram" not in kept:
        return _when(True, case="messenger")  # the page run today: its messages (D19)
    if i["market"] == "b2b" or "linkedin" in kept:
        return _when(True, case="linkedin")
    return _when(True, case="instagram" if "instagram" in kept else None)


@condition("bought_fans")
def _bought_fans(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    return _when("buy_followers" in i.list("expectations"))


# where the answers say the action asked of people happens on the site (a form, a subscription)
SITE_ACTION_SAID = ("desired_action",)


def acts_on_site(i: Inputs, kn: Catalogue) -> bool:
    """The action the plan asks for happens on the site, whatever the objective: a member's
    friend subscribing a share through the online form, a sign-up (review 30b, V6: an
    advocacy plan whose every call ends on a 2014 site's subscription form)."""
    words = kn.warning("dated_site").words
    target = str((i["target"] or {}).get("metric") or "")
    return any(contains_words(x, words) for x in [*said_in(i, SITE_ACTION_SAID), target])


def _site_dated(i: Inputs, kn: Catalogue) -> bool:
    # the plan sends people to the site: to buy, enquire, apply, register, find help, or, for a
    # public body, to do what they came for; or its call to act ends on a form there
    sends = i["objective"] in SITE_TARGETS or i["org_kind"] == "public_body"
    sends = sends or acts_on_site(i, kn)
    dated = i["website"] == "dated" and sends
    return "rejuvenate_site" in i.list("expectations") or dated


@condition("dated_site")
def _dated_site(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    # an offer also only partly ready is said here, in one sentence, not as a point of its own
    partly = i["offer_ready"] == "partly"
    return _when(_site_dated(i, kn), {"extras": ["partly"]} if partly else None)


@condition("over_stretched")
def _over_stretched(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    needed = min_hours_wanted(i, kn)
    return _when(needed > i.hours, {"needed": needed, "hours": i.hours})


@condition("participation_not_needed")
def _not_needed(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    return _when(nn)


@condition("slow_response")
def _slow_response(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    response, limit = float(i["response_time_hours"] or 0), kn.thresholds.slow_response_hours
    case = "solo" if i["team"] == "solo" else None  # no one else to designate (review 23b)
    return _when(response > limit, {"response": response, "max_response": limit}, case)


@condition("no_buy_in")
def _no_buy_in(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    support = i["management_support"]  # None: the question does not apply (a freelancer)
    case = "lukewarm" if support == "lukewarm" else None
    return _when(support in ("none", "lukewarm"), case=case)


@condition("incomplete")
def _incomplete(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    return _when(bool(i.missing_gates), {"missing": list(i.missing_gates)})


def in_france(i: Inputs) -> bool:
    """An organisation and an audience in France (answered, or assumed for French answers),
    not international: French law is said as the law (review 6, #2)."""
    return i.country == "FR" and i["audience_geo"] != "international"


def abroad(i: Inputs) -> bool:
    """An audience outside France, or in no single country: a French rule is said as French,
    to check against the country's own (review 4, D10; review 6, #2)."""
    return not in_france(i)


@condition("minors")
def _minors(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    named = {*i.list("current_networks"), *i.list("considered_networks")}
    # LinkedIn is open from 16 only: said where teenagers are part of the audience
    extras = ["linkedin"] if "linkedin" in named else []
    figures: dict[str, Any] = {"extras": extras} if extras else {}
    case: str | None = None
    facts: tuple[str, ...] = ()
    country = kn.country(i.country)
    if i["audience_geo"] == "international" or (country is None and i["country"] is None):
        case = "abroad"  # no single country known: the ages of the UK, France and the EU
    elif country is None or not (country.rules_covered or country.consent_age):
        case = "uncovered"  # a country the data does not cover: no other country's ages
    elif i.country == "AU":
        case = "au"  # no account under 16 on the main networks, from 10 December 2025
    elif i.country != "FR" and country.consent_age:
        # the age the audience's country sets, from its own law (13 in Belgium)
        case, facts = "country", tuple(country.consent_facts)
        figures |= {"age": country.consent_age, "country": country.geo}
    elif i.country != "FR":
        case = "abroad"
    if youth_sport(i, kn):  # a child's safety report has a named route (review 25b, #11)
        figures = {**figures, "extras": [*figures.get("extras", []), "youth_sport"]}
    sponsor = alcohol_sponsor(i, kn)
    if sponsor:  # a brewery sponsor beside young people's photos (review 25b, #10)
        figures = {**figures, "extras": [*figures.get("extras", []), sponsor]}
    return _when("13-17" in i.list("audience_ages"), figures, case, facts)


YOUTH_SPORT_SAID = ("org_name", "offer")


def youth_sport(i: Inputs, kn: Catalogue) -> bool:
    """A club whose offer is a sport for children and teenagers (a youth football school):
    its cases are playing time, coaches and a child's safety (review 25b, #11)."""
    extra = kn.warning("minors").extras["youth_sport"]
    return (
        i["sector"] in extra.sectors
        and "13-17" in i.list("audience_ages")
        and any(contains_words(x, extra.words) for x in said_in(i, YOUTH_SPORT_SAID))
    )


# where a sponsor selling alcohol is named (a youth club's « Brasserie du Condroz »)
ALCOHOL_SPONSOR_SAID = ("topics", "proof_points", "audience_description", "key_message")


def alcohol_sponsor(i: Inputs, kn: Catalogue) -> str | None:
    """The minors warning's sentence on an alcohol sponsor named in the answers: the country's
    own where the data holds it (Belgium's convention, France's Évin law), else the general
    one; none for an offer that is itself alcohol (its own rules say it)."""
    extras = kn.warning("minors").extras
    words = extras["alcohol_sponsor"].words
    if "alcohol" in i.list("regulated"):
        return None
    if not any(contains_words(x, words) for x in said_in(i, ALCOHOL_SPONSOR_SAID)):
        return None
    country = kn.country(i.country)
    own = f"alcohol_sponsor_{country.geo}" if country else ""
    return own if own in extras else "alcohol_sponsor"


def data_consent_age(i: Inputs, kn: Catalogue) -> int | None:
    """The age under which a minor's personal data needs a parent's consent where the audience
    lives (15 in France, 13 in Belgium: data/countries.yaml), as the minors warning says it;
    None for an audience in no single country, or a country the data gives no age for."""
    country = kn.country(i.country)
    if i["audience_geo"] == "international" or country is None:
        return None
    return country.consent_age


SOCIAL_ISSUE_OBJECTIVES = ("advocacy",)
SOCIAL_ISSUE_SECTORS = ("cause_nonprofit",)


def social_issue_ads_barred(i: Inputs, kn: Catalogue) -> bool:
    """A cause or a campaign in an EU country: Meta sells no social-issue ad there since
    October 2025 (Regulation (EU) 2024/900; review 6, #2), so no budget goes to sponsored
    posts."""
    country = kn.country(i.country)
    cause = i["objective"] in SOCIAL_ISSUE_OBJECTIVES or i["sector"] in SOCIAL_ISSUE_SECTORS
    return cause and country is not None and country.eu


@condition("social_issue_ads")
def _social_issue_ads(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    return _when(social_issue_ads_barred(i, kn) and float(i["monthly_budget_eur"] or 0) > 0)


@condition("uk_social_issue_ads")
def _uk_social_issue_ads(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """A UK non-profit or cause with money: kept only when its budget buys ads on a Meta
    network (engine/__init__.py, meta_ads; review 14, §8)."""
    cause = (
        i["org_kind"] == "nonprofit"
        or i["objective"] in SOCIAL_ISSUE_OBJECTIVES
        or i["sector"] in SOCIAL_ISSUE_SECTORS
    )
    return _when(i.country == "GB" and cause and float(i["monthly_budget_eur"] or 0) > 0)


@condition("tiktok_live_adult_host")
def _tiktok_live_adult_host(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """Lives planned with minors in the audience: kept only when TikTok is kept
    (engine/__init__.py; review 14, §8)."""
    return _when("live" in i.list("formats") and "13-17" in i.list("audience_ages"))


@condition("petition_data")
def _petition_data(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """The desired action collects names (a petition): their data, and the consent to write
    to them again (review 6, #2)."""
    words = kn.warning("petition_data").words
    said = [str(i["desired_action"] or ""), str((i["target"] or {}).get("metric") or "")]
    return _when(any(contains_words(x, words) for x in said))


@condition("public_personal_data")
def _public_personal_data(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """Claims handled in private, with the sector's own nouns where the data words them (a
    grocer's loyalty card and receipt, not a contract number: review 9a, #8)."""
    sector = i["sector"]
    case = sector if sector in kn.warning("public_personal_data").variants else None
    if case is None and i["org_kind"] == "public_body":
        case = "public_body"  # « des usagers », never « des clients » (review 33b, E11)
    if "finance" in i.list("regulated"):
        case = "finance"  # accounts and loans, never confirming a customer (review 19, D4)
    if not support_rests_on_it(i) and volunteers(i, kn.thresholds):
        # volunteers asked for photos and stories from their own homes: consent to be named
        # is not consent to be located (review 33c, H-c)
        return _when(True, case="volunteers")
    return _when(support_rests_on_it(i), case=case)


@condition("public_body_rules")
def _public_body_rules(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """A public body's rules; dated when the run-up to an election (art. L52-1) falls inside
    the plan: the figure is the elections' places in the data's list."""
    if i["org_kind"] != "public_body":
        return None
    if not local_authority(i, kn):  # a hospital, a school, an agency (review 13b, #1)
        if i["sector"] in kn.warning("public_body_rules").variants:
            # a public university or school: no elected official's record to keep out, no
            # pre-election rule (review 26, #11: a Leeds business school)
            return _when(True, case=i["sector"])
        # abroad, no French electoral article (review 22b, D8: a UK university)
        elsewhere = i.country is not None and i.country != "FR"
        return _when(True, case="establishment_abroad" if elsewhere else "establishment")
    if abroad(i):  # the French Code électoral's windows are dated for France only
        return _when(True, case="abroad")
    start: date = i["start_date"]
    m0 = start.year * 12 + start.month - 1 + i.horizon
    end = date(m0 // 12, m0 % 12 + 1, 1)  # the plan's end, to the month
    months = kn.thresholds.election_window_months
    inside = [
        n
        for n, e in enumerate(kn.thresholds.elections_fr)
        if e.window_start(months) < end and e.until >= start
    ]
    return _when(True, {"elections": inside}, "dated" if inside else None)


# the regulated warnings' cases that the data words (checked by test_warnings)
VARIANTS = ("health_profession_rules.au",)
EU_RULES = ("health_claims",)  # an EU regulation: the same in every EU country


def _regulated(wid: str, code: str) -> Condition:
    """The rules that come with an offer (the `regulated` answer, or what its words suggest)."""

    def holds(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
        # only assumed from the person's words: the warning says which, where it applies
        said = i.assumed_from.get("regulated", [])
        figures = {}
        if said:  # the words of one answer, the first two: enough to recognise the reason
            first = said[0][0]
            figures = {"assumed_from": [w for q, w in said if q == first][:2], "assumed_in": first}
        # a rule narrowed to one service (a beauty studio's injections) names that service
        scope = next((s for s in scoped(i, kn) if s.code == code), None)
        if scope is not None:  # the service as the offer names it ("": "your health service")
            figures = {**figures, "service": scope.service}
        # outside France the French rules are said as French, to check against the local ones;
        # an Australian health service reads the TGA's and Ahpra's (review 6, #1 and #2)
        country = kn.country(i.country)
        eu_rule = wid in EU_RULES and country is not None and country.eu  # BE, like FR
        case = "service" if scope else None
        if abroad(i) and not (eu_rule and i["audience_geo"] != "international"):
            if i.country == "AU" and f"{wid}.au" in VARIANTS:
                case = "au"
            elif scope is None:
                case = "abroad"
        if wid == "finance_rules" and (speaks_of_credit(i, kn) or sells_new_homes(i, kn)):
            # a developer's money claims are deposits, payments and mortgages, never an
            # investment's returns (review 25b, #7: a French investment rule for an Ontario condo)
            case = credit_case(i, kn)  # a loan or a mortgage, not an investment (review 7, #3)
            extras = credit_extras(i, kn, case)  # NCUA, Equal Housing, records (review 19, D6)
            figures = {**figures, "extras": extras} if extras else figures
        elif wid == "finance_rules" and case == "abroad":
            case = finance_case(i, kn)
        if wid == "finance_rules" and not (case or "").startswith("credit"):
            case, extras = finance_offer(i, kn, case)
            figures = {**figures, "extras": extras} if extras else figures
        if wid == "alcohol_rules" and case == "abroad":
            case = alcohol_case(i, kn)
        if wid == "profession_rules":
            case = profession_case(i, kn)
        if wid == "health_profession_rules" and scope is None and health_employer(i):
            case = "employer"  # a hospital that recruits: job ads allowed (review 13b, #2)
        if wid == "health_claims" and case is None and nutrition_claim(i, kn):
            figures = {**figures, "extras": ["nutrition"]}  # EU law applies: its conditions
        return _when(code in i.list("regulated"), figures, case)

    return holds


# where a nutrition claim may be written (« 40 % de sucres en moins »: review 11b, #4)
CLAIM_SAID = ("offer", "key_message", "proof_points", "audience_problems", "topics", "expertise")
# where a province may be named (review 11b, #2)
REGION_SAID = ("org_name", "offer", "audience_description", "audience_problems", "topics")
# where a regulated profession says it practises law (an Ontario law firm: its Law Society)
LAW_SAID = ("org_name", "offer", "desired_action", "expertise")


def nutrition_claim(i: Inputs, kn: Catalogue) -> bool:
    """An answer making a nutrition claim the EU regulates (a reduced sugar content)."""
    words = kn.warning("health_claims").words
    return any(contains_words(x, words) for x in said_in(i, CLAIM_SAID))


def region(i: Inputs, kn: Catalogue) -> str | None:
    """The one region (province) of the country the answers name, by the data's words
    (countries.yaml `regions`); none when they name none, or several."""
    country = kn.country(i.country)
    if country is None or not country.regions:
        return None
    said = said_in(i, REGION_SAID)
    named = [
        r for r, words in country.regions.items() if any(contains_words(x, words) for x in said)
    ]
    return named[0] if len(named) == 1 else None


def profession_case(i: Inputs, kn: Catalogue) -> str | None:
    """A regulated profession's rules: France's as the base (the avocats' RIN) for a law firm,
    the profession's own order (`order`) for any other in France (a notary, a vet: never the
    avocats' rules, review 28new, D1), an Ontario law firm's Law Society rules (`on`), a
    neutral line elsewhere (`abroad`; review 11b, #2)."""
    if in_france(i) and any(
        contains_words(x, kn.thresholds.notary_words) for x in said_in(i, LAW_SAID)
    ):
        return "notary"  # the notaries' own code and bodies, named (review 32c, N12)
    law = any(contains_words(x, kn.warning("profession_rules").words) for x in said_in(i, LAW_SAID))
    if in_france(i):
        return None if law else "order"
    if i.country == "CA" and law and region(i, kn) == "on":
        return "on"
    return "abroad"


@condition("influencer_law_fr")
def _influencer_law_fr(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """A brand in France working with creators: the 2023 influencer law's label, contract and
    joint liability, and the 2020 law for creators under 16 (review 11b, #3)."""
    return _when("influencers" in i.list("relays") and in_france(i))


FOOD_SAID = ("offer", "org_name")


@condition("food_ad_health_fr")
def _food_ad_health_fr(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """A French food brand whose offer names a sweet or salty manufactured food, with an ads
    budget or paid creators: the health message on every ad (CSP L2133-1; review 11b, #3)."""
    paid = float(i["monthly_budget_eur"] or 0) > 0 or "influencers" in i.list("relays")
    return _when(food_health_message(i, kn) and paid)


def food_health_message(i: Inputs, kn: Catalogue) -> bool:
    """A food brand in France whose offer names a sweet or salty manufactured food: its ads
    carry the health message (CSP L2133-1; data/warnings.yaml `food_ad_health_fr`)."""
    words = kn.warning("food_ad_health_fr").words
    named = any(contains_words(x, words) for x in said_in(i, FOOD_SAID))
    return bool(i["sector"] == "food_drink" and in_france(i) and named)


# France's neighbours: the Évin law reaches an ad of theirs aimed at residents of France
NEAR_FRANCE = ("BE", "LU", "CH")


def alcohol_case(i: Inputs, kn: Catalogue) -> str:
    """Alcohol outside France: the country's own words where the data holds them (the US:
    TTB, state law, Meta's 21+), `near` for France's neighbours, `abroad` elsewhere; the Évin
    law is never the rule the plan follows there (review 8a, #1; review 8b, #2)."""
    country = kn.country(i.country)
    if country is not None and country.geo in kn.warning("alcohol_rules").variants:
        return country.geo
    return "near" if i.country in NEAR_FRANCE and i["audience_geo"] != "international" else "abroad"


def finance_case(i: Inputs, kn: Catalogue) -> str:
    """Money outside France: the country's own words where the data holds them (Switzerland:
    general information, never a personal recommendation; review 8a, #1), a person speaking in
    their own name (no influencer to brief: they are the one), else `abroad`."""
    country = kn.country(i.country)
    if country is not None and country.geo in kn.warning("finance_rules").variants:
        return country.geo
    return "personal" if i["org_kind"] == "personal_brand" else "abroad"


# where the answers say what the plan asks people to do with their money (review 30b, V4)
SHARE_OFFER_SAID = ("desired_action",)


def share_offer(i: Inputs, kn: Catalogue) -> bool:
    """The plan's call to act is to subscribe shares or invest: an offer to the public at the
    heart of the plan (data/warnings.yaml, finance_rules extras `share_offer`)."""
    words = kn.warning("finance_rules").extras["share_offer"].words
    target = str((i["target"] or {}).get("metric") or "")
    return any(contains_words(x, words) for x in [*said_in(i, SHARE_OFFER_SAID), target])


def finance_offer(i: Inputs, kn: Catalogue, case: str | None) -> tuple[str | None, list[str]]:
    """An investment's case and its extra sentences: the `<case>_offer` variant (severity
    `warning`) when the plan's action is to subscribe shares, with the sentence on the risk of
    losing capital; outside the countries the data words, the country's financial regulator
    named (`regulator_<geo>`), never another country's code (review 30b, V4)."""
    rule = kn.warning("finance_rules")
    extras: list[str] = []
    if share_offer(i, kn):
        offer = "offer" if case is None else f"{case}_offer"
        case = offer if offer in rule.variants else case
        extras.append("share_offer")
    country = kn.country(i.country)
    if (case or "").startswith("abroad") and country is not None:
        regulator = f"regulator_{country.geo}"
        extras += [regulator] if regulator in rule.extras else []
    return case, extras


def said_in(i: Inputs, questions: tuple[str, ...]) -> list[str]:
    """The text answers to `questions`, one string per item of a list answer."""
    said: list[str] = []
    for q in questions:
        value = i[q]
        said += [str(v) for v in value] if isinstance(value, list) else [str(value or "")]
    return said


def speaks_of_credit(i: Inputs, kn: Catalogue) -> bool:
    """The offer speaks of a loan, a mortgage or a broker: credit, not investment, wording."""
    words = kn.warning("finance_rules").words
    return any(contains_words(x, words) for x in said_in(i, ("offer", "expertise")))


def sells_new_homes(i: Inputs, kn: Catalogue) -> bool:
    """A developer selling new homes before they are built (an off-plan condo), by the words
    of data/warnings.yaml (property_ads): its buyers' worries are deposits, delays,
    cancellation and price changes, and its money claims are payments and mortgages."""
    words = kn.warning("property_ads").words
    return i["sector"] in REAL_ESTATE and any(
        contains_words(x, words) for x in said_in(i, ("org_name", "offer", "expertise"))
    )


def credit_case(i: Inputs, kn: Catalogue) -> str:
    """`credit` in France, `credit_<country>` where the data words that country's credit
    rules, `credit_abroad` elsewhere; `<case>_lender` when the organisation is the lender (a
    bank, a credit union) and the data words that case: its statements are its own to write,
    not a broker's to hand over (review 19, D6)."""
    variants = kn.warning("finance_rules").variants
    country = kn.country(i.country)
    if in_france(i):
        case = "credit"
    elif country is not None and f"credit_{country.geo}_{region(i, kn)}" in variants:
        case = f"credit_{country.geo}_{region(i, kn)}"  # a province's own rules (Ontario)
    elif country is not None and f"credit_{country.geo}" in variants:
        case = f"credit_{country.geo}"
    else:
        case = "credit_abroad"
    return f"{case}_lender" if lender(i, kn) and f"{case}_lender" in variants else case


# where an organisation says what it is (a credit union, a bank) and what it lends
LENDER_SAID = ("org_name", "offer", "expertise")


def lender(i: Inputs, kn: Catalogue) -> bool:
    """The organisation lends itself (a bank, a credit union), by the data's words."""
    words = kn.warning("finance_rules").extras["lender"].words
    return any(contains_words(x, words) for x in said_in(i, LENDER_SAID))


def credit_extras(i: Inputs, kn: Catalogue, case: str) -> list[str]:
    """The sentences a credit warning adds: in the United States, an insured credit union's
    NCUA statement and a home loan's Equal Housing legend; a lender elsewhere keeps its records
    (the US lender's own case already says so)."""
    extras = kn.warning("finance_rules").extras
    named = [
        name
        for name in ("credit_union", "mortgage")
        if any(contains_words(x, extras[name].words) for x in said_in(i, LENDER_SAID))
    ]
    found = named if i.country == "US" else []
    if case.endswith("_lender") and case != "credit_us_lender":
        found.append("lender")
    return found


def country_case(i: Inputs, kn: Catalogue, wid: str, otherwise: str | None) -> str | None:
    """The case of a rule that changes by country: the country's own words where the data holds
    them (its place code), the EU's in another EU country, `otherwise` elsewhere."""
    country = kn.country(i.country)
    if country is None:
        return otherwise
    if country.geo in kn.warning(wid).variants:
        return country.geo
    return "eu" if country.eu and "eu" in kn.warning(wid).variants else otherwise


@condition("country_rules")
def _country_rules(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """The country's rules as far as the data holds them (review 9a, #1; review 9b, #5): a
    country whose rules the data does not hold whole (Canada, the US, Switzerland, another),
    or a covered one with a baseline of its own (Australia: consumer law, creators, children's
    photos, e-mail). The case is the country's place code where the data words its rules, the
    EU's in another EU country, none where the tool holds no rule of the country."""
    country = kn.country(i.country)
    answered = i["country"] is not None  # unknown: nothing to say it is not covered
    case = country_case(i, kn, "country_rules", None)
    baseline = country is not None and case == country.geo  # its own rules, worded
    if baseline and case == "ca":  # the province's privacy law, when the answers name one
        place = region(i, kn)
        if place == "qc":
            case = "ca_qc"
        elif place in ("on", "federal"):
            case = "ca_federal"
    extras = country_extras(i, kn, country.geo) if country is not None else []
    figures: dict[str, Any] = {"extras": extras} if extras else {}
    if country is not None and country.geo == "fr":
        # the tool's own country: a line only for the rules the answers make useful
        return _when(bool(extras), figures, case="fr")
    return _when(
        answered and (country is None or not country.rules_covered or baseline),
        figures if baseline else {},
        case=case,
    )


# where a claim, a review or a digital product is named (review 15, D9)
COUNTRY_EXTRA_SAID = ("offer", "proof_points", "key_message", "desired_action")
# the channels whose people leave an address or a number (review 28new, D8)
CONTACT_NETWORKS = ("newsletter", "whatsapp")


def b2b_email(i: Inputs) -> bool:
    """A seller to businesses who prospects by e-mail; one selling to both only when e-mail is
    in its plan (a joiner's architects are not prospected by e-mail: review 16, N1)."""
    networks = {*i.list("current_networks"), *i.list("considered_networks")}
    prospecting = i["objective"] == "leads" or "newsletter" in networks
    return (i["market"] == "b2b" and prospecting) or (
        i["market"] == "both" and "newsletter" in networks
    )


def audience_abroad(i: Inputs, kn: Catalogue) -> set[str]:
    """The place codes of the countries an international audience's description names."""
    if i["audience_geo"] != "international":
        return set()
    described = str(i["audience_description"] or "")
    found = audience_countries(kn.ideas.audience_languages, described)
    return {c.code.lower() for c in found if c.code}


def collects_contacts(i: Inputs, kn: Catalogue) -> bool:
    """A plan that collects addresses or numbers: a newsletter or a messaging channel named, an
    event or a webinar people sign up for (review 28new, D8)."""
    named = {*i.list("current_networks"), *i.list("considered_networks")}
    if named & set(CONTACT_NETWORKS):
        return True
    if "event" in (i["objective"], *i.list("secondary_objectives")):
        return True
    webinar = next((t for t in kn.ideas.topic_kinds if t.kind == "topic_webinar"), None)
    words = webinar.all_words() if webinar else []
    return any(contains_words(x, words) for x in said_in(i, ("topics", "desired_action", "offer")))


# where a referral scheme is named (« avec son code de parrainage »)
REFERRAL_SAID = ("desired_action", "offer", "key_message", "topics")


def refers_friends(i: Inputs, kn: Catalogue) -> bool:
    """A referral scheme in the answers (data/warnings.yaml contacts_consent `words`): people
    pass the organisation's link or code to their friends (review 31b, Vents item 7)."""
    words = kn.warning("contacts_consent").words
    metric = str((i["target"] or {}).get("metric") or "")
    return any(contains_words(x, words) for x in [*said_in(i, REFERRAL_SAID), metric])


@condition("contacts_consent")
def _contacts_consent(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """The addresses and numbers a plan collects (review 28new, D8): France's rules (not for a
    B2B e-mail prospector, who reads them in the country line, a venue, which reads them in
    show_images_fr, nor a public body), Ireland's, a UK seller to businesses'; the UK's beside
    them when an international audience lives there. A referral scheme, in any country, adds
    that a friend's address is never passed on: the friend signs up (review 31b, Vents)."""
    country = kn.country(i.country)
    referral = refers_friends(i, kn)
    if country is None or not (collects_contacts(i, kn) or referral):
        return None
    geo = country.geo
    uk = geo != "gb" and "gb" in audience_abroad(i, kn)
    extras = (["gb"] if uk else []) + (["referral"] if referral else [])
    figures: dict[str, Any] = {"extras": extras} if extras else {}
    if geo == "fr":
        quiet = (
            b2b_email(i)
            or i["org_kind"] == "public_body"
            or _show_images_fr(i, kn, False) is not None
        )
        return _when(referral or not quiet, figures)
    if geo == "ie":
        return _when(True, figures, case="ie")
    if geo == "gb" and i["market"] in ("b2b", "both"):
        return _when(True, {"extras": ["referral"]} if referral else {}, case="gb")
    return _when(referral, figures, case="eu" if country.eu else "abroad")


def country_extras(i: Inputs, kn: Catalogue, geo: str) -> list[str]:
    """The country line's extra sentences the answers make useful (data/warnings.yaml,
    country_rules extras, named by the country's place code): a course sold online to
    consumers (the UK's 14-day cancellation), reviews asked or shown (the DMCC Act 2024), a
    measured claim (CAP 3.7); in France, B2B e-mail prospecting (CNIL) and a comparison in the
    answers' words beside named competitors (comparative advertising, L122-1)."""
    said = said_in(i, COUNTRY_EXTRA_SAID)
    consumers = i["market"] != "b2b"
    networks = {*i.list("current_networks"), *i.list("considered_networks")}
    needs = {
        "gb_digital_sales": consumers and i["premises"] == "online_only",
        "gb_reviews": consumers
        and ("customers" in i.list("relays") or "google_business" in networks),
        "gb_claims": True,
        # a seller to businesses who prospects; one selling to both only when e-mail is in its
        # plan (a joiner's architects are not prospected by e-mail: review 16, N1)
        "fr_b2b_email": b2b_email(i),
        "fr_comparative": bool(i.list("competitors")),
        # review 20 (D6): an origin or a green claim, an SMS list, in the answers' words; a
        # store online only, selling to consumers with ads, has a network's pixel on its site
        "us_origin": True,
        "us_green": True,
        "us_sms": True,
        "us_ccpa": consumers
        and i["premises"] == "online_only"
        and float(i["monthly_budget_eur"] or 0) > 0,
        "fr_green": consumers,
    }
    # a rule of a trade (data: the extra's `sectors`) is read in all the answers saying what
    # the plan will talk about (review 22b, D8: allergens when the audience asks what is in
    # the bread; the fees and visas a university's applicants ask about)
    trade_said = said_in(i, SECTOR_EXTRA_SAID)
    # a franchise network whose answers put a price in the call or the offer: the franchisor
    # cannot impose it on its independent franchisees (review 22b, D8)
    priced = any(PRICE.search(x) for x in said_in(i, PRICE_SAID))
    needs["fr_franchise_price"] = priced
    needs["fr_reviews"] = needs["gb_reviews"]
    # the baker's name is a promise to keep in every outlet of a chain; a single baker's own
    # trade name needs no reminder (review 22b, D8)
    needs["fr_boulangerie"] = site_count(i, kn.thresholds) is not None
    found = []
    for name, extra in kn.warning("country_rules").extras.items():
        if not name.startswith(f"{geo}_"):
            continue
        if extra.sectors:
            if i["sector"] not in extra.sectors or not needs.get(name, True):
                continue
            if any(contains_words(x, extra.words) for x in trade_said):
                found.append(name)
            continue
        if not needs.get(name, False):
            continue
        words = extra.words
        if not words or any(contains_words(x, words) for x in said):
            found.append(name)
    return found


# where a trade's rule is named: what the plan talks about, not only what it sells
SECTOR_EXTRA_SAID = (
    "org_name",
    "offer",
    "proof_points",
    "key_message",
    "desired_action",
    "topics",
    "audience_description",
    "audience_problems",
    "expertise",
)
# a price in the answers the posts carry (« 4,90 € », "£12,500", "$9")
PRICE_SAID = ("offer", "desired_action", "key_message")
PRICE = re.compile(r"\d\s?(?:€|£|\$|EUR\b|euros?\b)|(?:€|£|\$)\s?\d")


def country_rules_said(
    warnings: list[Warning], cited: set[str], kn: Catalogue, foreign: Callable[[str], bool]
) -> None:
    """Once the document's sources are known: the country line adds that a French rule is
    cited as French only when the document cites one (review 9a, #1)."""
    line = next((w for w in warnings if w.id == "country_rules"), None)
    if line is None:
        return
    french = any(kn.fact(f).kind == "rule" and kn.fact(f).geo == "fr" and foreign(f) for f in cited)
    if french:
        line.figures = {**line.figures, "extras": [*line.figures.get("extras", []), "french"]}


@condition("raw_milk")
def _raw_milk(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """Raw milk in the offer or in what the audience asks: the health authorities' advice for
    pregnant women and young children goes with every answer about it (review 9b, #5)."""
    words = kn.warning("raw_milk").words
    said = said_in(i, RAW_MILK_SAID)
    return _when(any(contains_words(x, words) for x in said))


RAW_MILK_SAID = ("offer", "audience_problems", "topics", "expertise")


@condition("reef_marine_park")
def _reef_marine_park(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """A tour or an activity on the Great Barrier Reef, named in the offer or the expertise:
    what is filmed and posted there keeps to the Marine Park's rules (review 10, #5)."""
    words = kn.warning("reef_marine_park").words
    return _when(any(contains_words(x, words) for x in said_in(i, REEF_SAID)))


REEF_SAID = ("offer", "expertise")


REAL_ESTATE = ("real_estate",)


@condition("property_ads")
def _property_ads(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """An estate agency: the energy rating (and the fees, or the licence) on every property
    advert, social posts included (review 7, #3)."""
    case = None if in_france(i) else country_case(i, kn, "property_ads", "abroad")
    if case is not None and f"{case}_{region(i, kn)}" in kn.warning("property_ads").variants:
        case = f"{case}_{region(i, kn)}"  # a province's own rules (Ontario: review 25b, #7)
    return _when(i["sector"] in REAL_ESTATE, case=case)


# the countries whose rules on immigration advice the data words (Canada: IRPA s. 91)
IMMIGRATION_RULES = ("CA",)
IMMIGRATION_SAID = ("offer", "expertise", "audience_description", "audience_problems")


@condition("immigration_advice")
def _immigration_advice(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """An audience asking immigration questions in Canada: general information, never advice
    on a person's case, which is reserved to licensed consultants and lawyers (review 7, #3)."""
    words = kn.warning("immigration_advice").words
    said = any(contains_words(x, words) for x in said_in(i, IMMIGRATION_SAID))
    # another country whose rule the data words, as a case of its own (review 22b, D8: the UK)
    case = country_case(i, kn, "immigration_advice", None)
    return _when(said and (i.country in IMMIGRATION_RULES or case is not None), case=case)


# the answers that say what a charity raises money for and how (review 11a, #3)
FUNDRAISING_SAID = (
    "offer",
    "desired_action",
    "key_message",
    "topics",
    "proof_points",
    "audience_description",
    "audience_problems",
)
CHARITY_KINDS = ("nonprofit",)
CHARITY_SECTORS = ("cause_nonprofit",)


def fundraising_said(i: Inputs) -> list[str]:
    """The answers that may speak of fundraising, the target's metric included."""
    return [*said_in(i, FUNDRAISING_SAID), str((i["target"] or {}).get("metric") or "")]


@condition("uk_charity_fundraising")
def _uk_charity_fundraising(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """A non-profit in the UK whose answers speak of donations, appeals or a sponsored event:
    the fundraising code, the registered status on appeals, consent for e-mail; Gift Aid and a
    raffle (a lottery in law) when the answers name them (review 11a, #3)."""
    text = kn.warning("uk_charity_fundraising")
    said = fundraising_said(i)
    charity = i["org_kind"] in CHARITY_KINDS or i["sector"] in CHARITY_SECTORS
    raising = any(contains_words(x, text.words) for x in said)
    extras = [
        name
        for name, extra in text.extras.items()
        if any(contains_words(x, extra.words) for x in said)
    ]
    figures: dict[str, Any] = {"extras": extras} if extras else {}
    return _when(i.country == "GB" and charity and raising, figures)


# where the people an organisation helps are named (review 11a, #3)
BENEFICIARIES_SAID = ("offer", "audience_description", "topics", "proof_points", "expertise")


@condition("beneficiary_images")
def _beneficiary_images(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """Children or vulnerable people the organisation helps, who appear in its stories without
    being its audience, in every country: the NSPCC's guidance in the UK, image rights and
    both parents' agreement in France, a neutral wording elsewhere (review 11a, #3)."""
    words = kn.warning("beneficiary_images").words
    named = any(contains_words(x, words) for x in said_in(i, BENEFICIARIES_SAID))
    case = country_case(i, kn, "beneficiary_images", None)
    if case == "fr" and not in_france(i):  # a French organisation speaking abroad: neutral
        case = None
    return _when(named, case=case)


for _wid, _code in (
    ("alcohol_rules", "alcohol"),
    ("health_profession_rules", "health_care"),
    ("health_claims", "health_claims"),
    ("finance_rules", "finance"),
    ("profession_rules", "profession"),
    ("veterinary_rules", "veterinary"),
):
    condition(_wid)(_regulated(_wid, _code))


@condition("regulated_check")
def _regulated_check(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """An answer to the rules question that leaves out what the person's words name (« none »
    beside « Employment law »: review 12b): the words the assumption reads, said back as a
    check; the answer itself stays the person's."""
    given = i.list("regulated")
    for codes, said in i.suggested.get("regulated", []):
        missing = [c for c in codes if c not in given]
        if missing and said:
            case = None if missing[0] == "profession" else missing[0]
            return Fired({"offer": said[0][1]}, case)
    return None


# where a trade says it works in its clients' homes (review 12a, #9)
HOME_SAID = ("offer", "topics", "expertise")
VISUAL = ("photo", "short_video", "long_video")


@condition("home_works_fr")
def _home_works_fr(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """A trade in France whose words say it works in clients' homes, showing its jobs in photos
    or videos: the owners' consent, no address, no geotag; with a Google listing, reviews never
    written nor bought (review 12a, #9)."""
    words = kn.warning("home_works_fr").words
    works = any(contains_words(x, words) for x in said_in(i, HOME_SAID))
    visual = any(f in VISUAL for f in i.list("formats"))
    networks = {*i.list("current_networks"), *i.list("considered_networks")}
    figures = {"extras": ["reviews"]} if "google_business" in networks else {}
    return _when(works and visual and in_france(i), figures)


SHOW_SAID = ("org_name", "offer", "expertise")


@condition("show_images_fr")
def _show_images_fr(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """A French cultural venue or company filming its shows and rehearsals: the company's
    written agreement, performers' rights, spectators, Reels' music, a contest's rules and the
    newsletter's consent (review 19, D7)."""
    words = kn.warning("show_images_fr").words
    shows = any(contains_words(x, words) for x in said_in(i, SHOW_SAID))
    visual = any(f in VISUAL for f in i.list("formats"))
    culture = i["sector"] == "culture_events_sport"
    return _when(culture and shows and visual and in_france(i))


# where a seller of goods says it sells online, and what its box adds (review 23b, D7)
PRODUCT_SAID = ("offer", "desired_action", "key_message")
PRODUCT_EXTRAS_SAID = ("offer", "proof_points", "expertise", "topics", "desired_action")


@condition("fr_product_seller")
def _fr_product_seller(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """A French seller of goods to consumers online: the product as sold and its claims, the
    EU's product safety for distance sales, a creator's post; reviews, a giveaway, a hazard
    label and a marketplace's buyers when the answers name them (review 23b, D7)."""
    rule = kn.warning("fr_product_seller")
    online = i["premises"] == "online_only" or any(
        contains_words(x, rule.words) for x in said_in(i, PRODUCT_SAID)
    )
    holds = in_france(i) and i["market"] != "b2b" and sells_goods(i) and online
    said = said_in(i, PRODUCT_EXTRAS_SAID)
    extras = [
        name
        for name, extra in rule.extras.items()
        if (name == "reviews" and "customers" in i.list("relays"))
        or (extra.words and any(contains_words(x, extra.words) for x in said))
    ]
    return _when(holds, {"extras": extras} if extras else {})


# where photos the client did not take are named (review 20, D10)
PHOTOS_SAID = ("offer", "proof_points", "audience_description", "expertise", "topics")
SHOWCASE_SAID = ("offer", "audience_description")
PHOTOGRAPHERS = ("photographe", "photographes", "photographer", "photographers")


@condition("partner_photos")
def _partner_photos(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """Photos the client did not take: a photographer named in the answers, or, with partners
    among the relays, the partners it showcases (a tourist office's accommodations): a written
    assignment of rights and the consent of recognisable people (review 20, D10)."""
    words = kn.warning("partner_photos").words
    said = said_in(i, PHOTOS_SAID)
    # the partners it showcases, in what it offers or whom it serves: never a law firm's
    # partners among its proof points
    named = any(contains_words(x, words) for x in said_in(i, SHOWCASE_SAID))
    photographer = any(contains_words(x, list(PHOTOGRAPHERS)) for x in said)
    visual = any(f in VISUAL for f in i.list("formats"))
    partners = "partners" in i.list("relays")
    case = _abroad(i)
    # in France, money for ads and a website: the retargeting pixel's consent (CNIL)
    pixel = case is None and float(i["monthly_budget_eur"] or 0) > 0 and i["website"] != "none"
    figures = {"extras": ["pixel"]} if pixel else {}
    return _when(visual and (photographer or (named and partners)), figures, case=case)


def _abroad(i: Inputs) -> str | None:
    """French law for a French client, whatever its audience's country; elsewhere the same care
    with no French code."""
    return None if i.country == "FR" else "abroad"


@condition("job_ads_fr")
def _job_ads_fr(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """A French employer hiring through its posts: no discriminatory mention (review 12a, #9)."""
    hiring = i["objective"] == "recruitment" or "recruitment" in i.list("secondary_objectives")
    return _when(hiring and in_france(i))


def capacity(i: Inputs) -> str:
    """Whether more customers can be served: the optional `capacity` answer, else `yes` (the
    question is not asked of everyone, and nothing is assumed aloud when unanswered)."""
    return str(i["capacity"] or "yes")


def no_room(i: Inputs, kn: Catalogue) -> bool:
    """Booked out with an objective that brings new customers, or little room and the hope of
    quick growth (no_capacity's condition, read by quick_growth too)."""
    room = capacity(i)
    seeks = i["objective"] in kn.thresholds.no_capacity_objectives
    return (
        (room == "full" and seeks)
        or (room == "limited" and "quick_growth" in i.list("expectations"))
        or (room == "limited" and volunteers(i, kn.thresholds))
    )


# the sectors whose customers buy things made or stocked (data: the sector codes); a shop on its
# premises or online, a maker on a marketplace
GOODS_SECTORS = ("retail_ecommerce",)


def sells_goods(i: Inputs) -> bool:
    """A seller of products, whose room for more customers is production or stock."""
    return i["sector"] in GOODS_SECTORS


@condition("no_capacity")
def _no_capacity(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """No room for more customers while the plan seeks them (review 11a, #1): booked out with an
    objective that brings new customers, or little room and the hope of quick growth. Critical
    when the demand already there waits too long for an answer: the basics come first."""
    th = kn.thresholds
    room = capacity(i)
    holds = no_room(i, kn)
    response = float(i["response_time_hours"] or 0)
    case = "failing" if response > th.no_capacity_failing_hours else None
    if case is None and room == "limited":
        case = "limited"
    # a maker or a shop: its capacity is what it can make or stock, not call-backs (review
    # 23b, D5: « carnet » and « rappel sous 48 h » told to a candle maker selling on Etsy)
    if case is None and sells_goods(i):
        case = "goods"
    elif case == "limited" and sells_goods(i):
        case = "limited_goods"
    if case == "limited" and volunteers(i, th):
        # the intake of new volunteers is what is limited: the calls are paced to it from the
        # first month, never « stop the ads » (review 32c, H4)
        case = "limited_volunteers"
    ratio = growth_ratio(i)
    figures_bound: dict[str, Any] = {}
    if case == "limited_goods" and ratio is not None and ratio > 1:
        # the bound said with the target's own rise (review 31a, C7: « un peu plus, pas
        # beaucoup » beside +45 %); the peak months it excludes are the plan's
        # (kpis.fill_growth_warning)
        case = "limited_goods_bound"
        figures_bound["change"] = round((ratio - 1) * 100)
    figures: dict[str, Any] = {
        "response": response,
        "max_response": th.no_capacity_failing_hours,
        "hours": th.callback_hours,
    }
    figures |= figures_bound
    if "recruitment" in i.list("secondary_objectives"):
        figures["extras"] = ["recruitment"]  # the one social job with a payoff meanwhile
    return _when(holds, figures, case)


AFTER_VERDICT = ("participation_not_needed",)  # it follows from the verdict, not the reverse


def raised(inputs: Inputs, kn: Catalogue, not_needed: bool) -> list[tuple[str, Fired]]:
    """The warnings whose condition holds, in the data's order, with what they met. The
    warnings that follow from the verdict are raised only when `not_needed` is decided."""
    fired = [
        (w.id, CONDITIONS[w.id](inputs, kn, not_needed))
        for w in kn.warnings
        if w.id not in AFTER_VERDICT or not_needed
    ]
    met = [(wid, m) for wid, m in fired if m is not None]
    # the most serious first: critical, then warning, then info, each in the data's order
    # (review 16, N1: the critical box was the last of eight)
    met.sort(key=lambda x: SEVERITY_RANK.get(severity(kn, *x), len(SEVERITY_RANK)))
    return _minor_last(met, kn)


SEVERITY_RANK = {"critical": 0, "warning": 1, "info": 2}


def severity(kn: Catalogue, wid: str, fired: Fired) -> str:
    """A raised warning's severity: its case's where the case has one of its own."""
    text = kn.warning(wid)
    variant = text.variants.get(fired.case) if fired.case else None
    return variant.severity if variant else text.severity


# a target beyond reach by less than this factor (45 asked, 42 realistic) is a small gap: its
# line comes after the other lines of the same severity (review 15, D10: « Visez une cible
# atteignable » above the risk of a LinkedIn ban)
MINOR_GROWTH_GAP = 1.1


def _minor_last(met: list[tuple[str, Fired]], kn: Catalogue) -> list[tuple[str, Fired]]:
    """The lines to settle by severity: a target only just beyond reach after the other lines
    of its severity, never above a risk to the account or the law."""

    growth = next(((w, f) for w, f in met if w == "quick_growth"), None)
    if growth is None:
        return met
    ratio, limit = growth[1].figures.get("ratio") or 0, growth[1].figures.get("limit") or 0
    if growth[1].case is not None or not limit or ratio > limit * MINOR_GROWTH_GAP:
        return met
    rest = [(w, f) for w, f in met if w != "quick_growth"]
    level = severity(kn, *growth)
    last = max((n for n, (w, f) in enumerate(rest) if severity(kn, w, f) == level), default=-1)
    return [*rest[: last + 1], growth, *rest[last + 1 :]]


def check_warnings(kn: Catalogue) -> list[str]:
    """The data's warnings and the registered conditions must be the same ids."""
    data = {w.id for w in kn.warnings}
    problems = []
    if data - set(CONDITIONS):
        problems.append(f"warnings.yaml: no condition for {sorted(data - set(CONDITIONS))}")
    if set(CONDITIONS) - data:
        problems.append(f"warnings.yaml: no words for {sorted(set(CONDITIONS) - data)}")
    # the debrief turns the group's most frequent warnings into questions for discussion
    no_prompt = sorted(wid for wid in data if f"prompt_{wid}" not in kn.phrases)
    if no_prompt:
        problems.append(f"phrases.yaml: no discussion prompt (prompt_<id>) for {no_prompt}")
    return problems


# where an offer says what it promises its customers (review 29, Dentiva)
PROMISE_SAID = ("offer", "key_message", "proof_points", "desired_action")
# where the customers' trade is named, for the health professions' extra
HEALTH_SAID = ("audience_description",)


@condition("outcome_promise")
def _outcome_promise(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """An offer, key message or proof point promising compliance, an inspection or an audit
    passed, or a guaranteed result, in any sector: say what the offer helps to prepare, never
    the outcome, which is the inspector's; the EU's rules on misleading advertising where they
    apply, a neutral line elsewhere; health professionals' own ethics rules when the audience
    described is theirs (data/warnings.yaml `outcome_promise`)."""
    text = kn.warning("outcome_promise")
    promised = any(contains_words(x, text.words) for x in said_in(i, PROMISE_SAID))
    country = kn.country(i.country)
    case = None if country is not None and country.eu else "abroad"
    health = any(contains_words(x, text.extras["health"].words) for x in said_in(i, HEALTH_SAID))
    extras = ["health"] if health else []
    # the country's own rule on claims where the audience lives: the CAP Code's substantiation
    # in the UK, the CCPC in Ireland (review 30a, D2), beside the EU directive
    places = {country.geo} if country is not None else set()
    places |= audience_abroad(i, kn)
    extras += [g for g in ("gb", "ie") if g in places]
    # a CPD certificate offered to UK dental teams: what the GDC's enhanced CPD asks it to state
    dental = any(contains_words(x, text.extras["cpd"].words) for x in said_in(i, HEALTH_SAID))
    cpd = any(contains_words(x, list(CPD_WORDS)) for x in said_in(i, CPD_SAID))
    if dental and cpd and "gb" in places:
        extras.append("cpd")
    figures: dict[str, Any] = {"extras": extras} if extras else {}
    return _when(promised, figures, case)


# where continuing professional development may be named (« staff CPD records », a webinar's
# certificate)
CPD_SAID = ("offer", "key_message", "desired_action", "topics", "proof_points", "audience_problems")
CPD_WORDS = ("CPD", "continuing professional development", "développement professionnel continu")


# where an organisation says how it earns its living (display ads, affiliate links)
AFFILIATE_SAID = ("offer", "key_message", "desired_action")


@condition("affiliate_disclosure")
def _affiliate_disclosure(i: Inputs, kn: Catalogue, nn: bool) -> Fired | None:
    """An organisation living from affiliate links, sponsored content or ads on its site: every
    affiliate link and sponsored post is labelled, and the ads' cookies wait for consent; the
    rules of the organisation's country where the data words them (Ireland's CCPC and ASAI,
    the UK's CAP Code and CMA, France's 2023 influencer law), a neutral line elsewhere (review
    30b, G3)."""
    words = kn.warning("affiliate_disclosure").words
    lives = any(contains_words(x, words) for x in said_in(i, AFFILIATE_SAID))
    case = country_case(i, kn, "affiliate_disclosure", None)
    if case == "fr" and not in_france(i):  # a French site speaking abroad: the neutral line
        case = None
    return _when(lives, case=case)
