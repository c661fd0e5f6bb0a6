"""The editorial line: what to talk about, in what proportions, in what voice, with which habits.

The shares follow the source material: at most one post in three about the offer, at least half
answering the audience's own questions, the rest curated from others and community life. Post
ideas are built from the person's own words (problems, proofs, topics, expertise) and shaped by
the formats they can make, so that each could be posted tomorrow. The rituals are the source
material's: answer everything, credit others, a compliment a week to someone you follow, an
opinion of your own every few days when a person speaks, most shared links pointing to others,
and on a blog two articles in three answering the audience's problems.
"""

from __future__ import annotations

from itertools import cycle, zip_longest

from strategy_wizard.engine.governance import response_hours
from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.strategy import Editorial, NetworkPlan, Pillar, Ritual

# Networks where sharing links is the daily bread: most links should lead to others' content.
LINK_NETWORKS = ("x", "linkedin", "facebook", "bluesky", "threads")
# Formats in the order an idea is best shaped by them (what shows a gesture first).
FORMAT_ORDER = ("short_video", "visual_design", "photo", "text", "long_video", "live", "audio")


def shares(inputs: Inputs, kn: Catalogue) -> tuple[float, float, float]:
    th = kn.thresholds
    own = min(float(inputs["promo_share"] or 0) / 100, th.own_offer_share_max)
    own = round(own, 2)
    problems = max(th.audience_problem_share_min, round((1 - own) * 0.7, 2))
    curation = round(1 - own - problems, 2)
    return own, problems, curation


def _formats(inputs: Inputs, active: list[NetworkPlan]) -> list[str]:
    """The formats to shape ideas with: those the person makes that the kept networks reward."""
    rewarded = {f for n in active for f in n.formats}
    can = inputs.list("formats") or ["text"]
    chosen = [f for f in FORMAT_ORDER if f in can and (f in rewarded or not rewarded)]
    return chosen or [f for f in FORMAT_ORDER if f in can] or ["text"]


def _ritual_key(n: NetworkPlan, words: Words) -> str:
    """A channel's own wording where there is one (a newsletter is sent), else its kind's."""
    own = f"ritual_publish_{n.id}"
    return own if own in words.catalogue.phrases else f"ritual_publish_{n.kind}"


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
    formats = cycle(_formats(inputs, active))

    problem_ideas = [
        say(f"idea_problem_{next(formats)}", problem=p) for p in audience_problems[:8]
    ] or [say("idea_problem_generic")]
    offer_ideas = [say(f"idea_proof_{next(formats)}", proof=p) for p in proofs[:6]]
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
            what=say(_ritual_key(n, words), network=n.id, posts=n.posts_per_week),
            frequency=say("every_week"),
        )
        for n in active
        if n.posts_per_week > 0
    ]
    answer_within = response_hours(inputs, kn)  # the one commitment, as in the governance
    rituals += [
        Ritual(what=say("ritual_answer", answer_within=answer_within), frequency=say("every_day")),
        Ritual(what=say("ritual_credit"), frequency=say("every_time")),
    ]
    if personal:
        rituals.append(Ritual(what=say("ritual_opinion"), frequency=say("every_three_days")))
    rituals.append(Ritual(what=say("ritual_compliment"), frequency=say("every_week")))
    if any(n.id in LINK_NETWORKS for n in active):
        rituals.append(Ritual(what=say("ritual_links"), frequency=say("every_week")))
    if any(n.id == "blog" for n in active):
        rituals.append(Ritual(what=say("ritual_blog_rule"), frequency=say("every_month")))
    rituals += [
        Ritual(what=say("ritual_listen"), frequency=say("every_week")),
        Ritual(what=say("ritual_review"), frequency=say("every_month")),
    ]
    if inputs.list("relays"):
        rituals.append(Ritual(what=say("ritual_relays"), frequency=say("every_month")))

    post_ideas: list[str] = []
    for problem, skill in zip_longest(audience_problems, expertise):
        fmt = next(formats)
        if problem and skill:
            post_ideas.append(say(f"post_problem_skill_{fmt}", problem=problem, skill=skill))
        elif problem:
            post_ideas.append(say(f"idea_problem_{fmt}", problem=problem))
        elif skill:
            post_ideas.append(say("post_skill", skill=skill))
    post_ideas += [say(f"idea_proof_{next(formats)}", proof=p) for p in proofs]
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
        post_ideas=list(dict.fromkeys(post_ideas))[:12],
    )
