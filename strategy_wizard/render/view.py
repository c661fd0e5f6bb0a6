"""The document as plain data: what each section shows, in the order a client reads it, with
every figure already written as a person writes it.

The HTML/PDF templates and the Markdown both lay out this one view, so the three documents hold
the same sections with the same words, and a template folder receives text, numbers, lists and
mappings only (no object it could call a method on). Sources are numbered here, in the order
they are first cited in the sections actually shown, so a section a brand leaves out leaves no
number behind, and each source appears once however many of its facts are cited.

Sections, in reading order: the strategy on one page; the points to settle; the networks (kept
ones in detail, the others in one table); the editorial line; the week; the first four weeks;
the plan; the KPI scorecard; who does what (governance, relays, tools, budget); then the
appendix (where you stand and who you watch, the answers, the assumptions, the sources).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

from strategy_wizard.base.locale import Locale, colon, locale_for
from strategy_wizard.render import present
from strategy_wizard.render.words import word

if TYPE_CHECKING:
    from strategy_wizard.model.strategy import NetworkPlan, Reason, RoutineItem, Strategy

# The document's sections in reading order; a brand's `hide_sections` names them.
SECTIONS = (
    "summary",
    "warnings",
    "networks",
    "editorial",
    "routine",
    "calendar",
    "plan",
    "kpis",
    "governance",
    "relays",
    "budget",
    "audit",
    "thread",
    "assumptions",
    "sources",
)
# the audit's checklists and peers' table are forms to fill in, kept to hand at the back (issue 13
# #9: on 20 of the 35 personas they pushed the appendix one page past the limit)
APPENDIX = ("audit", "thread", "assumptions", "sources")
ACTIVE = ("primary", "secondary")
IDEAS_PER_PILLAR = 2
REASONS_ON_SUMMARY = 3  # kept channels whose summary line gives its reason, when 5 or more
MAX_FIXES_ON_SUMMARY = 3  # the points to settle the one-page summary names, when 5 or more
POST_IDEAS = 0  # the calendar holds a month of ideas already
REFUSED_IN_CHART = 2  # the closest refused networks the fit chart shows beside the kept ones
ROUTINE_COLUMNS = ("create", "interact", "curate", "listen", "measure")
TOOL_ORDER = ("scheduling", "listening", "link_tracking", "analytics", "design")


class Citations:
    """Numbers for the sources, given in the order they are first cited; one per source: a
    publication cited for figures of two years (the editors' rules of thumb, two editions of a
    survey) is listed once with its years (review 5, #7). A figure measured elsewhere than the
    audience's country says where, and for want of what."""

    def __init__(self, strategy: Strategy) -> None:
        self.by_fact = {s.id: s for s in strategy.sources}
        self.numbers: dict[tuple[str, str, str | None], int] = {}
        self.entries: list[dict[str, Any]] = []
        self.lang = strategy.lang

    def __call__(self, facts: list[str]) -> list[int]:
        """The numbers of these facts' sources, giving new ones as they come."""
        out: list[int] = []
        for fid in facts:
            src = self.by_fact.get(fid)
            if src is None or src.lore:  # a rule of thumb is the consultant's, never « source: us »
                continue
            key = (src.publisher, src.title, src.url)
            if key not in self.numbers:
                self.numbers[key] = len(self.numbers) + 1
                self.entries.append(
                    {
                        "n": self.numbers[key],
                        "publisher": src.publisher,
                        "title": src.title,
                        "years": [],
                        "year": "",
                        "url": src.url or "",
                        "lore": src.lore,
                        "measured": "",
                    }
                )
            entry = self.entries[self.numbers[key] - 1]
            if src.year not in entry["years"]:
                entry["years"] = sorted([*entry["years"], src.year])
                entry["year"] = ", ".join(map(str, entry["years"]))
            if src.measured and not entry["measured"]:
                entry["measured"] = src.measured  # worded by the engine for its country
            if self.numbers[key] not in out:
                out.append(self.numbers[key])
        return sorted(out)


def money_locale(s: Strategy) -> Locale:
    """The document's language as the strategy's country writes it, its amounts in that
    country's money (never converted: the budget is answered in it; review 11a, #5)."""
    return locale_for(s.lang, s.country or None).in_currency(s.currency or None, s.country or None)


def build_view(
    strategy: Strategy,
    hidden: set[str] | frozenset[str] = frozenset(),
    whole_weeks: int | None = None,
    brief: bool = True,
    tight: bool = False,
) -> dict[str, Any]:
    """The whole document as plain data, for the templates and the Markdown. `whole_weeks`:
    the calendar's weeks printed with their ideas, the later ones shortened (None: as many as
    the calendar's length allows, below; ALL_WEEKS: every one). `brief`: a shortened week's
    rows give each idea's first words (else the slot alone, the named days' ideas kept).
    `tight`: a document over its pages sheds what explains before what the client acts on —
    the tools' reasons go, each category keeping its tool (render/pdf.py)."""
    s = strategy
    lang = s.lang
    loc = money_locale(s)  # as the country writes it: US dates and clock, its own money
    cite = Citations(s)
    names = {n.id: n.name for n in s.networks}

    def t(key: str, **fields: object) -> str:
        return word(key, lang, **fields)

    def day(d: date, fmt: str = "long") -> str:
        return loc.date(d, fmt)

    def network_name(nid: str | None) -> str:
        return names.get(nid or "", t("doc_cross_network"))

    shown = [x for x in SECTIONS if x not in hidden]
    view: dict[str, Any] = {
        "tight": tight,
        "lang": lang,
        "org_name": s.org_name,
        "title": t("doc_title"),
        "verdict": s.verdict,
        "verdict_label": t("label_verdict_" + s.verdict),
        "verdict_text": s.verdict_text,
        "date": day(s.generated_on),
        "date_iso": s.generated_on.isoformat(),
        "tool_version": s.tool_version,
        "catalogue_version": s.catalogue_version,
        # a note in another language than the document is quoted, and its label says in which
        # (review 33a, CN5: a French note unmarked in an English document)
        "notes": {k: _quoted(v, s.answers_lang, lang) for k, v in s.notes.items()},
        "notes_label": _notes_label(s.answers_lang, lang),
        # answers in another language: their words are quoted as written, and the cover says so
        "quoted_note": _quoted_note(s.answers_lang, lang),
        "sections": shown,
        "colophon": t(
            "doc_colophon_text",
            tool=s.tool_version,
            catalogue=s.catalogue_version,
            date=day(s.generated_on),
        ),
    }
    active = [n for n in s.networks if n.role in ACTIVE]

    # -- the strategy on one page (nothing cited: the detail behind it is further on)
    # the activities' totals, then each named job on its own row: the hours say what they buy
    # (review 21a: « Interact 29 h 15 » was the creators and the customer care together)
    by_activity: dict[str, float] = defaultdict(float)
    by_label: dict[str, float] = defaultdict(float)
    # the founder's own share is part of the activities, not a job beside them: the page shows
    # the week's table's split, then « of which you, in your own name » (review 30a, D4)
    own = _founder_label(lang, loc)
    for item in s.routine:
        if item.label and item.label != own and item.hours > 0:
            by_label[item.label] += item.hours
        else:
            by_activity[item.activity] += item.hours
    own_hours = sum(i.hours for i in s.routine if own and i.label == own)
    # the most important first, as the page says: the critical points, then the others, each
    # in the engine's order
    # a growth target beside « no more requests needed » is no headline: it stays in the
    # warnings section only (review 14, #4; review 16, N1)
    booked = any(w.id == "no_capacity" for w in s.warnings)
    fixes = (
        [
            w.headline
            for w in sorted(s.warnings, key=lambda w: w.severity != "critical")
            if w.severity in ("warning", "critical") and not (booked and w.id == "quick_growth")
        ]
        if s.verdict != "go"
        else []
    )
    # a long list of points to settle would push the page onto a second one (Montréal's six, in
    # French: the budget line alone on page 3, review 9b #7): the three most important, then
    # how many more and where the section is (when the document has it)
    more_fixes = 0
    if len(fixes) > MAX_FIXES_ON_SUMMARY + 1 and "warnings" in shown:
        fixes, more_fixes = fixes[:MAX_FIXES_ON_SUMMARY], len(fixes) - MAX_FIXES_ON_SUMMARY
    # The page reads objective first, tools after (the product's first rule): the verdict's
    # sentence, the objective, what stands in the way, then the means. So the verdict's reasons
    # are shared out: one naming a network goes with the networks kept (the main one's own line
    # then says it once), the one about the week's hours goes with the time, the rest (what
    # stands in the way, or that nothing does) opens the points to settle.
    placed = _place_reasons(s, lang)
    view["summary"] = {
        "reasons": list(s.verdict_reasons),  # all of them, in the engine's order
        "obstacles": placed["obstacles"],
        "fixes": fixes,
        "more_fixes": (
            t("doc_more_fixes", n=more_fixes, section=t("doc_warnings")) if more_fixes else ""
        ),
        # the objective, then how the plan reads it, boxed apart (review 33a, WN4)
        "objective": s.objective.statement.split("\n", 1)[0],
        "objective_note": s.objective.statement.partition("\n")[2],
        "networks_lead": placed["networks"],
        "hours_lead": placed["hours"],
        "networks": [
            {
                "name": n.name,
                "role": _role_label(n, t),
                "hours": present.hours(n.hours_per_week, lang),
                "posts": present.rhythm(n.posts_per_week, lang, n.id),
                # past the first three, a channel's line keeps its role and hours only: six
                # kept channels with a reason each ran the page onto a second one (the credit
                # union, review 19); every reason is in the networks section
                "reason": _card_reason(n, placed["named"])
                if i < REASONS_ON_SUMMARY or len(active) <= REASONS_ON_SUMMARY + 1
                else "",
            }
            for i, n in enumerate(active)  # every channel kept, owned ones included
        ],
        "hours": [
            {"activity": t("label_activity_" + a), "hours": present.hours(h, lang)}
            # in the week's table's order: the same split, read the same way on both pages
            for a, h in sorted(by_activity.items(), key=lambda x: _column(x[0]))
            if h > 0
        ]
        + [
            {"activity": label, "hours": present.hours(h, lang)}
            for label, h in by_label.items()
            if h > 0
        ],
        "hours_of": (
            {
                "activity": word("doc_of_which", lang, what=own[:1].lower() + own[1:]),
                "hours": present.hours(own_hours, lang),
            }
            if own_hours > 0
            else None
        ),
        "hours_total": present.hours(sum(by_activity.values()) + sum(by_label.values()), lang),
        "steps": list(s.first_steps),
        "kpis": [_kpi_line(k, lang, day, loc) for k in s.kpis[:3]],
        "budget": _budget_line(s, lang, t),
    }

    # -- the points to settle
    view["warnings"] = [
        {
            "severity": w.severity,
            "severity_label": t("label_severity_" + w.severity),
            "headline": w.headline,
            "message": w.message,
            "advice": w.advice,
            # the rules beside the advice, each on its own line (review 33a, DN2)
            "advice_lines": w.advice.split("\n"),
            "cites": cite(w.facts) if "warnings" in shown else [],
        }
        for w in s.warnings
    ]

    view["warnings_pairs"] = pairs(view["warnings"])

    # -- the networks: kept ones in detail, the rest in one table
    cited = "networks" in shown
    calendar_ideas: dict[str, list[str]] = defaultdict(list)
    # a network's showcase ideas are real posts: a live's short notice (it names the date of a
    # live on the same network) comes after them (review 15, §4: Mâche Mâche's TikTok showed
    # « Annonce courte du direct du 17 janvier » first)
    lives = {
        (x.network, loc.date(x.date, "long"))
        for x in s.calendar
        if x.activity == "post" and x.format == "live"
    }
    notices: dict[str, list[str]] = defaultdict(list)
    for slot in s.calendar:
        if slot.activity == "post" and slot.network:
            notice = slot.format != "live" and any(
                n == slot.network and day in slot.idea for n, day in lives
            )
            (notices if notice else calendar_ideas)[slot.network].append(slot.idea)
    for nid, said in notices.items():
        calendar_ideas[nid] += said
    kept = []
    for n in active:
        reasons = [r for r in n.reasons if r.kind in ("for", "override")]
        notes = [r for r in n.reasons if r.kind in ("note", "against")]
        if reasons and reasons[0].code.startswith("cross_post"):
            # fed from the main network: why it is shared and what it costs say it all; its
            # audience and formats are the main network's, already argued above
            # (and its role for dated shows: one Event per date; review 23b, D3)
            keep = ("effort", "event_per_date")
            reasons, notes = reasons[:1], [r for r in notes if r.code.startswith(keep)]
        kept.append(
            {
                "id": n.id,
                "name": n.name,
                "role": n.role,
                "role_label": _role_label(n, t),
                "score": n.score,
                "hours": present.hours(n.hours_per_week, lang),
                "posts": present.rhythm(n.posts_per_week, lang, n.id),
                "formats": loc.join([_format_label(f, lang) for f in n.formats]),
                "why": [_reason(r, cite if cited else None) for r in reasons],
                "mind": [_reason(r, cite if cited else None) for r in notes],
                "ideas": list(dict.fromkeys(calendar_ideas.get(n.id, [])))[:1],
                "overridden": n.overridden,
            }
        )
    # a network not open to the person (a Google listing for an online shop) has no fit to
    # weigh: « — » in the table, after those that could have been chosen (review 30a, D6)
    others = sorted((n for n in s.networks if n.role not in ACTIVE), key=_closed)
    # in the order the table prints them, those set aside for the same reason together at the
    # first one's place: their sources are then numbered in reading order (association-
    # solidaire's Threads, cited 15, was read before Snapchat's 14)
    by_reason: dict[str, list[NetworkPlan]] = {}
    for n in others:
        by_reason.setdefault(_deciding(n).text, []).append(n)
    others = [n for group in by_reason.values() for n in group]
    view["networks"] = {
        "kept": kept,
        "others": [
            {
                "name": n.name,
                "role": n.role,
                "role_label": _role_label(n, t),
                "score": "—" if _closed(n) else n.score,
                "reason": _reason(_deciding(n), cite if cited else None),
            }
            for n in others
        ],
        "chart": _chart_rows(s, t),
    }
    view["networks"]["others_rows"] = _same_reason_together(
        view["networks"]["others"], t("doc_for_each") + colon(lang)
    )

    # -- the editorial line
    e = s.editorial
    view["editorial"] = {
        "tone": e.tone,
        "pillars": [
            {
                "name": p.name,
                "share": loc.percent(p.share),
                "share_value": p.share,
                "ideas": p.ideas[:IDEAS_PER_PILLAR],
                "note": p.note,
            }
            for p in e.pillars
        ],
        "rituals": [{"what": r.what, "frequency": r.frequency} for r in e.rituals],
        # the rhythm leads (« Chaque mois — Relever… »): a rhythm in a span after the text made
        # WeasyPrint break the line after the first word (« Citer » alone; review 3, D14)
        "rituals_pairs": pairs(
            [
                {
                    "what": r.what,
                    "frequency": r.frequency,
                    "when": r.frequency[:1].upper() + r.frequency[1:],
                }
                for r in e.rituals
            ]
        ),
        "post_ideas": [i for i in e.post_ideas if not any(i in p.ideas for p in e.pillars)][
            :POST_IDEAS
        ],
    }

    # -- the week
    # one row per network, one column per activity: the week at a glance; what each
    # cross-network task is stays written out below the table
    activities = [a for a in ROUTINE_COLUMNS if any(i.activity == a for i in s.routine)]
    per_network: dict[str | None, dict[str, float]] = {}
    for item in s.routine:
        if item.hours > 0:
            row = per_network.setdefault(item.network, defaultdict(float))
            row[item.activity] += item.hours
    view["routine"] = {
        "columns": [t("label_activity_" + a) for a in activities],
        "rows": [
            {
                "network": network_name(nid),
                "hours": [present.hours(hours.get(a, 0), lang) for a in activities],
                "total": present.hours(sum(hours.values()), lang),
            }
            for nid, hours in per_network.items()
        ],
        "totals": [
            present.hours(sum(i.hours for i in s.routine if i.activity == a), lang)
            for a in activities
        ],
        "total": present.hours(sum(i.hours for i in s.routine), lang),
        # the lines written out: the cross-network tasks, and the named lines kept inside a
        # network's week (a test, a translation), each said once
        "tasks": list(
            {
                (i.label or i.what): _task(i, own, t)
                for i in s.routine
                # a labelled line with no hours of its own still says where its time comes
                # from (the letter of each session, review 33c, N-d)
                if (i.network is None or i.label) and (i.hours > 0 or i.label)
            }.values()
        ),
    }

    # -- the first four weeks
    pillars: dict[str, str] = {p.key: p.name for p in e.pillars}
    # the listening session is the same every week: said once above the table, named in it
    listen_what = next((x.idea for x in s.calendar if x.activity == "listen"), "")
    weeks: list[dict[str, Any]] = []
    start = s.plan[0].start if s.plan else s.generated_on
    listen_when = list(
        dict.fromkeys(
            t("doc_every_weekday", day=day(x.date, "EEEE"), time=loc.clock(x.time))
            for x in s.calendar
            if x.activity == "listen"
        )
    )
    call = _repeated_quote([x.idea for x in s.calendar if x.activity != "listen"])
    for slot in s.calendar:
        if slot.activity == "listen":
            continue  # said once, above the table
        week = (slot.date - start).days // 7 + 1
        if not weeks or weeks[-1]["n"] != week:
            weeks.append({"n": week, "title": t("doc_week", n=week), "slots": []})
        weeks[-1]["slots"].append(
            {
                "day": day(slot.date, "EEE d MMM"),
                "time": loc.clock(slot.time),
                "network": network_name(slot.network),
                "own_network": network_name(slot.network),
                # its copies on other networks the same week (below)
                "also": [],
                "activity": slot.activity,
                "activity_label": t("label_slot_" + slot.activity),
                "pillar": pillars.get(slot.pillar or "", ""),
                "format": _format_label(slot.format, lang) if slot.format else "",
                "idea": slot.idea.replace(call, t("doc_call_ref")) if call else slot.idea,
                # a post tied to a dated event keeps its idea in a shortened week (doc33 #2)
                "event": slot.activity == "post" and slot.event,
                # the others print their first words there (review 26, #1)
                "brief": "",
            }
        )
    # a post copied to another network the same week says what the copy adds, not the post
    # again (Liège's week 1 printed its Facebook post three times, doc33 #1)
    # and a post shared on two networks at the same time is one row naming both (« Facebook +
    # Instagram »): Wellington's Instagram rows said « The same post as on Facebook, shared at
    # the same time » twelve times, its calendar over 2.5 pages (doc34 #2; the .ics and the
    # .csv keep one entry per network)
    # and a copy posted later is folded into its post's row (« + TikTok 19:00 »
    # under « Instagram »), said once above the table: Saltbush printed « Your Instagram post,
    # reposted with an opening line written for TikTok » 15 times, Northgate the same for
    # LinkedIn 17 times (review 26, #17); the .ics and the .csv keep one entry per network
    kinds = {key: _cross_posts(lang, loc, (key,)) for key in CROSS_POST_PHRASES}
    folded: dict[str, list[str]] = {}  # each kind of copy folded, and the networks it went to
    seen: list[tuple[str, dict[str, Any]]] = []  # each post as written, and its row
    for w in weeks:
        kept = []
        for x in w["slots"]:
            idea = x["idea"]
            kind, match = "", None
            if x["activity"] == "post":
                kind, match = next(
                    (
                        (key, m)
                        for key, patterns in kinds.items()
                        for p in patterns
                        if (m := p.fullmatch(_typed(idea)))
                    ),
                    ("", None),
                )
            origin = None
            if match:
                # the latest post written so on the network the copy names (never a copy put
                # before its post, on a third network: Saltbush's YouTube row of 27 December)
                origin = next(
                    (
                        r
                        for o, r in reversed(seen)
                        if _typed(o)[:60] == match.group("idea")[:60]
                        and r["own_network"] in match.group("rest")
                    ),
                    None,
                )
            if match and origin:
                same_day = origin["day"] == x["day"]
                if same_day and origin["time"] == x["time"] and kind == "cal_cross_post_together":
                    origin["network"] = f"{origin['network']} + {x['network']}"
                    origin["event"] = origin["event"] or x["event"]
                    continue  # one row for both
                origin["also"].append(
                    {
                        "network": x["network"],
                        "day": "" if same_day else x["day"],
                        "time": x["time"],
                        "what": idea[len(idea) - len(match.group("rest")) :],
                    }
                )
                origin["event"] = origin["event"] or x["event"]
                folded.setdefault(kind, [])
                if x["network"] not in folded[kind]:
                    folded[kind].append(x["network"])
                continue  # said in its post's row
            if x["activity"] == "post":
                seen.append((idea, x))
            kept.append(x)
        w["slots"] = kept
    also = [
        t(
            f"doc_also_{key.removeprefix('cal_')}",
            networks=loc.join([t("doc_also_mark", network=n) for n in folded[key]]),
        )
        for key in CROSS_POST_PHRASES
        if key in folded
    ]
    # a long month (loam's 75 rows ran over four pages, issue 13 #9): past the first two weeks,
    # a row gives the slot (day, time, network, pillar, format) and the exports give the idea
    # or a month of long ideas (Liège's 30 rows of 220 characters ran over two pages, issue 13 #9)
    rows = [x for w in weeks for x in w["slots"]]
    compact = (
        len(rows) > CALENDAR_FULL_ROWS or sum(len(x["idea"]) for x in rows) > CALENDAR_FULL_CHARS
    )
    # the weeks printed whole: two, or the first alone when two hold more ideas than about half
    # a page (Liège's first two weeks filled a page and a half)
    full = CALENDAR_FULL_WEEKS
    if sum(len(x["idea"]) for w in weeks[:full] for x in w["slots"]) > CALENDAR_WHOLE_CHARS:
        full = 1
    if whole_weeks is not None:  # the caller has measured the room (render/pdf.py)
        full = whole_weeks
        compact = any(w["n"] > full for w in weeks)
    angles = _angles(lang, loc)
    pins = _pin_patterns(lang, loc)
    for w in weeks:
        w["compact"] = compact and w["n"] > full
        for x in w["slots"]:
            if not brief or not w["compact"] or not x["pillar"] or x["event"]:
                x["brief"] = ""
            elif not x["brief"]:
                x["brief"] = _brief(x["idea"], angles, pins=pins)
    # the time column is set for « 18 h 30 »; a 12-hour clock (« 12:30 PM ») needs a wider one,
    # taken from the idea column, or the time splits into « 12:30 P » / « M » (review 9a, #4)
    longest = max((len(x["time"]) for w in weeks for x in w["slots"]), default=0)
    time_width = 7 if longest <= 7 else 10
    view["calendar"] = {
        "weeks": weeks,
        "widths": [12, time_width, 14, 67 - (time_width - 7)],
        "listen": listen_what,
        "listen_when": loc.join(listen_when),
        "call": call,
        "compact": _compact_note(full, brief, lang) if compact else "",
        "also": " ".join(also),
        "whole_weeks": full if compact else ALL_WEEKS,
        "zone": s.calendar_zone,
    }

    # -- the plan
    view["plan"] = [
        {
            "name": ph.name,
            "dates": f"{day(ph.start, 'd MMM y')} → {day(ph.end, 'd MMM y')}",
            "goals": list(ph.goals),
            "milestones": [{"date": day(m.date, "d MMM y"), "what": m.what} for m in ph.milestones],
        }
        for ph in s.plan
    ]

    # -- the KPI scorecard: who measures on each row, never once above it for all (review 26,
    # #14: « the person in charge of the networks (for every KPI below) » above a row measured
    # by the admissions team)
    view["kpis"] = [
        {
            "name": label(k.name),
            # « Newsletter subscribers (subscribers) », « Abonnés (abonnés) »: a unit the name
            # already says is not repeated beside it (review 19, D9)
            "unit": "" if k.unit and k.unit.casefold() in k.name.casefold() else k.unit,
            "measure": k.measure,
            # an unknown baseline is a dash in its narrow figure column, with when it is
            # measured written small beneath, wrapping: the phrase printed over the targets
            # (review 3, D4)
            "baseline": kpi_figure(k, k.baseline, lang, loc) if k.baseline is not None else "—",
            "baseline_note": ""
            if k.baseline is not None
            else k.first_measure or word("doc_to_measure", lang),
            "targets": [
                {
                    "date": day(x.date, "d MMM y"),
                    "value": x.label or kpi_figure(k, x.value, lang, loc),
                }
                for x in k.targets
            ],
            "owner": k.owner,
            "source": k.source,
            "rhythm": k.rhythm,
            "lower_is_better": k.lower_is_better,
            "target_note": k.target_note,
        }
        for k in s.kpis
    ]

    # -- who does what
    g = s.governance
    view["governance"] = {
        "rows": [
            {"label": t("doc_publishes"), "value": g.publishes},
            {"label": t("doc_approves"), "value": g.approves},
            {"label": t("doc_answers"), "value": g.answers},
            {
                "label": t("doc_response_time"),
                "value": t("doc_within", hours=present.hours(g.response_time_hours, lang)),
            },
        ],
        "escalation": list(g.escalation),
        "moderation": list(g.moderation),
    }
    order = {c: i for i, c in enumerate(TOOL_ORDER)}
    view["tools"] = [
        {"category": t("label_tool_" + x.category), "why": x.why, "how": x.how}
        for x in sorted(s.tools, key=lambda x: order.get(x.category, 99))
    ]
    view["relays"] = [{"name": r.name, "how": r.how, "proposed": r.proposed} for r in s.relays]
    b = s.budget
    view["budget"] = {
        "hours_week": present.hours(b.hours_per_week, lang),
        "hours_year": loc.number(b.hours_per_year, 0),
        "money_year": loc.money(b.money_per_year_eur),
        # the headline: each figure with what it counts (review 3, D14)
        "head": [
            {"figure": present.hours(b.hours_per_week, lang), "label": t("doc_budget_head_week")},
            {"figure": loc.number(b.hours_per_year, 0), "label": t("doc_budget_head_year")}
            if b.hours_over_plan is None
            else {
                "figure": loc.number(b.hours_over_plan, 0),
                "label": t("doc_budget_head_plan", months=b.horizon_months),
            },
            {
                "figure": loc.money(b.money_per_year_eur),
                # the month's figure too: a note saying « ces 40 € » has it to refer to (33a, CN5)
                "label": t("doc_budget_head_money", month=loc.money(b.money_per_year_eur / 12)),
            }
            if b.money_per_year_eur and b.money_over_plan_eur is None
            else {
                "figure": loc.money(b.money_over_plan_eur or 0),
                "label": t("doc_budget_head_money_plan", months=b.horizon_months),
            }
            if b.money_per_year_eur
            else {"figure": "", "label": t("doc_budget_head_no_money")},
        ],
        "notes": list(b.notes),
        "split": [
            {
                "category": t("label_spend_" + x.category),
                "share": loc.percent(x.share),
                # over the plan's months when it is shorter than a year, like the headline
                "amount": loc.money(amount),
                "why": x.why,
            }
            for x, amount in zip(b.split, _split_over_plan(b), strict=True)
        ],
        "cites": cite(
            sorted(
                {src.id for src in s.sources}
                - {f for n in s.networks for r in n.reasons for f in r.facts}
                - {f for w in s.warnings for f in w.facts}
            )
        )
        if "budget" in shown
        else [],
    }

    # -- where you stand, who you watch
    # accounts with the same checklist share one table: a row per check, a box per account
    groups: list[dict[str, Any]] = []
    for a in s.audit.accounts:
        same = next((g for g in groups if g["checks"] == list(a.checks)), None)
        if same is None:
            same = {"checks": list(a.checks), "accounts": []}
            groups.append(same)
        same["accounts"].append(names.get(a.network, a.network))
    view["audit"] = {
        "groups": groups,
        "accounts": [
            {"network": names.get(a.network, a.network), "checks": list(a.checks)}
            for a in s.audit.accounts
        ],
        "competitors": list(s.audit.competitors),
        "checks": list(s.audit.checks),
        # the same, as words in a sentence (nobody named: what to note, in one line)
        "checks_inline": loc.join([c[0].lower() + c[1:] for c in s.audit.checks]),
    }

    # -- the appendix
    view["thread"] = [  # the questions in the country's spelling, the answers as given
        {
            "title": loc.respell(st.title),
            "rows": [{"label": loc.respell(r.label), "value": r.value} for r in st.rows],
        }
        for st in s.recap
    ]
    view["assumptions"] = [
        {"question": a.question, "assumed": a.assumed, "why": a.why} for a in s.assumptions
    ]
    view["thread_pairs"] = pairs(view["thread"])
    view["not_applicable"] = list(s.not_applicable)
    view["sources"] = cite.entries
    view["sources_pairs"] = pairs(cite.entries)
    view["has"] = {
        "warnings": bool(s.warnings),
        "relays": bool(s.relays),
        "calendar": bool(s.calendar),
        "audit": bool(s.audit.accounts or s.audit.competitors),
        "thread": bool(s.recap),
        "assumptions": bool(s.assumptions or s.not_applicable),
        "sources": bool(cite.entries),
    }
    view["sections"] = [x for x in shown if view["has"].get(x, True)]
    view["appendix_first"] = next((x for x in view["sections"] if x in APPENDIX), "")
    view["toc"] = [{"anchor": x, "label": t(f"doc_{x}")} for x in view["sections"]]
    if loc.spelling:  # US English spelling, but the person's answers and titles as written
        view = {k: v if k in AS_WRITTEN else _respell(v, loc.respell) for k, v in view.items()}
    return view


# what the view shows as it was written: the person's answers and notes, their organisation's
# name, the sources' titles
AS_WRITTEN = frozenset(
    {"org_name", "notes", "thread", "thread_pairs", "sources", "sources_pairs", "lang"}
)


def _respell(value: Any, respell: Any) -> Any:
    """Every text of a view's part in the country's spelling."""
    if isinstance(value, str):
        return respell(value)
    if isinstance(value, dict):
        return {k: _respell(v, respell) for k, v in value.items()}
    if isinstance(value, list):
        return [_respell(v, respell) for v in value]
    return value


def pairs(items: list[Any]) -> list[list[Any]]:
    """Items two by two, for a two-column table read across: rows never split over a page and
    nothing is lost, where CSS columns cost WeasyPrint three times the whole layout and floats
    that straddle a page are dropped (bench/bench_pdf.py; tests/test_document.py)."""
    return [items[i : i + 2] for i in range(0, len(items), 2)]


def _language_name(code: str, lang: str) -> str:
    """A language's name in the document's language (« français », "French")."""
    from babel import Locale as BabelLocale

    found = BabelLocale.parse(locale_for(code).babel).get_language_name(locale_for(lang).babel)
    return str(found or code)


def _quoted(note: str, answers: str | None, lang: str) -> str:
    """A consultant's note as written, in quotation marks when its language is not the
    document's."""
    if not answers or answers == lang:
        return note
    return locale_for(lang).quote(note)


def _notes_label(answers: str | None, lang: str) -> str:
    """The consultant's note's label, with the note's language when it is not the document's:
    « Note du consultant (en anglais) », "Consultant's note (in French)"."""
    if not answers or answers == lang:
        return word("doc_notes", lang)
    return word("doc_notes_in", lang, answers=_language_name(answers, lang))


def _quoted_note(answers: str | None, lang: str) -> str:
    """For answers in another language than the document: their words are quoted as written,
    and the cover says in which language, and what to do before a client reads it."""
    if not answers or answers == lang:
        return ""
    from babel import Locale as BabelLocale

    doc = locale_for(lang).babel

    def name(code: str) -> str:
        found = BabelLocale.parse(locale_for(code).babel).get_language_name(doc)
        return str(found or code)

    return word("doc_quoted_note", lang, answers=name(answers), doc=name(lang))


def _names(strategy: Strategy, lang: str) -> dict[str, re.Pattern[str]]:
    """How running text may name each network: its name ("Instagram"), or the words a sentence
    uses for it ("votre fiche Google", "your newsletter"), as whole words."""
    from strategy_wizard.model.catalogue import load_catalogue

    catalogue = load_catalogue()
    known = set(catalogue.network_ids)
    out: dict[str, re.Pattern[str]] = {}
    for n in strategy.networks:
        ways = [re.escape(n.name)]
        if n.id in known and catalogue.network(n.id).in_text:
            in_text = catalogue.network(n.id).in_text
            assert in_text is not None
            ways.append("(?i:" + re.escape(in_text(lang)) + ")")
        out[n.id] = re.compile(r"(?<!\w)(?:" + "|".join(ways) + r")(?!\w)")
    return out


def _place_reasons(strategy: Strategy, lang: str) -> dict[str, Any]:
    """The verdict's reasons shared out over the one-page summary's blocks: `networks` (those
    naming a network: the means), `hours` (the one saying the week's hours suffice: the means
    too), `obstacles` (what stands in the way, or that nothing does); `named` holds the main
    network when a lead sentence already argues for it."""
    names = _names(strategy, lang)
    primary = next((n.id for n in strategy.networks if n.role == "primary"), None)
    week = _squash(present.hours(strategy.budget.hours_per_week, lang))
    out: dict[str, Any] = {"networks": [], "hours": [], "obstacles": [], "named": []}
    for text in strategy.verdict_reasons:
        named = [nid for nid, pattern in names.items() if pattern.search(text)]
        if named:
            out["networks"].append(text)
            if primary in named and primary not in out["named"]:
                out["named"].append(primary)
        elif strategy.budget.hours_per_week and _squash(text).startswith(week + " "):
            out["hours"].append(text)
        elif strategy.verdict == "not_needed":
            out["networks"].append(text)  # own channels rather than social media: the means
        else:
            out["obstacles"].append(text)
    return out


def _card_reason(n: NetworkPlan, named: list[str]) -> str:
    """A kept network's line: its first reason, unless the lead sentence above it already
    argues for it with the same fit (the page said « 68/100 » twice, side by side); a long one
    by its gist, the networks section giving it whole (review 26, #17: Fournil's paragraph on
    its 16 Google listings printed word for word on pages 2 and 4)."""
    text = _first(n.reasons, "for")
    return "" if n.id in named and f"{n.score}/100" in text else _gist(text)


CARD_REASON_CHARS = 200  # a summary line's reason past this: its first sentence, or clause
CARD_CLAUSE_MIN = 50  # the shortest first clause a summary line stops at
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«])")
_CLAUSE_STOP = re.compile(r"[\s\u00a0\u202f]*[:;]\s")


