"""cal48: a dated event gets its Google listing Event post; a shipper's Christmas its last day.

Review 31a W9: Wellington's preview on 13 February 2027 (the plan's own milestone) had no Google
Business Profile Event post although the listing is kept. Saltbush (four weeks from 7 December,
vinyl and merch shipped from Bandcamp, « Getting vinyl and merch without paying crazy shipping »)
had no post saying the last day to order for Christmas.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import persona


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "An Event post on your Google listing. Preview at the sales centre, 13 February"),
        ("fr", "Une publication « Événement » sur votre fiche Google. Avant-première"),
    ],
)
def test_wellingtons_preview_has_an_event_post_on_its_google_listing(lang, words):
    s = persona("wellington-yards-condos", lang)
    found = [
        x
        for x in s.calendar
        if x.network == "google_business"
        and x.activity == "post"
        and x.idea.replace("\u00a0", " ").replace("\u202f", " ").startswith(words)
    ]
    assert len(found) == 1, [x.idea for x in s.calendar if x.network == "google_business"]
    # in the three weeks before the preview, inside the four weeks
    assert date(2027, 1, 23) <= found[0].date < date(2027, 2, 13) and found[0].event


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "Gift ideas for Christmas (25 December 2026)"), ("fr", "Idées cadeaux pour Noël")],
)
def test_saltbush_says_the_last_day_to_order_for_christmas_on_its_main_network(lang, words):
    s = persona("saltbush-parade", lang)
    main = next(n.id for n in s.networks if n.role == "primary")
    pushed = [x for x in s.calendar if x.activity == "post" and x.idea.startswith(words)]
    first = next(x for x in pushed if x.network == main)
    assert first.date <= date(2026, 12, 15), first.date  # while ten days remain or more
    # never a second post on the network at the same minute
    same = [
        x
        for x in s.calendar
        if x.activity == "post" and (x.network, x.date, x.time) == (main, first.date, first.time)
    ]
    assert same == [first]
    # the live it could have displaced stays, with its announcement
    assert any(x.format == "live" and x.date == date(2026, 12, 13) for x in s.calendar)
