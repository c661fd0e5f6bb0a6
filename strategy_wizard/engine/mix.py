"""The network mix: which networks get a role and how much time each, recorded so that the
reasons (networks.py) can say exactly why.

Time is handed out in quarter hours, so that every figure shown is a quarter hour and every
total shown is the sum of what is shown, never more than the person has. The order of service
is the rule of the source material: one main network done well — one that rewards what the
person can make —, the local listing of a business people visit, then other social networks up
to what the team can keep (the team size caps social networks; owned channels and the listing
are counted apart), then one channel of their own. Listening comes first in the week: a quarter
of an hour per network watched, at most three (five for a monitoring objective), where the
audience talks, and never in private messaging.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from strategy_wizard.engine.relays import group_relay
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import (
    WORK_COPIES,
    Fit,
    adults_decide,
    adults_fit,
    age_fit,
    conversation_wanted,
    event_site,
    for_candidates,
    franchise_network,
    light_for_hire,
    list_sells,
    minors_band,
    objective_channel,
    offer_kind_of,
    offer_kinds,
    peer_groups,
    read_at_work,
    returning_list,
    review_site,
    runs_webinars,
    site_count,
    volunteers,
    weekly_order,
    young_buy_themselves,
    youngest_band,
)
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.catalogue import Catalogue, Network, PostsCap, Thresholds
from strategy_wizard.model.strategy import NetworkPlan, Role

QUARTER = 15  # minutes: the unit of every hour shown


@dataclass(frozen=True)
class YoungTest:
    """A time-boxed test on a network set aside that reaches the young adults the objective
    aims at (review 21a, R8): its videos are cut from the main network's, its hours come out of
    that network's week, between two dates. The network's note and the routine's line read it."""

    network: str
    main: str
    first: date
    last: date
    hours: float
    videos_per_week: int
    age: int
    age_to: int
    approved: bool  # a regulated organisation: each video approved like the other posts


@dataclass
class Allocation:
    roles: dict[str, Role]
    units: dict[str, int]  # quarter hours a week, per network given time
    listen_units: int = 0
    measure_units: int = 0
    spare_units: int = 0
    # a franchise network's week given to its franchisees: the local kit, a referent per outlet
    kit_units: int = 0
    kit_sites: int = 0
    listened: list[str] = field(default_factory=list)  # networks watched, in order
    not_listened: list[str] = field(default_factory=list)  # worth it, but beyond the cap
    not_needed: bool = False
    threshold: float = 50.0
    raised_because: list[int] = field(default_factory=list)  # matching threshold raises
    refusal: dict[str, str] = field(default_factory=dict)  # network id -> reason code
    left_when_refused: dict[str, int] = field(default_factory=dict)  # units left then
    displaced: dict[str, list[str]] = field(default_factory=dict)  # override -> networks
    team_cap: int = 1
    local_first: str | None = None  # the listing kept right after the main network
    owned_first: str | None = None  # an own channel fitting better than the main network
    returning: str | None = None  # the letter to returning customers, kept right after the main
    parents: str | None = None  # the payers' (parents') network, served before other supports
    young_support: str | None = None  # the young band's network when the adults act
    inbox: str | None = None  # a private messaging account kept to answer what comes in
    objective_channel: str | None = None  # an own channel the objective's metric names
    list_sells: int | None = None  # the subscribers of the list that sells, kept weekly
    kept_posts: float = 0.0  # ...and the issues a week it goes out now, kept
    sites: int | None = None  # the sites of a chain, when its listing is served for them
    long_video_solo: list[str] = field(default_factory=list)  # long videos, one person, no skill
    short_primary: str | None = None  # the main network the hours could not hold, given way
    short_primary_need: float = 0.0  # its minimum hours a week
    replaced: list[str] = field(default_factory=list)  # what waits for owned_first or parents
    second_audience_poor: list[str] = field(default_factory=list)  # a second one missing them
    # fit, formats, current (support), override, owned, local, young, ages (the whole audience),
    # deciders (the adults who act, when the young band has a say)
    primary_chosen_by: str = "fit"
    owned_choice: str | None = None  # the one channel of their own kept (the better fit)
    answering: list[str] = field(default_factory=list)  # kept to answer customers (support)
    cross_posted: list[str] = field(default_factory=list)  # current accounts fed from the main
    # current short-video accounts fed with the main network's vertical videos (Reels reused on
    # TikTok and Shorts): an adaptation's minutes, not a network's hours (review 23b, D3)
    reused: list[str] = field(default_factory=list)
    # the search network the audience says it looks for the product on (« en cherchant … sur
    # Pinterest »): hours and a role of its own, never a repost of the main one (review 23b, D6)
    searched: str | None = None
    # the main network a search network took the lead from, kept beside it on the photos and
    # clips already made: an online shop whose main network could not get its minimum next to
    # the pins (review 25a, #3: Instagram main at 1 h 30 of its 2 h 30, Pinterest support)
    photo_support: str | None = None
    capped: list[str] = field(default_factory=list)  # served only within the team's cap
    cap_from_hours: bool = False  # the hours, not the team, allow a second social network
    young_band: str | None = None  # the youngest band aimed at, when a young one
    passed_over: str | None = None  # the better-scoring network that reaches part of them
    prescribers: str | None = None  # the network where the people to convince are tagged
    listing_heir: str | None = None  # the network given the time of a listing not visited
    not_primary: list[str] = field(default_factory=list)  # cannot be main: misses that band
    fit_of: dict[str, int] = field(default_factory=dict)  # network id -> its fit
    main_fit: int = 0  # the main network's fit
    weekly_message: str | None = None  # the message of the week a weekly order comes from
    # the messaging app an audience abroad talks to a person on before deciding (review 22b, D3)
    conversation: str | None = None
    listing_profile: bool = False  # the listing kept to its profile (hours, photos, reviews)
    main_posts_then: float = 0.0  # the main network's posts when a busier one was refused
    reviews_first: bool = False  # the listing's time goes to answering reviews (tourism)
    review_site: str | None = None  # ...and the review site the answers name, beside it
    recruit_light: str | None = None  # kept for a large employer's job posts (second objective)
    # the network whose private groups the buyers trade advice in: listened to, answered there
    # as a person, no page to run (review 28new, D15), with the trade the answers name
    peer_groups: str | None = None
    peer_trade: str | None = None
    # a long-video account set aside that hosts the webinar replays, with no rhythm (D15)
    replay_home: str | None = None
    # a long-video channel kept as a library beside the main network on a short week: a video
    # every two weeks at its `library_hours`, not its minimum (review 30a, W7)
    library: list[str] = field(default_factory=list)
    # a founder-led B2B firm whose accounts speak in the founder's voice, with a small team
    # beside her: the week is shared between the two (review 28new, D9)
    founder_voice: bool = False

    def active(self) -> list[str]:
        return [n for n, r in self.roles.items() if r in ("primary", "secondary")]

    def hours(self, nid: str) -> float:
        return self.units.get(nid, 0) * QUARTER / 60

    def hours_of(self, kn: Catalogue) -> float:
        """What sharing the main network's posts to another account takes a week."""
        return cross_units(kn) * QUARTER / 60


def quarters(hours: float) -> int:
    """Hours as whole quarter hours, rounded down so a plan never exceeds what is given."""
    return math.floor(hours * 60 / QUARTER + 1e-9)


def cross_units(kn: Catalogue) -> int:
    return max(1, math.ceil(kn.thresholds.cross_post_minutes / QUARTER - 1e-9))


def reuse_units(kn: Catalogue) -> int:
    return max(1, math.ceil(kn.thresholds.reuse_clip_minutes / QUARTER - 1e-9))


def search_units(kn: Catalogue) -> int:
    return max(1, math.ceil(kn.thresholds.search_network_minutes / QUARTER - 1e-9))


def need_units(net: Network) -> int:
    return math.ceil(net.min_hours * 60 / QUARTER - 1e-9)


def typical_units(net: Network) -> int:
    return math.ceil(net.typical_hours * 60 / QUARTER - 1e-9)


def allocate(fits: list[Fit], inputs: Inputs, kn: Catalogue) -> Allocation:
    """The mix. Served in the order of the source material; when that order leaves a channel
    refused for want of time while one fitting less took the very hours it needed, the better
    one is served first and the week handed out again (review 28new, D3: a clinic's newsletter
    at 66 « no free time is left » beside a WhatsApp at 50 kept on the same half hour)."""
    promoted: list[str] = []
    while True:
        alloc = _allocate(fits, inputs, kn, tuple(promoted))
        nid = fit_overtaken(alloc, fits, inputs)
        if nid is None or nid in promoted:
            return alloc
        promoted.append(nid)


