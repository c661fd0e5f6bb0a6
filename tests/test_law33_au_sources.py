"""law33: an Australian audience reads Australia's own usage figures.

What a client checks: The Saltbush Parade (a Brisbane band touring Australia), and the other
Australian personas, cite DataReportal's « Digital 2025: Australia » for who uses Facebook,
Instagram, TikTok, YouTube and LinkedIn, never Pew's American survey flagged as "the closest
this tool holds for an audience in Australia".
"""

from __future__ import annotations

import pytest

from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import persona

AUSTRALIANS = ("saltbush-parade", "lumen-skin-studio", "reef-kayak-port-douglas")
# the networks the Australian report gives a figure for (Pinterest's and X's still fall back)
MEASURED = {"facebook", "instagram", "linkedin", "tiktok", "youtube"}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", AUSTRALIANS)
def test_an_australian_audience_reads_no_us_usage_figure_in_its_place(name, lang):
    kn = load_catalogue()
    s = persona(name, lang)
    # a US figure stands in for want of an Australian one (« the closest available »);
    # one cited for the US part of an international audience is theirs, not a stand-in
    standing_in = [
        x.id
        for x in s.sources
        if x.geo == "us" and x.fallback and kn.fact(x.id).network in MEASURED
    ]
    assert not standing_in, standing_in
    if name == "saltbush-parade":  # a band touring Australia only: no Pew at all
        assert not [x.id for x in s.sources if x.publisher == "Pew Research Center"]


def test_the_band_cites_the_australian_report_with_its_address():
    s = persona("saltbush-parade", "en")
    au = [x for x in s.sources if x.title == "Digital 2025: Australia"]
    assert {x.id for x in au} >= {"fb_au_2025", "ig_au_2025", "tt_au_2025", "yt_au_2025"}
    assert all(x.url == "https://datareportal.com/reports/digital-2025-australia" for x in au)
    assert all(not x.fallback and x.year == 2025 for x in au)
    fb = next(x for x in au if x.id == "fb_au_2025")
    assert "77.7%" in fb.fact and "Australia" in fb.fact
