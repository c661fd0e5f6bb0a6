"""Newsletter details read from the answers (review 29b, #6): a list imported (Fournil's app
accounts, Northgate's applicants in its CRM) gets its first issue « à la liste importée », never
« aux inscrits des premières semaines »; Saltbush's subscribers start from the 2,900 fans its
answers give, never « measured in month 1 »."""

import pytest

from tests.conftest import persona

FIRST_WEEKS = ("inscrits des premières semaines", "signed up in the first weeks")


@pytest.mark.parametrize("name", ["fournil-franchise", "northgate-business-school"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_imported_list_gets_its_first_issue(name: str, lang: str):
    s = persona(name, lang)
    texts = [m.what for p in s.plan for m in p.milestones]
    assert not [t for t in texts if any(w in t for w in FIRST_WEEKS)], texts
    imported = {"fr": "liste importée", "en": "imported list"}[lang]
    assert any(imported in t for t in texts), texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_saltbush_s_subscribers_start_from_the_2900_fans(lang: str):
    s = persona("saltbush-parade", lang)
    letter = next(k for k in s.kpis if k.id == "subscribers")
    assert letter.baseline == 2900, letter
    assert letter.targets and letter.targets[-1].value > 2900, letter
    assert not letter.first_measure, letter.first_measure
