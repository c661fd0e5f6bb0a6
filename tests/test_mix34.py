"""Review 25 (mix): a club's own WhatsApp groups, a members' count read as consent."""

from __future__ import annotations

from conftest import network, persona, persona_with, reason_codes, roles


def test_a_club_s_own_whatsapp_groups_are_kept_for_announcements():
    # review 25b, #5: the parents are in the team groups; never set aside on French figures,
    # never given an away message
    for lang in ("fr", "en"):
        s = persona("rfc-val-hoyoux-jeunes", lang=lang)
        assert roles(s)["whatsapp"] == "listen"
        assert reason_codes(s, "whatsapp")[0] == "inbox"
        text = " ".join(r.text for r in network(s, "whatsapp").reasons)
        assert ("Communauté" if lang == "fr" else "Community") in text, text
        assert "France" not in text
        setup = [x.idea for x in s.calendar if x.activity == "setup" and x.network == "whatsapp"]
        assert len(setup) == 1 and ("annonces" in setup[0] or "announcements" in setup[0])
        assert not any("absence" in i or "away message" in i for i in setup)


def test_a_count_of_young_players_is_no_mailing_list():
    # review 25b, #4: « 142 jeunes affiliés » is no list of members who agreed to get news
    # (with the hours for a letter, so that the newsletter is weighed at all)
    s = persona_with("rfc-val-hoyoux-jeunes", hours_per_week=6)
    assert "owned_members" not in reason_codes(s, "newsletter")
    ideas = " ".join(x.idea for x in s.calendar)
    assert "adhérant" not in ideas and "importer votre liste" not in ideas
    # the same count beside a letter the association already sends is its list (480 members)
    assert reason_codes(persona("collectif-velo-liege"), "newsletter")[0] == "owned_members"


NAMES = {"instagram": "Instagram", "facebook": "Facebook", "linkedin": "LinkedIn"}


def test_a_refusal_for_the_cap_names_every_social_network_kept():
    # review 25a, #3: « mieux vaut tenir 2 réseaux sociaux, et c'est Instagram qui a cette
    # place » while Instagram and Facebook were both kept
    for name in ("fournil-franchise", "northgate-business-school"):
        for lang in ("fr", "en"):
            s = persona(name, lang=lang)
            kept = [n.id for n in s.networks if n.role in ("primary", "secondary")]
            kept = [n for n in kept if n in NAMES or n in ("youtube", "whatsapp", "tiktok")]
            capped = [
                r
                for n in s.networks
                for r in n.reasons
                if r.code in ("near_bar_cap", "team_cap", "team_cap_hours")
            ]
            assert capped, name
            for r in capped:
                assert "cette place" not in r.text and "that place" not in r.text, r.text
                for nid in kept:
                    if nid in NAMES:
                        assert NAMES[nid] in r.text, (name, r.text)


def test_linkedin_kept_light_when_a_franchisor_also_hires():
    # review 25a, #3: LinkedIn refused « for a B2C market » while recruitment (bakers,
    # franchisees) is a second objective and candidates are in the audience
    s = persona("fournil-franchise")
    assert roles(s)["linkedin"] == "secondary"
    assert reason_codes(s, "linkedin")[0] == "recruit_light"
    assert network(s, "linkedin").hours_per_week <= 0.25
