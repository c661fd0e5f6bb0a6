"""The advice a seasoned community manager would sign: every pick and refusal says the reason its
comparison gave, the objective drives the plan, the KPIs move the right way, realism is applied,
the warnings of the contract fire when they should, and the numbers read as a person says them.
Each rule is tested both ways; the consistency rules also over generated answers."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategy_wizard.engine.networks import WEIGHED_FIRST
from strategy_wizard.model.answers import validate
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import build, roles, strategy_from
from tests.conftest import network as net
from tests.conftest import reason_codes as codes
from tests.test_properties import answers_data

KN = load_catalogue()
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|\bNone\b")  # a figure left unfilled
ACTIVE = ("primary", "secondary")
SHOP = {
    "org_kind": "small_business",
    "sector": "food_drink",
    "market": "b2c",
    "premises": "shop",
    "audience_geo": "local",
    "audience_types": ["local_residents", "consumers"],
    "audience_ages": ["25-34", "35-49", "50-64"],
    "formats": ["photo", "short_video"],
    "objective": "sales",
    "target": {"metric": "cake orders a month", "baseline": 20, "value": 30, "unit": "orders"},
    "current_networks": ["facebook"],
    "hours_per_week": 2,
}


def warning_ids(s) -> set[str]:
    return {w.id for w in s.warnings}


# -- consistency, over any answers ----------------------------------------------------------


def check_consistency(s, data) -> None:
    th = KN.thresholds
    hours = float(data.get("hours_per_week", s.budget.hours_per_week))
    overridden = {n.id for n in s.networks if n.overridden}
    for n in s.networks:
        for r in n.reasons:
            assert r.text and not PLACEHOLDER.search(r.text), (n.id, r.text)
            if r.code in ("low_fit", "not_needed", "override_cost_fit"):
                assert r.figures["fit"] < r.figures["threshold"], (n.id, r.code, r.figures)
            if r.code == "no_hours":
                assert r.figures["left"] < r.figures["min_hours"], (n.id, r.figures)
        if n.role in ACTIVE:
            assert not {"low_fit", "not_needed", "team_cap", "no_hours"} & set(codes(s, n.id))
            against = [r for r in n.reasons if r.kind == "against"]
            if against and not n.overridden:
                # what won: a trade-off said, the account kept by sharing the main's posts, or
                # the slot kept to tag a campaign's councillors and journalists, or a network
                # kept light for job posts while the publishing time goes to the main one
                # (review 30a: a main network a kept channel outscores says it in its first
                # reason, which weighs the two, never « none does better »)
                won = ("tradeoff_", "cross_post", "reused_clips", "prescribers", "recruit_light")
                if n.role == "primary" and n.reasons[0].code.startswith(WEIGHED_FIRST):
                    won = (n.reasons[0].code,)
                assert any(c.startswith(won) for c in codes(s, n.id)), n.id
            if n.id == "google_business":
                assert data.get("premises", "shop") != "online_only" or n.overridden
            assert (n.hours_per_week * 4).is_integer(), "hours to the quarter hour"
            assert n.posts_per_week in (0.25, 0.5) or n.posts_per_week.is_integer()
        if not n.overridden and n.role in ("primary", "secondary"):
            assert "best means" not in " ".join(r.text for r in n.reasons) or n.role == "primary"
    listened = [n for n in s.networks if n.role == "listen" and n.id not in overridden]
    # a private messaging account kept as the inbox is answered, not listened to (review 8b, #3);
    # a lone person's long-video account is kept on watch past the cap (review 8a, #5)
    listened = [n for n in listened if "inbox" not in codes(s, n.id)]
    cap = th.listen_max_networks_monitoring if data.get("objective") == "monitoring" else 3
    assert len([n for n in listened if "long_video_solo" not in codes(s, n.id)]) <= cap
    assert not [n for n in listened if n.id in ("whatsapp", "snapchat")], "private messaging"
    total = sum(i.hours for i in s.routine)
    assert total <= hours + 1e-9 and all((i.hours * 4).is_integer() for i in s.routine)
    social_active = [
        n
        for n in s.networks
        if n.role in ACTIVE
        and n.kind == "social"
        and not n.overridden
        # fed from the main (shared, its short videos reused, or reposted to tag a campaign's
        # councillors and journalists), or kept light for job posts, its reason saying the
        # publishing time goes to the main
        and not any(
            c.startswith(("cross_post", "reused_clips", "prescribers", "recruit_light"))
            for c in codes(s, n.id)
        )
        # the messaging app kept for the conversation before a decision is answered, not
        # published on, and its reason says it is counted apart (review 22b, D3)
        and "conversation" not in codes(s, n.id)
    ]
    by_hours = [k for h, k in th.social_networks_from_hours.items() if hours >= h]
    cap = max([th.max_social_networks.get(data.get("team", "solo"), 1), *by_hours])
    assert len(social_active) <= cap
    # KPIs: each its own direction, targets moving that way from its baseline
    for k in s.kpis:
        if k.baseline is not None and k.targets:
            last = k.targets[-1].value
            assert (last <= k.baseline) if k.lower_is_better else (last >= k.baseline), k.name
    # the objective's own KPI (a booked-out business's repairs come before it, review 12a #1)
    main = next(k for k in s.kpis if k.id == "main")
    assert main.lower_is_better == s.objective.lower_is_better
    assert all(k.id.startswith("repair_") for k in s.kpis[: s.kpis.index(main)])
    # realism: the realistic target within what the horizon allows
    o = s.objective
    if o.realistic_target is not None:
        limit = KN.thresholds.growth_ratio_max
        allowed = next((v for m, v in sorted(limit.items()) if s.plan and m >= 6), 5)
        assert o.baseline and o.target
        ratio = (
            o.baseline / o.realistic_target
            if o.lower_is_better
            else (o.realistic_target / o.baseline)
        )
        assert ratio <= max(limit.values()) + 0.05 and allowed
    # verdict and warnings agree
    severities = {w.severity for w in s.warnings}
    if "critical" in severities:
        assert s.verdict == "fix_first"
    if s.verdict == "go":
        assert severities <= {"info"}
    assert ("participation_not_needed" in warning_ids(s)) == (s.verdict == "not_needed")
    # relays: the thread asks "through whom": never fewer than two
    assert len(s.relays) >= min(2, 7)
    # every text worded, no placeholder left, no pseudo-plural
    texts = [s.verdict_text, s.objective.statement, *s.first_steps]
    texts += [w.message for w in s.warnings] + [i.what for i in s.routine]
    texts += [r.what for r in s.editorial.rituals] + s.budget.notes
    typed = " ".join(_typed(data))  # a person may type braces or "(s)" themselves
    for text in texts:
        left = {m.group() for m in PLACEHOLDER.finditer(text)} - set(PLACEHOLDER.findall(typed))
        assert text and not left and ("(s)" not in text or "(s)" in typed), text


def _typed(value: object) -> list[str]:
    """Every string the person typed among the answers."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _typed(v)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _typed(v)]
    return []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_data(), st.dates(date(2025, 1, 1), date(2028, 12, 31)))
