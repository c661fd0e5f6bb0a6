"""cal49: small plan gaps (review 33a W8).

Wellington's budget puts « about a third of this line on Google Search ads » and its calendar
dated only the Meta set-up (« Set up the ad campaigns: on Meta, the Housing special ad
category … »).
"""

from __future__ import annotations

import pytest

from tests.conftest import persona

SEARCH = {"fr": "campagne Google Search", "en": "Google Search campaign"}
META = {"fr": "Mettre en place les campagnes publicitaires", "en": "Set up the ad campaigns"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_budget_with_google_search_ads_sets_that_campaign_up(lang):
    s = persona("wellington-yards-condos", lang)
    rows = [x for x in s.calendar if x.activity == "setup"]
    meta = next(x for x in rows if x.idea.startswith(META[lang]))
    search = [x for x in rows if SEARCH[lang] in x.idea]
    assert len(search) == 1 and search[0].date > meta.date, search
    # a budget with no Google Search share has no such row
    other = persona("cire-et-chine", lang)
    assert not any(SEARCH[lang] in x.idea for x in other.calendar)


@pytest.mark.parametrize(
    ("lang", "issue"), [("en", "the 9 February 2027 issue"), ("fr", "le numéro du 9 février 2027")]
)
def test_a_task_that_counts_on_the_newsletter_names_the_next_issue(lang, issue):
    s = persona("dentiva-saas", lang)
    row = next(
        x
        for x in s.calendar
        if x.activity == "setup" and "10 " in x.idea and "2027" in x.idea and x.date.month == 2
    )
    assert issue in row.idea.replace("\u00a0", " "), row.idea
    assert "newsletter" not in row.idea


@pytest.mark.parametrize(("lang", "label"), [("fr", "Premier numéro"), ("en", "First issue")])
def test_the_first_issue_announced_for_a_week_goes_out_that_week(lang, label):
    s = persona("eau-val-armance", lang)
    setup = next(x for x in s.calendar if x.activity == "setup" and x.network == "newsletter")
    letters = [x for x in s.calendar if x.activity == "post" and x.network == "newsletter"]
    # « Premier numéro la semaine du 25 janvier 2027 »: its row in that week
    assert len(letters) == 1 and letters[0].idea.startswith(label), letters
    assert "25" in setup.idea and 25 <= letters[0].date.day <= 31 and letters[0].date.month == 1
