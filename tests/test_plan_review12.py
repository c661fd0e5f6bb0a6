"""Plan and KPIs after review 12 (12a #1, #5, #6; 12b #1, #6).

- A business booked out that fails its demand (critical no_capacity) is judged first on the
  repairs: the callback time and the negative reviews answered, by the repair phase's end; the
  acquisition figure comes after, with checkpoints only after that phase.
- A seasonal business has one target a month, the year-on-year one, and the headline's date is
  on the scorecard with a box to fill in.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import main_kpi, persona

# --- 12a #1: the repairs first ------------------------------------------------------------------


def test_booked_out_joinery_is_judged_first_on_its_repairs():
    s = persona("menuiserie-velay")
    assert s.verdict == "fix_first"
    ids = [k.id for k in s.kpis]
    # the one-page summary shows the first three: two repairs, then the quote requests
    assert ids[:3] == ["repair_callback", "repair_reviews", "main"]
    repair_end = s.plan[0].end
    callback = s.kpis[0]
    assert callback.baseline == 120 and callback.lower_is_better
    assert [(t.date, t.value) for t in callback.targets] == [(repair_end, 48)]
    assert "rappel" in callback.name.lower()
    reviews = s.kpis[1]
    assert [(t.date, t.value) for t in reviews.targets] == [(repair_end, 100)]
    # the comments' response time is not measured beside the callback (same 120 h answer)
    assert "response_time" not in ids
    # the acquisition figure is checked only after the repair phase
    assert all(t.date > repair_end for t in main_kpi(s).targets)


def test_repair_phase_ends_on_the_repairs_not_on_the_quote_requests():
    s = persona("menuiserie-velay")
    last = s.plan[0].milestones[-1]
    assert last.date == s.plan[0].end
    assert "48 h" in last.what and "avis" in last.what
    assert not any("demandes de devis" in m.what for m in s.plan[0].milestones)
    en = persona("menuiserie-velay", lang="en")
    assert "called back within 48" in en.plan[0].milestones[-1].what
    assert en.kpis[0].name == "Time to call back a request"


# --- 12a #6, 12b #6: seasonal targets -------------------------------------------------------------


def test_seasonal_target_is_said_once_per_month_year_on_year():
    s = persona("chevrerie-combe-ardeche")
    main = main_kpi(s)
    months = [t.date for t in main.targets]
    assert len(months) == len(set((d.year, d.month) for d in months))
    may = next(t for t in main.targets if t.date.month == 5)
    assert may.label == "+11 % sur mai 2026"
    # no second, absolute reading of the same month in the note
    assert "11 %" not in main.target_note and "42" not in main.target_note


def test_headline_target_date_is_on_the_scorecard_with_its_year_on_year_reading():
    s = persona("reef-kayak-port-douglas")
    main = main_kpi(s)
    last = main.targets[-1]
    assert last.date == date(2028, 1, 31) == s.objective.deadline
    assert last.value == 340 and last.label == "+62% on January 2027"
    assert [t.date.month for t in main.targets] == [5, 9, 1]


def test_scorecard_gives_an_actual_box_per_seasonal_checkpoint():
    from strategy_wizard.render import RenderOptions, render

    md = render(persona("reef-kayak-port-douglas"), "md", RenderOptions()).decode()
    row = next(line for line in md.splitlines() if line.startswith("| **Direct bookings"))
    assert row.count("____") == 3 and "31 Jan 2028: ____" in row
    assert "210 → 340, +62% on January 2027 (31 Jan 2028)" in md


# --- 12a #5: a figure the answers give is the starting point ------------------------------------


def test_participants_start_from_the_walkers_the_answers_count():
    s = persona("northbank-young-carers")
    walkers = next(k for k in s.kpis if k.id == "participants")
    assert walkers.baseline == 140 and not walkers.first_measure
    # at the money's rise (18,400 → 30,000), by the eve of the walk
    assert [(t.date, t.value) for t in walkers.targets] == [(date(2027, 5, 15), 228)]
    fr = persona("northbank-young-carers", lang="fr")
    assert "réponses" in next(k for k in fr.kpis if k.id == "participants").target_note


# --- 12b #1: a network's posts fit its own hours and rhythm --------------------------------------


def test_tiktok_on_its_own_three_and_a_half_hours_gets_one_live_and_its_rhythm():
    s = persona("gummies-lyon-ados")  # 10 h a week in all, TikTok 3 h 30 at 3 posts a week
    tiktok = next(n for n in s.networks if n.id == "tiktok")
    assert tiktok.hours_per_week < 6
    posts = [x for x in s.calendar if x.network == "tiktok" and x.activity == "post"]
    assert len([x for x in posts if x.format == "live"]) == 1
    # the live's notice is one of the week's three posts, not a fourth
    weeks: dict[int, int] = {}
    for x in posts:
        weeks[x.date.isocalendar()[1]] = weeks.get(x.date.isocalendar()[1], 0) + 1
    assert max(weeks.values()) <= tiktok.posts_per_week


def test_a_live_whose_notice_is_scheduled_no_longer_says_to_announce_it():
    for name in ("gummies-lyon-ados", "employment-law-toronto"):
        s = persona(name)
        lives = [x for x in s.calendar if x.activity == "post" and x.format == "live"]
        assert lives, name
        for live in lives:
            assert "deux jours avant" not in live.idea and "two days before" not in live.idea
