"""A small budget counts the tools its note names with a price (review 30b, G8: « Tailwind costs
about 15 euro a month; Canva Pro 12 euro » printed above « all of it on creation … the free tools
are enough »), and never sends someone who takes photos to a photographer (G8; review 30a, C14:
« quelques photos des produits par un professionnel » on 180 € a year): a backdrop and daylight."""

from tests.conftest import persona, persona_with


def _line(s, category: str):
    return next((x for x in s.budget.split if x.category == category), None)


def test_the_named_tools_are_counted_in_the_tools_line():
    s = persona("griddle-and-gorse", "en")
    tools = _line(s, "tools")
    assert tools is not None, [x.why for x in s.budget.split]
    assert "(Tailwind, Canva Pro): about €27 a month" in tools.why
    assert 300 <= tools.eur_per_year <= 330
    creation = _line(s, "creation")
    assert "free tools are enough" not in creation.why
    assert sum(x.eur_per_year for x in s.budget.split) == s.budget.money_per_year_eur


def test_without_the_note_no_tools_line():
    s = persona_with("griddle-and-gorse", "en", notes={})
    assert _line(s, "tools") is None


def test_a_photographer_s_creation_line_buys_a_backdrop_not_a_shoot():
    s = persona("griddle-and-gorse", "en")
    why = _line(s, "creation").why
    assert "backdrop" in why and "daylight" in why
    assert "made by a professional" not in why and "photo shoot" not in why


def test_the_candle_maker_photographs_her_products_herself():
    why = _line(persona("cire-et-chine", "fr"), "creation").why
    assert "un fond et un tapis pour vos propres photos à la lumière du jour" in why, why
    assert "par un professionnel" not in why


def test_without_photo_skills_a_professional_still_takes_them():
    why = _line(persona_with("cire-et-chine", "fr", skills=["writing"]), "creation").why
    assert "photos des produits par un professionnel" in why, why
