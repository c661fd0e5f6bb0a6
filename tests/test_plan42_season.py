"""Plan 42 (review 28new of 30 November 2026, D5): a phantom booking season. The vet clinic's
audience sentence « des chasseurs avec leurs chiens avant l'ouverture de septembre » was read as
the clinic's own season: the plan printed « 30 sept. 2027 — Fin de la période où vos clients
réservent » for a practice that vaccinates all year. Only the organisation's own opening
(« ouvert d'avril à septembre ») makes a sales window; the hunting season's does not."""

from __future__ import annotations

import pytest

from strategy_wizard.engine.plan import sales_window, season_end
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import milestones, persona, persona_inputs, persona_with

VET = "clinique-veto-bocage"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_hunting_season_is_not_the_clinics_booking_season(lang: str) -> None:
    s = persona(VET, lang)
    said = " ".join(m.what for m in milestones(s)).lower()
    assert "30 sept" not in said and "réservent" not in said and "customers book" not in said
    assert all(m.date.month != 9 or m.date.day != 30 for m in milestones(s))


def test_no_window_read_from_someone_elses_opening() -> None:
    kn = load_catalogue()
    assert sales_window(persona_inputs(VET), kn) == []
    assert season_end(persona_inputs(VET), kn) is None


def test_the_organisations_own_opening_still_makes_a_window() -> None:
    """The negative test's twin: a clinic that said it opens from April to September keeps a
    window (the rule is about whose opening it is, not about the word)."""
    kn = load_catalogue()
    own = persona_inputs(VET, offer="Clinique vétérinaire saisonnière, ouverte d'avril à septembre")
    assert sales_window(own, kn) == [4, 5, 6, 7, 8, 9]


def test_a_camping_by_the_chassezac_keeps_its_season() -> None:
    """« Chassezac » is a river, not the hunt (« chasse »): the camping keeps its season."""
    kn = load_catalogue()
    assert sales_window(persona_inputs("camping-familial"), kn)


def test_the_hunters_clause_alone_changes_nothing_in_a_persona_without_it() -> None:
    s = persona_with(VET, audience_description="Des propriétaires de chiens et de chats.")
    assert not any("réservent" in m.what for m in milestones(s))