def test_any_answers_give_advice_whose_words_match_its_decisions(data, today):
    check_consistency(build(validate(data), today), data)


# -- local presence --------------------------------------------------------------------------


def test_an_online_only_shop_gets_no_google_listing_and_is_told_why():
    s = strategy_from(**{**SHOP, "premises": "online_only", "audience_geo": "national"})
    assert roles(s)["google_business"] == "avoid"
    assert "not_eligible" in codes(s, "google_business")
    assert "gbp_eligibility" in net(s, "google_business").reasons[0].facts


def test_a_local_shop_keeps_its_listing_first_even_with_two_hours():
    # with 2 h the listing leads (thresholds.yaml: local_primary_max_hours); with 4 h the
    # social network does, and the listing is served first after it
    s = strategy_from(**SHOP)
    assert roles(s)["google_business"] == "primary"
    assert "primary_local" in codes(s, "google_business")
    s = strategy_from(**{**SHOP, "hours_per_week": 4})
    assert roles(s)["google_business"] == "secondary"
    assert "local_first" in codes(s, "google_business")
    assert net(s, "google_business").hours_per_week >= 0.5


def test_premises_left_unanswered_are_assumed_from_the_audience_s_area_and_listed():
    local = strategy_from(**{**SHOP, "premises": None})
    far = strategy_from(**{**SHOP, "premises": None, "audience_geo": "national"})
    assert roles(local)["google_business"] in ACTIVE
    assert roles(far)["google_business"] == "avoid"
    assert any("public" in a.why or "online" in a.why for a in far.assumptions)


