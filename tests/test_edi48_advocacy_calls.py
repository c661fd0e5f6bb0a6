"""An advocacy plan whose action is a member passing the word on asks its readers to forward
the post, never to fill the subscription form (review 31b, VN1); thanks, others' news and the
answer to worried neighbours carry no call at all; a post about the shares a plan invites to
subscribe under the finance rules recalls the risk in one line (review 31b, V4 residue). A
petition, whose action is to sign, keeps its own call."""

from tests.conftest import persona, persona_with


def _posts(s: object) -> list[str]:
    return [x.idea for x in s.calendar if x.activity == "post"]  # type: ignore[attr-defined]


def test_the_cooperative_s_posts_ask_members_to_forward_them():
    posts = _posts(persona("vents-du-condroz", "fr"))
    text = " | ".join(posts)
    assert "Pour agir : le formulaire de souscription" not in text
    assert "En bas, le bouton : le formulaire de souscription" not in text
    # on Facebook a post is shared, never « transférez-le » (review 33b, VN6)
    assert (
        "partagez cette publication avec un proche, ou envoyez-la-lui en message avec votre code"
        " de parrainage" in text
    ), text
    assert "transférez-le" not in text
    en = " | ".join(_posts(persona("vents-du-condroz", "en")))
    assert (
        "share this post with someone close to you, or send it to them in a message with your" in en
    )


def test_thanks_others_events_and_answers_to_neighbours_carry_no_call():
    for post in _posts(persona("vents-du-condroz", "fr")):
        if "remerciant nommément" in post or "organisé par d’autres" in post or "riverains" in post:
            assert "Pour agir" not in post and "En bas" not in post, post


def test_a_post_about_the_shares_recalls_the_risk():
    posts = _posts(persona("vents-du-condroz", "fr"))
    for post in posts:
        if "Dividende" in post or "placer 250" in post:
            assert "perdre tout ou partie du capital placé" in post, post
    unrelated = [p for p in posts if "22 toitures" in p]
    assert unrelated and all("capital" not in p for p in unrelated)


def test_no_risk_line_without_the_finance_rules():
    posts = _posts(persona_with("vents-du-condroz", "fr", regulated=["none"]))
    assert not any("capital placé" in p for p in posts)


def test_a_petition_keeps_its_own_call():
    text = " | ".join(_posts(persona("collectif-velo-liege", "fr")))
    assert "transférez ce message" not in text
    assert "pétition" in text.lower()


def test_a_quoted_answer_about_the_shares_recalls_the_risk_in_english():
    posts = _posts(persona("vents-du-condroz", "en"))
    quoted = [p for p in posts if "placer 250" in p or "Dividende" in p]
    assert quoted and all("capital they put in" in p for p in quoted), quoted
