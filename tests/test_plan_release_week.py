"""Release week sends people to the record that is out, not to a pre-order (review 26 and 27:
Saltbush's « the pre-order link in every post » in the week the album came out)."""

from __future__ import annotations

import pytest

from tests.conftest import milestones, persona


@pytest.mark.parametrize(
    ("lang", "before", "after"),
    [
        (
            "en",
            "the week before, the pre-order link",
            "from release day, the link to buy or stream",
        ),
        ("fr", "la semaine d’avant, le lien de précommande", "dès le jour de sortie, le lien pour"),
    ],
)
def test_release_week_links_to_the_record_once_it_is_out(lang: str, before: str, after: str):
    (release,) = [
        m.what
        for m in milestones(persona("saltbush-parade", lang))
        if m.what.startswith(("Release week", "Semaine de sortie"))
    ]
    assert before in release and after in release
    assert release.index(before) < release.index(after)
