"""Sessions held several times a year (review 32c, N1/N2): an event objective whose answers say
« six séances en 2027 », a count « par an » and the months the sessions fall in. The target is a
year's total: it is said per session and per year, a checkpoint follows each session, and each
session gets its own countdown in the calendar (announced three weeks before, reminded a week and
two days before, recapped two days after with the next date). The rule's words and days are data
(data/metrics.yaml `sessions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from strategy_wizard.engine.plan import _clause_dates, _month_names, checkpoint_text, deadline
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.bank import fold as _fold
from strategy_wizard.model.catalogue import Catalogue, SessionSeries
from strategy_wizard.model.strategy import (
    Kpi,
    KpiTarget,
    Milestone,
    NetworkPlan,
    Phase,
    Reason,
    Slot,
    Strategy,
)

_TOKEN = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Sessions:
    """A year's sessions as the answers give them: how many this year and last year (None when
    not said), the seats of the room (None when not said), the sessions' days within the plan,
    and whether those days are this tool's assumption (months given, no day)."""

    now: int
    last: int | None
    seats: int | None
    days: tuple[date, ...]
    assumed: bool

    def each(self, total: float) -> int:
        """A year's total per session, rounded half up (38 over 4: about 10)."""
        return int(total / self.now + 0.5)

    def split(self, total: float) -> list[int]:
        """The year's total shared over the sessions so that they add up to it, the extra
        ones on the last sessions, when the series is best known (review 33c, N-b: 6 × 18 =
        108 against 110: 18, 18, 18, 18, 19, 19)."""
        whole = int(total + 0.5)
        low, extra = divmod(whole, self.now)
        return [low + (n >= self.now - extra) for n in range(self.now)]

    def each_said(self, total: float, say: Words) -> str:
        """The per-session target as a reader checks it: « 18 » when the sessions share the
        total evenly, « 18 à 19 » when they do not (review 33c, N-b)."""
        shares = self.split(total)
        low, high = min(shares), max(shares)
        if low == high:
            return say.loc.number(low, 0)
        return say("sessions_each_range", what=say.loc.number(low, 0), how=say.loc.number(high, 0))


def _all(words: dict[str, list[str]]) -> list[str]:
    return [w for ws in words.values() for w in ws]


def _texts(inputs: Inputs) -> list[str]:
    """Where the answers say the sessions: the target, the offer, the message, the action and
    the consultant's notes."""
    target = inputs["target"]
    said = [str(target.get("metric") or ""), str(target.get("unit") or "")]
    said += [str(inputs[q] or "") for q in ("offer", "key_message", "desired_action")]
    return [t for t in [*said, *inputs.notes.values()] if t.strip()]


def _counted(text: str, units: list[str], rule: SessionSeries) -> int | None:
    """The number written just before one of `units` (« six séances », "25 seats"), in
    figures or in words."""
    folded = {_fold(u) for u in units}
    numbers = {k: v for ws in rule.numbers.values() for k, v in ws.items()}
    tokens = [_fold(t) for t in _TOKEN.findall(text)]
    for word, following in pairwise(tokens):
        if following not in folded:
            continue
        if word.isdigit() and 1 < int(word) < 1000:
            return int(word)
        if word in numbers:
            return numbers[word]
    return None


def _rule(kn: Catalogue) -> SessionSeries | None:
    return kn.metrics.sessions


def session_series(inputs: Inputs, kn: Catalogue) -> Sessions | None:
    """The year's sessions of an event objective, when its answers say several a year: a
    number of sessions (« six séances ») or the months they fall in, with a target counted per
    year (« par an ») or over several sessions. None for any other case (one edition, a
    festival, a fair: their own reading)."""
    rule = _rule(kn)
    target = inputs["target"]
    if rule is None or inputs["objective"] != "event" or target.get("value") is None:
        return None
    texts = _texts(inputs)
    words = _all(rule.words)
    now = next((n for t in texts if (n := _counted(t, words, rule)) is not None), None)
    months = _months(texts)
    yearly = contains_words(
        f"{target.get('metric') or ''} {target.get('unit') or ''}", _all(rule.year_words)
    )
    if now is None and len(months) >= 2:
        now = len(months)
    if now is None or now < 2 or not (yearly or len(months) >= 2):
        return None
    seats = next(
        (n for t in texts if (n := _counted(t, _all(rule.seat_words), rule)) is not None), None
    )
    last = None
    base = target.get("baseline")
    for proof in map(str, inputs.list("proof_points")):
        figures = [int(m.group()) for m in _NUMBER.finditer(proof)]
        if base is not None and int(float(base)) in figures:
            last = _counted(proof, words, rule)
            break
    days, assumed = _days(inputs, kn, rule, texts, months)
    return Sessions(now=now, last=last, seats=seats, days=days, assumed=assumed)


