"""Review 9's mix defects, checked on the personas a client would read (9b #6, 9a #5, #9)."""

from __future__ import annotations

from strategy_wizard.render.view import build_view
from tests.conftest import network, persona, persona_with, roles
from tests.conftest import reason_codes as codes


def _text(s, nid: str) -> str:
    return " ".join(r.text for r in network(s, nid).reasons)


def test_an_event_s_whatsapp_groups_get_one_ready_to_forward_message_never_a_weekly_one():
    # review 9a, #5: « One message per group each week » beside « no broadcasts »
    for lang, once in (("en", "D-14"), ("fr", "J-14")):
        s = persona("brightpath-singapore", lang)
        group = next(r for r in s.relays if r.id == "groups_whatsapp")
        assert once in group.how
        assert "each week" not in group.how and "chaque semaine" not in group.how
    # a campaign that is no event: at most monthly
    s = persona_with("brightpath-singapore", objective="advocacy", secondary_objectives=[])
    group = next(r for r in s.relays if r.id == "groups_whatsapp")
    assert "a month" in group.how and "each week" not in group.how


def test_a_messaging_account_kept_to_answer_is_labelled_an_inbox_not_watched():
    # review 9a, #9: « Watch » for what the text calls « your inbox »
    for lang, label in (("en", "Inbox"), ("fr", "Boîte de réception")):
        s = persona("brightpath-singapore", lang)
        assert codes(s, "whatsapp")[0] == "inbox"
        view = build_view(s)
        rows = [r for r in view["networks"]["others"] if r["name"] == "WhatsApp"]
        assert rows and rows[0]["role_label"] == label
        chart = [r for r in view["networks"]["chart"] if r["name"] == "WhatsApp"]
        assert all(r["role_label"] == label for r in chart)
    # a network watched keeps its label
    s = persona("ecole-francisation-montreal", "fr")
    watched = [r for r in build_view(s)["networks"]["others"] if r["role"] == "listen"]
    assert watched and all(r["role_label"] == "En veille" for r in watched)
    assert roles(s)["instagram"] == "primary"
