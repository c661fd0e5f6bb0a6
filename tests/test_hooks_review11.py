"""Review 11 (a and b): the wording of hooks and calls to action.

- 11b #6: an audience problem written with "our", "us", "we" (« nos », « notre », « nous ») is
  the audience's own, said to the reader ("whether your termination clauses still hold"), and
  « tu » never reaches a line written to the client (« et votre réponse en trois lignes »);
- 11a, 9a #7 residue: a desired action ending in brackets is one sentence before the link's
  own bracket; never « de « abonnées à la newsletter » »; no « votre chiffre clé » filler and no
  « un direct pour montrer ce que vous faites »;
- 11b #4: no buy line on posts read by minors when the offer is sugary food or alcohol;
- a live announced on Facebook has its link in the post, never in a bio Facebook lacks.
"""

from __future__ import annotations

import re

import pytest

from strategy_wizard.engine import hooks
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import every_idea, persona, persona_with

KN = load_catalogue()
FR = KN.ideas.hooks["fr"]
EN = KN.ideas.hooks["en"]
LINKS = KN.ideas.calls.short.links


def posts(s):
    return [x for x in s.calendar if x.activity == "post"]


def text_of(s) -> str:
    return s.model_dump_json()


@pytest.mark.parametrize(
    ("problem", "said"),
    [
        (
            "Whether our termination clauses still hold after the recent Ontario court decisions",
            "whether your termination clauses still hold after the recent Ontario court decisions",
        ),
        (
            "What to check in a SAFE or a term sheet before signing our first round",
            "what to check in a SAFE or a term sheet before signing your first round",
        ),
        ("Whether we need a permit", "whether you need a permit"),
        # a country in capitals is no pronoun
        ("Whether US rules apply to us", "whether US rules apply to you"),
    ],
)
def test_our_and_us_are_the_reader_s(problem, said):
    assert hooks.question(problem, EN, "you")[1] == said


def test_our_in_a_headline_is_the_reader_s():
    shape, said = hooks.question(
        "Contractor or employee, and what a reclassification would cost us", EN, "you"
    )
    assert shape == "hook_about" and said.endswith("would cost you")


def test_nos_and_notre_are_the_reader_s_in_a_vous_brief():
    assert hooks.question("Savoir si nos contrats tiennent encore", FR, "vous") == (
        "hook_wonder",
        "si vos contrats tiennent encore",
    )
    assert hooks.question("Savoir si nous pouvons embaucher", FR, "vous")[1] == (
        "si vous pouvez embaucher"
    )
    # a verb the data cannot vouch for: quoted as written, never « vous embauchons »
    assert hooks.question("Savoir si nous embauchons", FR, "vous")[0] == "hook_quoted"


def test_notre_is_never_vous_in_a_tu_brief():
    # « notre » said to one « tu » is « ton » or « ta »: the words are quoted instead
    shape, said = hooks.question("Savoir si notre banque est la bonne", FR, "tu")
    assert shape == "hook_quoted" and "votre" not in said
    assert hooks.question("Savoir si nos impôts baissent", FR, "tu")[1] == "si tes impôts baissent"


def test_the_law_firm_s_hooks_say_your():
    # every idea the document prints (the four weeks need not draw this question)
    text = " ".join(every_idea(persona("employment-law-toronto", "en")))
    assert "whether your termination clauses still hold" in text
    assert " our termination clauses" not in text
    assert "cost us" not in text and "signing our first round" not in text


def test_a_line_to_the_client_never_says_tu():
    # the gummies brand speaks « tu » to teenagers; the brief to the client says « vous »
    s = persona("gummies-lyon-ados", "fr")
    text = " ".join(x.idea for x in posts(s))
    assert "ta réponse" not in text
    faq = persona_with("saas-recrute", "fr", address_form="tu")
    assert "ta réponse" not in text_of(faq)


def test_the_tu_audience_keeps_tu():
    text = " ".join(x.idea for x in posts(persona("coach-finances-geneve", "fr")))
    assert "Est-ce que tu as droit" in text
    assert "vous as droit" not in text


@pytest.mark.parametrize(
    ("action", "said"),
    [
        (
            "S'inscrire à la newsletter (et recevoir le guide « Mon 3a en 20 minutes »)",
            "S'inscrire à la newsletter et recevoir le guide « Mon 3a en 20 minutes »",
        ),
        ("Réserver une visite (10 € par personne)", "Réserver une visite, 10 € par personne"),
        ("Book a tour", "Book a tour"),
    ],
)
def test_an_action_in_brackets_is_one_sentence(action, said):
    assert hooks.unbracketed(action, LINKS) == said


def test_the_coach_s_call_has_one_bracket_and_keeps_the_guide():
    s = persona("coach-finances-geneve", "fr")
    called = [x.idea for x in posts(s) if "Dernière ligne" in x.idea]
    assert called
    for idea in called:
        assert "») (le lien" not in idea and ") (le lien" not in idea, idea
        plain = idea.replace("\u00a0", " ")
        assert "et recevoir le guide « Mon 3a en 20 minutes » (le lien dans la bio)" in plain, idea


def test_no_de_guillemet_and_no_filler():
    for name in ("coach-finances-geneve", "brasserie-sauerdall", "folk-festival"):
        text = text_of(persona(name, "fr"))
        assert not re.search(r"(?<!\w)d[eu] «", text), name
        assert "chiffre clé" not in text, name
        assert "montrer ce que vous faites" not in text, name
    assert "key figure" not in text_of(persona("cork-estate-agent", "en"))


def test_no_buy_line_on_posts_minors_read():
    # review 11b, #4: gummies sold to 13-24-year-olds: no « commander un sachet » as a last line
    s = persona("gummies-lyon-ados", "fr")
    social = [x.idea for x in posts(s) if x.network not in ("newsletter", "blog")]
    assert not any("Dernière ligne" in i for i in social)
    # the same brand for adults only keeps its call
    adults = persona_with("gummies-lyon-ados", "fr", audience_ages=["18-24", "35-49"])
    assert any("Dernière ligne" in x.idea for x in posts(adults))


def test_a_live_announced_on_facebook_has_its_link_in_the_post():
    s = persona("ecole-francisation-montreal", "fr")
    facebook = [x.idea for x in posts(s) if x.network == "facebook"]
    assert any("Annonce du direct" in i for i in facebook)
    assert not any("lien dans la bio" in i for i in facebook)
