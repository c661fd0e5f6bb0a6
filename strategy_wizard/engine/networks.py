"""Why each network has its role, recorded as data: a reason's code, its kind (for, against, a
note, an override) and the figures it rests on, with the facts it cites.

Every reason comes from the comparison the allocation made (mix.py), so the sentence wording.py
makes of it cannot say what the decision did not: a network refused for a low fit is under the
bar it is compared with; a network that fits but is refused says what refused it (the team's
size, the hours left); a network kept despite a weakness says what won.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from strategy_wizard.engine.mix import (
    ANSWERED_OBJECTIVES,
    INFORM_REASON,
    Allocation,
    YoungTest,
    formats_for,
    need_units,
    one_way,
    posts_cap,
    posts_for,
    recorded_only,
)
from strategy_wizard.engine.plan import (
    add_months,
    advocacy_steps,
    key_dates,
    opening_dates,
    sales_window,
    window_again,
)
from strategy_wizard.engine.relays import b2b_people, people_first
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import (
    WORK_COPIES,
    Fit,
    apprentices,
    consumer_share,
    date_series,
    existing_list,
    for_candidates,
    light_for_hire,
    member_count,
    objectives_of,
    offer_kind_of,
    offer_kinds,
    read_at_work,
    returning_share,
    side_minors,
    speaks_of_appointments,
    target_bands,
    target_group,
    unmentioned,
)
from strategy_wizard.engine.sessions import session_series
from strategy_wizard.engine.sources import WORLD_AUDIENCE, Citer
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.catalogue import Catalogue, Network
from strategy_wizard.model.strategy import NetworkPlan, Reason, ReasonKind

# a main network's first reasons that weigh it against a better-scored network kept beside
# it: the one trade-off it says (review 30a, C6 and W5)
WEIGHED_FIRST = (
    "primary_below",
    "primary_searched",
    "primary_hours",
    "primary_formats",
    "primary_ages",
    "primary_young",
    "primary_deciders",
)
GOOD = 0.6  # a part of the fit at or above this is a strength worth saying
# objectives that bring new people: a channel reaching those who know you serves them little
NEW_PEOPLE = ("leads", "awareness", "traffic", "sales")


class _Reasons(list[Reason]):
    def add(
        self, kind: ReasonKind, code: str, facts: list[str] | None = None, **figures: Any
    ) -> None:
        self.append(Reason(code=code, kind=kind, figures=figures, facts=list(facts or [])))


def _measured_abroad(facts: list[str], cite: Citer, kn: Catalogue) -> str | None:
    """Where an audience's figures were measured when none of them is the audience's own
    country's (nor worldwide): that place's code, else None."""
    # (the worldwide count of users an international audience gets beside them says no age)
    ages = [f for f in facts if f != WORLD_AUDIENCE and f not in cite.headcounts]
    # a figure measured where part of the audience lives (the US visitors of an Australian
    # tour) is cited as theirs, yet the sentence about the whole audience still says where
    if not ages or not all(cite.foreign(f) or cite.audience_figure(f) for f in ages):
        return None
    return kn.fact(ages[0]).geo


def _socials_kept(alloc: Allocation, kn: Catalogue) -> list[str]:
    """The social networks the plan keeps, those a refusal for the team's cap names: never a
    count the mix belies (review 25a, #3: « 2 réseaux sociaux, et c'est Instagram qui a cette
    place » beside Instagram and Facebook kept)."""
    return [n for n in alloc.active() if kn.network(n).kind == "social"]


def _kept_above(fit: Fit, alloc: Allocation, kn: Catalogue) -> list[str]:
    """The kept social networks a refusal may set a network aside for: never one fitting
    worse than it (review 30b, E1: « WhatsApp (62) … mieux vaut bien tenir Facebook et X »
    with X at 37). Empty when every kept one fits worse: the refusal then names none."""
    return [n for n in _socials_kept(alloc, kn) if alloc.fit_of.get(n, 0) >= fit.score]


def bar_for(fit: Fit, alloc: Allocation, kn: Catalogue) -> float:
    """The fit a network of this kind is compared with to be given time."""
    if fit.network.kind == "owned":
        return kn.thresholds.listen_threshold
    return alloc.threshold


def explain(fit: Fit, alloc: Allocation, inputs: Inputs, kn: Catalogue, cite: Citer) -> NetworkPlan:
    net = fit.network
    nid = net.id
    role = alloc.roles[nid]
    active = role in ("primary", "secondary")
    hours = alloc.hours(nid) if active else 0.0
    facts = net.facts
    reasons = _Reasons()
    objective = inputs["objective"] or "awareness"
    override = inputs.overrides.get(nid)

    def cited(*kinds: str) -> list[str]:
        """The network's facts of the first kind it has, those that fit the audience's area."""
        for kind in kinds:
            if facts.get(kind):  # type: ignore[call-overload]
                return cite(facts[kind])  # type: ignore[index]
        return []

    if override:
        reasons.add("override", "override", [], reason=override["reason"], role=override["role"])
    if active:
        _why_kept(fit, alloc, inputs, kn, reasons, cited)
        if unmentioned(net, inputs) and net.listenable:
            # a network the person never named is opened, not grown: say so (review 15, D3)
            reasons.add("note", "opened_new", [])
        strong = fit.parts["audience"] >= GOOD
        against = []
        ages = inputs.list("audience_ages")
        well = [a for a in ages if net.ages.get(a, 0) >= GOOD]
        said = cited("audience")
        # ages measured only in another country (Pew's US ages for an Australian audience) are
        # said as a foreign indicator, in the sentence itself (review 10, #8)
        abroad = _measured_abroad(said, cite, kn)
        if net.kind == "social" and well and len(well) < len(ages):
            # the whole audience said: where it is well there and where thinly (review 5, D1);
            # a point to keep in mind, never one in favour, even where the audience's score is
            # strong: « + only part of your audience is there » read as praise (review 25a)
            reasons.add(
                "note" if strong else "against",
                "audience_mixed_abroad" if abroad else "audience_mixed",
                said,
                audience={"ages": well},
                other_audience={"ages": [a for a in ages if a not in well]},
                **({"country": abroad} if abroad else {}),
            )
            against.append(not strong)
        elif (
            net.kind == "social"
            and not strong
            and ages
            and not abroad
            and bands(net, inputs, False).get("types")
        ):
            # every age aimed at is there, the kinds of people less so: said apart, never
            # « peu présent » as if the ages were missing (review 31a, C6: Pinterest's core is
            # adults of 25 to 49)
            reasons.add(
                "against",
                "audience_ages_types",
                said,
                audience={"ages": well},
                other_audience={"types": bands(net, inputs, False)["types"]},
            )
            against.append(True)
        elif net.kind == "social":
            code = "audience_good" if strong else "audience_poor"
            reasons.add(
                "for" if strong else "against",
                f"{code}_abroad" if abroad else code,
                said,
                audience=bands(net, inputs, strong),
                **({"country": abroad} if abroad else {}),
            )
            against.append(not strong)
        else:
            # a listing or an own channel has no audience of its own to measure: say what is
            # true of it (people nearby search on Google; a letter reaches people who know you)
            code = "audience_local" if net.kind == "local" else f"audience_{nid}"
            held = nid == alloc.returning and existing_list(inputs, kn.thresholds) is not None
            # an offer sold from a list of registrants (off-plan) holds that list already
            held = held or offer_kind_of(net, inputs, kn) in net.hours_by_offer
            if (nid in inputs.list("current_networks") or held) and (
                f"reason_{code}_current" in kn.phrases
            ):
                code += "_current"  # a list already written to is not built before a first send
            reasons.add("for", code, cited("reach"))
        social = net.kind == "social" and nid != alloc.recruit_light  # kept for its job posts
        aimed = target_bands(inputs, kn.thresholds) if social else []
        group = target_group(inputs, kn.thresholds)
        if aimed and group is not None:
            # the fit counted the age group the objective is about first (review 19, D1)
            reached = sum(net.ages.get(a, 0) for a in aimed) / len(aimed) >= GOOD
            reasons.add(
                "note",
                "audience_target" if reached else "audience_target_others",
                said,
                age=group[0],
                age_to=group[1],
                audience={"ages": aimed},
                other_audience={"ages": [a for a in ages if a not in aimed]},
            )
        strong = fit.parts["objective"] >= GOOD
        kind = offer_kind_of(net, inputs, kn)
        table = objectives_of(net, inputs, kn.thresholds, kind)
        served = [o for o in inputs.list("secondary_objectives") if table.get(o, 0) >= GOOD]
        main = _main(alloc, kn)
        if nid == alloc.weekly_message:
            # its own objective's words: how the orders come, never « it serves little »
            reasons.add("for", "objective_weekly", [], objective=objective)
        elif nid == alloc.conversation:
            # the conversation before the decision is where the lead is won (review 22b, D3)
            reasons.add("for", "objective_conversation", [], objective=objective)
        elif active and one_way(net) and objective in ANSWERED_OBJECTIVES:
            # a one-way channel informs (an outage, a notice) and is not where a question is
            # asked, so it moves no response time (review 31b, EN1: « sert bien votre objectif
            # (aider et répondre) » beside « les abonnés réagissent sans pouvoir répondre »)
            reasons.add("note", INFORM_REASON, cited("caveat"), objective=objective)
        elif kind is not None and table.get(objective, 0) >= GOOD:
            # the offer's own list converts: who is on it, said (review 30a, W3: « new
            # customers will come through Facebook » for an off-plan developer's registrants)
            reasons.add("for", f"objective_offer_{kind}", [], objective=objective)
        elif net.kind == "owned" and table.get(objective, 0) < GOOD and served:
            # a letter to those who know you keeps them; it does not find new ones (review 5,
            # D12): say what it serves, and where the new people come from
            new = objective in NEW_PEOPLE and main is not None and main.id != nid
            reasons.add(
                "for",
                "objective_secondary_new" if new else "objective_secondary",
                cited("objectives", "audience"),
                objective=served[0],
                other=main.id if main else None,
            )
        elif (
            net.kind == "owned"
            and strong
            and objective in NEW_PEOPLE
            and inputs["capacity"] in kn.thresholds.capacity_full_answers
        ):
            # the order book is full: a letter does not bring contacts now, it keeps those who
            # wait or will come back (review 14, §8: « sert bien votre objectif » beside it)
            reasons.add("for", "objective_full", cited("audience"), objective=objective)
        else:
            reasons.add(
                "for" if strong else "against",
                "objective_good" if strong else "objective_poor",
                # never a usage figure (review 5, #7); a limit for this objective comes first
                cited("objectives") if strong else cited(f"limits_{objective}", "limits"),
                objective=objective,
            )
            against.append(not strong)
        strong = fit.parts["formats"] >= GOOD
        missing = _not_made(fit, inputs)
        reasons.add(
            "for" if strong else "against",
            # never "formats you do not make yet" naming formats the person makes
            "formats_good" if strong else "formats_poor" if missing else "formats_partial",
            cited("formats", "effort"),
            formats=formats_for(net, inputs, recorded=recorded_only(inputs, kn))
            if strong or not missing
            else missing,
        )
        against.append(not strong)
        for boost in fit.boosts:
            code = f"boost_{nid}"
            if f"reason_{code}_{objective}" in kn.phrases:
                code += f"_{objective}"  # what it does for this objective (review 30b, G9)
            if f"reason_{code}_adults" in kn.phrases and not apprentices(inputs, kn.thresholds):
                code += "_adults"  # no parents advising apprentices who are not there (review 14)
            reasons.add("for", code, cite(boost.facts))
        posts = (
            _posts(net, hours, alloc, kn)
            if role == "primary"
            else posts_for(net, hours, kn.thresholds.short_post_hours)
        )
        main = _main(alloc, kn)
        rhythm = letter_cadence(inputs, kn) if nid == alloc.returning else None
        # a letter fitted to its readers: never pushed past what they read (review 31)
        capped = posts_cap(net, inputs, kn) if active else None
        if rhythm is not None and rhythm[0] != "after_visit":
            # a list already held is written to as often as the window asks, its hours
            # permitting (an hour a letter: one piece of news, one ask, the link)
            can = hours * 60 / kn.thresholds.list_letter_minutes
            wanted = 1.0 if rhythm[0] == "weekly" else 0.5
            if capped is not None and wanted > capped.posts:
                rhythm = None  # no weekly push to readers who read monthly
            else:
                posts = max(posts, wanted if can + 1e-9 >= wanted else posts)
        if rhythm is not None:
            reasons.add("note", f"letter_{rhythm[0]}", [], deadline=rhythm[1])
        if capped is not None and posts > capped.posts:
            posts = capped.posts
            reasons.add("note", capped.say, [], hours=hours)
        else:
            capped = None
        if nid == alloc.objective_channel:
            posts = alloc.kept_posts  # as often as it goes out now (review 8a, #3)
        if nid == alloc.local_first and alloc.listing_profile:
            posts = 0.0  # hours, photos and answers to reviews: the news goes in the message
        elif nid == alloc.recruit_light:
            posts = 1.0  # a job post or a team news a week, shared by the staff (review 19, D1)
        elif nid == alloc.searched:
            # a pin a quarter hour, from the product photos already taken (review 23b, D6)
            posts = float(max(1, round(hours * 60 / 15)))
            reasons.add("note", "effort_searched", cited("effort"), hours=hours, posts=posts)
        elif nid == alloc.photo_support:
            posts = 1.0  # one short video a week, from what is filmed anyway
            reasons.add("note", "effort_photo_support", cited("effort"), hours=hours)
        elif nid in alloc.cross_posted and main is not None:
            posts = _posts(main, alloc.hours(main.id), alloc, kn)
            if read_at_work(inputs, kn, nid):
                posts = min(posts, float(WORK_COPIES))  # the calendar copies that many
            # network=: each post adapted where it lands, said for its network (33a, WN6)
            reasons.add(
                "note", "effort_cross", cited("effort"), hours=hours, other=main.id, network=nid
            )
            if nid == alloc.listing_heir:
                reasons.add("note", "listing_heir", [], other=main.id, network=nid)
        elif nid in alloc.library:
            # a video every two weeks by choice, not a shortfall (review 30a, W7)
            reasons.add("note", "effort_library", cited("effort"), hours=hours)
        elif hours + 1e-9 < net.min_hours and role == "primary" and alloc.weekly_message:
            # the time it gave to the weekly message is a choice, not a shortfall (review 10, #9)
            reasons.add(
                "note", "effort_for_weekly", cited("effort"), hours=hours, min_hours=net.min_hours
            )
        elif hours + 1e-9 < net.min_hours:
            reasons.add(
                "against", "effort_short", cited("effort"), hours=hours, min_hours=net.min_hours
            )
            against.append(True)
            if role == "primary" and posts < 1:
                _fewest_posts(fit, alloc, inputs, kn, reasons, cited)
        elif capped is None:  # a capped letter's note said what its hours are for
            reasons.add(
                "note",
                "effort_active",
                cited("effort"),
                hours=hours,
                posts=posts,
                min_posts=net.min_posts,
            )
        if nid in kn.thresholds.date_series_event_networks and date_series(inputs, kn.thresholds):
            # dated shows in several cities: its role is one Event per date (review 23b, D3)
            reasons.add("note", "event_per_date", [], network=nid)
        if nid == "linkedin" and people_first(inputs):
            personal = inputs["voice"] == "personal" or inputs["run_by"] == "employees"
            code = "people_first" if personal or not b2b_people(inputs) else "people_first_b2b"
            reasons.add("note", code, [])  # profiles first (review 12b, #5; review 15, D7)
        if nid == alloc.local_first and alloc.reviews_first:
            # for a trip or a tour, the reviews decide the booking (review 9b, #6)
            site = alloc.review_site
            if inputs["org_kind"] == "public_body":  # a visitor centre (review 20, D7)
                reasons.add("note", "visitor_listing", [])
            else:
                reasons.add(
                    "note", "reviews_booking_site" if site else "reviews_booking", [], site=site
                )
        until = push_until(inputs, kn)
        if (
            until is not None
            and role == "primary"
            and net.kind == "social"
            and net.min_posts <= 1
            and hours + 1e-9 >= net.min_hours
        ):
            # a known window (a campaign's deadline, a booking season): the main network posts
            # more inside it, then once a week after it (review 7, #6)
            posts = max(posts, kn.thresholds.window_posts)
            why = "campaign" if inputs["objective"] == "advocacy" else "season"
            again = window_again(inputs, kn, until) if why == "season" else None
            reasons.add(  # the booking months that come back within the plan (review 20, D2)
                "note",
                f"window_push_{why}{'_again' if again else ''}",
                [],
                deadline=until,
                posts=posts,
                min_posts=1.0,
                **({"other_date": again} if again else {}),
            )
        if override:
            _override_cost(fit, alloc, reasons, cited)
        elif role == "primary" and alloc.weekly_message and hours + 1e-9 < net.min_hours:
            # what it gave its time to: the message that takes the orders
            reasons.add("note", "main_for_weekly", [], other=alloc.weekly_message)
        elif (
            any(against)
            and nid not in alloc.cross_posted
            and not (nid == alloc.local_first and alloc.listing_profile)
        ):
            # a weakness said is balanced by what won: never a "does little" left standing
            kept_as = _kept_as(fit, alloc)
            # its hours, said: never « without taking its time » for 3 h 30 (review 14, §8)
            figures = {"hours": hours} if kept_as == "secondary" else {}
            if not (kept_as == "primary" and _above(fit, alloc)):
                reasons.add("note", f"tradeoff_{kept_as}", [], **figures)
            elif not (reasons and reasons[0].code.startswith(WEIGHED_FIRST)):
                # never « none does better » beside a kept network that scores higher (review
                # 30a, C6): what it wins on, when its first reason did not weigh the other
                reasons.add("note", "tradeoff_primary_kept", [])
    else:
        posts = 0.0
        refusal = alloc.refusal.get(nid)
        main = _main(alloc, kn)
        if nid == alloc.passed_over and main is not None:
            # better scored, but reaching only part of the audience: what decided comes first
            band = {"ages": [a for a in inputs.list("audience_ages") if net.ages.get(a, 0) >= GOOD]}
            reasons.add(
                "against",
                "passed_ages" if band["ages"] else "passed_ages_none",
                cited("audience"),
                fit=fit.score,
                other=main.id,
                audience=band,
            )
        if nid == alloc.inbox:
            # kept to answer those who write: what to set up, never a post to pin
            reasons.add("for", "inbox", cited("effort"))
        elif nid in (alloc.peer_groups, alloc.replay_home):
            _groups_or_replays(fit, alloc, reasons)
        elif nid in inputs.list("current_networks") and refusal not in (
            "cross_no_hours",
            "stretched_watch",
        ):
            # an account the person runs: what to do with it is said first, where the
            # document's table of other networks shows it (review 5, D11); a refusal that
            # already says to share posts there needs no "no publishing effort" beside it
            code = "current_keep" if role == "listen" else "current_drop"
            if code == "current_drop" and net.kind == "social" and not net.listenable:
                code = "current_drop_private"  # no post to pin in private messages
            reasons.add("note", code, cited("effort"))
        if light_for_hire(net, inputs, kn.thresholds):
            # hiring care workers, trades or students: what the account is still for (its job
            # posts, the managers' shares), and why it is not where the hours go (review 14, #1)
            reasons.add("note", "hire_light", cited("hire", "audience"))
        # an inbox is kept, not refused; the buyers' groups said their own reason
        if nid != alloc.inbox and not (nid == alloc.peer_groups and role == "listen"):
            _refusal(fit, alloc, inputs, kn, reasons, cited, bool(override), cite)
            paid = None if override else _ads_placed_here(nid, alloc, inputs, kn)
            if paid is not None:
                # its reason would read « a page and first followers before any result » while
                # the ads bought for the kept network run there anyway (review 22a, #5): that
                # is what its row says first
                first = next((i for i, r in enumerate(reasons) if r.kind == "against"), 0)
                feeds = [n for n in alloc.active() if kn.network(n).kind == "social"]
                reasons.insert(
                    first,
                    Reason(
                        code="ads_placed_here",
                        kind="against",
                        figures={"other": paid, "others": feeds[:3]},
                    ),
                )
        if nid == alloc.inbox or (nid == alloc.peer_groups and role == "listen"):
            pass  # its reason said what it is kept for, and how it is listened to
        elif role == "listen":
            reasons.add("note", "listen")  # a role, not a claim: nothing to cite
        elif nid in alloc.not_listened:
            reasons.add("note", "listen_cap", [], n_networks=len(alloc.listened))
        elif net.kind == "social" and not net.listenable:
            reasons.add("note", "private", cite(["listening_private_2022"]))
        if (
            net.kind == "social"
            and nid not in inputs.list("current_networks")
            and main is not None
            and main.cross_post_family is not None
            and main.cross_post_family == net.cross_post_family
            and refusal in ("no_hours", "no_hours_none", "team_cap", "short_for_two")
        ):
            # posted to from the main network's tool: the cheapest way in, once time frees up
            reasons.add(
                "note", "cross_later", cited("effort"), other=main.id, hours=alloc.hours_of(kn)
            )
        elif (
            nid not in inputs.list("current_networks")
            and nid in inputs.list("considered_networks")
            and refusal != "main_at_min"
            and nid != alloc.peer_groups  # joined as a person, not « later »
        ):
            # (not "those hours pay off better elsewhere" for a channel that fits better)
            reasons.add("note", "considered", cited("effort"))
    for fid in facts.get("caveat", []):
        # a caveat is worth saying where it applies: a French trend is no news abroad
        if (active or role == "listen") and cite.applies(fid):
            reasons.add("note", "caveat", [fid], fact=fid)
    return NetworkPlan(
        id=nid,
        name=net.name,
        kind=net.kind,
        role=role,
        score=fit.score,
        hours_per_week=hours,
        posts_per_week=posts,
        formats=formats_for(
            net, inputs, kn.thresholds.live_needs_audience, recorded_only(inputs, kn)
        )
        if active
        else [],
        reasons=list(reasons),
        overridden=bool(override),
    )


def _groups_or_replays(fit: Fit, alloc: Allocation, reasons: _Reasons) -> None:
    """What a network given no hours is for, said first (review 28new, D15): the private groups
    the buyers trade advice in, answered as a person (no page to run: its fit and the bar say
    why); or the home of the webinar replays, with no rhythm."""
    nid = fit.network.id
    if nid == alloc.replay_home:
        reasons.add("against", "replay_home", [], network=nid)  # why no hours, said first
    elif alloc.roles.get(nid) == "listen":
        reasons.add(
            "for",
            "peer_groups" if alloc.peer_trade else "peer_groups_said",
            [],
            fit=fit.score,
            threshold=alloc.threshold,
            names=alloc.peer_trade or "",
        )


def _posts(main: Network, hours: float, alloc: Allocation, kn: Catalogue) -> float:
    """The main network's posts a week. The week's news is written once, for the message of the
    week: the main network's weekly post takes it up, so an hour still makes one (review 9b, #6)."""
    posts = posts_for(main, hours, kn.thresholds.short_post_hours)
    if alloc.weekly_message is not None and hours + 1e-9 >= 1:
        posts = max(posts, 1.0)
    return posts


