"""The engine's words: every sentence of a strategy is made here, from a phrase of the data and
the figures of a decision, in one language.

The rest of the engine decides and records what it decided as data — a reason's code and its
figures (fit 64, threshold 50), a warning's id and its figures, the objective's parts — and
never formats a number or looks up a phrase. Wording that data in one place is what keeps a
sentence from saying what its figures do not: the text is a function of the figures the JSON
carries beside it.

A figure is formatted by its name: `fit` is a whole number, `hours` a number of hours, `ages`
a list of the bank's age codes shown by their labels, `network` a network id shown by its name.
A phrase may only use figures that have a format here (checked by `check_phrases`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from strategy_wizard.base.locale import Locale, locale_for
from strategy_wizard.model.bank import Bank
from strategy_wizard.model.catalogue import Catalogue, placeholders
from strategy_wizard.model.strategy import Reason, SmartObjective, Warning

Figure = int | float | str | list[str] | date | None
Format = Callable[["Words", Any], str]


def _number(decimals: int) -> Format:
    return lambda w, v: w.loc.number(float(v), decimals)


def _whole(w: Words, v: Any) -> str:
    return str(int(v))


def _text(w: Words, v: Any) -> str:
    return str(v)


def _quoted(w: Words, v: Any) -> str:
    return w.loc.quote(str(v))


def _labels(qid: str) -> Format:
    """Codes of a bank question shown by their labels, joined as a list."""
    return lambda w, v: w.loc.join([w.bank.question(qid).choice_label(c, w.lang) for c in v])


def _networks(w: Words, v: Any) -> str:
    return w.loc.join([w.catalogue.network(n).name for n in v])


def _channels(w: Words, v: Any) -> str:
    return _networks(w, v) if v else w("owned_channels")


def _network(w: Words, v: Any) -> str:
    return w.catalogue.network(v).name if v else "—"


def _fact(w: Words, v: Any) -> str:
    return w.catalogue.fact(v).text(w.lang)


def _role(w: Words, v: Any) -> str:
    return w(f"role_{v}")


def _objective(w: Words, v: Any) -> str:
    return w.catalogue.objective(v).label(w.lang)


def _audience(w: Words, v: Any) -> str:
    """The audience as the person described it: ages, else types, else "your audience"."""
    ages, types = v.get("ages") or [], v.get("types") or []
    if ages:
        return _labels("audience_ages")(w, ages)
    if types:
        return _labels("audience_types")(w, types)
    return w("your_audience")


def _consultant_reason(w: Words, v: Any) -> str:
    return str(v) if v else w("no_reason")


def _date(w: Words, v: Any) -> str:
    return w.loc.date(v)


def _money(w: Words, v: Any) -> str:
    return w.loc.money(float(v))


# figure name -> how it is shown. Names are shared by every phrase family unless a family
# overrides one (see WARNING_FIGURES).
FIGURES: dict[str, Format] = {
    "fit": _whole,
    "threshold": _number(0),
    "n": _whole,
    "months": _whole,
    "weeks": _whole,
    "hours": _number(2),
    "min_hours": _number(2),
    "left": _number(2),
    "posts": _number(2),
    "min_posts": _number(2),
    "week_hours": _number(1),
    "year_hours": _number(0),
    "answer_within": _number(0),
    "value": _number(1),
    "baseline": _number(1),
    "growth": _number(2),
    "audience": _audience,
    "objective": _objective,
    "formats": _labels("formats"),
    "market": _labels("market"),
    "team": _labels("team"),
    "role": _role,
    "reason": _consultant_reason,
    "others": _networks,
    "channels": _channels,
    "network": _network,
    "fact": _fact,
    "metric": _text,
    "unit": _text,
    "skill": _text,
    "deadline": _date,
    "money": _money,
    "reference": _money,
    "action": _quoted,
    "problem": _quoted,
    "proof": _quoted,
    "offer": _quoted,
    "topic": _quoted,
}
# A warning speaks of the person's hours and shares to one decimal or none.
WARNING_FIGURES: dict[str, Format] = {
    **FIGURES,
    "hours": _number(1),
    "needed": _number(1),
    "ratio": _number(1),
    "response": _number(1),
    "limit": _number(1),
    "promo": _number(0),
    "max_promo": _number(0),
    "max_response": _number(0),
}


class Words:
    """The phrases of the catalogue in one language, with figures formatted by name."""

    def __init__(self, bank: Bank, catalogue: Catalogue, lang: str) -> None:
        self.bank, self.catalogue, self.lang = bank, catalogue, lang
        self.loc: Locale = locale_for(lang)

    def __call__(self, key: str, **figures: Any) -> str:
        """A phrase of the data with its figures."""
        return self._fill(self.catalogue.phrase(key), figures, FIGURES)

    def _fill(self, text: Any, figures: Mapping[str, Any], formats: Mapping[str, Format]) -> str:
        shown = {name: formats[name](self, value) for name, value in figures.items()}
        return str(text(self.lang, **shown))

    def reason(self, reason: Reason) -> str:
        """A reason's sentence, from its code and figures."""
        if reason.code == "threshold_raised":
            rule = self.catalogue.thresholds.fit_threshold_raises[int(reason.figures["rule"])]
            return rule.why(self.lang)
        return self(f"reason_{reason.code}", **reason.figures)

    def warning(self, warning: Warning) -> tuple[str, str]:
        """A warning's message and advice, from its id and figures."""
        text = self.catalogue.warning(warning.id)
        return (
            self._fill(text.message, warning.figures, WARNING_FIGURES),
            self._fill(text.advice, warning.figures, WARNING_FIGURES),
        )

    def statement(self, objective: SmartObjective) -> str:
        """The SMART sentence, from the objective's parts."""
        statement = self(
            "smart_statement",
            value=objective.target,
            unit=objective.unit,
            metric=objective.metric,
            baseline=objective.baseline,
            deadline=objective.deadline,
            channels=objective.channels,
        )
        if objective.desired_action:
            statement += " " + self("smart_action", action=objective.desired_action)
        return statement


def check_phrases(catalogue: Catalogue) -> list[str]:
    """Placeholders of the engine's phrases that no figure format knows: each would fail only
    when a strategy uses that phrase, so the data is checked as a whole instead."""
    problems = []
    for key, text in catalogue.phrases.items():
        for lang, words in text.items():
            unknown = placeholders(words) - set(FIGURES)
            if unknown:
                problems.append(f"phrases.yaml: {key}.{lang}: unknown figures {sorted(unknown)}")
    for warning in catalogue.warnings:
        unknown = set(warning.figures) - set(WARNING_FIGURES)
        if unknown:
            problems.append(f"warnings.yaml: {warning.id}: unknown figures {sorted(unknown)}")
    return problems