def _months(texts: list[str]) -> list[int]:
    """The months a clause names when it names two or more (« en janvier, mars, mai… »): a
    single month name is no list of sessions (and "May" may be a verb)."""
    names = _month_names()
    found: list[int] = []
    for text in texts:
        for clause in re.split(r"[.;\n]", text):
            said = [names[t] for t in map(_fold, _TOKEN.findall(clause)) if t in names]
            if len(set(said)) >= 2:
                found += [m for m in said if m not in found]
    return sorted(found)


def _days(
    inputs: Inputs, kn: Catalogue, rule: SessionSeries, texts: list[str], months: list[int]
) -> tuple[tuple[date, ...], bool]:
    """The sessions' days within the plan: those the answers date (« samedi 16 janvier »),
    else, for the months they name, the rule's `nth` weekday (the one the answers name, a
    Saturday by default), an assumption the plan states."""
    start: date = inputs["start_date"]
    end = deadline(inputs)
    dated = sorted(
        {
            d
            for t in texts
            for clause in re.split(r"[;\n]", t)
            for d, _ in _clause_dates(clause, start, end)
        }
    )
    if len(dated) >= 2:
        return tuple(dated), False
    weekdays = {k: v for ws in rule.weekdays.values() for k, v in ws.items()}
    said = [
        weekdays[t] for text in texts for t in map(_fold, _TOKEN.findall(text)) if t in weekdays
    ]
    weekday = said[0] if said else rule.weekday
    days: list[date] = []
    for month in months:
        for year in (start.year, start.year + 1):
            first = date(year, month, 1)
            day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (rule.nth - 1))
            if start <= day <= end:
                days.append(day)
                break
    return tuple(sorted(days)), True


def _short_unit(inputs: Inputs, kn: Catalogue) -> str:
    """The target's unit without the year it is counted over (« inscrits par an »: « inscrits »),
    else the metric without its parenthesis."""
    rule = _rule(kn)
    target = inputs["target"]
    unit = str(target.get("unit") or "")
    for word in sorted(_all(rule.year_words) if rule else [], key=len, reverse=True):
        unit = re.sub(rf"(?i)\s*\b{re.escape(word)}\b", "", unit)
    unit = unit.strip()
    if unit:
        return unit
    return re.sub(r"\s*\([^)]*\)\s*$", "", str(target.get("metric") or "")).strip()


def _years(inputs: Inputs) -> tuple[str, str] | None:
    """The last year and this one, when the plan starts with the year (a January start)."""
    start: date = inputs["start_date"]
    return (str(start.year - 1), str(start.year)) if start.month <= 2 else None


def statement(strategy: Strategy, inputs: Inputs, kn: Catalogue, say: Words) -> str | None:
    """The objective per year and per session (review 32c, N1: « Passer de 38 inscrits en 2026
    (4 séances, environ 10 par séance) à 110 en 2027 (6 séances, environ 18 par séance sur 25
    places) »), with what the extra sessions bring alone; None without sessions."""
    found = session_series(inputs, kn)
    objective = strategy.objective
    if found is None or objective.baseline is None or objective.target is None:
        return None
    aim = objective.realistic_target or objective.target
    loc = say.loc
    each = found.each(aim)
    now = say(
        "sessions_count_each_seats" if found.seats else "sessions_count_each",
        count=found.now,
        what=found.each_said(aim, say),
        where=loc.number(found.seats or 0, 0),
    )
    was = (
        say(
            "sessions_count_each",
            count=found.last,
            what=loc.number(found.each(objective.baseline * found.now / found.last), 0),
            where="",
        )
        if found.last
        else ""
    )
    years = _years(inputs)
    figures = {
        "baseline": objective.baseline,
        "value": aim,
        # the person's unit in their own language; in another, the session's own word
        "unit": say("unit_session") if say.own else _short_unit(inputs, kn),
        # the year's count is complete at its last session (review 33c, N-b: « d'ici le 3
        # janvier 2028 » for sessions that end on 20 November)
        "deadline": found.days[-1] if found.days else objective.deadline,
        "channels": objective.channels,
        "part": f" {was}" if was else "",
        "whole": now,
    }
    if years:
        text = say("smart_sessions_years", said=years[0], year=years[1], **figures)
    else:
        text = say("smart_sessions", **figures)
    if found.last and found.now > found.last:
        per_last = objective.baseline / found.last
        same = round(per_last * found.now)
        text += " " + say(
            "smart_sessions_split",
            count=found.now,
            what=loc.number(found.last, 0),
            how=loc.number(same, 0),
            said=loc.number(int(per_last + 0.5), 0),
            where=loc.number(each, 0),
        )
    if found.seats and found.last:
        # one realism verdict: the room's fill last year against the fill the target needs
        # (review 33c, N-b: « 72 % de remplissage contre 40 % »)
        filled = objective.baseline / found.last / found.seats
        needed = aim / found.now / found.seats
        if needed > filled:
            stretch = needed >= kn.thresholds.session_fill_stretch * filled
            key = "smart_sessions_fill_stretch" if stretch else "smart_sessions_fill"
            text += " " + say(
                key,
                said=loc.number(round(filled * 100), 0),
                where=loc.number(round(needed * 100), 0),
            )
    return text