def _rewarded(fit: Fit) -> list[str]:
    """The formats a network rewards most, for a person who makes none of them."""
    formats = fit.network.formats
    return sorted((f for f in formats if formats[f] >= 0.7), key=lambda f: -formats[f])[:2]


def _not_made(fit: Fit, inputs: Inputs) -> list[str]:
    """The formats a network rewards most that the person does not make."""
    return [f for f in _rewarded(fit) if f not in inputs.list("formats")]


def _kept_as(fit: Fit, alloc: Allocation) -> str:
    """The part a kept network plays: what its trade-off sentence says."""
    nid = fit.network.id
    if alloc.roles[nid] == "primary":
        return "primary_local" if fit.network.kind == "local" else "primary"
    if alloc.local_first == nid or fit.network.kind == "local":
        return "local"
    return "owned" if fit.network.kind == "owned" else "secondary"


def _above(fit: Fit, alloc: Allocation) -> list[str]:
    """The kept networks that score higher than this one, best first: those its reasons must
    never claim to beat (review 30a, C6 and W5)."""
    higher = [
        n for n in alloc.active() if n != fit.network.id and alloc.fit_of.get(n, 0) > fit.score
    ]
    return sorted(higher, key=lambda n: -alloc.fit_of.get(n, 0))


def _primary_below(fit: Fit, alloc: Allocation, kn: Catalogue, reasons: _Reasons) -> None:
    """The one reason of a main network another kept network outscores: what that one serves
    apart (a listing, an own channel) or why it could not lead (its hours), and that this one
    is where people discover you."""
    above = _above(fit, alloc)
    kinds = {kn.network(n).kind for n in above}
    if "social" in kinds or fit.network.kind != "social":
        code = "primary_below"  # a network that could not lead on your hours
    else:
        code = "primary_below_apart" if len(kinds) == 2 else f"primary_below_apart_{kinds.pop()}"
    reasons.add("for", code, [], fit=fit.score, others=above)


