"""A year of event sessions: the main network's card says the rhythm the countdown keeps."""

import pytest

from tests.conftest import network, persona


@pytest.mark.parametrize(
    ("lang", "said"),
    [("fr", "Le rythme suit les séances"), ("en", "The rhythm follows the sessions")],
)
def test_a_session_series_card_says_dense_before_each_session(lang: str, said: str) -> None:
    # review 33c, N-e: « 1 publication tous les 15 jours » and « sous le rythme qui garde un
    # réseau vivant » beside a four-post countdown before each session
    card = network(persona("etude-notariale-quimperle", lang), "facebook")
    codes = [r.code for r in card.reasons]
    assert "series_rhythm" in codes
    assert "below_weekly" not in codes and "fewest_posts" not in codes
    assert any(said in r.text for r in card.reasons if r.code == "series_rhythm")


def test_a_single_event_keeps_its_own_rhythm_note() -> None:
    # a festival is one event, not a series: no session rhythm on its cards
    s = persona("folk-festival", "en")
    assert all(r.code != "series_rhythm" for n in s.networks for r in n.reasons)
