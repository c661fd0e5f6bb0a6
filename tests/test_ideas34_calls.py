"""Ideas34: the call that closes a post varies with the post (reviews 25a and 25b).

One call closed 0.61 of the Liège campaign's calendar posts, 0.55 of the folk festival's, 0.50
of Harvest Lane's; Saltbush Parade printed « before it sells out » on every offer post from
December, three months before the tour: a repeated call, and a scarcity claim not yet true
(Australian Consumer Law). A post now ends on the part of the action it speaks of (the album on
the pre-order), a look behind the scenes on a question for the comments, and one call in two of
the others on a question or a share; a scarcity claim only when the answers say seats are short.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import PERSONAS, persona, persona_with, posts

NAMES = sorted(p.stem for p in Path(PERSONAS).glob("*.yaml"))
CALL = re.compile(
    r"(?:Last line[^:]*|Dernière ligne[^:]*|To act|Pour agir|At the bottom, the button|"
    r"En bas, le bouton)\s?: (.+?)(?: \((?:the|le|la|l’)[^)]*\))?\.(?: |$)"
)


BEFORE_CALL = re.compile(r"Pour agir|To act|Dernière ligne|Last line|En bas|At the bottom")


def calls(s) -> list[str | None]:
    out = []
    for x in posts(s):
        m = CALL.search(x.idea)
        out.append(m.group(1) if m else None)
    return out


def test_a_scarcity_claim_when_seats_are_short():
    s = persona_with("saltbush-parade", "en", capacity="limited")
    assert [c for c in calls(s) if c and "sells out" in c]


def test_a_post_on_the_album_ends_on_its_pre_order():
    # the part of the action a post speaks of (data/ideas.yaml, calls.reactions)
    from strategy_wizard.engine import hooks
    from strategy_wizard.model.catalogue import load_catalogue

    calls_ = load_catalogue().ideas.calls
    action = (
        "Buy a ticket for the show in your city through the link for that city before it "
        "sells out, and pre-order the vinyl on Bandcamp"
    )
    plain = hooks.unscarce(action, [w for ws in calls_.scarcity.values() for w in ws])
    album = next(r for r in calls_.reactions if "vinyl" in r.words.get("en", []))
    assert hooks.clause_with(plain, album.words["en"], calls_.short.links) == (
        "pre-order the vinyl on Bandcamp"
    )
    assert "sells out" not in plain


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_campaign_post_on_the_inquiry_ends_on_the_remark(lang: str):
    s = persona("collectif-velo-liege", lang)
    inquiry = [
        c
        for x, c in zip(posts(s), calls(s), strict=True)
        if c and "enquête publique" in BEFORE_CALL.split(x.idea)[0]
    ]
    assert inquiry
    assert all("remarque" in c and "pétition" not in c for c in inquiry), inquiry