def test_a_national_network_reaches_a_national_audience():
    s = strategy_from(**{**SHOP, "premises": "online_only", "audience_geo": "national"})
    assert "local_poor" not in codes(s, "facebook")


# -- listening -------------------------------------------------------------------------------


def test_listening_is_three_public_networks_at_most_and_grows_with_the_list():
    s = strategy_from(**{**SHOP, "hours_per_week": 8})
    listened = [n.id for n in s.networks if n.role == "listen"]
    assert len(listened) <= 3
    assert not {"whatsapp", "snapchat"} & set(listened)
    # listening starts where the person publishes, then where the audience talks: three
    # places at most, a quarter of an hour each
    line = next(i for i in s.routine if i.activity == "listen")
    main = next(n for n in s.networks if n.role == "primary")
    assert main.name in line.what
    assert line.hours == 0.75


def test_a_monitoring_objective_listens_more_than_it_publishes():
    s = strategy_from(objective="monitoring", hours_per_week=6, current_networks=[])
    listen = sum(i.hours for i in s.routine if i.activity == "listen")
    publish = sum(n.hours_per_week for n in s.networks if n.role in ACTIVE)
    assert listen >= publish
    assert s.plan[0].name in ("Set up listening",)
    assert any("alert" in step.lower() for step in s.first_steps)


def test_an_organisation_present_nowhere_listens_two_weeks_before_publishing():
    s = strategy_from(current_networks=[])
    first = s.plan[0]
    assert (first.end - first.start).days == 13 and "listen" in first.name.lower()
    assert not any(step.startswith("Complete") for step in s.first_steps[:2])
    present = strategy_from()
    assert (present.plan[0].end - present.plan[0].start).days > 13


def test_a_listening_tool_goes_in_the_budget_when_there_is_money():
    assert any("listening tool" in n for n in strategy_from(current_networks=[]).budget.notes)
    assert not any("listening tool" in n for n in strategy_from().budget.notes)


# -- the objective drives the plan -----------------------------------------------------------


def test_support_answers_where_customers_already_ask_and_never_leads_with_long_video():
    s = strategy_from(
        objective="support",
        market="b2c",
        audience_types=["customers"],
        formats=["text"],
        skills=["writing"],
        current_networks=["x", "facebook"],
        current_audience_fit="yes",
        team="dedicated_team",
        hours_per_week=20,
        # where customers ask is what the person says, not an account merely held (review 30b
        # E1, objmix46: without these words a dormant low-fit X is listened to)
        audience_description="Our customers, who ask us their questions on X and on Facebook",
    )
    assert roles(s)["facebook"] == "primary"
    assert roles(s)["x"] in ACTIVE, "customers ask there: answering comes first"
    assert roles(s)["youtube"] not in ACTIVE, "no long video for a team that only writes"
    assert "public_personal_data" in warning_ids(s)


def test_a_network_that_rewards_what_the_person_cannot_make_is_not_the_main_one():
    s = strategy_from(
        formats=["text"],
        objective="awareness",
        market="b2c",
        audience_types=["consumers"],
        audience_ages=["18-24", "25-34"],
    )
    primary = next(n for n in s.networks if n.role == "primary")
    assert primary.id not in ("tiktok", "youtube", "instagram")


# -- KPIs ------------------------------------------------------------------------------------


def test_a_reduction_reads_as_one_and_is_not_measured_twice():
    s = strategy_from(
        objective="support",
        target={"metric": "median first response time", "baseline": 9, "value": 4, "unit": "hours"},
    )
    assert s.objective.lower_is_better and s.kpis[0].lower_is_better
    assert s.objective.statement.startswith("Bring median first response time down from 9 to 4")
    assert not [k for k in s.kpis if k.id == "response_time"]
    for k in s.kpis[1:]:
        assert not k.lower_is_better and all(t.value >= (k.baseline or 0) for t in k.targets)


def test_an_online_shop_s_sales_are_not_counted_at_the_till():
    online = strategy_from(**{**SHOP, "premises": "online_only", "audience_geo": "national"})
    shop = strategy_from(**SHOP)
    assert "till" not in online.kpis[0].measure and "till" in shop.kpis[0].measure


def test_every_kpi_has_an_owner_a_rhythm_and_a_place_to_read_it():
    s = strategy_from()
    assert all(k.owner and k.rhythm and k.source for k in s.kpis)
    assert s.kpis[0].owner == "you"
    assert "intern" in strategy_from(run_by="intern").kpis[0].owner


