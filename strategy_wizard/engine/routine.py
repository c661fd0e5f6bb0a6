"""The weekly routine: each active network's time split into creating, interacting and curating,
plus the listening, the measuring and the time left for conversation. Quarter hours only, so
every figure is a quarter hour and the total is exactly the sum of the lines, never more than
the hours the person has."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from strategy_wizard.engine.mix import Allocation, YoungTest, quarters
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.catalogue import Catalogue, Thresholds
from strategy_wizard.model.strategy import Activity, NetworkPlan, RoutineItem

# Share of a network's time per activity; interacting matters as much as publishing.
# A daily story, five minutes on each of about six service days: two quarter hours a week.
STORY_UNITS = 2
SPLIT: tuple[tuple[Activity, float], ...] = (("create", 0.55), ("interact", 0.3), ("curate", 0.15))
# A help desk's week is answering first: for a support objective, where people write to the
# organisation (a social network, the local listing) most of the hours answer, the rest make
# the FAQ posts and notices (review 30b, E2: « Créer 2 h 45 · Échanger 1 h 30 » for a water
# utility whose aim is a four-hour answer). Same order of lines, interacting takes the lead.
SPLIT_BY_OBJECTIVE: dict[str, tuple[tuple[Activity, float], ...]] = {
    "support": (("create", 0.3), ("interact", 0.55), ("curate", 0.15)),
}
ANSWERED_KINDS = ("social", "local")  # where people write to the organisation


def split(
    units: int, shares: Sequence[tuple[Activity, float]] = SPLIT
) -> list[tuple[Activity, int]]:
    """Quarter hours per activity, in the `shares`' proportions, adding up to `units`; the
    activity with the largest share takes what rounding left, and gives first on tiny budgets."""
    lead = max(range(len(shares)), key=lambda k: shares[k][1])
    parts = [max(0, round(units * share)) for _, share in shares]
    parts[lead] = units - sum(p for k, p in enumerate(parts) if k != lead)
    while parts[lead] < 0:  # tiny budgets: the lead activity first, then the next
        i = max((k for k in range(len(parts)) if k != lead), key=lambda k: parts[k])
        parts[i] -= 1
        parts[lead] += 1
    return [(activity, n) for (activity, _), n in zip(shares, parts, strict=True) if n > 0]


@dataclass(frozen=True)
class WeekAsks:
    """What the answers ask of the week beyond the hours, read once by the engine.

    `story_on`: the network where a business whose spot changes says each day where it is
    (calendar.daily_story); its five minutes a day come out of that network's own time.
    `tasks`: the named tasks the hours left serve first (spare_tasks), in order.
    `languages`: the other languages the editorial line asks for (governance's translation
    line): their translation time is a line of its own.
    `tests`: the time-boxed tests on networks set aside (networks.young_tests): each a line of
    its own inside the main network's week.
    `pilot`: a franchise's outlet the proofs show doing better (its name, its figure and the
    network's starting figure): the franchisees' line names it as the model to replicate.
    `tour`: the first and last dates of a series of shows (plan.series_days): each date's
    Event and the weeks on the road get lines of their own (_tour)."""

    objective: str | None = None
    story_on: str | None = None
    tasks: Sequence[str] = ()
    languages: Sequence[str] | None = None
    tests: Sequence[YoungTest] = ()
    pilot: tuple[str, str, str] | None = None
    tour: tuple[date, date] | None = None


def build_routine(
    alloc: Allocation, kn: Catalogue, words: Words, asks: WeekAsks = WeekAsks()
) -> list[RoutineItem]:
    """The week (`_week`), then the founder's own share named when the answers give two roles
    (`founder_share`)."""
    return founder_share(_week(alloc, kn, words, asks), alloc, words)


def name_used_channels(
    items: list[RoutineItem], networks: list[NetworkPlan], words: Words
) -> list[RoutineItem]:
    """The week says where the time of a channel used with no weekly rhythm comes from (review
    33c, N-d, H-e): the letter of each session inside the main network's creating time, the
    closed group a plan runs inside the time left for relays. No figure moves: the line that
    already holds that time names it, so the total stays the hours the person has."""
    for n in networks:
        codes = [r.code for r in n.reasons]
        if codes[:1] == ["session_letter"]:
            # a line of its own with no hours of its own: the letter's twenty minutes a session
            # are taken from the main network's creating time, which keeps its figure
            main = next((i.network for i in items if i.network and i.activity == "create"), None)
            if main is not None:
                items.append(
                    RoutineItem(
                        network=None,
                        activity="create",
                        hours=0,
                        label=words("routine_label_session_letter"),
                        what=words("routine_add_session_letter", network=main),
                    )
                )
            continue
        if n.role == "avoid" and ("group_relay" in codes or "coordination_group" in codes):
            # the time left for relays, the week's last line (a named job's comes before it)
            spare = [i for i in items if i.network is None and i.activity == "interact"]
            line = spare[-1] if spare else None
            key = "routine_add_group" if "group_relay" in codes else "routine_add_coordination"
        else:
            continue
        if line is not None:
            line.what = words(key, what=line.what, network=n.id)
    return items


def founder_share(items: list[RoutineItem], alloc: Allocation, words: Words) -> list[RoutineItem]:
    """A founder who speaks in her own name, with a small team beside her: her share of the
    week is a line of its own inside the main network's week (every comment and message on her
    profile, and half its creating time: her posts, rewritten from the team's drafts), the rest
    is the team's; each network's hours and the week's total stay what they were (review 28new,
    D9: « Aoife: her own posts and every comment and message on her profile, about 3 h »)."""
    main = next((n for n in alloc.active() if alloc.roles[n] == "primary"), None)
    if not alloc.founder_voice or main is None:
        return items
    own = [i for i in items if i.network == main and not i.label]
    talk = sum(quarters(i.hours) for i in own if i.activity == "interact")
    write = sum(quarters(i.hours) for i in own if i.activity == "create") // 2
    if not talk or not write:
        return items
    total = sum(quarters(i.hours) for i in items)
    for activity, units in (("create", write), ("interact", talk)):
        line = next(i for i in own if i.activity == activity)
        line.hours -= units / 4
    items[:] = [i for i in items if i.hours > 0]
    others = [n for n in alloc.active() if n != main]
    what = words(
        "routine_founder_share" if others else "routine_founder_share_alone",
        network=main,
        hours=(talk + write) / 4,
        left=(total - talk - write) / 4,
        others=others,
    )
    label = words("routine_label_founder")
    items += [
        RoutineItem(network=main, activity="interact", hours=talk / 4, what=what, label=label),
        RoutineItem(network=main, activity="create", hours=write / 4, what=what, label=label),
    ]
    return items


def _week(alloc: Allocation, kn: Catalogue, words: Words, asks: WeekAsks) -> list[RoutineItem]:
    """Each active network's lines, then the week's shared ones (see WeekAsks for what the
    answers add)."""
    objective, story_on, tasks, languages = (
        asks.objective,
        asks.story_on,
        asks.tasks,
        asks.languages,
    )
    tests, pilot, tour = asks.tests, asks.pilot, asks.tour
    items: list[RoutineItem] = []
    for nid in alloc.active():
        budget = alloc.units[nid]
        if nid == story_on and budget >= 2 * STORY_UNITS:
            items.append(
                RoutineItem(
                    network=nid,
                    activity="create",
                    hours=STORY_UNITS / 4,
                    what=words("routine_create_story", network=nid),
                )
            )
            budget -= STORY_UNITS
        shares = SPLIT
        if objective in SPLIT_BY_OBJECTIVE and kn.network(nid).kind in ANSWERED_KINDS:
            shares = SPLIT_BY_OBJECTIVE[objective]
        parts = split(budget, shares)
        if nid == alloc.searched and budget >= 2:
            # pins linked to product pages, then the comments: no one else's content to
            # share there (review 23b, D6)
            parts = [("create", budget - 1), ("interact", 1)]
        elif nid in alloc.reused and budget >= 2:
            # the main network's vertical videos adapted (caption, sound, cover), then the
            # comments: an adaptation line, not a network's creation (review 23b, D3)
            parts = [("create", 1), ("interact", budget - 1)]
        elif nid in alloc.cross_posted:
            # its posts are shared from the main network in a minute: its time goes to
            # answering there (review 14, §8: « Instagram 15 min — — » beside « answer there »)
            parts = [("interact", budget)]
        elif nid == alloc.local_first and alloc.reviews_first and budget >= 2:
            # reviews decide the booking: answering them takes most of the listing's time
            parts = [("create", 1), ("interact", budget - 1)]
        for activity, units in parts:
            # a channel of its own ("routine_create_blog") where the general wording
            # ("publish on Blog") would not fit it
            own = f"routine_{activity}_{nid}"
            if nid == alloc.weekly_message:
                own = f"routine_{activity}_weekly"  # the message of the week (review 9b, #6)
            elif nid == alloc.searched and activity == "create":
                own = "routine_create_searched"  # pins, each to one product page
            elif nid in alloc.reused and activity == "create":
                own = "routine_create_reused"  # the Reels adapted for TikTok, for Shorts
            elif nid in alloc.cross_posted:
                own = f"routine_{activity}_cross"  # comments on the posts shared there
            elif nid == alloc.local_first and alloc.listing_profile:
                own = f"routine_{activity}_profile"  # hours, photos, reviews: no posts
            elif nid == alloc.local_first and alloc.reviews_first and activity == "interact":
                # reviews decide the booking: each one answered, here and where they are left
                own = "routine_interact_reviews_site" if alloc.review_site else own
            key = own if own in kn.phrases else f"routine_{activity}"
            what = words(key, network=nid, site=alloc.review_site or "")
            items.append(RoutineItem(network=nid, activity=activity, hours=units / 4, what=what))
    for test in tests:
        _test(items, words, test)
    if tour is not None:
        _tour(items, alloc, kn, words, tour)
    if languages:  # named ones only: a language still to decide has no time to book yet
        _translation(items, kn, words, languages)
    if alloc.listen_units:
        key = "routine_listen_networks" if alloc.listened else "routine_listen_all"
        items.append(
            RoutineItem(
                network=None,
                activity="listen",
                hours=alloc.listen_units / 4,
                what=words(key, networks=alloc.listened),
            )
        )
    if alloc.measure_units:
        items.append(
            RoutineItem(
                network=None,
                activity="measure",
                hours=alloc.measure_units / 4,
                what=words("routine_measure_all"),
            )
        )
    if alloc.kit_units:
        items.append(_kit(alloc, words, pilot))
    spare = alloc.spare_units
    main = next((n for n in alloc.active() if alloc.roles[n] == "primary"), None)
    th = kn.thresholds
    if spare >= quarters(th.spare_jobs_from_hours) and tasks:
        # a large team's week beyond what the networks take: shared out between named jobs
        # by their weight, never left to one catch-all line (review 20, D1: « Interact 36 h 45 »
        # for a brand with 60 h, ads on one network and creators given no time)
        items.extend(_jobs(alloc, kn, words, spare, tasks))
        return items
    for task in tasks:
        # the leftover hours of a large team go to named work first (review 15, D7)
        units = min(spare, quarters(kn.thresholds.spare_task_hours.get(task, 0)))
        if units < quarters(kn.thresholds.spare_task_min_hours):
            break  # a quarter hour is no campaign: what is left stays for the relays
        kind: Activity = "interact" if task == "profiles" else "create"
        items.append(
            RoutineItem(
                network=None,  # a task of its own, written out below the week's table
                activity=kind,
                hours=units / 4,
                label=words(f"routine_label_job_{task}", networks=[main] if main else []),
                what=words(f"routine_task_{task}", network=main or "", hours=units / 4),
            )
        )
        spare -= units
    if spare:
        items.append(
            RoutineItem(
                network=None,
                activity="interact",
                hours=spare / 4,
                # a row of its own on the summary from an hour (`spare_task_min_hours`); a
                # quarter hour stays in the answering it is; a support desk's answering is its
                # « Interact », one figure on the summary and in the week's table (review 31b,
                # E2: « Échanger 5 h · Réponses aux clients 2 h 30 » beside « Échanger 7 h 30 »)
                label=words("routine_label_spare")
                if spare >= quarters(kn.thresholds.spare_task_min_hours) and objective != "support"
                else "",
                # the free time serves the objective: answering customers for support
                what=words(
                    f"routine_spare_{objective}"
                    if f"routine_spare_{objective}" in kn.phrases
                    else "routine_spare"
                ),
            )
        )
    return items


def _tour(
    items: list[RoutineItem],
    alloc: Allocation,
    kn: Catalogue,
    words: Words,
    tour: tuple[date, date],
) -> None:
    """A tour's weeks (review 26, #8: one routine for December and six weeks on the road, and
    Facebook at 15 minutes while an Event is made for each date). The table stays one week;
    two named lines sit in the main network's week, their time taken from its creating time
    (its total unchanged, as a test's): the Event per date on the network that carries them
    (thresholds `date_series_event_networks`), counted in the weeks they are made; and the
    weeks on the road (`tour_road_hours`): posts scheduled before leaving, one story and one
    reel on each show night, replies batched."""
    active = alloc.active()
    main = next((n for n in active if alloc.roles[n] == "primary"), None)
    if main is None:
        return
    events = next((n for n in active if n in kn.thresholds.date_series_event_networks), None)
    if events is not None and events != main:
        units = sum(_take(items, main, 1).values())
        if units:
            items.append(
                RoutineItem(
                    network=main,
                    activity="create",
                    hours=units / 4,
                    label=words("routine_label_tour_events", network=events),
                    what=words("routine_tour_events", network=events, other=main),
                )
            )
    units = sum(_take(items, main, quarters(kn.thresholds.tour_road_hours)).values())
    if units:
        items.append(
            RoutineItem(
                network=main,
                activity="create",
                hours=units / 4,
                label=words("routine_label_tour_road"),
                what=words("routine_tour_road", day=tour[0], deadline=tour[1], other=main),
            )
        )


def _kit(alloc: Allocation, words: Words, pilot: tuple[str, str, str] | None) -> RoutineItem:
    """A franchise network's week given to its franchisees (review 22b, D5): the monthly local
    kit, one referent per outlet trained, what they publish validated; the outlet doing best
    named as the model the kit spreads, with its figure against the network's."""
    hours = alloc.kit_units / 4
    what = words("routine_franchise", hours=hours, count=alloc.kit_sites)
    if pilot is not None:
        place, figure, baseline = pilot
        what += " " + words("routine_franchise_pilot", where=place, part=figure, whole=baseline)
    return RoutineItem(
        network=None,
        activity="interact",
        hours=hours,
        label=words("routine_label_franchise"),
        what=what,
    )


def _take(items: list[RoutineItem], network: str | None, units: int) -> dict[str | None, int]:
    """`units` quarter hours taken from the creating lines (then the others) of `network`'s
    week, the largest first; lines already named (a test, a translation) are left whole.
    The quarter hours taken, per network."""
    own = [i for i in items if i.network == network and not i.label]
    taken: dict[str | None, int] = {}
    for _ in range(units):
        pool = [i for i in own if i.hours > 0 and i.activity == "create"] or [
            i for i in own if i.hours > 0
        ]
        if not pool:
            break
        largest = max(pool, key=lambda i: i.hours)
        largest.hours -= 0.25
        taken[largest.network] = taken.get(largest.network, 0) + 1
    items[:] = [i for i in items if i.hours > 0]
    return taken


def _test(items: list[RoutineItem], words: Words, test: YoungTest) -> None:
    """A time-boxed test on a network set aside (review 21a, R8, and review 21a's « what stands
    between it and 18 »: the theatre's and the credit union's TikTok test was a sentence with
    no hours): its line sits in the main network's week, its hour taken from that network's
    creating time, with its dates; the main network's total is unchanged."""
    units = sum(_take(items, test.main, quarters(test.hours)).values())
    if not units:
        return
    items.append(
        RoutineItem(
            network=test.main,
            activity="create",
            hours=units / 4,
            label=words("routine_label_test", network=test.network),
            what=words(
                "routine_test_approved" if test.approved else "routine_test",
                network=test.network,
                other=test.main,
                day=test.first,
                deadline=test.last,
                count=test.videos_per_week,
                hours=units / 4,
            ),
        )
    )


def _translation(
    items: list[RoutineItem], kn: Catalogue, words: Words, languages: Sequence[str]
) -> None:
    """The translation an editorial line in another language asks for (review 21a, R6: the
    tourist office's Dutch captions and ads had no time in the week): a share of the creating
    time (thresholds `translation_share_of_create`), taken from the largest creating lines.
    The quarter hours stay in the week of the network they were taken from (review 21a, R6:
    Facebook 3 h on its card but 2 h 30 in the routine), so each network's hours, the
    activities' totals and the week's total all stay what they were; the line is said once."""
    creating = [i for i in items if i.activity == "create" and not i.label]
    total = sum(quarters(i.hours) for i in creating)
    units = max(1, round(total * kn.thresholds.translation_share_of_create)) if total > 1 else 0
    if not units:
        return
    taken: dict[str | None, int] = {}
    for _ in range(units):
        largest = max(creating, key=lambda i: i.hours)
        largest.hours -= 0.25
        taken[largest.network] = taken.get(largest.network, 0) + 1
    items[:] = [i for i in items if i.hours > 0]
    key = "routine_translate" if len(languages) == 1 else "routine_translate_many"
    named = words.loc.join(list(languages))
    what = words(key, languages=named, hours=units / 4)
    label = words("routine_label_translate", languages=named)
    for network, n in taken.items():
        items.append(
            RoutineItem(network=network, activity="create", hours=n / 4, what=what, label=label)
        )


# The activity each named job counts as in the week's time box.
JOB_ACTIVITY: dict[str, Activity] = {
    "ads": "create",
    "creators": "interact",
    "care": "interact",
    "email": "create",
    "sms": "create",
    "analytics": "measure",
    "profiles": "interact",
    "event": "create",
}


def ads_networks(alloc: Allocation, kn: Catalogue) -> list[str]:
    """The social networks kept with posts of their own where ads can be bought."""
    return [
        n
        for n in alloc.active()
        if kn.network(n).kind == "social"
        and kn.network(n).sponsored_posts
        and n not in alloc.cross_posted
    ]


def _jobs(
    alloc: Allocation, kn: Catalogue, words: Words, spare: int, tasks: Sequence[str]
) -> list[RoutineItem]:
    """`spare` quarter hours shared between the named jobs in proportion to their weights
    (thresholds `spare_job_hours`; the ads' weight counts once per network carrying them)."""
    th = kn.thresholds
    paid = ads_networks(alloc, kn)
    weights = {
        t: th.spare_job_hours.get(t, 0) * (max(1, len(paid)) if t == "ads" else 1) for t in tasks
    }
    weights = {t: w for t, w in weights.items() if w > 0}
    total = sum(weights.values())
    if not total:
        return []
    units = {t: math.floor(spare * w / total) for t, w in weights.items()}
    # the quarter hours rounding left go to the heaviest jobs first
    for t in sorted(weights, key=lambda k: -weights[k])[: spare - sum(units.values())]:
        units[t] += 1
    # Instagram's ads are bought in Meta's Ads Manager, which places them on Facebook too
    # unless the placements are narrowed: said where the ads are planned when Facebook is not
    # kept, so nobody reads a Facebook page into it (review 21a, R8: Loam)
    meta = "instagram" in paid and "facebook" not in alloc.active()
    return [
        RoutineItem(
            network=None,
            activity=JOB_ACTIVITY.get(task, "create"),
            hours=n / 4,
            label=words(f"routine_label_job_{task}", networks=paid),
            what=words(
                f"routine_job_{task}_meta" if task == "ads" and meta else f"routine_job_{task}",
                networks=paid,
                network=paid[0] if paid else "",
                hours=n / 4,
            ),
        )
        for task, n in units.items()
        if n
    ]


def sms_list(inputs: Inputs, th: Thresholds) -> bool:
    """Whether the answers count an SMS list of subscribers (thresholds `sms_list_words`)."""
    sms = [w for ws in th.sms_list_words.values() for w in ws]
    counted = [w for ws in th.list_sells_words.values() for w in ws]
    return any(
        contains_words(str(p), sms) and contains_words(str(p), counted)
        for p in inputs.list("proof_points")
    )


def spare_tasks(inputs: Inputs, alloc: Allocation, kn: Catalogue, ads: bool) -> list[str]:
    """The named tasks a team's leftover hours serve, in order: the ads the budget pays for, the
    employees' own LinkedIn profiles when B2B leads come through people, the event being
    prepared (review 15, D7)."""
    th = kn.thresholds
    main = next((n for n in alloc.active() if alloc.roles[n] == "primary"), None)
    tasks = []
    if ads and main is not None and kn.network(main).kind == "social":
        tasks.append("ads")
    if (
        "linkedin" in alloc.active()
        and set(inputs.list("relays")) & set(th.spare_profiles_relays)
        and (inputs["market"] or "b2c") in th.spare_profiles_markets
    ):
        tasks.append("profiles")
    if "event" in [inputs["objective"], *inputs.list("secondary_objectives")]:
        tasks.append("event")
    if alloc.spare_units >= quarters(th.spare_jobs_from_hours):
        # a large team: the jobs the plan itself names get the week beyond the networks
        # (review 20, D1): the creators when they are relays, the customers' questions, the
        # emails when a list is kept, and the reading of the figures
        if set(inputs.list("relays")) & set(th.spare_jobs_creator_relays):
            tasks.append("creators")
        tasks.append("care")
        if any(kn.network(n).kind == "owned" and n in th.spare_jobs_lists for n in alloc.active()):
            tasks.append("email")
            if sms_list(inputs, th):
                # an SMS list held is a channel of its own, with its own pace: a few alerts
                # around a sale or a launch, never the letter's weekly news (review 21a, R8:
                # Loam's 41,000 numbers were half a line of the email job)
                tasks.append("sms")
        tasks.append("analytics")
    return tasks
