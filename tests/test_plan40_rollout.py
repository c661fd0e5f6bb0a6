"""Plan 40 (review 27 of 30 November 2026, #11): a network of outlets' plan follows its roll-out.
Fournil, a bakery franchisor's head office with 16 shops, got « Trouver son rythme »,
« Consolider et mesurer », « Ajuster et amplifier », a first step « Compléter le profil
Instagram » and a 3 September checkpoint that read August, the month its shops close. The plan
now audits the 16 Google listings and the pages opened outside the brand first, pilots the kit
in Saumur (the model shop) and three others, then rolls it out in waves, each checkpoint
comparing the shops with the kit to the others at the till and each shop to the same month a
year before, August skipped."""

from __future__ import annotations

from datetime import date

import pytest

from strategy_wizard.model.answers import load_answers
from tests.conftest import (
    EXAMPLES,
    build,
    main_kpi,
    milestones,
    persona,
    persona_render,
    persona_with,
)

FOURNIL = "fournil-franchise"


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ").replace("\u2019", "'")


def _plan_section(md: str) -> str:
    start = md.index("## Le plan")
    return _plain(md[start : md.index("\n## ", start + 5)])


def test_the_phases_are_the_roll_out_not_generic() -> None:
    """What the head office reads on the plan page: the pilot in Saumur, then the waves."""
    plan = _plan_section(persona_render(FOURNIL, "fr", "md"))
    for generic in ("Trouver son rythme", "Consolider et mesurer", "Ajuster et amplifier"):
        assert generic not in plan, plan
    assert "### Le kit en pilote : Saumur et 3 autres points de vente" in plan, plan
    assert "### Première vague : 6 points de vente de plus" in plan, plan
    assert "### Deuxième vague : les 6 derniers points de vente, puis tout le réseau" in plan


def test_the_first_step_audits_the_listings_and_the_rogue_pages() -> None:
    s = persona(FOURNIL, "fr")
    first = s.plan[0]
    said = _plain(" ".join([*first.goals, *(m.what for m in first.milestones)]))
    assert "16 fiches Google" in said and "en dehors des comptes de la marque" in said, said
    assert "Profil Instagram complet" not in said and "Compléter le profil" not in said, said


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_checkpoint_reads_august(lang: str) -> None:
    """The 3 September checkpoint read August; the checkpoints now read July and September,
    each against the same month of 2026, and the plan says why August is skipped."""
    s = persona(FOURNIL, lang)
    days = [m.date for m in milestones(s)]
    assert date(2027, 9, 3) not in days, days
    assert date(2027, 7, 31) in days and date(2027, 9, 30) in days, days
    july = _plain(next(m.what for m in milestones(s) if m.date == date(2027, 7, 31)))
    if lang == "fr":
        assert "juillet 2026" in july and "août 2027 n'est pas lu" in july, july
    else:
        assert "July 2026" in july and "August 2027 is not read" in july, july
    kpi_days = [t.date for t in main_kpi(s).targets]
    assert date(2027, 9, 3) not in kpi_days and date(2027, 7, 31) in kpi_days, kpi_days


def test_each_checkpoint_compares_the_shops_with_the_kit_to_the_others() -> None:
    s = persona(FOURNIL, "fr")
    by_day = {m.date: _plain(m.what) for m in milestones(s)}
    assert "les 4 points de vente qui ont le kit face aux 12 autres" in by_day[date(2027, 5, 3)]
    assert "les 10 points de vente qui ont le kit face aux 6 autres" in by_day[date(2027, 7, 31)]
    assert "tout le réseau équipé" in by_day[date(2028, 1, 3)]
    assert "face à décembre 2026" in by_day[date(2028, 1, 3)]


def test_the_english_document_rolls_out_too() -> None:
    names = [p.name for p in persona(FOURNIL, "en").plan]
    assert names[1] == "The kit piloted: Saumur and 3 other outlets", names
    assert names[2] == "First wave: 6 more outlets", names


def test_a_chain_of_shops_rolls_out_too_a_single_shop_does_not() -> None:
    """A rule for networks of outlets, not a Fournil special: a chain of 12 shops with no
    franchise and no model shop pilots in 3, then waves; one bakery keeps the usual phases."""
    chain = persona_with(
        FOURNIL,
        "fr",
        offer="Réseau de 12 boulangeries-cafés en Pays de la Loire, pain pétri et cuit sur place",
        audience_description="Les actifs qui passent devant nos boutiques entre 7 h et 9 h 30",
        proof_points=["12 boutiques, toutes avec un fournil sur place"],
    )
    names = [_plain(p.name) for p in chain.plan]
    assert names[1] == "Le kit en pilote : 3 points de vente", names
    one = build(load_answers(EXAMPLES / "boulangerie-locale.yaml"), lang="fr")
    assert not any("vague" in p.name for p in one.plan), [p.name for p in one.plan]


def test_the_network_first_step_is_ready_for_the_first_steps() -> None:
    """The first steps (engine/__init__.py, another owner's) still say « Compléter le profil
    Instagram »; plan.rollout_step gives the audit to put in its place."""
    from strategy_wizard.engine.plan import rollout_step
    from strategy_wizard.engine.resolve import resolve
    from strategy_wizard.engine.wording import Words
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.model.catalogue import load_catalogue

    kn, bank = load_catalogue(), load_bank()
    answers = load_answers(EXAMPLES.parent / "tests" / "personas" / f"{FOURNIL}.yaml")
    say = Words(bank, kn, "fr", "FR")
    step = rollout_step(resolve(answers, bank, kn, date(2026, 11, 30), say), kn)
    assert step is not None
    text = _plain(say(step[0], count=step[1]))
    assert text.startswith("Passer en revue les 16 fiches Google Business Profile"), text
    one = load_answers(EXAMPLES / "boulangerie-locale.yaml")
    assert rollout_step(resolve(one, bank, kn, date(2026, 11, 30), say), kn) is None