def _why_kept(
    fit: Fit, alloc: Allocation, inputs: Inputs, kn: Catalogue, reasons: _Reasons, cited: Any
) -> None:
    """The first reason of a network given time: the comparison that put it there."""
    nid, net = fit.network.id, fit.network
    if alloc.roles[nid] == "primary":
        if alloc.primary_chosen_by == "override":
            return  # the consultant's choice says it; never "the best means"
        code = {
            "fit": "primary",
            "formats": "primary_formats",
            "current": "primary_current",
            "owned": "primary_owned",
            "young": "primary_young",
            "local": "primary_local",
            "ages": "primary_ages",
            "deciders": "primary_deciders",
            "hours": "primary_hours",
            "searched": "primary_searched",
        }[alloc.primary_chosen_by]
        if code == "primary_ages" and alloc.passed_over is not None:
            other = kn.network(alloc.passed_over)
            band = {
                "ages": [a for a in inputs.list("audience_ages") if other.ages.get(a, 0) >= GOOD]
            }
            reasons.add(
                "for",
                code if band["ages"] else "primary_ages_none",
                cited("audience"),
                fit=fit.score,
                other=other.id,
                threshold=alloc.fit_of[other.id],
                audience=band,
            )
        elif code in ("primary_searched", "primary_hours") and alloc.short_primary is not None:
            # the lead taken from a main network short of its hours; the search network then
            # says what it is for (review 25a, #3)
            reasons.add(
                "for",
                code,
                cited("audience"),
                fit=fit.score,
                other=alloc.short_primary,
                threshold=alloc.fit_of[alloc.short_primary],
                min_hours=alloc.short_primary_need,
            )
            if code == "primary_searched":
                reasons.add(
                    "note", "searched", [], fit=fit.score, hours=alloc.hours(nid), network=nid
                )
        elif code in ("primary_young", "primary_deciders"):
            band = {"ages": [alloc.young_band]}
            reasons.add(
                "for", code, [*cited("audience"), "tt_teens_fr_2024"], fit=fit.score, audience=band
            )
        elif code == "primary" and _above(fit, alloc):
            # « of those you can keep up, the most useful » beside a longer bar of a kept
            # network reads as a contradiction (review 30a, W5): one honest trade-off instead,
            # which names the better-scored channels and what this one wins on
            _primary_below(fit, alloc, kn, reasons)
            return
        else:
            reasons.add("for", code, cited("audience"), fit=fit.score)
        above = [n for n in _above(fit, alloc) if kn.network(n).kind != "social"]
        named = code in ("primary_searched", "primary_hours") and alloc.short_primary is not None
        if net.kind == "social" and above and not named:
            # (a first reason that already weighs a better-scored network is the one trade-off
            # said: a second « despite » line beside it reads as a list of excuses, review 30a)
            # the chart shows a longer bar for a listing or an own channel: say why
            kinds = {kn.network(n).kind for n in above}
            code = "primary_apart" if len(kinds) == 2 else f"primary_apart_{kinds.pop()}"
            reasons.add("note", code, [], others=above)  # only what is kept (review 15, §4)
    elif inputs.overrides.get(nid):
        return
    elif nid == alloc.prescribers:
        main = _main(alloc, kn)
        others = [n for n in kn.thresholds.prescriber_networks if n != nid and n in kn.network_ids]
        reasons.add(
            "for",
            "prescribers",
            cited("audience"),
            hours=alloc.hours(nid),
            other=main.id if main else nid,
            others=others[:1],
        )
    elif nid == alloc.conversation:
        # the messaging app an audience abroad talks to a person on (review 22b, D3)
        reasons.add("for", "conversation", cited("effort"), hours=alloc.hours(nid))
    elif nid == alloc.weekly_message:
        # the message of the week a weekly order comes from (review 9b, #6)
        reasons.add(
            "for",
            "weekly_message_owned" if net.kind == "owned" else "weekly_message_list",
            cited("effort"),
            hours=alloc.hours(nid),
        )
    elif alloc.local_first == nid and alloc.listing_profile:
        reasons.add(
            "for",
            "listing_profile",
            cited("local", "objectives"),
            fit=fit.score,
            hours=alloc.hours(nid),
            other=alloc.weekly_message,
        )
    elif nid == alloc.recruit_light:
        main = _main(alloc, kn)
        reasons.add(
            "for",
            "recruit_light",
            cited("objectives"),
            hours=alloc.hours(nid),
            other=main.id if main else nid,
        )
    elif nid in alloc.reused:
        main = _main(alloc, kn)
        reasons.add(
            "for",
            "reused_clips",
            cited("formats", "effort"),
            fit=fit.score,
            hours=alloc.hours(nid),
            other=main.id if main else nid,
        )
    elif nid in alloc.cross_posted:
        main = _main(alloc, kn)
        family = net.cross_post_family
        same = main is not None and family is not None and main.cross_post_family == family
        near = alloc.main_fit - fit.score <= kn.thresholds.nearly_within
        # fitting as well as the main network or better: a mirror only because the week is
        # short, and the reason says so (review 20, D8)
        suffix = "_better" if fit.score >= alloc.main_fit else "" if near else "_fits"
        if same and nid == alloc.young_support and nid not in inputs.list("current_networks"):
            # the young's network, fed from their parents' main one: never « you are already
            # there » for an account not yet opened (review 26, #2: a youth club's Instagram)
            reasons.add(
                "for",
                f"young_mirror_{family}",
                [*cited("audience"), "tt_teens_fr_2024"],
                fit=fit.score,
                hours=alloc.hours(nid),
                other=main.id if main else nid,
                audience={"ages": [alloc.young_band]},
                min_hours=kn.thresholds.native_better_min_hours,
            )
        else:
            reasons.add(
                "for",
                (f"cross_post_{family}" if same else "cross_post") + suffix,
                cited("audience"),
                fit=fit.score,
                hours=alloc.hours(nid),
                other=main.id if main else nid,
                threshold=alloc.main_fit,
                min_hours=kn.thresholds.native_better_min_hours,
            )
    elif nid == alloc.young_support:
        main = _main(alloc, kn)
        reasons.add(
            "for",
            "young_support",
            [*cited("audience"), "tt_teens_fr_2024"],
            fit=fit.score,
            other=main.id if main else nid,
            audience={"ages": [alloc.young_band]},
        )
    elif nid in alloc.not_primary:
        reasons.add(
            "for",
            "parents",
            cited("audience"),
            fit=fit.score,
            audience={"ages": [alloc.young_band]},
        )
    elif nid in alloc.answering:
        reasons.add("for", "answering", cited("audience"), fit=fit.score)
    elif nid == alloc.objective_channel:
        main = _main(alloc, kn)
        reasons.add(
            "for",
            "owned_list_sells" if alloc.list_sells else "owned_objective",
            cited("objectives"),
            fit=fit.score,
            posts=alloc.kept_posts,
            hours=alloc.hours(nid),
            other=main.id if main else nid,
            **({"subscribers": alloc.list_sells} if alloc.list_sells else {}),
        )
    elif alloc.local_first == nid and alloc.sites is not None:
        reasons.add(
            "for",
            "local_sites",
            cited("local", "objectives"),
            fit=fit.score,
            count=alloc.sites,  # a count, not the target's figure (an amount for a money target)
            hours=alloc.hours(nid),
        )
    elif alloc.local_first == nid and alloc.reviews_first:
        hours = alloc.hours(nid)
        reasons.add(
            "for", "local_reviews", cited("local", "objectives"), fit=fit.score, hours=hours
        )
    elif alloc.local_first == nid:
        # its hours, the figure its card prints: never « half an hour » beside « 1 h » (30a, W6)
        reasons.add(
            "for",
            "local_first",
            cited("local", "objectives"),
            fit=fit.score,
            hours=alloc.hours(nid),
        )
    elif alloc.returning == nid:
        share = returning_share(inputs, kn.thresholds)
        held = existing_list(inputs, kn.thresholds)
        if held == "clients":
            reasons.add("for", "owned_clients", cited("objectives"), fit=fit.score)
        elif share is not None and share >= kn.thresholds.returning_share_min:
            reasons.add("for", "owned_returning", cited("objectives"), fit=fit.score, share=share)
        elif held == "members":
            count = member_count(inputs, kn.thresholds)
            reasons.add("for", "owned_members", cited("objectives"), fit=fit.score, count=count)
        else:
            reasons.add("for", "owned_returning_loyal", cited("objectives"), fit=fit.score)
    elif alloc.owned_first == nid:
        # it fits better than the main network: kept before a second social network, and the
        # reason names what waits for it
        main = _main(alloc, kn)
        reasons.add(
            "for",
            "owned_first" if alloc.replaced else "owned_first_none",
            cited("objectives", "audience"),
            fit=fit.score,
            other=main.id if main else nid,
            threshold=alloc.main_fit,
            others=alloc.replaced,
        )
    elif net.kind == "local":
        reasons.add("for", "local", cited("local", "objectives"), fit=fit.score)
    elif net.kind == "owned":
        reasons.add("for", "owned", cited("objectives", "audience"), fit=fit.score)
    elif nid == alloc.photo_support:
        # the former main network, beside the pins in the lead (review 25a, #3)
        main = _main(alloc, kn)
        reasons.add(
            "for",
            "photo_support",
            cited("audience"),
            fit=fit.score,
            other=main.id if main else nid,
            min_hours=fit.network.min_hours,
        )
    elif nid == alloc.searched:
        # the audience looks for the product there: pins of its own (review 23b, D6)
        reasons.add(
            "for", "searched", cited("audience"), fit=fit.score, hours=alloc.hours(nid), network=nid
        )
    else:
        reasons.add("for", "secondary", cited("audience"), fit=fit.score)


