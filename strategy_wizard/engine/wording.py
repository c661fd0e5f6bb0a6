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

import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from strategy_wizard.base.locale import Locale, locale_for
from strategy_wizard.base.resources import resource_dir
from strategy_wizard.base.yamlio import load_yaml_file
from strategy_wizard.model.bank import Bank
from strategy_wizard.model.catalogue import Catalogue, placeholders
from strategy_wizard.model.strategy import Reason, SmartObjective, Warning, cadence

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


_SPACES = "[ \u00a0\u202f]*"
# Letters a French word elides before (« qu'Instagram »); a Y or an X is said as a consonant.
VOWELS = "aeiouéèêâîôû"
# a quote mark doubled by quoting words a phrase quotes already; only the same mark twice: the
# person's own « Hors saison » quoted in English keeps its closing guillemet (“« Hors saison »”)
_DOUBLE_OPEN = re.compile(f"(([«“]){_SPACES})\\2{_SPACES}")
_DOUBLE_CLOSE = re.compile(f"{_SPACES}([»”])({_SPACES}\\1)")


def _own(w: Words, v: Any) -> str:
    """A text that may be the person's own (a target's metric or unit): quoted when they
    answered in another language than the document's, as-is otherwise."""
    return w.own_text(str(v))


def own_words(values: Mapping[str, Any], bank: Bank) -> frozenset[str]:
    """Every text the person typed in their answers (in lists and mappings too), not the codes
    of the questions with choices."""
    found: set[str] = set()

    def walk(v: Any) -> None:
        if isinstance(v, str):
            if any(c.isalpha() for c in v):
                found.add(v.strip())
        elif isinstance(v, Mapping):
            for x in v.values():
                walk(x)
        elif isinstance(v, list | tuple):
            for x in v:
                walk(x)

    for qid, value in values.items():
        q = bank.question(qid) if qid in set(bank.ids()) else None
        if q is not None and not (q.choices or q.choices_from):
            walk(value)
    return frozenset(found)


def _inline(label: str) -> str:
    """A label as it reads inside a sentence: no capital, unless it opens with an acronym."""
    first = label.split(" ", 1)[0]
    acronym = len(first) > 1 and first.isupper()  # "PME", "B2B"; not the article "A"
    return label if acronym or len(label) < 2 else label[0].lower() + label[1:]


def inline_metric(metric: str, names: tuple[str, ...] = ()) -> str:
    """The client's metric as it reads mid-sentence (« Passer de 41 à 58 formules … », not
    « 58 Formules … »; review 22b, D12): its first letter lowered unless it opens a proper
    noun or an acronym: an acronym or a mixed-case word ("CAC", "iPhone"), a name with a
    number (« Pass 18-30 », "Drop 03"), or a word of the names given (the organisation's, the
    networks': "Lane Rewards" at Harvest Lane Markets, "Instagram followers")."""
    words = metric.split()
    if not words:
        return metric
    first = words[0]
    plain = first[:1].isupper() and (first[1:].islower() or len(first) == 1) and first.isalpha()
    numbered = len(words) > 1 and words[1][:1].isdigit()
    named = {w.casefold() for n in names for w in re.findall(r"[\w'’-]+", n) if w[:1].isupper()}
    if not plain or len(first) < 2 or numbered or first.casefold() in named:
        return metric
    return first[0].lower() + metric[1:]


_DETERMINERS = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "au",
        "aux",
        "votre",
        "vos",
        "notre",
        "nos",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "mon",
        "ma",
        "mes",
        "chaque",
    ]
)
_FEMININE_ENDINGS = ("tion", "sion", "té", "ée", "ure", "ance", "ence")


def french_article(metric: str, feminine: list[str], invariable: list[str]) -> str:
    """A French metric as it reads after a verb, with its article (« Ramener le délai médian »,
    « la part des questions », « l’attente », « les heures » ; review 30b, E9): none added when
    it opens with a determiner or a figure, or is no lower-case noun (a name, an acronym)."""
    words = metric.split()
    if not words:
        return metric
    first = words[0]
    bare = first.casefold().strip("«»“”\"'’(")
    if (
        not first[:1].islower()
        or not bare.isalpha()
        or bare in _DETERMINERS
        or re.match(r"^[ldLD]['’]", first)
    ):
        return metric
    if bare.endswith(("s", "x")) and bare not in invariable:
        return f"les {metric}"
    if bare[:1] in "aeiouyhâàéèêîôû" and bare not in ("hausse", "haut", "hauteur"):
        return f"l’{metric}"
    if bare in feminine or bare.endswith(_FEMININE_ENDINGS):
        return f"la {metric}"
    return f"le {metric}"


