"""Review 28new, D3: a refusal must hold against the channels kept. The rural clinic's mix read
« Newsletter — Écarté 66 — il ne reste plus de temps libre » beside « WhatsApp — Appui · 30 min ·
1 publication par semaine … il convient (50/100) »: a channel fitting less took the very half
hour the better one was refused for. And a messaging app is a conversation channel: a clinic
whose answers speak of appointments is not told to « publish » on WhatsApp every week."""

from __future__ import annotations

import pytest

from tests.conftest import PERSONAS, network, persona, persona_json, persona_with

ALL = sorted(p.stem for p in PERSONAS.glob("*.yaml"))
NO_TIME = {"no_hours", "no_hours_none"}
# a supporting channel served in the ordinary fill: its first reason is the plain « kept in
# support » one; every other kept channel states the trade-off that put it there (the local
# listing, the letter to returning customers, the message of the week, a mirror...)
ORDINARY = {"secondary", "owned"}


def _min_hours(reasons) -> float:
    return next(r.figures["min_hours"] for r in reasons if r.code in NO_TIME)


def overtaken(s) -> list[str]:
    """Each network refused because no time was left while a supporting channel fitting less,
    not imposed, holds at least the hours it needed."""
    kept = [
        n
        for n in s.networks
        if n.role == "secondary"
        and not n.overridden
        and next((r.code for r in n.reasons if r.code != "override"), "") in ORDINARY
    ]
    found = []
    for n in s.networks:
        if n.role in ("primary", "secondary") or not {r.code for r in n.reasons} & NO_TIME:
            continue
        need = _min_hours(n.reasons)
        found += [
            f"{n.id} {n.score} refused for time, {k.id} {k.score} kept on {k.hours_per_week} h"
            for k in kept
            if k.score < n.score and k.hours_per_week + 1e-9 >= need
        ]
    return found


@pytest.mark.parametrize("name", ALL)
def test_no_refusal_for_time_beside_a_lesser_channel_on_the_same_hours(name: str) -> None:
    assert overtaken(persona(name)) == []


def test_the_clinic_keeps_its_newsletter_and_no_weekly_whatsapp() -> None:
    doc = persona_json("clinique-veto-bocage", "fr")
    roles = {n["id"]: n["role"] for n in doc["networks"]}
    assert roles["newsletter"] == "secondary"
    assert roles["whatsapp"] not in ("primary", "secondary")
    whatsapp = next(n for n in doc["networks"] if n["id"] == "whatsapp")
    said = " ".join(r["text"] for r in whatsapp["reasons"])
    assert "converser, pas à publier" in said
    assert "rappels et les confirmations de rendez-vous partent de votre logiciel" in said
    assert "il convient" not in said
    # the week books no time to « publish on WhatsApp »
    assert not [r for r in doc["routine"] if r["network"] == "whatsapp"]
    assert "WhatsApp" not in doc["objective"]["statement"]


def test_a_messaging_app_kept_only_where_it_has_a_job() -> None:
    # in English, without appointments: the plain reason, naming where the posts go
    s = persona_with("clinique-veto-bocage", "en", offer="A rural mixed veterinary practice")
    said = " ".join(r.text for r in network(s, "whatsapp").reasons)
    assert "is for conversations with those who write to you, not for publishing" in said
    assert "Your posts of the week go to Facebook." in said
    # a town's one-way channel to its residents is a doctrine: kept (review 4)
    assert network(persona("town-hall"), "whatsapp").role == "secondary"


def test_a_better_letter_is_served_before_a_lesser_network_on_the_same_half_hour() -> None:
    # loyalty: WhatsApp's one-way channel serves it and may publish, but the newsletter fits
    # better on the same half hour: it is the one kept, and WhatsApp's refusal says the time
    s = persona_with("clinique-veto-bocage", objective="loyalty", secondary_objectives=["sales"])
    assert network(s, "newsletter").role == "secondary"
    assert network(s, "newsletter").hours_per_week == 0.5
    whatsapp = network(s, "whatsapp")
    assert whatsapp.role == "avoid"
    assert whatsapp.score < network(s, "newsletter").score
    assert {r.code for r in whatsapp.reasons} & NO_TIME
    assert overtaken(s) == []