def _ads_placed_here(nid: str, alloc: Allocation, inputs: Inputs, kn: Catalogue) -> str | None:
    """The kept network whose paid ads are shown on this one set aside (Instagram's on
    Facebook), when the budget buys ads worth running there; else None."""
    th = kn.thresholds
    paid = th.ads_placements.get(nid)
    if paid is None or paid not in alloc.active() or paid in alloc.cross_posted:
        return None
    if nid in alloc.active() or "health_care" in inputs.list("regulated"):
        return None
    if "13-17" in inputs.list("audience_ages"):
        return None  # ads to parents only: the reason there is who is missing (the young)
    monthly = float(inputs["monthly_budget_eur"] or 0)
    split = th.budget_split.get(inputs["objective"] or "") or th.budget_split.get("default")
    if split is None or monthly < th.budget_one_line_below_eur:
        return None
    ads = monthly * 12 * split.ads
    return paid if ads > 0 and ads >= th.ads_min_eur_per_year(paid) else None


def _refusal(
    fit: Fit,
    alloc: Allocation,
    inputs: Inputs,
    kn: Catalogue,
    reasons: _Reasons,
    cited: Any,
    overridden: bool,
    cite: Citer,
) -> None:
    """The reason a network was not given time, from what the allocation recorded."""
    net, th, nid = fit.network, kn.thresholds, fit.network.id
    refusal = alloc.refusal.get(nid, "low_fit")
    main = _main(alloc, kn)  # most refusals are said against the main network
    other = main.id if main else None
    young = _young_group(fit, alloc, inputs, kn) if nid not in alloc.not_primary else None
    if overridden:
        reasons.add("against", "override_removed", [], role=alloc.roles[nid])
    elif nid in alloc.not_primary and refusal in (
        "team_cap",
        "no_hours",
        "short_for_two",
        "second_audience_poor",
    ):
        # fits on the parents' account only: those aimed at first are hardly there
        reasons.add(
            "against",
            "young_missing",
            [*cited("audience"), "tt_teens_fr_2024", "dsa_minors_ads"],
            audience={"ages": [alloc.young_band]},
        )
    elif refusal == "not_eligible":
        reasons.add(
            "against", refusal, cited("eligibility"), premises=[inputs["premises"] or "online_only"]
        )
    elif refusal == "near_bar_cap":
        # the network's own deciding reason where it has one, not the team's cap said alike
        # for three networks (review 25a, #3, Fournil: TikTok, YouTube and WhatsApp): a private
        # messaging app publishes nothing to new people; a network rewarding formats the
        # person does not make (long video) says those formats
        code, facts, extra = refusal, cited("effort"), {}
        not_made = _not_made(fit, inputs)
        if not net.listenable:
            code, facts = "near_bar_cap_private", cited("caveat", "effort")
        elif not_made and not_made[0] == _rewarded(fit)[0]:  # its first format not made
            code, facts, extra = (
                "near_bar_cap_formats",
                cited("formats", "effort"),
                {"formats": not_made},
            )
        elif "focus" in th.cite:
            facts = [th.cite["focus"]]
        reasons.add(
            "against",
            code,
            facts,
            **extra,
            fit=fit.score,
            threshold=alloc.threshold,
            hours=inputs.hours,
            n_social=alloc.team_cap,
            other=other,
            others=_socials_kept(alloc, kn),
        )
    elif (
        nid in th.recruit_careers_channels
        and for_candidates(inputs)
        and refusal in ("no_hours", "main_at_min", "main_first", "one_owned")
        and main is not None
        and main.kind == "social"
    ):
        # hiring: the own channel candidates read is the careers page, where each job post
        # leads; a blog would take the networks' time (review 15, §4: the hospital's blog)
        reasons.add("against", "recruit_careers", [], others=[main.id])
    elif (
        refusal == "team_cap"
        and unmentioned(net, inputs)
        and net.listenable  # a public page to open, not a private messaging app
        and _run_kept(alloc, inputs, kn)
    ):
        # never named, set aside for the networks the person already runs: say that, and when
        # the buyers are professionals it reaches thinly, that they are not there (review 15, D3)
        thin = (
            not for_candidates(inputs)  # candidates are not buyers
            and "professionals" in inputs.list("audience_types")
            and net.audience_types.get("professionals", 0.5) < GOOD
        )
        reasons.add(
            "against",
            "unmentioned_work" if thin else "unmentioned",
            [th.cite["focus"]] if "focus" in th.cite else cited("effort"),
            others=_run_kept(alloc, inputs, kn),
        )
    elif refusal == "team_cap":
        focus = [th.cite["focus"]] if "focus" in th.cite else cited("effort")
        above = _kept_above(fit, alloc, kn)
        code = "team_cap_hours" if alloc.cap_from_hours else refusal
        if inputs["objective"] == "traffic" and "limits_traffic" in net.facts and above:
            # for website visits, what decides is that it is watched in the app and sends few
            # clicks out, not the team's size alone (review 30b, G10: TikTok and YouTube)
            code, focus = f"{code}_in_app", cited("limits_traffic") + focus
        reasons.add(
            "against",
            code if above else f"{code}_unnamed",
            focus,
            team=[inputs["team"] or "solo"],
            n_social=alloc.team_cap,
            hours=inputs.hours,
            others=above,
        )
        # what counts apart is named only when it is kept (review 15, §4)
        apart = {kn.network(n).kind for n in alloc.active()} & {"local", "owned"}
        if apart:
            reasons.add("note", "apart_both" if len(apart) == 2 else f"apart_{apart.pop()}", [])
    elif refusal == "short_for_two":
        reasons.add(
            "against",
            refusal,
            cited("effort"),
            min_hours=net.min_hours,
            min_posts=net.min_posts,
            other=other,
            hours=alloc.hours(main.id) if main else 0.0,
        )
    elif refusal == "stretched_watch":
        reasons.add(
            "against",
            refusal,
            cited("effort"),
            fit=fit.score,
            threshold=alloc.main_fit,
            other=other,
        )
    elif refusal == "audience_unmeasured":
        reasons.add("against", refusal, cited("audience"), other=other)
    elif refusal == "group_relay":
        reasons.add("against", refusal, [])
    elif refusal in ("not_visited", "recruit_listing"):
        # with a team's hours, the listing's half hour decides nothing: the reason is that the
        # buyers never look for it (review 15, §4: « son temps va à YouTube » for a factory)
        large = inputs.hours + 1e-9 >= th.native_second_min_hours
        reasons.add(
            "against",
            "not_visited_buyers" if refusal == "not_visited" and large else refusal,
            cited("local", "effort"),
            others=[alloc.listing_heir] if alloc.listing_heir else alloc.active()[:1],
        )
    elif refusal == "far_audience":
        reasons.add("against", refusal, cited("local"), others=alloc.active()[:1])
    elif refusal == "objective_unvisited":
        reasons.add(
            "against",
            refusal,
            cited("local"),
            objective=inputs["objective"],
            others=[alloc.listing_heir] if alloc.listing_heir else alloc.active()[:1],
        )
    elif refusal == "event_place_page":
        reasons.add("against", refusal, cited("local", "effort"))
    elif refusal == "second_audience_poor":
        said = cited("audience")
        # ages measured in another country are said as such in the sentence (review 30b, V8)
        abroad = _measured_abroad(said, cite, kn)
        reasons.add(
            "against",
            f"{refusal}_abroad" if abroad else refusal,
            said,
            audience=bands(net, inputs, False),
            other=other,
            **({"country": abroad} if abroad else {}),
        )
    elif refusal == "cross_no_hours":
        reasons.add(
            "against",
            refusal,
            cited("effort"),
            hours=alloc.hours_of(kn),
            other=other,
            others=[n for n in alloc.active() if n != other],
        )
    elif refusal == "no_hours":
        left = alloc.left_when_refused.get(nid, 0) / 4
        code = refusal if left else "no_hours_none"  # never "the time still free (0 h)"
        reasons.add("against", code, cited("effort"), min_hours=net.min_hours, left=left)
    elif refusal == "main_at_min":
        reasons.add(
            "against",
            refusal if alloc.left_when_refused.get(nid, 0) else "main_at_min_none",
            cited("effort"),
            min_hours=net.min_hours,
            other=other,
            hours=main.min_hours if main else 0.0,
            left=alloc.left_when_refused.get(nid, 0) / 4,
        )
    elif refusal == "main_first":
        reasons.add(
            "against",
            refusal,
            cited("effort"),
            fit=fit.score,
            other=other,
            min_hours=main.min_hours if main else 0.0,
        )
    elif refusal == "zero_hours":
        reasons.add("against", refusal, cited("effort"))
    elif refusal == "cannot_make":
        reasons.add(
            "against",
            refusal,
            cited("formats", "effort"),
            formats=_not_made(fit, inputs) or _rewarded(fit),
        )
    elif refusal == "one_owned":
        # a publisher's website is its content: every post leads there, no blog is set aside
        # beside it (review 31b, GN1: « Blog — Set aside » for a recipe website)
        site = nid == SITE_NETWORK and "publisher" in offer_kinds(inputs, kn)
        code = "one_owned_site" if site else refusal
        reasons.add("against", code, [], other=alloc.owned_choice, fit=fit.score)
    elif refusal == "busier_than_main":
        reasons.add(
            "against",
            refusal,
            cited("effort"),
            min_posts=net.min_posts,
            other=other,
            posts=alloc.main_posts_then,
        )
    elif refusal == "messaging_only":
        # a conversation channel, not a publishing one; an appointment business's reminders
        # go out from its booking software (review 28new, D3)
        booking = speaks_of_appointments(inputs, th)
        reasons.add(
            "against",
            "messaging_only_booking" if booking else refusal,
            cited("caveat", "effort"),
            network=nid,
            others=_socials_kept(alloc, kn),
        )
    elif refusal == "weekly_elsewhere":
        reasons.add("against", refusal, [], other=alloc.weekly_message, fit=fit.score)
    elif refusal == "hire_light":
        pass  # its note said what it is still for and where the hours go
    elif (
        nid in YOUTH_CLUB_REFUSALS
        and refusal in ("not_needed", "low_fit")
        and youth_club(inputs, kn)
    ):
        # a youth club's true reason, not « it does little for your objective » (review 25b, #5)
        reasons.add("against", f"youth_club_{nid}", YOUTH_CLUB_REFUSALS[nid])
        reasons.add("note", refusal, [], fit=fit.score, threshold=bar_for(fit, alloc, kn))
    elif young and refusal in ("not_needed", "low_fit"):
        # it reaches the young adults the objective aims at: the true reason is its cost, not
        # a generic « does little for your objective » (review 21a, R8: the credit union)
        low, high = young
        reasons.add(
            "against",
            "young_fit_cost",
            [*cited("audience"), *cited("limits")],
            age=low,
            age_to=high,
            fit=round(_group_fit(net, inputs, kn) * 100),
            min_hours=net.min_hours,
            objective=inputs["objective"] or "awareness",
        )
        reasons.add("note", refusal, [], fit=fit.score, threshold=bar_for(fit, alloc, kn))
    elif (
        refusal in ("not_needed", "low_fit")
        and one_way(net)
        and any(
            contains_words(kn.phrase(step)(inputs.lang), [net.name])
            for step in advocacy_steps(inputs, kn)
        )
        and fit.parts["objective"] < GOOD
    ):
        # no channel to publish, but the private group where the advocates coordinate may live
        # there, as the first steps say (review 31b, V3: « il sert peu votre objectif (faire
        # recommander) » beside « un même groupe (WhatsApp ou e-mail) »)
        reasons.add("against", "coordination_group", cited("caveat"), network=nid)
        reasons.add("note", refusal, [], fit=fit.score, threshold=bar_for(fit, alloc, kn))
    else:  # not_needed, low_fit: the part that decided, then the bar it was compared with
        _decisive(fit, alloc, inputs, kn, reasons, cited, refusal, cite)
    test = young_test(fit, alloc, inputs, kn, overridden)
    if test is not None:
        reasons.add(
            "note",
            "young_test_approved" if test.approved else "young_test",
            [],
            day=test.first,
            deadline=test.last,
            count=test.videos_per_week,
            hours=test.hours,
            other=test.main,
            network=test.network,
            age=test.age,
            age_to=test.age_to,
        )
    # Say why the bar was higher only where it changed the answer.
    if (
        net.kind == "social"
        and th.fit_threshold <= fit.score < alloc.threshold
        and refusal in ("not_needed", "low_fit")
    ):
        for index in alloc.raised_because:
            reasons.add("note", "threshold_raised", [], rule=index)


