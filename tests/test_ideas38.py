"""Ideas38: review 26 (30 Nov 2026), points #13, #19, #20 and the Fournil and RFC sections.

- #19 (Fournil): « Le recrutement de boulangers et de futurs franchisés : le poste, le lieu de
  travail, le salaire ou sa fourchette » (a franchisee is paid no salary); « bouton « Appeler » »
  on the listing for a breakfast; « présentez-le comme un essai de six mois » in a 12-month plan;
  « Un prix affiché par la tête de réseau s'impose à des franchisés ».
- #13 (RFC Val d'Hoyoux): the one sponsor post, « Merci à vos sponsors (boulangerie Lemaire : une
  publication sur la fiche… », on the Google listing, among the audience's questions.
- #20 (RFC): « Chaque jour — Répondre … en moins de 48 h » for two volunteers, and « La marque
  parle comme une personne » for a club whose accounts speak as « nous ».
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import every_idea, persona, persona_with, posts, warning_of

FOURNIL, CLUB = "fournil-franchise", "rfc-val-hoyoux-jeunes"


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_franchisee_is_offered_a_franchise_not_a_salary(lang: str):
    said = every_idea(persona(FOURNIL, lang))
    franchise = re.compile(r"franchis", re.I)
    pay = re.compile(r"salaire|\bpay\b", re.I)
    # no post offers a salary to a franchisee
    assert not [i for i in said if franchise.search(i) and pay.search(i)], said
    # the bakers' job post keeps its pay
    jobs = [i for i in said if "recrutement de boulangers" in i]
    assert jobs and all(pay.search(i) for i in jobs), jobs
    offer = [i for i in said if franchise.search(i) and not pay.search(i)]
    fee = "droit d'entrée" if lang == "fr" else "entry fee"
    offers = [i for i in offer if fee in _plain(i).replace("’", "'")]
    assert offers, offer
    # France's disclosure law, said where the network is French
    assert all("loi Doubin" in i for i in offers), offers


def test_the_franchise_offer_goes_out_on_the_recruiting_network():
    linked = [x.idea for x in posts(persona(FOURNIL, "fr"), "linkedin")]
    assert [i for i in linked if "Devenir franchisé" in i], linked


def test_no_disclosure_law_outside_the_country_that_has_it():
    said = every_idea(persona_with(FOURNIL, "fr", country="BE"))
    assert not [i for i in said if "Doubin" in i]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_trial_fits_a_twelve_month_plan(lang: str):
    w = warning_of(persona(FOURNIL, lang), "no_buy_in")
    assert w is not None
    assert "six mois" not in w.advice and "six-month" not in w.advice, w.advice
    assert ("trois premiers mois" if lang == "fr" else "first three months") in w.advice


def test_a_franchisor_may_recommend_a_price_never_impose_it():
    s = persona(FOURNIL, "fr")
    text = _plain(" ".join(w.advice for w in s.warnings))
    assert "s'impose" not in text.replace("’", "'")
    assert "peut conseiller un prix" in text and "pas le leur imposer" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_club_thanks_its_sponsors_on_facebook_with_the_offer(lang: str):
    s = persona(CLUB, lang)
    word = "sponsor"
    sponsored = [x for x in posts(s) if word in x.idea.lower()]
    assert sponsored, [x.idea for x in posts(s)]
    for x in sponsored:
        assert x.network != "google_business", x.idea
        assert x.pillar == "own_offer", (x.pillar, x.idea)
        assert x.idea.count("(") == x.idea.count(")"), x.idea
    assert "facebook" in {x.network for x in sponsored}
    # since ideas40 the month's sponsor by name, « notre sponsor de janvier » (review 27 #7)
    ours = ("nos sponsors", "notre sponsor") if lang == "fr" else ("our sponsor",)
    assert all(any(o in _plain(x.idea) for o in ours) for x in sponsored), [
        x.idea for x in sponsored
    ]
    assert not [i for i in every_idea(s) if "vos sponsors" in i or "your sponsors" in i]


def test_the_brewery_sponsor_stays_out_of_the_portraits_for_minors():
    # since ideas40 the calendar names the month's sponsor, never the brewery, and the series'
    # rule (in the ideas list) says the warning's own rule for it (review 27 #7)
    s = persona(CLUB, "fr")
    idea = next(x.idea for x in posts(s) if "sponsor" in x.idea)
    assert "Brasserie" not in idea, idea
    rule = [i for p in s.editorial.pillars for i in p.ideas if "Merci à nos sponsors" in i]
    said = [i.replace("’", "'") for i in rule]
    assert said and all(
        "un sponsor qui vend de l'alcool n'est pas de ces portraits" in i for i in said
    )


def test_the_clubs_volunteers_are_community_life():
    s = persona(CLUB, "fr")
    told = [x for x in posts(s) if "bénévoles du club" in x.idea.lower()]
    assert told and all(x.pillar == "curation" for x in told), [(x.pillar, x.idea) for x in told]


@pytest.mark.parametrize(
    ("name", "every"), [(CLUB, "tous les deux jours"), (FOURNIL, "chaque jour")]
)
def test_the_answer_ritual_follows_the_time_given(name: str, every: str):
    # volunteers who answer within 48 h look every other day; a 24 h aim is daily
    s = persona(name, "fr")
    ritual = next(r for r in s.editorial.rituals if "Répondre à chaque" in r.what)
    assert ritual.frequency == every, (ritual.frequency, ritual.what)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_club_speaks_as_we_not_as_a_brand(lang: str):
    tone = persona(CLUB, lang).editorial.tone
    assert ("marque" if lang == "fr" else "brand") not in tone, tone
    assert ("Le club parle en" if lang == "fr" else "The club speaks as") in tone
    # a company keeps its brand's voice
    assert ("La marque" if lang == "fr" else "The brand") in persona(FOURNIL, lang).editorial.tone


# --- Northgate (review 26): alumni careers on WhatsApp, Stories « reposted » to LinkedIn ---------

SCHOOL = "northgate-business-school"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_alumni_careers_go_where_careers_are_read(lang: str):
    s = persona(SCHOOL, lang)
    careers = [x for x in posts(s) if "alumni careers" in x.idea.lower()]
    assert careers, [x.idea for x in posts(s)]
    assert "whatsapp" not in {x.network for x in careers}, [(x.network, x.date) for x in careers]
    assert "linkedin" in {x.network for x in careers}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_story_is_reposted_to_linkedin(lang: str):
    s = persona(SCHOOL, lang)
    linked = [x.idea for x in posts(s, "linkedin")]
    assert not [i for i in linked if re.search(r"stories", i, re.I)], linked
    # the Stories stay on Instagram; since cal40 the takeover's video does not go to LinkedIn
    # either (it did since ideas38): LinkedIn takes only a proof or graduates' careers, two a
    # week, review 27 #10 counting « a Stories takeover » among the posts wrongly copied there
    video = "trente secondes résument" if lang == "fr" else "thirty seconds sum up"
    assert not [i for i in linked if video in i], linked
    stories = "stories du compte" if lang == "fr" else "account's Stories"
    assert [x for x in posts(s, "instagram") if stories in x.idea]