def first_step_figures(inputs: Inputs, kn: Catalogue, say: Words) -> dict[str, object] | None:
    """The figures of the sessions' first steps (the dates to fix, the per-session record);
    None without sessions."""
    found = session_series(inputs, kn)
    if found is None:
        return None
    base = inputs["target"].get("baseline")
    per_last = (
        say.loc.number(int(float(base) / found.last + 0.5), 0)
        if base is not None and found.last
        else ""
    )
    return {
        "count": found.now,
        "what": per_last,
        "where": say.loc.join([say.loc.date(d, "d MMMM") for d in found.days])
        if found.days
        else "",
    }


def first_step_keys(inputs: Inputs, kn: Catalogue, keys: list[str]) -> list[str]:
    """The first steps for sessions: the dates fixed and published before any post when the
    answers do not give them, and the record read per session, not per edition."""
    found = session_series(inputs, kn)
    if found is None:
        return keys
    record = any(k in ("step_record", "step_record_agree") for k in keys)
    keys = [k for k in keys if k not in ("step_record", "step_record_agree")]
    lead = 1 if keys and keys[0] == "step_answer_missing" else 0
    # the dates and the record per session come before the month's posts are written
    first = ["step_session_dates"] if found.assumed else []
    first += ["step_record_sessions"] if record else []
    return [*keys[:lead], *first[:1], *keys[lead : lead + 1], *first[1:], *keys[lead + 1 :]]


def milestones(plan: list[Phase], inputs: Inputs, kn: Catalogue, say: Words) -> list[Phase]:
    """A checkpoint after each session (review 32c, N1), in place of « this edition, against the
    same date last year »: the session's registrations against those aimed at per session,
    who came, the appointments since, and the year's count against the pace."""
    found = session_series(inputs, kn)
    target = inputs["target"]
    if found is None or target.get("value") is None:
        return plan
    rule = _rule(kn)
    recap = rule.recap_days if rule else 2
    old = say("milestone_edition_so_far", metric=target["metric"])
    shares = found.split(float(target["value"]))
    loc = say.loc
    # the year's figure on the plan's last day says nothing the last session's checkpoint
    # does not (review 33c, N-b: « 3 janv. 2028 — Point d'étape : 110 inscrits par an »)
    end = deadline(inputs)
    after = bool(found.days) and found.days[-1] + timedelta(days=recap) < end
    total = checkpoint_text(inputs, kn, say, float(target["value"]))
    for phase in plan:
        kept = [m for m in phase.milestones if m.what != old]
        if after:
            kept = [m for m in kept if not (m.date == end and m.what == total)]
        for n, day in enumerate(found.days, start=1):
            when = day + timedelta(days=recap)
            each = shares[min(n, len(shares)) - 1]
            if phase.start <= when <= phase.end:
                kept.append(
                    Milestone(
                        date=when,
                        what=say(
                            "milestone_session_check_seats"
                            if found.seats
                            else "milestone_session_check",
                            other_date=day,
                            what=loc.number(each, 0),
                            where=loc.number(found.seats or 0, 0),
                            how=loc.number(sum(shares[:n]), 0),
                        ),
                    )
                )
        phase.milestones = sorted(kept, key=lambda m: m.date)
    return plan


