"""Review 29a #1, #2: the calendar keeps the plan's dated milestones (Wellington's registrant
list, preview invitation and brokers; Dentiva's registrations opening) and never tells to leave
a network the mix keeps for the replays."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import milestones, persona, posts

LANGS = ["en", "fr"]


@pytest.mark.parametrize("lang", LANGS)
def test_each_dated_milestone_of_the_four_weeks_has_its_row(lang: str) -> None:
    """Wellington: the import (15 Jan), the first issue (25 Jan) and the brokers' invitation
    (1 Feb) are rows on their day; Dentiva's registrations opening (3 Feb) too."""
    w = persona("wellington-yards-condos", lang)
    texts = {
        "import": ("registrant list", "liste des inscrits"),
        "issue": ("preview", "avant-première"),
        "brokers": ("brokers", "agents immobiliers"),
    }
    for name, words in texts.items():
        m = next(
            m
            for m in milestones(w)
            if any(word in m.what for word in words)
            and m.date < date(2027, 2, 13)  # the preview, a Saturday (plan46: W4)
            and (name != "issue" or "newsletter" in m.what)
        )
        same_day = [x for x in w.calendar if x.date == m.date]
        assert any(any(word in x.idea for word in words) for x in same_day), (name, m)
    first = min(x.date for x in posts(w, "newsletter"))
    assert first == date(2027, 1, 29)
    letter = next(x for x in posts(w, "newsletter") if x.date == first)
    assert "13" in letter.idea and ("preview" in letter.idea or "avant-première" in letter.idea)
    d = persona("dentiva-saas", lang)
    opening = next(m for m in milestones(d) if "LinkedIn" in m.what and "webin" in m.what)
    assert any(x.date == opening.date and x.activity == "setup" for x in d.calendar)


@pytest.mark.parametrize("lang", LANGS)
def test_a_registrant_list_is_imported_not_rebuilt_with_a_qr_code(lang: str) -> None:
    w = persona("wellington-yards-condos", lang)
    setup = [x for x in w.calendar if x.network == "newsletter" and x.activity == "setup"]
    assert setup
    for x in setup:
        assert not re.search(r"QR|counter|comptoir|accueil", x.idea), x.idea
        assert x.date == date(2027, 1, 15)


@pytest.mark.parametrize("lang", LANGS)
def test_no_sign_up_link_before_registrations_open(lang: str) -> None:
    d = persona("dentiva-saas", lang)
    opening = next(m for m in milestones(d) if "LinkedIn" in m.what and "webin" in m.what)
    early = [x for x in posts(d) if x.date < opening.date]
    for x in early:
        assert not re.search(r"sign-up link|lien pour s.inscrire", x.idea), x.idea
    said = [x for x in early if "Inspection-ready" in x.idea]
    assert said and all(("3 February" in x.idea or "3 février" in x.idea) for x in said)


@pytest.mark.parametrize("lang", LANGS)
def test_a_network_kept_for_the_replays_is_never_left(lang: str) -> None:
    d = persona("dentiva-saas", lang)
    youtube = [x for x in d.calendar if x.network == "youtube"]
    assert youtube
    for x in youtube:
        assert not re.search(r"[Bb]efore leaving|[Aa]vant de quitter", x.idea), x.idea
    assert any("playlist" in x.idea for x in youtube)


VET = "clinique-veto-bocage"


@pytest.mark.parametrize("lang", LANGS)
def test_the_slots_left_post_is_weekly_before_the_saturday(lang: str) -> None:
    """Vet: « les créneaux encore libres samedi » every week from its first, before Saturday."""
    s = persona(VET, lang)
    left = [x for x in posts(s, "facebook") if "24" in x.idea and x.pillar == "own_offer"]
    weeks = {x.date.isocalendar()[1] for x in left}
    assert len(weeks) >= 3, [x.idea for x in left]
    assert all(x.date.isoweekday() < 6 for x in left)


@pytest.mark.parametrize("lang", LANGS)
def test_cant_make_it_goes_out_before_the_session_never_after(lang: str) -> None:
    s = persona(VET, lang)
    asked = [x for x in posts(s) if re.search(r"Empêché|Can't make it|Cannot make it", x.idea)]
    assert asked
    assert all(x.date.isoweekday() < 6 for x in asked), [(x.date, x.idea[:40]) for x in asked]