# refusals after which a network that reaches the young adults aimed at is offered a test
YOUNG_TEST_REFUSALS = ("not_needed", "low_fit", "no_hours", "no_hours_none", "main_at_min")


def _group_fit(net: Network, inputs: Inputs, kn: Catalogue) -> float:
    """How well the network reaches the bands of the age group the objective is about."""
    aimed = target_bands(inputs, kn.thresholds)
    return sum(net.ages.get(a, 0) for a in aimed) / len(aimed) if aimed else 0.0


def _young_group(
    fit: Fit, alloc: Allocation, inputs: Inputs, kn: Catalogue
) -> tuple[int, int] | None:
    """The young adults' age group (« 18 to 30 ») the objective aims at, when this network is
    one the catalogue tests for them (thresholds `young_test`) and reaches them well; never
    for minors, never for a network kept. None otherwise."""
    rule = kn.thresholds.young_test
    net = fit.network
    if net.id not in rule.networks or net.id in alloc.active():
        return None
    if "13-17" in inputs.list("audience_ages"):
        return None
    group = target_group(inputs, kn.thresholds)
    if group is None or group[0] < 18 or group[1] > rule.max_age:
        return None
    return group if _group_fit(net, inputs, kn) >= rule.min_age_fit else None


def young_test(
    fit: Fit, alloc: Allocation, inputs: Inputs, kn: Catalogue, overridden: bool = False
) -> YoungTest | None:
    """A time-boxed test rather than a flat refusal (review 21a, R8: the theatre's Pass 18-30
    and TikTok), when the hours allow one: a few short videos a week made from the main
    network's own, for a few months, from the date the objective's action opens (else the
    plan's start), with what decides whether it goes on. The hours come from the main
    network's time above its minimum, or from the time still free when it was set aside.
    None when the network is not one to test, or the hours allow no test either."""
    nid = fit.network.id
    if overridden or nid in alloc.not_primary:
        return None
    if alloc.refusal.get(nid, "low_fit") not in YOUNG_TEST_REFUSALS:
        return None
    group = _young_group(fit, alloc, inputs, kn)
    if group is None:
        return None
    rule = kn.thresholds.young_test
    main = _main(alloc, kn)
    if main is None or main.kind != "social" or "short_video" not in main.formats:
        return None
    above = alloc.hours(main.id) - main.min_hours
    free = alloc.left_when_refused.get(nid, 0) / 4
    if max(above, free) + 1e-9 < rule.hours:
        return None  # the hours allow no test either: the refusal stands as it is said
    opens = opening_dates(inputs, kn)
    first: date = opens[0] if opens else inputs["start_date"]
    return YoungTest(
        network=nid,
        main=main.id,
        first=first,
        last=add_months(first, rule.months),
        hours=rule.hours,
        videos_per_week=rule.videos_per_week,
        age=group[0],
        age_to=group[1],
        approved=any(r != "none" for r in inputs.list("regulated")),
    )


