"""Review 23a (Fournil): the legal box tells the franchisor to write « prix conseillé », and
eight of its own posts printed « Pause Fournil (4,90 €) » as an imposed price."""

from __future__ import annotations

from strategy_wizard.engine.hooks import price_advised
from tests.conftest import persona_render


def test_a_franchisors_posts_say_the_price_is_advised():
    md = persona_render("fournil-franchise", "fr", "md")
    posts = [line for line in md.splitlines() if "Dernière ligne" in line and "4,90" in line]
    assert posts
    assert all("4,90 €, prix conseillé)" in line.replace("\u00a0", " ") for line in posts)
    assert "écrivez « prix conseillé »" in md.replace("\u00a0", " ")


def test_a_price_is_said_advised_where_it_stands_and_only_for_a_franchise():
    assert price_advised("Venez (12 €)", "prix conseillé") == "Venez (12 €, prix conseillé)"
    assert price_advised("Book now for £40 a head", "recommended price") == (
        "Book now for £40 (recommended price) a head"
    )
    assert price_advised("Venez nous voir", "prix conseillé") == "Venez nous voir"
    # a theatre's own price is its own: no franchisee to leave free
    assert "prix conseillé" not in persona_render("theatre-recollets-limoges", "fr", "md")
