"""A network of outlets starts with its listings, not with one profile (review 27, #11:
Fournil's first step was « Compléter le profil Instagram » for a 16-shop franchise)."""

import pytest

from strategy_wizard.model.answers import load_answers
from tests.conftest import EXAMPLES, build, persona


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_franchise_s_first_step_audits_its_listings_and_stray_pages(lang: str):
    first = persona("fournil-franchise", lang).first_steps[0]
    assert "16" in first and "Google Business Profile" in first, first
    assert ("Instagram" not in first) and ("profil" not in first.split("Google")[0]), first


def test_a_single_shop_keeps_its_set_up_step():
    first = build(load_answers(EXAMPLES / "boulangerie-locale.yaml"), lang="fr").first_steps
    assert not any("fiches Google Business Profile (horaires" in s for s in first), first
