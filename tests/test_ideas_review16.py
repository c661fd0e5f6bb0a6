"""Review 16, N4/N8: a role is never filmed as « a clip from the last edition »; a care unit's
photo shows no patient. (The rule putting a client's unused subject before any frame was
reverted: it displaced job offers, events and a law firm's live Q&A, five earlier reviews'
requirements; see the issue-12 note of 2026-11-30.)
"""

from __future__ import annotations

from strategy_wizard.model.answers import load_answers
from tests.conftest import PERSONAS, build


def test_a_care_photo_taken_at_work_shows_no_patient():
    s = build(load_answers(PERSONAS / "ch-val-de-saone-recrute.yaml"), lang="fr")
    ideas = [i for p in s.editorial.pillars for i in p.ideas] + s.editorial.post_ideas
    ideas += [p.idea for p in s.calendar if p.activity == "post"]
    at_work = [i for i in ideas if "en plein travail" in i and "photo" in i]
    # (since the merge with plan23 the four weeks may hold none: the frame itself is checked,
    # as the hospital's draw words it)
    from strategy_wizard.engine.wording import Words
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.model.catalogue import load_catalogue

    words = Words(load_bank(), load_catalogue(), "fr")
    words.variants = ("health_employer",)
    at_work.append(words("idea_craft_photo", headline="Soins en gériatrie"))
    assert all("sans patient ni résident reconnaissable" in i for i in at_work), at_work


def test_a_role_is_never_filmed_as_a_clip_from_the_last_edition():
    for lang, words in (("en", "last edition"), ("fr", "dernière édition")):
        s = build(load_answers(PERSONAS / "northbank-young-carers.yaml"), lang=lang)
        ideas = [i for p in s.editorial.pillars for i in p.ideas] + s.editorial.post_ideas
        ideas += [p.idea for p in s.calendar if p.activity == "post"]
        # (the Four Bridges Walk is an event: its last edition may be told)
        roles = [i for i in ideas if "befriender" in i.lower() or "bénévoles" in i.lower()]
        assert roles, "no befriender post to check"
        assert not any(words in i for i in roles), roles
