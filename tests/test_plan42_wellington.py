"""Plan 42 (review 28 of 30 November 2026, #6 and #14): Wellington Yards, an off-plan condo
developer whose account an agency runs.

#6: the 8 February 2027 preview was never announced, and the registrant list was never imported:
the plan now imports the list (those who agreed) in the first week, sends a first issue that
invites to the preview about 25 January and the brokers' invitation about 1 February.
#14: « Paid tools, capped at about $1,200 a month » ($14,000 a year) for an account an agency
runs, whose tools are in its fee: the line is at most about $300 a month."""

from __future__ import annotations

from datetime import date

import pytest

from strategy_wizard.engine.money import monthly_cap
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import milestones, persona, persona_with

WELLINGTON = "wellington-yards-condos"
PREVIEW = date(2027, 2, 13)  # a Saturday, the centre open (plan46: W4, was 8 Feb, a Monday)


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ").replace("\u2019", "'")


@pytest.mark.parametrize(
    ("lang", "imported", "issue", "brokers"),
    [
        (
            "en",
            "Import the registrant list",
            "invitation to the 13 February 2027 preview (date to confirm",
            "brokers",
        ),
        (
            "fr",
            "Importer la liste des inscrits",
            "l'invitation à l'avant-première du 13 février",
            "agents",
        ),
    ],
)
def test_the_preview_is_announced(lang: str, imported: str, issue: str, brokers: str) -> None:
    ms = [(m.date, _plain(m.what)) for m in milestones(persona(WELLINGTON, lang))]
    imports = [d for d, w in ms if imported in w]
    assert imports and imports[0] <= date(2027, 1, 17)
    assert any(d == date(2027, 1, 29) and issue in w for d, w in ms), ms[:8]
    # brokers three weeks ahead, before the registrants (plan46: W4)
    assert any(d == date(2027, 1, 22) and brokers in w and "13 " in w for d, w in ms)
    # the first issue is the invitation, not a second « first issue » after the preview
    firsts = [d for d, w in ms if "First newsletter issue" in w or "Premier numéro" in w]
    assert firsts == [date(2027, 1, 29)]
    invites = [d for d, w in ms if brokers in w and ("invite" in w or "inviter" in w)]
    assert invites and all(d < PREVIEW for d in invites)
    assert all(d < PREVIEW for d, w in ms if imported in w)


def test_an_agency_run_account_pays_no_agencys_tools() -> None:
    kn = load_catalogue()
    assert monthly_cap("tools", 12000, kn, "agency") <= 300
    assert monthly_cap("tools", 12000, kn, "dedicated_team") == 1200  # a team's own tools


def test_wellingtons_tools_line_is_at_most_300_a_month() -> None:
    s = persona(WELLINGTON, "en")
    tools = next(sp for sp in s.budget.split if sp.category == "tools")
    assert tools.eur_per_year <= 12 * 350, tools.eur_per_year
    assert "$1,200" not in tools.why and "about $300 a month" in tools.why


def test_the_same_developer_with_its_own_team_keeps_its_tools() -> None:
    s = persona_with(WELLINGTON, "en", team="dedicated_team", run_by="staff")
    tools = next(sp for sp in s.budget.split if sp.category == "tools")
    assert tools.eur_per_year > 12 * 350