def _allocate(
    fits: list[Fit], inputs: Inputs, kn: Catalogue, promoted: tuple[str, ...] = ()
) -> Allocation:
    th = kn.thresholds
    total = quarters(inputs.hours)
    by_id = {f.network.id: f for f in fits}
    ranked = sorted(fits, key=lambda f: -f.score)  # stable: catalogue order breaks ties
    market, objective = inputs["market"], inputs["objective"]
    types = inputs.list("audience_types")
    threshold = kn.fit_threshold(market, objective, types)
    forced = {nid: spec["role"] for nid, spec in inputs.overrides.items()}
    relayed = group_relay(inputs, kn)
    social_ok = [
        f
        for f in ranked
        if f.network.kind == "social"
        and f.eligible
        and f.score >= threshold
        and (f.network.id != relayed or relayed in forced)
    ]
    monitoring = objective == "monitoring"
    team = inputs["team"] or "solo"
    alloc = Allocation(
        roles={},
        units={f.network.id: 0 for f in fits},
        not_needed=total == 0 or not social_ok,
        threshold=threshold,
        raised_because=[
            i for i, r in enumerate(th.fit_threshold_raises) if r.matches(market, objective, types)
        ],
        team_cap=th.max_social_networks.get(team, 1),
        young_band=youngest_band(inputs, th),
        fit_of={f.network.id: f.score for f in fits},
    )
    by_hours = max(
        (n for h, n in th.social_networks_from_hours.items() if inputs.hours + 1e-9 >= h),
        default=0,
    )
    if by_hours > alloc.team_cap:
        alloc.team_cap, alloc.cap_from_hours = by_hours, True
    for f in fits:
        if not f.eligible:
            alloc.refusal[f.network.id] = "not_eligible"
    if relayed is not None and relayed not in forced:
        alloc.refusal[relayed] = "group_relay"  # its groups carry the message: a relay

    if total == 0:
        for f in fits:
            alloc.roles[f.network.id] = "avoid"
            alloc.refusal.setdefault(f.network.id, "zero_hours")
        _apply_passive_overrides(alloc, forced)
        return alloc

    watch = _watch_candidates(fits, inputs, kn)
    cap = th.listen_max_networks_monitoring if monitoring else th.listen_max_networks
    wanted = min(len(watch), cap)
    pending = 0  # listening beyond its floor, served once every channel kept has its minimum
    alloc.measure_units = 1 if total >= 4 else 0
    if monitoring:
        # never more than the week holds (an hour a week with five networks to watch gave
        # listening 1 h 15 and an imposed network -30 min: hypothesis, CI of 6742164)
        alloc.listen_units = min(
            total - alloc.measure_units,
            max(wanted, math.ceil(total * th.listen_share_monitoring)),
        )
    else:
        share = th.listen_share_max
        if team == "solo" and not inputs.list("competitors"):
            share = th.listen_share_solo  # little to watch: the hours go to publishing
        full = min(wanted, math.floor(total * share))
        if wanted:
            full = max(full, min(wanted, th.listen_floor_units))
        alloc.listen_units = min(full, th.listen_floor_units)
        pending = full - alloc.listen_units
    left = total - alloc.listen_units - alloc.measure_units
    if franchise_network(inputs, th):
        # the head office speaks, the franchisees sell: a share of the week goes to them (the
        # monthly local kit, one referent per outlet trained), taken off the top like the
        # measuring, never more than a sixth of the week (review 22b, D5)
        alloc.kit_sites = site_count(inputs, th) or 0
        hours = alloc.kit_sites * th.franchise_hours_per_site
        hours = min(th.franchise_max_hours, max(th.franchise_min_hours, hours))
        kit = min(quarters(hours), total // 6)
        if kit >= 2:
            alloc.kit_units = kit
            left -= kit

    order = _order(fits, ranked, social_ok, inputs, kn, alloc, forced, by_id)
    _promote(order, promoted, alloc, by_id)

    # Serve each its minimum while time lasts; forced ones take time even when it is short.
    # A local business's listing is served before the main network takes its share: it costs
    # a quarter of an hour or two, and answers the searches made nearby.
    sites = site_count(inputs, th)
    if sites is not None and alloc.local_first is not None:
        alloc.sites = sites
    reserved = sum(
        _need(by_id[n].network, alloc, kn)
        for n in (alloc.local_first, alloc.returning)
        if n is not None
    ) + (_kept_units(alloc, kn) if alloc.objective_channel else 0)
    if alloc.weekly_message is not None:
        # the message of the week carries the sale: it is served, and an account of the main
        # network's family already run keeps its quarter hour, before the main network is given
        # more than what is left (review 9b, #6: Instagram « dès qu'un quart d'heure se libère »)
        weekly, crossed = _weekly_units(kn), cross_units(kn) * len(alloc.cross_posted)
        main_need = need_units(by_id[order[0]].network) if order else 0
        if alloc.local_first is not None and main_need + weekly + crossed + reserved > left:
            # hours short: the listing is kept to its profile, the week's news goes in the message
            reserved -= _need(by_id[alloc.local_first].network, alloc, kn)
            alloc.listing_profile = True
            reserved += _need(by_id[alloc.local_first].network, alloc, kn)
        reserved += weekly + crossed
    if alloc.searched is not None and alloc.searched in order:
        reserved += search_units(kn)  # kept before the main network takes its share
    if order and order[0] not in forced:
        reserved = _searched_leads(order, by_id, alloc, left, reserved, inputs, kn)
    if order and order[0] not in forced and alloc.photo_support is None:
        reserved = _swap_short_primary(order, by_id, alloc, social_ok, left, reserved, kn)
    main_score = by_id[order[0]].score if order else 0
    stretched = over_stretched(inputs, kn)
    for i, nid in enumerate(order):
        net = by_id[nid].network
        need = need_units(net)
        if nid == alloc.objective_channel:
            need = _kept_units(alloc, kn)  # the cadence it goes out at now, kept
            reserved = 0
        if nid == alloc.weekly_message:
            need = _weekly_units(kn)
        if nid == alloc.local_first:
            reserved = 0
            need = _need(net, alloc, kn)  # a chain's listings grow with its sites
        if nid == alloc.searched and i > 0:
            need = search_units(kn)  # pins made from the product photos already taken
        if nid == alloc.photo_support:
            need = photo_support_units(kn)  # a short video a week from what is filmed anyway
        if (
            i > 0
            and net.library_hours is not None
            and nid not in forced
            and nid not in alloc.cross_posted
            and nid != alloc.replay_home
            and left - reserved >= need  # kept at its minimum anyway: never kept for being cheap
            and net.min_hours > net.library_max_share * inputs.hours + 1e-9
        ):
            # its minimum would take the week's biggest share for one upload: a library
            need = quarters(net.library_hours)
            alloc.library.append(nid)
        if i == 0 and alloc.searched in order[1:] and nid not in forced:
            # the product photos serve both: the pins take part of the main network's minimum
            need = max(2, need - search_units(kn))
        if (
            nid == alloc.owned_first
            and nid not in inputs.list("current_networks")
            and alloc.roles.get(order[0]) == "primary"
            and alloc.units.get(order[0], 0) < need_units(by_id[order[0]].network)
        ):
            # an own channel not yet run has no list to carry the objective alone: it waits
            # until the main network has its minimum (review 4, D17: a food truck's newsletter
            # took half an hour while Instagram was short of its own minimum)
            alloc.refusal[nid] = "main_first"
            alloc.left_when_refused[nid] = left
            continue
        if nid == alloc.owned_first and 0 <= left < need and order:
            # an own channel fitting better than the main network: the main network is
            # brought back toward its minimum before this channel is refused for time
            surplus = alloc.units.get(order[0], 0) - need_units(by_id[order[0]].network)
            if alloc.roles.get(order[0]) == "primary" and surplus >= need - left:
                alloc.units[order[0]] -= need - left
                left = need
        if nid in alloc.capped:
            socials = [
                n
                for n in alloc.active()
                if by_id[n].network.kind == "social"
                and n not in alloc.cross_posted
                and n != alloc.weekly_message  # counted apart, as an own channel
                and n != alloc.conversation
            ]
            refused = "team_cap" if len(socials) >= alloc.team_cap else None
            # fitting as well as the main network or better, with a week that can carry it: its
            # audience and rhythm are no reason to leave it a mirror (review 20, D8)
            better = (
                by_id[nid].score >= main_score and inputs.hours + 1e-9 >= th.native_better_min_hours
            )
            if refused is None and socials and light_for_hire(net, inputs, th):
                # hiring care workers, trades or students: kept for its job posts, its weekly
                # hours go to a network the candidates use (review 14, #1)
                refused = "hire_light"
            if refused is None and not left >= need > 0:
                refused = "no_hours"
            if (
                refused is None
                and socials
                and nid not in (alloc.parents, alloc.young_support)
                and by_id[nid].parts["audience"] < th.second_network_min_audience
                and not better
                and not by_id[nid].boosts  # a doctrine for this case outweighs it
            ):
                # a second social network must reach the audience: time spent where it is
                # thinly present is taken from the main network for little
                refused = "second_audience_poor"
                alloc.second_audience_poor.append(nid)
            if (
                refused is None
                and socials
                and nid not in (alloc.parents, alloc.young_support)
                and not by_id[nid].boosts
                and not _measured_here(by_id[nid].network, inputs, kn)
                and not better
            ):
                # its audience figures are French and the audience is not: nothing shows it is
                # there, so a second network's hours stay with the main one (review 5, D14)
                refused = "audience_unmeasured"
            main_posts = posts_for(
                by_id[order[0]].network, alloc.hours(order[0]), th.short_post_hours
            )
            if (
                refused is None
                and socials
                and nid not in (alloc.parents, alloc.young_support)
                and not by_id[nid].boosts
                and alloc.primary_chosen_by != "override"  # a main channel imposed: its choice
                and net.min_posts > main_posts + 1e-9
                and not better
                # one edited long video a week outweighs two text posts: they never take the
                # lead from it (review 15, D3: LinkedIn cut to 15 min beside YouTube)
                and order[0] not in th.long_video_networks
            ):
                # a supporting network never posts more than the main one: at its minimum
                # rhythm it would take the lead (review 9b, #6: Pinterest's 3 pins a week
                # beside Instagram's 2 posts)
                refused = "busier_than_main"
                alloc.main_posts_then = main_posts
            channels = [
                n
                for n in alloc.active()
                if by_id[n].network.kind != "local" and n != alloc.conversation
            ]
            if (
                refused is not None
                and stretched
                and by_id[nid].score < main_score
                and len(channels) >= th.stretched_max_channels
            ):
                # too many networks for the hours (the over-stretch warning): an account that
                # fits less than the main one is kept up to date, watched, not fed with posts
                # it cannot always carry (review 7, #2: a school's LinkedIn text on YouTube)
                refused = "stretched_watch" if nid in inputs.list("current_networks") else refused
            reusable = by_id[order[0]].network.kind == "social" and nid in _reused_clips(
                inputs, kn, by_id, by_id[order[0]], alloc.threshold
            )
            if refused is not None and reusable and left >= reuse_units(kn):
                # no hours of its own, but the vertical videos already made for the main network
                # go here too, caption and sound adapted: minutes a week, never left on standby
                # (review 23b, D3)
                alloc.cross_posted.append(nid)
                alloc.reused.append(nid)
            elif refused is not None:
                family = net.cross_post_family
                if (
                    # an account of the main network's family costs a quarter hour from the
                    # same tool, even when the week is stretched (review 25a, #2: a school's
                    # Facebook, where its Nigerian and Ghanaian applicants and their parents
                    # are, on standby while LinkedIn was cross-posted)
                    (
                        refused != "stretched_watch"
                        or (
                            family is not None
                            and family == by_id[order[0]].network.cross_post_family
                        )
                    )
                    and (
                        nid in inputs.list("current_networks")
                        # the young's network beside their parents' main one, from the same
                        # tool: the parents' posts mirrored for the 13-17s, a quarter hour
                        # (review 26, #2: a youth club's Instagram)
                        or (
                            nid == alloc.young_support
                            and family is not None
                            and family == by_id[order[0]].network.cross_post_family
                        )
                    )
                    and by_id[order[0]].network.kind == "social"
                    and (
                        by_id[nid].score >= main_score - th.current_keep_within
                        # light for those hired: its job posts, shared from the main one
                        or refused == "hire_light"
                        # a volunteer call travels by shares: the account of the main one's
                        # family already run carries it too (review 32c, H5: a rescue's
                        # Instagram left on standby beside its Facebook)
                        or (
                            volunteers(inputs, th)
                            and family is not None
                            and family == by_id[order[0]].network.cross_post_family
                        )
                    )
                    and left >= cross_units(kn)
                ):
                    alloc.cross_posted.append(nid)  # fed from the main one, never closed
                else:
                    alloc.refusal[nid] = refused
                    alloc.left_when_refused[nid] = left
                    continue
        if nid in alloc.cross_posted:
            give = reuse_units(kn) if nid in alloc.reused else cross_units(kn)
            if left >= give:
                alloc.roles[nid] = "secondary"
                alloc.units[nid] = give
                left -= give
            else:
                alloc.cross_posted.remove(nid)
                alloc.refusal[nid] = "cross_no_hours"  # a quarter hour would have kept it
                alloc.left_when_refused[nid] = left
            continue
        if i == 0 or forced.get(nid) == "secondary":
            give = min(left, need)
            if i == 0:  # done well first: the main network gets its share before others
                room = max(0, left - reserved - pending)
                share = math.floor(room * th.primary_share)
                keep = max(need, 2, min(typical_units(net), share))
                if (
                    alloc.cap_from_hours
                    and not _second_fits(order, by_id, alloc, room - keep, inputs)
                    and _second_fits(order, by_id, alloc, room - max(need, 2), inputs)
                ):
                    share = 0  # two networks at their minimum beat one raised above it
                give = min(room, max(need, 2, min(typical_units(net), share)))
                # its minimum comes before listening beyond its floor (the listing, cheap and
                # early, keeps its share), unless an own channel already run, with its list, can
                # carry the objective on its own
                if alloc.owned_first not in inputs.list("current_networks"):
                    give = max(give, min(need, max(0, left - reserved)))
            alloc.roles[nid] = "primary" if i == 0 else "secondary"
            alloc.units[nid] = give
            left -= give
            if forced.get(nid):
                alloc.displaced[nid] = []
        elif left >= need > 0:
            alloc.roles[nid] = "secondary"
            alloc.units[nid] = need
            left -= need
        else:
            alloc.refusal[nid] = "no_hours"
            alloc.left_when_refused[nid] = left
            main_need = need_units(by_id[order[0]].network)
            if (
                nid == alloc.owned_first
                and alloc.roles.get(order[0]) == "primary"
                and alloc.units[order[0]] >= main_need
            ):
                # even with the main network at its minimum the time is short: say so (never
                # while the main network itself is held below its minimum)
                alloc.refusal[nid] = "main_at_min"
                alloc.left_when_refused[nid] = left + max(0, alloc.units[order[0]] - main_need)
    # An own channel given no time never leaves another one refused in its name.
    # A cheaper one that fits in the time left takes its place; the others say the time.
    own = alloc.owned_choice
    if own is not None and own in alloc.refusal:
        others = [f.network.id for f in ranked if alloc.refusal.get(f.network.id) == "one_owned"]
        for nid in others:
            need = need_units(by_id[nid].network)
            if alloc.owned_choice == own and 0 < need <= left:
                alloc.roles[nid], alloc.units[nid] = "secondary", need
                alloc.owned_choice = nid
                del alloc.refusal[nid]
                left -= need
            else:
                alloc.refusal[nid] = "no_hours"
                alloc.left_when_refused[nid] = left
        for nid in others:
            if alloc.refusal.get(nid) == "one_owned" or nid == alloc.owned_choice:
                continue
            if alloc.owned_choice != own:
                alloc.refusal[nid] = "one_owned"  # the one kept is named, and it is kept
    # Listening beyond its floor, once every channel kept has its minimum.
    extra = max(0, min(left, pending))
    alloc.listen_units += extra
    left -= extra
    # What a better-fitting own channel, or the parents' network, was kept instead of.
    first = [
        n
        for n in (alloc.owned_first, alloc.parents, alloc.young_support)
        if n and alloc.roles.get(n)
    ]
    if first:
        after = order[max(order.index(n) for n in first) + 1 :]
        alloc.replaced = [
            n
            for n in after
            if by_id[n].network.kind == "social"
            and alloc.refusal.get(n) in ("no_hours", "team_cap", "cross_no_hours")
        ][:1]  # the one that would have come next
    # Forced networks may have crowded out others that would have been chosen.
    for nid in alloc.displaced:
        alloc.displaced[nid] = [n for n in order if alloc.refusal.get(n) == "no_hours"]

    # Then raise each active network toward its typical effort, the primary first, and the
    # primary up to twice its typical effort. Listening to an organisation's market is the
    # point of a monitoring objective: publishing never takes more time than listening there.
    def room_for_publishing() -> int:
        if not monitoring:
            return left
        published = sum(alloc.units[n] for n in alloc.active())
        return max(0, min(left, alloc.listen_units - published))

    # (the main network stays at its minimum while an own channel fitting better has none)
    better_refused = alloc.owned_first is not None and alloc.refusal.get(alloc.owned_first) in (
        "no_hours",
        "main_at_min",
    )
    unvisited = next(
        (
            n
            for n, why in alloc.refusal.items()
            if why in ("not_visited", "recruit_listing", "far_audience", "objective_unvisited")
        ),
        None,
    )
    heir = next(
        (
            n
            for n in alloc.active()
            if alloc.roles[n] == "secondary"
            and by_id[n].network.kind == "social"
            and n != alloc.prescribers
        ),
        None,
    )
    if unvisited is not None and heir is not None:
        # the half hour a listing no one visits would have taken goes to the second network
        # (review 6, #11: a machining plant's LinkedIn had 15 min, its listing 30)
        give = min(room_for_publishing(), need_units(by_id[unvisited].network))
        if give > 0:
            alloc.units[heir] += give
            left -= give
            alloc.listing_heir = heir
    if alloc.local_first in alloc.active() and inputs["sector"] in th.review_sectors:
        # for a trip or a tour, reviews decide the booking: the listing is raised to its typical
        # time for answering each one before the main network is raised (review 9b, #6)
        nid = alloc.local_first
        alloc.reviews_first, alloc.review_site = True, review_site(inputs, th)
        if not alloc.listing_profile:
            room = typical_units(by_id[nid].network) - alloc.units[nid]
            give = max(0, min(room_for_publishing(), room))
            alloc.units[nid] += give
            left -= give
    if alloc.returning in alloc.active():
        # the letter to customers who come back goes out twice a month before any network is
        # raised above its minimum (review 5, D14: a festival's 70 % of returning buyers)
        nid = alloc.returning
        give = max(
            0, min(room_for_publishing(), quarters(th.returning_letter_hours) - alloc.units[nid])
        )
        alloc.units[nid] += give
        left -= give
    worked: set[str] = set()
    for nid in alloc.active():
        # an own list that converts for this offer (an off-plan developer's registrants) is
        # worked before any network is raised above its minimum (review 30a, W3)
        net = by_id[nid].network
        kind = offer_kind_of(net, inputs, kn)
        # (for the objectives the offer's list converts for: those its data names)
        if kind in net.hours_by_offer and objective in net.objectives_by_offer[kind]:
            room = quarters(net.hours_by_offer[kind]) - alloc.units[nid]
            give = max(0, min(room_for_publishing(), room))
            alloc.units[nid] += give
            left -= give
            worked.add(nid)
    alloc.library = [n for n in alloc.library if n in alloc.active()]
    for nid in alloc.active():
        if nid in alloc.library or nid in worked:
            continue  # a video every two weeks, a letter twice a month: their hours are set
        if nid in alloc.cross_posted or nid in (
            alloc.objective_channel,
            alloc.weekly_message,
            alloc.conversation,
        ):
            continue  # shared from the main network, or kept at its cadence: no more time
        if nid == alloc.local_first and alloc.listing_profile:
            continue  # kept to its profile: the week's news goes in the message
        if better_refused and alloc.roles[nid] == "primary":
            continue
        room = typical_units(by_id[nid].network) - alloc.units[nid]
        give = max(0, min(room_for_publishing(), room))
        alloc.units[nid] += give
        left -= give
    primary = order[0] if order else None
    alloc.main_fit = by_id[primary].score if primary else 0
    if primary and alloc.roles.get(primary) == "primary" and not better_refused:
        give = max(0, min(room_for_publishing(), typical_units(by_id[primary].network)))
        alloc.units[primary] += give
        left -= give
        _rank_by_role(alloc, primary, by_id, kn)
    if monitoring:  # what publishing may not take goes to listening
        alloc.listen_units += left
        left = 0
    alloc.spare_units = left
    if primary and alloc.units.get(primary, 0) < need_units(by_id[primary].network):
        # the main network is itself short of its minimum: what refused the others is time
        for nid, why in alloc.refusal.items():
            if why == "team_cap":
                alloc.refusal[nid] = "short_for_two"

    _peers_and_replays(alloc, by_id, inputs, kn, forced)
    alloc.founder_voice = founder_voice(inputs)
    # Who is watched: first where the person publishes (what is said to them there must be
    # answered) and, for a place people visit, its Google reviews; then where the audience
    # talks, among the networks given no time.
    kept = [
        nid
        for nid in alloc.active()
        if by_id[nid].network.listenable
        and (
            by_id[nid].network.kind == "social"
            or (
                by_id[nid].network.kind == "local"
                and inputs["premises"] in ("shop", "service_area")
            )
        )
    ]
    # one set aside for want of time is watched only where the audience talks in public, or
    # when the person runs it (review 6, #11: a campsite's YouTube "watched" when its reason
    # was the hours); one that addresses the market poorly is no place the audience talks (a
    # B2B consultant's YouTube)
    for_time = ("no_hours", "no_hours_none", "main_at_min", "short_for_two")
    passive = [
        nid
        for nid in watch
        if nid not in alloc.roles
        and (
            nid in inputs.list("current_networks")
            or (
                alloc.refusal.get(nid) not in for_time
                and by_id[nid].parts["market"] >= th.listen_market_min
            )
            or nid in th.talk_networks
        )
    ]
    passive = _groups_first(passive, alloc)
    room = max(0, cap - len(kept))
    # one only considered has no account to keep up to date: later, never on watch; its place
    # among those listened to stays empty (review 8a, #9: a coach's YouTube « En veille »);
    # groups are joined in one's own name, with no page to open
    later = [
        n
        for n in passive
        if n in inputs.list("considered_networks")
        and n not in inputs.list("current_networks")
        and n != alloc.peer_groups
    ]
    alloc.listened = (
        (kept[:cap] + [n for n in passive[:room] if n not in later]) if alloc.listen_units else []
    )
    # an account put on standby for the over-stretch is watched even past the cap: it is run
    alloc.listened += [
        n
        for n in passive
        if (
            alloc.refusal.get(n) == "stretched_watch"
            or (n in alloc.long_video_solo and n in inputs.list("current_networks"))
        )
        and n not in alloc.listened
    ]
    alloc.not_listened = (
        [n for n in passive[room:] if n not in alloc.listened] if alloc.listen_units else []
    )
    unused = wanted - len(alloc.listened)
    if unused > 0 and not monitoring and alloc.listen_units > len(alloc.listened):
        freed = min(unused, alloc.listen_units - max(1, len(alloc.listened)))
        alloc.listen_units -= freed
        alloc.spare_units += freed

    # When the team's cap is full, it is what refuses a social network near the bar or one
    # fitting better than a channel kept: the reason says the cap, never a weakness the score
    # belies (review 4, D11: a town's Instagram at 65 "where your audience is thin" beside a
    # WhatsApp at 55; a food truck's TikTok at 47 "out of your area" with 3 h a week).
    socials = [
        n
        for n in alloc.active()
        if by_id[n].network.kind == "social"
        and n not in alloc.cross_posted
        and n != alloc.weekly_message
        and n != alloc.conversation
    ]
    lowest_kept = min((alloc.fit_of[n] for n in alloc.active()), default=0)
    if len(socials) >= alloc.team_cap and not alloc.not_needed:
        for f in fits:
            nid, why = f.network.id, alloc.refusal.get(f.network.id, "low_fit")
            if nid in alloc.roles or f.network.kind != "social" or not f.eligible:
                continue
            weakest = min(f.parts[k] for k in ("objective", "market", "local"))
            suits = weakest >= th.near_bar_min_part
            if (why == "low_fit" and f.score >= threshold - th.near_bar_points and suits) or (
                why == "second_audience_poor" and f.score > lowest_kept
            ):
                alloc.refusal[nid] = "near_bar_cap" if why == "low_fit" else "team_cap"
    # A private messaging account customers already write to is not left: it stays the inbox
    # (greeting message, quick replies, labels), with no broadcasts; its replies come out of the
    # time for answering, not out of listening (review 8b, #3: WhatsApp in Singapore)
    alloc.inbox = next(
        (
            nid
            for nid in th.inbox_networks
            if nid in by_id
            and nid not in alloc.roles
            and nid in inputs.list("current_networks")
            and nid not in forced
            and not by_id[nid].network.listenable
            and ("automate_dms" in inputs.list("expectations") or nid == relayed)
        ),
        None,
    )
    for f in fits:
        nid = f.network.id
        if nid in alloc.roles:
            continue
        alloc.roles[nid] = "listen" if nid in alloc.listened or nid == alloc.inbox else "avoid"
        if nid not in alloc.refusal:
            alloc.refusal[nid] = (
                "not_needed" if alloc.not_needed and f.network.kind == "social" else "low_fit"
            )
    _apply_passive_overrides(alloc, forced)
    _cross_post_time(alloc, inputs, kn)
    return alloc


def _cross_post_time(alloc: Allocation, inputs: Inputs, kn: Catalogue) -> None:
    """An account fed from the main network gets the minutes its posts take there (each
    adapted: cropped for the feed, the link said to be in the bio; `cross_post_minutes_per_post`),
    taken from the main network's week when the main network's rhythm stays the same: three
    posts a week are not shared, adapted and answered in a quarter hour (review 33a, WN6)."""
    per_post = kn.thresholds.cross_post_minutes_per_post
    main = next((n for n in alloc.active() if alloc.roles[n] == "primary"), None)
    if not per_post or main is None:
        return
    net = kn.network(main)
    short = kn.thresholds.short_post_hours
    for nid in alloc.cross_posted:
        # reused clips and a job post a week have their own minutes (reuse_clip_minutes, the
        # recruiting rule): only an account that copies the main network's posts is counted
        if nid not in alloc.units or nid in alloc.reused or nid == alloc.recruit_light:
            continue
        posts = posts_for(net, alloc.hours(main), short)
        # a network read at work copies a chosen few, not every post (networks, WORK_COPIES)
        copies = min(posts, WORK_COPIES) if read_at_work(inputs, kn, nid) else posts
        extra = math.ceil(copies * per_post / QUARTER - 1e-9) - alloc.units[nid]
        left = alloc.units[main] - extra
        if extra <= 0 or left < need_units(net):
            continue
        if posts_for(net, left * QUARTER / 60, short) < posts:
            continue  # the main network's rhythm comes first: the account stays as it was
        alloc.units[main], alloc.units[nid] = left, alloc.units[nid] + extra


def _peers_and_replays(
    alloc: Allocation,
    by_id: dict[str, Fit],
    inputs: Inputs,
    kn: Catalogue,
    forced: dict[str, str],
) -> None:
    """Two networks given no hours whose job is not a page's (review 28new, D15, Dentiva): the
    one whose private groups the buyers trade advice in (UK and Irish practice managers on
    Facebook) is listened to first, answered there as a person; a long-video account the
    person runs or considers, beside a webinar, hosts the replays with no rhythm and is not
    watched (nothing is said to the organisation there)."""
    peers = peer_groups(inputs, kn)
    if peers is not None:
        nid, trade = peers
        if nid in by_id and by_id[nid].eligible and nid not in alloc.roles and nid not in forced:
            alloc.peer_groups, alloc.peer_trade = nid, trade
    if runs_webinars(inputs, kn):
        named = inputs.list("current_networks") + inputs.list("considered_networks")
        alloc.replay_home = next(
            (
                n
                for n in kn.thresholds.long_video_networks
                if n in by_id
                and n in named
                and by_id[n].eligible
                and n not in alloc.roles
                and n not in forced
            ),
            None,
        )


def founder_voice(inputs: Inputs) -> bool:
    """Whether the answers name two roles in the week: the founder, who speaks in her own name
    to buyers who are firms, and the small team beside her who prepares the rest (review 28new,
    D9: Dentiva's founder and marketer, 8 h a week, were one block with no one named)."""
    said = (inputs["run_by"], inputs["team"], inputs["voice"], inputs["market"])
    return said == ("founder", "small_team", "personal", "b2b")


def _groups_first(passive: list[str], alloc: Allocation) -> list[str]:
    """The networks watched without publishing, the buyers' groups first; a replay library is
    not watched."""
    first = [alloc.peer_groups] if alloc.peer_groups is not None else []
    return first + [n for n in passive if n not in (alloc.peer_groups, alloc.replay_home)]


def _rank_by_role(alloc: Allocation, primary: str, by_id: dict[str, Fit], kn: Catalogue) -> None:
    """The main network gets at least as many hours as any supporting one: a supporting network
    raised to a typical effort above the main one's gives it the difference, halved, down to its
    own minimum (review 19, D1: « Facebook Main · 3 h » beside Instagram 5 h and YouTube 6 h)."""
    for nid in alloc.active():
        if nid == primary or nid in alloc.cross_posted:
            continue
        if nid == alloc.objective_channel:
            floor = _kept_units(alloc, kn)  # the cadence it goes out at now, kept
        elif nid == alloc.weekly_message:
            floor = _weekly_units(kn)
        else:
            floor = _need(by_id[nid].network, alloc, kn)
        gap = alloc.units[nid] - alloc.units[primary]
        give = min(math.ceil(gap / 2), alloc.units[nid] - floor)
        if gap > 0 and give > 0:
            alloc.units[nid] -= give
            alloc.units[primary] += give


def _swap_short_primary(
    order: list[str],
    by_id: dict[str, Fit],
    alloc: Allocation,
    social_ok: list[Fit],
    left: int,
    reserved: int,
    kn: Catalogue,
) -> int:
    """A main network the hours cannot give its minimum gives way to one fitting nearly as
    well whose minimum fits (review 11a, #2: a joiner's LinkedIn at 1 h of its 2 h while the
    listing fitted better in half an hour). Returns the time still reserved before it."""
    th = kn.thresholds
    main = by_id[order[0]]
    if alloc.weekly_message is not None or alloc.objective_channel is not None:
        return reserved  # its time went to the channel that carries the objective, by design
    if left - reserved >= need_units(main.network) * th.primary_short_swap_share - 1e-9:
        return reserved  # near its minimum, it still runs
    candidates = [f for f in social_ok if f.network.id not in order]
    candidates = [f for f in candidates if f.network.id not in alloc.not_primary]
    if alloc.local_first is not None:
        candidates.append(by_id[alloc.local_first])
    for f in sorted(candidates, key=lambda f: -f.score):
        room = left - reserved
        if f.network.id == alloc.local_first:
            room += _need(f.network, alloc, kn)  # it no longer waits apart
        if f.score + th.primary_short_swap_within < main.score or need_units(f.network) > room:
            continue
        if f.network.id == alloc.local_first:
            order.remove(f.network.id)
            alloc.local_first = None
            reserved = left - room
        order.insert(0, f.network.id)
        alloc.short_primary, alloc.short_primary_need = main.network.id, main.network.min_hours
        alloc.primary_chosen_by = "hours"
        break
    return reserved


# a short video a week (the hunt, the pour) cut from what is filmed anyway, and its comments; a
# constant until the thresholds model (catalogue.py, another owner's file) takes it
PHOTO_SUPPORT_MINUTES = 45


def photo_support_units(kn: Catalogue) -> int:
    """Quarter hours a week the former main network keeps beside a search network in the lead."""
    return max(1, quarters(PHOTO_SUPPORT_MINUTES / 60))


def _searched_leads(
    order: list[str],
    by_id: dict[str, Fit],
    alloc: Allocation,
    left: int,
    reserved: int,
    inputs: Inputs,
    kn: Catalogue,
) -> int:
    """An online shop's search network takes the lead when the main network cannot get its
    minimum beside the pins: the audience searches there for gifts and decor, a pin leads to
    the product page for months; the former main network stays in support on the clips already
    filmed (review 25a, #3: Instagram main at 1 h 30 of its 2 h 30 beside Pinterest's pins).
    Returns the time still reserved before the main network."""
    nid = alloc.searched
    if nid is None or nid not in order[1:] or inputs["premises"] not in ("online_only",):
        return reserved
    main, pins = by_id[order[0]], by_id[nid]
    if (
        main.network.kind != "social"
        or not pins.boosts  # products people plan with pictures: the doctrine applies
        or pins.score < alloc.threshold
        or alloc.weekly_message is not None
        or alloc.objective_channel is not None
        # the share the main network is served leaves it short of its minimum
        or math.floor((left - reserved) * kn.thresholds.primary_share) >= need_units(main.network)
    ):
        return reserved
    order.remove(nid)
    order[0:1] = [nid, main.network.id]
    alloc.photo_support = main.network.id
    alloc.short_primary, alloc.short_primary_need = main.network.id, main.network.min_hours
    alloc.primary_chosen_by = "searched"
    return reserved - search_units(kn) + photo_support_units(kn)


def _need(net: Network, alloc: Allocation, kn: Catalogue) -> int:
    """Quarter hours a week a network needs at least: a chain's listing grows with its sites
    (six minutes a site, capped: the store managers answer their reviews)."""
    if net.kind == "local" and alloc.listing_profile and net.id == alloc.local_first:
        return max(1, quarters(kn.thresholds.listing_profile_hours))
    if net.kind == "local" and alloc.sites is not None and net.id == alloc.local_first:
        th = kn.thresholds
        hours = min(th.listing_max_hours, alloc.sites * th.listing_hours_per_site)
        return max(need_units(net), quarters(hours))
    return need_units(net)


def _weekly_units(kn: Catalogue) -> int:
    """Quarter hours a week the message of the week takes (what there is, until when to order)."""
    return max(1, quarters(kn.thresholds.weekly_message_hours))


def _kept_units(alloc: Allocation, kn: Catalogue) -> int:
    """Quarter hours a week an own channel kept at its cadence takes: its issues a week at the
    minutes an issue takes, never below the channel's own minimum."""
    assert alloc.objective_channel is not None
    net = kn.network(alloc.objective_channel)
    minutes = alloc.kept_posts * kn.thresholds.kept_issue_minutes
    return max(need_units(net), math.ceil(minutes / QUARTER - 1e-9))


def over_stretched(inputs: Inputs, kn: Catalogue) -> bool:
    """More networks run or considered than the hours can keep at their minimum (the
    over_stretched warning's own test)."""
    wanted = dict.fromkeys(inputs.list("current_networks") + inputs.list("considered_networks"))
    return sum(kn.network(n).min_hours for n in wanted) > inputs.hours


def _social_fits_beside(
    free_social: list[Fit], listing: Fit, inputs: Inputs, alloc: Allocation, th: Thresholds
) -> bool:
    """The best social network reaches the audience and the hours keep it at its minimum beside
    the listing: the listing and own channels count apart, so the social network leads (review 7,
    #7: an estate agency's 3 h made its Google listing main, against the rule stated elsewhere)."""
    if not free_social:
        return False
    best = free_social[0]
    left = quarters(inputs.hours) - alloc.listen_units - alloc.measure_units - alloc.kit_units
    return (
        best.parts["audience"] >= th.second_network_min_audience
        and need_units(best.network) + need_units(listing.network) <= left
    )


def _second_fits(
    order: list[str], by_id: dict[str, Fit], alloc: Allocation, room: int, inputs: Inputs
) -> bool:
    """Whether the next social network in the order, one the person runs or considered, fits
    at its minimum in the room the main network leaves (cheaper channels before it counted)."""
    wanted = inputs.list("current_networks") + inputs.list("considered_networks")
    for nid in order[1:]:
        net = by_id[nid].network
        if nid in alloc.cross_posted:
            room -= 1
        elif net.kind == "social":
            return nid in wanted and need_units(net) <= room
        elif nid == alloc.local_first:
            continue  # already set apart
    return False


def _whole_audience(
    pool: list[Fit], inputs: Inputs, kn: Catalogue, alloc: Allocation
) -> Fit | None:
    """The network to make main instead of the best-scoring one when that one reaches the ages
    aimed at thinly as a whole (well only among some bands) and another reaches them well
    within a few points: the audience is all the bands ticked, not the best-matching one."""
    th = kn.thresholds
    if alloc.young_band is not None or len(inputs.list("audience_ages")) < 2 or not pool:
        return None
    best = pool[0]
    if (age_fit(best.network, inputs, th) or 0) >= th.primary_min_age_fit:
        return None
    return next(
        (
            f
            for f in pool[1:]
            if (age_fit(f.network, inputs, th) or 0) >= th.second_network_min_audience
            and f.score >= best.score - th.primary_age_within
        ),
        None,
    )


def _deciders_network(pool: list[Fit], inputs: Inputs, th: Thresholds) -> Fit | None:
    """When the adults decide, the network within a few points of the best-scoring one that
    reaches the adult bands ticked better than it (parents of 28 to 50 on Facebook rather
    than on the Instagram of their 13-17s), else None."""
    best = pool[0] if pool else None
    if best is None:
        return None
    reach = adults_fit(best.network, inputs, th)
    if reach is None:
        return None
    closer = [
        f
        for f in pool[1:]
        if f.score >= best.score - th.primary_age_within
        and (adults_fit(f.network, inputs, th) or 0) > reach
    ]
    return max(closer, key=lambda f: adults_fit(f.network, inputs, th) or 0, default=None)


def _prescribers_network(inputs: Inputs, kn: Catalogue, by_id: dict[str, Fit]) -> str | None:
    """For an advocacy objective aiming at prescribers (councillors, journalists), the network
    where they are reachable: the one of the data's list the person runs, else considers, else
    the first in the catalogue."""
    th = kn.thresholds
    if inputs["objective"] != "advocacy" or "prescribers" not in inputs.list("audience_types"):
        return None
    known = [n for n in th.prescriber_networks if n in by_id]
    for wanted in (inputs.list("current_networks"), inputs.list("considered_networks")):
        found = next((n for n in known if n in wanted), None)
        if found is not None:
            return found
    return known[0] if known else None


def _measured_here(net: Network, inputs: Inputs, kn: Catalogue) -> bool:
    """Whether the network's audience figures describe where the audience is: French figures
    say nothing of a British or a Belgian audience (a worldwide or American figure is shown as
    such). Where the audience is comes from the `country` answer (France assumed for French
    answers), never from the language the document is rendered in."""
    if inputs.country == "FR":
        return True
    return any(kn.fact(f).geo != "fr" for f in net.facts.get("audience", []))


def named_in_answers(net: Network, inputs: Inputs) -> bool:
    """Whether the person's own words name the network where the audience speaks to them
    (the audience described, the action wanted, the notes): evidence that customers ask
    there, which an account merely held is not. A short name (X) counts only as a whole,
    case-kept word; the name in brackets (Twitter) counts too."""
    texts = [
        str(inputs["audience_description"] or ""),
        str(inputs["desired_action"] or ""),
        *(str(v) for v in inputs.notes.values()),
    ]
    text = " ".join(texts)
    names = {net.name, net.name.split(" (")[0].strip()}
    names |= set(re.findall(r"\(([^)]+)\)", net.name))
    for name in names:
        flags = re.IGNORECASE if len(name) > 2 else 0
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags):
            return True
    return False


