"""Review 27, #8: the complaint line and the objective in a reason's brackets said for what the
organisation sells and aims at, not « A complaint (an order, a bill, a service) » for a band,
« (commande, facture, prestation) » for a bakery network and an online candle shop, or « votre
objectif (obtenir des contacts qualifiés) » for a youth club's new players. Read in the document
the client gets (render --format json)."""

from __future__ import annotations

import pytest
from conftest import persona_json

ORDER_BILL = ("an order, a bill, a service", "commande, facture, prestation")


def complaint(name: str, lang: str) -> str:
    return persona_json(name, lang)["governance"]["escalation"][0]


def reasons(name: str, lang: str) -> str:
    doc = persona_json(name, lang)
    return " ".join(r["text"] for n in doc["networks"] for r in n["reasons"])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_band_is_asked_about_shows_tickets_and_merch_and_answers_as_we(lang):
    line = complaint("saltbush-parade", lang)
    assert not any(g in line for g in ORDER_BILL), line
    if lang == "en":
        assert "a show, a ticket or an order from your shop (a record, a T-shirt)" in line
        assert 'as "we"' in line and "ticketing site or the venue" in line
    else:
        assert "un concert, un billet ou une commande de votre boutique" in line
        assert "en « nous »" in line.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_bakery_network_hears_of_one_outlet_and_tells_its_referent(lang):
    line = complaint("fournil-franchise", lang)
    assert not any(g in line for g in ORDER_BILL), line
    assert ("référent du point de vente" if lang == "fr" else "outlet's referent") in line


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_online_shop_hears_of_orders_parcels_and_returns(lang):
    line = complaint("cire-et-chine", lang)
    assert not any(g in line for g in ORDER_BILL), line
    assert ("un colis abîmé ou en retard" if lang == "fr" else "a parcel damaged or late") in line


def test_no_persona_gets_the_order_bill_service_line():
    for name in ("saltbush-parade", "fournil-franchise", "cire-et-chine", "menuiserie-velay"):
        for lang in ("en", "fr"):
            line = complaint(name, lang)
            assert not any(g in line for g in ORDER_BILL), (name, lang, line)


def test_the_youth_club_reasons_name_new_players_not_qualified_contacts():
    fr, en = reasons("rfc-val-hoyoux-jeunes", "fr"), reasons("rfc-val-hoyoux-jeunes", "en")
    assert "contacts qualifiés" not in fr and "(leads)" not in en
    assert "votre objectif (faire inscrire de nouveaux joueurs)" in fr
    assert "your objective only in part (new players signed up)" in en


def test_the_business_school_newsletter_serves_enrolments_for_new_applicants():
    en = reasons("northgate-business-school", "en")
    assert "(sales)" not in en and "(leads)" not in en and "new customers" not in en
    assert "your second objective (confirmed enrolments)" in en
    assert "new applicants will come through Instagram" in en
