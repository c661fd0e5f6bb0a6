"""The scorecard as a client reads it: a row starts with a capital, French punctuation spaced."""

from __future__ import annotations

from strategy_wizard.render import RenderOptions, render
from tests.conftest import persona


def test_a_metric_typed_in_lower_case_heads_its_scorecard_row_with_a_capital():
    # the crêperie typed « couverts vendus par midi en semaine »
    md = render(persona("creperie-mobile"), "md", RenderOptions()).decode()
    assert "**Couverts vendus par midi en semaine**" in md
    assert "**couverts vendus" not in md
    # the one-page summary lists it the same way
    assert "- Couverts vendus par midi en semaine" in md


def test_french_scorecard_separates_its_phrases_with_a_spaced_semicolon():
    md = render(persona("creperie-mobile"), "md", RenderOptions()).decode()
    row = next(line for line in md.splitlines() if "**Couverts vendus" in line)
    assert "la caisse\u202f; Rythme" in row
    assert "caisse; " not in row


def test_a_plan_without_money_says_so_without_an_empty_bold_figure():
    md = render(persona("town-hall"), "md", RenderOptions()).decode()
    assert "****" not in md
    assert "**368** h sur l’année · pas de budget en argent" in md
