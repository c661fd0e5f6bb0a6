"""Review 7's plan and KPI points (#8 and smaller slips): what a client reads on the page."""

from __future__ import annotations

from datetime import date

from tests.conftest import persona, persona_with


def _checkpoints(s) -> list[date]:
    return [m.date for p in s.plan for m in p.milestones if "%" in m.what]


def test_a_rate_within_eight_weeks_is_read_eight_weeks_after_the_date_it_covers() -> None:
    # Lumen starts on 1 February: February's clients have until late April to rebook, so no
    # checkpoint of the rebooking rate can fall on 28 February (review 7, #8)
    s = persona("lumen-skin-studio")
    start = date(2027, 2, 1)
    days = _checkpoints(s)
    assert days and min(days) >= date(2027, 3, 29)  # 8 weeks after the start
    assert date(2027, 2, 28) not in days
    main = next(k for k in s.kpis if k.id == "main")
    assert all(t.date >= start.replace(month=3, day=29) for t in main.targets)
    assert "8 weeks after the date it covers" in main.target_note
    fr = persona("lumen-skin-studio", lang="fr")
    assert (
        "8 semaines après la date qu’il couvre"
        in next(k for k in fr.kpis if k.id == "main").target_note
    )


def test_a_rate_without_a_window_keeps_its_phase_end_checkpoints() -> None:
    s = persona_with(
        "lumen-skin-studio",
        target={
            "metric": "share of new clients who rebook",
            "baseline": 41,
            "value": 60,
            "unit": "%",
        },
    )
    assert date(2027, 2, 28) in _checkpoints(s)


def test_an_action_taken_before_leaving_the_studio_is_asked_at_checkout_first() -> None:
    # « Book the next appointment before leaving the studio »: the lever is at the counter,
    # ahead of profile and posts (review 7, #8)
    en = persona("lumen-skin-studio").first_steps
    assert en[0].startswith("At checkout, offer the next slot")
    assert "rebooking reminder" in en[0]
    fr = persona("lumen-skin-studio", lang="fr").first_steps
    assert fr[0].startswith("Au moment de régler, proposer le prochain créneau")
    assert any("chiffre de départ" in s for s in fr)  # the starting figure is still checked


def test_an_action_taken_online_gets_no_counter_step() -> None:
    steps = persona_with("lumen-skin-studio", desired_action="Book online from the reminder text")
    assert not any("checkout" in s for s in steps.first_steps)


def test_a_budget_outside_the_euro_area_says_once_which_currency_it_is_in() -> None:
    # Lumen (AU) and Montréal (CA) answer their budget in their own money: one note names it
    # (review 7; review 11a, #5: it was « in euros »)
    for name, said in (("lumen-skin-studio", "in Australian dollars, as you gave them"),):
        notes = persona(name).budget.notes
        assert sum(said in n for n in notes) == 1
    fr = persona("ecole-francisation-montreal").budget.notes
    assert sum("en dollars canadiens, tels que vous les avez donnés" in n for n in fr) == 1
    # a Belgian budget is in euros, its own currency: no note
    assert not any(
        "comme vous les avez saisis" in n for n in persona("collectif-velo-liege").budget.notes
    )
