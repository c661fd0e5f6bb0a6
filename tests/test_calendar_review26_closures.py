"""Review 26 #6 (Northgate Business School): the university closes from 23 December to
2 January, yet the calendar put two YouTube lives on 23 December, posts every day to 2 January
and a newsletter on 29 December; and its « 2,000 GBP early-deposit scholarship for deposits paid
before 31 March » had no dated push. The closure is an answer (`closed_periods`, a list of
periods); an offer's end date gives pushes three weeks and one week before it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import PERSONAS, TODAY, answers_from, persona, persona_with

CLOSED = (date(2026, 12, 23), date(2027, 1, 2))
NAME = "northgate-business-school"


def _closed(x) -> bool:
    return CLOSED[0] <= x.date <= CLOSED[1]


@pytest.fixture(scope="module")
def northgate():
    return persona(NAME, "en")


def test_no_live_newsletter_private_message_relay_or_listening_while_closed(northgate):
    inside = [x for x in northgate.calendar if _closed(x)]
    posts = [x for x in inside if x.activity == "post"]
    assert [x for x in posts if x.format == "live"] == []
    assert [x for x in posts if x.network in ("newsletter", "whatsapp")] == []
    assert [x for x in posts if x.pillar == "curation"] == []
    assert [x for x in inside if x.activity == "listen"] == []
    # no question put to the audience, no live announced for those days
    assert not any("A question to" in x.idea or "live" in x.idea.lower() for x in posts)
    # evergreen posts scheduled beforehand still go out
    assert len(posts) >= 6


def test_the_closure_is_said_once_the_day_before(northgate):
    lines = [x for x in northgate.calendar if "Closed from" in x.idea]
    assert len(lines) == 1
    assert lines[0].date == date(2026, 12, 22) and lines[0].activity == "setup"
    assert "23 December 2026 to 2 January 2027" in lines[0].idea
    assert "automatic reply" in lines[0].idea


def test_the_closure_in_french():
    s = persona(NAME, "fr")
    line = next(x for x in s.calendar if x.idea.startswith("Fermeture"))
    assert "du 23 décembre 2026 au 2 janvier 2027" in line.idea
    assert "ni direct, ni lettre, ni question au public" in line.idea
    assert not [x for x in s.calendar if _closed(x) and x.format == "live"]


def test_without_the_answer_the_lives_stay():
    """The closure is what empties those days: the same persona without it keeps its live."""
    s = persona_with(NAME, "en", closed_periods=None)
    assert any(x.format == "live" and _closed(x) for x in s.calendar)
    assert not any("Closed from" in x.idea for x in s.calendar)


def test_no_notice_announces_a_live_inside_the_closure(northgate):
    """Before the fix, 16 December announced « the 23 December 2026 live »: a live that cannot
    take place is neither planned nor announced."""
    days = [f"{d} December 2026" for d in range(23, 32)] + ["1 January 2027", "2 January 2027"]
    for x in (x for x in northgate.calendar if x.activity == "post"):
        assert not ("live" in x.idea and any(d in x.idea for d in days)), x.idea


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (["Christmas"], "YYYY-MM-DD"),
        (["2027-01-02 – 2026-12-23"], "the last day comes before the first"),
        (["2026-12-23 – 2027-02-30"], "YYYY-MM-DD"),
        (["1990-12-23 – 1991-01-02"], "out of range"),
    ],
)
def test_a_bad_period_is_refused_with_what_to_write(value, said):
    from strategy_wizard.model.answers import AnswersError

    with pytest.raises(AnswersError) as err:
        answers_from(closed_periods=value, lang="en")
    text = str(err.value)
    assert "closed_periods" in text and said in text


def test_a_bad_period_in_french():
    from strategy_wizard.model.answers import AnswersError, validate
    from tests.conftest import BASE

    with pytest.raises(AnswersError) as err:
        validate({**BASE, "closed_periods": ["Noël"]}, lang="fr")
    assert "n’est pas une période" in str(err.value) or "n'est pas une période" in str(err.value)


@pytest.mark.parametrize(
    "written",
    [
        "2026-12-23 – 2027-01-02",
        "2026-12-23 - 2027-01-02",
        "du 2026-12-23 au 2027-01-02",
        "from 2026-12-23 to 2027-01-02",
    ],
)
def test_a_period_is_kept_in_one_spelling(written):
    answers = answers_from(closed_periods=[written, "2027-04-05"])
    assert answers.values["closed_periods"] == ["2026-12-23 – 2027-01-02", "2027-04-05"]


def test_the_bank_asks_it_in_both_languages_and_the_schema_checks_it():
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.model.schema import answers_schema

    bank = load_bank()
    q = bank.question("closed_periods")
    assert bank.step_of("closed_periods").id == "timeframe"
    assert q.type == "list" and q.items == "period" and not q.required
    for lang in ("fr", "en"):
        assert q.label(lang) and q.help(lang) and q.teaching(lang)
    import re

    item = answers_schema(bank)["properties"]["closed_periods"]["items"]
    assert re.match(item["pattern"], "2026-12-23 – 2027-01-02")
    assert not re.match(item["pattern"], "Christmas")


# --- an offer's end date ---------------------------------------------------------------------


def _inputs(name: str | None = None, **changes):
    import yaml

    from strategy_wizard.engine.resolve import resolve
    from strategy_wizard.engine.wording import Words
    from strategy_wizard.model.answers import validate
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.model.catalogue import load_catalogue
    from tests.conftest import BASE

    data = (
        yaml.safe_load((PERSONAS / f"{name}.yaml").read_text(encoding="utf-8"))
        if name
        else dict(BASE)
    )
    data.update(changes)
    data = {k: v for k, v in data.items() if v is not None}
    kn, bank = load_catalogue(), load_bank()
    answers = validate(data)
    return resolve(answers, bank, kn, TODAY, Words(bank, kn, answers.lang)), kn


def test_northgate_scholarship_pushed_three_weeks_and_one_week_before_31_march():
    from strategy_wizard.engine.plan import offer_pushes

    inputs, kn = _inputs(NAME)
    pushes = [(when, day, before) for when, day, _what, before in offer_pushes(inputs, kn)]
    assert pushes == [
        (date(2027, 3, 10), date(2027, 3, 31), 21),
        (date(2027, 3, 24), date(2027, 3, 31), 7),
    ]


@pytest.mark.parametrize(
    ("lang", "said", "day"),
    [
        ("fr", "Cours d'essai offert avant le 31 mars", date(2027, 3, 31)),
        ("fr", "Remise de 10 % jusqu'au 15 mai", date(2027, 5, 15)),
        ("en", "Early-bird price until 15 May", date(2027, 5, 15)),
        ("en", "Free trial lesson before 31 March 2027", date(2027, 3, 31)),
    ],
)
def test_an_offer_end_date_in_either_language(lang, said, day):
    from strategy_wizard.engine.plan import offer_deadlines

    inputs, kn = _inputs(lang=lang, proof_points=[said])
    assert [d for d, _ in offer_deadlines(inputs, kn)] == [day]


@pytest.mark.parametrize(
    "said",
    [
        "Open day on 31 March",  # a date, no end to an offer
        "Early-bird price until 15 May 2031",  # beyond the plan: no date invented in it
        "Early-bird price until 15 May 2026",  # a year written that is not the one ahead
    ],
)
def test_no_push_without_an_offer_end_within_the_plan(said):
    from strategy_wizard.engine.plan import offer_deadlines

    inputs, kn = _inputs(lang="en", proof_points=[said])
    assert offer_deadlines(inputs, kn) == []


def test_a_push_inside_the_four_weeks_is_a_named_day_post():
    s = persona_with(NAME, "en", start_date="2027-03-01", closed_periods=None)
    early = [x for x in s.calendar if x.idea.startswith("Three weeks before 31 March 2027")]
    last = [x for x in s.calendar if x.idea.startswith("Last week before 31 March 2027")]
    assert early and last and all(x.event for x in early + last)
    assert min(x.date for x in early) in (date(2027, 3, 9), date(2027, 3, 10))
    assert min(x.date for x in last) in (date(2027, 3, 23), date(2027, 3, 24))
    assert "2,000 GBP early-deposit scholarship" in early[0].idea
    fr = persona_with(NAME, "fr", start_date="2027-03-01", closed_periods=None)
    assert any(x.idea.startswith("Trois semaines avant le 31 mars 2027") for x in fr.calendar)
