"""Plan 42 (review 28 of 30 November 2026, #11): generic phases left in the plans. Northgate's
« Find a steady rhythm » and « Consolidate and measure » held its scholarship deadline (31 March)
and its deposit deadline (31 May); Cire's « Trouver son rythme » and « Consolider et mesurer »
held Valentine's Day, Mother's Day and Father's Day. A generic middle phase is now named after
the dated moments it holds; a phase with none keeps its name."""

from __future__ import annotations

import pytest

from tests.conftest import persona, persona_with

GENERIC = (
    "Find a steady rhythm",
    "Consolidate and measure",
    "Trouver son rythme",
    "Consolider et mesurer",
)


def _names(s) -> list[str]:
    return [p.name.replace("\u2019", "'") for p in s.plan]


def test_northgate_phases_name_its_deadlines() -> None:
    names = _names(persona("northgate-business-school", "en"))
    assert not any(g in n for g in GENERIC for n in names), names
    assert any("31 March" in n for n in names) and any("31 May" in n for n in names)


@pytest.mark.parametrize(
    ("lang", "mothers", "valentine"),
    [("fr", "la fête des mères", "la Saint-Valentin"), ("en", "Mother's Day", "Valentine's Day")],
)
def test_cire_phases_name_its_gift_days(lang: str, mothers: str, valentine: str) -> None:
    names = _names(persona("cire-et-chine", lang))
    assert not any(g in n for g in GENERIC for n in names), names
    # plan48 (review 31a, C12): a phase holding one day may open with it, capitalised
    # (« La Saint-Valentin, puis un rythme régulier »)
    lower = [n.lower() for n in names]
    assert any(mothers.lower() in n for n in lower) and any(valentine.lower() in n for n in lower)


def test_a_phase_with_no_dated_moment_keeps_its_name() -> None:
    # plan44 (review 29): the steady-rhythm phase's own name is now the objective's (sales),
    # never the generic « Trouver son rythme »; with no dated moment it keeps that name
    s = persona_with("cire-et-chine", "fr", market="b2b", sector="professional_services")
    assert "Publier chaque semaine, pour plus de ventes" in _names(s)