def young_tests(
    fits: list[Fit], alloc: Allocation, inputs: Inputs, kn: Catalogue
) -> list[YoungTest]:
    """The time-boxed tests the networks set aside are offered (their hours go in the routine)."""
    found = (
        young_test(f, alloc, inputs, kn, bool(inputs.overrides.get(f.network.id))) for f in fits
    )
    return [t for t in found if t is not None]


def _run_kept(alloc: Allocation, inputs: Inputs, kn: Catalogue) -> list[str]:
    """The social networks kept that the person already runs, the main one first."""
    run = inputs.list("current_networks")
    kept = [n for n in alloc.active() if n in run and kn.network(n).kind == "social"]
    return sorted(kept, key=lambda n: alloc.roles[n] != "primary")


def bands(net: Network, inputs: Inputs, strong: bool) -> dict[str, Any]:
    """The bands (else the types) of the audience the network reaches well, or thinly: a
    sentence saying "thin" never names a band that is well there (review 4, D11)."""
    ages = [a for a in inputs.list("audience_ages") if (net.ages.get(a, 0) >= GOOD) == strong]
    types = [
        t
        for t in inputs.list("audience_types")
        if (net.audience_types.get(t, 0.5) >= GOOD) == strong
    ]
    if not ages and not types:
        return audience_of(inputs)
    return {"ages": ages, "types": [] if ages else types}