def _gist(text: str) -> str:
    """A long reason's first sentence; still long, its first clause (up to a colon or a
    semicolon), closed by a full stop."""
    if len(text) <= CARD_REASON_CHARS:
        return text
    head = _SENTENCE_END.split(text, 1)[0]
    # a clause that says something (« Retenue en appui (64/100). » alone said nothing)
    stop = _CLAUSE_STOP.search(head, CARD_CLAUSE_MIN)
    if len(head) > CARD_REASON_CHARS * 3 // 4 and stop:
        head = head[: stop.start()].rstrip(" ,") + "."
    return head


def _squash(text: str) -> str:
    """Text with every kind of space as one plain space, to compare wordings."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def _first(reasons: list[Reason], kind: str) -> str:
    return next((r.text for r in reasons if r.kind == kind), reasons[0].text if reasons else "")


def _deciding(n: NetworkPlan) -> Reason:
    """The reason a refused network's row shows: for an account the person runs, what to do
    with it (networks.py says it first: review 5, D11; the strategy keeps the others), else the
    first against it, else the first."""
    if n.reasons and n.reasons[0].code in ("current_keep", "current_drop"):
        return n.reasons[0]
    return next((r for r in n.reasons if r.kind == "against"), n.reasons[0])


def _same_reason_together(others: list[dict[str, Any]], lead: str) -> list[dict[str, Any]]:
    """The refused networks as table rows, one row for those set aside for the same reason (in
    Liège's table, seven rows said « il diffuse par centres d'intérêt… », issue 13 #9). A
    shared row keeps each network's own line (`members`: name, role, fit) and says its reason
    once, led by `lead` (« Pour chacun : il sert peu… »): the reason is each one's, not the
    group's (doc34 #3: Rfc's Pinterest read as a network without a role or a reason)."""
    rows: dict[str, dict[str, Any]] = {}
    for n in others:
        # whatever their sources: the row cites each network's (Liège's five networks « par
        # centres d'intérêt » kept five rows for their five audience sources, and its Letter
        # document ran onto a ninth page before the appendix, doc33 #1); whatever their role,
        # each member's own is printed on its line
        key = n["reason"]["text"]
        if key not in rows:
            rows[key] = {
                **n,
                "names": [],
                "scores": [],
                "members": [],
                "reason": {**n["reason"], "cites": []},
            }
        rows[key]["names"].append(n["name"])
        rows[key]["scores"].append(n["score"])
        rows[key]["members"].append({k: n[k] for k in ("name", "role", "role_label", "score")})
        cites = rows[key]["reason"]["cites"]
        cites += [c for c in n["reason"]["cites"] if c not in cites]
    for row in rows.values():
        row["reason"]["cites"].sort()
        text = row["reason"]["text"]
        if len(row["members"]) > 1 and lead:
            row["reason"]["text"] = lead + text[:1].lower() + text[1:]
    return list(rows.values())


def _reason(r: Reason, cite: Citations | None) -> dict[str, Any]:
    return {"text": r.text, "kind": r.kind, "cites": cite(r.facts) if cite else []}


# a calendar of more rows than this prints the ideas of its first weeks only (issue 13 #9)
CALENDAR_FULL_ROWS, CALENDAR_FULL_WEEKS = 40, 2
CALENDAR_FULL_CHARS = 5000  # the ideas' length past which a month is compact, about 1.5 pages
CALENDAR_WHOLE_CHARS = 3500  # at most this length of ideas in the weeks printed whole, if 2
ALL_WEEKS = 99  # whole_weeks for a calendar printed with every idea
# a quotation (« … » or “…”) of at least this many characters, found in this many of the
# calendar's ideas, is the call to action: said once above the table, named in the rows
# (loam's « Join the Drop 03 waitlist now » filled a quarter of its four pages, issue 13 #9)
CALL_MIN_CHARS, CALL_MIN_ROWS = 20, 3
QUOTE = re.compile(r"«\u00a0?[^«»]+?\u00a0?»|“[^“”]+”")


LAST = re.compile(r"\s*(\([^()]*\))?\s*\.?\s*$")  # what may follow the call: where the link is


_FIELD = re.compile(r"\{[a-z_]+\}")


# the phrases a copy of a post on another network is worded with, « {idea} » and what it adds
CROSS_POST_PHRASES = (
    "cal_cross_post",
    "cal_cross_post_together",
    "cal_cross_post_tag",
    "cal_cross_post_native",
)


def _cross_posts(
    lang: str, loc: Locale, keys: tuple[str, ...] = CROSS_POST_PHRASES
) -> list[re.Pattern[str]]:
    """Patterns splitting a copied post into the post (`idea`) and what the copy adds (`rest`)."""
    from strategy_wizard.model.catalogue import load_catalogue

    catalogue = load_catalogue()
    found = []
    for key in keys:
        text = getattr(catalogue.phrase(key), lang, None)
        if not isinstance(text, str) or not text.startswith("{idea} "):
            continue
        parts = _FIELD.split(_typed(loc.respell(text))[len("{idea} ") :])
        rest = ".+?".join(re.escape(p) for p in parts)
        found.append(re.compile(f"(?P<idea>.+) (?P<rest>{rest})"))
    return found


def _compact_note(full: int, brief: bool, lang: str) -> str:
    """What a shortened calendar says of its later weeks (never « after week 0 »)."""
    key = "doc_calendar_brief" if brief else "doc_calendar_compact"
    return word(key + ("_all" if full < 1 else ""), lang, n=full)


# a shortened week's idea: its first clause, at most this long, so that its row keeps to about
# one line (review 26, #1: Cire's weeks 2-4 printed 28 of 37 posts with no idea, and she works
# from the printed page)
BRIEF_CHARS = 76
_CLAUSE_END = re.compile(r"\s+:\s|[?!](?=\s|$)|\.(?=\s|$)|\s;\s|;\s")


# the phrases a shop's pin is worded with, leading with its search and board: its short row
# leads with what the pin shows instead (review 30 #1: « Épingle « cadeau fait main », tableau
# « Idées cadeaux » » row after row)
PIN_PHRASES = (
    "cal_pinterest_pin_on",
    "cal_pinterest_pin_answer",
    "cal_pinterest_pin_howto",
    "cal_pinterest_pin_fresh",
    "cal_pinterest_pin_answer_fresh",
    "cal_pinterest_pin_on_own",
    "cal_pinterest_pin_answer_own",
    "cal_pinterest_pin_howto_own",
    "cal_pinterest_pin_fresh_own",
)
# a clause's joining words, where a long clause without a comma may end whole
_JOINS = re.compile(r" (?:et|ou|and|or) ")
# where a subject may end whole to leave room for its pin's search: a comma, a joining word,
# a preposition opening what follows (« …avec des objets anciens | sans acheter neuf »)
_CUTS = re.compile(r", | (?:et|ou|sans|avec|pour|à|en|and|or|without|with|for|at|in) ")
# a pin phrase's own words before what it shows, kept in its short row when this short
NOTE_CHARS = 20


PinPattern = tuple[int, re.Pattern[str], str, str]


def _pin_patterns(lang: str, loc: Locale) -> list[PinPattern]:
    """Patterns reading a pin's row as the data types it: its search (`subject`) and what it
    shows (`shown`), with the words that follow what it shows in the phrase and the phrase's
    own few words before it (« pas à pas », « nouvelle image »); the longest lead first, so
    that a new image's row is never read as a first pin's."""
    from strategy_wizard.model.catalogue import load_catalogue

    catalogue = load_catalogue()
    found = []
    for key in PIN_PHRASES:
        if key not in catalogue.phrases:
            continue
        text = getattr(catalogue.phrase(key), lang, None)
        if not isinstance(text, str):
            continue
        typed = _typed(loc.respell(text))
        at = min((typed.find(f) for f in ("{idea}", "{problem}") if f in typed), default=-1)
        if at < 0:
            continue
        parts = _FIELD.split(typed[:at])
        names = [m.group()[1:-1] for m in _FIELD.finditer(typed[:at])]
        head = re.escape(parts[0]) + "".join(
            f"(?P<{n}>.+?)" + re.escape(rest) for n, rest in zip(names, parts[1:], strict=True)
        )
        after = _FIELD.split(typed[typed.index("}", at) + 1 :])[0][:8]
        note = parts[-1].strip(" ,:;.")
        note = note if names and 0 < len(note) <= NOTE_CHARS else ""
        found.append((len(parts[-1]), re.compile(f"^{head}(?P<shown>.+)$"), after, note))
    return sorted(found, key=lambda f: -f[0])


def _pin_lead(idea: str, pins: list[PinPattern]) -> tuple[str, list[str]]:
    """A pin's row led by what the pin shows, its search after it in brackets (« Réutiliser le
    verre une fois la bougie terminée (« bougie vintage ») »); the row as written when it is
    no pin's."""
    typed = _typed(idea)
    read: list[tuple[int, int, str, list[str]]] = []
    for lead, pattern, after, note in pins:
        m = pattern.match(typed)
        # another pin's phrase with the same lead (a new image's, a question's) reads on
        if m is None or (after and after not in m.group("shown")):
            continue
        shown = m.group("shown")
        shown = shown[: shown.index(after)] if after else shown
        shown = shown.strip(" .").strip('«»“”"').strip(" .")
        search = m.groupdict().get("subject") or ""
        said = [", ".join(w for w in (search, note) if w), search, note]
        marks = [w for w in dict.fromkeys(said) if w]
        read.append((-lead, len(shown), shown[:1].upper() + shown[1:], marks))
    # the longest lead, then the phrase that ends what the pin shows soonest
    return min(read)[2:] if read else (idea, [])


