"""Review 25b #8 and 25a #3: housing ads in Canada, tools capped to the month, the audience's
partial presence never a point in favour, each near-miss network's own deciding reason."""

from __future__ import annotations

from tests.conftest import network, persona, persona_with


def _spend(s, category: str):
    return next(x for x in s.budget.split if x.category == category)


def test_housing_ads_in_canada_target_no_age_and_name_the_category_and_search():
    # review 25b, #8: « Ads on Facebook and YouTube, to reach your audience (25 and over) »
    for lang, category, search in (
        ("en", "Housing special ad category", "Google Search ads"),
        ("fr", "catégorie spéciale", "recherche Google"),
    ):
        ads = _spend(persona("wellington-yards-condos", lang), "ads").why.replace("\u202f", " ")
        assert category in ads and search in ads, lang
        assert "25 and over" not in ads and "25 ans et plus" not in ads, lang
    # the same developer in the UK: no North American housing rule cited
    uk = _spend(persona_with("wellington-yards-condos", "en", country="GB"), "ads").why
    assert "Housing special ad category" not in uk


def test_tools_take_about_a_tenth_of_a_real_budget_never_less_than_a_scheduler_and_crm():
    # review 25b, #8: tools « capped at about $1,500 a month » for a $12,000 month
    tools = _spend(persona("wellington-yards-condos", "en"), "tools")
    assert tools.eur_per_year <= 12_000 * 12 * 0.1
    # an agency runs this account: its tools are in its fee, the line pays what stays the
    # client's (review 28, #14: « about $1,200 a month », $14,000 a year, before)
    assert "about $300 a month" in tools.why and "part of its fee" in tools.why
    # the same developer running its own account: the scheduler and CRM floor, about a tenth
    own = _spend(persona_with("wellington-yards-condos", "en", team="dedicated_team"), "tools")
    assert "about $1,200 a month" in own.why, own.why


def test_a_partial_audience_is_never_printed_as_a_point_in_favour():
    # review 25a: « + only part of your audience is there » (Fournil's Facebook)
    for name in ("fournil-franchise", "precision-machining"):
        for n in persona(name, "en").networks:
            for r in n.reasons:
                if r.code.startswith("audience_mixed"):
                    assert r.kind != "for", (name, n.id)


def test_near_miss_networks_each_say_their_own_deciding_reason():
    # review 25a, #3: the same team-cap sentence for TikTok, YouTube and WhatsApp (Fournil)
    s = persona("fournil-franchise", "fr")
    texts = {nid: network(s, nid).reasons[0].text for nid in ("tiktok", "youtube", "whatsapp")}
    assert len(set(texts.values())) == 3
    assert "messagerie privée" in texts["whatsapp"]
    assert "vidéos longues" in texts["youtube"]
