"""Review 9's plan, KPI, calendar and budget points: what a client reads on the page."""

from __future__ import annotations

from datetime import date

from strategy_wizard.engine.plan import named_months
from tests.conftest import persona

# 1. The business's own calendar (review 9b, #1)


def test_a_month_named_in_a_topic_is_read_as_a_month_not_a_date_or_a_verb() -> None:
    assert named_months("la naissance des chevreaux en mars") == [3]
    assert named_months("pas de fromage frais en janvier et février") == [1, 2]
    assert named_months("la Fête de la chèvre du 30 mai") == []  # an event's date
    assert named_months("you may come back") == []


def test_a_topic_naming_a_month_is_not_posted_in_another_month() -> None:
    s = persona("chevrerie-combe-ardeche")  # the four weeks run from 11 January 2027
    posts = [x for x in s.calendar if x.activity == "post"]
    assert posts and all(x.date.month in (1, 2) for x in posts)
    assert not any("chevreaux en mars" in x.idea for x in posts)


def test_the_weekly_offer_post_goes_out_before_the_order_deadline_with_a_reminder() -> None:
    s = persona("chevrerie-combe-ardeche")  # « commander … avant le jeudi midi »
    main = next(n.id for n in s.networks if n.role == "primary")
    posts = [x for x in s.calendar if x.activity == "post" and x.network == main]
    # the week's offer goes out the day or two before the deadline: on the main network, or
    # in the weekly message to those who asked when the main network posts once a week (its
    # one post then keeps the line's proportions, review 10 #1)
    offers = [
        x
        for x in s.calendar
        if x.activity == "post" and x.pillar == "own_offer" and x.network in (main, "whatsapp")
    ]
    # from the week the list has its first members (its sign-up post comes the week before)
    opened = min(x.date for x in s.calendar if x.network == "whatsapp" and x.activity == "post")
    weeks = {x.date.isocalendar()[1] for x in posts if x.date >= opened}
    assert len(weeks) >= 3
    for week in weeks:
        days = {x.date.isoweekday() for x in offers if x.date.isocalendar()[1] == week}
        assert days & {2, 3}, f"no offer post on Tuesday or Wednesday in week {week}"
    assert {x.pillar for x in posts} != {"own_offer"}, "every main post about the offer"
    reminders = [x for x in posts if "échéance (avant le jeudi midi)" in x.idea]
    lead = next(n for n in s.networks if n.role == "primary")
    # a morning reminder only from a main network that posts twice a week (the farm's posts once)
    assert len(reminders) == (4 if lead.posts_per_week >= 2 else 0)
    assert all(x.date.isoweekday() == 4 and x.time < "12:00" for x in reminders)
    # the weekly message to those who asked goes out with the offer post, before the deadline
    weekly = [x for x in s.calendar if x.network == "whatsapp" and x.activity == "post"]
    # three: the list opens in week one, its first message goes out a week later (review 13a, #3)
    assert len(weekly) == 3 and all(x.date.isoweekday() in (2, 3) for x in weekly)
    assert all("jusqu’à quand commander (avant le jeudi midi)" in x.idea for x in weekly)
    # no offer post on the Saturday, five days before the next deadline
    assert not any(x.date.isoweekday() == 6 for x in offers)


def test_no_deadline_no_reminder() -> None:
    s = persona("reef-kayak-port-douglas")
    assert not any("morning of the deadline" in x.idea for x in s.calendar)
    assert s.calendar[0].date >= date(2027, 2, 1)


def _milestones(s) -> dict[date, str]:
    return {m.date: m.what for p in s.plan for m in p.milestones}


def test_a_checkpoint_in_a_dry_month_is_read_against_the_same_month_last_year() -> None:
    # « pas de fromage frais en janvier et février »: no straight line in February
    said = _milestones(persona("chevrerie-combe-ardeche"))
    assert "mois creux" in said[date(2027, 2, 10)] and "février 2026" in said[date(2027, 2, 10)]
    assert "à 39" not in said[date(2027, 2, 10)]
    # a peak month too is read against the same month a year before (review 10, #2)
    assert said[date(2027, 5, 10)].endswith("en hausse de 11 % sur mai 2026")


def test_a_tour_in_the_stinger_season_reads_its_checkpoints_year_on_year() -> None:
    s = persona("reef-kayak-port-douglas")
    said = _milestones(s)
    assert "low-season" in said[date(2027, 5, 31)]
    # the deadline in January too is read year on year (review 10, #2)
    assert said[date(2028, 1, 31)].endswith(
        "up 62% on January 2027 (the same month, not the year's average)"
    )
    main = next(k for k in s.kpis if k.id == "main")
    # every target is its rise on the same month a year before, the low months' too (12b #6)
    assert [t.label for t in main.targets][-1] == "+62% on January 2027"
    assert all(t.label for t in main.targets)
    assert "same month a year before" in main.target_note