def _brief(
    idea: str,
    angles: list[tuple[str, str]],
    limit: int = BRIEF_CHARS,
    pins: list[PinPattern] | None = None,
) -> str:
    """An idea's first words: up to its first colon, question mark or full stop; past `limit`
    characters, up to its last comma when that keeps half of it, else its last « et » or « ou »,
    else cut at a word with « … ». A new take on a subject (« Coulage…, cette fois par l'erreur
    à éviter : … ») gives its subject and the angle in a few words, in brackets; a shop's pin
    leads with what it shows, its search in brackets when there is room."""
    marks: list[str] = []
    if pins:
        idea, marks = _pin_lead(idea, pins)
    text = re.sub(r"[ \t\r\n]+", " ", idea).strip()  # its no-break spaces kept
    tag = ""
    typed = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").lower()
    for angle, short in angles:
        at = typed.find(angle.lower())
        if at == 0 or (at > 0 and typed[at - 2 : at] == ", "):
            rest = text[at + len(angle) :].lstrip(" \u00a0:")
            text = text[: at - 2] if at else rest[:1].upper() + rest[1:]
            tag = f" ({short})"
            break
    end = _CLAUSE_END.search(text)
    head = text[: end.start() + (1 if end.group() in "?!" else 0)] if end else text
    room = limit - len(tag)
    # the last comma outside any aside: a cut inside one would leave its bracket open
    # (« …les cinq points à vérifier (la taille, le délai »)
    clause, depth = -1, 0
    for i, ch in enumerate(head[: room + 1]):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and head.startswith(", ", i):
            clause = i
    if len(head) > room and clause >= room // 2:
        # a whole clause rather than a cut phrase (review 27 residue: « …à moins de 40 €, qui
        # arrive à… » for « …à moins de 40 € »)
        head = head[:clause]
    joins = [
        m.start()
        for m in _JOINS.finditer(head[: room + 1])
        if "(" not in head[: m.start()] and m.start() >= room // 2
    ]
    if len(head) > room and joins:
        # no comma: the clause up to its last « et » (« Savoir combien de temps brûle une
        # bougie », never « …et si la cire et les parfums sont… »)
        head = head[: joins[0]]
    for search in marks:
        # the search and a new image's mark in brackets (else the one that fits), the subject
        # cut at a clause to make room: two pins of one subject never read alike
        left = limit - len(tag) - len(search) - 3
        cuts = [m.start() for m in _CUTS.finditer(head[: left + 9]) if m.start() <= left]
        if len(head) > left and cuts and cuts[-1] >= left // 3:
            head = head[: cuts[-1]]
        if len(head) <= left:
            tag = f" ({search}){tag}"
            break
    if len(head) > room:
        cut = head[: room - 1].rsplit(" ", 1)[0]
        if cut.count("(") > cut.count(")"):  # never an aside left open
            cut = cut[: cut.rfind("(")]
        head = cut.rstrip(" ,;:\u00a0") + "…"
    return head + tag


