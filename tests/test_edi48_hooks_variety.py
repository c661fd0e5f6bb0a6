"""Raw answers are no posts and one skeleton does not carry the four weeks (review 31a D9, W9,
D10; review 31b G13): a topic's bracket of detail stays out of its headline, a topic on the
Google listing opens on the question people ask about it, an off-plan build is said as what it
changes for a buyer; each problem takes the next wording of its opening and of its answer, so
no opening or closing runs on more than two posts of the four weeks."""

import pytest

from tests.conftest import persona


def _posts(name: str, lang: str) -> list[str]:
    s = persona(name, lang)
    return [x.idea for x in s.calendar if x.activity == "post"]


def test_an_answer_s_bracket_stays_out_of_the_post():
    for lang in ("en", "fr"):
        posts = _posts("dentiva-saas", lang)
        assert any("decontamination and infection control" in p for p in posts)
        assert not any("HTM 01-05" in p for p in posts), lang
    # an answer in another language than the document's stays quoted once shortened
    fr = " ".join(_posts("dentiva-saas", "fr"))
    assert "«\u00a0dental decontamination and infection control\u00a0»" in fr


def test_topics_open_on_the_buyer_s_side():
    text = " | ".join(_posts("wellington-yards-condos", "en"))
    assert "a Google listing post, with a photo taken on site" not in text
    assert "explaining it, with one concrete example" not in text
    # the topic's raw label is never the post's opening as it stands (rows49: a visual titled
    # with the buyers' question)
    assert "Mid-rise construction in Guelph: one picture that shows it" not in text


@pytest.mark.parametrize(
    ("name", "lang", "skeletons"),
    [
        ("dentiva-saas", "en", ["Want to ", "Here is the answer in"]),
        ("dentiva-saas", "fr", ["Une question qu’on vous pose souvent", "Voici la réponse en"]),
    ],
)
def test_no_skeleton_on_more_than_two_posts(name: str, lang: str, skeletons: list[str]):
    posts = _posts(name, lang)
    for skeleton in skeletons:
        assert sum(skeleton in p for p in posts) <= 2, (skeleton, posts)
