"""Review 26 (#12, #13, #14): the scorecard as a client reads it. Each KPI names who measures
it (the admissions team for deposits read in the admissions CRM, head office for 14 outlets'
till data, the networks' person for the networks' own figures); publishing regularity counts
the posts made, a post shared to another network once, never half a post; a club that names
its sponsors reads their renewals on a row of their own; a conversion whose two counts the
answers give starts from them."""

from __future__ import annotations

import pytest

from tests.conftest import persona, persona_render

NETWORKS_PERSON = {
    "fr": "la personne en charge des réseaux",
    "en": "the person in charge of the networks",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_schools_admissions_figures_are_measured_by_the_admissions_team(lang: str):
    s = persona("northgate-business-school", lang)
    team = {"fr": "le service des admissions", "en": "the admissions team"}[lang]
    by_id = {k.id: k for k in s.kpis}
    assert by_id["main"].owner == team
    # every figure read in the admissions CRM is the admissions team's
    crm = [k for k in s.kpis if "CRM" in k.source]
    assert len(crm) >= 2 and all(k.owner == team for k in crm), [(k.id, k.owner) for k in crm]
    # the networks' own figure stays with the networks' person
    assert by_id["response_time"].owner == NETWORKS_PERSON[lang]


def test_the_scorecard_prints_each_rows_owner_not_one_owner_for_every_kpi():
    text = persona_render("northgate-business-school", "en", "md")
    assert "for every KPI below" not in text
    assert "the admissions team" in text and "the person in charge of the networks" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_franchises_till_data_is_read_by_head_office_not_the_networks_person(lang: str):
    s = persona("fournil-franchise", lang)
    main = next(k for k in s.kpis if k.id == "main")
    assert {"fr": "siège", "en": "head office"}[lang] in main.owner
    assert NETWORKS_PERSON[lang] not in main.owner
    response = next(k for k in s.kpis if k.id == "response_time")
    assert response.owner == NETWORKS_PERSON[lang]


def test_a_founder_still_measures_everything_herself():
    s = persona("cire-et-chine", "fr")
    assert {k.owner for k in s.kpis} == {"vous-même"}


@pytest.mark.parametrize(
    "name", ["saltbush-parade", "lumen-skin-studio", "ceramics-workshop", "webshop-tea"]
)
def test_publishing_regularity_is_never_half_a_post_nor_counts_cross_posts(name: str):
    s = persona(name, "en")
    posts = next((k for k in s.kpis if k.id == "posts"), None)
    if posts is None:
        return
    for t in posts.targets:
        assert float(t.value).is_integer(), (name, t.value)
    own = sum(
        n.posts_per_week
        for n in s.networks
        if n.role in ("primary", "secondary")
        and not any(r.code == "effort_cross" for r in n.reasons)
    )
    weekly = posts.unit == "posts a week"
    assert posts.targets[0].value == (own if weekly else max(1, round(own * 52 / 12)))


def test_saltbush_no_longer_counts_one_reel_on_four_apps():
    # before: « Publishing regularity (posts a week) — 6 Feb 2027: 16.5 » (Instagram's 4 posts
    # shared to Facebook, TikTok and YouTube, plus the letter)
    s = persona("saltbush-parade", "en")
    posts = next(k for k in s.kpis if k.id == "posts")
    assert posts.targets[0].value != 16.5
    assert posts.unit == "posts a month" and posts.targets[0].value == 20
    assert "counts once" in posts.measure