def _angles(lang: str, loc: Locale) -> list[tuple[str, str]]:
    """The angles a new take on a subject is written with (phrases idea_again_angle_N), as the
    data types them, and each one's few words (doc_angle_N)."""
    from strategy_wizard.model.catalogue import load_catalogue

    catalogue = load_catalogue()
    found = []
    for n in range(1, 10):
        if f"idea_again_angle_{n}" not in catalogue.phrases:
            break
        text = getattr(catalogue.phrase(f"idea_again_angle_{n}"), lang, None)
        if isinstance(text, str):
            found.append((_typed(loc.respell(text)), word(f"doc_angle_{n}", lang)))
    return found


def _typed(text: str) -> str:
    """Text as the data types it: plain spaces, straight apostrophes (the documents print
    typographic ones)."""
    return _squash(text).replace("\u2019", "'")


def _repeated_quote(ideas: list[str]) -> str:
    """The quotation ending at least CALL_MIN_ROWS ideas: the call to action they close on."""
    counts = Counter(
        m.group() for i in ideas for m in QUOTE.finditer(i) if LAST.fullmatch(i[m.end() :])
    )
    found = [q for q, n in counts.most_common() if n >= CALL_MIN_ROWS and len(q) >= CALL_MIN_CHARS]
    return found[0] if found else ""


