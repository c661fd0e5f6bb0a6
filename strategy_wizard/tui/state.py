"""What the person has answered so far: valid values, raw drafts of invalid input (so nothing
typed is lost), the language, and where the session is saved. No Textual in here, so it can be
tested and reused by the server."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from strategy_wizard.base.locale import Lang, languages
from strategy_wizard.base.version import __version__
from strategy_wizard.model.bank import Bank, Question
from strategy_wizard.model.qtypes import is_answered


@dataclass
class WizardState:
    bank: Bank
    lang: Lang
    session_path: Path
    values: dict[str, Any] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, Any] = field(default_factory=dict)
    step: str = "context"
    today: date = field(default_factory=date.today)

    def set_answer(self, q: Question, raw: Any) -> list[str]:
        """Check and store one answer; problems come back in the person's language."""
        from strategy_wizard.model.answers import check_value

        if not is_answered(raw):
            self.values.pop(q.id, None)
            self.drafts.pop(q.id, None)
            return []
        value, problems = check_value(q, raw, self.lang, self.values)
        if problems and q.type == "date" and isinstance(raw, str):
            # typed in the wizard and not read as a date (the field reads the person's way of
            # writing dates first): said in the wizard's terms, not the answers file's
            problems = [self._date_not_understood(raw)]
        if problems:
            # the field shows what was typed; the answer is not the last valid one any more
            self.values.pop(q.id, None)
            self.drafts[q.id] = (
                raw
                if isinstance(raw, str)
                else "\n".join(map(str, raw))
                if isinstance(raw, list)
                else repr(raw)
            )
            return problems
        self.drafts.pop(q.id, None)
        self.values[q.id] = value
        return []

    def _date_not_understood(self, typed: str) -> str:
        from strategy_wizard.base.locale import format_date, quote
        from strategy_wizard.tui.texts import ui

        example = self.today + timedelta(days=45)  # some weeks ahead, as a start date would be
        return ui("date_not_understood", self.lang).format(
            value=quote(typed.strip(), self.lang),
            hint=ui("date_hint", self.lang),
            example=format_date(example, self.lang, "short"),
        )

    def missing_gates(self) -> list[str]:
        """The gates of the objective thread still unanswered (none: a verdict can be given).
        While any is missing, the engine assumes its answer, and the wizard gives no verdict."""
        return self.bank.open_gates(self.values)[1]

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"version": 1, "lang": self.lang}
        for q in self.bank.questions:
            if q.id in self.values:
                v = self.values[q.id]
                data[q.id] = v.isoformat() if isinstance(v, date) else v
        if self.notes:
            data["notes"] = self.notes
        if self.overrides:
            data["overrides"] = self.overrides
        data["meta"] = {
            "tool": "strategy-wizard",
            "tool_version": __version__,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "current_step": self.step,
            "drafts": dict(self.drafts),
        }
        return data

    def answers(self) -> Any:
        """The answers as the engine reads them (only valid values)."""
        from strategy_wizard.model.answers import validate

        data = self.to_data()
        data.pop("meta")
        if "org_name" not in data:
            data["org_name"] = "…"
        return validate(data)

    @classmethod
    def from_data(
        cls,
        bank: Bank,
        data: dict[str, Any],
        lang: Lang | None,
        session_path: Path,
        today: date | None = None,
    ) -> WizardState:
        """Resume leniently: valid answers are kept, invalid ones become drafts."""
        from strategy_wizard.model.answers import MIGRATIONS

        data = dict(data)
        version = data.get("version", 1)
        if isinstance(version, int):
            for v in range(version, 1):
                for old, new in MIGRATIONS.get(v, {}).items():
                    if old in data and new not in data:
                        data[new] = data.pop(old)
        langs = languages()
        given = data.get("lang")
        file_lang = given if isinstance(given, str) and given in langs.codes else None
        raw_meta = data.get("meta")
        meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
        state = cls(
            bank=bank,
            lang=lang or file_lang or langs.answers_default,
            session_path=session_path,
            notes=dict(data.get("notes") or {}),
            overrides=dict(data.get("overrides") or {}),
            step=str(meta.get("current_step") or "context"),
            today=today or date.today(),
        )
        if state.step not in {s.id for s in bank.steps}:  # a hand-edited or foreign step name
            state.step = "context"
        for q in bank.questions:
            if q.id in data:
                state.set_answer(q, data[q.id])
        for qid, raw in (meta.get("drafts") or {}).items():
            if qid not in state.values:
                state.drafts[qid] = str(raw)
        return state
