"""Review 10 (#3, #4, #9): season- and trade-blind ideas, topics filed as the audience's
questions, and French slips, as a community manager reads the calendar before sending it.

- a skill whose season the answers give (« nos chèvres pâturent … d'avril à novembre ») is never
  posted in January; an idea naming the month comes first in that month;
- a farm gets the week's orders ready before pick-up, never a caterer's « au service »; a tour
  shows what guests saw, never "a photo taken mid-work"; the spotlight names the guides;
- behind the scenes, a birth on the farm, what a tour shows are not the audience's questions; a
  topic repeating an audience question is left out; the refund question gets a social post;
- « de un ancien élève » is « d'un ancien élève »; a French deadline in an English sentence is
  quoted.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import every_idea, idea_draw, persona, posts


def test_a_grazing_skill_stays_out_of_the_months_the_answers_exclude():
    """#3: « Élevage caprin au pâturage : trente secondes d'un geste de votre métier » on 20
    January, while the key message says the goats graze from April to November."""
    draw = idea_draw("chevrerie-combe-ardeche", "fr")
    january = [
        draw("own_offer", "facebook", ["short_video", "photo"], date(2027, 1, d))[0]
        for d in (13, 20, 27)
    ]
    assert not [t for t in january if "pâturage" in t.lower()], january
    may = idea_draw("chevrerie-combe-ardeche", "fr")
    drawn = [
        may("own_offer", "facebook", ["short_video", "photo"], date(2027, 5, d))[0]
        for d in (5, 12, 19, 26)
    ]
    assert any("pâturage" in t.lower() for t in drawn), drawn


def test_the_dry_off_question_is_januarys_first_post():
    """#3 (and #1): the best January post is « pourquoi il n'y a pas de fromage frais en janvier
    et février », the season the farm is in."""
    s = persona("chevrerie-combe-ardeche", "fr")
    # (the day before, a short post says how to join the weekly message: review 13a, #3)
    join = "message de la semaine sur WhatsApp"
    first = next(x for x in posts(s, "facebook") if join not in x.idea)
    assert "fromage frais en janvier" in first.idea, first.idea
    assert first.date.month == 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_farm_gets_no_caterers_frame(lang: str):
    """#3: « Une commande de la semaine, de la demande au service : … ce qui est reparti »."""
    draw = idea_draw("chevrerie-combe-ardeche", lang)
    said = [draw("own_offer", None, [f])[0] for f in ("text", "photo", "short_video") for _ in "ab"]
    text = " ".join(said).lower()
    assert "au service" not in text and "request to serving" not in text
    assert "retrait" in text or "pick-up" in text, said


def test_a_tour_shows_what_guests_saw_and_the_spotlight_names_the_guides():
    """#3: "Great Barrier Reef marine life: a photo taken mid-work", "Put a partner or a team
    member in the spotlight"."""
    s = persona("reef-kayak-port-douglas", "en")
    ideas = " ".join(every_idea(s))
    assert "mid-work" not in ideas
    assert "Put a partner or a team member" not in ideas
    assert "one of your guides" in ideas


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_topics_that_are_no_question_leave_the_audience_pillar(lang: str):
    """#4: « Behind the scenes with our guides », "Turtles and reef life on the Low Isles" and
    « La naissance des chevreaux en mars » filed as "Your audience's questions"."""
    reef = persona("reef-kayak-port-douglas", lang)
    farm = persona("chevrerie-combe-ardeche", lang)
    for s, subjects in ((reef, ("behind the scenes", "turtles and reef")), (farm, ("chevreaux",))):
        asked = next(p for p in s.editorial.pillars if p.key == "audience_problems").ideas
        filed = [x.idea for x in posts(s) if x.pillar == "audience_problems"]
        for subject in subjects:
            assert not [i for i in asked + filed if subject in i.lower()], subject


def test_a_topic_repeating_an_audience_question_is_skipped_and_the_refund_is_posted():
    """#4: « Stinger season explained » twelve days after "Wondering whether it is safe to swim
    during stinger season"; the refund question went to the newsletter only."""
    s = persona("reef-kayak-port-douglas", "en")
    assert not [i for i in every_idea(s) if i.startswith("Stinger season explained")]
    refund = [x for x in posts(s, "instagram") if "refund" in x.idea]
    assert refund and refund[0].pillar == "audience_problems"


def test_de_un_is_elided():
    """#9: « une citation de un ancien élève », « les mots de un ancien élève »."""
    s = persona("ecole-francisation-montreal", "fr")
    text = " ".join(every_idea(s))
    assert " de un " not in text and " de une " not in text
    assert "d’un ancien élève" in text


def test_a_french_deadline_is_quoted_in_english():
    """#9: "until when to order (avant le jeudi midi)" in the English document."""
    s = persona("chevrerie-combe-ardeche", "en")
    weekly = [x.idea for x in posts(s, "whatsapp")]
    assert weekly and all("(avant le jeudi midi)" not in i for i in weekly)
    assert all("“avant le jeudi midi”" in i for i in weekly), weekly[0]


def test_the_spotlight_names_no_guides_from_an_agents_area_guides():
    """#3: an estate agent's « local area guides » are documents, not people to spotlight."""
    s = persona("cork-estate-agent", "en")
    assert "one of your guides" not in " ".join(every_idea(s))
