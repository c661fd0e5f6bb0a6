"""How the documents show the strategy's numbers: hours to the quarter hour, posts a week as a
person counts them, figures as the person's own. Shared by every renderer, so the Markdown, the
HTML and the PDF never show the same figure two ways."""

from __future__ import annotations

from strategy_wizard.base.locale import locale_for
from strategy_wizard.model.strategy import cadence
from strategy_wizard.render.words import document_words, word


def hours(value: float, lang: str) -> str:
    """ "2 h 45", "30 min"; a dash for no time at all (not a zero that reads as a measure)."""
    return locale_for(lang).duration(value) if value else "—"


def posts(value: float, lang: str) -> str:
    """Posts a week: whole posts, or one a fortnight, or one a month; a dash for none."""
    if not value:
        return "—"
    if cadence(value) != "weekly":
        return word(f"posts_{cadence(value)}", lang)
    return locale_for(lang).number(round(value), 0)


def figure(value: float | None, lang: str) -> str:
    """A KPI's figure: whole when whole, else one decimal; a dash when not measured yet."""
    if value is None:
        return "—"
    return locale_for(lang).number(value, 0 if float(value).is_integer() else 1)


def rhythm(value: float, lang: str, network: str = "") -> str:
    """Posts a week in words: "3 posts a week", "one every two weeks"; a dash for none. A
    channel that counts its own way says so (`rhythm_<key>_<network>`: a newsletter sends
    issues, not posts; review 30a, D14)."""
    if not value:
        return "—"
    n = round(value)
    key = f"rhythm_{cadence(value)}" if cadence(value) != "weekly" else "rhythm_n"
    key = "rhythm_one" if key == "rhythm_n" and n == 1 else key
    own = f"{key}_{network}"
    return word(own if own in document_words() else key, lang, n=n)
