"""Ideas40: review 27 (30 Nov 2026), defects 7, 8 and 10.

- #7 (RFC Val d'Hoyoux): the sponsor row printed the series' rule (« chaque mois, l'un d'eux
  présenté … aucun sponsor d'alcool … ») and ended on « inscrivez votre enfant à un
  entraînement d'essai gratuit »; the brewery had one rule in the post list, another on p. 3.
- #8: the listing's button by what the organisation offers (a club signs up, an off-plan
  developer books the model suite, never « your contact form »); a building not yet built is
  shown by its model suite; a club's pictures are the club's, not « vos meilleures images ».
- #10 (Northgate): WhatsApp, kept for the conversation before the decision with offer-holders,
  ended on « complete the online application »: their next step is the deposit.
"""

from __future__ import annotations

import pytest

from tests.conftest import persona, posts, warning_of

CLUB, CONDOS, SCHOOL = (
    "rfc-val-hoyoux-jeunes",
    "wellington-yards-condos",
    "northgate-business-school",
)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sponsor_post_names_the_months_sponsor_and_sends_people_there(lang: str):
    s = persona(CLUB, lang)
    rows = [_plain(x.idea) for x in posts(s) if "Lemaire" in x.idea]
    assert rows, [x.idea for x in posts(s)]
    month = "notre sponsor de janvier" if lang == "fr" else "our sponsor for January"
    go = "aller le voir" if lang == "fr" else "go and see them"
    for row in rows:
        assert row.startswith("Boulangerie Lemaire") and month in row, row
        assert go in row, row
        # no series' rule, no child's sign-up on a thank-you
        assert "chaque mois" not in row and "each month" not in row, row
        assert "inscri" not in row.lower() and "sign up" not in row.lower(), row
    # the brewery is never in a portrait beside the children
    assert not [x.idea for x in posts(s) if "Brasserie du Condroz" in x.idea]


def test_one_rule_for_the_brewery_in_the_post_list_and_the_warning():
    s = persona(CLUB, "fr")
    rule = "sur une publication qui ne vise pas les mineurs"
    ideas = [i for p in s.editorial.pillars for i in p.ideas] + s.editorial.post_ideas
    listed = [_plain(i) for i in ideas if "Merci à nos sponsors" in i]
    assert listed and all(rule in i and "sans logo, verre ni bouteille" in i for i in listed)
    w = warning_of(s, "minors")
    assert w is not None
    said = _plain(" ".join([w.message, w.advice]))
    assert rule in said and "sans verre ni bouteille" in said


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_listing_button_is_the_clubs_sign_up(lang: str):
    listing = [_plain(x.idea) for x in posts(persona(CLUB, lang), "google_business")]
    button = "« S'inscrire »" if lang == "fr" else "“Sign up”"
    assert [i for i in listing if button in i], listing
    assert not [i for i in listing if "contact" in i], listing
    # the club's own pictures, never « vos meilleures images »
    assert not [i for i in listing if "vos meilleures images" in i or "your best pictures" in i]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_developers_listing_books_the_model_suite(lang: str):
    listing = [_plain(x.idea) for x in posts(persona(CONDOS, lang), "google_business")]
    # the button named quoted, or the preview's event post « le bouton qui mène à la
    # réservation » (cal48)
    button = ("« Réserver »", "bouton qui mène à la réservation")
    if lang == "en":
        button = ("“Book”", "button to book")
    assert [i for i in listing if any(b in i for b in button)], listing
    assert not [i for i in listing if "contact" in i], listing
    # a building not built yet is shown by its model suite, not « a photo of the place today »
    today = "photo du lieu aujourd'hui" if lang == "fr" else "a photo of the place today"
    assert not [i for i in listing if today in i], listing


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_offer_holders_on_whatsapp_are_asked_for_the_deposit(lang: str):
    s = persona(SCHOOL, lang)
    chat = [_plain(x.idea) for x in posts(s, "whatsapp")]
    # the step after the application, in the answers' words (quoted in another language)
    # (a call ends one post in two: when the four weeks' chat posts carry one, it is the deposit)
    called = [i for i in chat if "To act" in i or "Pour agir" in i]
    assert all("pay the 4,000 GBP deposit before 31 May 2027" in i for i in called), chat
    assert not [i for i in chat if "online application" in i], chat
    # the networks that reach those who have not applied yet still call for the application
    gram = [_plain(x.idea) for x in posts(s, "instagram")]
    assert [i for i in gram if "online application" in i], gram
