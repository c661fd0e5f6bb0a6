"""A degree's testimonial tells the year of study and the job after it (review 26 #9: Northgate's
calendar, 29 Dec, « what they found with you », a shop's frame)."""

from __future__ import annotations

import pytest

from tests.conftest import persona


@pytest.mark.parametrize(
    ("lang", "shop", "degree"),
    [
        ("en", "what they found with you", "the job they hold today"),
        ("fr", "ce qu'on trouve chez vous", "le poste qu'il occupe aujourd'hui"),
    ],
)
def test_a_business_schools_testimonials_tell_the_year_and_the_job(lang, shop, degree):
    s = persona("northgate-business-school", lang)
    ideas = [x.idea.replace("\u2019", "'") for x in s.calendar if x.activity == "post"]
    assert not [i for i in ideas if shop in i]
    assert any(degree in i for i in ideas)