def _format_label(code: str, lang: str) -> str:
    from strategy_wizard.model.bank import load_bank

    label = load_bank().question("formats").choice_label(code, lang)
    return label[:1].lower() + label[1:] if label[:2] != label[:2].upper() else label


def label(text: str) -> str:
    """A name heading a row, with its capital: the person types a metric as it comes in a
    sentence (« couverts vendus par midi »), a scorecard row starts with « Couverts »."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def kpi_figure(k: Any, value: float | None, lang: str, loc: Locale) -> str:
    """A KPI's figure: an amount in the strategy's currency when the KPI counts money."""
    return loc.money(value) if k.money and value is not None else present.figure(value, lang)


def _symbol(k: Any, lang: str) -> str:
    """The unit a summary figure keeps when it is a symbol, hours or a share (review 14, #5:
    « 120 → 48 » for a callback time in hours)."""
    unit = str(k.unit or "").strip()
    if unit in ("heures", "hours"):
        return "\u00a0h"
    if unit.startswith("%"):
        return "\u202f%" if lang == "fr" else "%"
    return ""


def _said_target(figure: str, said: str) -> str:
    """A target's figure and its label, the figure once when the label starts with it (review
    24, #4: « 75%, 75% of capacity (one week out) »)."""
    if "".join(said.split()).startswith("".join(figure.split())):
        return said
    return ", ".join(filter(None, (figure, said)))


