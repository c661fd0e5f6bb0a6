"""The verdict's rules, in their order of precedence (product brief §2)."""

from __future__ import annotations

from tests.conftest import strategy_from


def test_fix_first_wins_over_everything():
    s = strategy_from(offer_ready="no", hours_per_week=0, run_by="intern")
    assert s.verdict == "fix_first"
    # participation_not_needed follows the verdict, which is not not_needed here
    assert "participation_not_needed" not in {w.id for w in s.warnings}


def test_no_hours_means_not_needed():
    s = strategy_from(hours_per_week=0)
    assert s.verdict == "not_needed"
    assert all(n.hours_per_week == 0 for n in s.networks)
    assert not s.active_networks()


def test_no_fitting_social_network_means_not_needed_and_points_to_owned_channels():
    # An industrial B2B firm whose buyers are older and who can only write: nothing social fits.
    s = strategy_from(
        market="b2b",
        sector="b2b_industry",
        audience_types=["partners"],
        audience_ages=["65+"],
        objective="loyalty",
        formats=["text"],
        secondary_objectives=None,
        audience_geo="local",
        current_networks=None,
        relays=None,
    )
    assert s.verdict == "not_needed", [(n.id, n.score) for n in s.networks]
    active = s.active_networks()
    assert active and all(n.kind != "social" for n in active)
    assert all(n.role in ("listen", "avoid") for n in s.networks if n.kind == "social")


def test_a_warning_turns_go_into_adjust():
    assert strategy_from().verdict == "go"
    assert strategy_from(run_by="intern").verdict == "adjust"
    # a critical warning means fixing the basics first (product brief §2, updated)
    assert strategy_from(negative_feedback="delete").verdict == "fix_first"


def test_an_info_warning_alone_does_not_turn_go_into_adjust():
    s = strategy_from()
    assert all(w.severity != "info" for w in s.warnings)
    assert s.verdict == "go"


def test_not_needed_wins_over_adjust():
    s = strategy_from(hours_per_week=0, run_by="intern")
    assert s.verdict == "not_needed"
