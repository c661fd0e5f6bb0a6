"""The steady-rhythm phase says what it does for the objective (review 29: Saltbush and the
RFC's youth club got « Trouver son rythme » / « Find a steady rhythm », which says nothing):
named after what it leads to (a series of dates, a season), else after the objective."""

from __future__ import annotations

import pytest

from tests.conftest import persona

GENERIC = ("Trouver son rythme", "Find a steady rhythm")


def _names(name: str, lang: str) -> list[str]:
    return [p.name.replace("\u00a0", " ") for p in persona(name, lang).plan]


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("saltbush-parade", "en", "Build the audience before the first date"),
        ("saltbush-parade", "fr", "Faire venir le public avant la première date"),
        ("rfc-val-hoyoux-jeunes", "fr", "Se faire connaître avant la saison 2027-2028"),
        ("rfc-val-hoyoux-jeunes", "en", "Get known before the 2027/28 season"),
        ("dentiva-saas", "en", "Post every week, for more enquiries"),
        ("dentiva-saas", "fr", "Publier chaque semaine, pour plus de demandes"),
    ],
)
def test_the_rhythm_phase_is_named_for_what_it_does(name: str, lang: str, expected: str) -> None:
    names = _names(name, lang)
    assert expected in names, names
    assert not any(g in n for g in GENERIC for n in names), names


def test_every_objective_has_its_own_rhythm_phase_name() -> None:
    """No objective the data knows falls back on the generic name (monitoring has its own)."""
    from strategy_wizard.model.catalogue import load_catalogue

    kn = load_catalogue()
    codes = {o.code for o in kn.objectives} - {"monitoring"}
    assert all(f"phase_rhythm@{c}" in kn.phrases for c in codes), sorted(codes)
