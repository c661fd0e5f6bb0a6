"""cal48 (review 31b, V2, V14): an advocacy plan's calendar equips the advocates.

Vents du Condroz's first steps said « Écrire le kit de partage… », « Réunir dans un même groupe…
une vingtaine de vos membres… » and the ritual « Publier chaque mois un message « à partager » »,
but the four weeks had no row for any of them and no member's words among the posts, although
its topics list « les coopérateurs qui racontent pourquoi ils ont pris une part ».
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import persona, persona_with


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


WORDS = {
    "fr": ("Écrire le kit de partage", "Réunir", "premier message « à partager »"),
    "en": ("Write the share kit", "Gather", "first “to share” message"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_kit_the_group_and_the_first_message_are_dated_in_weeks_one_and_two(lang):
    s = persona("vents-du-condroz", lang)
    start = min(x.date for x in s.calendar)
    rows = []
    for words in WORDS[lang]:
        row = next(x for x in s.calendar if x.activity == "setup" and words in plain(x.idea))
        assert row.date < start + timedelta(days=14), (row.date, row.idea)
        rows.append(row)
    kit, group, first = rows
    # in the order they unlock each other; the message goes out in week 2, after the briefing
    assert (kit.date, kit.time) < (group.date, group.time) and group.date < first.date
    assert first.date >= start + timedelta(days=7)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_members_words_with_consent_are_posted_in_the_four_weeks(lang):
    s = persona("vents-du-condroz", lang)
    words = ("pourquoi ils ont pris une part", "avec son accord")
    if lang == "en":
        words = ("pourquoi ils ont pris une part", "with their consent")
    told = [
        x
        for x in s.calendar
        if x.activity == "post" and x.network == "facebook" and all(w in x.idea for w in words)
    ]
    assert len(told) == 1, [x.idea for x in s.calendar if x.activity == "post"]


def test_the_ambassadors_are_briefed_by_their_number_when_the_answers_give_it():
    s = persona_with(
        "vents-du-condroz",
        "fr",
        audience_description=(
            "Nos 3 100 coopérateurs du Condroz, dont un groupe de 25 ambassadeurs bénévoles "
            "qui parlent déjà de la coopérative aux fêtes de village, et leurs proches."
        ),
    )
    rows = [x.idea for x in s.calendar if x.activity == "setup"]
    assert any(r.startswith("Réunir vos 25 ambassadeurs") for r in rows), rows
    # without a number the first step's own words stay (« une vingtaine de vos membres »)
    rows = [x.idea for x in persona("vents-du-condroz", "fr").calendar if x.activity == "setup"]
    assert any("une vingtaine de vos " in r for r in rows), rows


def test_no_advocacy_rows_for_another_objective():
    s = persona("fournil-franchise", "fr")
    assert not any("kit de partage" in x.idea for x in s.calendar)