def audience_of(inputs: Inputs) -> dict[str, Any]:
    return {"ages": inputs.list("audience_ages"), "types": inputs.list("audience_types")}


def _decisive(
    fit: Fit,
    alloc: Allocation,
    inputs: Inputs,
    kn: Catalogue,
    reasons: _Reasons,
    cited: Any,
    refusal: str,
    cite: Citer,
) -> None:
    """A low fit said by what made it low (the audience is not there, the formats are not
    those the person makes...), with the fact behind it, then the figure and its bar."""
    net = fit.network
    if net.kind == "owned":
        weakest = "objective" if fit.parts["objective"] < fit.parts["audience"] else "audience"
    else:
        weakest = fit.weakest
    facts = {
        "audience": cited("audience"),
        "objective": cited("limits"),
        "market": cited("audience"),
        "formats": cited("formats", "effort"),
        "local": cited("local", "audience"),
    }[weakest]
    choices: dict[str, dict[str, Any]] = {
        "audience": {"audience": bands(net, inputs, False)},
        "objective": {"objective": inputs["objective"] or "awareness"},
        "market": {"market": [_buyers_side(inputs, kn)]},
        "formats": {"formats": _not_made(fit, inputs) or _rewarded(fit)},
        "local": {"area": [inputs["audience_geo"] or "national"]},
    }
    code = f"refused_{weakest}"
    if weakest == "market" and pros_relay(inputs, kn):
        code = "refused_market_relays"  # say how those professionals are reached (31a, W12)
    if weakest == "local" and net.kind != "social":
        code = "refused_local_place"  # a listing serves the people nearby, not by interest
    # ages measured in another country are said as such in the sentence (review 30b, V8)
    abroad = _measured_abroad(facts, cite, kn) if weakest == "audience" else None
    if abroad:
        code, choices[weakest] = f"{code}_abroad", {**choices[weakest], "country": abroad}
    reasons.add("against", code, facts, **choices[weakest])
    bar = bar_for(fit, alloc, kn)
    code = "low_fit_owned" if net.kind == "owned" else refusal
    reasons.add("note", code, [], fit=fit.score, threshold=bar)


