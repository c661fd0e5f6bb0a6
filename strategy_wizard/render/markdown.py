"""Markdown: the same document as the PDF, section for section, as plain text for a wiki, an
e-mail or a diff.

It lays out render/view.py's view, as the HTML templates do, so the two never disagree on what
a section holds. Written without a template engine so that it stays as cheap as the JSON. User
text is escaped where Markdown would read it as markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from strategy_wizard.base.locale import colon, semicolon
from strategy_wizard.render.view import ALL_WEEKS, build_view
from strategy_wizard.render.words import word

if TYPE_CHECKING:
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def esc(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def cites(numbers: list[int]) -> str:
    return f" [{', '.join(str(n) for n in numbers)}]" if numbers else ""


def render(strategy: Strategy, options: RenderOptions) -> bytes:
    hidden = set(getattr(options.brand, "hide_sections", []) or [])
    # no page to fill: every idea of the calendar (review 24, #2; the PDF gives those its page
    # limits leave room for)
    v = build_view(strategy, hidden, ALL_WEEKS)
    lang = v["lang"]
    c = colon(lang)
    sc = semicolon(lang)

    def t(key: str, **fields: object) -> str:
        return word(key, lang, **fields)

    out: list[str] = [f"# {esc(v['title'])} — {esc(v['org_name'])}", ""]
    out += [
        f"**{t('doc_prepared_for')}**{c}{esc(v['org_name'])}  ",
        f"**{t('doc_date')}**{c}{v['date']}  ",
        f"**{t('doc_verdict')}**{c}{v['verdict_label']}",
        "",
    ]
    if v["quoted_note"]:
        out += [f"*{v['quoted_note']}*", ""]

    def note(section: str) -> None:
        if section in v["notes"]:
            out.extend([f"> **{v['notes_label']}** — {esc(v['notes'][section])}", ""])

    def table(
        head: list[str], rows: list[list[str]], right: frozenset[int] | set[int] = frozenset()
    ) -> None:
        out.append("| " + " | ".join(head) + " |")
        out.append("|" + "|".join("---:" if i in right else "---" for i in range(len(head))) + "|")
        out.extend("| " + " | ".join(row) + " |" for row in rows)
        out.append("")

    sections: dict[str, Callable[[], None]] = {}

    def summary() -> None:
        s = v["summary"]
        out.extend(
            [
                f"## {t('doc_summary')}",
                "",
                f"**{v['verdict_label']}.** {esc(v['verdict_text'])}",
                "",
            ]
        )
        # objective first, tools after: as the PDF's page (render/view.py shares the reasons out)
        out.extend([f"### {t('doc_objective')}", "", esc(s["objective"]), ""])
        if s.get("objective_note"):  # how the plan reads it, apart (review 33a, WN4)
            out.extend([f"> {esc(s['objective_note'])}", ""])
        note("objective")
        if s["obstacles"] or s["fixes"]:
            out.extend([f"### {t('doc_to_fix')}", ""])
            out.extend(x for r in s["obstacles"] for x in (esc(r), ""))
            if s["fixes"]:
                out.extend([f"- {esc(f)}" for f in s["fixes"]] + [""])
            if s["more_fixes"]:
                # a leading « + » would open a list of its own
                out.extend([re.sub(r"^\+", r"\\+", esc(s["more_fixes"])), ""])
        out.extend([f"### {t('doc_kept')}", ""])
        out.extend(x for r in s["networks_lead"] for x in (esc(r), ""))
        out.extend(
            [
                f"- **{esc(n['name'])}** ({n['role']}, {n['hours']}, {n['posts']})"
                + (f" — {esc(n['reason'])}" if n["reason"] else "")
                for n in s["networks"]
            ]
            or [f"- {t('owned_only')}"]
        )
        out.extend(["", f"### {t('doc_hours_split')}", ""])
        out.extend(x for r in s["hours_lead"] for x in (esc(r), ""))
        table(
            [t("doc_activity"), t("doc_hours_short")],
            [[h["activity"], h["hours"]] for h in s["hours"]]
            + [[f"**{t('doc_total')}**", f"**{s['hours_total']}**"]]
            # the founder's share, inside the total above (review 30a, D4)
            + (
                [[f"*{s['hours_of']['activity']}*", f"*{s['hours_of']['hours']}*"]]
                if s["hours_of"]
                else []
            ),
            {1},
        )
        out.extend([f"### {t('doc_first_steps')}", ""])
        out.extend([f"{i}. {esc(x)}" for i, x in enumerate(s["steps"], 1)] + [""])
        out.extend([f"### {t('doc_kpi_short')}", ""])
        out.extend(
            [
                f"- {esc(k['name'])}{c}{k['baseline']} → {k['target']}"
                + (f" ({k['date']})" if k["date"] else "")
                for k in s["kpis"]
            ]
            + [""]
        )
        out.extend([f"**{t('doc_budget')}**{c}{esc(s['budget'])}", ""])
        note("summary")  # the consultant's word on the whole page

    def warnings() -> None:
        out.extend([f"## {t('doc_warnings')}", ""])
        note("warnings")
        for w in v["warnings"]:
            out.append(
                f"- **{w['severity_label']} — {esc(w['headline'])}** "
                f"{esc(w['message'])}{cites(w['cites'])} "
                f"*{t('doc_advice')}*{c}{esc(w['advice'])}"
            )
        out.append("")

    def networks() -> None:
        n_ = v["networks"]
        out.extend([f"## {t('doc_networks')}", ""])
        note("networks")
        for n in n_["kept"]:
            out.extend([f"### {esc(n['name'])} — {n['role_label']}", ""])
            facts = (
                f"{t('doc_score')} {n['score']}/100 · {t('doc_hours')} {n['hours']}"
                f" · {t('doc_rhythm_posts')} {n['posts']}"
            )
            if n["formats"]:
                facts += f" · {t('doc_formats')} {n['formats']}"
            out.extend([facts, ""])
            out.extend(f"- {esc(r['text'])}{cites(r['cites'])}" for r in n["why"] + n["mind"])
            if n["ideas"]:
                out.append(
                    f"- *{t('doc_what_to_post')}*{c}" + " · ".join(esc(i) for i in n["ideas"])
                )
            out.append("")
        if n_["others"]:  # a list: beside a long reason, a table squeezes the fit to "6…"
            out.extend([f"### {t('doc_others')}", ""])
            out.extend(
                f"- **{esc(o['name'])}** — {o['role_label']}"
                # no fit for a network not open to the person (review 30a, D6)
                + (f" · {t('doc_score')} {o['score']}" if isinstance(o["score"], int) else "")
                + " — "
                + esc(o["reason"]["text"])
                + cites(o["reason"]["cites"])
                for o in n_["others"]
            )
            out.append("")

    def editorial() -> None:
        e = v["editorial"]
        out.extend([f"## {t('doc_editorial')}", ""])
        note("editorial")
        out.extend([f"**{t('doc_tone')}.** {esc(e['tone'])}", ""])
        for p in e["pillars"]:
            out.extend(
                [f"### {esc(p['name'])} — {p['share']}", ""]
                + ([f"*{esc(p['note'])}*", ""] if p["note"] else [])
                + [f"- {esc(i)}" for i in p["ideas"]]
                + [""]
            )
        if e["post_ideas"]:
            out.extend(
                [f"### {t('doc_post_ideas')}", ""] + [f"- {esc(i)}" for i in e["post_ideas"]] + [""]
            )
        out.extend(
            [f"### {t('doc_rituals')}", ""]
            + [f"- {esc(r['what'])} — {esc(r['frequency'])}" for r in e["rituals"]]
            + [""]
        )

    def routine() -> None:
        r = v["routine"]
        out.extend([f"## {t('doc_routine')}", ""])
        note("routine")
        n = len(r["columns"])
        table(
            [t("doc_network"), *r["columns"], t("doc_total")],
            [[esc(x["network"]), *x["hours"], f"**{x['total']}**"] for x in r["rows"]]
            + [[f"**{t('doc_total')}**", *r["totals"], f"**{r['total']}**"]],
            set(range(1, n + 2)),
        )
        out.extend(
            [f"- **{x['activity']}**{c}{esc(x['what'])}" for x in r["tasks"]]
            + ([""] if r["tasks"] else [])
        )

    def what(x: dict[str, Any], compact: bool) -> str:
        """A calendar row's post: a shortened week's first words (the PDF's, when its pages
        shorten it), else its pillar, format and idea (none for a slot alone)."""
        if x["brief"]:
            return f" *{esc(x['format'])}* {esc(x['brief'])}"
        head = f" *{esc(x['pillar'])} · {esc(x['format'])}*" if x["pillar"] else ""
        return head + ("" if compact and x["pillar"] and not x["event"] else f" {esc(x['idea'])}")

    def calendar() -> None:
        cal = v["calendar"]
        out.extend([f"## {t('doc_calendar')}", ""])
        note("calendar")
        out.extend(
            [
                (f"{esc(cal['zone'])} " if cal.get("zone") else "")
                + f"*{t('doc_times_note')}*"
                + (f" *{cal['compact']}*" if cal["compact"] else "")
                + (f" *{esc(cal['also'])}*" if cal["also"] else ""),
                "",
            ]
        )
        if cal["call"]:
            out.extend([f"**{t('doc_call')}**{c}{esc(cal['call'])}", ""])
        if cal["listen"]:
            out.extend([f"**{cal['listen_when']}**{c}{esc(cal['listen'])}", ""])
        for w in cal["weeks"]:
            out.extend([f"### {w['title']}", ""])
            # a list: in a table, the idea's long text squeezed the time to "1…" in a terminal
            for x in w["slots"]:
                out.append(
                    f"- **{x['day']}, {x['time']}** · {esc(x['network'])} — "
                    f"**{x['activity_label']}**" + what(x, w["compact"])
                )
                # its copies on other networks, each with its whole wording
                for a in x["also"]:
                    when = f"{a['day']} {a['time']}" if a["day"] else a["time"]
                    out.append(f"  - **+ {esc(a['network'])}, {when}** — {esc(a['what'])}")
            out.append("")

    def plan() -> None:
        out.extend([f"## {t('doc_plan')}", ""])
        note("plan")
        for ph in v["plan"]:
            out.extend([f"### {esc(ph['name'])} ({ph['dates']})", ""])
            out.extend(f"- {esc(g)}" for g in ph["goals"])
            out.extend(f"- **{m['date']}** — {esc(m['what'])}" for m in ph["milestones"])
            out.append("")

    def kpis() -> None:
        out.extend([f"## {t('doc_kpis')}", ""])
        note("kpis")
        rows = []
        for k in v["kpis"]:
            name = (
                f"**{esc(k['name'])}**"
                + (f" ({esc(k['unit'])})" if k["unit"] else "")
                + f" — {esc(k['measure'])}"
            )
            said = [f"{t('doc_owner')}{c}{esc(k['owner'])}"] if k["owner"] else []
            if k["source"]:
                said += [
                    f"{t('doc_source')}{c}{esc(k['source'])}",
                    f"{t('doc_rhythm')}{c}{esc(k['rhythm'])}",
                ]
            if said:
                name += " — " + sc.join(said)
            targets = sc.join(f"{x['date']}{c}{x['value']}" for x in k["targets"])
            if targets and k["target_note"]:
                targets += f", {esc(k['target_note'])}"
            targets = targets or esc(k["target_note"]) or t("doc_target_later")
            actual = sc.join(f"{x['date']}{c}____" for x in k["targets"]) or "____"
            baseline = k["baseline"] + (
                f" ({esc(k['baseline_note'])})" if k["baseline_note"] else ""
            )
            rows.append([name, baseline, targets, actual])
        table([t("doc_kpi"), t("doc_baseline"), t("doc_targets"), t("doc_actual")], rows, {1})

    def governance() -> None:
        g = v["governance"]
        out.extend([f"## {t('doc_governance')}", ""])
        note("governance")
        out.extend([f"- **{r['label']}**{c}{esc(r['value'])}" for r in g["rows"]] + [""])
        out.extend(
            [f"### {t('doc_escalation')}", ""] + [f"- {esc(x)}" for x in g["escalation"]] + [""]
        )
        out.extend(
            [f"### {t('doc_moderation')}", ""] + [f"- {esc(x)}" for x in g["moderation"]] + [""]
        )
        out.extend(
            [f"### {t('doc_tools')}", ""]
            + [f"- **{x['category']}** — {esc(x['why'])} {esc(x['how'])}" for x in v["tools"]]
            + [""]
        )

    def relays() -> None:
        out.extend([f"### {t('doc_relays')}", ""])
        note("relays")
        out.extend(
            [
                f"- **{esc(r['name'])}**"
                + (f" ({t('doc_proposed')})" if r["proposed"] else "")
                + f" — {esc(r['how'])}"
                for r in v["relays"]
            ]
            + [""]
        )

    def budget() -> None:
        b = v["budget"]
        out.extend([f"### {t('doc_budget')}", ""])
        # a figure in bold, then what it counts; "no money" has no figure, only its words
        head = " · ".join(
            (f"**{x['figure']}** {x['label']}" if x["figure"] else x["label"]).strip()
            for x in b["head"]
        )
        out.extend([head, ""])
        note("budget")  # after the figures it comments (review 33a, CN5)
        notes = list(b["notes"])
        out.extend(
            [
                f"- {esc(n)}" + (cites(b["cites"]) if i == len(notes) - 1 else "")
                for i, n in enumerate(notes)
            ]
            + [""]
        )
        if b["split"]:  # a list: beside a long reason, a table squeezes the figures
            out.extend([f"**{t('doc_split')}**", ""])
            out.extend(
                f"- **{x['category']}** — {x['share']} · {x['amount']} — {esc(x['why'])}"
                for x in b["split"]
            )
            out.append("")

    def audit() -> None:
        a = v["audit"]
        out.extend([f"## {t('doc_audit')}", ""])
        note("audit")
        if a["groups"]:
            out.extend([f"### {t('doc_accounts')}", ""])
            for g in a["groups"]:
                table(
                    [t("doc_check"), *[esc(x) for x in g["accounts"]]],
                    [[esc(ch), *["☐"] * len(g["accounts"])] for ch in g["checks"]],
                )
        out.extend([f"### {t('doc_benchmark')}", ""])
        if not a["competitors"]:  # nobody named: what to look at, not empty rows
            out.extend([f"{t('doc_benchmark_none')} {esc(a['checks_inline'])}.", ""])
            return
        out.extend([f"*{t('doc_benchmark_fill')}*", ""])
        table(
            [t("doc_peer"), *[esc(x) for x in a["checks"]]],
            [[esc(p), *[" "] * len(a["checks"])] for p in a["competitors"]],
        )

    def thread() -> None:
        out.extend([f"## {t('doc_thread')}", ""])
        note("thread")
        for step in v["thread"]:
            out.extend(
                [f"### {esc(step['title'])}", ""]
                + [f"- {esc(r['label'])} **{esc(r['value'])}**" for r in step["rows"]]
                + [""]
            )

    def assumptions() -> None:
        out.extend([f"## {t('doc_assumptions')}", ""])
        out.extend(
            [
                f"- **{esc(a['question'])}** → {esc(a['assumed'])} — {esc(a['why'])}"
                for a in v["assumptions"]
            ]
        )
        if v["not_applicable"]:
            out.append(
                f"- *{t('doc_not_applicable')}*{c}"
                + " · ".join(esc(x) for x in v["not_applicable"])
            )
        out.append("")

    def sources() -> None:
        out.extend([f"## {t('doc_sources')}", ""])
        for src in v["sources"]:
            lore = f" *({t('doc_lore')})*" if src["lore"] else ""
            lore += f" *({src['measured']})*" if src["measured"] else ""
            url = f", <{src['url']}>" if src["url"] else ""
            out.append(
                f"{src['n']}. {esc(src['publisher'])}, *{esc(src['title'])}*, "
                f"{src['year']}{url}{lore}"
            )
        out.append("")

    sections.update(
        summary=summary, warnings=warnings, networks=networks, editorial=editorial,
        routine=routine, calendar=calendar, plan=plan, kpis=kpis, governance=governance,
        relays=relays, budget=budget, audit=audit, thread=thread, assumptions=assumptions,
        sources=sources,
    )  # fmt: skip
    for section in v["sections"]:
        if section == v["appendix_first"]:
            out.extend([f"# {t('doc_appendix')}", ""])
        sections[section]()
    out.extend(["---", "", v["colophon"], ""])
    return "\n".join(out).encode("utf-8")
