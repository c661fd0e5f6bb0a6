"""Review 28new: a rural vet clinic (clinique-veto-bocage, fr) and a B2B SaaS for dental
practices in Ireland and the UK (dentiva-saas, en).

D1: the vet was given the avocats' rules (RIN, art. 10; « un avocat, pour un cabinet
d'avocats »; a « dossier (des honoraires…) »): the bank has a veterinary choice now, with the
vet's own rules, and a profession that is no law firm never reads of avocats.
D8: no word on data protection or marketing consent for a newsletter, a webinar's sign-ups or a
messaging channel: a point per country (FR: RGPD + CNIL; IE: GDPR, DPC, S.I. No. 336 of 2011;
GB: UK GDPR + PECR, sole traders and partnerships are individual subscribers).
D19: the vet's Messenger bot was answered « Sur WhatsApp, un robot accuse réception ».
"""

from __future__ import annotations

from typing import Any

import yaml

from tests.conftest import (
    PERSONAS,
    build,
    cited,
    persona,
    persona_render,
    persona_with,
    warning_of,
)

VET = "clinique-veto-bocage"
DENTIVA = "dentiva-saas"


def _without(name: str, key: str, **changes: Any):
    """A persona's strategy with one answer left out (what the bank assumes instead)."""
    from strategy_wizard.model.answers import validate

    data = yaml.safe_load((PERSONAS / f"{name}.yaml").read_text(encoding="utf-8"))
    data.pop(key)
    data.update(changes)
    return build(validate(data))


def _point(s, wid: str) -> str:
    w = warning_of(s, wid)
    assert w is not None, [x.id for x in s.warnings]
    return f"{w.headline} {w.message} {w.advice}"


# D1 ------------------------------------------------------------------------------------------


def test_the_vet_reads_the_vets_rules_never_the_lawyers():
    page = persona_render(VET, "fr", "md")
    assert "Un vétérinaire informe et prévient" in page
    assert "jamais par sa marque" in page  # no vaccine brand in a post
    assert "accord écrit de son propriétaire" in page  # the owner's consent for their animal
    assert "aucun client nommé" in page  # professional secrecy
    for lawyer in ("avocat", "Conseil national des barreaux", "RIN", "honoraires"):
        assert lawyer not in page, lawyer
    s = persona(VET, "fr")
    assert "R242-32" in cited(s) and "2019/6" in cited(s)


def test_the_vets_governance_names_a_vet_and_care_not_a_lawyers_matter():
    g = persona(VET, "fr").governance
    assert "un vétérinaire relit" in g.approves
    assert "soins" in g.escalation[0] and "dossier" not in g.escalation[0]
    assert "dossier" not in " ".join(g.moderation)


def test_a_vet_who_ticks_the_regulated_professions_reads_its_order_not_the_avocats():
    s = persona_with(VET, regulated=["profession"])
    text = _point(s, "profession_rules")
    assert "votre ordre professionnel" in text
    assert "avocat" not in text and "RIN" not in text
    assert "avocat" not in s.governance.approves
    # the words of the answers say veterinary: the check points at the right choice
    assert "profession vétérinaire" in _point(s, "regulated_check")


def test_a_french_law_firm_keeps_the_avocats_rules():
    s = persona_with(
        VET,
        sector="professional_services",
        org_name="Cabinet Aubert Avocats",
        offer="Cabinet d'avocats en droit du travail à Moulins",
        regulated=["profession"],
    )
    assert "RIN, art. 10" in _point(s, "profession_rules")
    # the profession the answers name reads the posts, no example in brackets (review 32c, N7)
    assert "un avocat du cabinet relit" in s.governance.approves
    assert "pour un cabinet d’avocats" not in s.governance.approves


def test_a_vet_with_no_answer_on_rules_is_assumed_a_vet():
    s = _without(VET, "regulated")
    assert warning_of(s, "veterinary_rules") is not None
    assert warning_of(s, "profession_rules") is None


def test_the_veterinary_choice_is_in_the_bank_in_both_languages():
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.model.schema import answers_schema

    q = next(q for q in load_bank().questions if q.id == "regulated")
    choice = next(c for c in q.choices if c.code == "veterinary")
    assert "vétérinaire" in choice.label.fr and "Veterinary" in choice.label.en
    assert "veterinary" in str(answers_schema())


def test_a_vet_abroad_reads_the_rules_as_french_ones_to_check():
    s = persona_with(VET, country="BE")
    text = _point(s, "veterinary_rules")
    assert "règles françaises" in text and "R242" not in text


# D19 -----------------------------------------------------------------------------------------


def test_the_bot_warning_names_the_facebook_pages_messenger():
    # WhatsApp is set aside as a publishing channel since mix41 (D3): the page's Messenger alone
    w = warning_of(persona(VET, "fr"), "automation")
    assert w.headline.startswith("Sur Messenger") and "WhatsApp" not in w.headline
    assert "On Messenger, a bot" in persona_render(VET, "en", "md")


def test_a_school_whose_bot_is_for_whatsapp_keeps_the_whatsapp_line():
    # review 23a, #3: Facebook is not Northgate's primary network; its bot is for WhatsApp
    w = warning_of(persona("northgate-business-school", "en"), "automation")
    assert w.case == "whatsapp" and "Messenger" not in w.headline


# D8 ------------------------------------------------------------------------------------------


def test_dentiva_reads_the_irish_and_the_uk_marketing_consent_rules():
    page = persona_render(DENTIVA, "en", "md")
    assert "S.I. No. 336 of 2011" in page
    assert "Data Protection Commission" in page
    assert "UK GDPR" in page and "ICO" in page
    assert "sole traders and some partnerships are individual subscribers" in page
    assert "CNIL" not in page and "RGPD" not in page
    fr = persona_render(DENTIVA, "fr", "md")
    assert "Data Protection Commission" in fr and "sociétés de personnes" in fr


def test_the_vet_reads_the_rgpd_for_its_clients_numbers():
    text = _point(persona(VET, "fr"), "contacts_consent")
    assert "RGPD" in text and "CNIL" in text and "messagerie" in text


def test_no_contacts_collected_no_consent_line():
    s = persona_with(
        DENTIVA,
        current_networks=["linkedin", "youtube"],
        considered_networks=["facebook"],
        secondary_objectives=["awareness"],
        topics=["decontamination log mistakes"],
        desired_action="Book a 20-minute demo from the website",
    )
    assert warning_of(s, "contacts_consent") is None


def test_a_town_halls_letter_is_no_marketing():
    s = persona("town-hall", "fr")
    assert warning_of(s, "contacts_consent") is None
