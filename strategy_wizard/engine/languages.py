"""Which languages an international audience reads besides the posts' own.

Two parts of a strategy ask it: the editorial line (which language on which channel) and the
budget (a translation line). They must agree, so both read the answer here."""

from __future__ import annotations

import re

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.bank import contains_words
from strategy_wizard.model.catalogue import AudienceCountry, AudienceLanguages


def audience_countries(rule: AudienceLanguages, described: str) -> list[AudienceCountry]:
    """The countries `described` names as the audience's, not those it names after a
    comparison word in the same clause (review 22b, D2: « who compare the UK with Canada,
    Ireland and Germany » gave a German line; « rather than », « plutôt que », « face à »)."""
    words = sorted({w for ws in rule.comparisons.values() for w in ws}, key=len, reverse=True)
    if words:
        # a whole word, or an elided one (« plutôt qu'en Italie »)
        marks = "|".join(re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "") for w in words)
        described = re.sub(rf"(?i)(?<!\w)(?:{marks})[^;.!?\n]*", " ", described)
    return [c for c in rule.countries if contains_words(described, c.all_words())]


def named_countries(inputs: Inputs, say: Words) -> list[AudienceCountry] | None:
    """The countries the audience description names; None when the audience is not
    international (a local or national audience reads the posts' language)."""
    if inputs["audience_geo"] != "international":
        return None
    rule = say.catalogue.ideas.audience_languages
    described = str(inputs["audience_description"] or "")
    return audience_countries(rule, described)


# A language is worth translating posts into only when the countries reading it, and not the
# posts' language, are at least this share of the countries the audience description names
# (ideas33: Northgate, recruiting in India, Nigeria, Pakistan, Vietnam, Ghana and Kenya for an
# English-taught MSc, from 41 countries, was told to translate captions, ads and subtitles into
# Vietnamese and to budget 1 h 30 a week for it: one country in six, whose applicants pass an
# English test). A quarter keeps German and Polish for a French exporter to four markets, Dutch
# for a tourist office near Belgium, German for a reef tour's backpackers.
# (data/ideas.yaml audience_languages would hold it once its model has the field.)
LANGUAGE_SHARE = 0.25


def other_languages(inputs: Inputs, say: Words, found: list[AudienceCountry]) -> list[str]:
    """The first language of each country in `found` that does not read the language the
    answers were written in, once each: the languages a post would need translating into, those
    read in too small a share of the countries named left out (LANGUAGE_SHARE)."""
    names = say.catalogue.ideas.audience_languages.names
    written = inputs.answers_lang or say.lang
    needed = [
        lang
        for c in found
        if written not in c.languages
        for lang in c.languages[:1]
        if lang in names
    ]
    return [
        lang for lang in dict.fromkeys(needed) if needed.count(lang) >= LANGUAGE_SHARE * len(found)
    ]
