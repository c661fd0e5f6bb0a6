"""Review 11 (a #2, b #1, brewery residue of 9a): the network mix.

- a teenage brand whose young buy with their own money keeps its second youth network (TikTok),
  not Facebook « pour les parents »; the parents' slot stays where the parents pay (teen camps);
- a main network the hours cannot give its minimum gives way to one fitting about as well whose
  minimum fits (a joiner's LinkedIn at 1 h of its 2 h);
- for a market answered `both`, a side few of the buyers are on counts for less (LinkedIn for a
  joiner's households, or above Facebook for a brewery selling mostly to drinkers);
- the profile set-up says what fits the network and the action (no « lien en bio » on LinkedIn,
  no booking tool for a joiner's quote requests).
"""

from __future__ import annotations

from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import network, persona, persona_with, roles, strategy_from

KEPT = ("primary", "secondary")


def test_teen_brand_buying_with_own_money_keeps_tiktok_not_facebook() -> None:
    s = persona("gummies-lyon-ados")
    r = roles(s)
    assert r["instagram"] == "primary"
    assert r["tiktok"] == "secondary"
    assert r["facebook"] not in KEPT
    assert "Facebook" not in " ".join(s.first_steps)


def test_parents_slot_kept_when_the_parents_pay() -> None:
    # the same brand, its young no longer said to buy themselves: the parents' network returns
    said = (
        "Des lycéens et étudiants de 15 à 24 ans qui découvrent les marques sur TikTok ; "
        "et leurs parents (40-50 ans), qui paient la box mensuelle."
    )
    r = roles(persona_with("gummies-lyon-ados", audience_description=said))
    assert r["facebook"] == "secondary"
    # the teen camps the parents pay for keep their parents' network (review 8b)
    assert roles(persona("teen-esports"))["facebook"] == "secondary"


def test_main_network_is_given_its_minimum_or_gives_way() -> None:
    s = persona("menuiserie-velay")
    kn = load_catalogue()
    main = next(n for n in s.networks if n.role == "primary")
    assert main.id != "linkedin"
    assert main.hours_per_week + 1e-9 >= kn.network(main.id).min_hours
    assert "primary_hours" in [r.code for r in main.reasons]
    assert roles(s)["linkedin"] not in KEPT


def test_linkedin_weighs_the_buyers_side_for_both_markets() -> None:
    joiner = persona("menuiserie-velay")
    assert network(joiner, "linkedin").score < network(joiner, "facebook").score
    brewery = persona("brasserie-sauerdall")
    assert network(brewery, "facebook").score > network(brewery, "linkedin").score
    assert roles(brewery)["instagram"] == "primary"
    # said against the side most buyers are on, not « votre marché, les deux »
    said = [r.text for r in network(joiner, "linkedin").reasons]
    assert any("particuliers" in t for t in said) and not any("les deux" in t for t in said)
    # a school teaching adults and firms alike keeps its main network
    assert roles(persona("ecole-francisation-montreal"))["instagram"] == "primary"


def test_setup_step_fits_the_network_and_the_action() -> None:
    joiner = persona("menuiserie-velay")
    said = " ".join(joiner.first_steps) + joiner.model_dump_json(include={"calendar"})
    assert "lien en bio" not in said
    assert "réservation" not in said
    # LinkedIn has no bio link, and with no site the page says how to reach the firm
    s = strategy_from(website="none")
    assert roles(s)["linkedin"] == "primary"
    step = s.first_steps[0]
    assert "LinkedIn" in step and "bio" not in step and "booking" not in step
