"""An advocacy plan's first steps equip the advocates (review 30b, V2: the cooperative whose
members bring in new members with a referral code got « Compléter la page Facebook… », a
brand-awareness plan): the share kit, the most engaged members gathered and briefed, the
referral code field in the sign-up form; its rituals post a monthly message « à partager » and
thank advocates by name with their consent. Any other objective keeps its own steps."""

from tests.conftest import persona, persona_with


def test_the_cooperative_s_first_steps_equip_its_members():
    s = persona("vents-du-condroz", "fr")
    steps = " | ".join(s.first_steps)
    assert s.first_steps[0].startswith("Écrire le kit de partage"), steps
    assert "code de parrainage" in s.first_steps[0]
    assert "les plus engagés" in s.first_steps[1]
    assert "dans le formulaire d’inscription" in s.first_steps[2]
    assert "Compléter la page Facebook" not in steps


def test_the_advocacy_rituals_share_and_thank_by_name():
    s = persona("vents-du-condroz", "en")
    rituals = " | ".join(r.what for r in s.editorial.rituals)
    assert "“to share” each month" in rituals, rituals
    assert "thank by name, with their consent" in rituals


def test_a_petition_without_referral_keeps_its_starting_figure():
    # no code, no personal link: the kit holds the link where people act, the third step
    # checks the petition's count where it is read
    s = persona("collectif-velo-liege", "fr")
    assert "le lien où l’on agit" in s.first_steps[0], s.first_steps
    assert not any("code de parrainage" in x for x in s.first_steps)
    assert "1\u202f200 signatures" in s.first_steps[2]


def test_ambassadors_named_in_the_answers_are_briefed_by_that_name():
    s = persona_with(
        "vents-du-condroz",
        "fr",
        audience_description="Nos coopérateurs et nos 25 ambassadeurs bénévoles du Condroz.",
    )
    assert s.first_steps[1].startswith("Réunir vos ambassadeurs"), s.first_steps


def test_another_objective_keeps_its_profile_step():
    s = persona_with("vents-du-condroz", "fr", objective="loyalty")
    assert not any("kit de partage" in x for x in s.first_steps), s.first_steps
    rituals = " | ".join(r.what for r in s.editorial.rituals)
    assert "« à partager »" not in rituals
