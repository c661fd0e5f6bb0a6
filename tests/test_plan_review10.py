"""Review 10's plan and KPI points (#2 the season, #9 the weekly list and the event's name):
what a client reads on the page."""

from __future__ import annotations

from datetime import date

from tests.conftest import main_kpi, persona, persona_with


def _milestones(s) -> dict[date, str]:
    return {m.date: m.what for p in s.plan for m in p.milestones}


# 2. A seasonal business's target is read against the same month a year before


def test_a_deadline_in_the_dry_off_is_judged_against_the_same_month_a_year_before() -> None:
    s = persona("chevrerie-combe-ardeche")  # goats dried off in January and February
    assert s.objective.deadline == date(2028, 1, 10)
    statement = s.objective.statement
    assert statement.startswith("Passer de 38 à 60 commandes à retirer par semaine")
    assert (
        "Le 10 janvier 2028 tombe en mois creux : le chiffre de janvier 2028 se compare donc à "
        "celui de janvier 2027, en hausse de 58 %, la même hausse que de 38 à 60."
    ) in statement.replace("\u202f", " ").replace("\u00a0", " ")
    said = _milestones(s)
    final = said[date(2028, 1, 10)]
    assert "mois creux" in final and "janvier 2027" in final and "à 60" not in final


def test_peak_checkpoints_are_compared_with_the_same_month_too_not_a_straight_ramp() -> None:
    s = persona("chevrerie-combe-ardeche")
    said = _milestones(s)
    may, september = said[date(2027, 5, 10)], said[date(2027, 9, 10)]
    assert "mai 2026" in may and "à 42" not in may
    assert "septembre 2026" in september and "à 50" not in september
    main = main_kpi(s)
    # each target of the table is read year on year, the deadline's in the trough too, and
    # only that way (review 12a #6: « 42 » beside « +11 % » were two targets for May)
    labels = {t.date: t.label.replace("\u202f", " ").replace("\u00a0", " ") for t in main.targets}
    assert labels[date(2028, 1, 10)] == "+58 % sur janvier 2027"
    assert labels[date(2027, 5, 10)] == "+11 % sur mai 2026"
    assert main.target_note.startswith("chaque cible se lit contre le même mois")


def test_a_tour_in_the_wet_season_states_its_deadline_year_on_year_in_english() -> None:
    s = persona("reef-kayak-port-douglas")
    assert (
        "31 January 2028 falls in your low season, so the January 2028 figure is compared with "
        "January 2027: up 62%, the same rise as from 210 to 340."
    ) in s.objective.statement
    said = _milestones(s)
    assert said[date(2027, 9, 30)].endswith("up 33% on September 2026")
    assert "340" not in said[date(2028, 1, 31)]


def test_a_business_without_a_low_season_keeps_its_level_targets() -> None:
    s = persona("harvest-lane-markets")
    assert "low season" not in s.objective.statement
    assert not any(" on " in m and "% on " in m for m in _milestones(s).values())


def test_the_realistic_target_still_leads_when_the_deadline_is_in_the_trough() -> None:
    # a target beyond the growth thresholds: the year-on-year rise is the realistic one's
    s = persona_with(
        "chevrerie-combe-ardeche",
        target={
            "metric": "commandes à retirer par semaine",
            "baseline": 38,
            "value": 400,
            "unit": "commandes par semaine",
        },
    )
    realistic = s.objective.realistic_target
    assert realistic is not None and realistic < 400
    rise = round((realistic / 38 - 1) * 100)
    assert f"en hausse de {rise}" in s.objective.statement.replace("\u202f", " ").replace(
        "\u00a0", " "
    )


# 9. The weekly list's KPI, and the event named


def test_the_weekly_whatsapp_list_has_its_kpi_after_the_results() -> None:
    s = persona("chevrerie-combe-ardeche")
    ids = [k.id for k in s.kpis]
    assert "list_members" in ids
    kpi = next(k for k in s.kpis if k.id == "list_members")
    assert kpi.name == "Inscrits à la liste WhatsApp"
    assert kpi.owner and kpi.rhythm == "chaque semaine" and "WhatsApp" in kpi.source
    assert "commandes" in kpi.measure
    # the result KPIs keep the first places; the event's visitors stay
    assert ids[0] == "main" and "second_event" in ids
    assert ids.index("list_members") > ids.index("second_event")


def test_no_list_kpi_without_a_weekly_message() -> None:
    s = persona("reef-kayak-port-douglas")
    assert "list_members" not in [k.id for k in s.kpis]


def test_the_event_is_named_as_the_topics_name_it() -> None:
    said = _milestones(persona("chevrerie-combe-ardeche"))
    assert said[date(2027, 5, 9)].startswith(
        "Annonce de la Fête de la chèvre du 30 mai, 3 semaines"
    )
    assert said[date(2027, 5, 30)].startswith("Jour de la Fête de la chèvre du 30 mai\u00a0:")


def test_an_event_named_in_another_language_keeps_the_date_wording() -> None:
    said = _milestones(persona("chevrerie-combe-ardeche", lang="en"))
    assert said[date(2027, 5, 9)].startswith("Announce the 30 May 2027 event")