def _watch_candidates(fits: list[Fit], inputs: Inputs, kn: Catalogue) -> list[str]:
    """Social networks worth listening to, where the audience talks first: public ones only,
    the person's own first (what is said to them there must be answered), then by how much of
    the audience is there."""
    current = inputs.list("current_networks")
    good = [
        f
        for f in fits
        if f.network.kind == "social"
        and f.network.listenable
        # listening opens no page: a network never named is watched at its fit before the
        # start-up cost (review 15, D3)
        and (f.score + f.start_cost >= kn.thresholds.listen_threshold or f.network.id in current)
    ]
    considered = inputs.list("considered_networks")
    good.sort(
        key=lambda f: (
            f.network.id not in current,
            f.network.id not in considered,
            -f.parts["audience"],
            -(f.score + f.start_cost),
        )
    )
    return [f.network.id for f in good]


def _order(
    fits: list[Fit],
    ranked: list[Fit],
    social_ok: list[Fit],
    inputs: Inputs,
    kn: Catalogue,
    alloc: Allocation,
    forced: dict[str, str],
    by_id: dict[str, Fit],
) -> list[str]:
    """The networks that may get time, in the order they are served."""
    th = kn.thresholds
    event = event_site(inputs, th)
    primary = next((n for n, r in forced.items() if r == "primary"), None)
    if primary is not None:
        alloc.primary_chosen_by = "override"
    free_social = [f for f in social_ok if f.network.id not in forced]
    deciders = alloc.young_band is not None and adults_decide(inputs, th)
    if alloc.young_band is not None and not deciders:
        # the main network must reach the youngest band aimed at, not only the parents
        missing = [
            f.network.id
            for f in free_social
            if f.network.ages.get(alloc.young_band, 0) < th.young_band_primary_min_fit
        ]
        alloc.not_primary = missing
        best = free_social[0].network.id if free_social else None
        free_social = [f for f in free_social if f.network.id not in missing] or free_social
        if best in missing and free_social and free_social[0].network.id not in missing:
            alloc.primary_chosen_by = "young"
    listing_main = next(
        (
            f
            for f in ranked
            if f.network.kind == "local" and f.eligible and f.network.id not in forced
        ),
        None,
    )
    if (
        primary is None
        and listing_main is not None
        and inputs["premises"] in ("shop", "service_area")
        and inputs["audience_geo"] == "local"
        and inputs.hours <= th.local_primary_max_hours + 1e-9
        and listing_main.score >= th.local_listing_min_fit
        and (not free_social or listing_main.score >= free_social[0].score)
        and alloc.young_band is None
        and not event
        and not _social_fits_beside(free_social, listing_main, inputs, alloc, th)
    ):
        # few hours for a place people find by searching nearby: the listing leads
        primary, alloc.primary_chosen_by = listing_main.network.id, "local"
    if primary is None and free_social:
        can_make = [f for f in free_social if f.parts["formats"] >= th.primary_min_formats]
        pool = can_make or free_social
        if inputs["objective"] == "support":
            # help customers where they already ask
            asked = [
                f
                for f in pool
                if f.network.id in inputs.list("current_networks")
                and inputs["current_audience_fit"] in ("yes", "partly")
            ]
            if asked:
                pool, alloc.primary_chosen_by = asked, "current"
        if pool is can_make and can_make[0] is not free_social[0]:
            alloc.primary_chosen_by = "formats"
        primary = pool[0].network.id
        whole = _whole_audience(pool, inputs, kn, alloc)
        parents = _deciders_network(pool, inputs, th) if deciders else None
        if whole is not None:
            alloc.passed_over = primary
            primary, alloc.primary_chosen_by = whole.network.id, "ages"
        elif parents is not None and minors_band(alloc.young_band):
            # the parents of minors decide: the main network is theirs, the young get the
            # supporting one (review 26, #2: a youth club's Instagram led, Facebook, where the
            # parents and the village groups are, was on standby)
            primary, alloc.primary_chosen_by = parents.network.id, "deciders"
    if primary is None:
        owned = [
            f
            for f in ranked
            if f.network.kind != "social"
            and f.eligible
            and f.score >= th.listen_threshold
            and forced.get(f.network.id) is None
        ]
        if owned:
            primary, alloc.primary_chosen_by = owned[0].network.id, "owned"
    order: list[str] = [primary] if primary else []

    # An own channel the objective's metric names, already run at a cadence: it is the
    # objective, kept as often as it goes out now; the main network brings it new readers
    # (review 8a, #3: a weekly newsletter cut to once a month)
    own_kept = objective_channel(inputs, th)
    sells = list_sells(inputs, th, kn.metrics.list_other_words, kn.metrics.list_email_words)
    if own_kept is None and sells is not None:
        # an online seller's counted list is its sales channel: weekly, as a launch is sold to
        # it (review 15, D3: 14,200 subscribers written to fortnightly « for loyalty »)
        own_kept = (th.returning_channel, th.list_sells_posts)
        alloc.list_sells = sells
    if (
        own_kept is not None
        and primary is not None
        and own_kept[0] != primary
        and own_kept[0] in by_id
        and by_id[own_kept[0]].eligible
        and own_kept[0] not in forced
    ):
        order.append(own_kept[0])
        alloc.objective_channel, alloc.kept_posts = own_kept

    # A sale made by a weekly order: the message of the week, sent to those who asked for it, is
    # the sales channel; kept right after the main network, counted apart (review 9b, #6)
    if primary is not None and weekly_order(inputs, th):
        wanted = inputs.list("current_networks") + inputs.list("considered_networks")
        usable = [
            n
            for n in th.weekly_message_channels
            if n in by_id and by_id[n].eligible and n not in forced and n not in order
        ]
        chosen = next((n for n in usable if n in wanted), usable[-1] if usable else None)
        if chosen is not None and primary not in th.weekly_message_channels:
            order.append(chosen)
            alloc.weekly_message = chosen
            alloc.refusal.pop(chosen, None)

    # An audience abroad weighing a costly decision (leads from individuals in other countries)
    # talks to a person before it commits: the messaging app it already uses carries that
    # conversation, answered by people, counted apart from the networks one publishes on
    # (review 22b, D3: WhatsApp set aside for a business school whose offer-holders and
    # parents in India and Nigeria talk to admissions there)
    talk = th.conversation_channel
    if (
        primary is not None
        and alloc.weekly_message is None
        and talk in by_id
        and talk != primary
        and talk not in order
        and talk not in forced
        and by_id[talk].eligible
        and conversation_wanted(inputs, th)
        # never beyond the team's cap on social networks (a solo keeps one: the property test)
        and sum(by_id[n].network.kind == "social" for n in order) < alloc.team_cap
    ):
        order.append(talk)
        alloc.conversation = talk
        alloc.refusal.pop(talk, None)

    # A list of customers who come back is written to before anything else is added: it is
    # the cheapest way to bring them back (review 5, D1: 62 % of a campsite's guests return).
    letter = by_id.get(th.returning_channel)
    if (
        letter is not None
        and primary is not None
        and by_id[primary].network.kind != "owned"
        and letter.eligible
        and letter.network.id not in order
        and letter.score >= th.listen_threshold
        and th.returning_channel not in forced
        and returning_list(inputs, th)
    ):
        order.append(letter.network.id)
        alloc.returning = letter.network.id

    # A shop or a trade's listing comes right after the main network: it costs little and
    # answers people searching nearby. A yearly event is not searched for nearby: its listing
    # is a place page, kept up at each edition without weekly posts.
    listing = next(
        (
            f
            for f in ranked
            if f.network.kind == "local"
            and f.eligible
            and f.network.id not in order
            and f.network.id not in forced
        ),
        None,
    )
    if listing is not None and event:
        alloc.refusal[listing.network.id] = "event_place_page"
    elif listing is not None and for_candidates(inputs):
        # candidates do not look for a job on the listing (a hospital's is read by patients):
        # it stays a profile kept up to date, with no recruitment posts, and its time goes to
        # a social network the candidates use (review 14, #1)
        alloc.refusal[listing.network.id] = "recruit_listing"
    elif listing is not None and (inputs["market"] or "b2c") not in th.listing_weekly_markets:
        # a firm selling to firms is not visited by people searching nearby: its listing is a
        # profile kept up to date (address, hours, photos), its weekly time goes elsewhere
        alloc.refusal[listing.network.id] = "not_visited"
    elif (
        listing is not None
        and inputs["audience_geo"] in th.listing_far_geo
        and inputs["sector"] not in th.listing_visitor_sectors
    ):
        # an audience in other countries never searches « near me » for the place: the listing
        # is kept up to date for the visits that follow, its weekly time goes to the networks
        # (review 22b, D3: a business school's webinar dates posted for applicants in Lagos)
        alloc.refusal[listing.network.id] = "far_audience"
    elif listing is not None and any(c.matches(inputs.values) for c in listing.network.cuts):
        # the listing does nothing for this objective when nobody comes in nor is visited to
        # be served (networks.yaml `cuts`): kept up to date, never a weekly channel nor named
        # in the objective (review 30b, V3: a cooperative's Google listing kept for advocacy)
        alloc.refusal[listing.network.id] = "objective_unvisited"
    elif (
        listing is not None
        and inputs["premises"] in ("shop", "service_area")
        and listing.score >= th.local_listing_min_fit
    ):
        order.append(listing.network.id)
        alloc.local_first = listing.network.id

    main = by_id[primary] if primary else None
    searched = searched_network(inputs, kn)
    if (
        searched is not None
        and main is not None
        and searched != main.network.id
        and searched in by_id
        and by_id[searched].eligible
        and by_id[searched].score >= th.listen_threshold
        and searched not in forced
        and searched not in order
        and not alloc.not_needed
    ):
        # the audience looks for the product there: pins of its own, each to one product page,
        # served right after the main network (review 23b, D6)
        order.append(searched)
        alloc.searched = searched
        alloc.refusal.pop(searched, None)
    better_own = next(
        (
            f
            for f in ranked
            if f.network.kind == "owned"
            and f.eligible
            and main is not None
            and main.network.kind in ("social", "local")
            and f.score > main.score
            and f.network.id not in forced
            and f.network.id not in order
        ),
        None,
    )
    if better_own is not None:
        # it fits better than the main network: served before other supporting channels
        order.append(better_own.network.id)
        alloc.owned_first = better_own.network.id

    # The young band, when the adults are the ones who act: the main network serves the adults,
    # the network the young use best is the supporting one (review 8b, #3)
    young = (
        next(
            (
                f
                for f in social_ok
                if f.network.id not in order
                and f.network.id not in forced
                and f.network.ages.get(alloc.young_band or "", 0) >= th.young_band_primary_min_fit
                and main is not None
                and f.network.ages.get(alloc.young_band or "", 0)
                > main.network.ages.get(alloc.young_band or "", 0)
            ),
            None,
        )
        if deciders and not alloc.not_needed
        else None
    )
    if young is not None:
        if primary is not None and alloc.primary_chosen_by == "fit":
            alloc.primary_chosen_by = "deciders"
        order.append(young.network.id)
        alloc.capped.append(young.network.id)
        alloc.young_support = young.network.id

    # The parents, who pay and decide, on the network they use when the main one reaches
    # their children: served before other supporting channels (within the team's cap). Not
    # when the young buy with their own money: they choose, and their second network is kept
    # (review 11b, #1: Facebook « pour les parents » took a sweets brand's TikTok slot).
    adults = [a for a in inputs.list("audience_ages") if a not in th.young_bands]
    parents = (
        next(
            (
                f
                for f in social_ok
                if f.network.id in alloc.not_primary and f.network.id not in forced
            ),
            None,
        )
        if alloc.young_band is not None
        and adults
        and not alloc.not_needed
        and not young_buy_themselves(inputs, th)
        else None
    )
    if parents is not None and parents.network.id not in order:
        order.append(parents.network.id)
        alloc.capped.append(parents.network.id)
        alloc.parents = parents.network.id
        if alloc.returning in order:  # the payers' network first, then the letter to them
            order.remove(alloc.returning)
            order.append(alloc.returning)

    order += [n for n, r in forced.items() if r == "secondary" and n not in order]
    socials_in = sum(1 for n in order if by_id[n].network.kind == "social")
    if inputs["objective"] == "support" and inputs["current_audience_fit"] in ("yes", "partly"):
        # customers ask where the organisation already is: answering there comes first
        for nid in inputs.list("current_networks"):
            f = by_id[nid]
            if (
                f.network.kind == "social"
                and f.network.listenable
                and nid not in order
                and nid not in forced
                and f.score >= th.listen_threshold
                # a dormant account fitting poorly is no help desk on its being there alone:
                # only when the answers say customers ask there (review 30b, E1: X at 37 kept
                # with 5 h on « your customers already ask you there »); else it is listened to
                and (f.score >= th.fit_threshold or named_in_answers(f.network, inputs))
                and socials_in < alloc.team_cap
            ):
                order.append(nid)
                alloc.answering.append(nid)
                socials_in += 1

    def keep_current(same_family: bool) -> None:
        """An account already run that fits nearly as well as the main network is kept, fed
        with the main network's posts, rather than closed; one posted to from the same tool
        as the main network (Facebook and Instagram) is fed that way before others are chosen."""
        if main is None or main.network.kind != "social":
            return
        family = main.network.cross_post_family
        for nid in inputs.list("current_networks"):
            f = by_id[nid]
            if (
                f.network.kind == "social"
                and f.eligible
                and nid not in order
                and nid not in forced
                and f.score >= main.score - th.current_keep_within
                and (not same_family or (family and f.network.cross_post_family == family))
                and not (
                    inputs.hours + 1e-9 >= th.native_second_min_hours
                    and f.parts["audience"] >= th.second_network_min_audience
                )
                # one fitting as well as the main network or better is given hours of its own
                # when the week can carry them (review 20, D8: Instagram 70 beside Facebook 67,
                # 15 min of copies with 8 h a week); a mirror only when it cannot
                and not (
                    f.score >= main.score and inputs.hours + 1e-9 >= th.native_better_min_hours
                )
            ):
                order.append(nid)
                alloc.cross_posted.append(nid)
                alloc.refusal.pop(nid, None)

    keep_current(same_family=True)
    tagged = _prescribers_network(inputs, kn, by_id)
    if tagged is not None and tagged not in order and tagged not in forced and main is not None:
        # councillors and journalists are convinced by facts put in front of them where they
        # read: a quarter of an hour to share each new fact there and tag them, not a network
        # scored for the audience (review 6, #6)
        order.append(tagged)
        alloc.cross_posted.append(tagged)
        alloc.prescribers = tagged
        alloc.refusal.pop(tagged, None)
    light = _recruit_light(inputs, kn, by_id)
    if (
        light is not None
        and light not in order
        and light not in forced
        and main is not None
        and main.network.kind == "social"
    ):
        # hiring is a second objective of a large employer: the network where people look for
        # a skilled job keeps its job posts and team news, a quarter of an hour, rather than
        # being left (review 19, D1: a credit union's LinkedIn « pin a post saying where to
        # find you now » while it hires)
        order.append(light)
        alloc.cross_posted.append(light)
        alloc.recruit_light = light
        alloc.refusal.pop(light, None)
    if not alloc.not_needed:
        for f in social_ok:
            nid = f.network.id
            if nid in order or nid in forced:
                continue
            if f.parts["formats"] < th.primary_min_formats:
                alloc.refusal[nid] = "cannot_make"  # it rewards what the person cannot make
                continue
            if messaging_only(f):
                alloc.refusal[nid] = "messaging_only"
                continue
            if (
                nid in th.long_video_networks
                and nid in inputs.list("current_networks")
                and (inputs["team"] or "solo") == "solo"
                and "video" not in inputs.list("skills")
            ):
                # two edited long videos a week is a day's work for one person without the
                # skill: watched, its Shorts cut from the short videos (review 8a, #5)
                alloc.refusal[nid] = "long_video_solo"
                alloc.long_video_solo.append(nid)
                continue
            order.append(nid)  # the team's cap is applied as time is served
            alloc.capped.append(nid)
    # Then one channel of their own and, for others, the listing, the better fit first.
    extras: list[Fit] = []
    owned = [
        f
        for f in ranked
        if f.network.kind == "owned"
        and f.score >= th.listen_threshold
        and f.network.id not in forced
    ]
    if alloc.weekly_message is not None:
        # the message of the week goes out once, on one channel: no second letter beside it
        for f in owned:
            if f.network.id in th.weekly_message_channels and f.network.id not in order:
                alloc.refusal[f.network.id] = "weekly_elsewhere"
        owned = [f for f in owned if alloc.refusal.get(f.network.id) != "weekly_elsewhere"]
    kept = next((n for n in order if by_id[n].network.kind == "owned"), None)
    if kept is None and owned:
        extras.append(owned[0])
        kept = owned[0].network.id
    if kept is not None:
        alloc.owned_choice = kept
        for other in owned:
            if other.network.id != kept:
                alloc.refusal.setdefault(other.network.id, "one_owned")
    extras += [
        f
        for f in ranked
        if f.network.kind == "local"
        and f.eligible
        and f.score >= alloc.threshold
        and f.network.id not in order
        and f.network.id not in forced
        and alloc.refusal.get(f.network.id)
        not in (
            "event_place_page",
            "not_visited",
            "recruit_listing",
            "far_audience",
            "objective_unvisited",
        )
    ]
    order += [f.network.id for f in sorted(extras, key=lambda f: -f.score)]
    own = alloc.owned_choice
    if (
        own in inputs.list("current_networks")
        and own in order
        and alloc.capped
        and own != alloc.owned_first
        and order.index(own) > order.index(alloc.capped[0])
    ):
        # a channel of their own already run is served before other networks are added (moved
        # forward only: an imposed main channel stays first)
        order.remove(own)
        order.insert(order.index(alloc.capped[0]), own)
    return order


