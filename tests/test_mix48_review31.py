"""Review 31 (a and b), the mix's cards and refusals: what a reader of the document sees."""

from __future__ import annotations

import pytest

from tests.conftest import network, persona, persona_with


def _texts(s, nid: str) -> list[str]:
    return [r.text for r in network(s, nid).reasons]


def test_a_one_way_channel_informs_and_is_not_credited_with_a_response_time() -> None:
    # review 31b, EN1: « Ce canal sert bien votre objectif (aider et répondre aux clients) » on a
    # one-way WhatsApp channel, and « grâce à Facebook, à votre fiche Google, à WhatsApp et à
    # votre newsletter » for a Facebook response time
    s = persona("eau-val-armance", lang="fr")
    wa = network(s, "whatsapp")
    assert wa.role == "secondary"
    said = " ".join(_texts(s, "whatsapp"))
    assert "sert bien votre objectif" not in said
    assert "ce canal sert à informer" in said
    channels = s.objective.channels
    assert "facebook" in channels
    assert "whatsapp" not in channels and "newsletter" not in channels


def test_an_objective_not_answered_keeps_every_channel_in_its_sentence() -> None:
    # the same utility aiming at awareness: a channel that informs does move that metric
    # (with a metric that is no response time: one brought down moves only where it is read,
    # kpis.objective_channels, review 31b E1)
    s = persona_with(
        "eau-val-armance",
        lang="fr",
        objective="loyalty",
        secondary_objectives=["awareness"],
        target={"metric": "Usagers inscrits à l'espace en ligne", "baseline": 9000, "value": 12000},
    )
    kept = [n.id for n in s.networks if n.role in ("primary", "secondary")]
    assert set(s.objective.channels) == set(kept)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_advocates_group_card_agrees_with_the_first_step(lang: str) -> None:
    # review 31b, V3: « WhatsApp Écarté 46 — il sert peu votre objectif (faire recommander) »
    # while step 2 gathers the ambassadors « (WhatsApp ou e-mail) »
    s = persona("vents-du-condroz", lang=lang)
    said = " ".join(_texts(s, "whatsapp"))
    assert "objectif" not in said and "objective" not in said
    group = "groupe privé" if lang == "fr" else "private group"
    mail = "e-mail"
    assert group in said and mail in said
    assert any("WhatsApp" in step for step in s.first_steps)


def test_a_publishers_blog_is_its_site_not_a_channel_set_aside() -> None:
    # review 31b, GN1: « Blog — Set aside 59 — One channel of your own at a time » for a
    # recipe website whose site is the destination of every pin
    s = persona("griddle-and-gorse", lang="en")
    said = " ".join(_texts(s, "blog"))
    assert "One channel of your own at a time" not in said
    assert "Your site is already the destination of every post" in said


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_linkedin_refused_for_consumers_says_how_the_brokers_are_reached(lang: str) -> None:
    # review 31a, W12: « It addresses your market poorly, consumers (B2C) » while REALTORS and
    # mortgage brokers are a named audience and relay
    s = persona("wellington-yards-condos", lang=lang)
    assert network(s, "linkedin").role == "avoid"
    said = " ".join(_texts(s, "linkedin"))
    pros = "professionnels qui vous recommandent" if lang == "fr" else "professionals who recommend"
    assert pros in said


def test_a_team_cap_refusal_reads_as_french() -> None:
    # review 31a, CN1: « mieux vaut bien tenir Instagram que davantage à moitié »
    s = persona("cire-et-chine", lang="fr")
    said = [t for n in s.networks for t in _texts(s, n.id) if "à moitié" in t]
    assert said
    assert all("que d’en tenir davantage à moitié" in t for t in said)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pinterest_reaches_women_of_25_to_49_and_says_no_score_mid_sentence(lang: str) -> None:
    # review 31a, C6: « bien présent chez les 25 à 34 ans, peu chez les 35 à 49 ans » (Pinterest's
    # core is adults of 25 to 49) and « une épingle travaille des mois (64/100) »
    s = persona("cire-et-chine", lang=lang)
    said = _texts(s, "pinterest")
    joined = " ".join(said)
    assert "35 à 49 ans" not in joined and "35-49" not in joined
    assert ("25 à 49 ans" if lang == "fr" else "25-49") in joined
    searched = next(r.text for r in network(s, "pinterest").reasons if r.code == "searched")
    assert "/100" not in searched


@pytest.mark.parametrize(
    ("name", "posts", "code"),
    [
        # review 31b, VN4: « La lettre de la semaine » to 3,100 coopérateurs
        ("vents-du-condroz", 0.25, "letter_cap_members"),
        # review 31b, E3: a utility's weekly letter nobody asked for, its list built from zero
        ("eau-val-armance", 0.25, "letter_cap_public"),
        # review 31a, D7: a B2B letter monthly today jumped to weekly, with a demo button
        ("dentiva-saas", 0.5, "letter_cap_b2b"),
    ],
)
def test_a_letter_keeps_the_rhythm_its_readers_read(name: str, posts: float, code: str) -> None:
    s = persona(name, lang="fr")
    letter = network(s, "newsletter")
    assert letter.posts_per_week == posts
    assert code in [r.code for r in letter.reasons]
    assert "letter_weekly" not in [r.code for r in letter.reasons]


def test_a_consumer_letter_is_not_capped() -> None:
    # a b2c business's letter keeps the rhythm its hours give (the caps are for their readers)
    s = persona_with("dentiva-saas", lang="en", market="b2c")
    letter = network(s, "newsletter")
    assert not any(r.code.startswith("letter_cap") for r in letter.reasons)


def test_an_audience_in_belgium_reads_belgian_figures_not_the_closest_french_one() -> None:
    # review 31b, V8/VN2: Instagram, TikTok and X on « Digital 2024: France », labelled « chiffre
    # français, le plus proche disponible pour un public en Belgique » beside the Belgian report
    s = persona("vents-du-condroz", lang="fr")
    for nid, fact in (("instagram", "ig_be_2025"), ("tiktok", "tt_be_2025"), ("x", "x_be_2025")):
        assert fact in {f for r in network(s, nid).reasons for f in r.facts}, nid
    said = [x.measured for x in s.sources]
    assert not any("le plus proche disponible" in m for m in said)
    assert not any(x.fallback and x.geo == "fr" and x.fact for x in s.sources if "reach" in x.id)
