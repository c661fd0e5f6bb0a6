"""A product that promises compliance or an inspection passed is told to say what it helps to
prepare, never the outcome, with why: misleading advertising, and health professionals' own
ethics rules when they are the customers (review 29, Dentiva: « Your practice is
inspection-ready every day » drew no warning)."""

from functools import cache

import pytest

from strategy_wizard.render import RenderOptions, render
from tests.conftest import persona


@cache
def md(name: str, lang: str) -> str:
    text = render(persona(name, lang), "md", RenderOptions()).decode()
    return text.replace("\u00a0", " ").replace("\u202f", " ")  # no-break spaces read as spaces


@pytest.mark.parametrize(
    ("lang", "helps", "never", "law", "health"),
    [
        (
            "fr",
            "« vous aide à préparer l’inspection »",
            "« vous réussirez l’inspection », « 100 % conforme »",
            "directive 2006/114/CE",
            "Vos clients sont des professionnels de santé",
        ),
        (
            "en",
            '"helps you prepare for the inspection"',
            '"you will pass the inspection", "100% compliant"',
            "Directive 2006/114/EC",
            "Your customers are health professionals",
        ),
    ],
)
def test_dentiva_is_told_to_promise_help_not_an_inspection_passed(
    lang: str, helps: str, never: str, law: str, health: str
):
    s = persona("dentiva-saas", lang)
    assert "outcome_promise" in [w.id for w in s.warnings]
    text = md("dentiva-saas", lang)
    line = next(x for x in text.splitlines() if helps in x)
    assert never in line and law in line and health in line, line
    assert "2006/114" in text.split("## Sources")[-1]


@pytest.mark.parametrize(
    "name",
    # « Des pièces conformes » is a part made to its drawing, not a promise of compliance
    ["rfc-val-hoyoux-jeunes", "saltbush-parade", "fournil-franchise"],
)
def test_no_promise_no_warning(name: str):
    assert "outcome_promise" not in [w.id for w in persona(name).warnings]


def test_parts_made_to_spec_are_no_compliance_promise():
    from strategy_wizard.model.answers import load_answers
    from tests.conftest import EXAMPLES, build

    s = build(load_answers(EXAMPLES / "fournisseur-pas-besoin.yaml"))
    assert "outcome_promise" not in [w.id for w in s.warnings]


def test_any_offer_promising_an_audit_passed_is_told_outside_the_eu_too():
    """The trigger is the answers' words, not a persona: an Australian parade that promised
    « guaranteed results » gets the neutral line, with no EU law and no health extra."""
    from strategy_wizard.engine.warnings import CONDITIONS
    from strategy_wizard.model.catalogue import load_catalogue
    from tests.conftest import persona_inputs

    i = persona_inputs("saltbush-parade", key_message="Guaranteed results for every sponsor.")
    fired = CONDITIONS["outcome_promise"](i, load_catalogue(), False)
    assert fired is not None and fired.case == "abroad" and not fired.figures
