"""Review 30 (G1, G7, E6, V2, V5, V9, C4): the scorecard's numbers and lines, as a community
manager reads them. A count parsed from a proof point is the one next to the KPI's noun, never a
percentage (« 2,300 newsletter subscribers, 44 % open rate »); a public service's captive
subscribers are no loyalty KPI; a proxy (clicks per post, shares by relays) does not copy the
main target's rise; each figure is read where it is kept (a response time in the inbox's
statistics, a cooperative's members in its register, a marketplace seller's main network in the
marketplace's traffic sources); advocacy counts its ambassadors; support its share answered in
time and solved at once."""

from __future__ import annotations

import re

import pytest

from tests.conftest import persona, persona_with

GRIDDLE = "griddle-and-gorse"
EAU = "eau-val-armance"
VENTS = "vents-du-condroz"
CIRE = "cire-et-chine"


def _kpi(s, kid: str):
    return next((k for k in s.kpis if k.id == kid), None)


def _named(s, text: str):
    return next((k for k in s.kpis if text in k.name), None)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_count_is_the_number_next_to_its_name_never_the_open_rate(lang: str):
    s = persona(GRIDDLE, lang)
    letter = _kpi(s, "subscribers")
    assert letter is not None, [k.name for k in s.kpis]
    assert letter.baseline == 2300.0  # « 2,300 newsletter subscribers, 44 % open rate »
    assert all(t.value > 2300 for t in letter.targets)


def test_a_percentage_after_the_list_name_gives_no_count():
    # only an open rate said: the baseline is measured in the first month, never « 44 »
    s = persona_with(GRIDDLE, "en", proof_points=["Newsletter: 44 % open rate"])
    letter = _kpi(s, "subscribers")
    assert letter is not None
    assert letter.baseline is None
    assert not letter.targets


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_public_services_captive_subscribers_are_no_loyalty_kpi(lang: str):
    s = persona(EAU, lang)
    names = [k.name for k in s.kpis]
    assert all(k.baseline != 29500 for k in s.kpis), names
    assert not any(k.id == "second_loyalty" for k in s.kpis), names
    # the same count for a business that is no public body is still its own figure
    other = persona_with(EAU, lang, org_kind="small_business")
    assert any(k.baseline == 29500 for k in other.kpis), [k.name for k in other.kpis]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_response_time_is_read_in_the_inbox_statistics_not_at_a_till(lang: str):
    s = persona(EAU, lang)
    main = _kpi(s, "main")
    assert "Meta Business Suite" in main.source
    assert {"fr": "caisse", "en": "till"}[lang] not in main.source
    # support measured as a time: the share answered in time and solved in one exchange
    kinds = {
        "fr": ["Part répondue dans le délai promis", "Part résolue en un seul échange"],
        "en": ["Share answered within the promised time", "Share solved in one exchange"],
    }[lang]
    assert all(_named(s, n) is not None for n in kinds), [k.name for k in s.kpis]
    # its count of questions is read in its own log, not in the inbox's response times
    solved = _named(s, {"fr": "Questions résolues", "en": "Questions solved"}[lang])
    assert solved is None or "Meta" not in solved.source


def test_support_counted_in_questions_keeps_its_short_scorecard():
    s = persona_with(EAU, "fr", target={"metric": "questions résolues", "value": 300})
    assert _named(s, "Part répondue dans le délai promis") is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_proxy_does_not_copy_the_main_targets_rise(lang: str):
    for name, proxy in (
        (GRIDDLE, {"fr": "Clics par publication", "en": "Clicks per post"}),
        (VENTS, {"fr": "Contenus partagés", "en": "Content shared"}),
    ):
        s = persona(name, lang)
        for k in s.kpis:
            assert "126" not in k.target_note and "112" not in k.target_note, (name, k.name)
            assert "126" not in k.summary and "112" not in k.summary, (name, k.name)
        kpi = _named(s, proxy[lang])
        if kpi is not None:
            assert not kpi.targets
            assert (
                kpi.summary
                == {"fr": "suivi sans cible, un moyen", "en": "followed without a target, a means"}[
                    lang
                ]
            )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_traffic_loyalty_is_returning_visitors_not_customers_at_a_till(lang: str):
    s = persona(GRIDDLE, lang)
    loyal = _kpi(s, "second_loyalty")
    assert loyal is not None
    assert loyal.name == {"fr": "Visiteurs qui reviennent", "en": "Returning visitors"}[lang]
    assert {"fr": "caisse", "en": "till"}[lang] not in loyal.source
    # a shop whose main objective is sales keeps its returning customers
    shop = persona_with(GRIDDLE, lang, objective="sales", target={"metric": "orders", "value": 40})
    assert all(k.name != loyal.name for k in shop.kpis)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cooperatives_members_are_read_in_its_register_and_its_ambassadors_counted(lang: str):
    s = persona(VENTS, lang)
    main = _kpi(s, "main")
    assert {"fr": "registre des coopérateurs", "en": "register of members"}[lang] in main.source
    assert {"fr": "prêts", "en": "loans"}[lang] not in main.source
    assert _named(s, {"fr": "Ambassadeurs actifs", "en": "Active ambassadors"}[lang]) is not None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_marketplace_seller_reads_its_main_networks_visits_and_orders(lang: str):
    s = persona(CIRE, lang)
    line = _kpi(s, "place_network")
    assert line is not None, [k.name for k in s.kpis]
    assert (
        line.name
        == {
            "fr": "Visites et commandes Etsy venues de Pinterest",
            "en": "Etsy visits and orders from Pinterest",
        }[lang]
    )
    assert "Etsy" in line.source
    assert s.kpis.index(line) < 3  # among the lines the one-page summary shows
    # with no marketplace, no such line
    own = persona_with(
        CIRE,
        lang,
        offer="Bougies parfumées coulées à la main, vendues sur ma boutique en ligne",
        desired_action="Commander une bougie sur ma boutique en ligne",
        target={"metric": "commandes par mois", "baseline": 38, "value": 55},
    )
    assert _kpi(own, "place_network") is None


