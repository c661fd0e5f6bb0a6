"""Review 22b (D8, D12): sources a client can open, figures from the audience's own countries,
an offer only partly ready, and the client's metric written mid-sentence.

What a client checks: the sources list gives an https address for Pew, DataReportal France and
Google's help on posts; Northgate (a UK school recruiting in India and Nigeria) reads no
sentence resting on a US or a French figure; an offer « partly » ready asks what is not ready
before traffic is pushed; « Passer de 41 à 58 formules Pause Fournil », "Go from 412 to 560
deposits paid", but « Pass 18-30 » and "Lane Rewards" keep their capitals.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from strategy_wizard.engine.wording import inline_metric
from tests.conftest import persona, strategy_from
from tests.conftest import warning_of as warning

SOURCES = Path(__file__).parent.parent / "strategy_wizard" / "data" / "sources.yaml"
# sources with no address yet (150 entries): 82 before review 22b, 68 before law34, only ever lower
URL_LESS_AT_MOST = 67


def _catalogue() -> list[dict]:
    return yaml.safe_load(SOURCES.read_text(encoding="utf-8"))


def test_every_source_with_an_address_gives_an_https_one():
    urls = {s["id"]: s["url"] for s in _catalogue() if s.get("url")}
    assert urls and all(u.startswith("https://") for u in urls.values()), [
        i for i, u in urls.items() if not u.startswith("https://")
    ]


def test_the_count_of_sources_without_an_address_only_goes_down():
    missing = [s["id"] for s in _catalogue() if not s.get("url")]
    assert len(missing) <= URL_LESS_AT_MOST, missing


def test_the_most_cited_sources_can_be_opened():
    s = persona("fournil-franchise", "fr")
    cited = {f"{x.publisher} {x.title}": x.url for x in s.sources}
    opened = [t for t, u in cited.items() if u]
    assert any("Google Business Profile help" in t for t in opened), cited
    assert any("How often to post on social media" in t for t in opened), cited
    us = persona("northbank-young-carers", "en")
    pew = [x for x in us.sources if x.publisher == "Pew Research Center"]
    assert all((x.url or "").startswith("https://www.pewresearch.org/") for x in pew)
    fr = persona("menuiserie-velay", "fr")
    data = [x for x in fr.sources if "Digital 202" in x.title and "France" in x.title]
    assert all("datareportal.com/reports/digital-202" in (x.url or "") for x in data)


def test_a_resale_price_rule_names_the_article_in_force():
    s = persona("fournil-franchise", "fr")
    texts = " ".join(w.advice for w in s.warnings)
    assert "art. L442-6" in texts and "L442-5)" not in texts


def test_an_audience_abroad_reads_no_unrelated_country_figure():
    s = persona("northgate-business-school", "en")
    for nid in ("linkedin", "whatsapp"):
        net = next(n for n in s.networks if n.id == nid)
        said = " ".join(r.text for r in net.reasons)
        assert "United States" not in said and "France" not in said, said
        facts = {f for r in net.reasons for f in r.facts}
        assert "li_graduates_us" not in facts and "wa_reach_fr_2025" not in facts
    geos = {x.geo for x in s.sources if x.fallback}
    assert not geos & {"us", "fr"}, geos
    assert any(x.title == "Digital 2025: India" for x in s.sources)
    cma = next(x for x in s.sources if "CMA33" in x.title)
    assert cma.year == 2023 and "gov.uk" in (cma.url or "")


def test_an_offer_partly_ready_asks_what_is_not_ready():
    fr = warning(persona("fournil-franchise", "fr"), "offer_partly_ready")
    assert fr is not None and fr.severity == "info"
    assert "pas prêt" in fr.advice and "qu’ensuite" in fr.advice.replace("'", "’")
    en = warning(strategy_from(offer_ready="partly"), "offer_partly_ready")
    assert en is not None and "not ready" in en.advice
    assert warning(strategy_from(offer_ready="yes"), "offer_partly_ready") is None
    # a partly ready offer is no reason to hold back: the verdict is not changed by it
    assert strategy_from(offer_ready="partly").verdict == strategy_from(offer_ready="yes").verdict


def test_the_metric_reads_in_lower_case_mid_sentence():
    fournil = persona("fournil-franchise", "fr").objective.statement
    assert fournil.startswith("Passer de 41 à 58 formules Pause Fournil vendues"), fournil
    northgate = persona("northgate-business-school", "en").objective.statement
    assert northgate.startswith("Go from 412 to 560 deposits paid"), northgate
    theatre = persona("theatre-recollets-limoges", "fr").objective.statement
    assert "Pass 18-30 vendus" in theatre
    harvest = persona("harvest-lane-markets", "en").objective.statement
    assert "90,000 Lane Rewards members" in harvest
    # the person's own words in another language stay quoted as they are
    assert "«\xa0Deposits paid" in persona("northgate-business-school", "fr").objective.statement


def test_proper_nouns_and_acronyms_keep_their_capitals():
    assert inline_metric("Deposits paid") == "deposits paid"
    assert inline_metric("CAC par client") == "CAC par client"
    assert inline_metric("Drop 03 units sold") == "Drop 03 units sold"
    assert inline_metric("iPhone orders") == "iPhone orders"
    assert inline_metric("Instagram followers", ("Instagram",)) == "Instagram followers"
    assert inline_metric("Lane Rewards members", ("Harvest Lane Markets",)) == (
        "Lane Rewards members"
    )


def test_a_partly_ready_offer_with_a_dated_site_says_it_once_in_the_site_point():
    s = strategy_from(offer_ready="partly", website="dated", objective="traffic")
    assert warning(s, "offer_partly_ready") is None
    site = warning(s, "dated_site")
    assert site is not None and "only partly ready" in site.advice
    plain = warning(
        strategy_from(offer_ready="yes", website="dated", objective="traffic"), "dated_site"
    )
    assert plain is not None and "partly" not in plain.advice