def _kpi_line(k: Any, lang: str, day: Any, loc: Locale) -> dict[str, str]:
    last = k.targets[-1] if k.targets else None
    unit = "" if k.money else _symbol(k, lang)
    return {
        "name": label(k.name),
        "baseline": kpi_figure(k, k.baseline, lang, loc) + unit
        if k.baseline is not None
        else k.first_measure or word("doc_to_measure", lang),
        # the summary says a target comes later; its rule is in the scorecard
        # a seasonal target: the objective's figure, with the month it is read against
        "target": _said_target(kpi_figure(k, last.value, lang, loc) + unit, last.label)
        if last
        else k.summary or word("doc_target_later", lang),
        "date": day(last.date, "d MMM y") if last else "",
    }


def _budget_line(s: Strategy, lang: str, t: Any) -> str:
    """The budget in one line: the hours, and the money with its split when there is money."""
    loc = money_locale(s)
    b = s.budget
    week, year = present.hours(b.hours_per_week, lang), loc.number(b.hours_per_year, 0)
    if b.hours_over_plan is not None:
        # a plan shorter than a year: its own months' cost, in a short line (review 9a, #3)
        hours = present.hours(b.hours_over_plan, lang)
        if not b.money_per_year_eur:
            return str(t("doc_budget_line_plan", week=week, hours=hours, months=b.horizon_months))
        money = loc.money(b.money_over_plan_eur or 0)
        return str(
            t(
                "doc_budget_line_plan_money",
                week=week,
                hours=hours,
                money=money,
                months=b.horizon_months,
            )
        )
    if not b.money_per_year_eur:
        return str(t("doc_budget_line", week=week, year=year))
    split = loc.join(
        [
            f"{t('label_spend_' + x.category).lower()} {loc.money(x.eur_per_year)}"
            for x in b.split
            if x.eur_per_year
        ]
    )
    money = loc.money(b.money_per_year_eur)
    return str(t("doc_budget_line_money", week=week, year=year, money=money, split=split))


