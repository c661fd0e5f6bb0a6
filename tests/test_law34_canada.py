"""law34: an Ontario condo developer reads Canada's and Ontario's rules, and Canada's figures.

What a client checks: Wellington Yards (an off-plan condo in Guelph, `regulated: finance`) reads
no French investment rule (« in France, the law requires… Put the risk next to every return »,
Code monétaire et financier L533-12) and no energy rating (an EU and Irish rule); it reads the
rules of a developer's ads in Ontario instead, each cited with its address: payment claims with
their assumptions and mortgage advice left to an FSRA-licensed brokerage, the price with its
mandatory fees (Competition Act, drip pricing), the 10-day cooling-off (Condominium Act, 1998,
s. 73), the HCRA licence and Tarion's deposit protection; its network reasons rest on figures
measured in Canada, not in the United States; in both languages.
"""

from __future__ import annotations

import pytest

from tests.conftest import persona
from tests.conftest import warning_of as warning

NAME = "wellington-yards-condos"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_canadian_developer_reads_no_french_investment_rule(lang):
    s = persona(NAME, lang)
    finance = warning(s, "finance_rules")
    text = f"{finance.headline} {finance.message} {finance.advice}"
    assert "France" not in text and "rendement" not in text and "return" not in text, text
    assert "FSRA" in text, text
    assert not [x for x in s.sources if "L533-12" in x.title]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_ontario_condo_ad_reads_the_ontario_rules_and_no_energy_rating(lang):
    s = persona(NAME, lang)
    ads = warning(s, "property_ads")
    text = f"{ads.headline} {ads.message} {ads.advice}"
    assert "energy" not in text and "énergétique" not in text, text
    for said in ("10", "73", "HCRA", "Tarion", "20"):
        assert said in text, (said, text)
    urls = {x.url for x in s.sources}
    assert "https://www.ontario.ca/laws/statute/98c19" in urls
    assert any("competition-bureau-canada" in (u or "") for u in urls)
    assert any("hcraontario.ca" in (u or "") for u in urls)
    assert any("tarion.com" in (u or "") for u in urls)


def test_the_energy_rating_stays_an_irish_rule():
    s = persona("cork-estate-agent", "en")
    assert "BER" in warning(s, "property_ads").headline


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_canadian_audience_reads_canadian_figures(lang):
    s = persona(NAME, lang)
    pew = [x.id for x in s.sources if x.publisher == "Pew Research Center"]
    assert not pew, pew
    ca = [x for x in s.sources if x.title == "The State of Social Media in Canada 2025"]
    assert ca and all(x.url and x.year == 2025 and not x.fallback for x in ca)
