"""cal49: a topic keeps to its months (review 33b EN5).

Eau Val d'Armance's January posted « respecter les restrictions d'eau en été sans amende » and
« les gestes pour économiser l'eau et les restrictions sécheresse »: drought restrictions are
set from May. A water service's January is the meter and the frost, the new bill.
"""

from __future__ import annotations

import pytest

from strategy_wizard.engine.calendar import off_season
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import PERSONAS, persona, persona_inputs

FROST = {"fr": "compteur contre le gel", "en": "meter safe from frost"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_water_service_posts_no_drought_in_january_and_the_frost_instead(lang):
    s = persona("eau-val-armance", lang)
    posts = [x for x in s.calendar if x.activity == "post"]
    assert all(x.date.month in (1, 2) for x in posts)
    text = " ".join(x.idea for x in posts).replace("’", "'")
    for words in ("restrictions d'eau", "sécheresse", "water restrictions", "drought"):
        assert words not in text, words
    assert FROST[lang] in text
    # the rhythm is kept with the season's subjects
    fb = [x for x in posts if x.network == "facebook"]
    assert len(fb) >= 12


def test_a_summer_topic_is_in_season_in_july_and_in_the_southern_january():
    kn = load_catalogue()
    from datetime import date

    north = persona_inputs("eau-val-armance")
    text = "Respecter les restrictions d'eau en été sans amende"
    assert off_season(north, kn, text, date(2027, 1, 22), "fr")
    assert not off_season(north, kn, text, date(2027, 7, 22), "fr")
    south = persona_inputs("reef-kayak-port-douglas")  # Australia
    assert not off_season(south, kn, "Water restrictions this summer", date(2027, 1, 22), "en")


@pytest.mark.parametrize("name", sorted(p.stem for p in PERSONAS.glob("*.yaml")))
def test_no_post_of_any_calendar_is_out_of_its_season(name):
    s = persona(name, "fr")
    kn = load_catalogue()
    inputs = persona_inputs(name)
    late = [
        (x.date, x.idea[:80])
        for x in s.calendar
        if x.activity == "post" and off_season(inputs, kn, x.idea, x.date, "fr")
    ]
    assert not late, late
