"""law34: a youth club's brewery sponsor is never shown beside the children's photos.

What a client checks: RFC Val d'Hoyoux (a Belgian youth football club whose topics thank the
« Brasserie du Condroz ») reads, in its minors warning, that no beer logo goes next to the young
players' photos, with Belgium's rule (the 2013 convention on alcohol advertising, enforced by the
JEP) cited with its year and address; the same club in France reads the Évin law; a club with
no alcohol sponsor reads no such line; in both languages.
"""

from __future__ import annotations

import pytest

from tests.conftest import persona, persona_with
from tests.conftest import warning_of as warning

NAME = "rfc-val-hoyoux-jeunes"


@pytest.mark.parametrize(("lang", "said"), [("fr", "JEP"), ("en", "JEP")])
def test_a_belgian_club_reads_the_alcohol_rule_beside_minors(lang, said):
    s = persona(NAME, lang)
    advice = warning(s, "minors").advice
    assert said in advice and "2013" in advice, advice
    assert ("brasserie" in advice) if lang == "fr" else ("brewery" in advice), advice
    be = [x for x in s.sources if x.url == "https://www.health.belgium.be/de/node/38647"]
    assert be and be[0].year == 2013 and not be[0].fallback


def test_the_same_club_in_france_reads_the_evin_law():
    s = persona_with(NAME, "fr", country="FR")
    assert "loi Évin" in warning(s, "minors").advice


def test_no_alcohol_sponsor_no_alcohol_line():
    topics = ["les matchs du week-end", "merci à nos sponsors (boulangerie Lemaire)"]
    s = persona_with(NAME, "fr", topics=topics)
    advice = warning(s, "minors").advice
    assert "alcool" not in advice, advice
