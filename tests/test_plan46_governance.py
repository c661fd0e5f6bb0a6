"""Governance by kind of organisation (review 30b): a compliance department approves every post
only where there is one, a bank or a credit union (V5: a cooperative with a half-time officer
and a volunteer board got « La conformité relit et valide chaque publication »); the escalation
speaks of what the organisation does: a recipe site's readers, no parcel and no outlet (G11); a
water utility's leak, lack of water and boil notice (E7)."""

from tests.conftest import persona, persona_with


def test_a_cooperative_s_board_member_rereads_the_share_posts():
    s = persona("vents-du-condroz", "fr")
    assert "conformité" not in s.governance.approves, s.governance.approves
    assert s.governance.approves.startswith("Un administrateur relit")
    assert "le reste part sans attendre" in s.governance.approves


def test_a_credit_union_keeps_its_compliance():
    s = persona("keystone-river-cu", "en")
    assert s.governance.approves.startswith("Compliance reviews and approves every post")


def test_a_recipe_site_escalates_a_failed_recipe_not_a_parcel():
    s = persona("griddle-and-gorse", "en")
    said = " | ".join(s.governance.escalation)
    assert "A reader whose recipe failed" in said, said
    assert "parcel" not in said and "outlet" not in said


def test_a_seller_of_goods_keeps_its_parcels():
    s = persona_with(
        "griddle-and-gorse", "en", offer="An online shop selling Irish jams and chutneys by post"
    )
    said = " | ".join(s.governance.escalation)
    assert "parcel damaged or late" in said and "recipe failed" not in said


def test_a_water_utility_escalates_leaks_and_water_quality():
    s = persona("eau-val-armance", "fr")
    said = " | ".join(s.governance.escalation)
    assert "numéro d’astreinte" in said, said
    assert "avis de faire bouillir l’eau" in said and "ARS" in said
    assert "mots officiels" in said


def test_another_public_service_has_no_water_routes():
    s = persona_with("eau-val-armance", "fr", offer="Office de tourisme intercommunal de l'Aube")
    assert not any("astreinte" in x for x in s.governance.escalation)
