"""Review 14 (#2 first steps, #3 job dating, #4, #7, residues): the plan, the KPIs and the
calendar do what the objective says, as the client reading them would check.

- a booked-out joiner who recruits gets the hiring post inside the four weeks of repairs, and no
  week is left with a habit as its one line;
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import persona, persona_render, persona_with, posts


def render(name: str, lang: str) -> str:
    """The persona's Markdown document, as the client reads it."""
    return persona_render(name, lang, "md")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_repair_month_posts_the_job(lang: str):
    """14 #4: weeks 3–4 held « Répondre à chaque question en moins de 24 h » and « Programmer
    les premières publications »; « Nous recrutons un menuisier » was in the annex only."""
    s = persona("menuiserie-velay", lang)
    assert s.verdict == "fix_first"
    start = s.calendar[0].date
    repair_end = s.plan[0].end
    posts = [x for x in s.calendar if x.activity == "post" and x.date <= repair_end]
    hiring = [x for x in posts if "menuisier (H/F)" in x.idea]
    assert hiring, [x.idea for x in posts]
    assert {x.network for x in hiring} >= {"google_business"}
    assert all(x.date < start + timedelta(days=28) for x in hiring)
    relays = [x for x in s.calendar if x.activity == "setup" and "menuisier (H/F)" in x.idea]
    assert relays, "the job ad is not sent to the prescribers"
    week4 = [x for x in posts if (x.date - start).days // 7 == 3]
    assert any(x.network == "google_business" for x in week4), week4
    # a habit is no week's task
    assert not any("24 h" in x.idea or "24 hours" in x.idea for x in s.calendar)
    # nothing posted in the repair month calls for requests
    assert not any("devis" in x.idea or "quote" in x.idea for x in posts)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_clicks_grow_as_much_as_the_result(lang: str):
    """14 #7: « Clicks to the sign-up or ticket page — the first month's figure + 4% » beside
    participants raised by 63 %."""
    # answered within 24 h: a slower time keeps its response-time KPI before the clicks, a
    # means KPI (review 16, N7)
    s = persona_with(
        "northbank-young-carers", lang, secondary_objectives=["recruitment"], response_time_hours=24
    )
    clicks = next(k for k in s.kpis if k.id == "kpi_2")
    assert "63" in clicks.target_note, clicks.target_note
    assert "+ 4" not in clicks.target_note and "+4" not in clicks.target_note


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_charity_involves_no_customers(lang: str):
    """14 #7/#8: « Involve your relays: employees, partners, press and customers »."""
    s = persona("northbank-young-carers", lang)
    goals = " ".join(g for p in s.plan for g in p.goals)
    assert "customers" not in goals and "clients" not in goals, goals
    assert "donors" in goals or "donateurs" in goals, goals


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_charity_counts_its_donors_and_hampers(lang: str):
    """14 #7: no KPI for the 900 regular donors (loyalty) nor the 310 hampers of the Christmas
    appeal; the trustees will ask for both, before the generic response time."""
    s = persona("northbank-young-carers", lang)
    ids = [k.id for k in s.kpis]
    assert len(ids) <= 5, ids
    donors = next(k for k in s.kpis if k.id == "second_loyalty")
    # review 19, D5: a whole base is tracked, never raised by this tool's + 20 %
    assert donors.baseline == 900 and not donors.targets and donors.summary
    hampers = next(k for k in s.kpis if k.id == "appeal")
    assert hampers.baseline == 310 and hampers.targets[0].value > 310
    assert hampers.targets[0].date.isoformat() == "2027-12-24"
    # review 16, N7: the 72 h answer fires slow_response, so the response time (72 → 24) stays,
    # in place of the befrienders' applications still to measure (the scorecard keeps five
    # lines: test_kpis_governance, the document's page budget)
    assert "response_time" in ids and "second_recruitment" not in ids
    # the objective's own figures come in the summary's first lines
    assert ids.index("second_loyalty") < 3, ids


def test_an_awareness_objective_keeps_its_reach():
    """14 #7: the objective's own figures first, but an awareness plan keeps a reach line."""
    s = persona("brasserie-sauerdall", "fr")
    assert any("portée" in k.name.lower() for k in s.kpis), [k.name for k in s.kpis]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_hospital_recruiting_starts_with_its_careers_page(lang: str):
    """14 #2: « Compléter la page LinkedIn de l'entreprise » and « … avant d'attirer de
    nouveaux clients » as a public hospital's first steps to recruit nurses."""
    s = persona("ch-val-de-saone-recrute", lang)
    steps = " ".join(s.first_steps)
    assert "entreprise" not in steps and "company" not in steps, steps
    assert "clients" not in steps and "customers" not in steps, steps
    assert "page recrutement" in steps or "careers page" in steps, steps
    assert "une fiche par métier" in steps or "one page per job" in steps, steps


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_known_figures_keep_their_units(lang: str):
    """14 #5: « Avis négatifs avec une réponse publique — la part d'aujourd'hui, relevée la
    première semaine → 100 » while the answers say both are unanswered, and « 120 → 48 »."""
    s = persona("menuiserie-velay", lang)
    reviews = next(k for k in s.kpis if k.id == "repair_reviews")
    assert reviews.baseline == 0 and not reviews.first_measure
    text = render("menuiserie-velay", lang)
    assert "120 h → 48 h" in text.replace("\u00a0", " "), "units dropped"


def test_a_box_subscription_is_counted():
    """14 #5: the action is « s'abonner à la box mensuelle », the scorecard had only a
    repeat-purchase rate."""
    s = persona("gummies-lyon-ados", "fr")
    names = [k.name for k in s.kpis]
    assert "Abonnés à la box mensuelle" in names, names


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_monthly_job_dating_is_dated_and_announced(lang: str):
    """14 #3: the action is « venir au job dating mensuel », and the job dating was only « Le
    job dating du mois : une publication sur la fiche », with no date."""
    s = persona("ch-val-de-saone-recrute", lang)
    kept = {n.id for n in s.networks if n.role in ("primary", "secondary") and n.kind == "social"}
    notices = [x for x in posts(s) if "job dating" in x.idea and x.network in kept]
    assert notices, [x.idea for x in posts(s)]
    dated = {x.idea for x in notices}
    assert any("28" in i for i in dated), dated  # the last Thursday of January 2027
    for nid in kept:
        assert len([x for x in notices if x.network == nid and "28" in x.idea]) >= 2, (nid, notices)
    # announcements name the date and come before it (a frame on « what you will be asked at
    # the job dating », merged from the ideas round, may run after it: it announces nothing)
    announced = [x for x in notices if "28" in x.idea]
    assert all(x.date.isoformat() < "2027-01-28" for x in announced), announced


def test_the_summer_after_the_walk_is_not_blank():
    """14 #7: nothing between « 15 Jun 2027 — The collection closes » and 11 Sept 2027."""
    s = persona("northbank-young-carers", "en")
    days = sorted(m.date.isoformat() for p in s.plan for m in p.milestones)
    summer = [d for d in days if "2027-06-16" <= d <= "2027-09-10"]
    assert len(summer) >= 2, days
    text = " ".join(m.what for p in s.plan for m in p.milestones if str(m.date) >= "2027-06-16")
    assert "recruitment" in text and "Christmas" in text, text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_applications_say_they_are_for_befrienders(lang: str):
    """13a #2 / 14 #7: « Qualified applications » not named for the befrienders sought."""
    # answered within 24 h: at 72 h the response-time KPI takes the scorecard's last line
    # (review 16, N7)
    s = persona_with("northbank-young-carers", lang, response_time_hours=24)
    applications = next(k for k in s.kpis if k.id == "second_recruitment")
    assert "befrienders" in applications.name, applications.name
