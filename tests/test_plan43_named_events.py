"""An event the answers name with its month gets its milestones in the plan (review 29a, #6:
the vet's « journée portes ouvertes de la clinique en juin » and Dentiva's « The Dentistry Show in
Birmingham in May » had vanished): its announcement about three weeks before, in its phase."""

from datetime import timedelta

import pytest

from tests.conftest import persona


def _found(name: str, lang: str, words: str):
    s = persona(name, lang)
    return [(p, m) for p in s.plan for m in p.milestones if words in m.what]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_vet_s_june_open_day_is_announced_three_weeks_before(lang: str):
    found = _found("clinique-veto-bocage", lang, "portes ouvertes")
    assert found, "no open-day milestone"
    for phase, m in found:
        assert phase.start <= m.date <= phase.end
        # announced about three weeks before a day in June
        assert (m.date + timedelta(weeks=3)).month == 6, m.date


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dentiva_s_dentistry_show_in_may_is_in_the_plan(lang: str):
    found = _found("dentiva-saas", lang, "Dentistry Show")
    assert found, "no Dentistry Show milestone"
    for phase, m in found:
        assert phase.start <= m.date <= phase.end
        # a trade show: its stand and meetings announced six weeks before (plan44, review 29)
        assert (m.date + timedelta(weeks=6)).month == 5, m.date
    assert any("The Dentistry Show" in m.what for _p, m in found), [m.what for _p, m in found]
