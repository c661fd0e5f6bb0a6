"""Review 20 (D6, D10 legal, D7): the claims a US brand puts in large type, its SMS list and its
pixel; a French tourist office's partner photos, its pixel, its director and its listing.

What a client checks: Loam Supply Co. (en/US, online only, « cut and sewn in Los Angeles »,
« 100 % recycled polyester », an SMS list of 41,000) reads the FTC's Made in USA rule (16 CFR
323), the Green Guides (16 CFR 260), the TCPA and California's « Do Not Sell or Share » link,
with their sources. The Office de Tourisme Meuse et Semoy (fr/FR, public body, 62 partner
accommodations, relays: partners) reads a written assignment of rights for its partners'
photos, a pixel only after consent (CNIL), its director approving, and a visitor centre's
listing rather than a hotel's reviews.
"""

from __future__ import annotations

from tests.conftest import ads_line, persona, persona_with
from tests.conftest import cited as sources
from tests.conftest import warning_of as warning

LOAM = "loam-supply-drop"
OT = "ot-meuse-semoy"


def test_a_us_brand_reads_its_origin_green_sms_and_pixel_rules_with_sources():
    s = persona(LOAM, "en")
    w = warning(s, "country_rules")
    assert w is not None and w.severity == "info"
    for rule in ("16 CFR 323", "Made in USA", "16 CFR 260", "TCPA", "8 a.m.", "STOP"):
        assert rule in w.advice, rule
    assert "Do Not Sell or Share My Personal Information" in w.advice
    cited = sources(s)
    assert "Made in USA Labeling Rule" in cited and "Green Guides" in cited
    assert "47 CFR § 64.1200" in cited and "California Privacy Rights Act" in cited
    # its French document says the same
    fr = warning(persona(LOAM, "fr"), "country_rules").advice
    assert "16 CFR 323" in fr and "SMS" in fr and "Do Not Sell or Share" in fr


def test_the_us_claims_lines_follow_the_answers_words():
    s = persona_with(
        LOAM,
        "en",
        offer="Outdoor-casual clothing sold in numbered limited drops on our own online store",
        proof_points=["Drop 02 sold 2,100 units in its first 30 days (September 2026)"],
        key_message="Clothes for the trail and the city, in small drops that last.",
    )
    advice = warning(s, "country_rules").advice
    assert "16 CFR 323" not in advice and "16 CFR 260" not in advice and "TCPA" not in advice
    # a shop with premises: no pixel line for an online store
    shop = persona_with(LOAM, "en", premises="shop")
    assert "Do Not Sell" not in warning(shop, "country_rules").advice


def test_a_french_seller_reads_the_eu_ban_on_generic_green_claims():
    s = persona_with(
        "gummies-lyon-ados",
        "fr",
        key_message="Des bonbons dans un emballage recyclé et écologique.",
    )
    w = warning(s, "country_rules")
    assert w is not None and "2024/825" in w.advice and "27 septembre 2026" in w.advice
    assert "16 CFR" not in w.advice
    assert "Directive (EU) 2024/825" in sources(s)


def test_a_tourist_office_reads_the_rights_of_its_partners_photos():
    s = persona(OT, "fr")
    w = warning(s, "partner_photos")
    assert w is not None and w.severity == "info"
    for point in ("cession de droits écrite", "réseaux", "durée", "reconnaissable", "CNIL"):
        assert point in w.advice, point
    cited = sources(s)
    assert "L131-3" in cited and "2020-091" in cited
    en = warning(persona(OT, "en"), "partner_photos")
    assert "written assignment of rights" in en.advice


def test_the_partner_photos_note_is_for_clients_showing_others_photos():
    # a law firm's partners are not photos it shows (review 20: employment-law-toronto)
    assert warning(persona("employment-law-toronto", "en"), "partner_photos") is None
    assert warning(persona_with(OT, "fr", formats=["text"]), "partner_photos") is None
    abroad = warning(persona_with(OT, "fr", country="BE"), "partner_photos")
    assert abroad is not None and abroad.case == "abroad" and "CNIL" not in abroad.advice
    # a photographer named in the answers
    shop = persona_with(
        "menuiserie-velay", "fr", proof_points=["Nos chantiers photographiés par un photographe"]
    )
    assert warning(shop, "partner_photos") is not None


def test_a_french_pixel_always_waits_for_consent():
    fr = ads_line(persona(OT, "fr"))
    assert "quand la loi le demande" not in fr
    assert "qu'après le consentement du visiteur" in fr.replace("\u2019", "'") and "CNIL" in fr
    assert "where the law asks" not in ads_line(persona(OT, "en"))


def test_a_small_public_office_is_approved_by_its_director():
    approves = persona(OT, "fr").governance.approves
    assert "direction de la communication" not in approves
    assert "directeur ou la directrice" in approves
    assert "The director approves" in persona(OT, "en").governance.approves


def test_a_tourist_office_listing_is_a_visitor_centres():
    s = persona(OT, "fr")
    listing = next(n for n in s.networks if n.id == "google_business")
    text = " ".join(r.text for r in listing.reasons).replace("\u2019", "'")
    assert "ce sont les avis qui décident de la réservation" not in text
    assert "lieu d'accueil" in text and "horaires" in text


def test_a_small_town_is_approved_by_its_mayor_and_a_hospital_hiring_by_its_departments():
    assert "Le maire" in persona("town-hall", "fr").governance.approves
    hospital = persona("ch-val-de-saone-recrute", "fr").governance.approves
    assert (
        "direction de la communication" in hospital and "directeur ou la directrice" not in hospital
    )
