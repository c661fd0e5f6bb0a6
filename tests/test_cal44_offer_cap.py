"""cal44: the offer cap holds as a constraint of the draw without emptying a week (review 30 #2).

Nine calendars stayed over a third of posts on the offer after cal42 (STILL_OVER in
tests/test_cal40_offer_share.py): the cap kept an offer post whenever no new question was left.
Now an offer post gives its place to a question, else to another pillar's subject, else is left
out while its network keeps a post that week; no week is left empty and no row comes twice.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import persona

FORMER = [
    "brightpath-singapore",
    "domaine-vin",
    "echangeurs-export-salon",
    "gummies-lyon-ados",
    "keystone-river-cu",
    "northbank-young-carers",
    "ot-meuse-semoy",
    "teen-esports",
    "webshop-tea",
]


@pytest.mark.parametrize("name", FORMER)
def test_the_capped_calendar_keeps_every_week_and_no_row_twice(name: str) -> None:
    s = persona(name, "fr")
    posts = [x for x in s.calendar if x.activity == "post"]
    start = min(x.date for x in s.calendar)
    weeks = Counter((x.date - start).days // 7 for x in posts)
    assert all(weeks[w] >= 2 for w in range(4)), weeks
    rows = Counter((x.network, x.idea) for x in posts)
    assert rows.most_common(1)[0][1] == 1, rows.most_common(1)
