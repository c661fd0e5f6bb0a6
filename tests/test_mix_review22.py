"""Review 22b's mix, routine and relay defects (D3, D5, D11) and review 22a's #5, checked on what a
client reads in the personas' strategies and on cases next to them."""

from __future__ import annotations

from tests.conftest import network, persona, persona_with, roles
from tests.conftest import reason_codes as codes


def _text(s, nid: str) -> str:
    return " ".join(r.text for r in network(s, nid).reasons)


def test_a_business_school_recruiting_graduates_keeps_linkedin():
    # D3: « Before leaving LinkedIn, pin where to find you » for an MSc recruiting graduates with
    # work experience, because market b2c weighed LinkedIn down
    s = persona("northgate-business-school", "en")
    assert roles(s)["linkedin"] in ("primary", "secondary")
    assert not any("Before leaving LinkedIn" in p.idea for p in s.calendar)


def test_graduates_alone_make_linkedin_fit_whatever_the_market_code():
    # the rule, not the persona: the same school, its audience without graduates nor alumni nor
    # careers, is scored on its market again (LinkedIn set aside)
    plain = persona_with(
        "northgate-business-school",
        "en",
        audience_description="Young people in India and Nigeria and their parents.",
        key_message="A year in Leeds.",
        topics=["student life in Leeds"],
        proof_points=["AACSB accredited"],
        audience_problems=["What it costs"],
    )
    s = persona("northgate-business-school", "en")
    assert network(s, "linkedin").score >= network(plain, "linkedin").score + 10
    assert roles(plain)["linkedin"] not in ("primary", "secondary")


def test_an_audience_abroad_deciding_after_a_conversation_keeps_whatsapp_answered_by_people():
    # D3: « WhatsApp — Set aside — It does little for your objective (leads) »
    s = persona("northgate-business-school", "en")
    assert roles(s)["whatsapp"] == "secondary"
    assert "conversation" in codes(s, "whatsapp")
    said = _text(s, "whatsapp")
    assert "answers in person" in said and "other countries" in said
    assert "does little for your objective" not in said
    fr = persona("northgate-business-school", "fr")
    assert "répond elle-même" in _text(fr, "whatsapp")
    # an audience at home is not given it by this rule
    home = persona_with("northgate-business-school", "en", audience_geo="national")
    assert "conversation" not in codes(home, "whatsapp")


def test_a_google_listing_is_not_kept_for_near_me_searches_by_an_audience_abroad():
    # D3: « for a place people visit, it is what answers 'near me' searches » for applicants in
    # Lagos, and webinar dates posted on the listing
    s = persona("northgate-business-school", "en")
    gbp = network(s, "google_business")
    assert gbp.role not in ("primary", "secondary")
    assert "far_audience" in codes(s, "google_business")
    assert "other countries" in _text(s, "google_business")
    assert not any(p.network == "google_business" and p.pillar for p in s.calendar)
    # tourists from abroad do search for the campsite once there: their listing stays
    camping = persona("camping-familial", "fr")
    assert "far_audience" not in codes(camping, "google_business")
