"""law34: no practitioners' round-up cited as a numbered source in a client document.

What a client checks: the sources list of RFC Val d'Hoyoux and Wellington Yards never cites
« Sites de synthèse marketing (conseils courants, pas une mesure) » / "Marketing round-up sites"
(review 25b, #14): a posting rhythm that rests on common advice is the tool's practitioners'
rule of thumb, cited as such; in both languages.
"""

from __future__ import annotations

import pytest

from tests.conftest import cited, persona


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", ["rfc-val-hoyoux-jeunes", "wellington-yards-condos"])
def test_no_round_up_site_is_cited(name, lang):
    text = cited(persona(name, lang))
    assert "round-up" not in text and "synthèse marketing" not in text, text
