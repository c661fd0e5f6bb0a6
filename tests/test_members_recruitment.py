"""Recruiting has two meanings: hiring people, or bringing in members (a club's players, an
association's members). With no job candidate in the audience, the tool reads the second one and
says so (review 25b, #1: a youth football club got job ads « salaire ou grille »)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import persona, persona_render

JOB_WORDS = {
    "fr": re.compile(r"\b(salaire|grille|candidat|candidature|poste|carrières|embauch)", re.I),
    "en": re.compile(r"\b(salary|pay scale|candidate|job|careers|hiring|vacanc)", re.I),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_club_recruiting_young_players_gets_sign_ups_not_job_ads(lang):
    text = persona_render("rfc-val-hoyoux-jeunes", lang, "md")
    # the assumption is said, once, in the appendix; nowhere else do jobs appear
    said = [line for line in text.splitlines() if JOB_WORDS[lang].search(line)]
    assert len(said) <= 1, said
    s = persona("rfc-val-hoyoux-jeunes", lang)
    assert s.objective.code == "leads"
    assert any("membres" in a.assumed or "members" in a.assumed for a in s.assumptions)


def test_an_employer_with_candidates_in_its_audience_still_hires():
    s = persona("ch-val-de-saone-recrute")
    assert s.objective.code == "recruitment"
    assert not any("membres" in a.assumed for a in s.assumptions)
