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

from strategy_wizard.base.locale import Lang, languages
from strategy_wizard.model.debrief import GroupSummary, Skipped
from strategy_wizard.render.words import word


def summarise(files: list[Path], today: date, lang: Lang) -> GroupSummary:
    from strategy_wizard.engine import build_strategy
    from strategy_wizard.model.answers import AnswersError, load_answers
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.model.catalogue import load_catalogue

    kn = load_catalogue()
    bank = load_bank()
    skipped: list[Skipped] = []
    objectives: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    primaries: Counter[str] = Counter()
    actives: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    hours: list[float] = []
    unfinished = 0
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
        if bank.open_gates(answers.values)[1]:
            # a participant still on the objective thread: the engine would fill the gaps
            # with its defaults, and the group would seem to have chosen them
            unfinished += 1
            continue
        try:
            s = build_strategy(answers, bank, kn, today, lang=lang)
        except Exception as exc:
            skipped.append(Skipped(file=str(path), reason=_why(exc), status="failed"))
            continue
        objectives[s.objective.label] += 1
        verdicts[word(f"label_verdict_{s.verdict}", lang)] += 1
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
        unfinished=unfinished,
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


def run_summary(args: argparse.Namespace) -> int:
    from strategy_wizard.base.errors import ExitCode, UserError
    from strategy_wizard.base.files import expand_inputs
    from strategy_wizard.cli.output import emit

    files = expand_inputs(args.answers)
    group = summarise(files, date.today(), args.lang or languages().answers_default)
    fmt = args.format or (
        Path(args.output).suffix.lstrip(".") if args.output and args.output != "-" else "md"
    )
    if fmt == "json":
        data = (
            json.dumps(group.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
        ).encode()
    elif fmt == "pdf":
        from strategy_wizard.render import FormatUnavailable
        from strategy_wizard.render.debrief import summary_pdf

        try:
            data = summary_pdf(group)
        except FormatUnavailable as exc:
            raise UserError(str(exc)) from None
    else:
        from strategy_wizard.render.debrief import to_markdown

        data = to_markdown(group).encode()
    if fmt == "pdf" and not (args.output and args.output != "-"):
        emit(data, "workshop-summary.pdf")  # no PDF on a terminal
    else:
        emit(data, args.output)
    for s in sorted(group.skipped, key=lambda s: s.file):
        sys.stderr.write(f"{s.file}: {s.status}: {s.reason}\n")
    refused = sum(s.status == "refused" for s in group.skipped)
    failed = len(group.skipped) - refused
    sys.stderr.write(
        f"{group.participants} in the summary, {group.unfinished} unfinished (not counted), "
        f"{refused} refused, {failed} failed\n"
    )
    if refused:
        return ExitCode.BAD_INPUT
    return ExitCode.FAILURE if failed else ExitCode.OK