def searched_network(inputs: Inputs, kn: Catalogue) -> str | None:
    """The search network the audience description says people look for the offer on: one
    clause names it with a search word (« elles trouvent la boutique en cherchant « bougie
    vintage » … sur Etsy et sur Pinterest »), among `search_networks` (review 23b, D6)."""
    th = kn.thresholds
    words = [w for ws in th.search_words.values() for w in ws]
    for clause in re.split(r"[;.]", str(inputs["audience_description"] or "")):
        if not contains_words(clause, words):
            continue
        for nid in th.search_networks:
            if nid in kn.network_ids and contains_words(clause, [kn.network(nid).name]):
                return nid
    return None


def _reused_clips(
    inputs: Inputs, kn: Catalogue, by_id: dict[str, Fit], main: Fit, threshold: float
) -> list[str]:
    """The accounts already run where the main network's short vertical videos go again (Reels
    on TikTok and as Shorts): the person makes short videos, the main network carries them, the
    account fits (its threshold) and the week is long enough to serve a second network. An
    adaptation's minutes each, never a network left on standby while its audience waits
    (review 23b, D3: a band's TikTok and YouTube watched, their clips made for Reels anyway)."""
    th = kn.thresholds
    if (
        "short_video" not in inputs.list("formats")
        or main.network.id not in th.short_video_networks
        or inputs.hours + 1e-9 < th.native_better_min_hours
    ):
        return []
    return [
        nid
        for nid in inputs.list("current_networks")
        if nid in th.short_video_networks
        and nid != main.network.id
        and nid in by_id
        and by_id[nid].eligible
        and by_id[nid].score >= threshold
    ]


