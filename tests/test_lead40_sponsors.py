"""A club's sponsors are counted once (review 27, remaining point after #13): their renewals on
the sponsors row, never again as a clause inside the members' re-affiliation measure; the nouns
that count them are data (metrics' `sponsor_words`) in both languages, so French answers rendered
in English still find « 21 sponsors locaux »."""

import pytest

from tests.conftest import persona


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_members_row_does_not_count_the_partners_again(lang: str):
    s = persona("rfc-val-hoyoux-jeunes", lang)
    ids = [k.id for k in s.kpis]
    assert "sponsors" in ids and "second_loyalty" in ids, ids
    members = next(k for k in s.kpis if k.id == "second_loyalty")
    said = {"fr": ("partenaires", "sponsors"), "en": ("partners", "sponsors")}[lang]
    assert not any(w in members.measure for w in said), members.measure


def test_sponsor_nouns_are_data_in_both_languages():
    from strategy_wizard.model.catalogue import load_catalogue

    words = load_catalogue().metrics.sponsor_words
    assert set(words) == {"fr", "en"} and all(words.values())