def _split_over_plan(b: Any) -> list[float]:
    """The budget lines' amounts, over the plan's months when it is shorter than a year: the
    plan's total shared the same way, still round and adding up to it (review 21a, R7)."""
    if b.money_over_plan_eur is None:
        return [x.eur_per_year for x in b.split]
    from strategy_wizard.engine.money import split_amounts
    from strategy_wizard.model.catalogue import load_catalogue

    return split_amounts(b.money_over_plan_eur, [x.eur_per_year for x in b.split], load_catalogue())


# the roles a document narrows that keep their own colour in the fit chart
NARROWED = ("replays", "per_session", "closed_group")


def _role_label(n: Any, t: Any) -> str:
    """A network's role as the document names it: a messaging account kept to answer what comes
    in is an inbox, not a network watched (review 9a, #9: « Watch » for « your inbox »)."""
    return str(t("label_role_" + _shown_role(n)))


def _shown_role(n: Any) -> str:
    """The role a document shows: the strategy's, or a narrower one its reason gives (a
    messaging account kept to answer is an inbox; a channel that only hosts the webinar
    replays is « Replays only », never « Set aside » beside its set-up task, review 30a D5)."""
    codes = [r.code for r in n.reasons]
    if n.role == "listen" and codes[:1] == ["inbox"]:
        return "inbox"
    if n.role not in ACTIVE and "replay_home" in codes:
        return "replays"
    # a channel the plan uses without a weekly rhythm says its use, never « En veille » or
    # « Set aside »: one letter a session, a closed group it runs (review 33c, N-d, H-e)
    if n.role not in ACTIVE and codes[:1] == ["session_letter"]:
        return "per_session"
    if n.role not in ACTIVE and ("group_relay" in codes or "coordination_group" in codes):
        return "closed_group"
    return str(n.role)


