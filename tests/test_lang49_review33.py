"""lang49: what reviews 33a/33b/33c read as residue in the wording (VN6, EN6, EN7, E11, V11, CN5,
DN2, WN4, H-a, N-g, W11): a Facebook post is shared, a listing's « avis » are notices, a unit
said once, a public service's « usagers », a consultant's note after its figure and marked when
in another language, the claims warning's rules each on a line, the objective apart from its
reasoning, the warm pool written to first, a source named once and by its publisher.
"""

from __future__ import annotations

from functools import cache

import yaml

from strategy_wizard.base.resources import resource_dir
from strategy_wizard.render import RenderOptions, render
from tests.test_lang48_wording import _md, _strategy


@cache
def _html(name: str, lang: str) -> str:
    return render(_strategy(name, lang), "html", RenderOptions()).decode()


def test_a_facebook_post_is_shared_never_forwarded() -> None:
    text = _md("vents-du-condroz", "fr")
    assert "transférez-le" not in text
    assert "partagez" in text
    assert "avec leur code de parrainage" not in text
    # the answers' own words stay in the annex; said to the reader, « chez vous »
    assert "votre mot à dire sur les projets éoliens près de chez soi" not in text
    assert "votre mot à dire sur les projets éoliens près de chez vous" in text


def test_a_water_service_speaks_of_notices_users_and_no_campaign() -> None:
    text = _md("eau-val-armance", "fr")
    assert "les avis de la semaine" not in text
    assert "avis de coupure" in text
    assert "publications de campagne" not in text
    assert "Des clients poseront" not in text and "Des usagers poseront" in text
    # the unit is said once: « de 26 à 4 heures ouvrées », no « (heures ouvrées) » before it
    objective = _strategy("eau-val-armance", "fr").objective.statement
    assert "(heures ouvrées) de 26" not in objective
    assert "de 26 à 4 heures ouvrées" in objective


def test_the_ambassadors_kpi_counts_people_not_customers() -> None:
    assert "membres, clients ou relais" not in _md("vents-du-condroz", "fr")


def test_a_notary_listing_counts_appointments_not_bookings() -> None:
    text = _md("etude-notariale-quimperle", "fr")
    assert "ou la réservation" not in text
    assert "la prise de rendez-vous" in text


def test_no_source_names_its_publisher_twice() -> None:
    text = _md("etude-notariale-quimperle", "fr")
    assert "CNIL, *CNIL" not in text and "CNIL, CNIL" not in text
    sources = yaml.safe_load((resource_dir("data") / "sources.yaml").read_text(encoding="utf-8"))
    for source in sources:
        publishers = source.get("publisher")
        titles = source.get("title")
        pubs = [publishers] if isinstance(publishers, str) else list((publishers or {}).values())
        heads = [titles] if isinstance(titles, str) else list((titles or {}).values())
        for pub in pubs:
            for title in heads:
                assert not title.startswith(pub.split(",")[0] + ","), (source["id"], title)


def test_the_facebook_engagement_figure_has_a_named_publisher() -> None:
    text = _md("harbour-paws-dunedin", "en")
    assert "0.23%" not in text
    assert "social media analytics vendors" not in text
    assert "Rival IQ" in text


def test_the_claims_warning_says_each_rule_on_its_own_line() -> None:
    html = _html("dentiva-saas", "en")
    assert html.count('class="also-rule"') >= 3
    text = _md("dentiva-saas", "en")
    assert "repeated to their patients" not in text
    assert "UK, CAP Code (rule 3.7)" in text


def test_the_objective_is_short_and_its_reasoning_a_note_apart() -> None:
    text = _md("wellington-yards-condos", "en")
    objective = text.split("### Objective", 1)[1].split("###", 1)[0]
    first, _, rest = objective.strip().partition("\n\n")
    assert "You asked for" not in first
    assert rest.startswith("> ") and "You asked for" in rest
    assert 'class="objective-note"' in _html("wellington-yards-condos", "en")


def test_a_consultant_note_follows_its_figures_and_says_its_language() -> None:
    fr = _md("cire-et-chine", "fr")
    budget = fr.split("### Le budget", 1)[1]
    before = budget.split("Note du consultant")[0]
    assert "480" in before and "par an" in before
    assert "40\u00a0€ par mois" in before or "40 € par mois" in before
    en = _md("cire-et-chine", "en")
    assert "Consultant's note (in French)** — “Sur ces 40 €" in en


def test_the_warm_pool_is_a_relay_and_a_first_step() -> None:
    s = _strategy("harbour-paws-dunedin", "en")
    assert s.relays[0].id == "warm_pool"
    assert "past adopters (1,400)" in s.relays[0].name
    assert any("past adopters, 1,400" in step for step in s.first_steps)
    notary = _strategy("etude-notariale-quimperle", "fr")
    assert notary.relays[0].id == "warm_pool"
    assert any("Matinales du notaire en 2026, 38" in step for step in notary.first_steps)
    # no pool named with a size: no such line
    assert all(r.id != "warm_pool" for r in _strategy("vents-du-condroz", "fr").relays)
