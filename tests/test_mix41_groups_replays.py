"""Review 28new, D15 (Dentiva, a B2B SaaS for dental practices in Ireland and the UK): «
Facebook … Set aside 43 — it addresses your market poorly, businesses (B2B) » while practice
managers trade advice in large private Facebook groups; and « YouTube Watch — keep the account
up to date and answer what comes in » when its only job is to host the webinar replay. What a
reader must see: Facebook listened to, in the groups, as a person, never pitching; YouTube the
home of the replays, with no rhythm and nothing to watch."""

from __future__ import annotations

from tests.conftest import network, persona_json, persona_with


def _row(doc: dict, nid: str) -> dict:
    return next(n for n in doc["networks"] if n["id"] == nid)


def _said(row: dict) -> str:
    return " ".join(r["text"] for r in row["reasons"])


def test_dentiva_listens_in_the_practice_managers_groups_and_hosts_replays() -> None:
    doc = persona_json("dentiva-saas", "en")
    facebook = _row(doc, "facebook")
    assert facebook["role"] == "listen"
    said = _said(facebook)
    assert "private groups of their trade (practice managers' groups" in said
    assert "join them in your own name" in said
    assert "Never pitch" in said
    assert "addresses your market poorly" not in said
    youtube = _row(doc, "youtube")
    assert youtube["role"] == "avoid"
    said = _said(youtube)
    assert said.startswith("No publishing rhythm: the account only hosts your webinar replays")
    assert "answer what comes in" not in said
    listen = next(r for r in doc["routine"] if r["activity"] == "listen")
    assert "Facebook" in listen["what"] and "YouTube" not in listen["what"]


def test_the_french_document_says_the_same() -> None:
    doc = persona_json("dentiva-saas", "fr")
    assert _row(doc, "facebook")["role"] == "listen"
    assert "groupes privés de leur métier" in _said(_row(doc, "facebook"))
    assert "Jamais de démarchage" in _said(_row(doc, "facebook"))
    assert _said(_row(doc, "youtube")).startswith(
        "Pas de rythme de publication\u00a0: le compte sert seulement à héberger les"
        " enregistrements de vos webinaires"
    )


def test_groups_only_where_the_answers_put_them() -> None:
    # Facebook neither run nor considered: nothing in the answers says the buyers are there
    s = persona_with("dentiva-saas", considered_networks=["instagram", "x"])
    assert network(s, "facebook").role == "avoid"
    # no trade known for its groups among the buyers: no groups either
    s = persona_with("dentiva-saas", audience_description="Independent dental practices")
    assert network(s, "facebook").role == "avoid"
    # the answers saying it outright, whatever the trade
    s = persona_with(
        "dentiva-saas",
        audience_description="Owners of independent practices, who swap tips in Facebook groups",
    )
    assert network(s, "facebook").role == "listen"
    assert "your audience talks in groups there" in network(s, "facebook").reasons[0].text


def test_no_webinar_no_replay_library() -> None:
    s = persona_with(
        "dentiva-saas",
        topics=["what inspectors ask for in 2027", "decontamination log mistakes"],
        desired_action="Book a 20-minute demo from the website",
    )
    codes = [r.code for r in network(s, "youtube").reasons]
    assert "replay_home" not in codes
    assert "current_keep" in codes  # an account run: kept up to date, as before
