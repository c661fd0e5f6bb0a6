"""A regulated rule reaches as far as the regulated thing, and a reserved food claim is never
made by the tool (review 6, #1, #10).

What a client checks: the beauty studio whose only health service is a nurse's anti-wrinkle
injections keeps its reviews, its aftercare question, its before/after photos (with consent)
and its rating; it is never told of « patients », a public health insurer or a professional
council; the injections get a clear line of their own, and the health warning names them. A real
health practice keeps the whole rule. A crêperie never promises « sans gluten »: it says what
the recipe holds and asks a coeliac customer to ask.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import persona, persona_with


def ideas(s) -> list[str]:
    return (
        [i for p in s.editorial.pillars for i in p.ideas]
        + s.editorial.post_ideas
        + [x.idea for x in s.calendar if x.activity == "post"]
    )


def pillar_note(s, key: str) -> str:
    return next(p.note for p in s.editorial.pillars if p.key == key) or ""


def warning(s, wid: str):
    return next(w for w in s.warnings if w.id == wid)


# the words of a health practice, out of place in a beauty studio
PRACTICE = (
    r"patient|\bpractitioner\b|\bpraticien\b|insurer|Assurance maladie|rembours|reimburs|CNIL"
    r"|professional council|votre Ordre|auprès de votre conseil|code of ethics|code de déontologie"
    r"|the practice\b"
)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_beauty_studio_s_health_rule_covers_its_injections_only(lang):
    s = persona("lumen-skin-studio", lang)
    said = s.model_dump_json(exclude={"sources"})  # (a law's title may say "practitioner")
    # the advertisers' code every Australian business follows is no health profession's code
    said = re.sub(r"AANA Code of Ethics|code de déontologie de l’AANA", "AANA", said)
    assert not re.search(PRACTICE, said, re.I), re.search(PRACTICE, said, re.I)
    text = " ".join(ideas(s))
    # the studio keeps its rating, its aftercare question and its before/after topic
    assert "4.9 stars on 680 Google reviews" in text
    assert re.search(r"before and after a facial", text), text
    before_after = [i for i in ideas(s) if re.match(r"(«\s*)?[Bb]efore and after", i)]
    assert before_after
    consent = ("accord écrit du client", "client's written consent")[lang == "en"]
    assert all(consent in i for i in before_after), before_after
    # nothing of the studio's own is left out; the injections get their own line
    notes = pillar_note(s, "audience_problems") + pillar_note(s, "own_offer")
    assert not re.search(r"Exclu|Left out", notes), notes
    assert re.search(r"Anti-wrinkle injections\W{0,4}: (un acte de santé|a regulated)", notes)
    assert re.search(r"produit|product", pillar_note(s, "own_offer"))
    # the warning names the service it covers, and the studio may advertise the rest
    # in Australia the TGA's and Ahpra's rules, scoped to the regulated service
    health = warning(s, "health_profession_rules")
    assert health.case == "au"
    assert re.search(r"not the rest of your offer|pas le reste de votre offre", health.message)
    # the same studio in France: the French rule, narrowed to the service it names
    french = warning(
        persona_with("lumen-skin-studio", lang, country="FR"), "health_profession_rules"
    )
    assert french.case == "service"
    assert "anti-wrinkle injections" in french.headline
    ads = next(x for x in s.budget.split if x.category == "ads")
    assert ads.eur_per_year > 0
    assert re.search(r"jamais pour l.acte de santé|never for the regulated health service", ads.why)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_beauty_studio_s_escalation_speaks_of_clients_never_of_patients(lang):
    s = persona("lumen-skin-studio", lang)
    lines = " ".join(s.governance.escalation + s.governance.moderation)
    assert not re.search(r"patient|practitioner|praticien|cabinet|practice", lines, re.I), lines
    assert re.search(r"client", lines)
    assert re.search(r"acte de santé réglementé|regulated health service", lines)


def test_an_answer_naming_the_regulated_service_is_left_out_and_says_why():
    s = persona_with(
        "lumen-skin-studio",
        "en",
        topics=["before and after", "anti-wrinkle injections explained", "aftercare tips"],
    )
    assert not any("anti-wrinkle injections explained" in i.lower() for i in ideas(s))
    note = pillar_note(s, "audience_problems")
    assert "Left out: “anti-wrinkle injections explained”, because it names" in note, note


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_health_practice_keeps_the_whole_rule(lang):
    """The same studio filed under health, and the dental practice: the full rule (the
    studio's in France; in Australia it reads the TGA's and Ahpra's)."""
    s = persona_with("lumen-skin-studio", lang, sector="health_wellness", country="FR")
    assert warning(s, "health_profession_rules").case is None
    home = persona_with("lumen-skin-studio", lang, sector="health_wellness")
    assert warning(home, "health_profession_rules").case == "au"
    note = pillar_note(s, "own_offer")
    # left out of the posts; the warning says why, no « Exclu » line (review 33c, item 4)
    assert not [i for i in ideas(s) if "680 Google reviews" in i]
    assert "4.9 stars on 680 Google reviews" not in note and not re.search(r"Exclu|Left out", note)
    dentist = persona("cabinet-dentaire", lang)
    assert warning(dentist, "health_profession_rules").case is None
    lines = " ".join(dentist.governance.escalation + dentist.governance.moderation)
    assert re.search(r"patient", lines)
    assert not any(x.eur_per_year for x in dentist.budget.split if x.category == "ads")


@pytest.mark.parametrize(
    ("lang", "address", "said"),
    [
        ("fr", "tu", "« Au sarrasin, sans farine de blé — si tu es cœliaque, demande-nous"),
        ("fr", "vous", "« Au sarrasin, sans farine de blé — si vous êtes cœliaque, demandez"),
        ("en", "tu", "“Made with buckwheat, no wheat flour — if you are coeliac, ask us"),
    ],
)
def test_a_crepe_truck_never_promises_gluten_free(lang, address, said):
    """« Tu cherches une option sans gluten (le sarrasin) ? » made a claim the law reserves to
    foods tested at 20 mg/kg at most (Implementing Regulation (EU) No 828/2014)."""
    s = persona_with("creperie-mobile", lang, address_form=address)
    text = " ".join(ideas(s)).replace("\u202f", " ").replace("\u00a0", " ")
    assert said in text, text
    claim = r"(?<!dire )(?<!écrire )« sans gluten »|option sans gluten|gluten-free option"
    assert not re.search(claim, text), re.search(claim, text)
    assert "828/2014" in text


def test_a_gluten_free_topic_without_a_named_base_says_no_wheat_flour():
    offer = "Crêpes et gaufres faites minute"
    s = persona_with("creperie-mobile", "fr", offer=offer, topics=["nos desserts sans gluten"])
    text = " ".join(ideas(s)).replace("\u202f", " ").replace("\u00a0", " ")
    assert "« Sans farine de blé — si tu es cœliaque" in text, text
