"""Dentiva (review 29): its plan runs a webinar but its tools had no webinar tool and its budget
said « no paid tool »; it goes to The Dentistry Show in May but the plan only said « Announce …
on the day, photos and stories on the spot », no stand and no meetings booked before it."""

from __future__ import annotations

from functools import cache

import pytest

from strategy_wizard.render import RenderOptions, render
from tests.conftest import persona, persona_inputs


@cache
def md(name: str, lang: str) -> str:
    text = render(persona(name, lang), "md", RenderOptions()).decode()
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("lang", "label", "line", "paid"),
    [
        ("en", "- **Webinars** — ", "- **Tools** — 4% · €600 — ", "about €50 a month"),
        ("fr", "- **Webinaires** — ", "- **Outils** — 4 % · 600 € — ", "environ 50 € par mois"),
    ],
)
def test_dentiva_s_webinars_get_a_tool_and_its_cost(lang: str, label: str, line: str, paid: str):
    text = md("dentiva-saas", lang)
    tool = next(x for x in text.splitlines() if x.startswith(label))
    assert "GoTo Webinar" in tool and ("LinkedIn Event" in tool or "Événement LinkedIn" in tool)
    budget = next(x for x in text.splitlines() if x.startswith(line))
    assert paid in budget and "GoTo Webinar" in budget, budget
    assert "No paid tool" not in text and "Aucun outil payant" not in text


def test_no_webinar_no_webinar_tool():
    assert "webinar" not in [t.category for t in persona("saltbush-parade", "en").tools]


@pytest.mark.parametrize(
    ("lang", "announce", "meetings"),
    [
        (
            "en",
            "**27 Mar 2027** — Announce “The Dentistry Show in Birmingham”, 6 weeks before",
            "meetings open to book",
        ),
        (
            "fr",
            "**27 mars 2027** — Annonce de « The Dentistry Show in Birmingham », 6 semaines avant",
            "la prise de rendez-vous ouverte",
        ),
    ],
)
def test_dentiva_s_trade_show_has_a_run_up(lang: str, announce: str, meetings: str):
    text = md("dentiva-saas", lang)
    line = next(x for x in text.splitlines() if announce in x)
    assert meetings in line, line
    # the days there are never given a day the answers do not say; the follow-up is
    assert "photos et stories sur place" not in line and "photos and stories" not in line
    # plan48 (review 31a, DN1): a fair given by its month says its run-up against its day, in
    # the announcement, never on dates counted from an assumed day
    assert (
        "dix jours après, chaque contact relancé" in line
        or "ten days after, every contact followed up" in line
    )


def test_a_show_is_a_trade_fair_only_for_a_seller_to_businesses():
    from strategy_wizard.engine.plan import named_fair
    from strategy_wizard.model.catalogue import load_catalogue

    kn = load_catalogue()
    name = "The Dentistry Show in Birmingham"
    assert named_fair(persona_inputs("dentiva-saas"), kn, name)
    assert not named_fair(persona_inputs("dentiva-saas", market="b2c"), kn, name)