def countdown(
    slots: list[Slot],
    inputs: Inputs,
    kn: Catalogue,
    networks: list[NetworkPlan],
    say: Words,
) -> list[Slot]:
    """Each session's countdown within the calendar's weeks (review 32c, N2): on the main
    social network the announcement (an event of the network) three weeks before, or on its
    first day of posts when that is later; a reminder a week and two days before; a recap after
    that gives the next date; on a Google listing kept, an event post with the announcement.
    Each takes the place of a plain post of its network that week, when there is one."""
    found = session_series(inputs, kn)
    rule = _rule(kn)
    if found is None or rule is None or not found.days:
        return slots
    main = next((n for n in networks if n.role == "primary" and n.kind == "social"), None)
    if main is None:
        return slots
    listing = next(
        (n for n in networks if n.role in ("primary", "secondary") and n.kind == "local"), None
    )
    start: date = inputs["start_date"]
    end = start + timedelta(days=7 * kn.calendar.weeks - 1)
    posted = [s for s in slots if s.network == main.id and s.activity == "post"]
    setup = max(
        (s.date for s in slots if s.network == main.id and s.activity == "setup"), default=start
    )
    opens = min((s.date for s in posted), default=setup + timedelta(days=1))
    opens = max(opens, setup)
    themes = _themes(inputs, kn)
    added: list[tuple[date, NetworkPlan, str]] = []
    # the recap answers the questions asked: the audience's pillar, the notices the offer's
    recaps: set[str] = set()
    notice = max(rule.notice_days)
    for n, day in enumerate(found.days):
        theme = (
            say("cal_session_theme", subject=say.own_text(themes[n % len(themes)]))
            if themes
            else ""
        )
        following = found.days[n + 1] if n + 1 < len(found.days) else None
        announce = max(day - timedelta(days=notice), opens)
        if announce < day:
            added.append((announce, main, say("cal_session_announce", day=day, what=theme)))
            if listing is not None:
                added.append(
                    (
                        max(announce + timedelta(days=1), start),
                        listing,
                        say("cal_session_listing", day=day, what=theme),
                    )
                )
        for before in sorted((d for d in rule.notice_days if d != notice), reverse=True):
            when = day - timedelta(days=before)
            if when > announce:
                key = "cal_session_reminder" if before > 2 else "cal_session_last"
                added.append((when, main, say(key, day=day, days=before)))
        after = day + timedelta(days=rule.recap_days)
        recap = (
            say("cal_session_recap_next", other_date=day, day=following)
            if following
            else say("cal_session_recap", other_date=day)
        )
        recaps.add(recap)
        added.append((after, main, recap))
    if letter_kept(inputs, kn, networks):
        # the letter to those who asked to be told, a week before each session (review 32c, N8)
        letter = next(n for n in networks if n.id == "newsletter")
        for day in found.days:
            added.append((day - timedelta(days=7), letter, say("cal_session_letter", day=day)))
    out = list(slots)
    for when, network, idea in sorted(added, key=lambda x: x[0]):
        if not start <= when <= end:
            continue
        week = when - timedelta(days=when.weekday())
        plain = next(
            (
                s
                for s in out
                if s.network == network.id
                and s.activity == "post"
                and not s.event
                and week <= s.date < week + timedelta(days=7)
            ),
            None,
        )
        time = (
            plain.time if plain is not None else ("12:30" if network.kind == "social" else "09:00")
        )
        if plain is not None:
            out.remove(plain)
        out.append(
            Slot(
                date=when,
                time=time,
                network=network.id,
                activity="post",
                pillar="audience_problems" if idea in recaps else "own_offer",
                idea=idea,
                format=network.formats[0] if network.formats else "text",
                event=True,
            )
        )
    if found.assumed:
        out.append(
            Slot(
                date=start,
                time="09:00",
                network=None,
                activity="setup",
                idea=say(
                    "cal_session_dates",
                    count=found.now,
                    where=say.loc.join([say.loc.date(d, "d MMMM") for d in found.days]),
                ),
            )
        )
    return sorted(out, key=lambda s: (s.date, s.time))