# -- realism ---------------------------------------------------------------------------------


def test_an_unrealistic_target_gets_a_realistic_one_the_plan_leads_to():
    s = strategy_from(
        target={"metric": "calls booked per month", "baseline": 4, "value": 20, "unit": "calls"},
        horizon_months=6,
    )
    assert "quick_growth" in warning_ids(s)
    assert s.objective.realistic_target == 8
    assert s.kpis[0].targets[-1].value == 8
    assert "8 calls" in s.objective.statement and "20" in s.objective.statement
    fine = strategy_from()
    assert fine.objective.realistic_target is None


def test_no_figure_is_invented_without_a_baseline_or_a_target():
    s = strategy_from(target=None)
    assert s.objective.baseline is None and s.objective.target is None
    assert "first month" in s.objective.statement
    assert s.kpis[0].targets == [] and s.kpis[0].baseline is None
    assert any("first month" in m.what.lower() for p in s.plan for m in p.milestones)


# -- warnings of the contract ----------------------------------------------------------------


def test_a_missing_gate_answer_is_said_and_the_verdict_is_never_go():
    s = strategy_from(key_message=None)
    assert "incomplete" in warning_ids(s) and s.verdict != "go"
    assert "message" in next(w for w in s.warnings if w.id == "incomplete").message.lower()
    assert "incomplete" not in warning_ids(strategy_from())


def test_an_audience_of_teenagers_raises_the_rules_on_minors():
    assert "minors" in warning_ids(strategy_from(audience_ages=["13-17", "18-24"]))
    assert "minors" not in warning_ids(strategy_from(audience_ages=["18-24"]))


def test_a_public_body_with_a_dated_site_is_told_so():
    public = strategy_from(
        org_kind="public_body", website="dated", objective="awareness", team="small_team"
    )
    assert "dated_site" in warning_ids(public)
    assert "dated_site" not in warning_ids(strategy_from(website="dated", objective="awareness"))


def test_fix_first_names_what_must_be_fixed():
    s = strategy_from(expectations=["buy_followers"])
    assert s.verdict == "fix_first"
    assert "buy" in s.verdict_text.lower() and "follower" in s.first_steps[0].lower()


# -- relays, doctrine ------------------------------------------------------------------------


def test_relays_are_proposed_when_the_person_names_fewer_than_two():
    s = strategy_from(relays=[])
    assert len(s.relays) == 3 and all(r.proposed for r in s.relays)
    named = strategy_from(relays=["customers", "partners"])
    assert [r.id for r in named.relays] == ["customers", "partners"]
    assert not any(r.proposed for r in named.relays)
    public = strategy_from(relays=[], org_kind="public_body", team="small_team")
    assert "associations" in [r.id for r in public.relays]


def test_pinterest_is_weighed_for_online_sales_of_visual_products():
    shop = {
        **SHOP,
        "premises": "online_only",
        "audience_geo": "national",
        "sector": "beauty_fashion_luxury",
        "formats": ["photo", "visual_design"],
        "audience_types": ["consumers", "customers"],
        "team": "small_team",
        "hours_per_week": 8,
    }
    s = strategy_from(**shop)
    assert roles(s)["pinterest"] in ACTIVE
    assert "boost_pinterest" in codes(s, "pinterest")
    service = strategy_from(**{**shop, "sector": "professional_services", "objective": "leads"})
    assert "boost_pinterest" not in codes(service, "pinterest")


def test_the_source_material_s_rituals_fit_the_voice_and_the_networks():
    personal = strategy_from(voice="personal")
    brand = strategy_from(voice="brand")
    assert any("own view" in r.what for r in personal.editorial.rituals)
    assert not any("own view" in r.what for r in brand.editorial.rituals)
    assert any("compliment" in r.what or "liked" in r.what for r in brand.editorial.rituals)
    # the nine-in-ten rule only where sharing links is the daily bread (tests/test_editorial_ideas)
    linked = strategy_from(voice="personal", objective="awareness", current_networks=["linkedin"])
    assert any("among the links you share" in r.what for r in linked.editorial.rituals)


# -- numbers and sentences -------------------------------------------------------------------


