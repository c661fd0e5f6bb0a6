"""cal44: a shop's pin puts a search only over a subject it fits (review 30 #1).

Cire & Chiné's calendar paired any search with any subject: « Épingle « cadeau fait main »,
tableau « Idées cadeaux », qui répond à une question de votre public : « réutiliser le verre une
fois la bougie terminée » », « Épingle « idée cadeau Saint-Valentin », tableau « Idées cadeaux »,
pas à pas : chine de verrerie ancienne en brocante ». A gift search goes over the gift question
or the offer's own piece, « bougie vintage » over the vintage-glass subjects; a subject no search
fits is pinned under its own words. Its short printed row leads with what the pin shows, its
search in brackets, never the same « Épingle « X », tableau « Y » » clause row after row.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from strategy_wizard.base.locale import locale_for
from strategy_wizard.render.view import _brief, _pin_patterns
from tests.conftest import persona

CIRE = "cire-et-chine"
PIN = {
    "fr": re.compile(r"^Épingle « ([^»]+) », tableau « ([^»]+) »[^:]*: (.+)$"),
    "en": re.compile(r"^Pin for “([^”]+)”, board “([^”]+)”[^:]*: (.+)$"),
}
GIFT = ("cadeau", "gift")
VINTAGE = ("ancien", "chine", "chiné", "brocante", "vintage")
OFFER = "bougies parfumées à la cire de colza"


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")


def _pins(lang: str) -> list[str]:
    return [
        _plain(x.idea)
        for x in persona(CIRE, lang).calendar
        if x.activity == "post" and x.network == "pinterest"
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pins_search_fits_what_it_shows(lang: str) -> None:
    searched = [m for p in _pins(lang) if (m := PIN[lang].match(p))]
    assert len(searched) >= 8, _pins(lang)
    for m in searched:
        search, shown = m.group(1), m.group(3).split(". ")[0].lower()
        if any(w in search for w in GIFT):
            assert any(w in shown for w in GIFT) or OFFER in shown, m.group()
        else:
            assert search == "bougie vintage", m.group()
            assert any(w in shown for w in VINTAGE), m.group()
    # the gift question, the vintage subjects and the offer's own piece each have their search
    shown = " ".join(m.group(3) for m in searched).lower()
    for subject in ("trouver un cadeau", "objets anciens", "chine de verrerie", OFFER):
        assert subject in shown, subject


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_subject_no_search_fits_is_pinned_under_its_own_words(lang: str) -> None:
    pins = _pins(lang)
    own = "titrée avec ces mots-là" if lang == "fr" else "titled with these very words"
    mine = [p for p in pins if own in p]
    # « réutiliser le verre » has no search of its own: it leads its pin, no search over it
    assert [p for p in mine if p.lower().lstrip("“").startswith("réutiliser le verre")], mine
    assert not [p for p in pins if PIN[lang].match(p) and "réutiliser le verre" in p]
    assert len(set(pins)) == len(pins)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pins_short_row_leads_with_what_it_shows(lang: str) -> None:
    loc = locale_for(lang, "FR")
    patterns = _pin_patterns(lang, loc)
    pins = [p for p in _pins(lang) if PIN[lang].match(p)]
    short = [_brief(p, [], pins=patterns) for p in pins]
    lead = "Épingle" if lang == "fr" else "Pin for"
    assert not [s for s in short if s.startswith(lead)], short
    # whole words, the search in brackets, no two pins alike
    assert not [s for s in short if re.search(r"\w…", s)], short
    assert all(len(s) <= 76 for s in short), short
    assert Counter(short).most_common(1)[0][1] == 1, short
    vintage = "« bougie vintage »" if lang == "fr" else "“bougie vintage”"
    assert [s for s in short if vintage in s], short


def test_the_brief_of_a_pin_before_and_after() -> None:
    idea = (
        "Épingle « cadeau fait main », tableau « Idées cadeaux », qui répond à une question de "
        "votre public : « trouver un cadeau original et fait main à moins de 40 €, qui arrive "
        "à temps ». Une épingle-guide verticale en quelques étapes, ces mots dans le titre et la "
        "description, et le produit qui va avec, avec le lien vers sa propre fiche dans votre "
        "boutique en ligne."
    )
    # without the pin phrases, the row's lead is its search and board
    assert _brief(idea, []).startswith("Épingle « cadeau fait main », tableau")
    short = _brief(idea, [], pins=_pin_patterns("fr", locale_for("fr", "FR")))
    assert short == "Trouver un cadeau original et fait main (« cadeau fait main »)", short
    # a long subject without a comma ends on a whole clause, never mid-phrase
    long = "Savoir combien de temps brûle une bougie et si la cire et les parfums sont sans danger"
    assert _brief(long, []) == "Savoir combien de temps brûle une bougie"
