"""Review 15 (mix): a network never mentioned is opened, not grown, and weighed as such; a list
that sells stays weekly; a large team's leftover hours go to named tasks; reasons that say the
true cause."""

from __future__ import annotations

import pytest

from tests.conftest import network, persona, persona_with, reason_codes, roles

PQ = "power-query-course-creator"
EXPORT = "echangeurs-export-salon"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_network_never_mentioned_gives_way_to_the_ones_she_runs(lang):
    # review 15, D3: Facebook (never mentioned) kept at 1 h 30, LinkedIn cut to 15 min
    s = persona(PQ, lang)
    r = roles(s)
    assert r["youtube"] == "primary" and r["linkedin"] == "secondary"
    linkedin = network(s, "linkedin")
    assert linkedin.hours_per_week >= 2 and "cross_post" not in reason_codes(s, "linkedin")
    assert any(i.network == "linkedin" and i.activity == "interact" for i in s.routine)
    assert r["facebook"] in ("avoid", "listen")
    assert "unmentioned_work" in reason_codes(s, "facebook")
    text = " ".join(x.text for x in network(s, "facebook").reasons)
    assert "LinkedIn" in text and ("acheteurs" if lang == "fr" else "buyers") in text
    assert network(s, "linkedin").score > network(s, "facebook").score + 5


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_network_opened_says_so(lang):
    # review 15, D3: « Create or complete the Facebook Page » with no word that it is new
    s = persona_with(PQ, lang, current_networks=["youtube", "newsletter"], considered_networks=[])
    assert roles(s)["linkedin"] == "secondary"  # her buyers' network, even unnamed
    assert "opened_new" in reason_codes(s, "linkedin")
    assert "opened_new" not in reason_codes(s, "youtube")
    kept = persona(PQ, lang)  # named: grown, not opened
    assert "opened_new" not in reason_codes(kept, "linkedin")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_that_sells_stays_weekly(lang):
    # review 15, D3: 14,200 subscribers written to fortnightly « you aim at loyalty »
    s = persona(PQ, lang)
    letter = network(s, "newsletter")
    assert letter.role == "secondary" and letter.posts_per_week == 1
    codes = reason_codes(s, "newsletter")
    assert "owned_list_sells" in codes and "owned_returning_loyal" not in codes
    assert ("14 200" if lang == "fr" else "14,200") in letter.reasons[0].text.replace("\u202f", " ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_large_teams_spare_hours_go_to_named_tasks(lang):
    # review 15, D7: « Tous réseaux — Échanger 6 h 15 », a quarter of 25 h with no task
    s = persona(EXPORT, lang)
    spare = [i for i in s.routine if i.network is None and i.activity not in ("listen", "measure")]
    said = " ".join(i.what for i in spare)
    assert ("Publicité LinkedIn" if lang == "fr" else "LinkedIn ads") in said
    assert ("profils LinkedIn" if lang == "fr" else "LinkedIn profiles") in said
    assert ("événement" if lang == "fr" else "event") in said
    generic_words = ("Temps pour les relais", "Time for advocates")
    generic = [i for i in spare if i.what.startswith(generic_words)]
    assert sum(i.hours for i in generic) <= 1
    assert sum(i.hours for i in s.routine) == pytest.approx(25)


def test_b2b_leads_put_the_peoples_profiles_before_the_page():
    # review 15, D7: « Compléter la page LinkedIn de l'entreprise » first for a B2B exporter
    s = persona(EXPORT)
    assert "people_first_b2b" in reason_codes(s, "linkedin")
    assert s.first_steps[0].startswith("Chaque personne qui publie complète son propre profil")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_factorys_listing_says_its_buyers_do_not_use_it(lang):
    # review 15, §4: GBP « son temps va à YouTube » for a B2B manufacturer
    s = persona(EXPORT, lang)
    assert "not_visited_buyers" in reason_codes(s, "google_business")
    text = network(s, "google_business").reasons[0].text
    assert "YouTube" not in text and ("acheteurs" if lang == "fr" else "buyers") in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_counted_apart_only_what_is_kept(lang):
    # review 15, §4: « the local listing and your own channels are counted separately » with
    # no listing kept (an online seller)
    s = persona(PQ, lang)
    for n in s.networks:
        for x in n.reasons:
            assert "local listing" not in x.text and "fiche locale" not in x.text, n.id
    assert any(x.code == "apart_owned" for x in network(s, "instagram").reasons)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_hiring_the_own_channel_is_the_careers_page(lang):
    # review 15, §4: the hospital's blog as its own channel
    s = persona("ch-val-de-saone-recrute", lang)
    blog = network(s, "blog")
    assert blog.hours_per_week == 0 and "recruit_careers" in reason_codes(s, "blog")
    assert ("page carrières" if lang == "fr" else "careers page") in blog.reasons[0].text


def test_a_live_notice_is_never_a_networks_showcase_idea():
    # review 15, §4: Mâche Mâche's TikTok showed « Annonce courte du direct du 17 janvier »
    from strategy_wizard.render.view import build_view

    s = persona("gummies-lyon-ados")
    view = build_view(s)
    for card in view["networks"]["kept"]:
        assert card["ideas"], card["id"]
        assert not card["ideas"][0].startswith("Annonce courte du direct"), card["id"]
