"""The first four weeks, dated: set-up tasks, listening sessions and posts, built from the plan's
first phase, the routine and the editorial line.

The calendar is where the strategy meets Monday morning, so it keeps every promise the rest
makes: no post while the first phase is for fixing the basics or for listening; each kept
network's rhythm as the mix set it; the pillars in the editorial line's proportions; each idea
shaped by a format the network rewards and the person can make. Days and times come from the
data (starting points to test), and two posts on one network are never less than the gap
between two of its times apart, so the scheduler files import as they are. A trade moves them
(a lunch business posts before its service); a network kept by cross-posting takes its own good
times, except Instagram and Facebook posted together from Meta's tool. A business on the move
lists its week on its listing and says each day where it is; a business closed for the season
speaks there of its next opening, not of a site in use.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

from strategy_wizard.engine.editorial import SHORT_OWN_CHANNELS, Idea, IdeaDraw, campaign
from strategy_wizard.engine.governance import utility
from strategy_wizard.engine.kpis import main_source, owned_list
from strategy_wizard.engine.languages import audience_countries
from strategy_wizard.engine.lead_time import bought_once, open_day
from strategy_wizard.engine.money import housing_ads
from strategy_wizard.engine.plan import (
    ADVOCACY_SAID,
    advocacy_steps,
    closures,
    event_named,
    first_issue,
    gift_days,
    gift_seller_text,
    listens_first,
    named_events,
    offer_pushes,
    parcel_seller,
    repair_steps,
)
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.scoring import WORK_COPIES, existing_list, held, read_at_work
from strategy_wizard.engine.sessions import session_series
from strategy_wizard.engine.warnings import data_consent_age
from strategy_wizard.engine.wording import FIGURES, Words
from strategy_wizard.model.bank import contains_words, fold
from strategy_wizard.model.catalogue import (
    Catalogue,
    GiftOccasion,
    Slots,
    TradeMoment,
    TradeSeasons,
)
from strategy_wizard.model.strategy import (
    Editorial,
    NetworkPlan,
    Phase,
    Pillar,
    Ritual,
    RoutineItem,
    Slot,
    Verdict,
    Warning,
    cadence,
)

# While a pre-election period runs (Code électoral, art. L52-1), a public body's own-offer posts
# are practical information only: a service and how to reach it, a procedure step by step, the
# practical reminder, what changes for residents; never a result, a figure or a team at work.
PRACTICAL_KINDS = (
    "service",
    "action",
    "reminder",
    "info_procedure",
    "info_changes",
    "info_hours",
    "info_dates",
    "info_contact",
)
PRE_ELECTION = "own_offer_pre_election"  # the pool those posts are drawn from


# While the organisation is closed (the `closed_periods` answer: a university's Christmas break),
# nobody hosts a live or answers: no live, no newsletter, nothing on a private-message channel,
# no relay of the week's posts and no idea that asks the audience for replies (review 26 #6).
# Only evergreen posts scheduled beforehand go out. Practitioners' rule of this tool (2026).
CLOSED_KINDS = ("ask", "reply", "join_weekly")


def _shut(day: date, periods: list[tuple[date, date]]) -> bool:
    return any(first <= day <= last for first, last in periods)


def _evergreen_channel(kn: Catalogue, n: NetworkPlan) -> bool:
    """Whether a network's post can go out while nobody answers: not the newsletter (its
    readers reply), not a private-message channel (every post invites a message)."""
    return n.id != "newsletter" and kn.network(n.id).listenable


# The answers where a trade shows in the person's own words (data/calendar.yaml, trades).
SAID = ("offer", "desired_action", "audience_description", "audience_problems", "topics")


def _said(inputs: Inputs) -> str:
    parts = [inputs[q] if isinstance(inputs[q], str) else "" for q in SAID]
    parts += [str(x) for q in SAID for x in inputs.list(q)]
    return " \n ".join(p for p in parts if p)


def trades(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The trades of data/calendar.yaml the answers show (`lunch`: a food business serving
    lunch; `mobile`: a business whose spot changes, a food truck or a market stall)."""
    text = _said(inputs)
    return [
        name
        for name, t in kn.calendar.trades.items()
        if (not t.sectors or inputs["sector"] in t.sectors)
        and (not t.premises or inputs["premises"] in t.premises)
        and contains_words(text, t.words)
    ]


# a time of day as people write it: « 7 h », « 10 h 30 », « 7h30 », "7:30", "7am", "10.30 pm"
_HOUR = r"(\d{1,2})(?:\s?h\s?(\d{2})?(?!\w)|[:.](\d{2})\s?(am|pm)?(?!\w)|\s?(am|pm)(?!\w))"
_RANGE = re.compile(
    rf"(?<![\d,.]){_HOUR}\s*(?:et|à|a|-|–|—|to|and|until|till)\s*{_HOUR}", re.IGNORECASE
)


def _minutes(hour: str, minute: str | None, half: str | None) -> int:
    h = int(hour) % 24
    if half and half.lower() == "pm" and h < 12:
        h += 12
    if half and half.lower() == "am" and h == 12:
        h = 0
    return h * 60 + int(minute or 0)


def action_hours(inputs: Inputs) -> tuple[int, int] | None:
    """The hours the desired action is done at (« entre 7 h et 10 h 30 », "7am-10:30am"), in
    minutes from midnight; None when it names none."""
    match = _RANGE.search(str(inputs["desired_action"] or ""))
    if match is None:
        return None
    g = match.groups()
    first = _minutes(g[0], g[1] or g[2], g[3] or g[4])
    last = _minutes(g[5], g[6] or g[7], g[8] or g[9])
    return (first, last) if last > first else None


