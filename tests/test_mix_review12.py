"""Reviews 12a and 12b, the mix's share:

- 12b #5: a firm whose people post in their own name (Harcourt: `voice: personal`, lawyers
  publish) sets up their LinkedIn profiles first, the company page as the place they share from,
  in the first steps, the calendar and LinkedIn's role; a freelancer's LinkedIn is their profile;
- 12a #9: a Google listing the answers show (« 4.9 out of 5 on 58 Google reviews ») is checked,
  never « created or claimed »; a listing in the current networks is claimed, never created;
- 11a #7 / 12a residue: professional prescribers (architects, accountants) are reached on
  LinkedIn, by a call or a visit, not through « their own followers »;
- mix11 residue: with no website, the tools say no « outil de réservation » and no « lien en
  bio » to a business with no profile that carries a link.
"""

from __future__ import annotations

import pytest

from tests.conftest import network, persona, persona_with, roles


def setups(s) -> list[tuple[str | None, str]]:
    return [(x.network, x.idea) for x in s.calendar if x.activity == "setup"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lawyers_profiles_come_before_the_firm_page(lang):
    s = persona("employment-law-toronto", lang)
    first = s.first_steps[0]
    page = "company page" if lang == "en" else "page de l'entreprise"
    own = "their own LinkedIn profile" if lang == "en" else "son propre profil LinkedIn"
    assert own in first.replace("’", "'")
    assert first.replace("’", "'").index(page) > first.replace("’", "'").index(own)
    linkedin = [idea for nid, idea in setups(s) if nid == "linkedin"]
    assert linkedin and (
        "each person who posts" in linkedin[0].lower() or "chaque personne" in linkedin[0].lower()
    )
    assert "people_first" in [r.code for r in network(s, "linkedin").reasons]


def test_a_brand_voice_keeps_the_company_page():
    s = persona_with("employment-law-toronto", "en", voice="brand", run_by="staff")
    assert s.first_steps[0].startswith("Complete the LinkedIn company page")
    assert "people_first" not in [r.code for r in network(s, "linkedin").reasons]


def test_roles_do_not_change_with_the_voice():
    assert roles(persona("employment-law-toronto", "en")) == roles(
        persona_with("employment-law-toronto", "en", voice="brand", run_by="staff")
    )


def test_a_freelancer_sets_up_their_own_profile():
    s = persona("freelance-translator", "fr")
    assert any("votre profil LinkedIn" in step for step in s.first_steps)
    assert not any("page LinkedIn de l" in step for step in s.first_steps)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_listing_with_reviews_is_checked_not_created(lang):
    s = persona("northbank-young-carers", lang)
    google = [idea for nid, idea in setups(s) if nid == "google_business"]
    assert google
    assert not any("claim" in g.lower() or "revendiquer" in g.lower() for g in google)
    assert not any(g.startswith(("Create", "Créer")) for g in google)


def test_a_listing_never_named_is_still_set_up():
    # without the reviews quoted, nothing shows the listing exists: it is created or claimed
    s = persona_with(
        "northbank-young-carers",
        "en",
        proof_points=["420 young carers supported in 2026, 68 of them on respite trips"],
    )
    google = [idea for nid, idea in setups(s) if nid == "google_business"]
    assert google and google[0].startswith("Create or claim")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_current_listing_is_claimed_never_created(lang):
    s = persona("menuiserie-velay", lang)
    said = " ".join(s.first_steps + [idea for _, idea in setups(s)])
    assert "(or create it)" not in said and "(ou la créer)" not in said
    assert (
        "Claim your Google listing if not done yet" in said
        or "Revendiquer votre fiche Google si" in said
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_architects_are_reached_on_linkedin_or_in_person(lang):
    s = persona("menuiserie-velay", lang)
    how = next(r.how for r in s.relays if r.id == "prescribers")
    # LinkedIn only where it is kept (review 14, §8: the joiner's LinkedIn is set aside)
    assert ("LinkedIn" in how) == (roles(s)["linkedin"] != "avoid")
    assert ("call" in how and "visit" in how) or ("appel" in how and "visite" in how)
    assert "abonnés" not in how and "followers" not in how
    if lang == "fr":  # the answers' own words
        assert "architectes" in how


def test_a_health_practice_keeps_its_prescriber_rule():
    s = persona("cabinet-dentaire", "fr")
    how = [r.how for r in s.relays if r.id == "prescribers"]
    assert not how or "LinkedIn" not in how[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_booking_tool_nor_bio_link_for_a_joiner(lang):
    s = persona("menuiserie-velay", lang)
    tools = " ".join(t.how for t in s.tools)
    for word in ("outil de réservation", "lien en bio", "en bio", "booking tool", "link-in-bio"):
        assert word not in tools


def test_a_profile_with_one_link_keeps_the_link_page():
    s = persona("creperie-mobile", "fr")
    tools = " ".join(t.how for t in s.tools)
    assert "page de liens" in tools and "outil de réservation" not in tools
