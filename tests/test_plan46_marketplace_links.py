"""A marketplace seller with no site of its own sends every pin and link straight to the listing
(review 30a, C3: Cire's Pinterest profile « lien en bio vers une page de liens », its link
tracking « votre page de liens, placée en bio »): the profile links to the shop, Pinterest claims
it, the shop's traffic sources say which network sells. Without a marketplace, the link page
stays the way a profile's single link reaches several places."""

from tests.conftest import persona, persona_with


def _tool(s, category: str) -> str:
    return next(t.how for t in s.tools if t.category == category)


def test_the_etsy_seller_links_straight_to_her_shop():
    s = persona("cire-et-chine", "fr")
    assert "vers une page de liens" not in s.first_steps[0], s.first_steps
    assert "lien direct vers votre boutique" in s.first_steps[0]
    links = _tool(s, "link_tracking")
    assert "mènent tout droit à la fiche du produit" in links and "Comptes revendiqués" in links
    assert "page de liens, placée en bio" not in links


def test_in_english_the_pinterest_profile_claims_the_shop():
    s = persona("cire-et-chine", "en")
    assert "Settings › Claimed accounts" in _tool(s, "link_tracking")


def test_without_a_marketplace_the_link_page_stays():
    s = persona_with(
        "cire-et-chine",
        "fr",
        offer="Bougies coulées à la main dans des verres chinés, vendues sur les marchés",
        target={"metric": "commandes par mois", "baseline": 38, "value": 55, "unit": "commandes"},
        desired_action="Commander une bougie par message privé",
    )
    assert "page de liens" in _tool(s, "link_tracking")
