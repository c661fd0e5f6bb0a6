"""The audience's area inside a refusal reads as words, not as the question's label (review 26
#17: « bien au-delà de votre zone, local (ville, quartier) » in the RFC's other-networks table)."""

from __future__ import annotations

import pytest

from tests.conftest import persona


@pytest.mark.parametrize(
    ("lang", "label", "words"),
    [
        ("fr", "(ville, quartier)", "bien au-delà de votre ville et ses environs"),
        ("en", "(town, neighbourhood)", "far beyond your town and its surroundings"),
    ],
)
def test_a_local_clubs_refusals_name_its_area_in_words(lang: str, label: str, words: str):
    s = persona("rfc-val-hoyoux-jeunes", lang)
    texts = [r.text for n in s.networks for r in n.reasons]
    assert not [t for t in texts if label in t]
    assert any(words in t for t in texts)
