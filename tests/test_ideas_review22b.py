"""Review 22b (ideas and languages): a business school and a bakery franchise given another
kind of organisation's frames, a call to action cut inside a time range, and an audience's
languages read from countries the answers name as comparisons.
- graduates with work experience are never asked how they revise, never given exam frames;
- a food shop that stays put gets no market, fête or order-deadline frame;
- a call to action is never cut inside « entre X et Y »; a walk-in action points to the shops;
- a country named after « compare … with », « rather than », « plutôt que » is no audience;
- Nigeria, Ghana, Kenya and Pakistan read English; Vietnam's language and UTC+7 are known;
- a recruitment topic is a job ad, a webinar gives its time and sign-up, a takeover is weekly.
"""

from __future__ import annotations

import re

import pytest

from strategy_wizard.engine.hooks import shortened
from strategy_wizard.engine.languages import audience_countries
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import every_idea, persona, persona_render, posts

NORTHGATE, FOURNIL = "northgate-business-school", "fournil-franchise"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_graduates_with_work_experience_get_no_pupils_frames(lang):
    """« A question to students on how they revise … a teacher's tip », « one exam question
    explained in 60 seconds by a teacher » for an MSc recruiting graduates (18-34, consumers)."""
    text = " ".join(every_idea(persona(NORTHGATE, lang))).lower()
    for pupil in ("exam", "exams", "revise", "teacher", "examen", "réviser", "enseignant"):
        assert not re.search(rf"\b{pupil}\b", text), pupil


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fixed_shops_get_no_market_frames(lang):
    """« Le marché ou la fête où l'on vous trouve », « Où et quand nous trouver cette semaine …
    l'heure limite pour commander » for 16 fixed bakery-cafés."""
    ideas = [x.idea.lower() for x in posts(persona(FOURNIL, lang))]
    for market in ("marché ou la fête", "market or f", "heure limite pour commander", "deadline"):
        assert not [i for i in ideas if market in i], market
    # a farm that sells at a market keeps its market
    farm = " ".join(x.idea for x in posts(persona("chevrerie-combe-ardeche", "fr")))
    assert "marché" in farm


def test_a_call_is_never_cut_inside_a_range():
    """« … dans la boutique la plus proche entre 7 h (le lien dans la publication) »."""
    cut = shortened(
        "Passer prendre la formule (4,90 €) dans la boutique la plus proche entre 7 h et 10 h 30,"
        " au moins une fois par semaine",
        16,
        [", "],
        [" et ", " and "],
    )
    assert cut.endswith("entre 7 h et 10 h 30"), cut
    cut = shortened(
        "Come and pick up a breakfast box at the nearest shop between 7 am and 10.30 am on your way"
        " to work, once a week",
        12,
        [", "],
        [" et ", " and "],
    )
    assert "between 7 am and 10.30 am" in cut, cut


def test_a_walk_in_call_points_to_the_shops_not_a_link():
    """A breakfast to pick up in the nearest shop ends on the shop finder, whole."""
    md = persona_render(FOURNIL, "fr", "md")
    assert "entre 7 h (" not in md
    assert "entre 7 h et 10 h 30 (la carte des boutiques en lien dans la" in md
    assert "10 h 30 (le lien dans la" not in md
    en = persona_render(FOURNIL, "en", "md")
    assert "(the shop finder linked in the post)" in en


def test_countries_compared_are_not_the_audience():
    """« who compare the UK with Canada, Ireland and Germany »: no German line, no translation
    budget for Germany; the source countries are all known."""
    rule = load_catalogue().ideas.audience_languages
    said = (
        "Graduates in India, Nigeria, Pakistan, Vietnam, Ghana and Kenya, who compare the UK"
        " with Canada, Ireland and Germany on cost; parents"
    )
    codes = [c.code for c in audience_countries(rule, said)]
    assert codes and set(codes) == {"IN", "NG", "PK", "VN", "GH", "KE"}, codes
    fr = "Des familles belges qui partent en Espagne plutôt qu'en Italie ; des Néerlandais."
    assert {c.code for c in audience_countries(rule, fr)} == {"BE", "ES", "NL"}
    md = persona_render(NORTHGATE, "en", "md")
    assert "(German)" not in md and "into German" not in md and "in German" not in md
    assert "UTC−5" not in md and "UTC+7" in md


def test_english_speaking_source_countries_need_no_translation():
    rule = load_catalogue().ideas.audience_languages
    found = audience_countries(rule, "Students from Nigeria, Ghana, Kenya and Pakistan")
    assert len(found) == 4 and all("en" in c.languages for c in found)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_recruitment_topic_is_a_job_ad(lang):
    """« Le recrutement de boulangers et de futurs franchisés : une photo prise sur le vif »."""
    ideas = [x.idea for x in posts(persona(FOURNIL, lang)) if "recrutement de boulangers" in x.idea]
    assert ideas
    pay = "salaire" if lang == "fr" else "pay"
    assert all(pay in i and "sur le vif" not in i for i in ideas), ideas


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_webinar_gives_its_time_and_sign_up_and_ambassadors_take_over_weekly(lang):
    """« Live Q&A webinars …: thirty seconds to camera explaining it »; the ambassadors showing
    a week in Leeds, the best subject, used once at most."""
    s = persona(NORTHGATE, lang)
    webinars = [x.idea for x in posts(s) if "webinars by country" in x.idea.lower()]
    assert webinars
    zones = "fuseaux" if lang == "fr" else "time zones"
    assert all(zones in i for i in webinars), webinars
    takeover = {x.date.isocalendar()[1] for x in posts(s) if "week in Leeds" in x.idea}
    assert len(takeover) >= 3, takeover