# the network a publisher's own website stands for (its articles are the site's pages)
SITE_NETWORK = "blog"


def pros_relay(inputs: Inputs, kn: Catalogue) -> bool:
    """Professionals who recommend a consumer business (brokers, agents, architects), ticked
    among its relays or its audience and named in its description as the relays section names
    them (data/thresholds.yaml `professional_prescriber_words`): a network refused for its
    market is said with how they are reached instead, never as if the market held no
    professional (review 31a, W12)."""
    named = {*inputs.list("relays"), *inputs.list("audience_types")}
    pros = kn.thresholds.professional_prescriber_words.get(inputs.answers_lang or "") or []
    said = str(inputs["audience_description"] or "")
    return (
        (inputs["market"] or "b2c") == "b2c"
        and "prescribers" in named
        and "health_care" not in inputs.list("regulated")
        and contains_words(said, pros)
    )


# a youth club's networks refused for what they are with children, and the facts behind it:
# TikTok's minimum age (most of the players are younger) and parents' consent to film them;
# LinkedIn, where no parent looks for a child's club (review 25b, #5)
YOUTH_CLUB_REFUSALS = {"tiktok": ["minors_min_age"], "linkedin": ["linkedin_min_age"]}


def youth_club(inputs: Inputs, kn: Catalogue) -> bool:
    """A sports or leisure non-profit whose members are children, with their parents among those
    aimed at: a club's youth section (the 13-17 band ticked beside adults, not as a side group)."""
    ages = inputs.list("audience_ages")
    adults = [a for a in ages if a not in kn.thresholds.young_bands]
    return (
        inputs["org_kind"] == "nonprofit"
        and inputs["sector"] == "culture_events_sport"  # a club, not a cause
        and "13-17" in ages
        and bool(adults)
        and not side_minors(inputs, kn.thresholds)
    )


def _buyers_side(inputs: Inputs, kn: Catalogue) -> str:
    """The market a low market fit is said against: for both markets, the side most of the
    buyers are on when one is (review 11a, #2: « votre marché, les deux » for a joiner's
    households)."""
    market = inputs["market"] or "b2c"
    if market != "both":
        return market
    share = consumer_share(inputs, kn.thresholds)
    return "b2c" if share > 0.5 else "b2b" if share < 0.5 else market


def _main(alloc: Allocation, kn: Catalogue) -> Network | None:
    primary = next((n for n, r in alloc.roles.items() if r == "primary"), None)
    return kn.network(primary) if primary else None


def _fewest_posts(
    fit: Fit, alloc: Allocation, inputs: Inputs, kn: Catalogue, reasons: _Reasons, cited: Any
) -> None:
    """A main network held below a post a week: say so, and whether it is the one that asks
    the fewest posts among those the person wanted or that fit."""
    net = fit.network
    series = session_series(inputs, kn)
    rule = kn.metrics.sessions
    if series is not None and rule is not None:
        # a year of sessions: dense before each one, light between (review 33c, N-e: « 1
        # publication tous les 15 jours » beside a four-post countdown)
        reasons.add("note", "series_rhythm", cited("effort"), count=max(rule.notice_days))
        return
    wanted = [
        kn.network(n)
        for n in inputs.list("considered_networks") + inputs.list("current_networks")
        if n != net.id and kn.network(n).kind == "social"
    ]
    hungrier = [n.id for n in wanted if n.min_posts > net.min_posts]
    reasons.add(
        "note",
        "fewest_posts" if hungrier else "below_weekly",
        cited("effort"),
        min_hours=need_units(net) / 4,
        others=hungrier,
    )


def _override_cost(fit: Fit, alloc: Allocation, reasons: _Reasons, cited: Any) -> None:
    """What a role imposed by the consultant cost: fit under the bar, hours taken from others."""
    nid = fit.network.id
    if fit.score < alloc.threshold:
        reasons.add(
            "override",
            "override_cost_fit",
            cited("audience"),
            fit=fit.score,
            threshold=alloc.threshold,
        )
    displaced = alloc.displaced.get(nid, [])
    if displaced:
        reasons.add(
            "override",
            "override_cost_hours",
            cited("effort"),
            hours=alloc.hours(nid),
            others=displaced,
        )
    elif fit.score >= alloc.threshold:
        reasons.add("override", "override_cost_none", [])


def push_until(inputs: Inputs, kn: Catalogue) -> date | None:
    """The last day of a known window the plan starts in: an advocacy campaign's deadline, or
    the end of the booking season; None when there is none, or nothing after it."""
    dates = key_dates(inputs)
    start: date = inputs["start_date"]
    if inputs["objective"] == "advocacy" and dates:
        return dates[0] if dates[0] > start else None
    window = sales_window(inputs, kn)
    if window and len(window) < 12 and start.month in window:
        day = start
        while (day + timedelta(days=1)).month in window:
            day += timedelta(days=1)
        return day
    return None


def letter_cadence(inputs: Inputs, kn: Catalogue) -> tuple[str, date | None] | None:
    """How often a list already held is written to, and until when (review 6, #5): every week
    until an advocacy campaign's deadline (the inquiry closes on 31 March), twice a month until
    the end of a booking window the plan starts in (a campsite's January to April), an e-mail
    after each visit for a business that books appointments. None for any other letter."""
    held = existing_list(inputs, kn.thresholds)
    if held is None:
        return None
    if held == "clients":
        return ("after_visit", None)
    dates = key_dates(inputs)
    if inputs["objective"] == "advocacy" and dates:
        return ("weekly", dates[0])
    window = sales_window(inputs, kn)
    start: date = inputs["start_date"]
    if window and len(window) < 12 and start.month in window:
        day = start
        while (day + timedelta(days=1)).month in window:
            day += timedelta(days=1)
        return ("fortnightly", day)
    return None
