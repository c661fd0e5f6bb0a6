"""Review 14 (defect 2, defect 4's warnings, §8): a public hospital's governance and relays, one
response limit beside a full order book, and sources that fit.

What a client checks: the Centre hospitalier de Val-de-Saône reads the DRH, the direction des
soins and the staff representatives in « Qui valide », HR beside « Qui mesure », « agents » and
« l'établissement », never « l'entreprise » or « clients »; a UK charity reads « the charity's
page »; the joiner whose order book is full is not told to aim for a target beside « you do not
need more requests », and p. 3 gives one limit; the UK Fundraising Code is the 2025 one; a UK
charity paying for Facebook ads reads Meta's authorisation; a brand with teenagers planning
TikTok LIVEs reads that the host must be 18; no SME cost yardstick for a hospital or a 0 € plan.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import persona, persona_with

HOSPITAL = "ch-val-de-saone-recrute"
CHARITY = "northbank-young-carers"
JOINER = "menuiserie-velay"
GUMMIES = "gummies-lyon-ados"


def said(s) -> str:
    text = json.dumps(s.model_dump(mode="json"), ensure_ascii=False)
    return text.replace("\u202f", " ").replace("\u2019", "'").replace("\u00a0", " ")


def ids(s) -> list[str]:
    return [w.id for w in s.warnings]


def test_a_public_hospital_recruiting_is_approved_by_hr_care_and_staff_representatives():
    fr = persona(HOSPITAL, "fr")
    approves = fr.governance.approves.replace("\u2019", "'")
    for who in ("direction de la communication", "DRH", "grille", "direction des soins", "CSE"):
        assert who in approves, who
    assert "prix" not in approves
    assert "DRH" in fr.kpis[0].owner
    en = persona(HOSPITAL, "en").governance.approves
    assert "HR" in en and "director of nursing" in en and "staff representatives" in en


def test_a_public_body_has_agents_and_an_establishment_not_a_company_or_clients():
    fr = persona(HOSPITAL, "fr")
    text = said(fr)
    assert "page de l'entreprise" not in text
    assert "nouveaux clients" not in text
    employees = next(r for r in fr.relays if r.id == "employees")
    assert employees.name == "Agents" and "page de l'établissement" in employees.how.replace(
        "\u2019", "'"
    )
    assert "l'établissement" in fr.first_steps[0].replace("\u2019", "'")
    # a company recruiting keeps its own words
    shop = next(r for r in persona("saas-recrute", "fr").relays if r.id == "employees")
    assert "page de l'entreprise" in shop.how.replace("\u2019", "'")


def test_a_charity_s_page_and_relays_are_not_a_company_s():
    en = persona(CHARITY, "en")
    text = said(en)
    assert "company page" not in text
    assert "and customers" not in text
    employees = next(r for r in en.relays if r.id == "employees")
    assert "the charity's page" in employees.how


def test_no_quick_growth_target_beside_a_full_order_book_and_one_limit():
    s = persona(JOINER, "fr")
    # review 16, N1: quick_growth still fires (the contract), worded as a target that waits for
    # room and kept off the summary's headlines (tests/test_legal_review16.py); it was silenced
    growth = next(w for w in s.warnings if w.id == "quick_growth")
    assert "no_capacity" in ids(s) and "attendra" in growth.headline
    messages = " ".join(w.message for w in s.warnings)
    assert messages.count("question devrait attendre") == 1
    assert "72" not in messages


def test_the_uk_fundraising_code_is_the_2025_one():
    s = persona(CHARITY, "en")
    code = next(x for x in s.sources if "Code of Fundraising Practice" in x.title)
    assert code.year == 2025 and "2019" not in code.title.split("replacing")[0]


def test_a_uk_charity_paying_for_meta_ads_reads_meta_s_authorisation():
    s = persona(CHARITY, "en")
    assert "uk_social_issue_ads" in ids(s)
    assert any(x.publisher == "Meta Transparency Center" and x.year == 2025 for x in s.sources)
    # no money, no ads line: no note
    assert "uk_social_issue_ads" not in ids(persona_with(CHARITY, "en", monthly_budget_eur=0))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tiktok_lives_with_teenagers_in_the_audience_are_hosted_by_an_adult(lang):
    s = persona(GUMMIES, lang)
    assert "tiktok_live_adult_host" in ids(s)
    assert any(x.publisher == "TikTok Newsroom" and x.year == 2022 for x in s.sources)
    adults = persona_with(GUMMIES, lang, audience_ages=["18-24", "35-49"])
    assert "tiktok_live_adult_host" not in ids(adults)


def test_no_sme_cost_yardstick_for_a_hospital_or_a_plan_with_no_money():
    for name in (HOSPITAL, JOINER):
        s = persona(name, "fr")
        assert "bpifrance_sme_cost" not in {x.id for x in s.sources}, name
        assert not any("petites entreprises" in n for n in s.budget.notes), name
