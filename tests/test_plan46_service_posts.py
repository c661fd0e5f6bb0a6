"""A fix_first verdict does not silence a public service (review 30b, E4: the water utility's
first four weeks held only set-up rows while its tariff rose and outages came weekly): on the
main network, a pinned « where to ask your question » and the FAQ of the change its topics
name go out in week 1, the week's outage and works notices each week; only promotion waits.
A plan that is not fix_first, or an organisation that is no public service, gets none."""

from datetime import date

from tests.conftest import persona, persona_with


def _posts(s) -> list:
    return [x for x in s.calendar if x.activity == "post"]


def test_the_utility_s_service_posts_go_out_in_the_first_weeks():
    s = persona("eau-val-armance", "fr")
    assert s.verdict == "fix_first"
    posts = _posts(s)
    week1 = [x for x in posts if x.date < date(2027, 1, 11)]
    pinned = [x for x in week1 if x.idea.startswith("Publication épinglée")]
    assert pinned and "où poser votre question" in pinned[0].idea, [x.idea for x in week1]
    faq = [x for x in week1 if "comment lire sa nouvelle facture d’eau" in x.idea]
    assert faq and faq[0].network == "facebook", [x.idea for x in week1]
    notices = [
        x for x in posts if x.idea.startswith("Avis de la semaine du") and "(les coupures" in x.idea
    ]
    assert len(notices) == 4


def test_in_english_the_pinned_post_says_only_promotion_waits():
    posts = _posts(persona("eau-val-armance", "en"))
    assert any("only promotion waits" in x.idea for x in posts)


def test_a_utility_that_may_go_ahead_posts_its_usual_calendar():
    s = persona_with("eau-val-armance", "fr", negative_feedback="answer", expectations=[])
    assert s.verdict != "fix_first"
    assert not any("seule la promotion attend" in x.idea for x in s.calendar)


def test_a_shop_told_to_fix_first_gets_no_service_notices():
    s = persona_with("eau-val-armance", "fr", org_kind="small_business", objective="sales")
    assert not any(x.idea.startswith("Avis de la semaine") for x in s.calendar)