def _themes(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The subjects a session can take, in the order given: the topics that are not about the
    sessions themselves (« le calendrier des prochaines Matinales »)."""
    rule = _rule(kn)
    words = _all(rule.words) if rule else []
    return [str(t) for t in inputs.list("topics") if not contains_words(str(t), words)]


def kpis(found_kpis: list[Kpi], inputs: Inputs, kn: Catalogue, say: Words) -> list[Kpi]:
    """The indicators of a year of sessions (review 32c, N4): registrations per session against
    the room, who came of those registered, and the appointments taken after a session, in place
    of a month's clicks copying the year's rise, returning participants, quotes and bookings."""
    found = session_series(inputs, kn)
    target = inputs["target"]
    if found is None or target.get("value") is None:
        return found_kpis
    base = target.get("baseline")
    last_day = found.days[-1] + timedelta(days=2) if found.days else None
    main = [
        k.model_copy(
            update={
                "name": re.sub(r"\s*\([^)]*\)\s*$", "", k.name) or k.name,
                # the year's count judged at its last session (review 33c, N-b)
                "targets": [
                    t.model_copy(update={"date": last_day})
                    if last_day is not None and t.date > last_day
                    else t
                    for t in k.targets
                ],
                "first_measure": say(
                    "kpi_session_last_year",
                    baseline=base,
                    count=found.last,
                )
                if base is not None and found.last
                else k.first_measure,
            }
        )
        for k in found_kpis
        if k.id == "main"
    ]
    rest = [
        k
        for k in found_kpis
        if k.id != "main" and not k.id.startswith("kpi_") and not k.id.startswith("second_")
    ]
    loc = say.loc
    each = found.each(float(target["value"]))
    shares = found.split(float(target["value"]))
    even = min(shares) == max(shares)
    base = target.get("baseline")
    was = float(int(float(base) / found.last + 0.5)) if base is not None and found.last else None
    days = [d + timedelta(days=2) for d in found.days] or [deadline(inputs)]
    who = main[0].owner if main else ""
    added = [
        Kpi(
            id="session_registrations",
            name=say("kpi_session_registrations"),
            measure=say("kpi_session_registrations_measure"),
            unit=say(
                "unit_session_seats" if found.seats else "unit_session",
                where=loc.number(found.seats or 0, 0),
            ),
            baseline=was,
            first_measure="" if was is not None else say("kpi_session_first"),
            targets=[KpiTarget(date=days[-1], value=float(each if even else min(shares)))],
            target_note=say("kpi_session_each", count=len(days))
            if even
            else say(
                "kpi_session_each_range",
                count=len(days),
                what=loc.number(max(shares), 0),
            ),
            owner=who,
            rhythm=say("kpi_session_rhythm"),
            source=say("kpi_session_source"),
        ),
        Kpi(
            id="session_turnout",
            name=say("kpi_session_turnout"),
            measure=say("kpi_session_turnout_measure"),
            unit=say("kpi_session_turnout_unit"),
            first_measure=say("kpi_session_first"),
            targets=[],
            target_note=say("kpi_session_turnout_note"),
            summary=say("kpi_session_turnout_short"),
            owner=who,
            rhythm=say("kpi_session_rhythm"),
            source=say("kpi_session_turnout_source"),
        ),
    ]
    if "leads" in inputs.list("secondary_objectives"):
        added.append(
            Kpi(
                id="session_followups",
                name=say("kpi_session_followups"),
                measure=say("kpi_session_followups_measure"),
                first_measure=say("kpi_session_first"),
                targets=[],
                target_note=say("kpi_session_followups_note"),
                summary=say("kpi_session_followups_short"),
                owner=who,
                rhythm=say("kpi_session_followups_rhythm"),
                source=say("kpi_session_followups_source"),
            )
        )
    return [*main, *added, *rest]


def letter_kept(inputs: Inputs, kn: Catalogue, networks: list[NetworkPlan]) -> bool:
    """Whether a year of sessions keeps the newsletter the answers have or consider, set aside
    for want of a weekly half hour (review 32c, N8): one letter a session, not a week."""
    if session_series(inputs, kn) is None:
        return False
    said = [*inputs.list("current_networks"), *inputs.list("considered_networks")]
    letter = next((n for n in networks if n.id == "newsletter"), None)
    return (
        "newsletter" in said
        and letter is not None
        and letter.role == "avoid"
        and any(r.code.startswith("no_hours") for r in letter.reasons)
    )


def session_letter(networks: list[NetworkPlan], inputs: Inputs, kn: Catalogue, say: Words) -> None:
    """The newsletter kept on standby for one letter a session to those who asked to be told,
    its reason said per session, never « at least 30 min a week » (review 32c, N8)."""
    found = session_series(inputs, kn)
    if found is None or not letter_kept(inputs, kn, networks):
        return
    letter = next(n for n in networks if n.id == "newsletter")
    reason = Reason(code="session_letter", figures={"count": found.now})
    reason.text = say("reason_session_letter", count=found.now)
    letter.role = "listen"
    letter.reasons = [reason]
