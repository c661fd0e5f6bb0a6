"""Review 16 (N1): a country note that fits the client, a contract warning never silenced, the
critical point first.

What a client checks: the joiner (Menuiserie Ferrand, selling to homeowners, « sur mesure »)
reads no note on B2B e-mail prospecting nor on comparative claims, and no other client's examples
(« moins d'eau, plus de débit »); the B2B exporter still reads both. The joiner's hope of quick
growth (6 → 15 in 6 months) is still a warning, worded as a target that waits for room, but not
a headline of « À régler d'abord » beside « vous n'avez pas besoin de plus de demandes »; the
critical point leads both the summary and « Points à régler ».
"""

from __future__ import annotations

import json

from strategy_wizard.render.view import build_view
from tests.conftest import persona, persona_with

JOINER = "menuiserie-velay"
EXPORTER = "echangeurs-export-salon"
RANK = {"critical": 0, "warning": 1, "info": 2}


def said(s) -> str:
    text = json.dumps(s.model_dump(mode="json"), ensure_ascii=False)
    return text.replace("\u202f", " ").replace("\u2019", "'").replace("\u00a0", " ")


def country_line(s):
    return next((w for w in s.warnings if w.id == "country_rules"), None)


def test_a_joiner_selling_to_homeowners_reads_no_b2b_note():
    fr = persona(JOINER, "fr")
    text = said(fr)
    assert country_line(fr) is None  # « sur mesure » is no comparative claim, no e-mail plan
    assert "Prospection par courriel" not in text and "L122-1" not in text
    assert "débit" not in text
    # her own French rules stay: job ads, photos of homes and fake reviews
    assert {"job_ads_fr", "home_works_fr"} <= {w.id for w in fr.warnings}


def test_selling_to_both_with_a_newsletter_reads_the_e_mail_rule():
    networks = ["instagram", "pinterest", "tiktok", "newsletter"]
    s = persona_with(JOINER, "fr", considered_networks=networks)
    assert "fr_b2b_email" in country_line(s).figures["extras"]


def test_the_b2b_exporter_still_reads_both_notes_with_generic_examples():
    fr, en = persona(EXPORTER, "fr"), persona(EXPORTER, "en")
    assert {"fr_b2b_email", "fr_comparative"} <= set(country_line(fr).figures["extras"])
    advice = country_line(fr).advice.replace("\u2019", "'")
    assert "moins d'eau" not in advice and "débit" not in advice
    assert "less water" not in country_line(en).advice


def test_quick_growth_still_fires_beside_a_full_order_book_but_waits_for_room():
    fr = persona(JOINER, "fr")
    growth = next((w for w in fr.warnings if w.id == "quick_growth"), None)
    assert growth is not None and growth.severity == "warning"
    assert "attendra que vous ayez de la place" in growth.headline
    assert fr.objective.realistic_target == 12


def test_quick_growth_is_no_summary_headline_while_no_capacity_fires():
    view = build_view(persona(JOINER, "fr"))
    growth = next(w for w in persona(JOINER, "fr").warnings if w.id == "quick_growth")
    assert growth.headline not in view["summary"]["fixes"]
    assert view["summary"]["fixes"][0].startswith("Vous n")  # no_capacity leads
    # and where there is room, quick growth is a headline as before
    roomy = persona_with(JOINER, "fr", capacity="yes")
    headlines = [w.headline for w in roomy.warnings if w.id == "quick_growth"]
    assert headlines and headlines[0] in build_view(roomy)["summary"]["fixes"]


def test_the_critical_point_leads_the_points_to_settle():
    s = persona(JOINER, "fr")
    assert s.warnings[0].id == "no_capacity" and s.warnings[0].severity == "critical"
    ranks = [RANK[w.severity] for w in s.warnings]
    assert ranks == sorted(ranks)


def test_a_public_hospital_s_publisher_is_an_agent():
    # review 16, N8: « agents » in a public body, never « salarié »
    fr = persona("ch-val-de-saone-recrute", "fr")
    assert fr.governance.publishes.startswith("Un agent nommé")
    assert persona("brasserie-sauerdall", "fr").governance.publishes.startswith("Un salarié")


def test_the_cap_code_is_dated_by_its_reading_not_2010():
    # review 16, N9: « 2010 » beside « the current one »
    en = persona("northbank-young-carers", "en")
    cap = next(x for x in en.sources if "CAP Code" in x.title)
    assert cap.year >= 2025 and "first published in 2010" in cap.title
