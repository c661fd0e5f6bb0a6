"""Review 32c, Harbour Paws (H1-H6): a recruitment that seeks volunteers (foster homes, bénévoles)
is not a staff hiring. Its texts offer a role, training and support and say how to apply (never
a pay, a careers page or apprenticeship providers); its relays are those in contact with the
cause; its KPIs are read in a volunteer register; LinkedIn is low; a limited intake is paced from
month 1; a peak season named in the answers puts the main call before it. Staff recruitments
(a hospital, a SaaS company) keep their hiring texts."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from tests.conftest import network, persona, persona_inputs


def _text(s) -> str:
    """Everything a reader reads of a strategy, as one string (the sources' own titles and
    facts apart: a fact cited nowhere in the document stays in the list it is drawn from)."""
    return s.model_dump_json(exclude={"sources"})


STAFF_EN = ("pay scale", "careers page", "We are hiring", "apprenticeship", "member of staff, by")
STAFF_FR = ("salaire", "page recrutement", "Nous recrutons", "CFA", "Un membre de l'équipe, vol")


def test_a_foster_home_drive_reads_as_volunteers_not_staff_in_both_languages():
    en, fr = persona("harbour-paws-dunedin", "en"), persona("harbour-paws-dunedin", "fr")
    said_en, said_fr = _text(en), _text(fr)
    assert not [w for w in STAFF_EN if w in said_en], [w for w in STAFF_EN if w in said_en]
    assert not [w for w in STAFF_FR if w in said_fr], [w for w in STAFF_FR if w in said_fr]
    assert "We are looking for volunteers" in said_en
    assert "Nous cherchons des bénévoles" in said_fr
    assert any("volunteering page" in step for step in en.first_steps), en.first_steps
    assert any("page bénévolat" in step for step in fr.first_steps), fr.first_steps


def test_volunteer_relays_are_those_in_contact_with_the_cause_and_a_closed_group():
    s = persona("harbour-paws-dunedin", "en")
    how = {r.id: r.how for r in s.relays}
    assert "vets, pet shops" in how["partners"], how
    assert "volunteer centre" in how["associations"], how
    group = next(r for r in s.relays if r.id.startswith("groups_"))
    assert "closed" in group.name and "never an address" in group.how
    assert "does little for your objective" not in _text(network(s, "whatsapp"))


def test_linkedin_is_low_and_instagram_is_not_frozen_for_volunteers():
    s = persona("harbour-paws-dunedin", "en")
    assert network(s, "linkedin").score < network(s, "instagram").score
    assert network(s, "instagram").role == "secondary"


def test_a_limited_intake_is_paced_from_the_first_month_with_no_shop_text():
    s = persona("harbour-paws-dunedin", "en")
    warning = next(w for w in s.warnings if w.id == "no_capacity")
    assert warning.case == "limited_volunteers"
    assert "volunteers" in warning.headline
    said = _text(s)
    assert "stop the ads" not in said and "already bought" not in said
    assert "quotes and invoices" not in said


def test_volunteer_kpis_are_read_in_the_volunteer_register():
    s = persona("harbour-paws-dunedin", "en")
    main = next(k for k in s.kpis if k.id == "main")
    assert "volunteer register" in main.source and "till" not in main.source
    visits = next(k for k in s.kpis if k.name == "Interviews and visits done")
    # capped by the limited intake each month, never the result's « + 82 % » (H3/H4)
    assert "82" not in visits.target_note and "at most" in visits.target_note, visits.target_note


def test_the_peak_season_named_in_the_notes_gets_the_main_call_before_it():
    s = persona("harbour-paws-dunedin", "en")
    main = next(k for k in s.kpis if k.id == "main")
    checks = [(date(2027, 1, 18), 22.0), *sorted((t.date, t.value) for t in main.targets)]
    assert date(2027, 9, 30) in [d for d, _ in checks], checks
    rises = [(d, v - p) for (_, p), (d, v) in pairwise(checks)]
    peak = {10, 11, 12, 1, 2, 3}
    biggest = max(rises, key=lambda r: r[1])
    assert biggest[0].month not in peak, rises
    goals = [g for p in s.plan for g in p.goals]
    assert any("before the busy season" in g for g in goals), goals


def test_a_non_profit_hiring_paid_staff_stays_a_staff_recruitment():
    from strategy_wizard.engine.scoring import volunteers
    from strategy_wizard.model.catalogue import load_catalogue

    th = load_catalogue().thresholds
    paid = persona_inputs(
        "harbour-paws-dunedin",
        offer="An animal rescue in Dunedin hiring a part-time paid coordinator on a contract",
        desired_action="Apply for the coordinator job",
        target={"metric": "Applications", "baseline": 0, "value": 10, "unit": "applications"},
        audience_description="Experienced coordinators in Otago looking for a part-time job",
    )
    assert not volunteers(paid, th)
    assert volunteers(persona_inputs("harbour-paws-dunedin"), th)


def test_a_french_association_seeking_benevoles_gets_the_volunteer_texts_and_its_relays():
    import yaml

    from strategy_wizard.model.answers import validate
    from tests.conftest import PERSONAS, build

    data = yaml.safe_load((PERSONAS / "harbour-paws-dunedin.yaml").read_text(encoding="utf-8"))
    data.update(
        lang="fr",
        org_kind="small_business",  # the words alone decide, not the kind of organisation
        offer="Une association d'aide aux devoirs pour les enfants du quartier, avec des bénévoles",
        desired_action="Remplir le formulaire de bénévole et venir à une réunion d'accueil",
        target={"metric": "Bénévoles actifs", "baseline": 8, "value": 15, "unit": "bénévoles"},
        notes={},
    )
    s = build(validate(data), lang="fr")
    said = _text(s)
    assert "Nous cherchons des bénévoles" in said
    assert not [w for w in STAFF_FR if w in said], [w for w in STAFF_FR if w in said]
    how = {r.id: r.how for r in s.relays}
    assert "écoles" in how["partners"], how


def test_staff_recruitments_keep_their_hiring_texts():
    hospital = _text(persona("ch-val-de-saone-recrute", "fr"))
    assert "bénévolat" not in hospital and "Nous cherchons des bénévoles" not in hospital
    saas = persona("saas-recrute", "en")
    assert network(saas, "linkedin").role in ("primary", "secondary")
    assert "volunteering page" not in _text(saas)
