"""A public body's offer pillar before an election lists no figure under a rule that says
« jamais un chiffre » (review 31b, EN2); a load of calls received is held back as an internal
workload, never as « la taille de vos listes » (review 31b, EN3)."""

from tests.conftest import persona, persona_with


def _offer(s: object):  # type: ignore[no-untyped-def]
    return next(p for p in s.editorial.pillars if p.key == "own_offer")  # type: ignore[attr-defined]


def test_no_figure_listed_under_the_pre_election_rule():
    pillar = _offer(persona("eau-val-armance", "fr"))
    assert "jamais un chiffre" in pillar.note
    assert not any("99,6" in i for i in pillar.ideas), pillar.ideas


def test_a_call_load_is_held_back_as_a_workload():
    for lang, said, wrong in (
        ("fr", "charge interne", "la taille de vos listes"),
        ("en", "internal workload", "the size of your lists"),
    ):
        note = _offer(persona("eau-val-armance", lang)).note
        assert said in note and wrong not in note, note


def test_a_mailing_list_s_size_keeps_its_reason():
    s = persona_with(
        "eau-val-armance",
        "fr",
        proof_points=["Liste e-mail de 4 000 abonnés à la newsletter", "Astreinte 24 h sur 24"],
    )
    assert "la taille de vos listes" in _offer(s).note