def test_a_long_metric_checkpoint_says_its_figure_once() -> None:
    said = _milestones(persona("harvest-lane-markets"))
    checks = [w for w in said.values() if w.startswith("Checkpoint")]
    assert checks and all(w.count("coupon") == 1 for w in checks)


# 2. KPIs that fit the purchase (review 9b #2, 9a #3)


def test_a_tour_bought_once_gets_direct_bookings_not_a_repeat_rate() -> None:
    s = persona("reef-kayak-port-douglas")
    names = [k.name for k in s.kpis]
    assert "Repeat purchase rate" not in names and "Returning guests" not in names
    direct = next(k for k in s.kpis if k.name == "Share of bookings made direct")
    assert direct.unit == "% of bookings" and "online travel agencies" in direct.measure
    assert any("review" in k.name.lower() for k in s.kpis)


def test_an_open_house_for_new_families_counts_turnout_and_no_ticket() -> None:
    s = persona("brightpath-singapore")
    names = [k.name for k in s.kpis]
    assert "Returning participants" not in names and "Turnout" in names
    assert not any("ticket" in k.name.lower() for k in s.kpis)
    last = s.plan[-1]
    assert "Add a network" not in " ".join(last.goals)
    assert any("next step" in g for g in last.goals)


def test_a_farm_open_day_counts_visitors_on_the_day_not_bookings() -> None:
    s = persona("chevrerie-combe-ardeche")
    kpi = next(k for k in s.kpis if k.id == "second_event")
    assert kpi.name == "Visiteurs à la Fête de la chèvre du 30 mai"  # its name (review 11b)
    assert "réservation" not in kpi.measure and "jour même" in kpi.target_note


# 3. The budget over the plan's horizon (review 9a, #3)


def test_a_three_month_plan_is_costed_over_its_three_months_first() -> None:
    # 6 h a week, 600 a month, 3 months; a country the tool does not list: plain figures
    b = persona("brightpath-singapore").budget
    assert b.horizon_months == 3
    assert b.hours_over_plan == 69 and b.money_over_plan_eur == 1800
    assert b.notes[0].startswith("Over the plan's 3 months: 69 h")
    assert "over a year at the same pace, 276 hours and 7,200." in b.notes[0]
    year = persona("chevrerie-combe-ardeche").budget  # a 12-month plan keeps its year
    assert year.hours_over_plan is None and year.money_over_plan_eur is None


def test_the_summary_line_gives_the_plans_own_cost_in_a_short_line() -> None:
    from strategy_wizard.render.view import build_view

    view = build_view(persona("brightpath-singapore"))
    assert "6 h a week: 69 h and 1,800 over the plan's 3 months." in str(view)
    assert "276" not in str(view["budget"]["head"])


# 4. A live announced two days before is announced (review 9a, #9)


def test_every_live_has_its_announcement_two_days_before() -> None:
    for name in ("coach-finances-geneve", "brightpath-singapore"):
        s = persona(name)
        lives = [x for x in s.calendar if x.activity == "post" and x.format == "live"]
        assert lives, name
        for live in lives:
            # two to seven days before, in one of the network's posts (review 12b, #1)
            assert any(
                2 <= (live.date - x.date).days <= 7
                and x.format != "live"
                and x.activity == "post"
                and ("announcement" in x.idea or "Annonce" in x.idea)
                for x in s.calendar
            ), (name, live.date)


# 5. The newsletter as the objective's figure (review 9a, #7)


def test_a_newsletter_objective_reads_its_new_sign_ups_source_not_enquiries() -> None:
    s = persona("coach-finances-geneve")
    names = [k.name for k in s.kpis]
    assert "Part venue des réseaux" not in names
    share = next(
        k for k in s.kpis if k.name == "Part des nouvelles inscriptions venues des réseaux"
    )
    assert share.unit == "% des nouvelles inscriptions" and "UTM" in share.measure


def test_visitors_counted_on_the_day_are_not_said_to_be_measured_in_month_one() -> None:
    # the bakery's secondary event: its visitors are counted on the day, not « mesuré le 1er mois »
    from strategy_wizard.model.answers import load_answers
    from tests.conftest import EXAMPLES, build

    s = build(load_answers(EXAMPLES / "boulangerie-locale.yaml"), lang="fr")
    visitors = next(k for k in s.kpis if k.name.startswith("Visiteurs"))
    assert visitors.first_measure == "compté le jour même"
