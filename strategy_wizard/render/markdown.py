"""Markdown: the whole strategy as readable plain text, for a wiki, an e-mail or a diff.

Written without a template engine so that it stays as cheap to produce as the JSON.
User text is escaped where Markdown would read it as markup.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from strategy_wizard.base.locale import colon, format_date, format_percent
from strategy_wizard.render import present
from strategy_wizard.render.words import word

if TYPE_CHECKING:
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.render import RenderOptions

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def esc(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def render(strategy: Strategy, options: RenderOptions) -> bytes:
    s = strategy
    lang = s.lang
    names = {n.id: n.name for n in s.networks}

    def t(key: str, **fields: object) -> str:
        return word(key, lang, **fields)

    def day(d: object) -> str:
        return format_date(d, lang)  # type: ignore[arg-type]

    out: list[str] = [f"# {t('doc_title')} — {esc(s.org_name)}", ""]
    out += [f"*{day(s.generated_on)}*", ""]

    def note(section: str) -> None:
        if section in s.notes:
            out.extend([f"> **{t('doc_notes')}** — {esc(s.notes[section])}", ""])

    out += [
        f"## {t('doc_summary')}",
        "",
        f"**{t('doc_verdict')}{colon(lang)}{t('label_verdict_' + s.verdict)}**",
        "",
        esc(s.verdict_text),
        "",
    ]
    note("summary")
    out += [f"### {t('doc_objective')}", "", esc(s.objective.statement), ""]
    note("objective")
    out += [f"### {t('doc_first_steps')}", ""]
    out += [f"{i}. {esc(step)}" for i, step in enumerate(s.first_steps, 1)] + [""]

    out += [
        f"## {t('doc_networks')}",
        "",
        f"| {t('doc_network')} | {t('doc_role')} | {t('doc_score')} | {t('doc_hours')} | "
        f"{t('doc_posts')} |",
        "|---|---|---:|---:|---:|",
    ]
    for n in s.networks:
        # no time given: a dash, not a zero that reads as a measure
        effort = (
            f"{present.hours(n.hours_per_week, lang)} | {present.posts(n.posts_per_week, lang)}"
        )
        out.append(f"| {n.name} | {t('label_role_' + n.role)} | {n.score} | {effort} |")
    out.append("")
    number = s.source_numbers()
    for n in s.networks:
        out += [f"### {n.name} — {t('label_role_' + n.role)}", ""]
        for r in n.reasons:
            cites = f" [{', '.join(str(number.get(f, f)) for f in r.facts)}]" if r.facts else ""
            out.append(f"- {esc(r.text)}{cites}")
        out.append("")
    note("networks")

    e = s.editorial
    out += [f"## {t('doc_editorial')}", "", f"**{t('doc_tone')}** — {esc(e.tone)}", ""]
    for p in e.pillars:
        out += [f"### {esc(p.name)} — {format_percent(p.share, lang)}", ""]
        out += [f"- {esc(i)}" for i in p.ideas] + [""]
    out += [f"### {t('doc_rituals')}", ""]
    out += [f"- {esc(r.what)} ({esc(r.frequency)})" for r in e.rituals] + [""]
    out += [f"### {t('doc_post_ideas')}", ""]
    out += [f"- {esc(i)}" for i in e.post_ideas] + [""]
    note("editorial")

    out += [
        f"## {t('doc_routine')}",
        "",
        f"| {t('doc_network')} | {t('doc_activity')} | {t('doc_task')} | {t('doc_hours')} |",
        "|---|---|---|---:|",
    ]
    for item in s.routine:
        name = names[item.network] if item.network else t("doc_cross_network")
        out.append(
            f"| {name} | {t('label_activity_' + item.activity)} | {esc(item.what)} | "
            f"{present.hours(item.hours, lang)} |"
        )
    total = sum(i.hours for i in s.routine)
    out += [f"| **{t('doc_total')}** | | | **{present.hours(total, lang)}** |", ""]
    note("routine")

    out += [f"## {t('doc_plan')}", ""]
    for ph in s.plan:
        out += [f"### {esc(ph.name)} ({day(ph.start)} → {day(ph.end)})", ""]
        out += [f"- {esc(g)}" for g in ph.goals]
        out += [f"- **{day(m.date)}** — {esc(m.what)}" for m in ph.milestones] + [""]
    note("plan")

    out += [f"## {t('doc_kpis')}", ""]
    for k in s.kpis:
        targets = ", ".join(
            f"{day(x.date)}{colon(lang)}{present.figure(x.value, lang)}" for x in k.targets
        ) or t("doc_target_later")
        base = f" — {t('doc_baseline')} {present.figure(k.baseline, lang)}"
        who = f" — {t('doc_owner')}{colon(lang)}{esc(k.owner)}, {esc(k.rhythm)}" if k.owner else ""
        out += [f"- **{esc(k.name)}** ({esc(k.unit)}){base} — {esc(k.measure)} — {targets}{who}"]
    out.append("")
    note("kpis")

    if s.relays:
        out += [f"## {t('doc_relays')}", ""]
        out += [
            f"- **{esc(r.name)}**{' (' + t('doc_proposed') + ')' if r.proposed else ''} — "
            f"{esc(r.how)}"
            for r in s.relays
        ] + [""]
        note("relays")

    b = s.budget
    out += [f"## {t('doc_budget')}", ""] + [f"- {esc(n)}" for n in b.notes] + [""]
    note("budget")

    if s.warnings:
        out += [f"## {t('doc_warnings')}", ""]
        for w in s.warnings:
            out += [
                f"- **{t('label_severity_' + w.severity)}** — {esc(w.message)} "
                f"*{t('doc_advice')}*{colon(lang)}{esc(w.advice)}"
            ]
        out.append("")
        note("warnings")

    if s.assumptions:
        out += [f"## {t('doc_assumptions')}", ""]
        out += [
            f"- **{esc(a.question)}** → {esc(a.assumed)} — {esc(a.why)}" for a in s.assumptions
        ] + [""]

    out += [f"## {t('doc_sources')}", ""]
    for i, src in enumerate(s.sources, 1):
        lore = f" *({t('doc_lore')})*" if src.lore else ""
        out.append(
            f"{i}. {esc(src.fact)} — {esc(src.publisher)}, *{esc(src.title)}*, {src.year}{lore}"
        )
    out += [
        "",
        "---",
        "",
        t(
            "doc_colophon_text",
            tool=s.tool_version,
            catalogue=s.catalogue_version,
            date=day(s.generated_on),
        ),
        "",
    ]
    return "\n".join(out).encode("utf-8")
