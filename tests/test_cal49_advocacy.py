"""cal49: an advocacy plan's order of operations (review 33b VN5).

Vents du Condroz's first letter went out on 5 January asking members to forward it « avec leur
code de parrainage » and to the subscription form, the day before the share kit was written,
and the form's referral-code field (first step 3) and the dated site's fix never had a row.
"""

from __future__ import annotations

import pytest

from tests.conftest import persona

FIELD = {"fr": "« code de parrainage »", "en": "“referral code”"}


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


KIT = {"fr": "Le kit de partage joint", "en": "The share kit attached"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_referral_field_is_set_up_first_and_the_first_letter_carries_the_kit(lang):
    s = persona("vents-du-condroz", lang)
    rows = sorted(s.calendar, key=lambda x: (x.date, x.time))
    field = next(x for x in rows if x.activity == "setup" and FIELD[lang] in _plain(x.idea))
    start = min(x.date for x in rows)
    assert (field.date - start).days <= 1, field
    # before any post or letter
    posts = [x for x in rows if x.activity == "post"]
    assert all((x.date, x.time) > (field.date, field.time) for x in posts)
    # the first letter after the kit is written, with the kit
    kit = next(
        x
        for x in rows
        if x.activity == "setup" and x.idea.startswith(("Écrire le kit", "Write the"))
    )
    letters = [x for x in posts if x.network == "newsletter"]
    assert letters and letters[0].date > kit.date, (letters[0].date, kit.date)
    assert KIT[lang] in letters[0].idea