def _recruit_light(inputs: Inputs, kn: Catalogue, by_id: dict[str, Fit]) -> str | None:
    """The network a large employer that hires as a second objective keeps for its job posts:
    the first of the data's list the person runs (review 19, D1)."""
    th = kn.thresholds
    if (
        "recruitment" not in inputs.list("secondary_objectives")
        or inputs["org_kind"] not in th.recruit_light_org_kinds
    ):
        return None
    # an account they run, or one they consider when candidates are among those aimed at (a
    # franchisor hiring bakers and franchisees; review 25a, #3: LinkedIn refused « for a B2C
    # market » while recruitment is a second objective)
    named = inputs.list("current_networks")
    if "candidates" in inputs.list("audience_types"):
        named = named + inputs.list("considered_networks")
    return next(
        (n for n in th.recruit_light_networks if n in by_id and by_id[n].eligible and n in named),
        None,
    )


def _apply_passive_overrides(alloc: Allocation, forced: dict[str, str]) -> None:
    for nid, role in forced.items():
        if role in ("listen", "avoid"):
            alloc.spare_units += alloc.units.get(nid, 0)
            alloc.units[nid] = 0
            alloc.roles[nid] = "listen" if role == "listen" else "avoid"
            if role == "listen" and nid not in alloc.listened:
                alloc.listened.append(nid)
            if role == "avoid" and nid in alloc.listened:
                alloc.listened.remove(nid)


