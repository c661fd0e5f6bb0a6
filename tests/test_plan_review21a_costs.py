"""Review 21a, second round (plan29): what a drop's sale costs is on the scorecard, the
calendar keeps the editorial line's shares, and a named event's notice reaches the letter."""

from __future__ import annotations

import pytest

from tests.conftest import persona_json


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_ads_funded_apparel_drop_tracks_its_cost_per_order_and_its_returns(lang: str):
    """Loam spends $218,700 on ads to sell clothes that come back (19 % returns): the
    scorecard reads the cost per order (CAC / ROAS) in the ads manager and the shop, and the
    return rate, with no invented target; the waitlist keeps its place on the summary."""
    s = persona_json("loam-supply-drop", lang)
    kpis = {k["id"]: k for k in s["kpis"]}
    cost = kpis["ads_cost"]
    assert "ROAS" in cost["measure"] and cost["lower_is_better"] and not cost["targets"]
    assert "shop" in cost["source"] or "boutique" in cost["source"]
    # one line: the cost of an order kept, the return rate beside it (the page keeps five)
    returns = {"en": "the return rate", "fr": "le taux de retour"}[lang]
    assert returns in cost["measure"] and "return_rate" not in kpis
    assert [k["id"] for k in s["kpis"]][:2] == ["main", "waitlist"]  # the summary's first lines
    assert kpis["waitlist"]["first_measure"]  # not « measured in month 1 » for a weekly count


@pytest.mark.parametrize(
    "name",
    ["reef-kayak-port-douglas", "lumen-skin-studio", "webshop-tea", "harvest-lane-markets"],
)
def test_no_return_rate_for_what_does_not_come_back(name: str):
    """Tours, skin care, tea and groceries are not sent back for their size."""
    s = persona_json(name, "en")
    assert "return_rate" not in {k["id"] for k in s["kpis"]}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_trail_is_announced_on_one_date_on_each_network_and_in_the_letter(lang: str):
    """R6: the plan says « une publication par réseau et la lettre »: the calendar posts the
    Trail's notice on the plan's date on Facebook, then on Instagram, and the first letter
    before the Trail names it in a line (the 26 January letter did not)."""
    s = persona_json("ot-meuse-semoy", lang)
    trail = [x for x in s["calendar"] if "Trail des Quatre Fils Aymon" in x["idea"]]
    notice = min(x["date"] for x in trail if x["network"] == "facebook")
    announced = [
        m["date"]
        for p in s["plan"]
        for m in p["milestones"]
        if "Trail" in m["what"] and m["date"] < "2027-02-13"
    ]
    assert announced == [notice]
    assert {x["network"] for x in trail} >= {"facebook", "instagram", "newsletter"}
    letter = next(x for x in trail if x["network"] == "newsletter")
    assert notice <= letter["date"] < "2027-02-13"
