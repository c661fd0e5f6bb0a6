"""Review 8 (8a #2, #3, #6, #8; 8b #5, #8): the ideas and the editorial line as a French community
manager reads them before sending the document to the client.

- no blank is ever sent: « … (à compléter) » / "(to fill in)" appears in no document;
- a loyalty, sales or event plan's posts end one in two on the desired action, and a retailer's
  weekly deals are a weekly post counted as the audience's content;
- a letter never asks its own readers to subscribe to it, and a podcast feeds the objective;
- frames fit the trade (a grocer, a money coach, a school's open house, an estate agent) and agree
  with an audience of women;
- in a « tu » document, the tool still says « vous » to the client;
- a professional's question goes first on a channel professionals read.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from strategy_wizard.model.answers import load_answers
from tests.conftest import EXAMPLES, PERSONAS, build, idea_draw, persona

ALL = sorted(PERSONAS.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))
BLANK = re.compile(r"à compléter|to fill in|:\s?…\s?\(", re.I)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")  # a phrase's figure left unfilled (review 12a, #3)


def ideas(s) -> list[str]:
    return (
        [i for p in s.editorial.pillars for i in p.ideas]
        + s.editorial.post_ideas
        + [x.idea for x in s.calendar if x.activity == "post"]
        + [i for n in s.networks for i in getattr(n, "sample_posts", None) or []]
    )


def posts(s, network: str) -> list[str]:
    return [x.idea for x in s.calendar if x.activity == "post" and x.network == network]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_no_blank_is_sent_to_a_client(path: Path, lang: str):
    """8b #5, 8a #6: « Médaille d'argent … Ce que cela change pour vous, à table : … (à
    compléter) » as a sample post and in dated calendar lines."""
    s = build(load_answers(path), lang=lang)
    text = s.model_dump_json()
    # the person's own words may say it (« getting nurses to fill in the logs », Dentiva): a
    # blank is one the answers do not hold, read with the words around it
    said = " ".join(path.read_text(encoding="utf-8").split())
    blanks = [
        m.group(0)
        for m in BLANK.finditer(text)
        if " ".join(text[m.start() : m.end() + 20].split()) not in said
    ]
    assert not blanks, blanks
    assert not PLACEHOLDER.search(text), PLACEHOLDER.search(text)


def test_the_brewery_medal_opens_a_post_with_its_source_and_no_blank():
    s = persona("brasserie-sauerdall", "fr")
    medal = [i for i in ideas(s) if i.startswith("Médaille d’argent")]
    assert medal and all("sa source en petit" in i for i in medal), medal


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_grocers_loyalty_posts_end_on_clipping_the_coupons(lang: str):
    """8a #2: « Clip this week's digital coupons in the Lane Rewards app » carried by none of the
    19 Facebook and Instagram posts; weekly deals once, on the Google listing."""
    s = persona("harvest-lane-markets", lang)
    action = "digital coupons in the lane rewards app"
    for net, where in (("facebook", "post"), ("instagram", "bio")):
        # the offer and the audience's questions end on the action one post in two; a relay
        # of someone else's post or a partner's answer carries no call of ours
        said = [
            x.idea
            for x in s.calendar
            if x.activity == "post"
            and x.network == net
            and x.pillar in ("audience_problems", "own_offer")
        ]
        # a post ending on the action says where its link is (a post about how to clip the
        # coupons names the action without being a call)
        link = "(the link in the " if lang == "en" else "(le lien dans la "
        called = [p for p in said if action in p.lower() and p.rstrip(".").endswith(")")]
        # one in two ends on a call, and one call in two says another line (ideas34): the
        # action closes a few posts on each network, the week's deals always
        assert len(called) >= 2, (net, len(called), len(said))
        assert all(link in p for p in called)
        bio = [p for p in called if "bio)" in p]
        assert (where == "bio") == bool(bio), net
    # this week's deals, on Facebook, in at least three of the four weeks, as audience content
    first = min(x.date for x in s.calendar)
    deals = [
        x
        for x in s.calendar
        if x.activity == "post"
        and x.network == "facebook"
        and "weekly deals" in x.idea[:20].lower()
    ]
    weeks = {(x.date - first).days // 7 for x in deals}
    assert len(weeks) >= 3, [x.idea for x in deals]
    assert all(x.pillar == "audience_problems" and action in x.idea.lower() for x in deals)
    if lang == "en":
        assert any("dinner" in x.idea for x in deals)


def test_sales_and_event_plans_end_posts_on_their_action():
    """8a #2: the call to act by objective extended to sales and event (BrightPath's Open House)."""
    s = persona("brightpath-singapore", "en")
    # an event's invitation ends the answers to the audience's questions, one in two
    said = [
        x.idea
        for x in s.calendar
        if x.activity == "post" and x.network == "facebook" and x.pillar == "audience_problems"
    ]
    called = [p for p in said if "register for the Open House" in p]
    assert called and len(called) * 5 >= len(said), said
    shop = persona("webshop-tea", "fr")
    assert any("Dernière ligne" in p for p in posts(shop, "instagram"))


