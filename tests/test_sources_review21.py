"""Review 21a (R9, R10) and 21b (D5): sources for the country the audience lives in, sources
whose title and address match, each federal rule with its own text, and the words of a credit
union and of a theatre.

What a client checks: the Office de Tourisme Meuse et Semoy (fr/FR, Belgian and Dutch visitors)
reads a Belgian and a Dutch figure, said as such; Northbank Young Carers (en/GB) reads Ofcom, not
Pew US, for Facebook; the theatre's sources are La Gazette des communes under its own title and
Meta's own music terms, not a US law blog; Keystone River FCU reads 12 CFR 1026 and 12 CFR 707
on the eCFR, and « member service », never « customer service »; the theatre's relay names « les
enseignants » and its subscribers KPI says « abonnés » once.
"""

from __future__ import annotations

from tests.conftest import cited as sources
from tests.conftest import persona, persona_with
from tests.conftest import warning_of as warning

OT = "ot-meuse-semoy"
NORTHBANK = "northbank-young-carers"
PQ = "power-query-course-creator"
THEATRE = "theatre-recollets-limoges"
CU = "keystone-river-cu"


def _source(s, text: str):
    return next((x for x in s.sources if text in f"{x.publisher} {x.title}"), None)


def test_a_french_office_with_belgian_and_dutch_visitors_cites_their_figures():
    s = persona(OT, "fr")
    be = _source(s, "Digital 2025: Belgium")
    nl = _source(s, "Nationale Social Media Onderzoek 2025")
    assert be is not None and be.year == 2025 and be.url and "datareportal.com" in be.url
    assert nl is not None and nl.year == 2025 and nl.url and "tweakers.net" in nl.url
    assert be.measured == "chiffre belge, pour la part belge de votre public"
    assert nl.measured == "chiffre néerlandais, pour la part néerlandaise de votre public"
    # cited where Facebook's audience is argued, beside the French figures
    facebook = next(n for n in s.networks if n.id == "facebook")
    cited = {f for r in facebook.reasons for f in r.facts}
    assert {"fb_reach_be_2025", "social_nl_2025"} <= cited
    # the same office with French visitors only cites no Belgian or Dutch figure
    home = persona_with(
        OT,
        audience_geo="national",
        audience_description="Des couples et des familles de Reims, Lille et Paris.",
    )
    assert _source(home, "Belgium") is None and _source(home, "Tweakers") is None


def test_a_uk_audience_reads_ofcom_not_pew_for_facebook_and_youtube():
    s = persona(NORTHBANK, "en")
    ofcom = _source(s, "Online Nation 2024")
    assert ofcom is not None and ofcom.publisher == "Ofcom" and ofcom.year == 2024
    assert ofcom.measured == ""  # the audience's own country: no flag
    facebook = next(n for n in s.networks if n.id == "facebook")
    cited = {f for r in facebook.reasons for f in r.facts}
    assert "meta_reach_gb_2024" in cited and "fb_us_2025" not in cited
    pq = persona(PQ, "en")
    youtube = next(n for n in pq.networks if n.id == "youtube")
    assert "yt_reach_gb_2024" in {f for r in youtube.reasons for f in r.facts}
    # Pew is said for the US part of her audience, never "the closest" to a UK figure
    pew = _source(pq, "Americans' Social Media Use")
    assert pew is not None and pew.measured == "US figure, for the US part of your audience"


def test_the_theatre_sources_match_their_address_and_the_platform_rule():
    s = persona(THEATRE, "fr")
    gazette = next(x for x in s.sources if x.url and "lagazettedescommunes.com" in x.url)
    assert gazette.publisher == "La Gazette des communes"
    assert "captation de spectacles" in gazette.title
    assert "SRIPLAW" not in sources(s)
    music = _source(s, "Music Guidelines")
    assert music is not None and music.url == "https://www.facebook.com/legal/music_guidelines"


def test_a_credit_union_reads_reg_z_and_truth_in_savings_from_the_ecfr():
    s = persona(CU, "en")
    reg_z = _source(s, "12 CFR Part 1026")
    tis = _source(s, "12 CFR Part 707")
    eho = _source(s, "12 CFR 701.31")
    assert reg_z is not None and reg_z.url and reg_z.url.startswith("https://www.ecfr.gov/")
    assert tis is not None and tis.url and tis.url.startswith("https://www.ecfr.gov/")
    assert eho is not None and eho.url and "nwcua.org" not in eho.url
    assert "Truth in Savings" in tis.title and "Regulation Z" in reg_z.title


def test_a_credit_union_serves_members_not_customers():
    s = persona(CU, "en")
    w = warning(s, "replace_support")
    assert w is not None
    said = f"{w.headline} {w.message} {w.advice}"
    assert "member service" in said and "customer" not in said
    assert all("customer" not in line for line in s.governance.escalation)
    reasons = " ".join(r.text for n in s.networks for r in n.reasons)
    assert "new customers" not in reasons
    fr = warning(persona(CU, "fr"), "replace_support")
    assert "service aux membres" in fr.headline


def test_the_theatre_names_its_recommenders_and_its_subscribers_once():
    s = persona(THEATRE, "fr")
    kit = " ".join(r.how for r in s.relays)
    assert "que les enseignants remettront" in kit and "que enseignants" not in kit
    loyal = next(k for k in s.kpis if k.id == "second_loyalty")
    assert "(abonnés)" not in loyal.measure and "les abonnés encore actifs" in loyal.measure


def test_a_uk_university_recruiting_in_india_cites_an_indian_figure_and_a_named_publisher():
    """Review 22b (D12): the audience's own countries, never a foreign figure called « the
    closest »; a vendor's guide names its publisher."""
    s = persona("northgate-business-school", "en")
    india = _source(s, "Digital 2025: India")
    assert india is not None and india.year == 2025 and "datareportal.com" in (india.url or "")
    assert india.measured == "Indian figure, for the Indian part of your audience"
    measured = " ".join(x.measured or "" for x in s.sources)
    assert "the closest available" not in measured and "for a UK audience" not in measured
    assert "Un éditeur d’outils" not in sources(persona("fournil-franchise")).replace("'", "’")
    assert "BrightLocal" in sources(persona("fournil-franchise"))
