"""law33 (#1): the sources the personas cite give an address a client can open.

What a client checks: the sources list prints « publisher, title, year, address »; a law or a
report printed with no address cannot be opened. The count of distinct sources the personas cite
with no address only goes down (59 before law33: the Australian Spam Act and social media
minimum age act, and Canada's PIPEDA, now give their register's address).
"""

from __future__ import annotations

from pathlib import Path

from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import persona

PERSONAS = sorted(p.stem for p in (Path(__file__).parent / "personas").glob("*.yaml"))
CITED_WITHOUT_ADDRESS_AT_MOST = 56
# given their address in law33; each is cited by a persona
OPENED = {
    "au_sm_min_age_2024": "https://www.legislation.gov.au/C2024A00127/",
    "au_spam_act_2003": "https://www.legislation.gov.au/C2004A01214/",
    "ca_pipeda_2000": "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/",
}


def test_the_sources_the_personas_cite_without_an_address_only_go_down():
    kn = load_catalogue()
    missing: set[str] = set()
    for name in PERSONAS:
        missing |= {kn.fact(x.id).source for x in persona(name).sources if not x.url}
    assert len(PERSONAS) >= 39  # personas are added, never removed
    assert len(missing) <= CITED_WITHOUT_ADDRESS_AT_MOST, sorted(missing)
    assert not missing & set(OPENED), sorted(missing & set(OPENED))


def test_an_australian_and_a_canadian_law_open_at_their_register():
    s = persona("saltbush-parade", "en")
    by_source = {load_catalogue().fact(x.id).source: x.url or "" for x in s.sources}
    for sid in ("au_sm_min_age_2024", "au_spam_act_2003"):
        assert by_source[sid].startswith(OPENED[sid]), (sid, by_source[sid])