def test_a_letter_never_asks_its_readers_to_subscribe_to_it():
    """8a #3: « En bas, le bouton : s'inscrire à la newsletter gratuite du mardi », sent to
    subscribers."""
    s = persona("coach-finances-geneve", "fr")
    letters = posts(s, "newsletter")
    assert letters
    for letter in letters:
        assert "inscrire à la newsletter" not in letter, letter
        assert "transférer" in letter, letter
    # Instagram posts still send people to the sign-up
    assert any("s’inscrire à la newsletter" in p for p in posts(s, "instagram"))


def test_a_podcast_ends_each_episode_on_the_action():
    """8a #3: the podcast (41 episodes, 2,300 listens a month) never used."""
    for lang, word in (("fr", "épisode du podcast"), ("en", "podcast episode")):
        s = persona("coach-finances-geneve", lang)
        ritual = [r.what for r in s.editorial.rituals if word in r.what]
        assert ritual and "30" in ritual[0], [r.what for r in s.editorial.rituals]


def test_a_money_coach_gets_teaching_frames_in_the_feminine():
    """8a #6: « les étapes d'un travail réel, une image par étape », « un client raconte … ce
    qu'on trouve chez vous », « un confrère ou un client » for an online coach of women."""
    s = persona("coach-finances-geneve", "fr")
    said = " ".join(ideas(s))
    for leak in (
        "travail réel",
        "ce qu’on trouve chez vous",
        "un confrère ou un client",
        "cas réel",
    ):
        assert leak not in said, leak
    assert "une consœur ou une cliente" in said
    # a skill told as teaching (the measured 4,9/5 now takes the visual: review 15, D8)
    teaching = ("la méthode sur un exemple concret", "une erreur que vous voyez chaque semaine")
    assert any(t in said for t in teaching)


def test_the_tool_says_vous_to_a_client_whose_posts_say_tu():
    """8a #8: « … : une question qu'on te pose souvent » in the brief to the client."""
    s = persona("coach-finances-geneve", "fr")
    said = " ".join(ideas(s))
    assert "qu’on te pose" not in said and "qu'on te pose" not in said
    assert "une question qu’on vous pose souvent" in said
    assert "Tu te demandes" in said  # the post's own words keep « tu »


def test_a_grocer_gets_no_case_appointment_or_gesture_of_a_trade():
    s = persona("harvest-lane-markets", "en")
    said = " ".join(ideas(s))
    for leak in ("a real case", "gesture of your trade", "a real piece of work"):
        assert leak not in said, leak


def test_a_schools_open_house_is_its_own_event_and_results_are_no_edition():
    """8b #8: "Student results: … a clip from the last edition"; the Google listing's « A local
    event you take part in » while the Open House is the event to post."""
    s = persona("brightpath-singapore", "en")
    said = " ".join(ideas(s))
    assert (
        "from the last edition" not in said and "someone who came to the last edition" not in said
    )
    listing = posts(s, "google_business")
    assert not any("A local event you take part in" in p for p in listing)
    assert any("Your own event" in p for p in listing) or not any("event" in p for p in listing)


def test_a_school_that_shoots_no_photos_gets_no_photo_taken_on_site():
    """8a #6: « photo prise sur place » on a school's Google listing posts."""
    s = persona("ecole-francisation-montreal", "fr")
    listing = posts(s, "google_business")
    assert listing and not any("photo prise sur place" in p for p in listing), listing


def test_homes_sold_are_the_agents_offer_shown_as_just_sold():
    """8a #6: « Homes we sold » among the audience's questions with "the essentials in three
    points"; "Selling tips: a photo taken on the spot"."""
    s = persona("cork-estate-agent", "en")
    pillars = {p.key: p.ideas for p in s.editorial.pillars}
    sold = [
        x for x in s.calendar if x.activity == "post" and x.idea.startswith("Homes we sold")
    ] + [i for i in s.editorial.post_ideas if i.startswith("Homes we sold")]
    audience = [i for i in pillars["audience_problems"] if i.startswith("Homes we sold")]
    assert not audience
    assert all(getattr(x, "pillar", "own_offer") == "own_offer" for x in sold)
    assert all("just sold" in (getattr(x, "idea", x)) for x in sold), sold
    assert "a photo taken on the spot" not in " ".join(ideas(s))


def test_a_cafe_owners_question_goes_first_on_a_channel_for_professionals():
    """8b #8: « si une bière locale se vend aussi bien que les grandes marques, et avec quelle
    marge » never used; on LinkedIn or a newsletter, it comes first (the brewery's plan keeps
    neither, so its document is unchanged)."""
    draw = idea_draw("brasserie-sauerdall", "fr")
    text, _ = draw("audience_problems", "linkedin", ["text"])
    assert "cafetier" in text, text
    consumer = idea_draw("brasserie-sauerdall", "fr")
    text, _ = consumer("audience_problems", "instagram", ["text"])
    assert "cafetier" not in text, text
