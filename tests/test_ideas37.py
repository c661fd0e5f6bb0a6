"""Ideas37: review 26 (30 Nov 2026), points #9, #5, #7 and #10.

- #9: generic frames of another trade in print. RFC Val-Hoyoux (a youth football club): « Un cas
  réel … la demande, ce que vous avez fait », « un client majeur raconte … ce qu'on trouve chez
  vous », « ce qu'il apporte à votre cause »; Northgate (an MSc): « A real case in pictures: what
  someone came for », « which skill do they lack today for their next step? »; Wellington Yards (an
  off-plan developer): a construction update on every subject (« Deposit and closing process: …
  what moved forward this month »), « a client … what they found with you »; Cire & Chiné
  (candles): a grocer's « cinq produits de saison en rayon … un repas à en faire ».
- #5: Fournil keeps LinkedIn « pour recruter », then posts breakfast and allergens there.
- #7: Fournil's offer filed as audience questions (« La viennoiserie du mois et la formule Pause
  Fournil », « Les ouvertures de boutiques ») and its own bakehouse and staff as curation.
- #10: Saltbush Parade: « Wondering when you play in your city » (the band is « we ») and « What an
  adult fan told you ».
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import every_idea, idea_draw, persona, posts

# the words of another trade each persona's printed ideas must not hold
LEAKS = {
    "rfc-val-hoyoux-jeunes": (
        r"cas réel|real case|la demande, ce que vous avez fait|the request, what you did|"
        r"client majeur|adult customer|\bclients?\b|\bcause\b|trouve chez vous|found with you"
    ),
    "northgate-business-school": (
        r"what someone came for|chercher chez vous|the request, what you did|"
        r"la demande, ce que vous avez fait|which skill do they lack|compétence lui manque"
    ),
    "wellington-yards-condos": (
        r"\bclients?\b|found with you|trouve chez vous|what moved forward this month|"
        r"ce qui a avancé ce mois-ci|photo of the site taken this month|"
        r"photo du chantier prise ce mois-ci"
    ),
    "cire-et-chine": r"\brepas\b|\bmeal\b|en rayon|on the shelves",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(LEAKS))
def test_no_frame_of_another_trade_is_printed(name: str, lang: str):
    said = every_idea(persona(name, lang))
    found = [i for i in said if re.search(LEAKS[name], i, re.I)]
    assert not found, found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_grocer_keeps_its_weekly_list(lang: str):
    # (a guard) the list is keyed on a grocer's words: Harvest Lane's stores keep their meal
    said = idea_draw("harvest-lane-markets", lang).say("idea_checklist")
    assert ("repas" if lang == "fr" else "meal") in said, said


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_youth_club_and_a_degree_get_their_own_frames(lang: str):
    club = " ".join(every_idea(persona("rfc-val-hoyoux-jeunes", lang)))
    assert ("parent de joueur" if lang == "fr" else "player's parent") in club
    school = " ".join(every_idea(persona("northgate-business-school", lang)))
    assert ("diplômé" if lang == "fr" else "graduate") in school


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_linkedin_kept_for_recruitment_carries_job_posts_only(lang: str):
    s = persona("fournil-franchise", lang)
    linked = posts(s, "linkedin")
    assert len(linked) >= 4  # one a week over the four weeks
    jobs = re.compile(
        r"recrutement|formation des boulangers|franchis|entretien|journée de travail|"
        r"interview|working day",
        re.I,
    )
    off = [x.idea for x in linked if not jobs.search(x.idea)]
    assert not off, off
    sold = re.compile(r"petit-déjeuner|breakfast|allergènes|allergens|sucré|Pause Fournil", re.I)
    assert not [x.idea for x in linked if sold.search(x.idea)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fournil_files_its_offer_and_its_bakehouse_with_the_offer(lang: str):
    s = persona("fournil-franchise", lang)
    offer = re.compile(
        r"viennoiserie du mois|ouvertures de boutiques|coulisses du fournil|"
        r"boulangers et vendeuses|Ce qui se passe en boutique|What is happening in the shop",
        re.I,
    )
    # (cal40's offer cap gives these scene posts' places in the four weeks to the public's
    # questions: the calendar files whichever are left with the offer, the line holds them)
    wrong = [(x.pillar, x.idea[:60]) for x in posts(s) if offer.search(x.idea)]
    assert all(p == "own_offer" for p, _ in wrong), wrong
    filed = [i for p in s.editorial.pillars if p.key == "own_offer" for i in p.ideas]
    assert [i for i in filed if offer.search(i)]
    for p in s.editorial.pillars:
        if p.key != "own_offer":
            assert not [i for i in p.ideas if offer.search(i)], (p.key, p.ideas)


def test_a_band_asks_as_we_and_prints_no_adult():
    said = every_idea(persona("saltbush-parade", "en"))
    text = " ".join(said)
    assert "Wondering when we play in your city" in text
    assert "when you play" not in text
    assert not [i for i in said if re.search(r"\badult\b", i)], [i for i in said if "adult" in i]
