"""Review 11a #5 and 11b #8: every amount is in the client's own money, never in euros abroad.

The budget is asked « in your own currency » and never converted; the country's currency
(data/countries.yaml) is written the way the country writes it, in the document's language
(« £1,800 », « 1 800 £ », « 3 000 CHF », « $54,000 »). A country the list does not name has no
known currency: plain figures, and a note that they are in the person's own money. A target
counted in money is written as amounts (« £18,400 », not « 18,400 money raised »).
"""

from __future__ import annotations

import re
from functools import cache
from io import BytesIO

import pytest

from strategy_wizard.render import RenderOptions, render
from tests.conftest import persona

NB = "[\u00a0\u202f ]"  # the no-break spaces Babel puts in French amounts


@cache
def md(name: str, lang: str) -> str:
    return render(persona(name, lang), "md", RenderOptions()).decode()


@pytest.mark.parametrize(
    ("name", "lang", "amount"),
    [
        (
            "harvest-lane-markets",
            "en",
            # the tools line pays the scheduler alone, $18 × 12 up to $300 (money40,
            # review 28); the rest of the tools' share goes to the ads
            r"\$54,000 a year \(ads \$21,800, tools \$300",
        ),  # US (creators take a share of ads)
        ("harvest-lane-markets", "fr", rf"54{NB}000{NB}\$ par an"),
        ("coach-finances-geneve", "fr", rf"3{NB}000{NB}CHF par an"),  # CH
        ("coach-finances-geneve", "en", rf"CHF{NB}3,000 a year"),
        ("northbank-young-carers", "en", r"£1,800 a year \(ads £1,000"),  # GB
        ("northbank-young-carers", "fr", rf"1{NB}800{NB}£ par an"),
        ("lumen-skin-studio", "en", r"\$[\d,]+"),  # AU: the dollar as Australians write it
        ("cork-estate-agent", "en", r"€[\d,]+"),  # IE: euros stay
    ],
)
def test_the_budget_is_in_the_countrys_own_money(name, lang, amount):
    text = md(name, lang)
    assert re.search(amount, text), [
        line for line in text.splitlines() if "budget" in line.lower()
    ][:3]
    if not name.startswith("cork"):
        assert "€" not in text.split("## ")[0] + _budget_section(text), name


def _budget_section(text: str) -> str:
    heads = ("### The budget", "### Le budget")
    start = max(text.find(h) for h in heads)
    return text[start : text.find("\n### ", start + 5)]


def test_the_budget_note_names_the_currency_not_the_euro():
    assert "Amounts in British pounds, as you gave them" in md("northbank-young-carers", "en")
    assert "Montants en francs suisses" in md("coach-finances-geneve", "fr")
    assert "Amounts in US dollars" in md("harvest-lane-markets", "en")
    for name, lang in (("northbank-young-carers", "en"), ("harvest-lane-markets", "en")):
        assert "in euros" not in md(name, lang)
    assert "Amounts in" not in md("cork-estate-agent", "en")  # the euro is Ireland's


def test_a_country_the_list_does_not_name_gets_plain_figures():
    text = md("brightpath-singapore", "en")  # Singapore: country "other"
    section = _budget_section(text)
    assert "€" not in section and "$" not in section
    assert re.search(r"1,800 over the plan's 3 months", text)
    assert "Amounts in your own currency, as you gave them" in section


def test_the_question_asks_for_the_persons_own_currency():
    from strategy_wizard.model.bank import load_bank

    q = load_bank().question("monthly_budget_eur")  # the id is the answers' contract: kept
    assert "own currency" in q.label("en") and "euro" not in q.label("en")
    assert "votre monnaie" in q.label("fr") and "euro" not in q.label("fr")
    assert "no conversion" in q.help("en") and "sans conversion" in q.help("fr")


def test_a_money_target_is_written_as_amounts():
    en, fr = md("northbank-young-carers", "en"), md("northbank-young-carers", "fr")
    assert "Go from £18,400 in money raised by the Four Bridges Walk" in en
    assert "to £30,000 for this one" in en
    assert "18,400 money raised" not in en and "GBP raised" not in en.split("## Your answers")[0]
    assert "at £30,000" in en  # the checkpoint on the eve of the walk
    assert re.search(rf"Passer de 18{NB}400{NB}£ en", fr)
    s = persona("northbank-young-carers", "en")
    main = next(k for k in s.kpis if k.id == "main")
    assert main.money and s.currency == "GBP"
    # a count is never an amount: a target in followers stays a count
    assert not next(k for k in persona("harvest-lane-markets", "en").kpis if k.id == "main").money


def test_money_words_come_from_the_data():
    from strategy_wizard.engine.money import amount_unit, money_target
    from strategy_wizard.model.catalogue import load_catalogue

    kn = load_catalogue()
    assert money_target({"metric": "dons collectés", "unit": "€"}, kn)
    assert money_target({"metric": "chiffre d'affaires en ligne", "unit": "euros"}, kn)
    assert not money_target({"metric": "commandes en ligne", "unit": "commandes"}, kn)
    assert amount_unit("GBP raised", kn) == "raised"


def test_the_pdf_prints_the_countrys_money():
    from pypdf import PdfReader

    data = render(persona("northbank-young-carers", "en"), "pdf", RenderOptions())
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    assert "£1,800" in text and "£30,000" in text
    assert "€" not in text


def test_every_country_of_the_answer_has_its_currency():
    from strategy_wizard.model.catalogue import load_catalogue

    for c in load_catalogue().countries:
        if c.code is None:  # the EU, a place rules apply to, not an answer
            continue
        assert c.currency, c.geo
        assert c.euro == (c.currency == "EUR"), c.geo
