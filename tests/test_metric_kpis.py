"""Review 6 (#3, #4, #11 and the crêperie): the main KPI is read where the client's own metric
lives, a campaign ends on its own deadline with a target no lower than what the organisation
already achieved, the response time is met before the busy months, dates and first readings
say what a client can really do, and a list already held is not a newsletter starting at 0."""

from __future__ import annotations

from datetime import date

from tests.conftest import persona, persona_with


def kpi(s, kid: str):
    return next((k for k in s.kpis if k.id == kid), None)


# -- #3: the main KPI measured as the client named it ---------------------------------------------


def test_petition_signatures_are_read_on_the_petition_platform_not_on_review_sites():
    for lang, platform in (("fr", "plateforme de la pétition"), ("en", "petition platform")):
        main = kpi(persona("collectif-velo-liege", lang), "main")
        assert platform in main.source and platform in main.measure
        assert "avis" not in main.measure and "review" not in main.measure


def test_a_rebooking_rate_is_read_in_the_booking_software_and_not_restated():
    s = persona("lumen-skin-studio", "en")
    main = kpi(s, "main")
    assert "booking software" in main.source and "rebook" not in main.source
    assert "comment" not in main.measure, "no count of customers who comment"
    names = [k.name for k in s.kpis]
    assert "Repeat purchase rate" not in names, "a second KPI would measure the same share"


def test_a_metric_no_rule_knows_is_read_where_the_client_says():
    s = persona_with(
        "collectif-velo-liege",
        "fr",
        target={"metric": "kilomètres de pistes", "baseline": 12, "value": 20, "unit": "km"},
    )
    # a place is named all the same, never « à préciser avec vous » (review 11a, #4)
    assert kpi(s, "main").source.startswith("le tableau ou l’outil où vous le suivez")
    assert "endroit où lire" in " ".join(s.first_steps), "where to read it is agreed first"


def test_an_association_counts_people_at_its_meetings_not_tastings():
    s = persona("collectif-velo-liege", "fr")
    second = kpi(s, "second_event")
    assert second is not None and "dégustation" not in second.measure
    assert "réunion" in second.measure


def test_a_metric_of_the_objective_s_own_kind_keeps_its_measure():
    # « couverts vendus » is a sale: counted at the till, as before
    assert kpi(persona("creperie-mobile", "fr"), "main").source == "la caisse"
    # a campsite's direct bookings: its reservation software, as its context says
    assert "logiciel de réservation" in kpi(persona("camping-familial", "fr"), "main").source


# -- #4: a campaign's deadline and its realistic target -------------------------------------------


def test_a_campaign_ends_on_the_date_its_action_names_and_the_rest_is_follow_up():
    s = persona("collectif-velo-liege", "fr")
    assert s.objective.deadline == date(2027, 3, 31)
    main = kpi(s, "main")
    assert max(t.date for t in main.targets) == date(2027, 3, 31)
    after = [m.what for p in s.plan for m in p.milestones if m.date > date(2027, 3, 31)]
    assert after and all("Point d'étape" not in w and "Point d’étape" not in w for w in after)
    assert s.plan[-1].name == "Suivi après l’échéance"


def test_a_campaign_is_not_capped_below_what_it_already_achieved():
    s = persona("collectif-velo-liege", "fr")
    assert s.objective.realistic_target == 2300, "the 2,300 comments of 2024"
    assert s.objective.target == 5000
    assert "2 300" in s.objective.statement and "facteur" not in s.objective.statement


def test_the_response_time_is_met_before_the_key_period():
    liege = kpi(persona("collectif-velo-liege", "fr"), "response_time")
    assert liege.targets[0].date == date(2027, 2, 1), "before the inquiry's March"
    camping = kpi(persona("camping-familial", "fr"), "response_time")
    assert camping.targets[0].date <= date(2027, 2, 10), "early in the January-April bookings"


# -- #11: dates and first readings a client can keep ----------------------------------------------


def test_a_share_read_at_the_end_of_the_season_is_dated_then():
    returning = kpi(persona("camping-familial", "fr"), "kpi_2")
    assert returning.targets[0].date == date(2027, 9, 30), "open April to September"


def test_a_baseline_given_is_checked_where_it_is_read_not_asked_again():
    s = persona("collectif-velo-liege", "fr")
    text = " ".join(s.first_steps) + " ".join(slot.idea for slot in s.calendar)
    assert "à ce jour" not in text and "Noter le chiffre de départ" not in text
    assert any("plateforme de la pétition" in step for step in s.first_steps)
    assert any("Vérifier" in slot.idea and "pétition" in slot.idea for slot in s.calendar)


def test_a_loyalty_card_share_is_not_measured_in_month_one():
    repeat = kpi(persona("creperie-mobile", "fr"), "kpi_2")
    assert repeat.first_measure == "relevé à la fin du 1er trimestre"
    assert "1er mois" not in repeat.target_note


# -- newsletter: a list already held ---------------------------------------------------------------


def test_a_newsletter_for_returning_customers_starts_from_the_imported_list():
    for name, lang, said in (
        ("camping-familial", "fr", "la liste importée la première semaine"),
        ("lumen-skin-studio", "en", "the list imported in the first week"),
    ):
        subscribers = kpi(persona(name, lang), "subscribers")
        assert subscribers.baseline is None and subscribers.first_measure == said


def test_members_among_the_proof_points_are_a_list_held_only_where_a_newsletter_goes_out():
    # « 480 membres cotisants en 2026 » is a list held when a newsletter already goes out; a
    # count alone is no consent to write to them (review 25b #4: a club's 142 young players)
    held = ["facebook", "instagram", "newsletter"]
    s = persona_with("collectif-velo-liege", "fr", current_networks=held)
    assert kpi(s, "subscribers") is not None
    s = persona_with("collectif-velo-liege", "fr", current_networks=["facebook", "instagram"])
    subscribers = kpi(s, "subscribers")
    assert subscribers is None or subscribers.first_measure != (
        "la liste importée la première semaine"
    )