# item 4: targets and checkpoints a client can read (W1, C5, E8, V12, E9)

WELLINGTON = "wellington-yards-condos"


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def _checkpoints(s) -> list[str]:
    return [_plain(m.what) for p in s.plan for m in p.milestones]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_clients_own_target_is_said_with_why_the_plan_aims_at_another(lang: str):
    s = persona(WELLINGTON, lang)
    statement = _plain(s.objective.statement)
    asked = {"fr": "Vous avez demandé 30", "en": "You asked for 30"}[lang]
    assert asked in statement
    # 16 suites over 12 months at 14 a month: 1 in 10 must sign; at 30, 1 in 22
    assert {"fr": "sur 10", "en": "in 10"}[lang] in statement
    assert {"fr": "sur 22", "en": "in 22"}[lang] in statement
    # each sales checkpoint prints numbers, never a formula
    sales = [c for c in _checkpoints(s) if {"fr": "ventes", "en": "sold"}[lang] in c]
    assert len(sales) >= 3
    for c in sales:
        assert "÷" not in c and "aimed at next" not in c and "visés ensuite" not in c, c
    first = sales[0]
    assert {"fr": "3 logements à vendre", "en": "3 suites to sell"}[lang] in first, first
    assert {"fr": "un rendez-vous sur 14", "en": "1 in 14"}[lang] in first, first
    for k in s.kpis:
        assert "÷" not in k.summary and "÷" not in k.target_note, k.name


def test_no_asked_sentence_when_the_target_is_no_rise():
    s = persona_with(
        WELLINGTON,
        "en",
        target={
            "metric": "qualified model-suite appointments attended",
            "baseline": 14,
            "value": 14,
            "unit": "appointments per month",
        },
    )
    assert "You asked for" not in s.objective.statement


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_seasonal_sellers_year_total_counts_its_peak_month_as_given(lang: str):
    statement = _plain(persona(CIRE, lang).objective.statement)
    # 38 × 11 + December's 140 ≈ 560, then 55 × 11 + 140 ≈ 740 (not 38 × 12 = 456)
    assert "560" in statement and "740" in statement
    assert "456" not in statement


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_response_time_falls_early_then_holds(lang: str):
    s = persona(EAU, lang)
    values = []
    for c in _checkpoints(s):
        found = re.search(r"(?:Point d’étape|Checkpoint) ?: (\d+)", c)
        if found:
            values.append(int(found.group(1)))
    # 26 → 4 working hours: most of the gain by the first checkpoints, not 25 → 18 → 4
    assert values[0] <= 15, values
    assert values[1] == 4 and values[-1] == 4, values
    main = _kpi(s, "main")
    assert main.targets[0].value == 4.0
    assert {"fr": "maintenir", "en": "keep"}[lang] in main.target_note


def test_a_growth_target_keeps_its_slow_start():
    s = persona(GRIDDLE, "en")
    values = [t.value for t in _kpi(s, "main").targets]
    assert values == sorted(values) and values[0] < 6200 + (14000 - 6200) / 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_count_per_year_reads_as_a_running_total(lang: str):
    s = persona(VENTS, lang)
    cumul = [c for c in _checkpoints(s) if {"fr": "(cumul)", "en": "(running total)"}[lang] in c]
    assert cumul, _checkpoints(s)
    for c in cumul:
        assert "par an" not in c and "au total depuis" not in c and "in all since" not in c, c


def test_a_french_reduction_keeps_its_article():
    statement = _plain(persona(EAU, "fr").objective.statement)
    assert statement.startswith("Ramener le délai médian de première réponse")
    other = persona_with(
        EAU,
        "fr",
        target={
            "metric": "Part des appels sur la facture",
            "baseline": 41,
            "value": 30,
            "unit": "%",
        },
    )
    assert _plain(other.objective.statement).startswith("Ramener la part des appels")