_FIRST_COLON = re.compile(r"(?P<head>[^:]+?)\s*:\s+(?P<rest>.+)", re.S)


def _column(activity: str) -> int:
    """An activity's place in the week's table (ROUTINE_COLUMNS), those it lacks after."""
    return ROUTINE_COLUMNS.index(activity) if activity in ROUTINE_COLUMNS else len(ROUTINE_COLUMNS)


def _founder_label(lang: str, loc: Locale) -> str:
    """The label the engine gives the founder's own share of the week (phrase
    routine_label_founder), as the strategy spells it: her lines are a share of the activities,
    never a job of their own (review 30a, D4)."""
    from strategy_wizard.model.catalogue import load_catalogue

    text = getattr(load_catalogue().phrase("routine_label_founder"), lang, None)
    return loc.respell(text) if isinstance(text, str) else ""


def _task(item: RoutineItem, own: str, t: Any) -> dict[str, str]:
    """A line written out under the week's table. The founder's share is led by her label and
    her hours (« You, in your own name, about 2 h 45 min: your own posts… »), never by the
    activity « Create » it was counted in (review 30a, D4)."""
    lead = _FIRST_COLON.match(item.what) if own and item.label == own else None
    if lead is not None and lead["head"].startswith(own):
        return {"activity": lead["head"], "what": lead["rest"]}
    return {"activity": t("label_activity_" + item.activity), "what": item.what}


def _closed(n: NetworkPlan) -> bool:
    """A network the person cannot use at all (a Google listing for a business with no place
    to visit): its fit is no choice, so no figure and no bar shows one (review 30a, D6, C9)."""
    return any(r.code == "not_eligible" for r in n.reasons)


def _chart_rows(s: Strategy, t: Any) -> list[dict[str, Any]]:
    """The fit chart's bars: the kept networks and the closest refused, not all fourteen."""
    kept = [n for n in s.networks if n.role in ACTIVE]
    refused = sorted(
        (n for n in s.networks if n.role not in ACTIVE and not _closed(n)), key=lambda n: -n.score
    )
    # longest bar first, whatever the role (the colour says it): Rfc's chart put its refused
    # Instagram (61) under its kept Facebook (58), an order its figures contradict (doc34 #4)
    rank = {role: i for i, role in enumerate(("primary", "secondary", "listen", "avoid"))}
    rows = sorted(kept + refused[:REFUSED_IN_CHART], key=lambda n: (-n.score, rank.get(n.role, 9)))
    return [
        {
            "name": n.name,
            "score": n.score,
            # its own colour and legend entry: « Replays only » is no « Set aside » (review 30a)
            "role": _shown_role(n) if _shown_role(n) in NARROWED else n.role,
            "role_label": _role_label(n, t),
        }
        for n in rows
    ]
