"""The editorial line: what to talk about, in what proportions, in what voice.

The shares follow the rule of the source material: at most one post in three about the offer, at
least half answering the audience's own questions, the rest curated from others and community.
Post ideas are built from the person's own words (problems, expertise, proofs, topics) so they
are specific to them, not generic tips.
"""

from __future__ import annotations

from itertools import zip_longest

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.strategy import Editorial, NetworkPlan, Pillar, Ritual


def shares(inputs: Inputs, kn: Catalogue) -> tuple[float, float, float]:
    th = kn.thresholds
    own = min(float(inputs["promo_share"] or 0) / 100, th.own_offer_share_max)
    own = round(own, 2)
    problems = max(th.audience_problem_share_min, round((1 - own) * 0.7, 2))
    curation = round(1 - own - problems, 2)
    return own, problems, curation


def build_editorial(
    inputs: Inputs, kn: Catalogue, active: list[NetworkPlan], words: Words
) -> Editorial:
    say = words
    own, problems, curation = shares(inputs, kn)
    personal = inputs["voice"] == "personal"
    address = (inputs["address_form"] or "vous") if words.loc.address_forms else None
    tone = say("tone_personal" if personal else "tone_brand")
    if address:
        tone += " " + say(f"tone_address_{address}")

    audience_problems = inputs.list("audience_problems")
    expertise = inputs.list("expertise")
    proofs = inputs.list("proof_points")
    topics = inputs.list("topics")
    offer = inputs["offer"] or ""

    problem_ideas = [say("idea_problem", problem=p) for p in audience_problems[:8]] or [
        say("idea_problem_generic")
    ]
    offer_ideas = [say("idea_proof", proof=p) for p in proofs[:6]]
    if offer:
        offer_ideas.append(say("idea_offer", offer=offer))
    offer_ideas = offer_ideas or [say("idea_offer_generic")]
    curation_ideas = [say("idea_topic", topic=t) for t in topics[:8]]
    curation_ideas += [say("idea_curation_generic")]

    pillars = [
        Pillar(
            key="audience_problems",
            name=say("pillar_audience_problems"),
            share=problems,
            ideas=problem_ideas,
        ),
        Pillar(key="own_offer", name=say("pillar_own_offer"), share=own, ideas=offer_ideas),
        Pillar(key="curation", name=say("pillar_curation"), share=curation, ideas=curation_ideas),
    ]

    rituals = [
        Ritual(
            what=say("ritual_publish", network=n.id, posts=n.posts_per_week),
            frequency=say("every_week"),
        )
        for n in active
        if n.posts_per_week > 0
    ]
    answer_within = min(
        float(inputs["response_time_hours"] or 24), kn.thresholds.slow_response_hours
    )
    rituals += [
        Ritual(what=say("ritual_answer", answer_within=answer_within), frequency=say("every_day")),
        Ritual(what=say("ritual_listen"), frequency=say("every_week")),
        Ritual(what=say("ritual_review"), frequency=say("every_month")),
    ]
    if inputs.list("relays"):
        rituals.append(Ritual(what=say("ritual_relays"), frequency=say("every_month")))

    post_ideas: list[str] = []
    for problem, skill in zip_longest(audience_problems, expertise):
        if problem and skill:
            post_ideas.append(say("post_problem_skill", problem=problem, skill=skill))
        elif problem:
            post_ideas.append(say("post_problem", problem=problem))
        elif skill:
            post_ideas.append(say("post_skill", skill=skill))
    post_ideas += [say("post_proof", proof=p) for p in proofs]
    post_ideas += [say("post_topic", topic=t) for t in topics]
    if not post_ideas:
        post_ideas = [say("post_generic_1"), say("post_generic_2"), say("post_generic_3")]
    return Editorial(
        tone=tone,
        address_form=address,
        pillars=pillars,
        own_offer_share=own,
        audience_problem_share=problems,
        curation_share=curation,
        rituals=rituals,
        post_ideas=post_ideas[:15],
    )
