"""A KPI's target is never due before the phase that works on it begins (review 29a, #9: the
vet's « Rendez-vous non honorés 20 → 3 mai 2027 : 8 » while « Réduire les rendez-vous manqués,
et mesurer » runs from 4 May to 3 September)."""

import pytest

from tests.conftest import persona


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_no_show_target_falls_in_or_after_its_phase(lang: str):
    s = persona("clinique-veto-bocage", lang)
    no_show = next(k for k in s.kpis if k.id == "no_show")
    words = {"fr": "rendez-vous manqués", "en": "missed appointments"}[lang]
    phase = next(p for p in s.plan if words in p.name.lower())
    assert no_show.targets, no_show
    for t in no_show.targets:
        assert t.date >= phase.start, (t.date, phase.start, phase.name)
    assert [t.value for t in no_show.targets] == [8.0]