def _labels(qid: str) -> Format:
    """Codes of a bank question shown by their labels, joined as a list, as words in a
    sentence."""
    return lambda w, v: w.loc.join(
        [_inline(w.bank.question(qid).choice_label(c, w.lang)) for c in v]
    )


def _relays(w: Words, v: Any) -> str:
    """Relays by their labels, or by the organisation's own name for one when the data has it
    (`relay_name_<code>@<variant>`: a charity's supporters, a public body's agents; review 14)."""
    names = []
    for code in v:
        key = f"relay_name_{code}"
        if w.variant(key) != key:
            names.append(_inline(w(key)))
        else:
            names.append(_inline(w.bank.question("relays").choice_label(code, w.lang)))
    return w.loc.join(names)


def _called(w: Words, nid: str) -> str:
    """How running text names a network: "Instagram", "votre newsletter"."""
    net = w.catalogue.network(nid)
    return net.in_text(w.lang) if net.in_text else net.name


def _networks(w: Words, v: Any) -> str:
    return w.loc.join([_called(w, n) for n in v])


def _channels(w: Words, v: Any) -> str:
    return _networks(w, v) if v else w("owned_channels")


def _network(w: Words, v: Any) -> str:
    return _called(w, v) if v else "—"


def _fact(w: Words, v: Any) -> str:
    return w.catalogue.fact(v).text(w.lang)


def _role(w: Words, v: Any) -> str:
    return w(f"role_{v}")


def _objective(w: Words, v: Any) -> str:
    """An objective as the organisation's kind says it (phrases `objective_named_<code>@<variant>`:
    a youth club's leads are new players, a degree's applications and deposits; review 27, #8:
    « votre objectif (obtenir des contacts qualifiés) » for a club's members), else its label."""
    named = f"objective_named_{v}"
    if w.variant(named) in w.catalogue.phrases:
        return w(named)
    return _inline(w.catalogue.objective(v).label(w.lang))


def _audience(w: Words, v: Any) -> str:
    """The audience as the person described it: ages, else types, else "your audience"."""
    ages, types = v.get("ages") or [], v.get("types") or []
    if ages:
        return _ages(w, ages)
    if types:
        return _labels("audience_types")(w, types)
    return w("your_audience")


def _ages(w: Words, ages: list[str]) -> str:
    """Age bands as a reader says them: a run of neighbouring bands summarised ("25 and over",
    « 35 à 64 ans »), never a pasted list of four bands (review 5, D8)."""
    codes = [c.code for c in w.bank.question("audience_ages").choices or []]
    runs: list[list[str]] = []
    for code in sorted(ages, key=lambda c: codes.index(c) if c in codes else len(codes)):
        if runs and code in codes and codes.index(code) == codes.index(runs[-1][-1]) + 1:
            runs[-1].append(code)
        else:
            runs.append([code])
    label = _labels("audience_ages")
    parts = []
    for run in runs:
        low, high = run[0].partition("-")[0].rstrip("+"), run[-1].partition("-")[2]
        if len(run) == 1 or not low.isdigit():
            parts.append(label(w, run))
        elif run[-1].endswith("+"):
            parts.append(w("ages_from", age=int(low)))
        else:
            parts.append(w("ages_between", age=int(low), age_to=int(high)))
    return w.loc.join(parts)


def _consultant_reason(w: Words, v: Any) -> str:
    return str(v) if v else w("no_reason")


def _date(w: Words, v: Any) -> str:
    """A date in a sentence; the first of the month written as French writes it (1er octobre)."""
    text = w.loc.date(v)
    return "1er" + text[1:] if w.lang == "fr" and text.startswith("1 ") else text


def _month_year(w: Words, v: Any) -> str:
    """A month and its year (« janvier 2028 », "January 2028")."""
    return w.loc.date(v, "MMMM y")


def _money(w: Words, v: Any) -> str:
    return w.loc.money(float(v))


