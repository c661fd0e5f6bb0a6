"""Review 23a (Fournil): a walk-in bakery chain was given « Coût d'une commande venue des
publicités … lu dans la boutique en ligne », an online shop's KPI, which pushed its response
time off the one-page summary. The cost of an order is an online shop's measure only."""

from __future__ import annotations

import pytest

from tests.conftest import persona


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_shop_selling_at_the_counter_gets_no_online_order_cost(lang):
    s = persona("fournil-franchise", lang)
    assert "ads_cost" not in {k.id for k in s.kpis}
    # what the ads bring is read where the sale happens: the till, with the social code
    main = next(k for k in s.kpis if k.id == "main")
    assert "caisse" in main.source or "till" in main.source


def test_an_online_shop_paying_for_ads_keeps_its_cost_per_order():
    s = persona("loam-supply-drop", "en")
    assert "ads_cost" in {k.id for k in s.kpis}
