"""Plan33: a monthly metric's checkpoint reads the last complete month before it (review 25a,
cire-et-chine), the checkpoint's date unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import main_kpi, persona


def _flat(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_deadline_of_a_monthly_metric_reads_december_not_a_january_three_days_old(lang: str):
    """« Le 3 janvier 2028 tombe en mois creux : le chiffre de janvier 2028 se compare donc à
    celui de janvier 2027 »: on 3 January the January figure is 3 days old and December, the
    peak (140 orders), was never checked. The statement now reads December 2027 against December
    2026, on the same date."""
    s = persona("cire-et-chine", lang)
    assert s.objective.deadline == date(2028, 1, 3)
    statement = _flat(s.objective.statement)
    december = {"fr": "décembre 2027", "en": "December 2027"}[lang]
    year_before = {"fr": "décembre 2026", "en": "December 2026"}[lang]
    assert december in statement and year_before in statement, statement
    assert {"fr": "janvier 2027", "en": "January 2027"}[lang] not in statement
    assert {"fr": "tombe en mois creux", "en": "falls in your low season"}[lang] not in statement


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_checkpoint_of_a_monthly_metric_names_the_month_before_it(lang: str):
    """3 May reads April, 3 September August, 3 January December, in the milestones and in the
    KPI's targets; the dates stay those the plan's phases end on."""
    s = persona("cire-et-chine", lang)
    said = {m.date: _flat(m.what) for p in s.plan for m in p.milestones}
    labels = {t.date: _flat(t.label) for t in main_kpi(s).targets}
    read = {
        date(2027, 5, 3): ("avril 2027", "avril 2026", "April 2027", "April 2026"),
        date(2027, 9, 3): ("août 2027", "août 2026", "August 2027", "August 2026"),
        date(2028, 1, 3): ("décembre 2027", "décembre 2026", "December 2027", "December 2026"),
    }
    assert set(read) <= set(labels)
    for day, (fr_m, fr_b, en_m, en_b) in read.items():
        month, before = (fr_m, fr_b) if lang == "fr" else (en_m, en_b)
        assert month in said[day] and before in said[day], said[day]
        assert month in labels[day] and before in labels[day], labels[day]
    note = main_kpi(s).target_note
    assert {"fr": "dernier mois complet", "en": "last full month"}[lang] in note


def test_a_monthly_metric_checked_on_a_month_s_last_day_reads_that_month():
    """Reef Kayak checks on 31 January 2028: January is complete that evening, so the statement
    stays on January, in the low season (review 10's wording)."""
    s = persona("reef-kayak-port-douglas")
    assert "the January 2028 figure is compared with January 2027" in s.objective.statement
