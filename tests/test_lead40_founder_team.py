"""A founder who speaks in her own name with a small team beside her (review 28new, D9: Dentiva's
governance said « You, the owner… No sign-off to wait for », the marketer had no role): she
writes and answers as herself and approves what goes out in her name; the team drafts and runs
the company's own channels, and never answers as her."""

import pytest

from tests.conftest import persona, persona_with


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_team_has_a_role_beside_the_founder(lang: str):
    g = persona("dentiva-saas", lang).governance
    team = {"en": "The team", "fr": "L’équipe"}[lang]
    assert team in g.publishes, g.publishes
    said = {"en": "no one answers as you", "fr": "personne ne répond à votre place"}[lang]
    assert said in g.approves, g.approves
    assert not g.approves.startswith(("No sign-off", "Pas de validation")), g.approves


def test_a_founder_alone_still_has_no_sign_off_to_wait_for():
    g = persona_with("dentiva-saas", "en", team="solo").governance
    assert "The team" not in g.publishes and "no one answers as you" not in g.approves
