"""cal42: calendar points of reviews 28 and 28new a reader checks row by row."""

from __future__ import annotations

import pytest

from tests.conftest import persona

VET, SALTBUSH = "clinique-veto-bocage", "saltbush-parade"
BOOK = {"fr": "réservez un créneau", "en": "book a"}


def _posts(name: str, lang: str) -> list:
    return [x for x in persona(name, lang).calendar if x.activity == "post"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_booking_call_goes_out_before_the_saturday_it_books(lang: str) -> None:
    """Review 28new D11: « sam. 9 janv. 12 h 30 Facebook … Dernière ligne : réservez un créneau
    de vaccination le samedi matin », after the clinic's 8:30–12:00 Saturday session."""
    posts = _posts(VET, lang)
    called = [x for x in posts if "samedi matin" in x.idea and x.network != "newsletter"]
    assert called, "the booking call is still made"
    assert all(x.date.isoweekday() in (2, 3, 4) for x in called), [
        (x.date, x.network) for x in called
    ]
    saturday = [x for x in posts if x.date.isoweekday() == 6]
    assert saturday and not [x for x in saturday if x.pillar == "own_offer"]


@pytest.mark.parametrize(
    ("lang", "notice", "glued"),
    [
        (
            "fr",
            "Annonce du direct du 13 décembre 2026 sur Instagram : à 18 h 30",
            "Un direct",
        ),
        (
            "en",
            "Announcement of the 13 December 2026 live on Instagram: at 18:30",
            "A live",
        ),
    ],
)
def test_a_live_announced_elsewhere_is_one_row_one_post(lang: str, notice: str, glued: str) -> None:
    """Review 28 #8: Saltbush's 9 Dec Facebook row held the live's whole text, its last line to
    buy a ticket, then « An announcement of the 13 December 2026 live on Instagram »."""
    ideas = [
        x.idea.replace("\u202f", " ").replace("\u00a0", " ")
        for x in _posts(SALTBUSH, lang)
        if x.network == "facebook" and x.date.isoformat() == "2026-12-09"
    ]
    rows = [i for i in ideas if notice in i]
    assert rows, ideas
    for idea in rows:
        assert idea.startswith(notice), idea
        assert glued not in idea and "ticket" not in idea and "billet" not in idea