def _currency(w: Words, v: Any) -> str:
    """A currency by its name in a sentence (« livres sterling », "British pounds")."""
    return w.loc.currency_name(str(v))


def _duration(w: Words, v: Any) -> str:
    """Hours as a person says them, to the quarter hour: "2 h 45", "45 min", "3 h"."""
    return w.loc.duration(float(v))


def _rhythm(w: Words, v: Any) -> str:
    """Posts a week as a person counts them: once a month, every two weeks, twice a week."""
    posts = float(v)
    if cadence(posts) != "weekly":
        return w(f"rhythm_posts_{cadence(posts)}")
    n = round(posts)
    if f"rhythm_posts_{n}" in w.catalogue.phrases:  # a count said in words where one reads so
        return w(f"rhythm_posts_{n}")
    return w("rhythm_posts_n", n=str(n))


def _counted(noun: str) -> Format:
    """A number of things, in the language's singular or plural (Babel's plural rules)."""

    def show(w: Words, v: Any) -> str:
        from babel import Locale as BabelLocale

        n = int(v)
        form = BabelLocale.parse(w.loc.babel).plural_form(n)
        key = f"count_{noun}_{form}"
        if key not in w.catalogue.phrases:
            key = f"count_{noun}_other"
        return w(key, n=str(n))

    return show


def _count(w: Words, v: Any) -> str:
    """A figure as the person's own: whole when whole, else one decimal."""
    x = float(v)
    return w.loc.number(x, 0 if x.is_integer() else 1)


def _figure(w: Words, v: Any) -> str:
    """The target's figure: an amount in the country's currency when the target counts money
    (« £18,400 », review 11a, #5), else a count as the person's own."""
    return w.loc.money(float(v)) if w.money else _count(w, v)


def _questions(w: Words, v: Any) -> str:
    """Question ids shown by their labels in the bank, lower-cased after the first word."""
    return w.loc.join([w.bank.question(q).label(w.lang).rstrip(" ?  ") for q in v])


def _peers(w: Words, v: Any) -> str:
    """The peers the person named, quoted; "your competitors" when they named none."""
    return w.loc.join([w.loc.quote(str(x)) for x in v]) if v else w("your_peers")


def _service(w: Words, v: Any) -> str:
    """A service as the offer names it (« anti-wrinkle injections »): a part of the person's
    words, quoted when they answered in another language than the document's; when the offer
    names none, "your health service"."""
    if not v:
        return str(w("scoped_service_unnamed"))
    return w.loc.quote(str(v)) if w.own else str(v)


def _said(w: Words, v: Any) -> str:
    """The person's own words, each quoted: « cidre », « Domaine »."""
    return w.loc.join([w.loc.quote(str(x)) for x in v])


def _elections(w: Words, v: Any) -> str:
    """The run-ups to elections (art. L52-1) the plan crosses, dated: "before the presidential
    election of April 2027, from 1 October 2026 until the vote (7 May 2027 at the latest)"."""
    th = w.catalogue.thresholds
    windows = []
    for n in v:
        e = th.elections_fr[int(n)]
        name = e.name(w.lang)
        if e.status == "announced":
            name += " " + w("election_announced")
        windows.append(
            w(
                "election_window_latest" if e.until_latest else "election_window",
                amount=name,
                since=e.window_start(th.election_window_months),
                other_date=e.until,
            )
        )
    return (" ; " if w.lang == "fr" else "; ").join(windows)


def _area(w: Words, v: Any) -> str:
    """The audience's area as words inside a sentence (« votre ville et ses environs »): the
    question's label, « Local (ville, quartier) », reads as a pasted form field there."""
    return w.loc.join([str(w(f"area_in_text_{code}")) for code in v])


def _country(w: Words, v: Any) -> str:
    """Where a rule applies, from the country's code: « en Belgique », "in Belgium"."""
    country = w.catalogue.country(str(v))
    return country.in_name(w.lang) if country else str(v)


def _headlines(w: Words, v: Any) -> str:
    """Warnings named by their one-line headlines, as sentences."""
    return " ".join(w.catalogue.warning(wid).headline(w.lang) for wid in v)


