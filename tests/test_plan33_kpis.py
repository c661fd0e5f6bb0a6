"""Plan33: a school's deposits come from its offers; the KPIs read the share of offers turned
into deposits in the admissions CRM (review 22b/25a, Northgate Business School)."""

from __future__ import annotations

import pytest

from tests.conftest import persona


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_deposit_target_is_followed_by_the_offers_turned_into_deposits(lang: str):
    s = persona("northgate-business-school", lang)
    name = {"en": "Offer-to-deposit conversion", "fr": "Part des offres transformées en acomptes"}
    kpi = next((k for k in s.kpis if k.name == name[lang]), None)
    assert kpi is not None, [k.name for k in s.kpis]
    assert {"en": "CRM", "fr": "outil de suivi des admissions"}[lang] in kpi.source
    assert {"en": "admissions team", "fr": "équipe des admissions"}[lang] in kpi.measure
    assert {"en": "% of offers", "fr": "% des offres"}[lang] == kpi.unit
    # enquiries logged at a front desk are not how a school counts its applicants
    assert not any(k.unit == {"en": "% of enquiries", "fr": "% des demandes"}[lang] for k in s.kpis)
