"""Review 19's mix defect D1, checked on the personas a client would read: the age group the
objective is about (« Pass 18-30 », "new members aged 18 to 30") chooses the main network, the main
network gets the most hours, a large employer hiring keeps LinkedIn, and a network refused on
place says why without age figures."""

from __future__ import annotations

import pytest

from strategy_wizard.engine.scoring import target_bands, target_group
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import network, persona, persona_with, roles
from tests.conftest import reason_codes as codes


def _text(s, nid: str) -> str:
    return " ".join(r.text for r in network(s, nid).reasons)


class _Said:
    """The few answers the age group is read from."""

    def __init__(self, metric: str = "", description: str = "", ages: list[str] | None = None):
        self.values = {
            "target": {"metric": metric},
            "audience_description": description,
            "audience_ages": ages or ["18-24", "25-34", "50-64", "65+"],
        }

    def __getitem__(self, key: str):
        return self.values.get(key)

    def list(self, key: str) -> list[str]:
        return list(self.values.get(key) or [])


@pytest.mark.parametrize(
    ("metric", "description", "group"),
    [
        ("Pass 18-30 vendus pour la saison 2027-2028", "", (18, 30)),
        ("new members aged 18 to 30 per year", "", (18, 30)),
        ("inscriptions des 18 à 30 ans", "", (18, 30)),
        ("sign-ups from 18-25s", "", (18, 25)),
        ("", "D'abord les 18-30 ans de Limoges. Ensuite nos abonnés, âge moyen 56 ans.", (18, 30)),
        ("", "Above all young adults in the city; then our members.", (18, 34)),
        ("abonnements étudiants", "", (18, 24)),
        # the whole audience described, no slice of it put first
        ("", "Des Liégeois qui vont au travail à vélo, de 25 à 55 ans ;", None),
        ("commandes de la saison 2027-2028", "", None),
    ],
)
def test_the_age_group_the_objective_is_about_is_read_in_the_metric_or_put_first(
    metric, description, group
):
    th = load_catalogue().thresholds
    assert target_group(_Said(metric, description), th) == group  # type: ignore[arg-type]


def test_the_bands_aimed_at_are_those_ticked_that_overlap_the_group_and_only_a_slice():
    th = load_catalogue().thresholds
    said = _Said("Pass 18-30 vendus")
    assert target_bands(said, th) == ["18-24", "25-34"]  # type: ignore[arg-type]
    # a group covering every band ticked changes nothing
    assert target_bands(_Said("Pass 18-30", ages=["18-24", "25-34"]), th) == []  # type: ignore[arg-type]


def test_a_theatre_selling_a_pass_18_30_puts_instagram_first_and_keeps_facebook_for_subscribers():
    # review 19, D1: « Facebook Principal · 3 h » and « Instagram Appui · 15 min » for 18-30s
    for lang, group, others in (
        ("fr", "18 à 30 ans", "vos autres publics"),
        ("en", "18 to 30", "rest of your audience"),
    ):
        s = persona("theatre-recollets-limoges", lang)
        r = roles(s)
        assert r["instagram"] == "primary" and r["facebook"] == "secondary"
        assert "audience_target" in codes(s, "instagram")
        assert group in _text(s, "instagram")
        # Facebook serves the older subscribers already there, and says so
        assert "audience_target_others" in codes(s, "facebook")
        assert others in _text(s, "facebook")
        # TikTok is no longer set aside on « la zone de votre public »: the hours decide
        assert codes(s, "tiktok")[0] == "no_hours"


def test_a_credit_union_aiming_at_18_30s_does_not_make_facebook_main():
    # review 19, D1: « Facebook Main · 3 h » « thinly among those aged 18-24 »
    s = persona("keystone-river-cu", "en")
    r = roles(s)
    assert r["facebook"] != "primary"
    assert r["instagram"] == "primary"
    assert "audience_target" in codes(s, "instagram")


def _main_has_the_most_hours(s) -> bool:
    main = next(n for n in s.networks if n.role == "primary")
    return all(n.hours_per_week <= main.hours_per_week for n in s.networks if n.role == "secondary")


def test_the_main_network_gets_at_least_as_many_hours_as_any_supporting_one():
    # review 19, D1: « Facebook Main · 3 h » beside « Instagram Supporting · 5 h » and
    # « YouTube Supporting · 6 h »; the same answers without the age group keep Facebook main
    s = persona_with(
        "keystone-river-cu",
        "en",
        target={"metric": "new members per year", "baseline": 3900, "value": 5600},
        audience_description="People in central Pennsylvania and our 118,000 members.",
    )
    assert roles(s)["facebook"] == "primary"
    assert _main_has_the_most_hours(s)
    assert _main_has_the_most_hours(persona("keystone-river-cu", "en"))
    # every hour is still accounted for
    assert sum(i.hours for i in s.routine) == pytest.approx(20)


def test_a_large_employer_hiring_as_a_second_objective_keeps_linkedin_for_its_job_posts():
    # review 19, D1: « LinkedIn Set aside … pin a post saying where to find you now » while
    # recruitment is a secondary objective of a 520-staff credit union
    for lang, words in (("en", "job posts"), ("fr", "offres d’emploi")):
        s = persona("keystone-river-cu", lang)
        li = network(s, "linkedin")
        assert li.role == "secondary" and li.hours_per_week == 0.25 and li.posts_per_week == 1
        assert codes(s, "linkedin")[0] == "recruit_light"
        assert words in _text(s, "linkedin")
    # not hiring: set aside as before
    s = persona_with("keystone-river-cu", "en", secondary_objectives=["loyalty", "support"])
    assert roles(s)["linkedin"] == "avoid"
    # a small business hiring: no rule for it here
    s = persona_with("keystone-river-cu", "en", org_kind="small_business")
    assert "recruit_light" not in codes(s, "linkedin")


def test_a_social_network_refused_on_place_says_it_spreads_by_interest():
    # review 19, D1: « TikTok Écarté 49 — Sa portée ne correspond pas à la zone de votre
    # public, local », as if it did not reach the town
    for lang, words in (("fr", "centres d’intérêt"), ("en", "by interest")):
        s = persona("creperie-mobile", lang)
        refused = network(s, "bluesky").reasons[0]
        assert refused.code == "refused_local"
        assert words in refused.text