# figure name -> how it is shown. Names are shared by every phrase family unless a family
# overrides one (see WARNING_FIGURES).
FIGURES: dict[str, Format] = {
    "fit": _whole,
    "threshold": _number(0),
    "n": _text,
    "n_social": _counted("social_networks"),
    "n_networks": _counted("networks"),
    "months": _whole,
    "weeks": _whole,
    "days": _whole,
    "hours": _duration,
    "min_hours": _duration,
    "left": _duration,
    "needed": _duration,
    "response": _duration,
    "max_response": _duration,
    "week_hours": _duration,
    "year_hours": _number(0),
    "answer_within": _duration,
    "posts": _rhythm,
    "min_posts": _rhythm,
    "value": _figure,
    "baseline": _figure,
    "realistic": _figure,
    "reading": _figure,  # the scorecard's first reading of the target (quick_growth, 31b G5)
    "ratio": _number(1),
    "limit": _number(1),
    "promo": _number(0),
    "max_promo": _number(0),
    "growth": _number(2),
    "change": _number(0),
    "amount": _text,
    "site": _text,  # a review site the answers name (TripAdvisor)
    "languages": _text,  # the languages an international audience reads (review 15, D4)
    "language": _text,  # the posts' own language beside it (review 21a, R6)
    "ways": _text,  # the free scheduling of the channels kept (review 17, NEW-6)
    "names": _text,  # names of networks already joined (« Facebook et Instagram »)
    "west": _text,  # its time zones' span, as UTC offsets
    "east": _text,
    "audience": _audience,
    "other_audience": _audience,
    "share": _number(0),
    "objective": _objective,
    "formats": _labels("formats"),
    "market": _labels("market"),
    "team": _labels("team"),
    "area": _area,
    "premises": _labels("premises"),
    "relays": _relays,
    "role": _role,
    "reason": _consultant_reason,
    "others": _networks,
    "networks": _networks,
    "channels": _channels,
    "network": _network,
    "other": _network,
    "fact": _fact,
    "missing": _questions,
    "warnings": _headlines,
    "rule": _whole,
    "age": _whole,
    "country": _country,
    "currency": _currency,
    "age_to": _whole,
    "metric": _own,
    "unit": _own,
    "skill": _own,
    # the person's words reshaped into a post's opening (engine/hooks.py): shown as they are
    "hook": _text,
    "headline": _text,
    "price": _text,  # the current offer's price as the answers give it
    "angle": _text,  # a new take's angle (review 21a, R9)
    "lead": _text,  # how long before each date of a series (review 24, #4)
    "button": _text,  # a listing post's button, by its label (review 21a, R2)
    "subject": _text,
    "who": _text,
    "how": _text,
    "said": _text,
    "where": _text,
    "year": _text,
    "idea": _text,
    # a capacity said the public's way round (« Vous étiez 1 650 ; billets : 2 000 au maximum »)
    "part": _text,
    "whole": _text,
    "what": _text,
    "weekday": _text,  # a day the answers name (« samedi »), as written (review 28new, D4)
    "deadline": _date,
    "other_date": _date,
    "day": _date,
    "since": _date,
    "elections": _elections,
    "money": _money,
    "reference": _money,
    "action": _quoted,
    "problem": _quoted,
    "proof": _quoted,
    "source": _text,
    "offer": _quoted,
    "topic": _quoted,
    "peers": _peers,
    # the person's words a rule was assumed from (« cidre »), and the question they answered
    "assumed_from": _said,
    "assumed_in": _text,
    "service": _service,  # the one regulated service of an offer (engine/regulated.py)
    "extras": _text,  # names of sentences added to a warning's advice (not shown themselves)
    # the people who already know the organisation and how many (relays.py `pool_said`)
    "pool": _text,
    "pool_count": _text,
    # a metric's window (« 8 semaines ») and the date a figure covering a day is read (plan.py)
    "window": _text,
    "count": _whole,
    "subscribers": _number(0),  # a list counted in the thousands: « 14 200 »
    "read_date": _date,
    # a seasonal business's checkpoint month and the same month a year before (plan.py)
    "month": _month_year,
    "month_before": _month_year,
    # a stay season's first and last months (« de novembre 2027 à mars 2028 », plan.py)
    "first_month": _month_year,
    "last_month": _month_year,
    "book_month": _month_year,
}
WARNING_FIGURES: dict[str, Format] = FIGURES


