"""Review 13a (#5) and 13b (#3, #6, #7): posts read as a charity's trustees, a law firm's managing
partner, a shop owner and a hospital's communications head would read them before they go out.

- a volunteer's question ends on no event sign-up; a refusal is asked back, never « …: a question
  you are often asked »;
- a proof with no number is never told "the figure first"; a law firm ends one post in three at
  most on its offer;
- an online-only shop's testimony says nothing of « chez vous »; a tour guest says more than
  "what they found with you"; a gift date is a gift idea, not a scene filmed « sur le vif »;
- a plan whose objective is recruitment posts its job offer, a member of staff and its proofs.
"""

from __future__ import annotations

import pytest

from tests.conftest import every_idea, persona, posts


@pytest.mark.parametrize("lang", ["en"])
def test_a_volunteers_question_never_ends_on_the_events_sign_up(lang: str):
    """13a #5: « Wondering how much time volunteering really takes and whether a DBS check is
    needed? … To act: sign up for the Four Bridges Walk »."""
    s = persona("northbank-young-carers", lang)
    asked = [x.idea for x in posts(s) if "DBS" in x.idea]
    assert asked
    for idea in asked:
        assert "Four Bridges Walk" not in idea, idea


def test_a_refusal_is_asked_back_not_filed_as_an_often_asked_question():
    """13a #5: « Not being asked for money in every post: a question you are often asked »."""
    s = persona("northbank-young-carers", "en")
    said = [i for i in every_idea(s) if "asked for money" in i]
    # (since review 17, NEW-3, the wish is a rule of the line, never a post: tests/
    # test_ideas_review18.py; anywhere it is still said, it is asked back)
    for idea in said:
        assert "a question you are often asked" not in idea, idea
        assert idea.startswith("You would rather not be asked for money in every post?"), idea


def test_a_proof_with_no_number_is_never_told_the_figure_first():
    """13b #6: « Two partners certified by the Law Society of Ontario…: the figure first »."""
    s = persona("employment-law-toronto", "en")
    certified = [i for i in every_idea(s) if "certified by the Law Society" in i]
    assert certified
    for idea in certified:
        assert "figure" not in idea, idea


def test_a_law_firm_ends_one_post_in_three_at_most_on_its_offer():
    """13b #6: « Last line, the offer: book a free 20-minute intro call » on 6 of 12 LinkedIn
    posts, four of them audience questions."""
    s = persona("employment-law-toronto", "en")
    linkedin = [x.idea for x in posts(s, "linkedin")]
    sold = [i for i in linkedin if "Last line" in i]
    assert linkedin and 3 * len(sold) <= len(linkedin), (len(sold), len(linkedin))


def test_an_online_shops_testimony_has_no_chez_vous_and_its_gift_date_is_a_gift():
    """13b #7: « ce qu'on trouve chez vous » for a shop selling online only; « La Saint-Valentin :
    vingt secondes filmées sur le vif, sans mise en scène »."""
    s = persona("gummies-lyon-ados", "fr")
    said = every_idea(s)
    assert not [i for i in said if "chez vous" in i]
    valentine = [i for i in said if "Saint-Valentin" in i]
    assert valentine
    for idea in valentine:
        assert "sur le vif" not in idea, idea
    assert [i for i in valentine if "commander" in i], valentine


def test_a_tour_guest_says_more_than_what_they_found_with_you():
    """13b #7: "Fifteen seconds in which a recent guest says… what they found with you", "the
    memory it left", "Sea-kayak safety and guiding: twenty seconds of last season's best
    moment"."""
    s = persona("reef-kayak-port-douglas", "en")
    stock = ("what they found with you", "the memory it left", "last season's best moment")
    assert not [i for i in every_idea(s) if any(w in i for w in stock)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_recruitment_plan_posts_its_job_offer_a_staff_voice_and_its_proofs(lang: str):
    """13b #3: in the 21 posts of a hospital recruiting nurses, no « Nous recrutons », no staff
    testimonial, and « Crèche hospitalière de 60 places » and « 92 % … toujours en poste » never
    posted."""
    s = persona("ch-val-de-saone-recrute", lang)
    said = [x for x in posts(s) if x.pillar == "own_offer"]
    hiring = "Nous recrutons" if lang == "fr" else "We are hiring"
    jobs = [x for x in said if x.idea.startswith(hiring)]
    assert len(jobs) >= 2, [x.idea for x in said]
    first = min(x.date for x in jobs)
    assert (first - s.calendar[0].date).days <= 14
    apply = "postuler" if lang == "fr" else "apply"
    assert all(apply in x.idea for x in jobs), [x.idea for x in jobs]
    staff = "membre de l'équipe" if lang == "fr" else "member of staff"
    voices = [x for x in said if staff in x.idea.replace("’", "'")]
    assert voices and (min(x.date for x in voices) - s.calendar[0].date).days <= 14
    text = " ".join(x.idea for x in jobs)
    # the crèche in a job post, or in its own post when the 14 care workers trained as nurses
    # (review 14, #3, no longer withheld) take the third job post's slot
    every = " ".join(x.idea for x in posts(s)).lower()
    assert "crèche hospitalière" in text.lower() or "crèche de l" in every, text
    assert "92 %" in text, text
