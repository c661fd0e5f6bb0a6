"""The trainer's debrief: the picture of a whole group, from its answers files.

Works on a live workshop folder at any moment: files being written are skipped (the wizard writes
through a temp file and a rename, so a file is either whole or absent), and a bad or foreign file
is listed, never fatal: each file's failure is its own, every good file counts, and the end of
the run lists on standard error what was left out and why. Exit code: 2 if any file was refused,
else 1 if any failed, else 0; the summary is written in every case.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from strategy_wizard.base.locale import Lang


class Skipped(BaseModel):
    file: str
    reason: str
    status: Literal["refused", "failed"] = "refused"


class GroupSummary(BaseModel):
    lang: Lang
    generated_on: date
    participants: int
    skipped: list[Skipped]
    objectives: dict[str, int]
    verdicts: dict[str, int]
    primary_networks: dict[str, int]
    active_networks: dict[str, int]
    hours: dict[str, float]
    warnings: dict[str, int]
    prompts: list[str]


def summarise(files: list[Path], today: date, lang: Lang = "fr") -> GroupSummary:
    from strategy_wizard.engine import build_strategy
    from strategy_wizard.model.answers import AnswersError, load_answers
    from strategy_wizard.model.catalogue import load_knowledge

    kn = load_knowledge()
    skipped: list[Skipped] = []
    objectives: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    primaries: Counter[str] = Counter()
    actives: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    hours: list[float] = []
    for path in files:
        if path.name.startswith("."):
            continue
        try:
            answers = load_answers(path)
        except AnswersError as exc:
            first = exc.problems[0] if exc.problems else "refused"
            skipped.append(Skipped(file=str(path), reason=str(first)))
            continue
        except Exception as exc:  # one file's failure is its own
            skipped.append(Skipped(file=str(path), reason=_why(exc), status="failed"))
            continue
        try:
            s = build_strategy(answers, today=today, lang=lang)
        except Exception as exc:
            skipped.append(Skipped(file=str(path), reason=_why(exc), status="failed"))
            continue
        objectives[s.objective.label] += 1
        verdicts[kn.phrase(f"label_verdict_{s.verdict}")(lang)] += 1
        for n in s.networks:
            if n.role == "primary":
                primaries[n.name] += 1
            if n.role in ("primary", "secondary"):
                actives[n.name] += 1
        warnings.update(w.id for w in s.warnings)
        hours.append(s.budget.hours_per_week)
    prompts = [kn.phrase(f"prompt_{wid}")(lang) for wid, _ in warnings.most_common(3)]
    if len(verdicts) > 1:
        prompts.append(kn.phrase("prompt_verdicts_split")(lang))
    prompts.append(kn.phrase("prompt_default")(lang))

    def ordered(c: Counter[str]) -> dict[str, int]:
        return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

    myths = {
        kn.warning(wid).message(
            lang,
            hours="…",
            needed="…",
            ratio="…",
            months="…",
            promo="…",
            max_promo="…",
            response="…",
            max_response="…",
            limit="…",
        ): count
        for wid, count in sorted(warnings.items(), key=lambda kv: (-kv[1], kv[0]))
    }
    return GroupSummary(
        lang=lang,
        generated_on=today,
        participants=len(hours),
        skipped=skipped,
        objectives=ordered(objectives),
        verdicts=ordered(verdicts),
        primary_networks=ordered(primaries),
        active_networks=ordered(actives),
        hours={"min": min(hours), "median": statistics.median(hours), "max": max(hours)}
        if hours
        else {},
        warnings=myths,
        prompts=prompts,
    )


def _why(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "ran out of memory"
    if isinstance(exc, RecursionError):
        return "too deeply nested to process"
    return f"{type(exc).__name__}: {exc}"


def to_markdown(g: GroupSummary) -> str:
    from strategy_wizard.base.errors import visible
    from strategy_wizard.base.locale import format_date, format_number
    from strategy_wizard.model.catalogue import load_knowledge

    kn = load_knowledge()

    def t(key: str, **fields: object) -> str:
        return kn.phrase(key)(g.lang, **fields)

    out = [
        f"# {t('summary_title')} — {format_date(g.generated_on, g.lang)}",
        "",
        f"**{t('summary_participants')}** : {g.participants}"
        if g.lang == "fr"
        else f"**{t('summary_participants')}**: {g.participants}",
        "",
    ]

    def table(title: str, counts: dict[str, int]) -> None:
        out.extend([f"## {title}", ""])
        if not counts:
            out.extend([f"*{t('summary_none')}*", ""])
            return
        width = max(counts.values())
        for label, count in counts.items():
            bar = "█" * max(1, round(20 * count / width))
            out.append(f"- {label} — {count} `{bar}`")
        out.append("")

    table(t("summary_objectives"), g.objectives)
    table(t("summary_verdicts"), g.verdicts)
    table(t("summary_primary"), g.primary_networks)
    table(t("summary_active"), g.active_networks)
    if g.hours:
        out += [
            f"## {t('summary_hours')}",
            "",
            t(
                "summary_hours_line",
                min=format_number(g.hours["min"], g.lang),
                median=format_number(g.hours["median"], g.lang),
                max=format_number(g.hours["max"], g.lang),
            ),
            "",
        ]
    table(t("summary_myths"), g.warnings)
    out += (
        [f"## {t('summary_prompts')}", ""]
        + [f"{i}. {p}" for i, p in enumerate(g.prompts, 1)]
        + [""]
    )
    if g.skipped:
        out += [f"## {t('summary_skipped')}", ""]
        # a file's name may hold control characters: shown escaped, on a terminal or not
        out += [f"- `{visible(s.file)}` — {visible(s.reason)}" for s in g.skipped] + [""]
    return "\n".join(out)


def run_summary(args: argparse.Namespace) -> int:
    from strategy_wizard.base.errors import ExitCode, UserError
    from strategy_wizard.base.files import expand_inputs
    from strategy_wizard.cli.handlers import emit

    files = expand_inputs(args.answers)
    group = summarise(files, date.today(), args.lang or "fr")
    fmt = args.format or (
        Path(args.output).suffix.lstrip(".") if args.output and args.output != "-" else "md"
    )
    if fmt == "json":
        data = (
            json.dumps(group.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
        ).encode()
    elif fmt == "pdf":
        from strategy_wizard.render import FormatUnavailable
        from strategy_wizard.render.pages import summary_pdf

        try:
            data = summary_pdf(group)
        except FormatUnavailable as exc:
            raise UserError(str(exc)) from None
    else:
        data = to_markdown(group).encode()
    if fmt == "pdf" and not (args.output and args.output != "-"):
        emit(data, "workshop-summary.pdf")  # no PDF on a terminal
    else:
        emit(data, args.output)
    for s in sorted(group.skipped, key=lambda s: s.file):
        sys.stderr.write(f"{s.file}: {s.status}: {s.reason}\n")
    refused = sum(s.status == "refused" for s in group.skipped)
    failed = len(group.skipped) - refused
    sys.stderr.write(f"{group.participants} in the summary, {refused} refused, {failed} failed\n")
    if refused:
        return ExitCode.BAD_INPUT
    return ExitCode.FAILURE if failed else ExitCode.OK
