"""Milestones that follow the dates and seasons in the answers, KPI baselines taken from the
proof points, and reviews fixed before bookings are pushed (review 5, D2, D4, D9 and D15)."""

from __future__ import annotations

from datetime import date

from tests.conftest import persona, persona_with


def _milestones(s) -> dict[date, str]:
    return {m.date: m.what for ph in s.plan for m in ph.milestones}


def _kpi(s, name: str):
    return next(k for k in s.kpis if k.name == name)


# -- D2 (a): an event's sales restart each edition ------------------------------------------------


def test_an_event_s_milestones_are_shares_of_the_target_by_the_early_bird_date():
    """1,650 was last edition's total, not today's count: « 17 Feb: 1,674 tickets » meant
    nothing. Half the target by the early-bird deadline the answers give (31 March), a push in
    the two weeks before it, and the figure so far compared with last edition before then."""
    s = persona("folk-festival", "en")
    marks = _milestones(s)
    assert "1,000 tickets" in marks[date(2027, 3, 31)], marks
    assert "Push before the 31 March 2027 deadline" in marks[date(2027, 3, 17)]
    assert "against the same date last edition" in marks[date(2027, 2, 17)]
    assert not any("1,674" in w or "1,772" in w for w in marks.values())
    main = next(k for k in s.kpis if k.id == "main")
    assert main.baseline is None and "1,650 at the last edition" in main.first_measure
    assert (main.targets[0].date, main.targets[0].value) == (date(2027, 3, 31), 1000.0)
    assert "at the last edition" in s.objective.statement
    # the first step and the calendar's set-up task say the same thing: last edition's figure
    # and this edition's so far, never « the starting figure, as of today »
    assert any("last edition" in step and "so far" in step for step in s.first_steps)
    assert "as of today" not in s.model_dump_json()
    assert "Record weekend tickets sold: last edition's" in s.model_dump_json()
    fr = persona("folk-festival", "fr")
    assert "1 000" in _milestones(fr)[date(2027, 3, 31)].replace("\u202f", " ").replace(
        "\u00a0", " "
    )
    assert any("dernière édition" in step for step in fr.first_steps)


# -- D2 (b): a date named in the desired action -------------------------------------------------


def test_a_date_in_the_desired_action_gets_a_milestone_in_french_and_english():
    fr = persona_with(
        "camping-familial",
        desired_action="Réserver son séjour d'été en direct avant le 1er mars",
    )
    assert "Échéance que vous avez donnée" in _milestones(fr)[date(2027, 3, 1)]
    en = persona_with(
        "webshop-tea",
        "en",
        desired_action="Order the spring tasting box before March 15th",
    )
    marks = _milestones(en)
    assert any(d == date(2027, 3, 15) and "deadline you gave" in w for d, w in marks.items()), marks


# -- D2 (c): seasonal sales weigh the months customers book in ----------------------------------


def test_a_seasonal_business_s_milestones_lean_on_its_booking_months():
    """« réservent … entre janvier et avril »: most of the growth is expected by the end of
    April, not in May–July (the straight line put 189 of 280 at 10 April)."""
    s = persona("camping-familial", "fr")
    main = next(k for k in s.kpis if k.id == "main")
    by = {t.date: t.value for t in main.targets}
    assert date(2027, 4, 30) in by  # the end of the booking months is a checkpoint
    assert "Fin de la période où vos clients réservent" in _milestones(s)[date(2027, 4, 30)]
    growth = (by[date(2027, 4, 30)] - 140) / (280 - 140)
    assert growth >= 0.7, by
    # the same campsite with no months named: the slow start comes back
    plain = persona_with(
        "camping-familial",
        audience_description="Des familles avec enfants et des couples de retraités.",
        offer="Camping 3 étoiles de 85 emplacements au bord du Chassezac",
    )
    flat = {t.date: t.value for t in next(k for k in plain.kpis if k.id == "main").targets}
    assert flat[date(2027, 4, 10)] < by[date(2027, 4, 10)]


# -- D4: the figures the client gave --------------------------------------------------------------


def test_a_proof_point_s_share_is_the_kpi_s_baseline_in_the_sector_s_words():
    camp = persona("camping-familial", "fr")
    back = _kpi(camp, "Clients qui reviennent")
    assert back.baseline == 62.0  # « 62 % de clients qui reviennent au moins une deuxième fois »
    assert back.rhythm == "une fois par saison"
    assert "logiciel de réservation" in back.source and "rendez-vous" not in back.measure
    main = next(k for k in camp.kpis if k.id == "main")
    assert "caisse" not in main.source and "réservation" in main.source
    fest = persona("folk-festival", "en")
    buyers = _kpi(fest, "Returning buyers")
    assert buyers.baseline == 70.0  # "70% of 2026 ticket buyers had been before"
    assert buyers.rhythm == "once an edition"
    assert not any("appointment" in k.measure or "till" in k.source for k in fest.kpis)
    assert "measured" not in buyers.first_measure


# -- D15: reviews fixed before bookings are pushed -----------------------------------------------


def test_an_offer_partly_ready_with_criticism_unhandled_fixes_reviews_first():
    said = (("fr", "avant de pousser les réservations"), ("en", "pushing for bookings"))
    for lang, words in said:
        s = persona("camping-familial", lang)
        assert any(words in step for step in s.first_steps), s.first_steps
    answered = persona_with("camping-familial", negative_feedback="answer")
    assert not any("avis récents" in step for step in answered.first_steps)
