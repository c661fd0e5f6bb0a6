"""Review 10 (2026-11-29), mix and relays: prescribers named in the audience get a kit, ads and
the newsletter follow customers who book ahead, and the weekly message's wording (#7, #9)."""

from __future__ import annotations

from tests.conftest import network as plan
from tests.conftest import persona, persona_with
from tests.conftest import reason_codes as codes

REEF = "reef-kayak-port-douglas"


def _relay(s, code: str) -> str:
    return next(r.how for r in s.relays if r.id == code)


def _ads(s) -> str:
    return next(sp.why for sp in s.budget.split if sp.category == "ads")


def _letter_setup(s) -> str:
    return next(c.idea for c in s.calendar if c.network == "newsletter" and c.activity == "setup")


def test_the_concierges_named_in_the_audience_get_a_kit_not_joint_posts():
    s = persona(REEF, lang="en")
    how = _relay(s, "partners")
    assert "hotel concierges and holiday-rental hosts" in how
    assert "one-page kit" in how and "QR code to book direct" in how and "low season" in how
    assert "cross invitations" not in how
    fr = persona(REEF, lang="fr")
    assert "fiche d'une page" in _relay(fr, "partners").replace("’", "'")
    assert "invitations croisées" not in _relay(fr, "partners")


def test_no_recommender_named_keeps_the_partners_line():
    described = "Travellers aged 25 to 60 planning a Far North Queensland trip 3 to 8 weeks ahead."
    s = persona_with(REEF, lang="en", audience_description=described)
    assert "cross invitations" in _relay(s, "partners")


def test_recommenders_with_no_relay_to_reach_them_add_prescribers_to_the_plan():
    s = persona_with(REEF, lang="en", relays=["customers", "influencers"])
    assert [r.id for r in s.relays][-1] == "prescribers"
    assert "one-page kit" in _relay(s, "prescribers")


def test_ads_for_travellers_who_book_ahead_retarget_and_reach_planners():
    for lang, said in (("en", "did not book"), ("fr", "n'ont pas réservé")):
        ads = _ads(persona(REEF, lang=lang)).replace("’", "'")
        assert said in ads, lang
        assert "beyond your followers" not in ads and "au-delà de vos abonnés" not in ads
    local = persona_with(REEF, lang="en", audience_geo="local")
    assert "beyond your followers" in _ads(local), "a local audience does not book weeks ahead"


def test_a_tour_collects_sign_ups_on_its_site_and_asks_for_a_review_after():
    setup = _letter_setup(persona(REEF, lang="en"))
    assert "front desk" not in setup
    assert "form on your website" in setup and "planning the visit" in setup
    assert "the day after each tour" in setup and "leave a review" in setup


def test_the_weekly_message_prompts_the_orders_it_does_not_take_them():
    for lang, said, wrong in (
        ("fr", "déclenche les commandes de la semaine", "passent les commandes"),
        ("en", "prompts the week's orders", "where the orders come from"),
    ):
        s = persona("chevrerie-combe-ardeche", lang=lang)
        text = " ".join(r.text for n in s.networks for r in n.reasons).replace("’", "'")
        assert said in text and wrong not in text, lang


def test_the_main_network_below_its_minimum_for_the_weekly_message_says_the_trade_off():
    s = persona("chevrerie-combe-ardeche", lang="fr")
    fb = plan(s, "facebook")
    assert "effort_for_weekly" in codes(s, "facebook")
    assert "effort_short" not in codes(s, "facebook")
    text = " ".join(r.text for r in fb.reasons)
    assert "Seulement" not in text and "au lieu des 1 h 30" in text


def test_the_next_network_waiting_reads_naturally():
    s = persona("domaine-vin", lang="fr")
    text = plan(s, "newsletter").reasons[0].text
    assert "vous ouvrirez Instagram ensuite" in text and "le suivant, attend" not in text
