"""Review 28new, D9: Dentiva is a founder and a marketer sharing 8 h a week, and its routine was
one 8 h block with no one named. Where the answers give two roles (the founder speaking in her
own name to firms, a small team beside her), the week says what is hers and what is the team's,
and every network's hours and the week's total stay what they were."""

from __future__ import annotations

from tests.conftest import persona_json, persona_render, persona_with


def _hours(doc: dict, network: str | None = None) -> float:
    return sum(r["hours"] for r in doc["routine"] if network is None or r["network"] == network)


def test_the_founders_share_is_named_and_the_week_still_adds_up() -> None:
    doc = persona_json("dentiva-saas", "en")
    mine = [r for r in doc["routine"] if r["label"] == "You, in your own name"]
    assert mine and all(r["network"] == "linkedin" for r in mine)
    assert sum(r["hours"] for r in mine) == 2.75
    said = mine[0]["what"]
    assert "every comment and message on your profile" in said
    assert "rewritten from the team's drafts" in said
    assert "The rest of the week, about 5 h 15 min, is the team's" in said
    assert "your newsletter" in said
    assert "anything published in your name goes to you first" in said
    assert _hours(doc) == 8
    assert _hours(doc, "linkedin") == 5
    # the summary page gives her share a row of its own, inside the total (review 30a, D4)
    md = persona_render("dentiva-saas", "en", "md")
    assert "| *of which you, in your own name* | *2 h 45 min* |" in md


def test_in_french_too() -> None:
    doc = persona_json("dentiva-saas", "fr")
    mine = [r for r in doc["routine"] if r["label"] == "Vous, en votre nom"]
    assert sum(r["hours"] for r in mine) == 2.75
    assert "revient à l’équipe" in mine[0]["what"]


def test_one_person_alone_has_no_share_to_name() -> None:
    s = persona_with("dentiva-saas", team="solo")
    assert not [r for r in s.routine if r.label]
