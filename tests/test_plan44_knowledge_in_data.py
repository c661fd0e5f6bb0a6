"""Knowledge in data, one action a step (review 29): the teams whose tools are in their fee
(an agency) are read from thresholds.yaml, no longer a constant in engine/money.py; an
appointment business's first step no longer joins the reminder and the booking link."""

from __future__ import annotations

from strategy_wizard.engine.money import monthly_cap
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import persona


def test_the_agency_teams_are_data() -> None:
    kn = load_catalogue()
    assert kn.thresholds.agency_teams == ["agency"]
    floor = kn.thresholds.budget_cap_floors["tools"]
    assert monthly_cap("tools", 12_000, kn, "agency") == floor
    # the same team, once the data no longer names it, is capped like any shared team
    other = kn.model_copy(
        update={"thresholds": kn.thresholds.model_copy(update={"agency_teams": []})}
    )
    assert monthly_cap("tools", 12_000, other, "agency") > floor


def test_each_first_step_is_one_action() -> None:
    steps = persona("clinique-veto-bocage", "fr").first_steps
    assert len(steps) <= 3
    reminder = [s for s in steps if "rappel" in s]
    link = [s for s in steps if "lien de réservation" in s]
    assert len(reminder) == 1 and len(link) == 1 and reminder != link, steps


def test_a_practice_on_its_google_listing_keeps_its_site_repair() -> None:
    """Its listing's first step sets the booking link already: the reminder follows, then the
    site's repair (dated_site), never a second step on the listing's button."""
    steps = persona("cabinet-dentaire", "fr").first_steps
    assert "fiche Google" in steps[0] and "rappel" in steps[1], steps
    assert "Remettre à niveau la page du site" in steps[2], steps
    assert "Prendre rendez-vous" not in steps[1], steps