# A private messaging app publishes to no one new: its one-way channel serves only the
# objectives it is strong for (the news sent to those who already follow: loyalty, an event's
# day), at or above this part of the fit (networks.py says the same part is a strength).
MESSAGING_PUBLISH_MIN = 0.6


def messaging_only(f: Fit) -> bool:
    """Whether a network is a private messaging app kept to its conversations: never served as
    a weekly publishing channel in the ordinary fill, unless a doctrine boosts it (a town's
    channel) or its one-way channel serves the objective well. The roles that give it a job
    of its own (the message of the week, the conversation before a decision, the inbox) are
    decided apart (review 28new, D3: a clinic's WhatsApp « 1 publication par semaine » while
    its answers speak of appointments only)."""
    return (
        f.network.kind == "social"
        and not f.network.listenable
        and not f.boosts
        and f.parts["objective"] < MESSAGING_PUBLISH_MIN
    )


# the roles served apart, each with its own stated reason: never the « ordinary » channel a
# refusal for time is held against
def _served_apart(alloc: Allocation) -> set[str]:
    return (
        {
            n
            for n in (
                alloc.objective_channel,
                alloc.weekly_message,
                alloc.conversation,
                alloc.returning,
                alloc.local_first,
                alloc.searched,
                alloc.photo_support,
                alloc.owned_first,
                alloc.parents,
                alloc.young_support,
                alloc.prescribers,
                alloc.recruit_light,
                alloc.listing_heir,
            )
            if n is not None
        }
        | set(alloc.cross_posted)
        | set(alloc.answering)
    )


