"""Review 9b (#3, #4, #5, #8, #9): the person's words said to the reader as a client reads them.

- a French call to action is in the imperative all along: a pronoun goes after its linked verb
  (« et retirez-les », « et appelez-nous »), a possessive is the reader's (« vos fromages »),
  and an action the rules cannot turn is quoted, never broken;
- an English audience phrase turns "they" to "you" only when it means the audience ("if you
  only have one day"), never "them" meaning the turtles;
- « Savoir si… » is asked (« Vous vous demandez si… ? ») on every channel, a Google listing
  too; a second infinitive after « et » takes « à » again;
- a post's last line is a caption, not the brief: at most 16 words, on one post in two at most
  on each network (a traffic plan's answers all end on the tracked link, review 7), never on a
  frame that promises no sales talk.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

import pytest

from strategy_wizard.engine import hooks
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import persona, persona_with

KN = load_catalogue()
FR = KN.ideas.hooks["fr"]
EN = KN.ideas.hooks["en"]


def posts(s):
    return [x for x in s.calendar if x.activity == "post"]


@pytest.mark.parametrize(
    ("action", "said"),
    [
        (
            "Commander ses fromages en ligne avant le jeudi midi et les retirer le vendredi à la "
            "ferme ou au drive fermier d'Aubenas",
            "commandez vos fromages en ligne avant le jeudi midi et retirez-les le vendredi à la "
            "ferme ou au drive fermier d'Aubenas",
        ),
        ("Remplir le formulaire et nous appeler", "remplissez le formulaire et appelez-nous"),
        ("Nous appeler et prendre rendez-vous", "appelez-nous et prenez rendez-vous"),
        ("Acheter un billet et en profiter", "achetez un billet et profitez-en"),
        (
            "Venir avec ses enfants et s'inscrire sur place",
            "venez avec vos enfants et inscrivez-vous sur place",
        ),
        # « en » before a noun is no pronoun
        (
            "Demander une Sauerdall au café ou en magasin, et venir visiter la brasserie",
            "demandez une Sauerdall au café ou en magasin, et venez visiter la brasserie",
        ),
        ("Acheter du pain et en manger", "achetez du pain et mangez-en"),
        # the farm's goats stay the farm's: « ses » after a noun is not the reader's
        ("Découvrir la ferme et ses chèvres", "découvrez la ferme et ses chèvres"),
    ],
)
def test_a_french_action_is_in_the_imperative_all_along(action, said):
    assert hooks.imperative(action, FR) == said


@pytest.mark.parametrize("action", ["Goûter nos vins et les boire", "Réserver et l'offrir"])
def test_an_action_the_rules_cannot_turn_is_quoted_not_broken(action):
    assert hooks.imperative(action, FR) is None


def test_the_farm_s_call_is_never_broken_french():
    s = persona("chevrerie-combe-ardeche", "fr")
    calls = [x.idea for x in posts(s) if "Dernière ligne" in x.idea]
    assert calls
    for idea in calls:
        assert "commandez vos fromages" in idea, idea
        assert not re.search(r"\bses fromages|\bet les retirer", idea), idea
    # the same call quoted when it holds a verb the rules cannot turn
    s = persona_with(
        "chevrerie-combe-ardeche", "fr", desired_action="Choisir un panier et l'offrir"
    )
    calls = [x.idea for x in posts(s) if "Dernière ligne" in x.idea]
    assert calls and all(re.search(r"«\s?Choisir un panier et l.offrir\s?»", c) for c in calls), (
        calls
    )


@pytest.mark.parametrize(
    ("problem", "said"),
    [
        (
            "Which tour to pick if they only have one day in Port Douglas",
            "which tour to pick if you only have one day in Port Douglas",
        ),
        (
            "What happens if the weather cancels the tour, and whether they get a refund",
            "what happens if the weather cancels the tour, and whether you get a refund",
        ),
        # "them" means the turtles
        (
            "How to see turtles without harming them or the reef",
            "how to see turtles without harming them or the reef",
        ),
        # "their side" is the operator's, named after an outage
        (
            "Knowing whether an outage is local or on their side",
            "whether an outage is local or on their side",
        ),
        (
            "Whether they can bring their kids and their dog",
            "whether you can bring your kids and your dog",
        ),
        ("Which tours suit kids if they are 8", "which tours suit kids if they are 8"),
    ],
)
def test_they_is_you_only_when_it_means_the_audience(problem, said):
    assert hooks.question(problem, EN, "you")[1] == said


def test_the_kayak_questions_speak_to_the_reader():
    text = " ".join(x.idea for x in posts(persona("reef-kayak-port-douglas", "en")))
    assert "if they only have" not in text and "whether they get" not in text
    assert "harming you" not in text


def test_savoir_si_is_a_question_on_a_google_listing_too():
    s = persona("chevrerie-combe-ardeche", "fr")
    google = [x.idea for x in posts(s) if x.network == "google_business" and "lait cru" in x.idea]
    for idea in google:
        assert "Vous vous demandez si le lait cru" in idea, idea
        assert "« Savoir" not in idea, idea
    said = hooks.question(
        "Choisir entre le TEFAQ et le TCF Québec, et savoir quand s'inscrire", FR, "vous"
    )
    assert said == (
        "hook_want",
        "choisir entre le TEFAQ et le TCF Québec, et à savoir quand s'inscrire",
    )
    # « notre » is no infinitive; « jeunes » no « je »; the audience's « notre » is the
    # reader's « votre » (review 11b, #6)
    assert (
        hooks.question("Choisir un vin et notre cave", FR, "vous")[1]
        == "choisir un vin et votre cave"
    )


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("reef-kayak-port-douglas", "en"),
        ("chevrerie-combe-ardeche", "fr"),
    ],
)
def test_a_call_is_a_short_last_line_on_one_post_in_two_at_most(name, lang):
    s = persona(name, lang)
    by_network: dict[str, list[bool]] = defaultdict(list)
    for x in sorted(posts(s), key=lambda x: (x.date, x.time)):
        if x.network in (None, "newsletter", "blog"):
            continue
        called = "Last line" in x.idea or "Dernière ligne" in x.idea
        if "no sales talk" in x.idea or "sans commentaire publicitaire" in x.idea:
            assert not called, x.idea
        if called:
            words = re.search(r"(?:Last line|Dernière ligne)[^:]*: (.*?) \(", x.idea)
            assert words and len(words.group(1).split()) <= 16, x.idea
        by_network[x.network].append(called)
    for network, calls in by_network.items():
        # never two calls in a row on a network
        assert not any(a and b for a, b in pairwise(calls)), (network, calls)


def test_the_kayak_call_keeps_the_action_s_first_clause():
    s = persona("reef-kayak-port-douglas", "en")
    text = " ".join(x.idea for x in posts(s))
    assert "Last line: book a tour directly on our website (the link in" in text
    assert "where the price is the same as on Viator" not in text


def test_a_post_taken_from_instagram_to_facebook_has_its_link_in_the_post():
    # review 10, #5: the tour operator's Facebook copies said « the link in the bio »
    s = persona("reef-kayak-port-douglas", "en")
    facebook = [x.idea for x in s.calendar if x.network == "facebook" and x.activity == "post"]
    assert any("(the link in the post)" in i for i in facebook)
    assert not any("in the bio" in i for i in facebook)