def test_numbers_read_as_a_person_says_them():
    s = strategy_from(hours_per_week=5)
    text = " ".join(r.text for n in s.networks for r in n.reasons)
    assert not re.search(r"\d[.,]\d\d? ?h\b", text), "hours as 2 h 45, not 2.75 h"
    assert "(s)" not in text and " 1 networks" not in text
    assert all(
        n.posts_per_week in (0, 0.25, 0.5) or n.posts_per_week.is_integer() for n in s.networks
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_objective_sentence_reads_naturally(lang):
    s = strategy_from(
        lang=lang,
        target={"metric": "commandes par mois", "baseline": 120, "value": 150, "unit": "commandes"},
    )
    expected = (
        "Passer de 120 à 150 commandes par mois d’ici le"
        if lang == "fr"
        else ("Go from 120 to 150 commandes par mois by")
    )
    assert s.objective.statement.startswith(expected)


def test_facts_cited_fit_the_audience_s_area_and_say_when_they_do_not():
    international = strategy_from(audience_geo="international")
    french = strategy_from(lang="fr", audience_geo="national")
    fr_facts = {f.id for f in KN.facts if f.geo == "fr"}
    cited_int = {f for n in international.networks for r in n.reasons for f in r.facts}
    cited_fr = {f for n in french.networks for r in n.reasons for f in r.facts}
    assert cited_fr & fr_facts
    assert not (cited_int & fr_facts) - {s.id for s in international.sources if s.fallback}
    assert any(s.fallback for s in international.sources) or not cited_int & fr_facts


def test_a_solo_asked_for_leads_abroad_keeps_one_social_network_not_two():
    # the draw a fresh-clone run found (mix30): a one-person team, professionals abroad, leads;
    # WhatsApp was kept as the conversation channel beside LinkedIn while the team's reason
    # said one social network
    data = {
        "lang": "fr",
        "org_name": "a",
        "audience_types": ["professionals"],
        "audience_geo": "international",
        "objective": "leads",
    }
    s = build(validate(data), date(2025, 1, 1))
    check_consistency(s, data)
    social = [n.id for n in s.networks if n.role in ACTIVE and n.kind == "social"]
    assert len(social) == 1, social


def test_the_conversation_app_kept_beside_two_networks_says_it_is_counted_apart():
    # a draw of the property test (kpi38's run): a solo with 5 h, leads from consumers abroad,
    # keeps Instagram and Facebook, and WhatsApp for the conversation; the cap on social
    # networks holds because WhatsApp's reason says it is answered, counted apart
    data = {
        "lang": "fr",
        "org_name": "a",
        "audience_geo": "international",
        "objective": "leads",
        "hours_per_week": 5.0,
    }
    s = build(validate(data), date(2025, 1, 1))
    check_consistency(s, data)
    (why,) = [r.text for r in net(s, "whatsapp").reasons if r.code == "conversation"]
    assert "comptées à part des réseaux où vous publiez" in why


def test_linkedin_kept_light_for_jobs_says_what_won_over_its_thin_audience():
    # a draw of the property test (plan34's run): LinkedIn kept for job posts beside a main
    # network, its audience reason against: the job posts are the trade-off that won
    data = {
        "lang": "fr",
        "org_name": "a",
        "org_kind": "large_company",
        "objective": "awareness",
        "secondary_objectives": ["recruitment"],
        "current_networks": ["facebook", "linkedin"],
        "hours_per_week": 4,
    }
    s = build(validate(data), date(2025, 1, 1))
    check_consistency(s, data)
    assert "recruit_light" in codes(s, "linkedin")
    assert "15 min" in net(s, "linkedin").reasons[0].text


@pytest.mark.parametrize(
    "changes",
    [
        {"audience_types": ["professionals"], "key_message": "a"},
        {"audience_geo": "regional"},
    ],
)
def test_a_tiktok_fed_with_the_main_network_s_clips_is_a_copy_not_a_network_more(changes):
    # two draws of the property test (mix37's run): a TikTok already there kept at half an
    # hour for the main network's reused clips; like a shared account, it is no network more
    # against the team's cap, and its reason says what won over a mixed audience
    data = {
        "lang": "fr",
        "org_name": "a",
        "formats": ["text", "short_video"],
        "target": {"metric": "a", "baseline": 0.0, "value": 0.0, "unit": "a"},
        "hours_per_week": 6.0,
        "current_networks": ["tiktok"],
        **changes,
    }
    s = build(validate(data), date(2025, 1, 1))
    check_consistency(s, data)
    assert "reused_clips" in codes(s, "tiktok")
