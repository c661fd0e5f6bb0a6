"""Review 23b (D5, D7, D12) and 23a (#3): what a client reads in the warnings, the objective,
the governance and the sources.

- a `limited` capacity is not worded as `full`, and a maker's room is its production;
- a French seller of goods to consumers online gets one compact box of its rules, with sources;
- an Australian audience gets Australia's own minors line, and « an audience in Australia »;
- a solo is told to answer herself; the automation warning speaks of the WhatsApp kept.
"""

from __future__ import annotations

from tests.conftest import (
    cited,
    persona,
    persona_json,
    persona_render,
    persona_with,
    strategy_from,
    warning_of,
)

CIRE = "cire-et-chine"
BAND = "saltbush-parade"
SCHOOL = "northgate-business-school"


# --- D5: limited is not full; a maker's capacity is production ---------------------------------


def test_a_limited_maker_is_not_told_her_book_is_full():
    s = persona_json(CIRE, "fr")
    statement = s["objective"]["statement"]
    assert "carnet" not in statement and "ne vaut qu" not in statement
    assert "ce que vous pouvez produire" in statement and "précommandes" in statement
    texts = " ".join(w["headline"] + w["message"] + w["advice"] for w in s["warnings"])
    assert "ne pouvez pas en servir davantage" not in texts
    assert "rappel sous" not in texts and "carnet" not in texts


def test_a_maker_gets_production_advice_and_growth_is_said_once():
    s = persona(CIRE, "fr")
    room = warning_of(s, "no_capacity")
    # its bound said with the target's rise and the peak months (review 31a, C7)
    assert room.case == "limited_goods_bound_peak"
    for said in ("petites séries", "délai de préparation par saison", "précommandes"):
        assert said in room.advice
    assert "date d’expédition" in room.advice or "date d'expédition" in room.advice
    assert "publicité sur un article épuisé" in room.advice
    growth = warning_of(s, "quick_growth")
    assert growth.case == "expectation"  # the hope judged on time, the room said once
    assert "croissance rapide" not in room.headline


def test_full_still_waits_for_room_and_limited_services_keep_their_words():
    full = strategy_from(capacity="full", response_time_hours=12, expectations=["quick_growth"])
    assert warning_of(full, "quick_growth").case == "no_room"
    limited = strategy_from(capacity="limited", expectations=["quick_growth"])
    assert warning_of(limited, "no_capacity").case == "limited"
    assert warning_of(limited, "quick_growth").case != "no_room"
    assert "few extra customers you can serve" in limited.objective.statement
    shop = strategy_from(
        capacity="full", response_time_hours=12, sector="retail_ecommerce", objective="sales"
    )
    assert warning_of(shop, "no_capacity").case == "goods"
    assert "pre-orders" in shop.objective.statement


# --- D7: a French seller of goods online --------------------------------------------------------


def test_a_french_maker_on_etsy_gets_one_box_of_product_rules_with_sources():
    s = persona(CIRE, "fr")
    box = warning_of(s, "fr_product_seller")
    assert box is not None and box.severity == "info"
    text = box.advice
    assert "naturel" in text and "non toxique" in text and "L121-2" in text
    assert "2023/988" in text and "13 décembre 2024" in text
    assert "Collaboration commerciale" in text and "2023-451" in text
    assert "L111-7-2" in text  # customers as relays: no reward for a good rating
    assert "CLP" in text  # the answers name the label
    sources = cited(s)
    assert "2023/988" in sources and "EUR-Lex" in sources
    assert "L121-2" in sources and "1272/2008" in sources


def test_the_product_box_is_for_french_sellers_of_goods_to_consumers_online():
    assert warning_of(persona_with(CIRE, "fr", country="BE"), "fr_product_seller") is None
    assert warning_of(persona_with(CIRE, "fr", market="b2b"), "fr_product_seller") is None
    assert warning_of(persona_with(CIRE, "fr", sector="food_drink"), "fr_product_seller") is None
    giveaway = persona_with(CIRE, "fr", topics=["un jeu-concours pour les 1 000 abonnés"])
    assert "règlement écrit" in warning_of(giveaway, "fr_product_seller").advice
    # the services and shops judged right before get no such box
    for name in ("menuiserie-velay", "fournil-franchise", "theatre-recollets-limoges"):
        assert warning_of(persona(name, "fr"), "fr_product_seller") is None


# --- D12: Australia's own minors line, the article, a solo ----------------------------------


def test_an_australian_band_gets_australia_s_minors_line_not_europe_s():
    s = persona(BAND, "en")
    moderation = " ".join(s.governance.moderation)
    assert "in the UK" not in moderation and "France" not in moderation
    assert "OAIC" in moderation and "from 15" in moderation and "under-16s" in moderation
    fr = " ".join(persona(BAND, "fr").governance.moderation)
    assert "OAIC" in fr and "Royaume-Uni" not in fr


def test_a_foreign_figure_is_said_for_an_audience_in_the_country():
    # the band now reads Australia's own figures (law33); a beauty studio in Australia still
    # gets Pew's US figures for Pinterest and X, for want of Australian ones
    flags = [x.measured for x in persona("lumen-skin-studio", "en").sources if x.measured]
    assert flags and not [f for f in flags if "a Australian" in f]
    assert any("for an audience in Australia" in f for f in flags)


def test_a_solo_is_told_to_answer_herself():
    advice = warning_of(persona(CIRE, "fr"), "slow_response").advice
    assert advice.startswith("Répondez vous-même") and "Désignez" not in advice
    team = warning_of(strategy_from(response_time_hours=72, team="small_team"), "slow_response")
    assert team.advice.startswith("Decide who answers")


# --- 23a #3: the automation warning speaks of the channel where DMs are automated -------------


def test_automated_dms_with_whatsapp_kept_speak_of_whatsapp_not_linkedin():
    s = persona(SCHOOL, "en")
    w = warning_of(s, "automation")
    assert w.case == "whatsapp"
    assert "WhatsApp" in w.headline and "LinkedIn" not in w.headline + w.message
    assert "answered by a person, within the day" in w.advice
    page = persona_render(SCHOOL, "en", "md")
    assert "No automated prospecting on LinkedIn" not in page
    assert "On WhatsApp, a bot acknowledges; a person answers." in page
    assert "WhatsApp Business Messaging Policy" in cited(s)
