"""The knowledge data: complete, every fact sourced and dated, and plausible to a community
manager; broken data is reported with the file, the entry and what is wrong."""

from __future__ import annotations

import shutil
import string
from pathlib import Path

import pytest
import yaml

from strategy_wizard.engine.warnings import CONDITIONS
from strategy_wizard.model.catalogue import (
    CatalogueError,
    load_catalogue,
    load_catalogue_from,
)
from tests.conftest import NETWORK_IDS, ROOT

DATA = ROOT / "strategy_wizard" / "data"
SEVERITIES = {
    "country_rules": "info",
    "raw_milk": "info",
    "reef_marine_park": "info",
    "property_ads": "info",
    "immigration_advice": "info",
    "uk_charity_fundraising": "info",  # review 11a, #3
    "beneficiary_images": "info",
    "outcome_promise": "warning",
    "affiliate_disclosure": "info",
    "profession_rules": "info",
    "regulated_check": "info",
    # review 28new (vet40): a vet's own rules, and the consent a contact list needs
    "veterinary_rules": "info",
    "contacts_consent": "info",
    "home_works_fr": "info",
    "job_ads_fr": "info",
    "show_images_fr": "info",
    "partner_photos": "info",
    "fr_product_seller": "info",
    "influencer_law_fr": "info",
    "food_ad_health_fr": "info",
    "intern_cm": "warning",
    "lone_cm": "warning",
    "quick_growth": "warning",
    "replace_support": "warning",
    "filter_criticism": "critical",
    "compensate_weaknesses": "critical",
    "offer_partly_ready": "info",
    "self_centred": "warning",
    "repetition": "warning",
    "automation": "warning",
    "bought_fans": "critical",
    "dated_site": "warning",
    "over_stretched": "warning",
    "participation_not_needed": "info",
    "slow_response": "warning",
    "no_buy_in": "warning",
    "incomplete": "warning",
    "minors": "warning",
    "public_personal_data": "info",
    "public_body_rules": "info",
    # beyond the contract: the advertising rules that come with some offers
    "alcohol_rules": "info",
    "health_profession_rules": "info",
    "health_claims": "info",
    "finance_rules": "info",
    "social_issue_ads": "info",
    "uk_social_issue_ads": "info",
    "tiktok_live_adult_host": "info",
    "petition_data": "info",
    # review 11a, #1: no room for more customers (critical when the demand already waits)
    "no_capacity": "warning",
}


def test_catalogue_has_the_fourteen_networks_in_order():
    kn = load_catalogue()
    assert tuple(n.id for n in kn.networks) == NETWORK_IDS
    assert kn.version


def test_every_fact_is_sourced_and_dated():
    kn = load_catalogue()
    sources = {s.id for s in kn.sources}
    for fact in kn.facts:
        assert fact.source in sources
        assert 1990 <= fact.year <= 2026
    for net in kn.networks:
        assert net.facts["audience"] and net.facts["effort"], net.id


@pytest.mark.parametrize(
    ("fact", "figure"),
    [
        ("fb_reach_fr_2025", "70.4%"),
        ("li_users_fr", "11.4 million"),
        ("yt_us_2025", "84%"),
        ("bpifrance_sme_cost", "10,000"),
        (
            "response_expectation",
            "within the day",
        ),  # a practitioners' rule, no 2016 survey (review 10, #8)
        ("ig_reach_fr_2024", "60.3%"),
        ("tt_reach_fr_2024", "39.4%"),
        ("snap_fr_2022", "25 million"),
        ("wa_reach_fr_2025", "66.6%"),
        ("pin_women_us_2021", "46%"),
        ("li_employee_shares", "twice"),
    ],
)
def test_key_figures_of_the_brief_are_in_the_catalogue(fact, figure):
    assert figure in load_catalogue().fact(fact).text.en


def test_warnings_are_the_contracts_with_their_default_severities():
    kn = load_catalogue()
    assert {w.id: w.severity for w in kn.warnings} == SEVERITIES
    assert set(SEVERITIES) == set(CONDITIONS)
    allowed = {
        "hours",
        "needed",
        "ratio",
        "months",
        "promo",
        "max_promo",
        "response",
        "max_response",
        "limit",
        "missing",
        "offer",  # the person's words a check is asked on (regulated_check, review 12b)
    }
    for w in kn.warnings:
        for text in (w.message.fr, w.message.en, w.advice.fr, w.advice.en):
            names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            assert names <= allowed, (w.id, names)


def test_phrases_exist_in_both_languages_with_the_same_placeholders():
    for key, text in load_catalogue().phrases.items():
        fr = {f for _, f, _, _ in string.Formatter().parse(text.fr) if f}
        en = {f for _, f, _, _ in string.Formatter().parse(text.en) if f}
        assert fr == en, key


def test_what_a_community_manager_would_agree_with():
    kn = load_catalogue()
    li, tt, fb = kn.network("linkedin"), kn.network("tiktok"), kn.network("facebook")
    assert li.markets["b2b"] > tt.markets["b2b"]
    assert li.objectives["recruitment"] > tt.objectives["recruitment"]
    assert tt.ages["13-17"] > fb.ages["13-17"]
    assert fb.ages["50-64"] > tt.ages["50-64"]
    local = sorted(kn.networks, key=lambda n: -(n.local_reach or 0))[:2]
    assert {n.id for n in local} == {"google_business", "facebook"}
    # a newsletter or a blog goes wherever its readers are: no geographic bias either way
    assert {n.id for n in kn.networks if n.local_reach is None} == {"newsletter", "blog"}
    best_loyalty = max(kn.networks, key=lambda n: n.objectives["loyalty"])
    assert best_loyalty.id == "newsletter"
    assert kn.network("youtube").formats["long_video"] == 1.0
    assert kn.network("google_business").min_hours <= 0.5


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_fact_citing_an_unknown_source_is_refused(data_copy):
    _edit(data_copy / "facts.yaml", lambda d: d[0].update(source="a_blog_somewhere"))
    with pytest.raises(CatalogueError, match="a_blog_somewhere"):
        load_catalogue_from(data_copy)


def test_a_score_out_of_range_names_the_file_and_the_network(data_copy):
    _edit(data_copy / "networks.yaml", lambda d: d["networks"][2]["markets"].update(b2b=1.5))
    with pytest.raises(CatalogueError) as err:
        load_catalogue_from(data_copy)
    assert "networks.yaml" in str(err.value) and "'linkedin'" in str(err.value)


def test_a_missing_network_is_refused(data_copy):
    # the ids come from the data (pinned above by NETWORK_IDS); a network dropped from
    # networks.yaml while facts still describe it is refused, naming it
    _edit(data_copy / "networks.yaml", lambda d: d["networks"].pop())
    with pytest.raises(CatalogueError, match=r"missing from networks.yaml: \['blog'\]"):
        load_catalogue_from(data_copy)