def action_times(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The social networks' times for a desired action done at set hours (review 22b, D7): a
    quarter of an hour before it opens, and the evening before for a morning window (a
    breakfast bought 7 h-10 h 30: 06:45 and 20:30, not 11:00). Empty without such hours."""
    hours = action_hours(inputs)
    if hours is None:
        return []
    rules = kn.calendar
    at = max(0, hours[0] - rules.action_lead_minutes)
    times = [f"{at // 60:02d}:{at % 60:02d}"]
    eve, before = rules.action_eve_time, rules.action_eve_before
    if eve and before and f"{hours[0] // 60:02d}:{hours[0] % 60:02d}" < before:
        times.append(eve)
    return times


def east_times(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The social networks' home times for an international audience living far to the east
    (data/calendar.yaml, east_audience_hours): the home morning, never an evening that lands
    at midnight there. Empty otherwise."""
    if inputs["audience_geo"] != "international":
        return []
    rule = kn.ideas.audience_languages
    found = audience_countries(rule, str(inputs["audience_description"] or ""))
    home = next((c.utc for c in rule.countries if c.code and c.code == inputs["country"]), None)
    gap = kn.calendar.east_audience_hours
    if home is None or not any(c.utc - home >= gap for c in found):
        return []
    if any(home - c.utc >= gap for c in found):  # far to the west too: no morning suits both
        return []
    return list(kn.calendar.east_audience_times)


def _words(text: str) -> list[str]:
    """The text's words, lower case and without accents (« d'avril » gives `d`, `avril`)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return re.findall(r"[^\W_]+", "".join(c for c in decomposed if not unicodedata.combining(c)))


def open_months(inputs: Inputs, kn: Catalogue) -> list[int] | None:
    """The months a business open part of the year is open, as its offer names them (« ouvert
    d'avril à septembre »: 4 to 9; "a festival in July": 7); None when open all year."""
    season = kn.calendar.season
    offer = inputs["offer"] if isinstance(inputs["offer"], str) else ""
    if season is None or not contains_words(offer, season.words):
        return None
    names = {
        w: k + 1
        for months in season.months.values()
        for k, m in enumerate(months)
        for w in _words(m)
    }
    before = {w for b in season.before for w in _words(b)}
    until = {w for u in season.until for w in _words(u)}
    tokens = _words(offer)
    months: list[int] = []
    last: int | None = None  # the position of the last month named
    for i, token in enumerate(tokens):
        if token not in names:
            continue
        ranged = last is not None and any(t in until for t in tokens[last + 1 : i])
        if ranged and months:
            first, end = months[-1], names[token]
            months += [(first + k) % 12 + 1 for k in range((end - first) % 12)]
        elif i and tokens[i - 1] in before:
            months.append(names[token])
        else:
            continue
        last = i
    return sorted(set(months)) or None


def order_deadline(inputs: Inputs, kn: Catalogue) -> tuple[int, str] | None:
    """The weekday a weekly order deadline in the desired action falls on (« commander avant le
    jeudi midi »: 4), with its words as the person wrote them (« avant le jeudi midi »)."""
    rule = kn.calendar.order_deadline
    action = str(inputs["desired_action"] or "")
    if rule is None or not action:
        return None
    days = {name.lower(): n for names in rule.weekdays.values() for n, name in enumerate(names, 1)}
    before = "|".join(re.escape(w) for w in sorted(rule.before, key=len, reverse=True))
    weekday = "|".join(re.escape(w) for w in sorted(days, key=len, reverse=True))
    said = re.search(
        rf"\b(?:{before})[\s'’]+(?:(?:le|la|the)\s+)?({weekday})s?\b"
        r"(?:\s+(?:midi|minuit|soir|matin|noon|midnight|\d{1,2}\s?h(?:\s?\d{2})?"
        r"|\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?))?",
        action,
        re.IGNORECASE,
    )
    if said is None:
        return None
    return days[said.group(1).lower()], said.group(0)


def booked_day(inputs: Inputs, kn: Catalogue) -> int | None:
    """The weekday a desired action books a session on (« réserver un créneau de vaccination
    le samedi matin »: 6); None when it books nothing, names no weekday or a weekly order
    deadline."""
    rule = kn.calendar.order_deadline
    action = str(inputs["desired_action"] or "")
    if rule is None or not action or order_deadline(inputs, kn) is not None:
        return None
    if not contains_words(action, [w for ws in rule.booking.values() for w in ws]):
        return None
    days = {name.lower(): n for names in rule.weekdays.values() for n, name in enumerate(names, 1)}
    for word in re.findall(r"\w+", action.lower()):
        found = days.get(word) or days.get(word.removesuffix("s"))
        if found:
            return found
    return None


def deadline_said(inputs: Inputs, say: Words, said: str) -> str:
    """The deadline's words as written, quoted in a document of another language (review 10,
    #9: « until when to order (avant le jeudi midi) »)."""
    return said if (inputs.answers_lang or say.lang) == say.lang else say.loc.quote(said)


def daily_story(inputs: Inputs, kn: Catalogue, networks: list[NetworkPlan]) -> str | None:
    """The main social network of a business whose spot changes, where it says each service day
    where it is (review 5, #6); None for any other business."""
    primary = next((n for n in networks if n.role == "primary" and n.kind == "social"), None)
    return primary.id if primary is not None and "mobile" in trades(inputs, kn) else None


def _closed_until(inputs: Inputs, kn: Catalogue, day: date, lang: str) -> tuple[str, str] | None:
    """When a business open part of the year is closed on `day`: the month it opens next, as
    the document's language names it, and that opening's year; None when it is open."""
    season = open_months(inputs, kn)
    if not season or day.month in season or kn.calendar.season is None:
        return None
    later = [m for m in season if m > day.month]
    month, year = (later[0], day.year) if later else (season[0], day.year + 1)
    names = kn.calendar.season.months
    name = names.get(lang, names["en"])[month - 1]
    return (name.capitalize() if lang == "en" else name), str(year)


def trade_rituals(
    editorial: Editorial, inputs: Inputs, kn: Catalogue, networks: list[NetworkPlan], say: Words
) -> Editorial:
    """A business whose spot changes says each service day where it is: a short story on its
    main network, before the daily answers."""
    on = daily_story(inputs, kn, networks)
    if on is None:
        return editorial
    key = "ritual_daily_story_lunch" if "lunch" in trades(inputs, kn) else "ritual_daily_story"
    ritual = Ritual(what=say(key, network=on), frequency=say("every_service_day"))
    rituals = list(editorial.rituals)
    at = next((k for k, r in enumerate(rituals) if r.frequency == say("every_day")), len(rituals))
    rituals.insert(at, ritual)
    return editorial.model_copy(update={"rituals": rituals})


def pre_election_windows(warnings: list[Warning], kn: Catalogue) -> list[tuple[date, date]]:
    """The run-ups to elections the plan crosses, first day to last, as the public body's
    warning dated them (engine/warnings.py, public_body_rules)."""
    rules = next((w for w in warnings if w.id == "public_body_rules"), None)
    if rules is None:
        return []
    th = kn.thresholds
    elections = [th.elections_fr[int(n)] for n in rules.figures.get("elections", [])]
    return [(e.window_start(th.election_window_months), e.until) for e in elections]


def _in_window(day: date, windows: list[tuple[date, date]]) -> bool:
    return any(first <= day <= last for first, last in windows)


def pre_election_note(
    editorial: Editorial, inputs: Inputs, warnings: list[Warning], kn: Catalogue, say: Words
) -> Editorial:
    """The own-offer pillar says until when it turns into practical information: the rule
    the public body is warned of, applied where its posts are planned (review 4, D3)."""
    windows = pre_election_windows(warnings, kn)
    if not windows:
        return editorial
    start: date = inputs["start_date"]
    spans = []
    for first, last in windows:
        if first <= start:
            spans.append(say("pre_election_until", deadline=last))
        else:
            spans.append(say("pre_election_span", since=first, deadline=last))
    dates = f", {say('pre_election_then')} ".join(spans)
    note = say("pillar_pre_election", n=dates[:1].upper() + dates[1:])
    # a window that holds the plan's start: the ideas listed under the rule hold no figure, the
    # rule says « jamais un chiffre » (review 31b, EN2: « 99,6 % des analyses » listed below it)
    now = any(first <= start <= last for first, last in windows)

    def practical(ideas: list[str]) -> list[str]:
        kept = [i for i in ideas if not re.search(r"\d", i)] if now else ideas
        return kept or ideas

    pillars = [
        p.model_copy(update={"note": note, "ideas": practical(p.ideas)})
        if p.key == "own_offer"
        else p
        for p in editorial.pillars
    ]
    return editorial.model_copy(update={"pillars": pillars})


def _practical_pool(draw: IdeaDraw) -> list[Idea]:
    """The own-offer ideas that stay practical, then the practical ideas any public body has."""
    # a job offer and a staff member on the job are no record of the elected team (review 13b, #3)
    jobs = ("job_offer", "job_offer_proof", "topic_hiring", "staff_voice")
    kept = [i for i in draw.pools["own_offer"] if i.kind in PRACTICAL_KINDS or i.kind in jobs]
    return kept + [Idea(k) for k in PRACTICAL_KINDS if k not in {i.kind for i in kept}]


def posting_starts(inputs: Inputs, verdict: Verdict, plan: list[Phase]) -> date | None:
    """The first day posts may go out: after the first phase when it is for fixing the basics
    or for listening; None when nothing is published in the plan's first months."""
    start: date = inputs["start_date"]
    if not plan:
        return start
    quiet = verdict == "fix_first" or listens_first(inputs, verdict)
    return plan[0].end + timedelta(days=1) if quiet else start


def _on(week_start: date, weekday: int) -> date:
    """The day of the 7-day block starting `week_start` that falls on ISO `weekday`."""
    return week_start + timedelta(days=(weekday - week_start.isoweekday()) % 7)


def _office_days(slots: Slots) -> Slots:
    """The same slots on working days only (Monday to Friday), when there are some."""
    weekdays = [d for d in slots.days if d <= 5]
    return slots.model_copy(update={"days": weekdays}) if weekdays else slots


def _placed(
    first: date, weeks: int, per_week: float, slots: Slots, after: date
) -> list[tuple[date, str]]:
    """Dates and times for a rhythm of `per_week` posts over `weeks` weeks from `first`, on
    days after `after` (the set-up): a slow rhythm's first post in the first week (every two
    weeks: weeks 1 and 3; once a month: week 1), at most one post a day until every preferred
    day is taken, then a second time of day."""
    if per_week <= 0 or weeks <= 0:
        return []
    placed: list[tuple[date, str]] = []
    per_day = len(slots.times)
    for week in range(weeks):
        count = math.ceil((week + 1) * per_week - 1e-9) - math.ceil(week * per_week - 1e-9)
        block = first + timedelta(days=7 * week)
        days = [d for d in (_on(block, wd) for wd in slots.days) if d > after]
        count = min(count, len(days) * per_day)
        for k in range(count):
            placed.append((days[k % len(days)], slots.times[k // len(days)]))
    return sorted(placed)


def _pillar_order(pillars: list[Pillar]) -> _PillarOrder:
    """Pillars in their shares' proportions, spread out: at each post the pillar furthest behind
    its share comes next (half of the posts answer the audience, one in five speaks of the
    offer…), whatever the number of posts; among those the channel can carry (a listing
    relays no one), when it can carry any."""
    return _PillarOrder(pillars)


class _PillarOrder:
    """The pillars' running count (see _pillar_order): the next pillar, and a post filed again
    under another pillar once its idea is known (a product shown is the offer)."""

    def __init__(self, pillars: list[Pillar]) -> None:
        self.pillars = pillars
        self.counts = [0] * len(pillars)
        self.posts = 0

    def __call__(self, fits: Callable[[Pillar], bool], wanted: str | None = None) -> Pillar:
        pillars, counts = self.pillars, self.counts
        self.posts += 1
        lag = [p.share * self.posts - c for p, c in zip(pillars, counts, strict=True)]
        allowed = [k for k, p in enumerate(pillars) if fits(p)] or list(range(len(pillars)))
        # a post that must speak of the offer (the week's, before its order deadline)
        allowed = [k for k in allowed if pillars[k].key == wanted] or allowed
        i = max(allowed, key=lambda k: (lag[k], -k))
        counts[i] += 1
        return pillars[i]

    def refile(self, was: str, now: str) -> None:
        keys = [p.key for p in self.pillars]
        if was in keys and now in keys:
            self.counts[keys.index(was)] -= 1
            self.counts[keys.index(now)] += 1


def _setup_tasks(
    inputs: Inputs,
    verdict: Verdict,
    active: list[NetworkPlan],
    warnings: list[Warning],
    say: Words,
    listened: list[str] | None = None,
    letter_from: date | None = None,
    inboxes: list[str] | None = None,
    homes: list[str] | None = None,
) -> list[tuple[str | None, str]]:
    """The first week's one-off tasks, in the order they unlock the rest."""
    listened = listened or []
    homes = homes or []
    inboxes = inboxes or []
    metric = inputs["target"]["metric"]
    tasks: list[tuple[str | None, str]] = []
    if verdict == "fix_first":
        critical = sorted(
            (w.id for w in warnings if w.severity == "critical"),
            key=lambda wid: wid != "compensate_weaknesses",
        )
        hours = say.catalogue.thresholds.callback_hours  # the callback rule's delay
        tasks += [(None, say(k, hours=hours)) for k in repair_steps(critical, inputs)]
    if verdict == "not_needed":
        tasks += [(None, say("step_owned_list")), (None, say("step_owned_contacts"))]
    # the page posts send people to, and its form, set right before anything links to it: a
    # dated site's landing page, an advocacy plan's referral-code field (review 33b VN5: a
    # letter asked members to forward their code before the form could record it)
    site = any(w.id == "dated_site" for w in warnings)
    code = "step_advocacy_count" in advocacy_steps(inputs, say.catalogue)
    if site or code:
        key = (
            "cal_setup_site_referral"
            if site and code
            else ("cal_setup_site_fix" if site else "cal_setup_referral_field")
        )
        tasks.append((None, say(key)))
    current = set(inputs.list("current_networks"))
    have = held(inputs, say.catalogue)  # ticked or shown by the answers (review 12a, #9)
    for n in active:
        key = "cal_setup_audit" if n.id in have else f"cal_setup_profile_{n.kind}"
        if key != "cal_setup_audit" and f"{key}_{n.id}" in say.catalogue.phrases:
            key = f"{key}_{n.id}"  # a blog is not set up as a newsletter
        if n.id == "newsletter" and letter_from is not None:
            tasks.append((n.id, _letter_setup(inputs, say, letter_from)))
            continue
        text = say(key, network=n.id)
        if n.id not in current and any(r.code == "weekly_message_list" for r in n.reasons):
            # a list of the week's message opened now: the list and its QR code, before the
            # sign-up post (review 13a, #3)
            text = say("cal_setup_weekly_list", network=n.id)
        closed = _closed_until(inputs, say.catalogue, inputs["start_date"], say.lang)
        if n.kind == "local" and closed is not None:
            # a listing set up out of season says when it opens, not hours nobody keeps
            text = f"{text} {say('cal_setup_local_closed', subject=closed[0], year=closed[1])}"
        tasks.append((n.id, text))
    watched = set(inputs.list("current_networks")) & set(listened)
    kept = [n.id for n in active]
    for nid in sorted(current - set(kept)):
        # an account watched is kept up to date, never said to be left; one left says
        # where the person now is
        key = "cal_setup_audit_listen" if nid in watched else "cal_setup_audit_other"
        if nid in homes:
            # kept to host the replays, never left (review 29a #2: Dentiva's « Before leaving
            # YouTube » while its replays go there)
            key = "cal_setup_replay_home"
        if not say.catalogue.network(nid).listenable:
            # private messages: no post to pin; the inbox kept is set up (review 8b, #3)
            key = "cal_setup_inbox" if nid in inboxes else "cal_setup_audit_private"
        tasks.append((nid, say(key, network=nid, others=kept)))
    tasks.append((None, say("cal_setup_alerts", peers=inputs.list("competitors"))))
    tasks.append((None, say("cal_setup_charter")))
    if inputs["target"].get("baseline") is not None:
        # the starting figure given is checked where it is read, not asked again (review 6)
        source = main_source(inputs, say.catalogue, say)
        figures = {"baseline": inputs["target"]["baseline"], "unit": inputs["target"]["unit"]}
        key = "cal_setup_record" if source is not None else "cal_setup_record_agree"
        if session_series(inputs, say.catalogue) is not None:
            key = "cal_setup_record_sessions"  # per session, not per edition (review 32c, N1)
        tasks.append((None, say(key, metric=metric, source=source or "", **figures)))
    else:
        tasks.append((None, say("cal_setup_baseline", metric=metric)))
    return tasks


def _letter_setup(inputs: Inputs, say: Words, letter_from: date) -> str:
    """A new newsletter's first week: the sign-up form and a collection point where the
    customers are (the till, the vehicle, the site), explicit consent, and for a health practice
    no patient added from the patient file (review 4, D8). Its first issue waits for a list."""
    held = existing_list(inputs, say.catalogue.thresholds)
    owned = owned_list(inputs, say.catalogue)
    if held is None and owned is not None:
        # the app's accounts, the applicants in the CRM: asked, not rebuilt (review 22b, D10)
        how = say(f"cal_import_{owned}")
        return say("cal_setup_newsletter_list", network="newsletter", how=how, deadline=letter_from)
    if held is not None:
        # a list already held is imported, not rebuilt from a QR code (review 6, #5)
        law = say.catalogue.thresholds.existing_customers_law.get(inputs.answers_lang or "")
        key = f"cal_import_{held}" + ("_law" if held != "members" and law else "")
        text = say(
            "cal_setup_newsletter_list",
            network="newsletter",
            how=say(key, said=law or ""),
            deadline=letter_from,
        )
        if held == "clients":
            text = f"{text} {say('cal_after_visit')}"
        if "health_care" in say.variants:  # a health practice, not one health service in a shop
            text = f"{text} {say('cal_newsletter_consent_health')}"
        return text
    premises = inputs["premises"]
    place = (
        "online" if premises == "online_only" else "area" if premises == "service_area" else "shop"
    )
    site = "_site" if inputs["website"] not in (None, "none") else ""
    if parcel_seller(inputs, say.catalogue):
        site = "_parcel"  # a card in each parcel, not a site's form (review 23b, D8)
    once = bought_once(inputs, say.catalogue)  # a tour: guests at the counter have booked
    text = say(
        "cal_setup_newsletter",
        network="newsletter",
        how=say("cal_collect_planned" if once else f"cal_collect_{place}{site}"),
        deadline=letter_from,
    )
    if once:
        text = f"{text} {say('cal_after_tour')}"
    if "health_care" in say.variants:  # a health practice, not one health service in a shop
        text = f"{text} {say('cal_newsletter_consent_health')}"
    if "13-17" in inputs.list("audience_ages"):
        # minors sign up too: the age asked, a parent's consent below the law's age (review
        # 12b, #3; the minors warning's ages)
        age = data_consent_age(inputs, say.catalogue)
        minors = say("cal_newsletter_minors", age=age) if age else say("cal_newsletter_minors_any")
        text = f"{text} {minors}"
    return text


def build_calendar(
    inputs: Inputs,
    kn: Catalogue,
    verdict: Verdict,
    plan: list[Phase],
    networks: list[NetworkPlan],
    editorial: Editorial,
    routine: list[RoutineItem],
    warnings: list[Warning],
    say: Words,
    answer_within: float | None = None,
) -> list[Slot]:
    rules = kn.calendar
    start: date = inputs["start_date"]
    end = start + timedelta(days=7 * rules.weeks - 1)
    active = [n for n in networks if n.role in ("primary", "secondary")]
    slots: list[Slot] = []
    shut = [(a, b) for a, b in closures(inputs) if a <= end and b >= start]

    # the set-up tasks, on the set-up days of the first week(s), in order
    # a solo with a few hours a week sets up in one evening block, not in six office-hour
    # blocks over three weekdays (review 33a C10)
    setup = rules.setup
    if (
        rules.solo_setup is not None
        and inputs["team"] == "solo"
        and 0 < inputs.hours < kn.thresholds.few_hours_solo
    ):
        setup = rules.solo_setup
    times = [
        (_on(start + timedelta(days=7 * w), d), t)
        for w in range(rules.weeks)
        for d in sorted(setup.days)
        for t in setup.times
    ]
    ready: dict[str | None, date] = {}  # a network publishes the day after its set-up
    letter_from = first_issue(inputs, kn, networks)
    for (network, task), (day, time) in zip(
        _setup_tasks(
            inputs,
            verdict,
            active,
            warnings,
            say,
            [n.id for n in networks if n.role == "listen"],
            letter_from,
            [n.id for n in networks if any(r.code == "inbox" for r in n.reasons)],
            [n.id for n in networks if any(r.code == "replay_home" for r in n.reasons)],
        ),
        sorted(times),
        strict=False,
    ):
        slots.append(Slot(date=day, time=time, network=network, activity="setup", idea=task))
        ready[network] = day
    if letter_from is not None:
        # a new list: the first issue waits for the sign-ups of the weeks before
        ready["newsletter"] = letter_from - timedelta(days=1)

    # listening, as the routine has it: a session a week, two for a monitoring objective
    listened = [r for r in routine if r.activity == "listen"]
    if listened:
        sessions = 2 if inputs["objective"] == "monitoring" else 1
        what = say("cal_listen", peers=inputs.list("competitors"))
        for w in range(rules.weeks):
            block = start + timedelta(days=7 * w)
            for k in range(min(sessions, len(rules.listen.days))):
                slots.append(
                    Slot(
                        date=_on(block, rules.listen.days[k]),
                        time=rules.listen.times[k % len(rules.listen.times)],
                        network=None,
                        activity="listen",
                        idea=what,
                    )
                )

    # the posts, from the day publishing starts, each network at its rhythm
    capped: Callable[[list[Slot]], list[Slot]] | None = None  # the offer's cap, once drawn
    topup: Callable[[list[Slot]], list[Slot]] | None = None  # the rhythm kept, once drawn
    first = posting_starts(inputs, verdict, plan)
    if first is not None and first <= end:
        shared = _shared_from(active)  # cross-posted network -> the main network it takes from
        # a public body or a firm speaking to professionals answers on working days: nothing is
        # posted when no one is there to reply
        types = set(inputs.list("audience_types"))
        office = inputs["org_kind"] == "public_body" or (
            bool(types) and types <= {"professionals", "prescribers"}
        )
        found = trades(inputs, kn)
        # the desired action's own hours first (a breakfast's 06:45), else the trade's
        east = east_times(inputs, kn)  # the audience's morning far to the east, all networks
        before = (
            action_times(inputs, kn)
            or east
            or [t for name in found for t in rules.trades[name].times]
        )

        # a weekly order deadline: the main network's offer post goes out the day or two
        # before it (review 9b, #1: not on Saturday for a Thursday-noon deadline)
        weekly = order_deadline(inputs, kn)
        lead = next((n for n in active if n.role == "primary" and n.kind == "social"), None)
        offer_day: int | None = None
        weekly_day = weekly[0] if weekly else None
        if weekly is not None and lead is not None and rules.order_deadline is not None:
            near = [(weekly[0] - k - 1) % 7 + 1 for k in rules.order_deadline.days_before]
            own_days = rules.slots(lead.id).days
            offer_day = next((d for d in own_days if d in near), near[0])

        # the main network's post before the deadline is the week's offer, unless a weekly
        # message already carries it and the network posts once a week: then its one post keeps
        # the line's proportions (review 10, #1: a farm's four weeks all about the offer)
        # the weekly message to those who asked (review 9b, #6), found once
        weekly_list = next(
            (n for n in active if any(r.code == "weekly_message_list" for r in n.reasons)), None
        )
        lead_offers = lead is not None and (lead.posts_per_week >= 2 or weekly_list is None)

        def slots_of(n: NetworkPlan) -> Slots:
            """The network's days and times: working days when no one answers at weekends; a
            trade's times of day on the social networks (a lunch post before the service); the
            main network's offer day first before a weekly order deadline."""
            own = _office_days(rules.slots(n.id)) if office else rules.slots(n.id)
            if inputs["market"] in ("b2b", "both") and n.id in rules.b2b_days:
                # a work video on a weekday morning (review 16, N5)
                own = own.model_copy(update={"days": rules.b2b_days[n.id]})
            at_work = set(rules.slots(n.id).days) <= set(rules.working_days) and not east
            if before and n.kind == "social" and not at_work:
                # a network read at work on working days (LinkedIn) keeps its own hours: a
                # breakfast's 06:45 is no time for candidates (review 27 #11)
                own = own.model_copy(update={"times": before})
            # the weekly message goes out with the offer post
            if offer_day is not None and (n is lead or n is weekly_list):
                days = [offer_day, *(d for d in own.days if d not in (offer_day, weekly_day))]
                own = own.model_copy(update={"days": days})
            return own

        def opens(n: NetworkPlan) -> date:
            """A new newsletter's rhythm starts with its first issue's week."""
            return max(first, letter_from) if n.id == "newsletter" and letter_from else first

        posts = [
            (day, time, n)
            for n in active
            if n.id not in shared
            for day, time in _placed(
                opens(n),
                (end - opens(n)).days // 7 + 1,
                n.posts_per_week,
                slots_of(n),
                ready.get(n.id, start - timedelta(days=1)),
            )
            if day <= end
        ]
        # after a known window, the main network is back to one post a week (review 7, #6)
        seen: set[tuple[str, int]] = set()
        kept_posts = []
        for day, time, n in sorted(posts, key=lambda p: (p[0], p[1])):
            until = next(
                (r.figures.get("deadline") for r in n.reasons if r.code.startswith("window_push")),
                None,
            )
            week = (n.id, (day - first).days // 7)
            if isinstance(until, date) and day > until and week in seen:
                continue
            seen.add(week)
            kept_posts.append((day, time, n))
        posts = kept_posts
        if shut:  # a newsletter issue waits for the end of a closure (review 26 #6)
            posts = _out_of_closures(posts, shut, slots_of, end)
        # a weekly-message list opened with the plan starts at nobody: the main network's first
        # post says how to join it, and the first message goes out after that (review 13a, #3:
        # three messages sent while the sign-up post came in week 4)
        signup: date | None = None
        if (
            weekly_list is not None
            and lead is not None
            and weekly_list.id not in inputs.list("current_networks")
        ):
            opening = min(((d, t) for d, t, n in posts if n is lead), default=None)
            if opening is not None:
                # its own post the day before the first one, which keeps its subject (the
                # month's question stays in its month); the first message a week after it
                signup = max(opening[0] - timedelta(days=1), start)
                posts.append((signup, opening[1], lead))
        if signup is not None:
            opened = signup + timedelta(days=7)
            posts = [p for p in posts if not (p[2] is weekly_list and p[0] < opened)]
        posts.sort(key=lambda p: (p[0], p[1], networks.index(p[2])))
        pillars = [p for p in editorial.pillars if p.share > 0]
        # a channel that carries only some kinds (a listing, a broadcast channel) keeps its own
        # count, so the others keep the editorial line's proportions
        orders = {c: _pillar_order(pillars) for c in ("", *kn.ideas.channels)}
        draw = IdeaDraw(inputs, say)
        # the young band's own network carries their posts, not their parents' (review 9a, #5)
        draw.young = {n.id for n in networks if any(r.code == "young_support" for r in n.reasons)}
        # the audience's own questions go to the main network first (review 12b, #2)
        draw.main = next((n.id for n in networks if n.role == "primary"), None)
        draw.join(networks)
        # a session booked on a weekday: no call to book it on that day (review 28new D11)
        draw.session_day = booked_day(inputs, kn)
        # a search network the audience looks for the product on: products and how-tos only,
        # the thank-yous and shares stay on the main network (mix: `searched`; review 23b, D6)
        searched = {n.id for n in networks if any(r.code == "searched" for r in n.reasons)}
        windows = pre_election_windows(warnings, kn)
        draw.pools[PRE_ELECTION] = _practical_pool(draw)
        covered = [w for name in found for w in rules.trades[name].covers]
        if covered and daily_story(inputs, kn, networks):
            # what the daily story already says each day is no feed post: marked used and
            # never drawn (a repeat only takes ideas drawn before)
            draw.used |= {
                i
                for pool_ in draw.pools.values()
                for i in pool_
                if contains_words(i.value, covered)
            }

        def pool(key: str, day: date) -> str:
            """A public body's own offer is practical information before an election."""
            return PRE_ELECTION if key == "own_offer" and _in_window(day, windows) else key

        listing = _ListingPosts(inputs, kn, say, found)
        by_key = {p.key: p for p in pillars}
        held_lives: list[tuple[NetworkPlan, date]] = []  # lives a closure pushed out
        # each drawn post's idea kind, and whether it serves recruitment (day, time, network)
        drawn: dict[tuple[date, str, str], tuple[str, bool]] = {}
        kept: set[tuple[date, str, str]] = set()  # the offer posts the cap leaves (the week's)
        join = next((i for i in draw.pools["audience_problems"] if i.kind == "join_weekly"), None)
        for day, time, n in posts:
            closed = _shut(day, shut)
            if closed and not _evergreen_channel(kn, n):
                continue  # nobody there to answer its readers (review 26 #6)
            fixed = listing(day, set(by_key)) if n.kind == "local" else None
            if signup is not None and join is not None and n is lead and day == signup:
                signup = None  # once: the lead's first post of that day
                draw.used.add(join)  # the sign-up post, once, in the first week: a notice
                fixed = ("audience_problems", join.phrase(say, n.id, "photo") or "")
            if fixed is None and weekly is not None and n is weekly_list:
                # the weekly message is the week's offer and its deadline (review 9b, #6)
                fixed = (
                    "own_offer",
                    say("cal_weekly_list", what=deadline_said(inputs, say, weekly[1]), day=day),
                )
            if fixed is not None and fixed[0] in by_key:
                # the listing of a business on the move or closed for the season: the week's
                # schedule, the next opening, not a post about a site in use
                pillar, idea, fmt = by_key[fixed[0]], fixed[1], "photo"
            else:
                order = orders.get(n.id, orders[""])
                if n is lead and day.isoweekday() == offer_day and lead_offers:
                    kept.add((day, time, n.id))
                pillar = order(
                    lambda p, nid=n.id, d=day: (  # type: ignore[misc]
                        draw.can(pool(p.key, d), nid)
                        and not (nid in searched and p.key == "curation")
                        # the session's day is for its people, the call to book before it
                        and not (p.key == "own_offer" and d.isoweekday() == draw.session_day)
                    ),
                    "own_offer"
                    if n is lead and day.isoweekday() == offer_day and lead_offers
                    else None,
                )
                made = [
                    f
                    for f in n.formats or ["text"]
                    if not (f == "live" and n.id in kn.thresholds.live_needs_audience)
                    or n.id in inputs.list("current_networks")
                ] or ["text"]
                if "live" in made and not _live_fits(kn, n, day, slots, ready, start, inputs):
                    if closed and _live_fits(kn, n, day, slots, ready, start, inputs, True):
                        # a live due in a closure is held before it (review 27 #3)
                        held_lives.append((n, day))
                    # a network given only lives keeps them: no other format to fall back on
                    made = [f for f in made if f != "live"] or made
                idea, fmt = draw(pool(pillar.key, day), n.id, made, day)
                # a question in a generic frame's slot (review 11a, #6)
                pillar = next((p for p in pillars if p.key == draw.drawn), pillar)
                if draw.kind in rules.offer_cap.offer_kinds and "own_offer" in by_key:
                    # a product shown is the offer, whatever pool it came from (review 27 #2)
                    order.refile(pillar.key, "own_offer")
                    pillar = by_key["own_offer"]
                wrote = draw.wrote
                drawn[(day, time, n.id)] = (
                    draw.kind,
                    n.id in draw.hiring_only or (wrote is not None and draw.hires(wrote)),
                )
                if closed and (
                    fmt == "live" or pillar.key == "curation" or draw.kind in CLOSED_KINDS
                ):
                    continue  # a post that wants someone there: none while closed
            if n.id == "newsletter":  # the letter named as often as it goes out
                letter = f"cal_letter_{cadence(n.posts_per_week)}"
                if letter_from is not None and not any(
                    x.network == n.id for x in slots if x.activity == "post"
                ):
                    letter = (  # to the list imported, or the sign-ups of the weeks before
                        "cal_letter_first_list"
                        if existing_list(inputs, kn.thresholds) or owned_list(inputs, kn)
                        else "cal_letter_first"  # an app's accounts, a CRM's applicants: imported
                    )
                if letter == "cal_letter_first_list" and not campaign(inputs, kn):
                    # past customers first hear the desired action (review 7, #1)
                    idea = draw.first_letter() or idea
                elif letter == "cal_letter_first":  # new sign-ups have just acted: no call yet
                    idea = draw.uncalled(idea)
                    if "destination" in say.variants:
                        # a destination's first letter: the weekends ahead and who is open then,
                        # whatever pillar the slot fell on (review 20, D7; a monthly letter has
                        # only this one in four weeks)
                        idea = say("cal_newsletter_craft", skill="")
                if letter in ("cal_letter_first", "cal_letter_first_list") and first:
                    idea = _letter_gift(inputs, kn, say, day, first, idea)
                idea = say.loc.label(say(letter), idea)
            slots.append(
                Slot(
                    date=day,
                    time=time,
                    network=n.id,
                    activity="post",
                    pillar=pillar.key,
                    idea=idea,
                    format=fmt,
                )
            )
            original = slots[-1]
            for other, main in shared.items():
                plan_of = next(m for m in active if m.id == other)
                if main != n.id:
                    continue
                after = ready.get(other, start - timedelta(days=1))
                together = any(r.code.startswith("cross_post_meta") for r in plan_of.reasons)
                tag = any(r.code == "prescribers" for r in plan_of.reasons)
                if fmt == "live" and any(r.code == "reused_clips" for r in plan_of.reasons):
                    continue  # only the vertical videos go there (mix `reused`; review 23b, D3)
                taken = {(x.date, x.time) for x in slots if x.network == other}
                if fmt != "live" and read_at_work(inputs, kn, other):
                    # a consumer's post reposted where people read at work: only what suits
                    # parents and employers there (a result, a distinction, graduates' careers),
                    # about two a week (review 27 #10: 12 of Northgate's 14 Instagram posts,
                    # a Stories takeover included, copied to LinkedIn)
                    copy_week = (day - start).days // 7
                    copied = sum(
                        1
                        for x in slots
                        if x.network == other
                        and x.activity == "post"
                        and (x.date - start).days // 7 == copy_week
                    )
                    if fixed is not None or copied >= WORK_COPIES or not _suits_work(draw):
                        continue
                if fmt == "live":
                    # a live is announced two days before, never at the minute it starts
                    # (review 8a, #9: Montréal's « à annoncer deux jours avant » at 18 h 30),
                    # on a working day for a B2B audience (review 11b, #7)
                    days = _notice_days(inputs, kn, day)
                    ahead = next((d for d in days if d > after and (d, time) not in taken), day)
                    when: tuple[date, str] | None = (ahead, time) if ahead < day else None
                elif together:  # Meta's tool posts to both apps at once, as the mix said
                    when = (day, time) if day > after else None
                else:
                    # the post adapted in a line, at the shared network's own good time
                    # (LinkedIn on a weekday morning, not Facebook's Saturday lunch)
                    when = _own_slot((day, time), slots_of(plan_of), after, end, taken)
                if when is None or not _carries(kn, other, fmt, idea, say):
                    continue  # a post the network cannot publish is not reposted there
                relayed = idea.startswith(say("idea_field"))  # someone else's post
                if tag and pillar.key == "curation" and not relayed:
                    continue  # a thank-you or a partner stays off the prescribers' network
                if fmt == "live":
                    # one live, the others announce it (never the same live three times)
                    # where the link goes on the announcing network (review 11, no bio on Facebook)
                    # the announcement alone, never the live's own text glued before it
                    # (review 28 #8: Saltbush's 9 Dec Facebook row, two posts in one)
                    key, text = "cal_cross_post_live_notice", ""
                    kept_fmt = next(
                        (f for f in plan_of.formats if f != "live"), (plan_of.formats or [fmt])[0]
                    )
                else:
                    key = (
                        "cal_cross_post_native"  # a plain repost: tags are for the facts
                        if tag and relayed
                        else "cal_cross_post_tag"  # the fact put before councillors, journalists
                        if tag
                        else "cal_cross_post_together"
                        if together
                        else "cal_cross_post"
                    )
                    text = draw.relinked(idea, other)
                    kept_fmt = fmt if fmt in plan_of.formats else (plan_of.formats or [fmt])[0]
                slots.append(
                    Slot(
                        date=when[0],
                        time=when[1],
                        network=other,
                        activity="post",
                        # the announcement of the live is a notice of the offer's moment
                        pillar="own_offer"
                        if key == "cal_cross_post_live_notice" and "own_offer" in by_key
                        else pillar.key,
                        idea=say(
                            key,
                            network=other,
                            other=main,
                            idea=text,
                            day=day,
                            what=say.loc.clock(time),
                        ),
                        format=kept_fmt,
                    )
                )
                if key == "cal_cross_post_together" and when == (day, time):
                    # one row in the documents for both: it says where the link is on each
                    # (review 27 #10: « (the link in the bio) » on a row Facebook shares)
                    original.idea = _bio_or_post(original.idea, other, say)
        slots = _recurring_posts(inputs, kn, networks, editorial, ready, first, say, slots)
        slots = _named_event_posts(inputs, kn, networks, editorial, first, say, slots)
        slots = _gift_posts(inputs, kn, networks, editorial, first, say, slots)
        slots = _offer_push_posts(inputs, kn, networks, editorial, first, say, slots)
        repeats: set[str] = set()
        slots = _season_posts(inputs, kn, networks, editorial, first, say, slots, draw, repeats)
        warned = any(w.id == "self_centred" for w in warnings)
        slots = _offer_capped(slots, networks, editorial, draw, drawn, repeats, say, kept, warned)

        def recap(rows: list[Slot]) -> list[Slot]:
            """The cap again once the plan's rows are in (its first issue, the listing's event
            post): the offer they add is counted too (cal48, review 31a WN1)."""
            return _offer_capped(rows, networks, editorial, draw, drawn, repeats, say, kept, warned)

        capped = recap

        def topped(rows: list[Slot]) -> list[Slot]:
            """Each full week after a network's first keeps its card's rhythm (cal49)."""
            return _kept_rhythm(
                inputs, kn, rows, active, shared, slots_of, draw, orders, start, end, shut
            )

        topup = topped
        slots = _lives_out_of_closures(inputs, kn, slots, held_lives, shut, draw, ready, end)
        slots += _reminders(inputs, kn, lead, slots, weekly, first, end, say)
        kinds = {n.id: [f for f in n.formats if f != "live"] for n in active}
        slots += _live_notices(inputs, kn, slots, ready, start, say, kinds)
        slots += _second_sessions(inputs, kn, slots, say)
        slots = draw.refill(slots)  # a question a notice displaced comes back (review 21b, D1)
        slots = _session_week(slots, drawn, draw.session_day, lead, draw.slots_again)
        slots = _advocacy_testimony(inputs, kn, networks, say, slots, draw, start)
    slots += _advocacy_rows(inputs, kn, say, slots, start)
    slots = _letter_after_kit(inputs, kn, say, slots, end)
    slots += _repair_month_posts(inputs, verdict, networks, editorial, warnings, say)
    slots += _service_posts(inputs, verdict, networks, say, slots)
    slots += _quiet_weeks(inputs, verdict, slots, first, answer_within, kn, say)
    slots += _announced_issue(inputs, kn, active, editorial, slots, letter_from, end, say)
    # nothing on a public holiday: nobody is there to answer (review 22b, D7)
    slots = _off_holidays(inputs, kn, slots, start, end, shut)
    if shut:
        slots = _off_closures(kn, slots, shut, networks)
        slots += _closure_notes(kn, shut, start, say)
    slots = _plan_rows(inputs, kn, plan, slots, say)
    slots += _search_ads_setup(inputs, kn, say, slots)
    _listing_events(inputs, kn, plan, networks, slots, say)
    if capped is not None:
        slots = capped(slots)
    if topup is not None:
        slots = topup(slots)
    slots = sorted(_one_at_a_time(slots), key=lambda s: (s.date, s.time, s.activity != "setup"))
    _align_named_notices(inputs, kn, plan, slots, say)  # the plan's milestone takes its day
    _rows_said_once(kn, slots, say, networks, shut)
    return slots


def _call_at(kn: Catalogue, text: str, lang: str, keys: list[str]) -> int | None:
    """Where the call line one of these phrase keys writes starts at the end of `text` (after a
    sentence's end), or None: the line is found by its phrase, whatever fills it."""
    if not keys:
        return None
    for gap in re.finditer(r"(?<=[.!?»)])\s+", text):
        if _phrase_match(kn, keys, text[gap.end() :], lang) is not None:
            return gap.start()
    return None


def _rows_said_once(
    kn: Catalogue,
    slots: list[Slot],
    say: Words,
    networks: list[NetworkPlan],
    shut: list[tuple[date, date]],
) -> None:
    """What the rows say once, not on every row (review 30a D1, D8, D11, C13; 30b G13). Each
    network's first post gives value: where it was the offer and a question of the audience comes
    later on that network, the two swap (neither a named day's post), and it ends on no offer's
    call; a save-the-date asks only to save the date; a share of others' work is a text, not a
    graphic; a pin is a pin (one piece, its title, its description and link: no « last line »);
    the same call line on more than a few rows of a network stays on its first row only."""
    rules, lang = kn.calendar.row_calls, say.lang
    posts = sorted(
        (s for s in slots if s.activity == "post" and s.network),
        key=lambda s: (s.date, s.time),
    )
    formats = {n.id: n.formats for n in networks}
    # a post reposted elsewhere, a repost, a live, a listing's post, a closed day: each keeps its
    # place (its copies follow it, its day was chosen for it)
    copies = _copies(posts, say)
    held = {id(posts[i]) for i, found in copies.items() if found}
    held |= {id(posts[j]) for found in copies.values() for j in found}
    copies_of = {id(posts[i]): [posts[j] for j in found] for i, found in copies.items()}
    reposts = {id(posts[j]) for found in copies.values() for j in found}

    def uncall(row: Slot, keys: list[str]) -> None:
        """The row without its ending call line, and its reposts without it too: a post and its
        copy stay one row where the documents merge them."""
        at = _call_at(kn, row.idea, lang, keys) if id(row) not in reposts else None
        if at is None:
            return
        tail = row.idea[at:]
        if any(tail not in copy.idea for copy in copies_of.get(id(row), [])):
            return  # a repost that says the call its own way: the pair keeps it
        if any(x.idea == row.idea[:at].rstrip() for x in by_network.get(row.network or "", [])):
            return  # without its call it would repeat another post word for word
        row.idea = row.idea[:at].rstrip()
        for copy in copies_of.get(id(row), []):
            copy.idea = copy.idea.replace(tail, "", 1)

    def movable(s: Slot) -> bool:
        return (
            not s.event
            and id(s) not in held
            and s.format != "live"
            and s.network not in SHORT_OWN_CHANNELS
            and not _shut(s.date, shut)
        )

    by_network: dict[str, list[Slot]] = {}
    for post in posts:
        by_network.setdefault(post.network or "", []).append(post)
    for network, rows in by_network.items():
        first = rows[0]
        if first.pillar == "own_offer" and movable(first):
            week = first.date.isocalendar()[:2]
            answer = next(
                (
                    r
                    for r in rows[1:]
                    if r.pillar == "audience_problems"
                    and movable(r)
                    and r.date.isocalendar()[:2] == week
                ),
                None,
            )
            if answer is not None:
                for field in ("idea", "pillar", "format"):
                    mine, theirs = getattr(first, field), getattr(answer, field)
                    setattr(first, field, theirs)
                    setattr(answer, field, mine)
        if first.pillar != "own_offer":
            uncall(first, rules.offer)
        for row in rows:
            if _phrase_match(kn, rules.save_date, row.idea, lang, whole=False) is not None:
                uncall(row, rules.offer)
            if (
                row.pillar == rules.shares_pillar
                and row.format != rules.shares_format
                and contains_words(row.idea, rules.shares_words.get(lang, []))
                and rules.shares_format in formats.get(network, [])
            ):
                row.format = rules.shares_format
        if network == "pinterest":
            for row in rows:
                if contains_words(row.idea, rules.pin_many.get(lang, [])):
                    row.idea = say("cal_pin_one_piece")
                uncall(row, rules.every)
            continue
        tails: dict[str, list[Slot]] = {}
        for row in rows:
            cut = _call_at(kn, row.idea, lang, rules.repeat) if id(row) not in held else None
            if cut is not None:
                tails.setdefault(_bare(row.idea[cut:]), []).append(row)
        for same in tails.values():
            if len(same) > rules.repeat_max:
                for row in same[1:]:
                    uncall(row, rules.repeat)


def _session_week(
    slots: list[Slot],
    drawn: dict[tuple[date, str, str], tuple[str, bool]],
    session_day: int | None,
    lead: NetworkPlan | None,
    again: Callable[[str, int], str] = lambda text, _week: text,
) -> list[Slot]:
    """A session booked on a weekday (the vet's Saturday vaccinations; review 29a #3): the post
    of the slots still free is a weekly ritual, on its weekday each week after the first, in
    place of that day's post, which takes the week's relay after the session when there is
    one; the « can't make it? » question goes out the day before the session, never after."""
    if session_day is None or lead is None:
        return slots

    def kind(x: Slot) -> str:
        return drawn.get((x.date, x.time, x.network or ""), ("", False))[0]

    main = sorted(
        (x for x in slots if x.network == lead.id and x.activity == "post"),
        key=lambda x: (x.date, x.time),
    )
    taken = {x.date for x in main}
    for x in main:
        if kind(x) == "no_show" and x.date.isoweekday() >= session_day > 1:
            eve = x.date - timedelta(days=x.date.isoweekday() - session_day + 1)
            if eve not in taken:
                taken.discard(x.date)
                x.date = eve
                taken.add(eve)
    ritual = next((x for x in main if kind(x) == "slots_left"), None)
    if ritual is None or ritual.date.isoweekday() >= session_day:
        return slots
    first_week = ritual.date.isocalendar()[:2]
    weeks: dict[tuple[int, int], list[Slot]] = {}
    for x in main:
        weeks.setdefault(tuple(x.date.isocalendar()[:2]), []).append(x)  # type: ignore[arg-type]
    later = 0  # the weeks after the first: each opens on another question (ideas44)
    for week, among in weeks.items():
        if week <= first_week or any(kind(x) == "slots_left" for x in among):
            continue
        due = [x for x in among if not x.event and x.date.isoweekday() == ritual.date.isoweekday()]
        if not due:
            continue
        spot = due[0]
        after = next(
            (x for x in among if x.pillar == "curation" and x.date.isoweekday() > session_day - 1),
            None,
        )
        if after is not None:  # the day's own subject keeps its place in the week
            after.idea, after.pillar, after.format = spot.idea, spot.pillar, spot.format
        later += 1
        spot.idea, spot.pillar, spot.format = (
            again(ritual.idea, later),
            ritual.pillar,
            ritual.format,
        )
    return slots


def _bare(text: str) -> str:
    """A text without its spaces and with straight apostrophes: the locale's typography (a
    no-break space before « : », a curly apostrophe) left out of a comparison."""
    return re.sub(r"\s+", "", text).replace("\u2019", "'")


def _phrase_match(
    kn: Catalogue, keys: list[str], text: str, lang: str, whole: bool = True
) -> re.Match[str] | None:
    """The match of a text by one of these phrase keys' (variants included), whatever fills
    its placeholders (each a group, spaces left out); the text's start only unless `whole`."""
    said = _bare(text)
    for key, phrase in kn.phrases.items():
        if key.split("@")[0] not in keys:
            continue
        pieces = re.split(r"\{[^}]*\}", _bare(phrase.raw(lang)))
        pattern = "(.+?)".join(re.escape(p) for p in pieces)
        found = (re.fullmatch if whole else re.match)(pattern, said, re.DOTALL)
        if found is not None:
            return found
    return None


def _milestone_of(kn: Catalogue, keys: list[str], what: str, lang: str) -> bool:
    """Whether a milestone's text is one of these phrase keys', whatever fills them."""
    return _phrase_match(kn, keys, what, lang) is not None


def _before_opening(kn: Catalogue, slots: list[Slot], opening: date, say: Words) -> None:
    """A post before the registrations open gives the date, never a sign-up link that does
    not exist yet (review 29a #2: Dentiva's 21 January « sign-up link », registrations open on
    3 February): the event named, who it is for, the day registrations open."""
    keys = kn.calendar.plan_rows.sign_up_ideas
    for x in slots:
        if x.activity != "post" or x.date >= opening:
            continue
        found = _phrase_match(kn, keys, x.idea, say.lang, whole=False)
        if found is None:
            continue
        # the headline as written: the idea's own start, up to the phrase's first words
        head = x.idea[: len(x.idea) - len(x.idea.lstrip())]
        cut = _cut(x.idea, len(found.group(1)))
        headline = x.idea[:cut]
        rest = _cut(x.idea, len(found.group(0)))
        tail = x.idea[rest:].strip()
        idea = say("cal_save_the_date", headline=(head + headline).strip(), day=opening)
        x.idea = f"{idea} {tail}".strip()


def _cut(text: str, bare: int) -> int:
    """The position in `text` after its first `bare` characters counted without spaces."""
    seen = 0
    for k, c in enumerate(text):
        if seen == bare:
            return k
        if not c.isspace():
            seen += 1
    return len(text)


def _plan_rows(
    inputs: Inputs, kn: Catalogue, plan: list[Phase], slots: list[Slot], say: Words
) -> list[Slot]:
    """The plan's dated milestones the agency acts on, in the four weeks (review 29a #1, #2):
    the list imported on its day in place of a sign-up drive, the first issue on the plan's day
    and subject, and a row for each dated task (the brokers' invitation, the registrations'
    opening). Nothing changes for a plan without them."""
    rows = kn.calendar.plan_rows
    start: date = inputs["start_date"]
    end = start + timedelta(days=7 * kn.calendar.weeks - 1)
    dated = [m for phase in plan for m in phase.milestones if start <= m.date <= end]
    lang = say.lang
    time = kn.calendar.setup.times[0]
    out = list(slots)
    for m in dated:
        row = m.what if m.what.endswith((".", "!", "?")) else f"{m.what}."
        if _milestone_of(kn, rows.list_import, m.what, lang):
            setup = next(
                (x for x in out if x.network == "newsletter" and x.activity == "setup"), None
            )
            what = m.what[:1].lower() + m.what[1:]
            idea = say("cal_setup_newsletter_plan", what=what.rstrip("."))
            if setup is not None:
                setup.date, setup.idea = m.date, idea
            else:
                out.append(
                    Slot(date=m.date, time=time, network="newsletter", activity="setup", idea=idea)
                )
        elif _milestone_of(kn, rows.first_issue, m.what, lang):
            letters = sorted(
                (x for x in out if x.network == "newsletter" and x.activity == "post"),
                key=lambda x: (x.date, x.time),
            )
            if letters and letters[0].date >= m.date:
                letters[0].date, letters[0].idea = m.date, row
                letters[0].pillar = (
                    "own_offer" if any(x.pillar == "own_offer" for x in out) else letters[0].pillar
                )
            elif not letters:
                at = kn.calendar.slots("newsletter").times[0]
                out.append(
                    Slot(
                        date=m.date,
                        time=at,
                        network="newsletter",
                        activity="post",
                        pillar="own_offer" if any(x.pillar == "own_offer" for x in out) else None,
                        idea=row,
                        format="text",
                    )
                )
        elif _milestone_of(kn, rows.tasks + rows.opens, m.what, lang):
            row = _issue_named(kn, out, m.date, row, say)
            out.append(Slot(date=m.date, time=time, network=None, activity="setup", idea=row))
            if _milestone_of(kn, rows.opens, m.what, lang):
                _before_opening(kn, out, m.date, say)
    return out


def _issue_named(kn: Catalogue, slots: list[Slot], day: date, row: str, say: Words) -> str:
    """A dated task that counts on « the newsletter » on a day no issue goes out names the
    next issue by its date (review 33a DN9: registrations opened on 3 February « with the
    newsletter » while the fortnightly issues were on 26 January and 9 February): the next
    issue in the calendar, else the last one plus the gap between the last two."""
    words = kn.calendar.plan_rows.newsletter_words.get(say.lang, [])
    said = next((w for w in words if w in row), None)
    issues = sorted({x.date for x in slots if x.activity == "post" and x.network == "newsletter"})
    if said is None or day in issues:
        return row
    later = [d for d in issues if d > day]
    if later:
        nxt = later[0]
    elif len(issues) >= 2:
        nxt = issues[-1] + (issues[-1] - issues[-2])
    else:
        return row
    return row.replace(said, say("cal_next_issue", day=nxt), 1)


def _announced_issue(
    inputs: Inputs,
    kn: Catalogue,
    active: list[NetworkPlan],
    editorial: Editorial,
    slots: list[Slot],
    letter_from: date | None,
    end: date,
    say: Words,
) -> list[Slot]:
    """The first issue the newsletter's set-up row announces for a week of the four gets its
    row that week (review 33b EN8: « Premier numéro la semaine du 25 janvier 2027 » and no
    issue in week 4, the posts held while the basics are fixed): on the newsletter's own day,
    with the first of the answers' topics (a water service's new bill explained)."""
    start: date = inputs["start_date"]
    if letter_from is None or not (start <= letter_from <= end):
        return []
    letter = next((n for n in active if n.id == "newsletter"), None)
    public = inputs["org_kind"] == "public_body" or inputs["objective"] == "support"
    if letter is None or not public:
        return []  # a service's users are owed what it announced; others wait for the repairs
    if any(x.activity == "post" and x.network == "newsletter" for x in slots):
        return []
    own = kn.calendar.slots("newsletter")
    week = [letter_from + timedelta(days=k) for k in range(7)]
    day = next((d for d in week if d.isoweekday() in own.days and d <= end), letter_from)
    topics = [str(t) for t in inputs.list("topics")]
    if not topics:
        return []
    shown = say.own_text(topics[0])  # quoted when in another language than the document
    keys = [p.key for p in editorial.pillars if p.share > 0]
    pillar = next((k for k in keys if k == "audience_problems"), keys[0] if keys else None)
    idea = say.loc.label(say("cal_letter_first"), say("cal_letter_first_topics", subject=shown))
    return [
        Slot(
            date=day,
            time=own.times[0],
            network="newsletter",
            activity="post",
            pillar=pillar,
            idea=idea,
            format="text" if "text" in letter.formats or not letter.formats else letter.formats[0],
        )
    ]


def _search_ads_setup(inputs: Inputs, kn: Catalogue, say: Words, slots: list[Slot]) -> list[Slot]:
    """A budget that gives part of its ads to Google Search (homes sold in Canada or the US:
    « about a third of this line on Google Search ads ») gets that campaign's own set-up row,
    the day after the ads' set-up (review 33a W8: only Meta's set-up was dated)."""
    if not housing_ads(inputs, kn):
        return []
    said = say("milestone_ads_setup_housing", other_date=inputs["start_date"])
    head = said.split(":")[0]
    ads = next((x for x in slots if x.activity == "setup" and x.idea.startswith(head)), None)
    if ads is None:
        return []
    return [
        Slot(
            date=ads.date + timedelta(days=1),
            time=ads.time,
            network=None,
            activity="setup",
            idea=say("cal_setup_search_ads"),
        )
    ]


CROSS_POSTS = (
    "cal_cross_post",
    "cal_cross_post_together",
    "cal_cross_post_tag",
    "cal_cross_post_native",
    "cal_cross_post_live",
)


def _copy_tail(say: Words, copy: Slot, post: Slot) -> str | None:
    """The cross-post phrase `copy` ends on when it reposts `post`; None when it is no repost."""
    for key in CROSS_POSTS:
        tail = say(key, network=copy.network, other=post.network, idea="", day=post.date).strip()
        if copy.idea.endswith(tail):
            return key
    return None


def _copies(posts: list[Slot], say: Words) -> dict[int, list[int]]:
    """Each post's copies on the other networks (a repost opens on the post's own words and
    ends on the repost's line, on its day or after it), by their places in `posts`; a copy is
    no key."""
    order = sorted(range(len(posts)), key=lambda i: (posts[i].date, posts[i].time))
    out: dict[int, list[int]] = {}
    copied: set[int] = set()
    for a, i in enumerate(order):
        if i in copied:
            continue
        core = posts[i].idea[:COPY_CORE]
        out[i] = [
            j
            for j in order[a + 1 :]
            if posts[j].network != posts[i].network
            and j not in copied
            and posts[j].idea.startswith(core)
            and (posts[j].date - posts[i].date).days <= 7
            and _copy_tail(say, posts[j], posts[i]) is not None
        ]
        copied.update(out[i])
    return out


def _offer_capped(
    slots: list[Slot],
    networks: list[NetworkPlan],
    editorial: Editorial,
    draw: IdeaDraw,
    drawn: dict[tuple[date, str, str], tuple[str, bool]],
    repeats: set[str],
    say: Words,
    kept: set[tuple[date, str, str]],
    warned: bool,
) -> list[Slot]:
    """Every calendar held to one own-offer post in three (or the editorial line's share when it
    gives the offer more; review 27 #2: Fournil at 18 of 32 posts on the offer while its own
    warning says one in three at most; review 28 #3: Cire at 29 of 36). Counted once each post
    (its reposts elsewhere are the same post), the recruitment posts apart (they serve the
    second goal); beyond the share, the offer posts that repeat (a trade moment's middle
    reminder), then the social networks' own offer posts, a scene or a gesture before a fact,
    those of the fullest weeks first, give their place to the audience's questions not posted on
    that network yet (on a shop's Pinterest, a search's pin that answers one), their reposts
    with them. The named days' openings, the lives, the week's offer before its deadline, the
    facts shown (a proof, a figure), the job posts, the listing's and the letter's posts stay,
    but where the document warns of too much offer and the line breaks clearly (review 27 #2,
    Fournil): there the proofs give way too and a question comes back in a new shape."""
    cap = draw.say.catalogue.calendar.offer_cap
    shares = {p.key: p.share for p in editorial.pillars if p.share > 0}
    if "own_offer" not in shares or "audience_problems" not in shares:
        return slots
    plans = {n.id: n for n in networks}
    posts = [s for s in slots if s.activity == "post" and s.network in plans]
    copies = _copies(posts, say)

    def recruits(s: Slot) -> bool:
        found = drawn.get((s.date, s.time, s.network or ""))
        return (s.network in draw.hiring_only) or (found is not None and found[1])

    gone: set[int] = set()  # offer posts left out, nothing else being left to take their place

    def excess() -> int:
        """The offer posts beyond the line's share, each post counted once however many
        networks carry it (its reposts, the same subject elsewhere within a few days, as a
        reader folds them), the recruitment posts apart."""
        counted: list[int] = []
        for i in sorted(copies, key=lambda i: (posts[i].date, posts[i].time)):
            s = posts[i]
            if (
                i in gone
                or recruits(s)
                or any(
                    posts[k].network != s.network
                    and posts[k].idea[:COPY_CORE] == s.idea[:COPY_CORE]
                    and abs((posts[k].date - s.date).days) <= FOLD_DAYS
                    for k in counted
                )
            ):
                continue
            counted.append(i)
        offer = sum(1 for i in counted if posts[i].pillar == "own_offer")
        # the line's share, or one post in three where the line keeps less: the doctrine's
        # break, not the line's rounding
        line = math.floor(shares["own_offer"] * len(counted) + 1e-9)
        return offer - max(line, len(counted) // cap.one_in)

    if excess() <= 0:
        return slots
    keep = (*draw.rules.weekly, *draw.rules.monthly)
    consent = [w for ws in cap.consent_words.values() for w in ws]
    # where the document warns of too much offer and the job posts, counted apart, leave the
    # offer's share to the others (review 27 #2, Fournil), proofs give way too and a question
    # comes back in a new shape
    again = warned and any(recruits(s) for s in posts) and excess() >= cap.clear_break

    def rank(i: int, loose: bool = False) -> tuple[int, int, date] | None:
        s = posts[i]
        n = plans[s.network or ""]
        if s.pillar != "own_offer" or recruits(s) or i in gone:
            return None
        if s.event:
            return (0, 0, s.date) if s.idea in repeats else None
        found = drawn.get((s.date, s.time, s.network or ""))
        if s.format == "live" or (s.date, s.time, s.network or "") in kept:
            return None  # a live, the week's offer before its deadline
        if loose and found is not None and draw.pin_subjects and s.network == "pinterest":
            # the second pass (review 30 #2): the cap is a constraint, not a wish; a social
            # network's drawn offer post but a fact shown, a live, a named day's or the
            # deadline's gives way
            fact = found[0].startswith("proof") or found[0] in ("offer_generic", "action", "case")
            fact = fact or any(c.isdigit() for c in s.idea.split(":")[0])
            return None if fact else (3 + int(found[0] in keep), 0, s.date)
        if n.kind != "social" or found is None or found[0] in keep:
            return None
        if loose and contains_words(s.idea.replace("’", "'"), consent):
            return None  # people shown with their permission: a planned shoot stays
        if draw.recorded and found[0] == "craft":
            return None  # an adviser's know-how from an approved script (review 19, D8)
        # a fact: a proof's kind, or a figure in the post's head (« … paid for 310 hampers »)
        fact = any(c.isdigit() for c in s.idea.split(":")[0])
        proof = (
            fact or found[0].startswith("proof") or found[0] in ("offer_generic", "action", "case")
        )
        if proof and not again:
            return None  # a fact shown (a medal won, 310 hampers handed out) stays
        return (int(found[0] not in cap.scene_kinds) + 1, int(proof), s.date)

    before = {id(s): k for k, s in enumerate(posts)}
    ranked = {i: r for i in copies if (r := rank(i)) is not None}

    def crowded(i: int) -> int:
        """The offer posts of post i's week: of two alike, the one in the fuller week gives way
        (review 28 #3: Cire's last week all pins for sale once the first three were capped)."""
        week = (posts[i].date - posts[0].date).days // 7 if posts else 0
        return sum(
            1
            for k in copies
            if posts[k].pillar == "own_offer" and (posts[k].date - posts[0].date).days // 7 == week
        )

    def weekly(i: int) -> bool:
        """Whether post i's network keeps another post in post i's week once it is left out."""
        s = posts[i]
        monday = s.date - timedelta(days=s.date.weekday())
        return any(
            k != i
            and k not in gone
            and posts[k].network == s.network
            and posts[k].date - timedelta(days=posts[k].date.weekday()) == monday
            for k in range(len(posts))
        )

    def lent(
        i: int, made: list[str], posted: set[str], near: list[Slot]
    ) -> tuple[str, str, str] | None:
        """What takes an offer post's place when no new question is left (review 30 #2): a
        subject of another pillar (a community's, the trade's know-how, behind the scenes) not
        yet on post i's network, then one that ran least there, or a question no post around
        answers, in a shape the calendar does not carry yet; never a job post."""
        s = posts[i]
        found = [
            (draw.times[(idea, s.network)], idea.kind == "problem", n, idea, key)
            for key in ("curation", "audience_problems")
            for n, idea in enumerate(draw.pools.get(key, []))
            if idea.value
            and not draw.times[(idea, s.network)]  # one subject a network (review 14 #5)
            and not draw.hires(idea)
            and not (s.network in draw.young and contains_words(idea.value, draw.parent_words))
            and not any(_answers(x.idea, idea, say, x.network) for x in near)
        ]
        for *_, idea, key in sorted(found, key=lambda f: f[:3]):
            free = [f for f in made if idea.phrase(say, s.network, f) not in posted]
            got = draw.redraw(idea, s.network or "", free, s.date, s.idea) if free else None
            if got is not None and got[0] not in posted:  # never the same row twice
                return got[0], got[1], key
        return None

    def give(i: int, loose: bool = False) -> None:
        """Offer post i's place given to a question, else another pillar's subject, else left
        out while its network keeps a post that week."""
        s = posts[i]
        made = [f for f in plans[s.network or ""].formats if f != "live"] or ["text"]
        # the public's own questions: none this network or another answered in the days
        # around, one not posted that week first (review 21b, D6), the one posted least on this
        # network first; a repeat takes a shape not written yet (IdeaDraw's own repeat rule)
        asked = [q for q in draw.pools["audience_problems"] if q.kind == "problem" and q.value]
        if s.network in draw.young:  # the young band's own questions, never their parents'
            asked = [q for q in asked if not contains_words(q.value, draw.parent_words)]
        near = [
            x
            for x in posts
            if abs((x.date - s.date).days) <= (FOLD_DAYS if x.network != s.network else 3)
        ]
        asked = [q for q in asked if not any(_answers(x.idea, q, say, x.network) for x in near)]
        week = draw.week_subjects.get(s.date - timedelta(days=s.date.weekday()), [])
        asked = [q for q in asked if q not in week] or asked
        # one subject a network while others are left (review 14 #5): a question this network
        # has not carried yet, else the offer post stays; a question comes back in a new shape only
        # where the document itself warns of too much offer and the job posts, counted apart,
        # leave the offer's share to the others (review 27 #2, Fournil)
        # the second pass (cal48, review 31a WN1): the cap is a constraint on a social
        # network too, where a question may come back in a new shape rather than the offer stay
        plan_n = plans[s.network or ""]
        back = again or (loose and plan_n.kind == "social" and not draw.pin_subjects)
        asked = [q for q in asked if not draw.times[(q, s.network)]] or (asked if back else [])
        # a question in a shape the calendar does not carry yet: never the same post twice in
        # four weeks (a question the cap drew twice in one shape on Instagram and Facebook)
        posted = {x.idea for x in posts}
        picked = None
        for q in sorted(asked, key=lambda q: draw.times[(q, s.network)]):
            free = [f for f in made if q.phrase(say, s.network, f) not in posted]
            picked = draw.redraw(q, s.network or "", free, s.date, s.idea) if free else None
            if picked is not None:
                break
        found = drawn.get((s.date, s.time, s.network or ""))
        if picked is None and found is not None and found[0] == "pin":
            # a shop's pin on Pinterest: a search's pin that answers a question (review 28 #3)
            picked = draw.question_pin(s.network or "", s.date)
        pillar = "audience_problems"
        pin = draw.pin_subjects and s.network == "pinterest"
        # the second pass (cal48, review 31a WN1): a social network's offer post gives its place
        # to another pillar's subject too, never left out (the network keeps its rhythm)
        social = plans[s.network or ""].kind == "social" and not pin
        if picked is None and not pin and not (loose and social):
            return  # an offer post stays when nothing is left to take its place
        if picked is None and s.network not in draw.rules.channels and not spare():
            return  # the named days' posts on top, the others keep about the line's share
        if picked is None and (other := lent(i, made, posted, near)) is not None:
            picked, pillar = (other[0], other[1]), other[2]
        if picked is None:
            if weekly(i) and not social:  # a social network keeps its rhythm (cal48)
                gone.add(i)
                gone.update(copies[i])
            return
        idea, fmt = picked
        draw.log.append((s.date, s.network, idea, draw.wrote))
        posts[i] = s.model_copy(
            update={"pillar": pillar, "idea": idea, "format": fmt, "event": False}
        )
        for j in copies[i]:
            c = posts[j]
            text = draw.relinked(idea, c.network or "")
            key = _copy_tail(say, c, s) or "cal_cross_post"
            said = say(key, network=c.network, other=s.network, idea=text, day=s.date)
            posts[j] = c.model_copy(update={"pillar": pillar, "idea": said, "event": False})

    def spare() -> bool:
        """Whether the posts outside the named days and the listings' own updates keep the
        line's offer share with one offer post fewer: the named days' posts (a gift day, the
        galette's season) come on top of the line's shares, never all the offer's room."""
        if not any(posts[k].event and posts[k].pillar == "own_offer" for k in copies):
            return True  # no named day: the cap alone says
        rest = [
            k
            for k in copies
            if k not in gone
            and not posts[k].event
            and not recruits(posts[k])
            and posts[k].network not in draw.rules.channels
        ]
        offer = sum(1 for k in rest if posts[k].pillar == "own_offer")
        return offer - 1 >= shares["own_offer"] * len(rest)

    while ranked and excess() > 0:
        i = min(ranked, key=lambda k: (ranked[k][:2], 0 if again else -crowded(k), ranked[k][2]))
        del ranked[i]
        give(i)
    # still over: the cap is a constraint, not a wish (review 30 #2, STILL_OVER)
    loose = {i: r for i in copies if (r := rank(i, loose=True)) is not None}

    while loose and excess() > 0:
        i = min(loose, key=lambda k: (loose[k][:2], -crowded(k), loose[k][2]))
        del loose[i]
        if posts[i].pillar == "own_offer" and i not in gone:
            give(i, loose=True)
    return [
        posts[before[id(s)]] if id(s) in before else s
        for s in slots
        if id(s) not in before or before[id(s)] not in gone
    ]


def _answers(text: str, question: Idea, say: Words, network: str | None) -> bool:
    """Whether a post's text answers `question` (in any of its shapes)."""
    shapes = {question.phrase(say, network, f) for f in ("photo", "short_video", "visual_design")}
    heads = {t.split("?")[0] for t in shapes if t}
    return any(h and text.startswith(h) for h in heads)


def _off_holidays(
    inputs: Inputs,
    kn: Catalogue,
    slots: list[Slot],
    start: date,
    end: date,
    shut: list[tuple[date, date]] | None = None,
) -> list[Slot]:
    """The slots with none on a public holiday (review 22b, D7): one falling there moves to
    the nearest open day after it (else before it) where its network has nothing at that
    time, never into a closure; dropped when the calendar has no such day, or when the
    holiday falls in a closure (the organisation is away anyway)."""
    shut = shut or []
    taken = {(s.network, s.date, s.time) for s in slots if open_day(inputs, kn, s.date) == s.date}
    kept: list[Slot] = []
    moved: list[tuple[Slot, date]] = []
    for slot in slots:
        # a post or a live waits; a set-up task (no one sees it) keeps its day
        if slot.activity != "post" or open_day(inputs, kn, slot.date) == slot.date:
            kept.append(slot)
            continue
        if _shut(slot.date, shut):
            continue
        ahead = [slot.date + timedelta(days=k) for k in range(1, 8)]
        back = [slot.date - timedelta(days=k) for k in range(1, 8)]
        day = next(
            (
                d
                for d in [*ahead, *back]
                if start <= d <= end
                and open_day(inputs, kn, d) == d
                and not _shut(d, shut)
                and (slot.network, d, slot.time) not in taken
            ),
            None,
        )
        if day is not None:
            taken.add((slot.network, day, slot.time))
            kept.append(slot.model_copy(update={"date": day}))
            if day > slot.date:
                moved.append((slot, day))
    return _copies_after_their_post(kept, moved, taken, end)


def _copies_after_their_post(
    slots: list[Slot],
    moved: list[tuple[Slot, date]],
    taken: set[tuple[str | None, date, str]],
    end: date,
) -> list[Slot]:
    """A post moved past a holiday takes its copies with it: a copy never goes out before the
    post it repeats (review 26 #17, Saltbush: TikTok and YouTube on Sunday 27 December with
    the clip Instagram posted on Monday 28, Boxing Day's substitute); a copy with no free day
    left in the calendar is dropped rather than posted first."""
    dropped: set[int] = set()
    for post, day in moved:
        core = post.idea[:COPY_CORE]
        for i, s in enumerate(slots):
            if not (
                s.activity == "post"
                and s.network != post.network
                and post.date <= s.date < day
                and core in s.idea
            ):
                continue
            later = (day + timedelta(days=k) for k in range(7))
            free = next(
                (d for d in later if d <= end and (s.network, d, s.time) not in taken), None
            )
            if free is None:
                dropped.add(i)
                continue
            taken.add((s.network, free, s.time))
            slots[i] = s.model_copy(update={"date": free})
    return [s for i, s in enumerate(slots) if i not in dropped]


COPY_CORE = 60  # the opening of a post's idea that its copies repeat word for word
FOLD_DAYS = 4  # one subject on two networks within these days is one post to its reader


def _out_of_closures(
    posts: list[tuple[date, str, NetworkPlan]],
    shut: list[tuple[date, date]],
    slots_of: Callable[[NetworkPlan], Slots],
    end: date,
) -> list[tuple[date, str, NetworkPlan]]:
    """The posts, a newsletter issue due in a closure moved to the first of its days after it
    (review 26 #6: an issue on 29 December, the school closed until 2 January); dropped when
    that falls after the four weeks or on a day it already goes out."""
    out: list[tuple[date, str, NetworkPlan]] = []
    for day, time, n in posts:
        if n.id == "newsletter" and _shut(day, shut):
            last = max(b for a, b in shut if a <= day <= b)
            days = [last + timedelta(days=k) for k in range(1, 8)]
            letters = {d for d, _t, m in posts if m.id == n.id}
            later = next(
                (
                    d
                    for d in days
                    if d.isoweekday() in slots_of(n).days
                    and not _shut(d, shut)
                    and d not in letters
                ),
                None,
            )
            if later is None or later > end:
                continue
            day = later
        out.append((day, time, n))
    return sorted(out, key=lambda p: (p[0], p[1]))


def _off_closures(
    kn: Catalogue, slots: list[Slot], shut: list[tuple[date, date]], networks: list[NetworkPlan]
) -> list[Slot]:
    """No live, no newsletter, no private-message post, no relay and no listening session on a
    day the organisation is closed, whichever step placed it (review 26 #6)."""
    plans = {n.id: n for n in networks}

    def away(s: Slot) -> bool:
        if not _shut(s.date, shut) or s.activity == "setup":
            return False
        if s.activity == "listen":
            return True  # nobody there to read what was said either
        n = plans.get(s.network or "")
        channel = n is None or _evergreen_channel(kn, n)
        return s.format == "live" or not channel or s.pillar == "curation"

    return [s for s in slots if not away(s)]


def _closure_notes(
    kn: Catalogue, shut: list[tuple[date, date]], start: date, say: Words
) -> list[Slot]:
    """One line for each closure, the last day before it (its first day when it opens the
    calendar): schedule its posts, set the automatic reply, no live, letter or question."""
    out = []
    for first, last in shut:
        day = max(start, first - timedelta(days=1))
        key = "cal_closure_day" if first == last else "cal_closure"
        out.append(
            Slot(
                date=day,
                time=kn.calendar.setup.times[0],
                network=None,
                activity="setup",
                idea=say(key, since=first, deadline=last),
            )
        )
    return out


def _offer_push_posts(
    inputs: Inputs,
    kn: Catalogue,
    networks: list[NetworkPlan],
    editorial: Editorial,
    first: date | None,
    say: Words,
    planned: list[Slot],
) -> list[Slot]:
    """An offer that ends on a date (review 26 #6: a scholarship « for deposits paid before 31
    March ») pushed three weeks and one week before it, when that falls in the four weeks: the
    main network's post of that day or its week, reposted on the other social networks kept."""
    ground = _notice_ground(networks, inputs, kn, editorial)
    if ground is None or first is None:
        return planned
    same = (inputs.answers_lang or say.lang) == say.lang
    notices = [
        (
            when,
            say(
                "cal_offer_push_last" if before <= 7 else "cal_offer_push",
                what=(what if same else say.loc.quote(what)).rstrip(". "),
                day=day,
            ),
        )
        for when, day, what, before in offer_pushes(inputs, kn)
    ]
    return _post_notices(kn, say, ground, first, planned, notices)


def far_zones(inputs: Inputs, kn: Catalogue) -> bool:
    """An international audience whose countries, named in its description, lie
    `spread_hours` apart or more (the editorial line's « run it twice »)."""
    if inputs["audience_geo"] != "international":
        return False
    rule = kn.ideas.audience_languages
    described = str(inputs["audience_description"] or "")
    found = audience_countries(rule, described)
    home = [c for c in rule.countries if c.code and c.code == inputs["country"]]
    zones = [c.utc for c in found + home]
    return bool(found) and max(zones) - min(zones) >= rule.spread_hours


def _second_sessions(inputs: Inputs, kn: Catalogue, slots: list[Slot], say: Words) -> list[Slot]:
    """The same live run a second time the same day, at `live_second_time`, when the audience's
    time zones lie far apart: the editorial line says to run it twice (review 16, N5: one live at
    08:30 UK, 03:30 in New York, beside « run it twice »)."""
    again = kn.calendar.live_second_time
    if again is None or not far_zones(inputs, kn):
        return []
    taken = {(x.network, x.date, x.time) for x in slots}
    return [
        live.model_copy(
            update={
                "time": again,
                "idea": say("cal_live_again", how=say.loc.clock(live.time), day=live.date),
            }
        )
        for live in slots
        if live.activity == "post"
        and live.format == "live"
        and live.time < again
        and (live.network, live.date, again) not in taken
    ]


def _lives_out_of_closures(
    inputs: Inputs,
    kn: Catalogue,
    slots: list[Slot],
    held: list[tuple[NetworkPlan, date]],
    shut: list[tuple[date, date]],
    draw: IdeaDraw,
    ready: dict[str | None, date],
    end: date,
) -> list[Slot]:
    """A live that fell in a closure, held on the network's last post before it (its first
    after it when none before is open in the four weeks) rather than dropped (review 27 #3:
    Northgate's live Q&A of 23 December, the school closed from the 23rd, gone from the four
    weeks while the posts still promised « the date of the next session »): that post becomes
    the live, on an open day, after the network's set-up, with no other live of it too near;
    its notice follows as for any live (_live_notices)."""
    gap = timedelta(days=kn.calendar.live_network_gap_days)
    start: date = inputs["start_date"]
    done: set[tuple[str, date]] = set()
    for n, day in held:
        closure = next(((a, b) for a, b in shut if a <= day <= b), None)
        if closure is None or (n.id, closure[0]) in done:
            continue
        after = ready.get(n.id, start - timedelta(days=1))
        posts = [
            x
            for x in slots
            if x.network == n.id
            and x.activity == "post"
            and x.format != "live"
            and not x.event
            and after < x.date <= end
            and not _shut(x.date, shut)
            and open_day(inputs, kn, x.date) == x.date
            and not any(
                y.network == n.id and y.format == "live" and abs(y.date - x.date) < gap
                for y in slots
            )
        ]
        before = sorted((x for x in posts if x.date < closure[0]), key=lambda x: x.date)
        later = sorted((x for x in posts if x.date > closure[1]), key=lambda x: x.date)
        for x in [*reversed(before), *later]:
            text, fmt = draw(x.pillar or "audience_problems", n.id, ["live"], x.date)
            if fmt != "live":
                continue
            slots = [
                y.model_copy(update={"idea": text, "format": "live"}) if y is x else y
                for y in slots
            ]
            done.add((n.id, closure[0]))
            break
    return slots


def _notice_days(inputs: Inputs, kn: Catalogue, live: date) -> list[date]:
    """The days a live may be announced on, nearest first: from `live_notice_days` to
    `live_notice_max_days` before it, working days only for a B2B audience (review 11b, #7)."""
    rules = kn.calendar
    days = [
        live - timedelta(days=k)
        for k in range(rules.live_notice_days, rules.live_notice_max_days + 1)
    ]
    if inputs["market"] == "b2b":
        days = [d for d in days if d.isoweekday() in rules.working_days]
    return days


def _live_fits(
    kn: Catalogue,
    plan: NetworkPlan,
    day: date,
    slots: list[Slot],
    ready: dict[str | None, date],
    start: date,
    inputs: Inputs,
    closed_ok: bool = False,
) -> bool:
    """A live is planned only when it can be announced after the network's set-up, and, under
    `live_gap_below_hours` a week in all, when no other live falls within `live_gap_days`
    (review 11b, #7: four LinkedIn lives in four weeks on 3 h 30); on a network given under
    `live_gap_network_below_hours` of its own, when no other live of it does (review 12b, #1:
    keyed to the total hours only, TikTok had five lives on its 3 h 30 of a 10 h week)."""
    rules = kn.calendar
    if _shut(day, closures(inputs)) and not closed_ok:
        return False  # nobody there to host it (review 26 #6)
    network = plan.id
    hours = inputs["hours_per_week"]
    few = hours is not None and float(hours) < rules.live_gap_below_hours  # across the networks
    own = plan.hours_per_week < rules.live_gap_network_below_hours  # on this network
    gap = timedelta(days=rules.live_gap_days)
    lives = [
        x
        for x in slots
        if x.activity == "post" and x.format == "live" and (few or (own and x.network == network))
    ]
    if any(abs(day - x.date) < gap for x in lives):
        return False
    # whatever the hours, one live per `live_network_gap_days` on a network (review 20, D9)
    apart = timedelta(days=rules.live_network_gap_days)
    if any(
        x.activity == "post"
        and x.format == "live"
        and x.network == network
        and abs(day - x.date) < apart
        for x in slots
    ):
        return False
    after = ready.get(network, start - timedelta(days=1))
    posted = {x.date for x in slots if x.network == network}
    return any(d > after and d not in posted for d in _notice_days(inputs, kn, day))


def _live_notices(
    inputs: Inputs,
    kn: Catalogue,
    slots: list[Slot],
    ready: dict[str | None, date],
    start: date,
    say: Words,
    made: dict[str, list[str]],
) -> list[Slot]:
    """A live no other network announces is announced on its own network two to seven days
    before (the nearest free day; a working day for a B2B audience), in a short post (the date,
    the hour, the topic, the link), after the set-up (review 9a, #9: « à annoncer deux jours
    avant » with nothing two days before; review 11b, #7: a Sunday 08:30 notice for B2B)."""
    out: list[Slot] = []
    latest = kn.calendar.live_notice_max_days
    for live in [x for x in slots if x.activity == "post" and x.format == "live"]:
        announced = any(
            x.activity == "post"
            and x.network != live.network
            and x.format != "live"
            and live.date - timedelta(days=latest) <= x.date < live.date
            and say.loc.date(live.date, "long") in x.idea
            for x in slots
        )
        after = ready.get(live.network, start - timedelta(days=1))
        days = [d for d in _notice_days(inputs, kn, live.date) if d > after]
        kinds = made.get(live.network or "", [])
        idea = say("cal_live_notice", day=live.date)
        # the notice is one of the network's posts of the week, not one more (review 12b, #1:
        # TikTok's three posts a week became four and five): it takes the place of the nearest
        # ordinary post in its window, else a free day
        ordinary = next(
            (
                x
                for d in days
                for x in slots
                if x.network == live.network
                and x.date == d
                and x.activity == "post"
                and x.format != "live"
                and x.idea != idea
            ),
            None,
        )
        free = [
            d
            for d in days
            if not any(x.network == live.network and x.date == d for x in slots + out)
        ]
        if not announced and kinds and (ordinary is not None or free):
            if ordinary is not None:
                at = slots.index(ordinary)
                slots[at] = _notice(
                    ordinary.date, ordinary.time, live.network, live.pillar, idea, kinds, kn
                )
            else:
                out.append(
                    _notice(free[0], live.time, live.network, live.pillar, idea, kinds, kn, True)
                )
            announced = True
        if announced:  # the live no longer says to announce it: the notice is scheduled
            slots[slots.index(live)] = live.model_copy(
                update={"idea": _unannounced(live.idea, kn, say.lang)}
            )
    return out


def _unannounced(idea: str, kn: Catalogue, lang: str) -> str:
    """A live's idea without « à annoncer deux jours avant » (calendar.yaml `live_notice_said`)."""
    for said in kn.calendar.live_notice_said.get(lang, []):
        idea = re.sub(rf"[\s\u00a0\u202f]*[;,][\s\u00a0\u202f]*{re.escape(said)}", "", idea)
    return idea


def _reminders(
    inputs: Inputs,
    kn: Catalogue,
    main: NetworkPlan | None,
    slots: list[Slot],
    weekly: tuple[int, str] | None,
    first: date,
    end: date,
    say: Words,
) -> list[Slot]:
    """A short reminder on the main network the morning of a weekly order deadline, each week
    it posts, when it posts often enough for a line more (review 9b, #1)."""
    rule = kn.calendar.order_deadline
    if rule is None or weekly is None or main is None:
        return []
    made = [f for f in main.formats if f != "live"]
    if main.posts_per_week < rule.reminder_min_posts or not made:
        return []
    posted = [s.date for s in slots if s.network == main.id and s.activity == "post"]
    if not posted:
        return []
    taken = {(s.date, s.time) for s in slots if s.network == main.id}
    idea = say("cal_order_reminder", what=deadline_said(inputs, say, weekly[1]))
    out = []
    day = _on(first, weekly[0])
    while day <= end:
        if day >= min(posted) and (day, rule.reminder_time) not in taken:
            out.append(_notice(day, rule.reminder_time, main.id, "own_offer", idea, made, kn))
        day += timedelta(days=7)
    return out


def _notice(
    day: date,
    time: str,
    network: str | None,
    pillar: str | None,
    idea: str,
    kinds: list[str],
    kn: Catalogue,
    event: bool = False,
) -> Slot:
    """A notice (a live's announcement, a deadline's reminder): a short post, in the first of
    calendar.yaml's `notice_formats` the network is given (text, then a short video: never
    a long video, review 21b, D6: PQ's live announced as a « long video » on YouTube), else in
    the first format it is given."""
    fmt = next((f for f in kn.calendar.notice_formats if f in kinds), kinds[0])
    return Slot(
        date=day,
        time=time,
        network=network,
        activity="post",
        pillar=pillar,
        idea=idea,
        format=fmt,
        event=event,
    )


def off_season(inputs: Inputs, kn: Catalogue, text: str, day: date, lang: str) -> bool:
    """Whether `text` names a topic of some months (calendar.yaml seasonal_topics) and `day`
    falls outside them, in the audience's hemisphere (review 33b EN5: drought restrictions in
    January)."""
    south = inputs.country in kn.calendar.southern
    month = (day.month - 1 + (6 if south else 0)) % 12 + 1
    # the words of every language: an answer quoted in its own language in the other document
    return any(
        month not in t.months and contains_words(text, [w for ws in t.words.values() for w in ws])
        for t in kn.calendar.seasonal_topics
    )


def _kept_rhythm(
    inputs: Inputs,
    kn: Catalogue,
    slots: list[Slot],
    active: list[NetworkPlan],
    shared: dict[str, str],
    slots_of: Callable[[NetworkPlan], Slots],
    draw: IdeaDraw,
    orders: dict[str, _PillarOrder],
    start: date,
    end: date,
    shut: list[tuple[date, date]],
) -> list[Slot]:
    """Each full week after the one a network starts posting in carries at least the whole
    number of posts its card promises (review 33a item 1: Cire's « 8 publications par semaine »
    on Pinterest had weeks of 6 and 4 pins once the offer's cap and the holidays had taken
    theirs). A thin week gets posts drawn from the editorial line (never the offer, which the
    cap has just counted), on the network's own days, first the open days furthest from its
    other posts that week, so the rhythm is spread across the week. A week a closure or the
    holidays leave without a free day stays as it is."""
    lang = draw.say.lang
    # a topic out of its months gives its place to another subject (review 33b EN5)
    rows = [
        x
        for x in slots
        if not (
            x.activity == "post"
            and x.pillar is not None
            and off_season(inputs, kn, x.idea, x.date, lang)
        )
    ]
    pillars_of = {k: o for k, o in orders.items()}
    for n in active:
        if n.posts_per_week < 1 or n.id == "newsletter" or n.id in shared:
            continue
        if any(r.code.startswith("window_push") for r in n.reasons):
            continue  # back to one post a week after its window (review 7, #6)
        own = slots_of(n)
        days = sorted(x.date for x in rows if x.activity == "post" and x.network == n.id)
        if not days:
            continue
        opening = (days[0] - start).days // 7
        made = [f for f in n.formats if f != "live"] or ["text"]
        order = pillars_of.get(n.id, pillars_of[""])
        texts = {x.idea for x in rows if x.activity == "post"}
        for week in range(opening + 1, kn.calendar.weeks):
            block = start + timedelta(days=7 * week)
            if block + timedelta(days=6) > end:
                break
            mine = [d for d in days if block <= d < block + timedelta(days=7)]
            need = math.floor(n.posts_per_week + 1e-9) - len(mine)
            open_ = [
                d
                for d in (block + timedelta(days=k) for k in range(7))
                if d not in mine and open_day(inputs, kn, d) == d and not _shut(d, shut)
            ]
            # the network's own days first; then, when a holiday took them, another day of the
            # week (a working day for a network read at work)
            workdays = set(own.days) <= set(kn.calendar.working_days)
            free = [d for d in open_ if d.isoweekday() in own.days]
            spare = [
                d
                for d in open_
                if d not in free and (not workdays or d.isoweekday() in kn.calendar.working_days)
            ]
            while need > 0 and (free or spare):
                if not free:
                    free, spare = spare, []
                # the day furthest from the network's other posts of the week
                day = max(
                    free,
                    key=lambda d: (
                        min((abs((d - m).days) for m in mine), default=7),
                        -d.toordinal(),
                    ),
                )
                free.remove(day)
                pillar = order(
                    lambda p, nid=n.id: p.key != "own_offer" and draw.can(p.key, nid)  # type: ignore[misc]
                )
                if pillar.key == "own_offer":
                    continue
                idea, fmt = draw(pillar.key, n.id, made, day)
                if not idea or idea in texts or off_season(inputs, kn, idea, day, lang):
                    continue  # no subject left that is not said already: the week stays thin
                texts.add(idea)
                rows.append(
                    Slot(
                        date=day,
                        time=own.times[0],
                        network=n.id,
                        activity="post",
                        pillar=draw.drawn if draw.drawn else pillar.key,
                        idea=idea,
                        format=fmt,
                    )
                )
                mine.append(day)
                days.append(day)
                need -= 1
    return rows


def _one_at_a_time(slots: list[Slot]) -> list[Slot]:
    """A set-up task never shares its minute with a post (review 8a, #9: Harvest's Google
    listing set-up and a YouTube post both on 6 January at 10:00): it moves on by the hour to
    the first free time of its day. Two networks posting together from one tool stay together."""
    busy = {(s.date, s.time) for s in slots if s.activity != "setup"}
    moved: list[Slot] = []
    for s in slots:
        if s.activity == "setup" and (s.date, s.time) in busy:
            hour, minute = map(int, s.time.split(":"))
            while (s.date, f"{hour:02d}:{minute:02d}") in busy and hour < 23:
                hour += 1
            s = s.model_copy(update={"time": f"{hour:02d}:{minute:02d}"})
        if s.activity == "setup":
            busy.add((s.date, s.time))
        moved.append(s)
    return moved


class _ListingPosts:
    """The listing posts that replace a drawn idea: a business whose spot changes posts the
    week's schedule; a business closed for the season posts about its next opening and about
    booking, in turn (review 5, #4 and #6)."""

    CLOSED = (
        ("own_offer", "cal_closed_dates"),
        ("own_offer", "cal_closed_offer"),
        ("audience_problems", "cal_closed_news"),
        ("curation", "cal_closed_memory"),
    )

    def __init__(self, inputs: Inputs, kn: Catalogue, say: Words, found: list[str]) -> None:
        self.inputs, self.say, self.kn, self.mobile = inputs, say, kn, "mobile" in found
        self.closed_posts = 0

    def __call__(self, day: date, pillars: set[str]) -> tuple[str, str] | None:
        """The post for `day` in one of the editorial line's `pillars`, if the listing has one."""
        closed = _closed_until(self.inputs, self.kn, day, self.say.lang)
        if closed is not None:
            turn = [self.CLOSED[(self.closed_posts + k) % len(self.CLOSED)] for k in range(4)]
            pillar, key = next(((p, k) for p, k in turn if p in pillars), turn[0])
            self.closed_posts += 1
            return pillar, self.say(key, subject=closed[0], year=closed[1])
        if self.mobile:
            return "audience_problems", self.say(
                "cal_week_schedule", day=day
            )  # one post per week, dated
        return None


def _bio_or_post(text: str, network: str, say: Words) -> str:
    """A post's « (the link in the bio) » said for a network with no bio posting it too."""
    for key in ("call_where", "call_where_shop", "call_where_shops"):
        bio = say(f"{key}_bio")
        if bio in text:
            return text.replace(bio, say(f"{key}_bio_or_post", network=network))
    return text


def _suits_work(draw: IdeaDraw) -> bool:
    """Whether the post just drawn suits readers at work: a proof (a result, a distinction)
    or a subject on graduates' careers."""
    idea = draw.wrote
    if draw.kind.startswith("proof"):
        return True
    said = idea.value if idea is not None else ""
    return bool(said) and contains_words(said, [*draw.career_words, *draw.marks])


def _own_slot(
    after: tuple[date, str], slots: Slots, ready: date, end: date, taken: set[tuple[date, str]]
) -> tuple[date, str] | None:
    """The first of a network's own days and times after a post elsewhere (`after`), once the
    network is set up (after `ready`), in the four weeks and not taken yet; None when the
    weeks end first."""
    day, _ = after
    free = (
        (d, t)
        for d in (day + timedelta(days=k) for k in range(8))
        if d.isoweekday() in slots.days and ready < d <= end
        for t in sorted(slots.times)
        if (d, t) not in taken and (d, t) > after
    )
    return next(free, None)


def _carries(kn: Catalogue, nid: str, fmt: str, idea: str, say: Words) -> bool:
    """Whether a post can be reposted on a network: one in a format the network publishes (no
    text on YouTube), never someone else's post relayed (Instagram and YouTube cannot share
    another account's post; review 7, #2)."""
    net = kn.network(nid)
    if fmt != "live" and net.formats.get(fmt, 0) < kn.thresholds.cross_post_min_format:
        return False
    return not (idea.startswith(say("idea_field")) and nid in kn.thresholds.no_relay_networks)


def _shared_from(active: list[NetworkPlan]) -> dict[str, str]:
    """Networks kept by cross-posting: their posts are the main network's (effort_cross)."""
    return {
        n.id: str(r.figures["other"])
        for n in active
        for r in n.reasons
        if r.code == "effort_cross" and r.figures.get("other") in {m.id for m in active}
    }


def recurring_event(inputs: Inputs, kn: Catalogue) -> str | None:
    """The monthly event the desired action names (« job dating » in « venir au job dating
    mensuel »), as the action writes it; None otherwise."""
    rule = kn.calendar.recurring
    action = str(inputs["desired_action"] or "")
    if rule is None or not contains_words(action, _all_words(rule.monthly_words)):
        return None
    folded = action.lower()
    for word in sorted(_all_words(rule.words), key=len, reverse=True):
        at = folded.find(word.lower())
        if at >= 0 and contains_words(action, [word]):
            return action[at : at + len(word)]
    return None


def _all_words(words: dict[str, list[str]]) -> list[str]:
    return [w for ws in words.values() for w in ws]


def recurring_days(inputs: Inputs, kn: Catalogue, first: date, last: date) -> list[date]:
    """The monthly event's days between `first` and `last`: the rule's weekday, the last of
    each month (or the first)."""
    rule = kn.calendar.recurring
    if rule is None:
        return []
    days: list[date] = []
    month = date(first.year, first.month, 1)
    while month <= last:
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        if rule.last:
            day = following - timedelta(days=1)
            day -= timedelta(days=(day.isoweekday() - rule.weekday) % 7)
        else:
            day = month + timedelta(days=(rule.weekday - month.isoweekday()) % 7)
        if first <= day <= last:
            days.append(day)
        month = following
    return days


def _recurring_posts(
    inputs: Inputs,
    kn: Catalogue,
    networks: list[NetworkPlan],
    editorial: Editorial,
    ready: dict[str | None, date],
    first: date | None,
    say: Words,
    planned: list[Slot],
) -> list[Slot]:
    """The monthly event the action names (the hospital's job dating, review 14, #3), dated
    each month of the four weeks and its following weeks, announced `notice_days` before on
    each social network kept, its day and time said as this tool's assumption. A notice takes
    one of the rhythm's posts (review 16, N2: two Facebook posts at 12 h 30 on 18 January and
    four a week against the three stated): that day's post on the network, else, in a full week,
    the nearest one of the week, else a free time of the day; the calendar with them is returned."""
    name = recurring_event(inputs, kn)
    rule = kn.calendar.recurring
    if name is None or rule is None or first is None:
        return planned
    start: date = inputs["start_date"]
    end = start + timedelta(days=7 * kn.calendar.weeks - 1)
    social = [n for n in networks if n.role in ("primary", "secondary") and n.kind == "social"]
    keys = {p.key for p in editorial.pillars if p.share > 0}
    pillar = "own_offer" if "own_offer" in keys else next(iter(sorted(keys)), None)
    first_notice = max(rule.notice_days)
    originals: dict[int, tuple[date, str]] = {}  # each notice's place on the first network
    for day in recurring_days(inputs, kn, start, end + timedelta(days=first_notice)):
        for rank, n in enumerate(social):
            for before in rule.notice_days:
                when = day - timedelta(days=before)
                opens = max(first, ready.get(n.id, start - timedelta(1)) + timedelta(1))
                if when > end or when < opens:
                    continue
                # the announcement, then a reminder a few days before; on the second network
                # the first one's post taken up with a line of its own (never the same post
                # twice in the month)
                idea = say(
                    "cal_recurring_notice" if before == first_notice else "cal_recurring_reminder",
                    subject=say.own_text(name),
                    day=day,
                    how=say.loc.clock(rule.start),
                    where=say.loc.clock(rule.end),
                    days=before,
                )
                if rank:
                    idea = say("cal_cross_post", network=n.id, other=social[0].id, idea=idea)
                # the copy never goes out before its original (review 18, D2)
                after = originals.get(before) if rank else None
                # the announcement may take a post of its week before the reminder's day; the
                # reminder keeps its day (« dans 3 jours » stays true)
                sooner = [b for b in rule.notice_days if b < before]
                window = (
                    opens if sooner else when,
                    day - timedelta(days=max(sooner)) if sooner else when + timedelta(1),
                )
                when, time, planned = _notice_place(kn, n, when, start, planned, window, after)
                if not rank:
                    originals[before] = (when, time)
                planned.append(
                    Slot(
                        date=when,
                        time=time,
                        network=n.id,
                        activity="post",
                        pillar=pillar,
                        idea=idea,
                        format=n.formats[0] if n.formats else "text",
                        event=True,
                    )
                )
    return planned


def _named_event_posts(
    inputs: Inputs,
    kn: Catalogue,
    networks: list[NetworkPlan],
    editorial: Editorial,
    first: date | None,
    say: Words,
    planned: list[Slot],
) -> list[Slot]:
    """An event the answers name (review 20, D10: « Trail des Quatre Fils Aymon en février »),
    announced on the main network `notice_weeks` before when that falls in the four weeks: it
    takes that day's post, else the nearest of its week; each other social network kept says
    it too, never before the main one (review 21a, R6: the plan says « une publication par
    réseau », the calendar had Facebook only)."""
    rule = kn.calendar.named_events
    ground = _notice_ground(networks, inputs, kn, editorial)
    if rule is None or ground is None or first is None:
        return planned
    main, others, start, end, pillar = ground
    for day, name, _assumed in named_events(inputs, kn):
        when = day - timedelta(weeks=rule.notice_weeks)
        if not first <= when <= end:
            continue
        window = (when - timedelta(days=when.weekday()), when + timedelta(days=1))
        notice = say("cal_named_event_notice", what=event_named(kn, say, name), day=day)
        planned, when = _post_notice(
            kn, say, [main, *others], notice, pillar, when, start, planned, window, follow=True
        )
        # the plan's « et la lettre »: the first letter between the notice and the day says it
        # in a line (review 21a, R6: the 26 January letter never named the Trail)
        letters = sorted(
            (
                x
                for x in planned
                if x.network == "newsletter" and x.activity == "post" and when <= x.date < day
            ),
            key=lambda x: (x.date, x.time),
        )
        if letters:
            line = say("cal_named_event_letter", what=event_named(kn, say, name), day=day)
            letters[0].idea = f"{letters[0].idea} {line}"
            letters[0].event = True
    return planned


def _gift_posts(
    inputs: Inputs,
    kn: Catalogue,
    networks: list[NetworkPlan],
    editorial: Editorial,
    first: date | None,
    say: Words,
    planned: list[Slot],
) -> list[Slot]:
    """A gifting occasion pushed three weeks before when that falls in the four weeks (review
    23b, D2: Valentine's Day, with no hint of it in a gift maker's January): the main network's
    post of that day or its week, reposted on the other social networks kept."""
    rule = kn.calendar.gift_occasions
    ground = _notice_ground(networks, inputs, kn, editorial)
    if rule is None or ground is None or first is None:
        return planned
    notices = []
    for day, occasion in [*gift_days(inputs, kn), *_shipper_gifts(inputs, kn, first)]:
        name = occasion.name.get(say.lang) or next(iter(occasion.name.values()))
        notices.append(
            (day - timedelta(days=rule.push_days), say("cal_gift_notice", what=name, day=day))
        )
    late = _late_gifts(inputs, kn, first)
    offer: Slot | None = None
    if late:
        # a late push takes the place of the main network's own offer post of its week, not of
        # a question: the offer's share stays what it was (review 30a)
        main = ground[0]
        posts = [x for x in planned if x.activity == "post"]
        copied = {i for i, found in _copies(posts, say).items() if found}
        offer = next(
            (
                x
                for i, x in enumerate(posts)
                if x.network == main.id
                and x.pillar == "own_offer"
                and not x.event
                and x.format != "live"  # a live others announce stays
                and i not in copied
                and (x.date - first).days < 7
            ),
            None,
        )
        planned = [x for x in planned if x is not offer]
    # on the main network's first post: every network kept is set up by then
    opens = min(
        (x.date for x in planned if x.network == ground[0].id and x.activity == "post"),
        default=first,
    )
    for day, occasion in late:
        name = occasion.name.get(say.lang) or next(iter(occasion.name.values()))
        # in the offer post's place when one gave it, else on the first posting day
        at = offer.date if offer is not None else max(opens, first)
        notices.append((at, say("cal_gift_notice", what=name, day=day)))
    return _post_notices(kn, say, ground, first, planned, notices)


def _letter_gift(
    inputs: Inputs, kn: Catalogue, say: Words, day: date, first: date, idea: str
) -> str:
    """The first letter's idea led by a gifting occasion its readers can still order for (review
    30a C2: Cire's first issue on 26 January spoke of candle safety, not of Valentine's Day): the
    occasion, three pieces and the last day to order first, the planned answer second."""
    rule = kn.calendar.gift_occasions
    if rule is None:
        return idea
    for when, occasion in [*gift_days(inputs, kn), *_late_gifts(inputs, kn, first)]:
        if day < when <= day + timedelta(days=rule.push_days):
            name = occasion.name.get(say.lang) or next(iter(occasion.name.values()))
            rest = idea[:1].lower() + idea[1:]
            return say("cal_letter_first_gift", what=name, day=when, idea=rest)
    return idea


def _late_gifts(inputs: Inputs, kn: Catalogue, first: date) -> list[tuple[date, GiftOccasion]]:
    """A gifting occasion inside the four weeks but nearer than its usual push (review 30a:
    Saltbush's weeks from 7 December with no last day to order for Christmas): pushed on the
    first posting day while `late_push_min_days` remain before it, for the same sellers as
    `gift_days` (a consumer seller whose sector or answers say gifts), when the occasion has a
    last day to order (`push`: Christmas), the one a late push still saves."""
    rule = kn.calendar.gift_occasions
    text = gift_seller_text(inputs, kn) or _shipper_text(inputs, kn)
    if rule is None or text is None:
        return []
    start: date = inputs["start_date"]
    push = timedelta(days=rule.push_days)
    found: list[tuple[date, GiftOccasion]] = []
    for occasion in rule.occasions:
        if not occasion.push:
            continue  # only an occasion with a last day to order (Christmas) is pushed late
        if occasion.words and not contains_words(text, _all_words(occasion.words)):
            continue
        days = occasion.dates.get(str(inputs["country"]), occasion.dates.get("default", []))
        found += [
            (d, occasion)
            for d in days
            if d < start + push and (d - first).days >= rule.late_push_min_days
        ]
    return found


def _shipper_text(inputs: Inputs, kn: Catalogue) -> str | None:
    """The answers' words when a consumer seller ships goods by post (merch, a webshop:
    calendar.yaml gift_occasions `shipped_words`) without saying gifts; else None."""
    rule = kn.calendar.gift_occasions
    if rule is None or inputs["market"] not in ("b2c", "both") or gift_seller_text(inputs, kn):
        return None
    said = ("offer", "audience_problems", "desired_action", "topics")
    text = " ".join(str(t) for q in said for t in (inputs.list(q) or [inputs[q]]) if t)
    return text if contains_words(text, _all_words(rule.shipped_words)) else None


def _shipper_gifts(inputs: Inputs, kn: Catalogue, first: date) -> list[tuple[date, GiftOccasion]]:
    """A shipper's occasions with a last day to order (Christmas) whose usual push falls in the
    four weeks; the nearer ones are `_late_gifts`'."""
    rule = kn.calendar.gift_occasions
    if rule is None or _shipper_text(inputs, kn) is None:
        return []
    push = timedelta(days=rule.push_days)
    end = inputs["start_date"] + timedelta(days=7 * kn.calendar.weeks - 1)
    return [
        (d, occasion)
        for occasion in rule.occasions
        if occasion.push and not occasion.words
        for d in occasion.dates.get(str(inputs["country"]), occasion.dates.get("default", []))
        if first <= d - push <= end
    ]


def _post_notices(
    kn: Catalogue,
    say: Words,
    ground: tuple[NetworkPlan, list[NetworkPlan], date, date, str | None],
    first: date,
    planned: list[Slot],
    notices: list[tuple[date, str]],
) -> list[Slot]:
    """Each dated notice that falls in the four weeks on the main network's post of its day or
    its week, reposted on the other social networks kept (a gifting occasion, an offer's end)."""
    main, others, start, end, pillar = ground
    for when, notice in notices:
        if first <= when <= end:
            window = (when - timedelta(days=when.weekday()), when + timedelta(days=1))
            planned, _ = _post_notice(
                kn, say, [main, *others], notice, pillar, when, start, planned, window
            )
    return planned


def trade_moments(inputs: Inputs, kn: Catalogue) -> list[tuple[TradeSeasons, TradeMoment, date]]:
    """The moments of the business's trade year (review 25a, Fournil #2: a French bakery's
    galette des rois in January), each with its trade and its day, from the year before the
    plan's start to the year after; none when the offer and the name say no trade listed, or
    for a seller to businesses only."""
    if inputs["market"] not in ("b2c", "both"):
        return []
    said = " ".join(str(inputs[q]) for q in ("offer", "org_name") if inputs[q])
    start: date = inputs["start_date"]
    years = range(start.year - 1, start.year + 2)
    country = str(inputs["country"])
    found = [
        (trade, moment, day)
        for trade in kn.calendar.trade_seasons.values()
        if contains_words(said, _all_words(trade.words))
        for moment in trade.moments
        for day in moment.days(country, years)
    ]
    return sorted(found, key=lambda f: f[2])


def _season_days(
    moment: TradeMoment, day: date, first: date, end: date, lead: int | None = None
) -> list[date]:
    """The days a moment is posted on within the weeks from `first` to `end`: `lead_days`
    before it, then each `every_days` up to `until_days` after it; a season already running
    when posting starts opens on its first day (a galette on the plan's first Tuesday), unless
    its next post is less than half a step away."""
    if moment.until_days is None and lead is not None:
        # one post, put up weeks ahead: when that day is past at the start, the first day
        # still before the moment's own lead takes it
        one = max(day - timedelta(days=lead), first)
        return [one] if one <= min(end, day - timedelta(days=moment.lead_days)) else []
    until = moment.until_days if moment.until_days is not None else -moment.lead_days
    last = day + timedelta(days=until)
    run: list[date] = []
    step = day - timedelta(days=moment.lead_days if lead is None else lead)
    while step <= last:
        run.append(step)
        step += timedelta(days=moment.every_days)
    out = [d for d in run if first <= d <= end]
    opened = run and run[0] < first <= min(last, end)
    if opened and (not out or 2 * (out[0] - first).days >= moment.every_days):
        out.insert(0, first)
    return out


def _season_posts(
    inputs: Inputs,
    kn: Catalogue,
    networks: list[NetworkPlan],
    editorial: Editorial,
    first: date | None,
    say: Words,
    planned: list[Slot],
    draw: IdeaDraw,
    repeats: set[str] | None = None,
) -> list[Slot]:
    """A trade's moments in the four weeks (review 25a, Fournil #2: a bakery network's January
    with no galette des rois): each post of a moment on the main social network, in place of
    that day's or week's post, reposted on the other social networks kept that reach consumers
    (not LinkedIn); tied to a named day, counted in the offer's share, the offer's own call at
    the end of a moment's first post."""
    ground = _notice_ground(networks, inputs, kn, editorial)
    if ground is None or first is None:
        return planned
    main, others, start, end, pillar = ground
    price = say("cal_season_price_advised" if draw.advised else "cal_season_price")
    call = say("cal_season_call", said=draw.short_ordered) if draw.short_ordered else ""
    # the main network's first post: a season already running opens there, not on its set-up day
    opens = min(
        (x.date for x in planned if x.network == main.id and x.activity == "post"), default=first
    )
    # every moment's posts in the order of their days: a moment's last call and the next
    # moment's opening in one week each find a post of their own (review 27 #2: the Chandeleur
    # took the place of the last galette)
    placed: list[tuple[date, str, list[NetworkPlan]]] = []
    for trade, moment, day in trade_moments(inputs, kn):
        reach = [n for n in others if kn.network(n.id).markets.get("b2c", 0) >= trade.min_b2c]
        weeks = trade.lead_weeks_on.get(main.id)
        days = _season_days(moment, day, max(first, opens), end, weeks and 7 * weeks)
        for k, when in enumerate(days):
            idea = moment.ideas[min(k, len(moment.ideas) - 1)]
            text = idea(say.lang, day=FIGURES["day"](say, day), price=price)
            # the offer's call on the moment's first post only, not on each of its reminders
            notice = f"{text} {call}".strip() if k == 0 else text
            if repeats is not None and 0 < k < len(days) - 1:
                repeats.add(notice)  # neither the moment's opening nor its last call
            placed.append((when, notice, [main, *reach]))
    for when, notice, reached in sorted(placed, key=lambda p: p[0]):
        window = (when - timedelta(days=when.weekday()), when + timedelta(days=1))
        planned, _ = _post_notice(kn, say, reached, notice, pillar, when, start, planned, window)
    return planned


def _align_named_notices(
    inputs: Inputs, kn: Catalogue, plan: list[Phase], slots: list[Slot], say: Words
) -> None:
    """The plan's announcement of a named event takes the day the calendar posts it (review
    21a, R6: the plan said 23 January, the calendar posted it on the 20th): one date."""
    rule = kn.calendar.named_events
    if rule is None:
        return
    for day, name, assumed in named_events(inputs, kn):
        idea = say("cal_named_event_notice", what=event_named(kn, say, name), day=day)
        posted = min((x.date for x in slots if x.idea == idea), default=None)
        if posted is None:
            continue
        key = "milestone_named_event_announce" + ("_assumed" if assumed else "")
        what = say(key, what=event_named(kn, say, name), other_date=day, weeks=rule.notice_weeks)
        for phase in plan:
            ordered = phase.milestones == sorted(phase.milestones, key=lambda m: m.date)
            for m in phase.milestones:
                if m.what == what and phase.start <= posted <= phase.end:
                    m.date = posted
            if ordered:
                phase.milestones.sort(key=lambda m: m.date)


def _notice_ground(
    networks: list[NetworkPlan], inputs: Inputs, kn: Catalogue, editorial: Editorial
) -> tuple[NetworkPlan, list[NetworkPlan], date, date, str | None] | None:
    """What a dated notice needs (a named event's, a gifting occasion's): the main social
    network, the other social networks kept that post, the four weeks' first and last days,
    and the pillar it counts in (the offer's when the line has one); None without a main
    social network."""
    main = next((n for n in networks if n.role == "primary" and n.kind == "social"), None)
    if main is None:
        return None
    others = [
        n
        for n in networks
        if n.role == "secondary" and n.kind == "social" and n.id != main.id and n.posts_per_week
    ]
    start: date = inputs["start_date"]
    end = start + timedelta(days=7 * kn.calendar.weeks - 1)
    keys = {p.key for p in editorial.pillars if p.share > 0}
    pillar = "own_offer" if "own_offer" in keys else next(iter(sorted(keys)), None)
    return main, others, start, end, pillar


def _post_notice(
    kn: Catalogue,
    say: Words,
    networks: list[NetworkPlan],
    notice: str,
    pillar: str | None,
    when: date,
    start: date,
    planned: list[Slot],
    window: tuple[date, date],
    follow: bool = False,
) -> tuple[list[Slot], date]:
    """A notice posted on the main network (the first of `networks`) on its day or in its
    week, then reposted on the others, never the same post twice (review 21a), from the main
    post's day when `follow`; the day the main network's post went out."""
    main = networks[0]
    posted: tuple[date, str] | None = None
    for n in networks:
        day_n, time_n, planned = _notice_place(kn, n, when, start, planned, window, posted)
        planned.append(
            Slot(
                date=day_n,
                time=time_n,
                network=n.id,
                activity="post",
                pillar=pillar,
                idea=notice
                if posted is None
                else say("cal_cross_post", network=n.id, other=main.id, idea=notice),
                format=n.formats[0] if n.formats else "text",
                event=True,
            )
        )
        if posted is None:
            posted = (day_n, time_n)
            when = day_n if follow else when
    return planned, posted[0] if posted else when


def _notice_place(
    kn: Catalogue,
    n: NetworkPlan,
    when: date,
    start: date,
    planned: list[Slot],
    window: tuple[date, date],
    after: tuple[date, str] | None = None,
) -> tuple[date, str, list[Slot]]:
    """Where a dated notice goes on its network (review 16, N2): in place of that day's regular
    post (its time taken); in a week already at the network's rhythm, in place of the week's
    least needed regular post, on its day and at its time (review 18, D2: a second Facebook post
    on Monday at 19 h while Wednesday stayed empty), within `window` (from the first day the
    network posts to the day before the event); otherwise at the first time of the network's
    day still free. A copy of a post on another network (`after`, the original's day and time)
    never goes out before it. A live stays (other posts announce it)."""
    # the network's own posting times in this calendar (a breakfast posted at 06:45, review 22b
    # D7), the catalogue's when it has none yet
    own = sorted({x.time for x in planned if x.network == n.id and x.activity == "post"})
    times = own or kn.calendar.slots(n.id).times
    if after is not None and after[0] > when:
        when = after[0]
    week = (when - start).days // 7

    def late(d: date, t: str) -> bool:  # not before the original
        return after is None or (d, t) > after

    regular = [
        x
        for x in planned
        if x.network == n.id
        and x.activity == "post"
        and x.format != "live"
        and (x.date - start).days // 7 == week
    ]

    def first_free(day: date, among: list[Slot]) -> tuple[date, str]:
        """The day's first time still free and after the original; the next day's when the
        original goes out after the network's last time (review 28 #12: Cire's Instagram copy
        at 18 h 30 before its Pinterest original at 20 h 30)."""
        # a day whose times are all taken sends the notice to the next day with one free,
        # never a second post at the same minute (cal48: Saltbush's Christmas push on 8 Dec)
        for k in range(7):
            d = day + timedelta(days=k)
            taken = {x.time for x in among if x.network == n.id and x.date == d}
            free = [t for t in times if t not in taken and late(d, t)]
            if free:
                return d, free[0]
        return day, times[-1]

    if len(regular) < math.ceil(n.posts_per_week):
        # room in the week: a time of the day still free, never a second post at one minute
        return (*first_free(when, planned), planned)
    # a full week: the notice takes the least needed of its posts, a relayed post before an
    # audience question before the organisation's own (a job offer, a staff voice, a proof:
    # review 13b #3), the nearest first; a named day's post never gives its place to another
    # (review 27 #2: the Chandeleur took the place of the last galette)
    weight = {"curation": 0, "audience_problems": 1}
    regular = [x for x in regular if not x.event] or regular
    fits = [
        x for x in regular if window[0] <= x.date < window[1] and late(x.date, x.time)
    ] or regular
    gone = min(
        fits,
        key=lambda x: (weight.get(x.pillar or "", 2), abs((x.date - when).days), x.date < when),
    )
    kept = [x for x in planned if x is not gone]
    if gone in fits and window[0] <= gone.date < window[1] and late(gone.date, gone.time):
        return gone.date, gone.time, kept
    return (*first_free(when, kept), kept)


def _hiring_headline(inputs: Inputs, say: Words) -> str | None:
    """The job a topic announces (« nous recrutons un menuisier »), as a job ad's title: its
    first letter up, « (H/F) » after it in French (a job ad names both sexes, Code du travail,
    L. 1142-1); None when no topic announces one."""
    hiring = [w for words in say.catalogue.ideas.hiring.values() for w in words]
    topic = next((str(t) for t in inputs.list("topics") if contains_words(str(t), hiring)), None)
    if topic is None:
        return None
    title = topic.strip()[:1].upper() + topic.strip()[1:]
    if inputs.answers_lang == "fr" and "H/F" not in title:
        title = f"{title} (H/F)"
    return title


def _service_posts(
    inputs: Inputs, verdict: Verdict, networks: list[NetworkPlan], say: Words, drawn: list[Slot]
) -> list[Slot]:
    """What a public service's users need goes out while the basics are fixed; only promotion
    waits (review 30b, E4: a water utility's first month held only set-up rows while its tariff
    rose and outages came weekly): on the main network, a pinned post saying where to ask a
    question in week 1, the FAQ of the change its topics name (a bill, a tariff) in week 1, and
    each week its service notices as they come (data calendar.yaml, service_posts)."""
    public = inputs["org_kind"] == "public_body" or inputs["objective"] == "support"
    main = next((n for n in networks if n.role == "primary" and n.kind == "social"), None)
    if verdict != "fix_first" or not public or main is None:
        return []
    rules = say.catalogue.calendar
    words = rules.service_posts
    topics = [str(t) for t in inputs.list("topics")]

    def named(by: dict[str, list[str]]) -> str | None:
        flat = [w for ws in by.values() for w in ws]
        return next((t for t in topics if flat and contains_words(t, flat)), None)

    start: date = inputs["start_date"]
    days = [d for d in rules.slots(main.id).days if d <= 5] or rules.slots(main.id).days
    time = rules.slots(main.id).times[0]

    # never before the main network's own set-up (the property test: a post the day its
    # profile is set up)
    setups = [x.date for x in drawn if x.activity == "setup" and x.network == main.id]
    ready = max([start, *setups])

    def post(week: int, k: int, idea: str) -> Slot:
        # the network's k-th preferred working day of that week, after the first set-up day
        block = start + timedelta(days=7 * week)
        open_days = [d for d in (_on(block, wd) for wd in days) if d > ready]
        # a set-up late in the week: the next week's days (never an empty choice)
        open_days = open_days or [_on(block + timedelta(days=7), wd) for wd in days]
        day = open_days[k % len(open_days)]
        return Slot(
            date=day,
            time=time,
            network=main.id,
            activity="post",
            pillar="audience_problems",
            # a format the network's card names: Instagram kept for photos gets a photo
            format="text" if "text" in main.formats or not main.formats else main.formats[0],
            idea=idea,
        )

    slots = [post(0, 0, say("cal_service_pinned", network=main.id))]
    change = named(words.change_words)
    if change is not None:
        slots.append(post(0, 1, say("cal_service_faq", subject=change)))
    notice = named(words.notice_words)
    if notice is not None:
        slots += [
            post(
                w, 3, say("cal_service_notices", subject=notice, day=start + timedelta(days=7 * w))
            )
            for w in range(rules.weeks)
        ]
    # the card's rhythm kept (review 31b, EN4: « 3 publications par semaine », one a week in
    # weeks 2 to 4): the users' own questions, then the topics the answers give, one a post,
    # in the answers' words (a bill, paying by instalments, a leak after the meter)
    asked = [str(q) for q in inputs.list("audience_problems")]
    for by, said in ((words.change_words, change), (words.notice_words, notice)):
        # the first question the FAQ or the weekly notices already answer
        flat = [w for ws in by.values() for w in ws]
        hit = next((q for q in asked if said and contains_words(q, flat)), None)
        asked = [q for q in asked if q != hit]
    subjects = [("cal_service_question", q) for q in asked] + [
        ("cal_service_topic", t) for t in topics if t not in (change, notice)
    ]
    if utility(inputs, say.catalogue):
        # the season's own subject of a water service, when the answers run out or wait for
        # their months (the meter and the frost in January)
        south = inputs.country in rules.southern
        month = (start.month - 1 + (6 if south else 0)) % 12 + 1
        subjects += [
            ("cal_service_topic", t)
            for s in words.utility_season
            if month in s.months
            for t in s.words.get(say.lang, [])
        ]
    for w in range(rules.weeks):
        had = [x for x in slots if (x.date - start).days // 7 == w]
        for k in range(len(had), math.floor(main.posts_per_week)):
            # a topic out of its months waits for them (review 33b EN5: drought restrictions
            # in January)
            mid = start + timedelta(days=7 * w + 3)
            fit = [
                i
                for i, (_k, t) in enumerate(subjects)
                if not off_season(inputs, say.catalogue, t, mid, say.lang)
            ]
            if not fit:
                break
            key, what = subjects.pop(fit[0])
            shown = say.own_text(what)  # quoted when in another language than the document
            what = shown if shown != what else what[:1].lower() + what[1:]
            slots.append(post(w, k + 1, say(key, subject=what)))
    slots = _one_at_a_time_per_day(slots)
    # the other channels kept, after their own set-up: the listing says where to call, the
    # broadcast channel the week's notices (review 31b, EN4: no GBP or WhatsApp row)
    for n in networks:
        if n.role != "secondary" or f"cal_service_{n.id}" not in say.catalogue.phrases:
            continue
        if n.id == "whatsapp" and notice is None:
            continue  # the broadcast channel carries the week's notices
        own = rules.slots(n.id)
        after = max(
            [start, *(x.date for x in drawn if x.activity == "setup" and x.network == n.id)]
        )
        # as many rows a week as its card says, each of its own phrases once a week, dated by
        # the week (never the same row twice); the listing's first row says where to call
        keys = [k for k in (f"cal_service_{n.id}", f"cal_service_{n.id}_more")]
        keys = [k for k in keys if k in say.catalogue.phrases][: max(1, int(n.posts_per_week))]
        opened = False
        for w in range(rules.weeks):
            block = start + timedelta(days=7 * w)
            days_n = [d for d in (_on(block, wd) for wd in sorted(own.days)) if d > after]
            week_keys = keys
            if n.id == "google_business":
                week_keys = [f"cal_service_{n.id}_week"] if opened else keys[:1]
                if opened and notice is None:
                    week_keys = []
            opened = opened or bool(days_n)
            for key, day in zip(week_keys, days_n, strict=False):
                slots.append(
                    Slot(
                        date=day,
                        time=own.times[0],
                        network=n.id,
                        activity="post",
                        pillar="audience_problems",
                        format=n.formats[0] if n.formats else "text",
                        idea=say(key, subject=notice or "", day=block),
                    )
                )
    return slots


def _one_at_a_time_per_day(slots: list[Slot]) -> list[Slot]:
    """Two service posts on one day of the main network: the later moves to the next free
    day of its week (the rhythm's posts never pile on one day)."""
    out: list[Slot] = []
    for x in slots:
        day = x.date
        while any(o.date == day and o.network == x.network for o in out):
            day += timedelta(days=1)
        out.append(x.model_copy(update={"date": day}) if day != x.date else x)
    return out


def _repair_month_posts(
    inputs: Inputs,
    verdict: Verdict,
    networks: list[NetworkPlan],
    editorial: Editorial,
    warnings: list[Warning],
    say: Words,
) -> list[Slot]:
    """While the basics are fixed, recruiting is the one use of the networks worth something
    (the no_capacity warning says so): the month is not set-up only (review 14, #4). Week 2
    puts the finished work and the real lead time on the listing, week 3 posts the job on the
    networks kept, and sends it to the prescribers, week 4 tells the lead
    time on the listing. No post calls for requests."""
    recruits = "recruitment" in (inputs["objective"], *inputs.list("secondary_objectives"))
    booked = any(w.id == "no_capacity" for w in warnings)  # the warning that says it
    if verdict != "fix_first" or not recruits or not booked:
        return []
    rules = say.catalogue.calendar
    if rules.weeks < 4:
        return []
    start: date = inputs["start_date"]
    day_of_week, times = min(rules.setup.days), rules.setup.times
    listing = next(
        (n for n in networks if n.kind == "local" and n.role in ("primary", "secondary")), None
    )
    posting = [
        n for n in networks if n.kind in ("local", "social") and n.role in ("primary", "secondary")
    ]
    keys = {p.key for p in editorial.pillars if p.share > 0}
    offer = "own_offer" if "own_offer" in keys else next(iter(sorted(keys)), None)
    slots: list[Slot] = []

    def week(k: int, weekday: int | None = None) -> date:
        return _on(start + timedelta(days=7 * k), weekday or day_of_week)

    if listing is not None:
        slots.append(
            Slot(
                date=week(1),
                time=times[-1],
                network=listing.id,
                activity="setup",
                idea=say("cal_repair_listing_photos", network=listing.id),
            )
        )
    headline = _hiring_headline(inputs, say)
    job = say("cal_repair_hiring", headline=headline) if headline else say("idea_hiring")
    for n in posting:
        slots.append(
            Slot(
                date=week(2, 2),
                time=times[0],
                network=n.id,
                activity="post",
                pillar=offer,
                idea=job,
                format="photo" if "photo" in n.formats else (n.formats or ["text"])[0],
            )
        )
    if posting and "prescribers" in inputs.list("relays"):
        slots.append(
            Slot(
                date=week(2, 2),
                time=times[-1],
                network=None,
                activity="setup",
                idea=say("cal_repair_hiring_relays", headline=headline or say("cal_the_job")),
            )
        )
    if listing is not None:
        slots.append(
            Slot(
                date=week(3, 2),
                time=times[0],
                network=listing.id,
                activity="post",
                pillar=offer,
                idea=say("cal_repair_lead_time"),
                format="photo" if "photo" in listing.formats else (listing.formats or ["text"])[0],
            )
        )
    return slots


def _quiet_weeks(
    inputs: Inputs,
    verdict: Verdict,
    slots: list[Slot],
    first: date | None,
    answer_within: float | None,
    kn: Catalogue,
    say: Words,
) -> list[Slot]:
    """A dated task for each week with nothing to do but listen: while the basics are fixed
    or the audience listened to, the week keeps answering and prepares the first posts."""
    rules = kn.calendar
    start: date = inputs["start_date"]
    busy = {(x.date - start).days // 7 for x in slots if x.activity != "listen"}
    empty = [w for w in range(rules.weeks) if w not in busy]
    if not empty:
        return []
    # answering within the limit is a habit, in the rituals every day, never a week's one task
    # (review 14, #4: « Répondre à chaque question en moins de 24 h » as week 3)
    if verdict == "fix_first":
        kinds = ["fixes", "replies"]
    elif first is not None and first > start:
        kinds = ["listen", "replies"]
    else:
        kinds = ["register", "replies"]
    within = 24.0 if answer_within is None else answer_within
    day_of_week, time = min(rules.setup.days), rules.setup.times[0]
    last = start + timedelta(days=7 * empty[-1])
    # the last quiet week before the first post prepares the posts
    prepare = first is not None and last < first <= last + timedelta(days=21)
    tasks: list[Slot] = []
    for n, week in enumerate(empty):
        block = start + timedelta(days=7 * week)
        kind = kinds[n % len(kinds)]
        if prepare and week == empty[-1] and n:
            what = say("cal_quiet_prepare", deadline=first)
        elif kind == "register":
            what = say("cal_quiet_register", answer_within=within)
        else:
            what = say(f"cal_quiet_{kind}")
        tasks.append(
            Slot(date=_on(block, day_of_week), time=time, network=None, activity="setup", idea=what)
        )
    if prepare and len(empty) == 1:  # a single quiet week both listens and prepares
        idea = say("cal_quiet_prepare", deadline=first)
        tasks.append(
            Slot(
                date=_on(last, day_of_week),
                time=rules.setup.times[-1],
                network=None,
                activity="setup",
                idea=idea,
            )
        )
    return tasks


def _clock(minutes: float, words: Words) -> str:
    """Minutes after midnight as the document's language writes a time (« 18 h », "18:00")."""
    hours, mins = divmod(round(minutes) % (24 * 60), 60)
    return words.loc.clock(f"{hours:02d}:{mins:02d}")


def zone_note(inputs: Inputs, kn: Catalogue, words: Words) -> str:
    """For a national audience in a country of several time zones (review 24, #7: a Brisbane
    band touring to Perth), the zone the calendar's times are in, and each city the answers
    name in another zone with the time, in the home zone, of its own evening push. Empty for a
    country of one zone or an audience that is not national."""
    zones = kn.calendar.zones.get(str(inputs["country"] or ""), [])
    if inputs["audience_geo"] != "national" or len(zones) < 2:
        return ""
    offer = f"{inputs['offer'] or ''} {inputs['org_name'] or ''}"
    home = next((z for z in zones if contains_words(offer, z.words)), zones[0])
    said = ("audience_description", "topics", "offer", "audience_problems")
    text = " ".join(str(t) for q in said for t in (inputs.list(q) or [inputs[q]]) if t)
    lang = words.lang
    push = kn.calendar.city_push_time
    at = int(push[:2]) * 60 + int(push[3:])
    parts: list[str] = []
    for zone in zones:
        if zone is home:
            continue
        named = [w for w in zone.words if contains_words(text, [w]) and w[0].isupper()]
        # one name a city: « Adélaïde », the French spelling in the list, matches « Adelaide »
        named = [w for i, w in enumerate(named) if fold(w) not in {fold(x) for x in named[:i]}]
        if not named:
            continue
        plain = _clock(at + (home.utc - zone.utc) * 60, words)
        if zone.summer_utc is not None and home.summer_utc is None:
            summer = _clock(at + (home.utc - zone.summer_utc) * 60, words)
            when = words("calendar_zone_summer", how=summer, said=plain)
        else:
            when = plain
        place = words.loc.join(named)
        parts.append(words("calendar_zone_city", where=place, how=when))
    note = words("calendar_zone", where=home.name.get(lang, home.name.get("en", "")))
    if parts:
        note += " " + words("calendar_zone_cities", said=_clock(at, words), how="; ".join(parts))
    return note


def _ambassadors(inputs: Inputs, kn: Catalogue) -> int | None:
    """How many ambassadors the answers say the organisation has (« 25 ambassadeurs », « a
    group of 25 volunteer ambassadors »): a number at most three words before an ambassador
    word (calendar.yaml advocacy), or None when they give none."""
    said: list[str] = list(inputs.notes.values())
    for q in ADVOCACY_SAID:
        value = inputs[q]
        values = value.values() if isinstance(value, dict) else value
        said += [str(v) for v in values] if isinstance(value, dict | list) else [str(value or "")]
    words = [w for ws in kn.calendar.advocacy.ambassador_words.values() for w in ws]
    named = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if not named:
        return None
    found = re.compile(rf"\b(\d{{1,4}})\s+(?:[\w’'-]+\s+){{0,3}}?(?:{named})\b", re.I)
    for text in said:
        hit = found.search(text)
        if hit is not None and int(hit.group(1)) >= 2:
            return int(hit.group(1))
    return None


def _advocacy_rows(
    inputs: Inputs, kn: Catalogue, say: Words, slots: list[Slot], start: date
) -> list[Slot]:
    """An advocacy plan's first steps as dated rows (review 31b, V2): the share kit written in
    week 1, the ambassadors (their number when the answers give it) or the most engaged
    members gathered and briefed after it, and the month's first « to share » message sent to
    them in week 2. On the set-up days and times, in the first ones left free."""
    keys = advocacy_steps(inputs, kn)
    if not keys:
        return []
    rules = kn.calendar
    taken = {(x.date, x.time) for x in slots if x.activity != "post" or x.network is None}
    free = [
        (_on(start + timedelta(days=7 * w), d), t)
        for w in range(min(2, rules.weeks))
        for d in sorted(rules.setup.days)
        for t in rules.setup.times
        if (_on(start + timedelta(days=7 * w), d), t) not in taken
    ]
    group = keys[1]
    count = _ambassadors(inputs, kn)
    texts = [say(keys[0])]
    texts.append(say("cal_advocacy_group_count", n=count) if count else say(group))
    referral = keys[0] == "step_advocacy_kit_referral"  # each one's code, else the one link
    texts.append(say("cal_advocacy_first_share" if referral else "cal_advocacy_first_share_link"))
    week2 = start + timedelta(days=7)
    out: list[Slot] = []
    for i, text in enumerate(texts):
        # the first message goes out in week 2, a day or more after the group knows the kit
        spots = [f for f in free if f[0] >= week2 and f[0] > out[-1].date] if i == 2 else free
        if not spots:
            break
        spot = spots[0]
        free.remove(spot)
        out.append(Slot(date=spot[0], time=spot[1], network=None, activity="setup", idea=text))
    return out


def _letter_after_kit(
    inputs: Inputs, kn: Catalogue, say: Words, slots: list[Slot], end: date
) -> list[Slot]:
    """An advocacy plan's first letter goes out once the share kit is written, and carries it
    (review 33b VN5: « une ligne pour la transférer à un proche avec leur code de parrainage »
    sent on 5 January, the day before the kit existed): an issue dated on or before the kit's
    day moves on by whole weeks to the first day after it, kept at its weekday and time, and
    says the kit is attached; when a later issue already holds that day, that one carries it."""
    keys = advocacy_steps(inputs, kn)
    if not keys:
        return slots
    kit_text = say(keys[0])
    kit = next((x for x in slots if x.activity == "setup" and x.idea == kit_text), None)
    letters = sorted(
        (x for x in slots if x.activity == "post" and x.network == "newsletter"),
        key=lambda x: (x.date, x.time),
    )
    if kit is None or not letters:
        return slots
    first = letters[0]
    tail = say("cal_letter_kit")
    if first.date > kit.date:
        first.idea = f"{first.idea} {tail}"
        return slots
    day = first.date
    while day <= kit.date:
        day += timedelta(days=7)
    later = next((x for x in letters[1:] if x.date >= day), None)
    if day > end or (later is not None and later.date == day):
        slots = [x for x in slots if x is not first]
        if later is not None:
            later.idea = f"{later.idea} {tail}"
        return slots
    first.date = day
    first.idea = f"{first.idea} {tail}"
    return slots


def _advocacy_testimony(
    inputs: Inputs,
    kn: Catalogue,
    networks: list[NetworkPlan],
    say: Words,
    slots: list[Slot],
    draw: IdeaDraw,
    start: date,
) -> list[Slot]:
    """An advocacy plan's four weeks carry one member's words, with their consent (review 31b,
    V14: « the coopérateurs who tell why they took a share » among the topics, no testimonial
    scheduled): when none is there, the main network's first offer post after week 1 gives its
    place to the answers' own testimony topic, else to a member's words. Never where the rules
    of the trade forbid testimonials (a health practice)."""
    if inputs["objective"] != "advocacy":
        return slots
    main = next((n for n in networks if n.role == "primary"), None)
    if main is None:
        return slots
    told = next(
        (i for pool in draw.pools.values() for i in pool if i.kind == "topic_testimony"), None
    )
    if told is not None and any(told.value and told.value in x.idea for x in slots):
        return slots
    if told is None:
        barred = [
            w
            for code in inputs.list("regulated")
            if code in kn.ideas.regulated
            for w in kn.ideas.regulated[code].words
        ]
        if contains_words("témoignage testimonial", barred):
            return slots
    week2 = start + timedelta(days=7)

    def copied_whole(post: Slot) -> bool:
        """Whether each repost of `post` repeats its words whole (then they change with it)."""
        return all(
            post.idea in c.idea
            for c in slots
            if c.network != post.network
            and c.activity == "post"
            and c.idea[:COPY_CORE] == post.idea[:COPY_CORE]
            and abs((c.date - post.date).days) <= FOLD_DAYS
        )

    spot = next(
        (
            x
            for pillar in ("own_offer", "curation")
            for x in slots
            if x.activity == "post"
            and x.network == main.id
            and x.date >= week2
            and x.pillar == pillar
            and not x.event
            and copied_whole(x)
        ),
        None,
    )
    if spot is None:
        return slots
    fmt = next((f for f in ("photo", "short_video", "text") if f in main.formats), spot.format)
    text = told.phrase(say, main.id, fmt or "photo") if told is not None else None
    was, spot.idea = spot.idea, text or say("cal_advocacy_testimony")
    spot.format = fmt
    spot.pillar = "own_offer"
    for x in slots:  # its reposts on the other networks say the member's words too
        if x.network != main.id and x.activity == "post" and was in x.idea:
            x.idea, x.pillar = x.idea.replace(was, spot.idea), "own_offer"
    if told is not None:
        draw.used.add(told)
    return slots


def _listing_events(
    inputs: Inputs,
    kn: Catalogue,
    plan: list[Phase],
    networks: list[NetworkPlan],
    slots: list[Slot],
    say: Words,
) -> None:
    """The organisation's own dated event the plan sets (an off-plan developer's preview) gets
    an Event post on the Google listing kept (review 31a, W9: Wellington's 13 February preview had
    none): the listing's last post of the four weeks within `listing_event_days` before it takes
    its place, an Event post staying on the listing until the day."""
    if not any(n.id == "google_business" and n.role in ("primary", "secondary") for n in networks):
        return
    rules = kn.calendar
    start: date = inputs["start_date"]
    end = start + timedelta(days=7 * rules.weeks - 1)
    ahead = timedelta(days=rules.listing_event_days)
    events: list[tuple[date, str, date, date]] = []  # the day, the row, when it may go out
    for m in [m for phase in plan for m in phase.milestones]:
        if _milestone_of(kn, rules.plan_rows.events, m.what, say.lang):
            # the milestone's head (« Preview at the sales centre, 13 February 2027 (date to
            # confirm) »), its day added when the head does not give it
            head = re.split(r"\s*:", m.what, maxsplit=1)[0].strip()
            dated = say("cal_listing_event_day", day=m.date).strip()
            key = "cal_listing_event_plan" if dated in head else "cal_listing_event_plan_day"
            events.append((m.date, say(key, what=head, day=m.date), m.date - ahead, m.date))
    # an event the answers name keeps its notice's day on every network (review 21a, R6: the
    # plan's announcement takes the calendar's day): its listing post is not moved here
    for day, text, low, high in sorted(events):
        listed = [
            x
            for x in slots
            if x.network == "google_business"
            and x.activity == "post"
            and not x.event
            and low <= x.date < min(day, high)
            and start <= x.date <= end
        ]
        if not listed:
            continue
        # an offer post of the listing first: the event is the offer's, its share unchanged
        post = max(listed, key=lambda x: (x.pillar == "own_offer", x.date, x.time))
        post.idea = text
        post.pillar, post.event = "own_offer", True