class Agreement(BaseModel):
    """How a language's sentences about a channel agree with its grammatical gender
    (data/languages.yaml `agreement`): French says « Elle compte à part » of a newsletter and
    « Il compte à part » of a blog (review 31b, VN3)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    feminine: tuple[str, ...] = ()
    masculine: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()  # [masculine, feminine] fragments of a sentence

    def agree(self, text: str, network: str) -> str:
        """`text`, said of `network`, in that network's gender; as written when the data gives
        the network no gender."""
        if network in self.feminine:
            swaps = self.pairs
        elif network in self.masculine:
            swaps = tuple((f, m) for m, f in self.pairs)
        else:
            return text
        for said, agreed in swaps:
            text = text.replace(said, agreed)
        return text


class Vocabulary(BaseModel):
    """Units a person types, in each language (data/languages.yaml `vocabulary`): a French
    « heures ouvrées » reads "working hours" in an English document (review 31b, E9)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: tuple[dict[str, str], ...] = ()
    per: tuple[dict[str, str], ...] = ()  # a unit's period, after its noun (« par mois »)

    def said_in(self, text: str, lang: str) -> str | None:
        """`text`, a unit in another language, as `lang` says it; None when the vocabulary
        does not hold it whole (the person's own words then stay quoted)."""
        plain = " ".join(text.split())
        found = self._word(plain, lang)
        if found is not None:
            return found
        for period in self.per:
            for other, said in period.items():
                if other != lang and lang in period and plain.casefold().endswith(f" {said}"):
                    head = self._word(plain[: -len(said) - 1], lang)
                    if head is not None:
                        return f"{head} {period[lang]}"
        return None

    def _word(self, text: str, lang: str) -> str | None:
        folded = text.casefold()
        for entry in self.words:
            if lang not in entry:
                continue
            if any(other != lang and said.casefold() == folded for other, said in entry.items()):
                shown = entry[lang]
                return shown[:1].upper() + shown[1:] if text[:1].isupper() else shown
        return None


class LanguageRules(BaseModel):
    """What data/languages.yaml says of words beyond its locales: agreement and vocabulary."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    agreement: dict[str, Agreement] = {}
    vocabulary: Vocabulary = Vocabulary()
    # per language, groups of sentences that say one fact: a document says it once
    said_once: dict[str, tuple[tuple[str, ...], ...]] = {}
    # per language, the patterns of a warm pool named with its size (relays.py `warm_pool`)
    warm_pool: dict[str, tuple[str, ...]] = {}


@cache
def language_rules() -> LanguageRules:
    """The agreement and vocabulary rules, read once from data/languages.yaml (a language the
    file gives no agreement agrees with no gender)."""
    return LanguageRules.model_validate(load_yaml_file(resource_dir("data") / "languages.yaml"))


def agreements() -> dict[str, Agreement]:
    """Each language's agreement rules (data/languages.yaml `agreement`)."""
    return language_rules().agreement


def squash_spaces(text: str) -> str:
    """Runs of spaces as one, a no-break space kept where the run holds one: `re.sub(r"\\s+",
    " ", …)` also turns the no-break spaces of « … » and « : » into plain ones a line may break
    at (review 31a, typography; plan.py's checkpoints)."""
    squashed = re.sub(
        r"[ \t\n]*([\u00a0\u202f])[ \t\n]*|[ \t\n]+", lambda m: m.group(1) or " ", text
    )
    return squashed.strip(" \t\n")


_ARTICLE = re.compile(r"\b([dD]|[qQ]u)e (une?)\b(?!\s+(?:à|a|ou|et|sur)\b)")


def currency_of(catalogue: Catalogue, country: str | None) -> str:
    """The money the answers' amounts are in: the country's own (data/countries.yaml); none
    for a country the list does not name (its amounts are shown as plain figures); the euro
    when no country is answered, the questionnaire's home (review 11a, #5)."""
    if country == "other":
        return ""
    found = catalogue.country(country) if country else None
    return (found.currency or "") if found is not None else "EUR"


