"""Review 33 (a, b, c), the mix as the document shows it: role labels that say what the plan
does with a channel, a chart legend that never overprints, a public body's listing and letter."""

from __future__ import annotations

import re

import pytest

from strategy_wizard.render.charts import legend_layout, legend_width, network_bars
from strategy_wizard.render.view import build_view
from tests.conftest import network, persona


def _card(s, name: str) -> dict:
    """The network's row in the table of channels not kept (where the chart's label comes from)."""
    v = build_view(s, set(), True, True, False)
    rows = v["networks"]["others"] + v["networks"]["kept"]
    return next(r for r in rows if r["name"] == name)


@pytest.mark.parametrize(
    ("name", "nid", "label", "refused"),
    [
        ("etude-notariale-quimperle", "Newsletter", "Appui (par séance)", "En veille"),
        ("harbour-paws-dunedin", "WhatsApp", "Closed group", "Set aside"),
        ("vents-du-condroz", "WhatsApp", "Groupe fermé", "Écarté"),
    ],
)
def test_a_channel_the_plan_uses_is_never_labelled_watch_or_set_aside(
    name: str, nid: str, label: str, refused: str
) -> None:
    # review 33c, N-d and H-e: « Newsletter En veille 62 — … une lettre par séance » and
    # « WhatsApp Set aside 47 — Here it holds a closed group for your active volunteers »
    lang = "en" if label.isascii() else "fr"
    s = persona(name, lang=lang)
    row = _card(s, nid)
    assert row["role_label"] == label != refused
    chart = build_view(s, set(), True, True, False)["networks"]["chart"]
    if any(r["name"] == nid for r in chart):  # the chart shows the closest refused only
        assert f">{label}<" in str(network_bars(chart, "#123456", "#abcdef"))


def test_the_session_letter_and_the_volunteers_group_have_their_time_in_the_week() -> None:
    # review 33c, N-d: « 20 min per session shown in the routine »; H-e: the group's time
    notary = persona("etude-notariale-quimperle", lang="fr")
    letter = [r for r in notary.routine if r.label == "Lettre de séance"]
    assert letter and "une vingtaine de minutes" in letter[0].what
    assert sum(r.hours for r in notary.routine) == 2  # no hour added to the week
    rescue = persona("harbour-paws-dunedin", lang="en")
    assert any("closed WhatsApp group" in r.what for r in rescue.routine if r.network is None)


def _boxes(svg: str) -> list[tuple[float, float, float]]:
    """Each legend item's (x start, x end, baseline): its swatch to its label's measured end."""
    items = re.findall(r'<text x="([\d.]+)" y="([\d.]+)" font-size="8.5">([^<]+)</text>', svg)
    return [(float(x) - 12, float(x) + legend_width(t), float(y)) for x, y, t in items]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_chart_legend_never_overprints_a_label(lang: str) -> None:
    # review 33a, DN6: « Replays uniquer▮Écarté » on Dentiva's FR chart
    s = persona("dentiva-saas", lang=lang)
    rows = build_view(s, set(), True, True, False)["networks"]["chart"]
    svg = str(network_bars(rows, "#1f4e79", "#2e86c1"))
    boxes = _boxes(svg)
    assert len(boxes) >= 3
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if a[2] == b[2]:
                assert a[1] <= b[0] or b[1] <= a[0], (a, b)
    width = float(re.search(r'viewBox="0 0 ([\d.]+)', svg).group(1))
    assert all(end <= width for _, end, _ in boxes)


def test_long_legends_wrap_to_a_second_row() -> None:
    placed = legend_layout(["Réseau principal très long"] * 6, 150, 510)
    assert max(line for _, line in placed) >= 1


def test_replays_only_has_its_own_tint_not_a_grey() -> None:
    # review 33a, DN6: the replays grey and the set-aside grey were nearly the same
    rows = [
        {"name": "A", "score": 70, "role": "replays", "role_label": "Replays only"},
        {"name": "B", "score": 60, "role": "avoid", "role_label": "Set aside"},
    ]
    svg = str(network_bars(rows, "#1f4e79", "#2e86c1"))
    fills = re.findall(
        r'<rect x="150" y="[\d.]+" width="[\d.]+" height="11" fill="(#[0-9a-f]+)"', svg
    )
    assert fills[0] != fills[1] and fills[0] not in ("#c3ccd5", "#d9dee3", "#9aa5b1")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_public_bodys_listing_is_its_front_desk_and_its_letter_keeps_no_one(lang: str) -> None:
    # review 33b, E3: « un lieu que l'on visite … recherches « près de chez moi » » and
    # « votre second objectif (fidéliser) » for a water utility whose users cannot leave
    s = persona("eau-val-armance", lang=lang)
    listing = " ".join(r.text for r in network(s, "google_business").reasons)
    letter = " ".join(r.text for r in network(s, "newsletter").reasons)
    if lang == "fr":
        assert "près de chez moi" not in listing and "accueil" in listing
        assert "horaires" in listing and "urgences" in listing
        assert "fidéliser" not in letter and "ce qu’ils veulent savoir" in letter
    else:
        assert "near me" not in listing and "front desk" in listing
        assert "emergency" in listing
        assert "loyalty" not in letter and "what they want to know" in letter


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cross_posted_account_has_the_minutes_its_posts_take(lang: str) -> None:
    # review 33a, WN6: « Instagram Supporting · 15 min · 3 posts a week »
    s = persona("wellington-yards-condos", lang=lang)
    insta, main = network(s, "instagram"), network(s, "facebook")
    assert insta.posts_per_week == main.posts_per_week == 3
    assert insta.hours_per_week * 60 >= 10 * insta.posts_per_week
    said = " ".join(r.text for r in insta.reasons)
    assert ("lien de la bio" if lang == "fr" else "link in your bio") in said
    assert ("30 min par semaine" if lang == "fr" else "30 min a week") in said
    week = {r.network: 0.0 for r in s.routine}
    for r in s.routine:
        week[r.network] += r.hours
    assert week["instagram"] == insta.hours_per_week == 0.5


def test_no_kept_channel_is_said_to_do_little_for_the_objective() -> None:
    # review 33c item 5: a kept channel's card never argues against its own role, and a channel
    # the plan uses (a letter a session, a closed group, replays) never reads « Écarté »
    from pathlib import Path

    used = {"session_letter", "group_relay", "coordination_group", "replay_home"}
    for path in sorted(Path("tests/personas").glob("*.yaml")):
        s = persona(path.stem, lang="fr")
        v = build_view(s, set(), True, True, False)["networks"]
        labels = {r["name"]: r["role_label"] for r in v["others"]}
        for n in s.networks:
            codes = [r.code for r in n.reasons]
            said = " ".join(r.text for r in n.reasons)
            if n.role in ("primary", "secondary"):
                against = "refused_objective" in codes or "sert peu votre objectif" in said
                assert not against or any(c.startswith("tradeoff") for c in codes), (
                    path.stem,
                    n.id,
                )
            elif used & set(codes) and n.name in labels:
                assert labels[n.name] not in ("Écarté", "En veille"), (path.stem, n.id)