def fit_overtaken(alloc: Allocation, fits: list[Fit], inputs: Inputs) -> str | None:
    """A network refused because no time was left while a channel fitting less, served in the
    ordinary fill and not imposed, was given at least the minimum it needed (the same hours
    class): the first such network, the best fit first, else None. Its refusal would not hold
    against what was kept."""
    forced = set(inputs.overrides)
    apart = _served_apart(alloc)
    by_id = {f.network.id: f for f in fits}
    kept = [
        n
        for n in alloc.active()
        if alloc.roles[n] == "secondary" and n not in forced and n not in apart
    ]
    for f in sorted(fits, key=lambda f: -f.score):
        nid = f.network.id
        if alloc.refusal.get(nid) != "no_hours" or nid in alloc.active():
            continue
        if any(
            by_id[k].score < f.score and alloc.units.get(k, 0) >= need_units(f.network)
            for k in kept
        ):
            return nid
    return None


def _promote(
    order: list[str], promoted: tuple[str, ...], alloc: Allocation, by_id: dict[str, Fit]
) -> None:
    """Each network `fit_overtaken` found served right before the first channel of the
    ordinary fill that fits less than it (the main network and the roles served apart keep
    their places)."""
    apart = _served_apart(alloc)
    for nid in promoted:
        if nid not in order:
            continue
        order.remove(nid)
        at = next(
            (
                i
                for i, n in enumerate(order)
                if i > 0 and n not in apart and by_id[n].score < by_id[nid].score
            ),
            None,
        )
        order.insert(len(order) if at is None else at, nid)