class Words:
    """The phrases of the catalogue in one language, with figures formatted by name."""

    def __init__(
        self, bank: Bank, catalogue: Catalogue, lang: str, country: str | None = None
    ) -> None:
        self.bank, self.catalogue, self.lang = bank, catalogue, lang
        self._vowel_names: re.Pattern[str] | None = None  # see _elide
        self._varied: set[str] | None = None  # see variant
        # the language as the `country` answer's country writes it: US English spells
        # "organization", dates "Jan 4, 2027" (review 8, #7)
        self.currency = currency_of(catalogue, country)
        self.loc: Locale = locale_for(lang, country).in_currency(self.currency or None, country)
        # what the organisation is and aims at (org kind, objective): a phrase `key@variant` of
        # the data replaces `key` for them (a town hall listens to neighbouring towns, not to
        # competitors; volunteers only for a non-profit)
        self.variants: tuple[str, ...] = ()
        # the person's own texts, when they answered in another language (quoted when shown)
        self.own: frozenset[str] = frozenset()
        # the target counts money: its figures are amounts (engine/money.py; review 11a, #5)
        self.money = False
        # proper names a metric may open with (the organisation's own): kept capitalised
        self.names: tuple[str, ...] = ()
        # the network whose reason first said each group of `said_once` sentences
        self._said_by: dict[int, str] = {}
        # the networks whose cards gave each reason (code and figures), in order: a later card
        # says the same fact with the phrase's `_again` wordings in turn
        self._worded_by: dict[tuple[str, str], list[str]] = {}

    def own_text(self, text: str) -> str:
        """`text` quoted when it is the person's own words in another language, unless it is a
        unit the vocabulary says in this one (« heures ouvrées » → "working hours")."""
        if text.strip() not in self.own:
            return text
        said = language_rules().vocabulary.said_in(text.strip(), self.lang)
        return said if said is not None else self.loc.quote(text)

    def __call__(self, key: str, **figures: Any) -> str:
        """A phrase of the data with its figures, in the variant that fits if the data has one."""
        return self._fill(self.catalogue.phrase(self.variant(key, figures)), figures, FIGURES)

    def variant(self, key: str, figures: Mapping[str, Any] | None = None) -> str:
        """The key of the phrase to say: `key@a+b` for two variants that apply together (a
        person alone who sells no goods), else `key@a` for the first that applies, else `key`.
        The network a phrase names comes first, by its id then its kind (« Compléter votre
        fiche Google », not « le profil votre fiche Google »), then the organisation's variants
        (Words.variants, the most binding first)."""
        phrases = self.catalogue.phrases
        if self._varied is None:  # the keys that have variants at all, found once per Words
            self._varied = {k.partition("@")[0] for k in phrases if "@" in k}
        if key not in self._varied:
            return key
        tags = list(self.variants)
        net = (figures or {}).get("network")
        named: list[str] = []
        if isinstance(net, str) and net in self.catalogue.network_ids:
            named = [net, self.catalogue.network(net).kind]
        hours = (figures or {}).get("hours")
        if isinstance(hours, int | float) and 1 <= hours < 2:
            # « 1 h 30 par semaine suffit »: a verb after less than two is singular in French
            named.append("one_hour")
        # the network's own variants before the organisation's: a pair of organisation tags
        # (no site, leads) never outranks the Google listing's own phrase (« le profil votre
        # fiche Google »)
        every = named + tags
        own = [f"{key}@{a}+{b}" for a in named for b in every if a != b]
        own += [f"{key}@{a}" for a in named]
        rest = [f"{key}@{a}+{b}" for a in tags for b in tags if a != b]
        rest += [f"{key}@{t}" for t in tags]
        return next((k for k in own + rest if k in phrases), key)

    def _fill(self, text: Any, figures: Mapping[str, Any], formats: Mapping[str, Format]) -> str:
        shown = {name: formats[name](self, value) for name, value in figures.items()}
        if self.loc.spelling:  # the phrase in the country's spelling, its figures as they are
            marks = {name: f"\x00{i}\x00" for i, name in enumerate(shown)}
            out = self.loc.respell(str(text(self.lang, **marks)))
            for name, mark in marks.items():
                out = out.replace(mark, shown[name])
        else:
            out = str(text(self.lang, **shown))
        if self.own:  # a phrase that already quotes the metric: quoted once, not twice
            out = _DOUBLE_OPEN.sub(r"\1", _DOUBLE_CLOSE.sub(r"\2", out))
        if self.lang == "fr":
            out = self._elide(out, figures)
        return out

    def _elide(self, out: str, figures: Mapping[str, Any]) -> str:
        """French before the networks a phrase names: « qu'Instagram », « d'Instagram » (a
        name opening on a vowel), and a list after « de » says « de » before each (« de
        votre fiche Google et de votre newsletter », « à Instagram et à votre newsletter »)."""
        for name in ("others", "networks", "channels"):
            value = figures.get(name)
            if isinstance(value, list | tuple) and len(value) > 1:
                called = [_called(self, n) for n in value]
                joined = self.loc.typography(self.loc.join(called))
                for word in ("de", "à"):
                    each = self.loc.join([f"{word} {c}" for c in called])
                    found = re.compile(rf"(?<!\w){word} {re.escape(joined)}")
                    out = found.sub(self.loc.typography(each).replace("\\", r"\\"), out)
        if self._vowel_names is None:  # the names opening on a vowel, found once per Words
            names = [_called(self, nid) for nid in self.catalogue.network_ids]
            vowel = [n for n in names if n[:1].lower() in VOWELS]
            either = "|".join(map(re.escape, vowel)) or r"(?!)"  # none: never matches
            self._vowel_names = re.compile(rf"\b(qu|d|l)e ({either})\b")
        out = self._vowel_names.sub(r"\1’\2", out)
        # « de un ancien élève » is « d'un ancien élève », « que une » « qu'une » (review 10,
        # #9), never a count (« de un à trois »)
        return _ARTICLE.sub(lambda m: f"{m.group(1)}’{m.group(2)}", out)

    def reason(self, reason: Reason, network: str | None = None) -> str:
        """A reason's sentence, from its code and figures; said of `network` (a card's own
        reasons), it agrees with that network's gender in the language (« Elle compte à part
        des réseaux sociaux » of a newsletter)."""
        if reason.code == "threshold_raised":
            rule = self.catalogue.thresholds.fit_threshold_raises[int(reason.figures["rule"])]
            return rule.why(self.lang)
        key = f"reason_{reason.code}"
        if network:  # a reason earlier cards gave: its `_again`, `_again2`… wordings in turn
            cards = self._worded_by.setdefault((key, repr(reason.figures)), [])
            if network not in cards:
                cards.append(network)
            turn = cards.index(network)
            again = [k for k in (f"{key}_again", f"{key}_again2") if k in self.catalogue.phrases]
            if turn and again:
                key = again[(turn - 1) % len(again)]
        text = self(key, **reason.figures)
        agreement = agreements().get(self.lang)
        if agreement and network:
            text = agreement.agree(text, network)
        return self._once(text, network) if network else text

    def _once(self, text: str, network: str) -> str:
        """`text` without a sentence of a `said_once` group that another network's reason
        said first: the fact is read once in the document (« It is counted separately from the
        social networks. » on the first card that needs it)."""
        groups = language_rules().said_once.get(self.lang, ())
        for i, group in enumerate(groups):
            for sentence in group:
                said = self.loc.typography(sentence)
                if said not in text:
                    continue
                first = self._said_by.setdefault(i, network)
                if first != network:
                    text = text.replace(said, "").strip()
        return text

    def warning(self, warning: Warning) -> tuple[str, str, str]:
        """A warning's headline, message and advice, from its id, its case and its figures."""
        text = self.catalogue.warning(warning.id)
        words = text.variants.get(warning.case, text) if warning.case else text
        message = self._fill(words.message, warning.figures, WARNING_FIGURES)
        if warning.figures.get("assumed_from"):  # a rule only assumed says so where it applies
            key = f"warning_assumed_{warning.figures['assumed_in']}"
            message += " " + self(key, assumed_from=warning.figures["assumed_from"])
        advice = self._fill(words.advice, warning.figures, WARNING_FIGURES)
        extras = warning.figures.get("extras", [])
        # two rules or more beside the advice are lines of their own, never one wall of a
        # paragraph (review 33a, DN2: what to write / UK / Ireland / CPD)
        joint = "\n" if len(extras) > 1 else " "
        for extra in extras:  # what the condition also met
            advice += joint + text.extras[extra].text(self.lang)
        return (
            self._fill(words.headline, warning.figures, WARNING_FIGURES),
            message,
            advice,
        )

    def statement(
        self,
        objective: SmartObjective,
        change: float | None = None,
        season: str = "",
        stock: str = "",
    ) -> str:
        """The SMART sentence, from the objective's parts: from what to what, by when, through
        which channels; a reduction reads as a reduction; a figure nobody gave is not invented
        but measured in the first month; a target out of reach comes with the realistic one.
        `stock`: the word of the units a fixed stock counts, when the objective is to sell them
        all (review 27, #1: « Sell the 16 suites left … from 24 to 40 sold »)."""
        base, target = objective.baseline, objective.target
        metric = objective.metric
        if metric not in self.own:  # the person's own words, quoted as given, keep their case
            networks = tuple(n.name for n in self.catalogue.networks)
            metric = inline_metric(metric, (*self.names, *networks))
            metric = unit_unbracketed(metric, objective.unit)
            if self.lang == "fr" and objective.lower_is_better:
                # « Ramener le délai médian … », never « Ramener délai médian » (30b, E9)
                m = self.catalogue.metrics
                metric = french_article(metric, m.article_feminine, m.article_invariable)
        parts = {
            "metric": metric,
            "unit": objective.unit,
            "deadline": objective.deadline,
            "channels": objective.channels,
        }
        rate = "_rate" if objective.unit.strip().startswith("%") else ""  # raised, not counted
        realistic = objective.realistic_target if base else None
        if stock and base is not None and target is not None:
            left = self.loc.number(target - base, 0)
            statement = self(
                "smart_stock", baseline=base, value=target, count=left, subject=stock, **parts
            )
        elif base is not None and target is not None:
            key = "smart_reduce" if objective.lower_is_better else f"smart_grow{rate}"
            # the target the plan leads to comes first; the person's own is the next horizon
            aim = target if realistic is None else realistic
            statement = self(key, baseline=base, value=aim, **parts)
        elif target is not None:
            statement = self("smart_reach_no_baseline", value=target, **parts)
        elif base is not None:
            statement = self(f"smart_from_no_target{rate}", baseline=base, **parts)
        elif change and not objective.lower_is_better:
            # no figure given: the provisional target the KPI's rule sets, said as provisional
            statement = self(f"smart_provisional{rate}", change=change, **parts)
        else:
            statement = self(f"smart_measure_first{rate}", **parts)
        if realistic is not None and base and objective.realistic_proof:
            statement += " " + self(
                "smart_realistic_proof",
                realistic=realistic,
                value=target,
                proof=objective.realistic_proof,
                unit=objective.unit,
            )
        elif realistic is not None and base:
            ratio = (
                (base / target) if objective.lower_is_better and target else ((target or 0) / base)
            )
            statement += " " + self(
                "smart_realistic",
                realistic=realistic,
                value=target,
                ratio=ratio,
                unit=objective.unit,
            )
        if objective.desired_action:
            statement += " " + self("smart_action", action=objective.desired_action)
        if season:
            # how the plan reads the target (a deadline in the low season, a stock's path and the
            # client's own figure weighed: plan.py) is a note on its own line, after the
            # objective and its action: never one thirteen-line paragraph (review 33a, WN4)
            statement += "\n" + season
        return statement


def unit_unbracketed(metric: str, unit: str) -> str:
    """The metric without a closing « (unit) » the sentence says again after the figures: « de
    26 à 4 heures ouvrées », never « … Messenger (heures ouvrées) de 26 à 4 heures ouvrées »
    (review 33b, EN7)."""
    said = unit.strip().lower()
    m = re.search(r"\s*\(([^()]*)\)\s*$", metric)
    if said and m and m.group(1).strip().lower() == said:
        return metric[: m.start()].rstrip()
    return metric


def check_phrases(catalogue: Catalogue) -> list[str]:
    """Placeholders of the engine's phrases that no figure format knows: each would fail only
    when a strategy uses that phrase, so the data is checked as a whole instead."""
    problems = []
    known = FIGURES.keys()
    for key, text in catalogue.phrases.items():
        for lang, words in text.items():
            unknown = placeholders(words) - known
            if unknown:
                problems.append(f"phrases.yaml: {key}.{lang}: unknown figures {sorted(unknown)}")
    for warning in catalogue.warnings:
        unknown = set(warning.figures) - set(WARNING_FIGURES)
        if unknown:
            problems.append(f"warnings.yaml: {warning.id}: unknown figures {sorted(unknown)}")
    return problems