def posts_for(net: Network, hours: float, short_post_hours: float = 0.0) -> float:
    """Posts a week the hours can sustain, from the catalogue's minimum and typical rhythm, as a
    person counts them: whole posts a week, or one every two weeks, or one a month. On a network
    of short posts (an hour a post or less at its typical rhythm), each `short_post_hours` of the
    time makes one (review 7, #6: 1 h 30 of Facebook is two short posts, not one)."""
    if hours <= 0:
        return 0.0
    if hours < net.min_hours or net.typical_hours == net.min_hours:
        posts = net.min_posts * min(1.0, hours / net.min_hours if net.min_hours else 1.0)
    else:
        frac = min(1.0, (hours - net.min_hours) / (net.typical_hours - net.min_hours))
        posts = net.min_posts + (net.typical_posts - net.min_posts) * frac
    short = net.typical_posts >= 1 and net.typical_hours <= net.typical_posts
    if short_post_hours > 0 and short and hours + 1e-9 >= net.min_hours:
        # (up to two: beyond, the typical rhythm for the hours decides, as before)
        by_time = min(net.typical_posts, 2, math.floor(hours / short_post_hours + 1e-9))
        posts = max(posts, by_time)
    if posts >= 1:
        return float(math.floor(posts + 0.5))
    return 0.5 if posts >= 0.5 else 0.25


def recorded_only(inputs: Inputs, kn: Catalogue) -> bool:
    """Whether every video is recorded and approved before it goes out: an organisation under
    the rules `ideas.recorded` lists (a credit union), never a live (review 19, D8)."""
    rule = kn.ideas.recorded
    under = set(inputs.list("regulated")) & set(rule.regulated)
    return bool(under) and inputs["org_kind"] in rule.kinds


def formats_for(
    net: Network, inputs: Inputs, live_gated: Sequence[str] = (), recorded: bool = False
) -> list[str]:
    """The formats a network's posts take: those the person makes that work there. A network
    that opens lives only to an audience (`live_gated`: LinkedIn) gets no live on a page the
    person does not have yet, so that a card and its calendar never disagree; `recorded`: no
    live at all (review 19, D8)."""
    gated = recorded or (net.id in live_gated and net.id not in inputs.list("current_networks"))
    scores = {f: v for f, v in net.formats.items() if not (gated and f == "live")}
    can = [f for f in inputs.list("formats") if not (gated and f == "live")]
    good = sorted((f for f in can if scores.get(f, 0) >= 0.5), key=lambda f: -scores.get(f, 0))
    if good:
        return good[:3]
    return [max(scores, key=lambda f: scores[f])] if scores else []


# Objectives measured where people ask and get answers (a response time, a share answered): a
# one-way channel only informs them there, and a letter or an article is read, not answered
# (review 31b, EN1: a utility's WhatsApp channel and newsletter named as lowering a Facebook
# response time). The reason a one-way channel gets for such an objective (networks.py) says so.
ANSWERED_OBJECTIVES = ("support",)
INFORM_REASON = "objective_inform"  # the reason code of a one-way channel kept to inform


def one_way(network: Network) -> bool:
    """A messaging app's channel: it publishes to its subscribers, who cannot write back."""
    return network.kind == "social" and not network.listenable


def objective_movers(objective: str | None, active: Sequence[NetworkPlan]) -> list[NetworkPlan]:
    """The channels kept that can move the objective's metric, for the objective sentence's
    « grâce à … » (engine/__init__.py hands them to kpis.objective_channels): for an answered
    objective, only where people ask and are answered (a page, a listing, an inbox), never a
    one-way channel that informs nor a channel of one's own; every channel kept otherwise, and
    all of them when none is left (a sentence never names no channel)."""
    if objective not in ANSWERED_OBJECTIVES:
        return list(active)
    asked = [
        n for n in active if n.kind != "owned" and all(r.code != INFORM_REASON for r in n.reasons)
    ]
    return asked or list(active)


def posts_cap(network: Network, inputs: Inputs, kn: Catalogue) -> PostsCap | None:
    """The most the channel posts a week for this organisation (data/networks.yaml
    `posts_caps`): the first cap all of whose words hold, else None. A list is new when the
    channel is not run today and no list of customers, clients or members is held."""
    said = {
        str(inputs["org_kind"] or ""),
        str(inputs["market"] or ""),
        str(inputs["objective"] or ""),
        *offer_kinds(inputs, kn),
    }
    if network.id not in inputs.list("current_networks") and not returning_list(
        inputs, kn.thresholds
    ):
        said.add("new_list")
    return next((c for c in network.posts_caps if set(c.when) <= said), None)
