"""The first four weeks as a person will live them, and as a scheduler's bulk import takes them.

What a reader checks: posts only on the networks kept, at their rhythm, never before the profile
is set up, none while the plan says to fix the basics or to listen first; the pillars in the
editorial line's proportions; formats the network rewards. The Sprout Social files are read
back as Sprout reads them (headers, day order by language, 24-hour times, 350 rows at most, ten
minutes between messages, one file per network).
"""

from __future__ import annotations

import csv
import io
import itertools
import math
from datetime import datetime, timedelta
from pathlib import Path

import hypothesis
import pytest
from hypothesis import HealthCheck, given, settings

from strategy_wizard.model.answers import load_answers, validate
from strategy_wizard.model.catalogue import load_catalogue
from strategy_wizard.render import RenderOptions, csv_out
from tests.conftest import EXAMPLES, PERSONAS, build, persona, persona_with, run_cli, strategy_from
from tests.test_properties import answers_data

KN = load_catalogue()
EXAMPLE_NAMES = sorted(p.stem for p in EXAMPLES.glob("*.yaml"))
ACTIVE = ("primary", "secondary")


def example(name: str, lang: str | None = None):
    return build(load_answers(EXAMPLES / f"{name}.yaml"), lang=lang)


STOCK = ("text", "photo", "visual_design", "short_video")  # what a frame any client can post takes


def check_calendar(s, shares: bool = True, public: bool = False) -> None:
    """Every promise of the calendar, on one strategy (`public`: a public body's)."""
    start = s.plan[0].start if s.plan else s.generated_on
    weeks = KN.calendar.weeks
    active = {n.id: n for n in s.networks if n.role in ACTIVE}
    assert all(start <= slot.date < start + timedelta(days=7 * weeks) for slot in s.calendar)
    posts = [x for x in s.calendar if x.activity == "post"]
    set_up = {x.network: x.date for x in s.calendar if x.activity == "setup" and x.network}
    for post in posts:
        assert post.network in active, f"a post on {post.network}, which is not kept"
        assert post.pillar is not None and post.format in active[post.network].formats
        assert post.date > set_up.get(post.network, start - timedelta(days=1)), (
            f"{post.network}: a post on {post.date} before its profile is set up"
        )
    if s.verdict == "fix_first":
        # only when the warning that books the business out says recruiting is the networks'
        # use meanwhile: the job, and the lead time on the listing (review 14, #4)
        booked = any(w.id == "no_capacity" for w in s.warnings)
        # ...or a public service's or a support desk's users' needs, which go out while only
        # promotion waits (plan46, review 30b E4): never the offer
        service = public or s.objective.code == "support"
        assert not posts or booked or service, "posts while the basics are being fixed"
        if service and not booked:
            assert all(p.pillar == "audience_problems" for p in posts), posts
    for nid in {p.network for p in posts}:
        mine = sorted(
            datetime.combine(p.date, datetime.strptime(p.time, "%H:%M").time())
            for p in posts
            if p.network == nid
        )
        assert all(b - a >= timedelta(minutes=10) for a, b in itertools.pairwise(mine))
        # at most the rhythm the mix set, over the weeks of the calendar; a live's short
        # announcement and an order deadline's reminder are notices, not posts of the rhythm
        # (review 9a #9, 9b #1)
        notices = [
            p
            for p in posts
            if p.network == nid
            and (
                "direct du" in p.idea
                or "live:" in p.idea
                or "échéance (" in p.idea
                or "deadline (" in p.idea
            )
            and p.format != "live"
            and (
                "Annonce courte" in p.idea
                or "short announcement" in p.idea
                or "Rappel court" in p.idea
                or "short reminder" in p.idea
            )
        ]
        assert len(mine) - len(notices) <= math.ceil(active[nid].posts_per_week * weeks) + 1
    if not shares:
        return
    line = {p.key: p.share for p in s.editorial.pillars}
    # a live's short announcement and a deadline's reminder are notices, outside the line's
    # proportions (they carry the pillar of what they announce)
    posts = [
        p
        for p in posts
        if not any(w in p.idea for w in ("Annonce courte", "short announcement"))
        and not any(w in p.idea for w in ("Rappel court", "short reminder"))
    ]
    # a network kept by cross-posting repeats the main network's posts: counted once
    shared = {n.id for n in s.networks for r in n.reasons if r.code == "effort_cross"}
    posts = [p for p in posts if p.network not in shared]
    # a channel carrying only some kinds of idea (a listing: its own updates) keeps its own count
    posts = [p for p in posts if p.network not in KN.ideas.channels]
    # a named day's posts (a gift day, a trade season's galette) come on top of the line's shares
    posts = [p for p in posts if not p.event]
    # an audience question not yet posted may take a generic sharing slot (review 11a, #6): the
    # shared content may give the audience one more post than the line's rounding, never the offer
    # and a slot with only a frame with no subject left takes a subject of the client's from
    # another pillar, filed under it (review 18, D1): one more each way
    room = {"audience_problems": (2, 2), "curation": (2, 1), "own_offer": (1, 2)}
    if any(
        n.role in ACTIVE and n.kind == "social" and not set(n.formats) & set(STOCK)
        for n in s.networks
    ):
        # a channel that takes only long videos, lives or audio: a frame any client can post is
        # never shot as one (review 15, D6), so a slot with no subject of the client's own for it
        # borrows one from another pillar, filed under it; the line's shares give way there
        # rather than a filler on camera (every example's shares are still checked)
        return
    for key, share in line.items():
        n = sum(1 for p in posts if p.pillar == key)
        below, above = room.get(key, (1, 1))
        wanted = share * len(posts)
        assert wanted - below <= n <= wanted + above, f"{key}: {n} of {len(posts)} posts"


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_example_has_a_calendar_that_keeps_the_plans_promises(name):
    s = example(name)
    check_calendar(s)
    assert not any("{" in x.idea or "None" in x.idea for x in s.calendar)
    assert any(x.activity == "setup" for x in s.calendar)
    if any(r.activity == "listen" for r in s.routine):
        listened = {x.date.isocalendar()[1] for x in s.calendar if x.activity == "listen"}
        assert len(listened) == KN.calendar.weeks, "a listening session every week"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_data())
# an hour a week to watch five networks, one imposed: listening took 1 h 15 and the imposed
# network -30 min, a crash (found by this test in CI, 2026-11-30)
@hypothesis.example(
    {
        "version": 1,
        "lang": "fr",
        "org_name": "a",
        "objective": "monitoring",
        "hours_per_week": 1.0,
        "overrides": {"networks": {"facebook": {"role": "secondary", "reason": "client request"}}},
    }
)
# found by this test in the fresh-clone CI of 5604912: a public body told to fix the basics
# first keeps its service posts (plan46), on a format its main network's card names
@hypothesis.example(
    {"version": 1, "lang": "fr", "org_name": "a", "org_kind": "public_body", "offer_ready": "no"}
)
@hypothesis.example(
    {
        "version": 1,
        "lang": "fr",
        "org_name": "a",
        "org_kind": "public_body",
        "target": {"metric": "a", "baseline": 0.0, "value": 0.0, "unit": "a"},
        "offer_ready": "no",
        "overrides": {"networks": {"facebook": {"role": "primary", "reason": "client request"}}},
    }
)
def test_any_answers_give_a_calendar_that_keeps_the_plans_promises(data):
    # random answers hold one to four subjects: with a subject once a network (review 14, #5),
    # fillers only where they fit (review 14, #6) and never on camera (review 15, D6), the draw
    # cannot keep the line's shares with so little (12 of 28 audience posts for four one-letter
    # skills); the shares are checked on every example, to the post, and the rest of the
    # calendar's promises here (known gap: three personas drift too, see issue 12's note of
    # 2026-11-30)
    check_calendar(
        build(validate(data)), shares=False, public=data.get("org_kind") == "public_body"
    )


def test_each_kept_network_posts_at_its_rhythm_once_set_up():
    s = strategy_from(current_networks=["linkedin"], hours_per_week=6)
    kept = [n for n in s.networks if n.role in ACTIVE and n.posts_per_week >= 1]
    assert kept
    for n in kept:
        count = sum(1 for x in s.calendar if x.activity == "post" and x.network == n.id)
        # the first week loses the days before the set-up, never more
        assert count >= round(n.posts_per_week * (KN.calendar.weeks - 1)), n.id


def test_an_organisation_present_nowhere_listens_two_weeks_before_its_first_post():
    s = strategy_from(current_networks=[])
    first_post = min(x.date for x in s.calendar if x.activity == "post")
    start = s.plan[0].start
    assert first_post >= start + timedelta(days=7 * KN.thresholds.listen_first_weeks)
    assert any(x.activity == "listen" and x.date < first_post for x in s.calendar)


def test_a_monitoring_objective_listens_twice_a_week_and_posts_nothing_the_first_month():
    s = strategy_from(objective="monitoring")
    assert not [x for x in s.calendar if x.activity == "post"]
    per_week = {}
    for x in s.calendar:
        if x.activity == "listen":
            per_week.setdefault(x.date.isocalendar()[1], []).append(x)
    assert per_week and all(len(v) == 2 for v in per_week.values())


def test_the_peers_named_are_in_the_listening_sessions():
    s = strategy_from(competitors=["Atelier Nord", "Maison Brun"])
    listen = [x.idea for x in s.calendar if x.activity == "listen"]
    assert listen and all("Atelier Nord" in i and "Maison Brun" in i for i in listen)
    assert s.audit.competitors == ["Atelier Nord", "Maison Brun"]


def test_a_fix_first_calendar_opens_with_the_fixes():
    s = strategy_from(negative_feedback="delete")
    assert s.verdict == "fix_first"
    first = s.calendar[0]
    assert first.activity == "setup" and first.network is None
    assert "critic" in first.idea.lower()


# -- the Sprout Social files ------------------------------------------------------------------


def read_csv(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8")
    assert not text.startswith("\ufeff"), "a byte-order mark would change the first header"
    rows = list(csv.DictReader(io.StringIO(text)))
    return rows


@pytest.mark.parametrize(("lang", "order"), [("fr", "%d/%m/%Y"), ("en", "%m/%d/%Y")])
def test_sprout_files_have_its_headers_its_day_order_and_the_calendars_posts(lang, order):
    s = example("boulangerie-locale", lang)
    produced = dict(csv_out.files(s, RenderOptions()))
    posts = [x for x in s.calendar if x.activity == "post"]
    schedulable = {x.network for x in posts if KN.network(x.network or "").bulk_schedulable}
    assert set(produced) == {
        f"boulangerie-le-fournil-de-lea-{n.replace('_', '-')}.csv" for n in schedulable
    }
    assert "newsletter" not in " ".join(produced), "a newsletter is not sent from Sprout"
    for name, data in produced.items():
        assert data.decode().splitlines()[0] == "date,time_24hr,message_text"
        rows = read_csv(data)
        network = next(n for n in schedulable if name.endswith(f"-{n.replace('_', '-')}.csv"))
        # each row a draft caption (cal48, review 31b G15): the marker, then the post's idea
        expected = sorted(
            (x.date, x.time, csv_out.draft(x.idea, lang)) for x in posts if x.network == network
        )
        got = [
            (datetime.strptime(r["date"], order).date(), r["time_24hr"], r["message_text"])
            for r in rows
        ]
        assert got == expected
        assert len(rows) <= csv_out.MAX_ROWS


def test_sprout_rows_are_ten_minutes_apart_and_350_at_most():
    s = example("industrial-valves-b2b")
    day = s.calendar[-1].date
    # three posts in the same minute on one network, and far too many of them
    crowd = [
        s.calendar[0].model_copy(
            update={
                "activity": "post",
                "network": "linkedin",
                "date": day,
                "time": "09:00",
                "idea": f"idea {i}",
                "pillar": "curation",
                "format": "text",
            }
        )
        for i in range(400)
    ]
    s = s.model_copy(update={"calendar": crowd})
    (_name, data), *_ = csv_out.files(s, RenderOptions())
    rows = read_csv(data)
    assert len(rows) == 350
    moments = [datetime.strptime(f"{r['date']} {r['time_24hr']}", "%m/%d/%Y %H:%M") for r in rows]
    assert all(b - a >= timedelta(minutes=10) for a, b in itertools.pairwise(moments))


def test_render_csv_writes_one_file_per_network_into_the_folder(tmp_path: Path):
    out = tmp_path / "drafts"
    result = run_cli(
        "render", str(EXAMPLES / "boulangerie-locale.yaml"), "--format", "csv", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "boulangerie-le-fournil-de-lea-facebook.csv",
        "boulangerie-le-fournil-de-lea-google-business.csv",
    ]
    assert all(str(out / n) in result.stderr for n in names)


def test_render_csv_to_stdout_with_several_networks_says_to_give_a_folder(tmp_path: Path):
    result = run_cli(
        "render", str(EXAMPLES / "boulangerie-locale.yaml"), "--format", "csv", "-o", "-"
    )
    assert result.returncode == 2
    assert "give -o FOLDER" in result.stderr and "Traceback" not in result.stderr


def test_render_csv_with_nothing_to_post_yet_says_so_and_writes_nothing(tmp_path: Path):
    result = run_cli(
        "render",
        str(EXAMPLES / "restaurant-fix-first.yaml"),
        "--format",
        "csv",
        "-o",
        str(tmp_path / "out"),
    )
    assert result.returncode == 0
    assert "nothing to schedule" in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_ics_holds_every_slot_of_the_four_weeks():
    from icalendar import Calendar

    from tests.conftest import render_example

    cal = Calendar.from_ical(render_example("boulangerie-locale", "fr", "ics"))
    s = example("boulangerie-locale")
    slots = [e for e in cal.walk("VEVENT") if "-slot-" in str(e["uid"])]
    assert len(slots) == len(s.calendar)
    assert sorted(str(e["description"]) for e in slots) == sorted(x.idea for x in s.calendar)
    starts = {e["dtstart"].dt.date() for e in slots}
    assert starts == {x.date for x in s.calendar}


# -- governance, tools, the paid budget, the audit --------------------------------------------


def test_an_intern_never_publishes_unread_and_support_goes_to_customer_service():
    s = strategy_from(run_by="intern", objective="support")
    g = s.governance
    # every campaign post is approved; answers go out from templates approved in advance
    assert "intern" in g.publishes.lower() and "campaign posts" in g.approves
    assert "templates" in g.approves
    assert "Customer service" in g.answers
    assert any("contract number" in m for m in g.moderation)


def test_the_response_time_promised_is_the_one_given_never_slower_than_the_same_day():
    assert strategy_from(response_time_hours=6).governance.response_time_hours == 6
    slow = strategy_from(response_time_hours=96).governance.response_time_hours
    assert slow == KN.thresholds.response_target_hours


def test_deleting_criticism_becomes_a_rule_never_to():
    rules = " ".join(strategy_from(negative_feedback="delete").governance.moderation)
    assert "Never delete a criticism" in rules
    rules = " ".join(strategy_from(negative_feedback="answer").governance.moderation)
    assert "Never delete a criticism" not in rules


def test_tools_follow_what_the_plan_does():
    s = strategy_from(objective="leads", website="modern", formats=["photo"])
    cats = [t.category for t in s.tools]
    assert {"scheduling", "listening", "link_tracking", "analytics", "design"} <= set(cats)
    assert any("UTM" in t.how for t in s.tools if t.category == "link_tracking")
    s = strategy_from(objective="loyalty", website="none", formats=["text"])
    cats = [t.category for t in s.tools]
    assert "link_tracking" not in cats and "design" not in cats


def test_paid_tools_are_named_only_when_there_is_money_for_them():
    rich = strategy_from(monthly_budget_eur=400)
    poor = strategy_from(monthly_budget_eur=0)
    assert "Mention" in next(t.how for t in rich.tools if t.category == "listening")
    assert "Mention" not in next(t.how for t in poor.tools if t.category == "listening")


def test_the_paid_budget_is_split_to_the_euro_and_holds_ads_while_fixing():
    s = strategy_from(monthly_budget_eur=300)
    # no tools line for a plan whose free tools suffice (review 27, #13: engine/money.py)
    assert {x.category for x in s.budget.split} == {"ads", "creation"}
    assert abs(sum(x.eur_per_year for x in s.budget.split) - 3600) <= 1
    fixing = strategy_from(monthly_budget_eur=300, negative_feedback="delete")
    ads = next(x for x in fixing.budget.split if x.category == "ads")
    assert ads.eur_per_year == 0 and "No advertising" in ads.why
    assert strategy_from(monthly_budget_eur=0).budget.split == []


def test_each_current_account_gets_its_checklist():
    s = strategy_from(current_networks=["facebook", "google_business", "newsletter"])
    audit = {a.network: a.checks for a in s.audit.accounts}
    assert set(audit) == {"facebook", "google_business", "newsletter"}
    assert any("reviews" in c for c in audit["google_business"])
    assert any("subscribers" in c for c in audit["newsletter"])
    assert len(audit["facebook"]) >= 4


def test_a_public_body_or_a_b2b_firm_posts_on_working_days_only():
    """Reported: a town hall with one person answering posted on Saturday and Sunday evenings."""
    personas = Path(__file__).parent / "personas"
    for s in (
        build(load_answers(personas / "town-hall.yaml")),
        build(load_answers(personas / "saas-recrute.yaml")),
        strategy_from(audience_types=["professionals"]),
    ):
        posts = [x for x in s.calendar if x.activity == "post"]
        assert posts and all(x.date.isoweekday() <= 5 for x in posts), posts
    shop = build(load_answers(Path(__file__).parent / "personas" / "webshop-tea.yaml"))
    assert any(x.date.isoweekday() > 5 for x in shop.calendar if x.activity == "post"), (
        "a webshop's buyers are there at the weekend: its posts keep those days"
    )


def test_a_town_hall_posts_no_results_before_an_election():
    """Review 4, D3: the L52-1 warning is applied where the posts are planned."""
    s = persona("town-hall", lang="fr")
    own = [x.idea for x in s.calendar if x.activity == "post" and x.pillar == "own_offer"]
    assert own and not any("1 400" in idea for idea in own)
    pillar = next(p for p in s.editorial.pillars if p.key == "own_offer")
    assert "7 mai 2027" in pillar.note and "information pratique" in pillar.note
    # after the vote, with no other election ahead in the plan, the proof comes back
    after = persona_with("town-hall", lang="fr", start_date="2027-06-07", horizon_months=3)
    pillar = next(p for p in after.editorial.pillars if p.key == "own_offer")
    assert pillar.note == ""
    assert any("1 400" in x.idea for x in after.calendar if x.pillar == "own_offer")


# --- Review 5: posting times that fit the trade, a cross-post's own slot, a season closed


def test_a_lunch_business_posts_before_the_service_not_after_it():
    # the food truck sells lunch (« le midi », « déjeuner »): its feed posts go out at 11:00-11:30
    s = persona("creperie-mobile")
    posts = [x for x in s.calendar if x.activity == "post" and x.network == "instagram"]
    assert posts and all("11:00" <= x.time <= "11:30" for x in posts), [x.time for x in posts]
    # the same business selling in the evening keeps the network's usual times
    evening = persona_with(
        "creperie-mobile",
        offer="Galettes et crêpes bretonnes faites minute, sur les marchés du soir",
        desired_action="Venir dîner au camion",
        audience_description="Des familles sur les marchés du soir.",
    )
    times = {x.time for x in evening.calendar if x.activity == "post" and x.network == "instagram"}
    assert times and not times & {"11:00", "11:30"}


def test_a_business_on_the_move_says_each_day_where_it_is_and_lists_its_week():
    for lang, said in (("fr", "Story du jour avant 11 h"), ("en", "Today's story before 11:00")):
        s = persona("creperie-mobile", lang=lang)
        story = [r for r in s.editorial.rituals if r.what.startswith(said)]
        assert len(story) == 1, [r.what for r in s.editorial.rituals]
        # five minutes a day, taken from the main network's own time: the week still adds up
        daily = [i for i in s.routine if i.network == "instagram" and "5 minutes" in i.what]
        assert [i.hours for i in daily] == [0.5]
        assert sum(i.hours for i in s.routine) == s.budget.hours_per_week
        listing = [x for x in s.calendar if x.activity == "post" and x.network == "google_business"]
        assert listing and all(
            ("planning de la semaine" if lang == "fr" else "schedule for the week") in x.idea
            for x in listing
        )
        # what the story says each day is no feed post
        feed = [x.idea for x in s.calendar if x.activity == "post" and x.network == "instagram"]
        assert not [i for i in feed if "emplacement du jour" in i.casefold() or "où est" in i]
    # a business with premises: no daily spot to give
    fixed = persona_with("creperie-mobile", premises="shop")
    assert not [r for r in fixed.editorial.rituals if "Story du jour" in r.what]
    assert all("5 minutes" not in i.what for i in fixed.routine)


def test_a_cross_posted_network_gets_its_own_slot_at_its_good_times():
    for lang, line in (
        ("en", "reposted with an opening line written for LinkedIn"),
        ("fr", "avec une première ligne écrite pour LinkedIn"),
    ):
        s = persona("precision-machining", lang=lang)
        shared = [x for x in s.calendar if x.activity == "post" and x.network == "linkedin"]
        facebook = [x for x in s.calendar if x.activity == "post" and x.network == "facebook"]
        assert shared and facebook
        for x in shared:
            assert x.date.isoweekday() <= 5, f"LinkedIn on {x.date:%A}"
            assert x.time in ("08:30", "12:15"), x.time
            assert line in x.idea and "same time" not in x.idea and "même temps" not in x.idea
            # after the Facebook post it adapts, never before it
            original = x.idea.split(" Your ")[0].split(" Reprise ")[0]
            assert any(f.idea == original and f.date <= x.date for f in facebook), x.idea


def test_an_organisation_has_a_facebook_page_not_a_profile():
    for name in ("camping-familial", "listening-brand", "teen-esports"):
        for lang, page, profile in (
            ("fr", "Page Facebook", "profil Facebook"),
            ("en", "Facebook Page", "Facebook profile"),
        ):
            s = persona(name, lang=lang)
            lines = [
                x.idea for x in s.calendar if x.network == "facebook" and x.activity == "setup"
            ]
            assert lines and all(profile not in x.casefold() for x in lines), lines
            # a Page to create or complete is named a Page (an existing one is audited)
            current = load_answers(PERSONAS / f"{name}.yaml").values.get("current_networks", [])
            if "facebook" not in current:
                assert all(page in x for x in lines), lines


def test_a_listing_out_of_season_speaks_of_the_next_opening_not_of_a_site_in_use():
    for lang, opening, on_site in (
        ("fr", "avril", "photo prise sur place"),
        ("en", "April", "photo taken on site"),
    ):
        s = persona("camping-familial", lang=lang)  # open April to September, starts in January
        listing = [x for x in s.calendar if x.activity == "post" and x.network == "google_business"]
        assert listing and all(on_site not in x.idea for x in listing), [x.idea for x in listing]
        assert opening in listing[0].idea and "2027" in listing[0].idea
        set_up = next(
            x.idea for x in s.calendar if x.activity == "setup" and x.network == "google_business"
        )
        assert opening in set_up  # closed until April, said in the listing's hours
    # a festival in July, starting in January: its listing is a place page, updated at each
    # edition, with no weekly post about an empty field
    festival = persona("folk-festival", lang="en")
    assert not [
        x for x in festival.calendar if x.activity == "post" and x.network == "google_business"
    ]
    # in season, the listing posts about the site as usual
    summer = persona_with("camping-familial", start_date="2027-06-07")
    ideas = [
        x.idea for x in summer.calendar if x.activity == "post" and x.network == "google_business"
    ]
    assert ideas and not any("Ouverture en" in i or "saison passée" in i for i in ideas)


def test_a_traffic_or_leads_plan_carries_its_desired_action_in_posts_and_letters():
    """Review 7, #1: beyond campaigns, the call to act is keyed to the objective."""
    posts = lambda s: [x for x in s.calendar if x.activity == "post"]  # noqa: E731
    # traffic: every answer to the audience ends on the tracked link to the placement test
    school = persona("ecole-francisation-montreal", lang="fr")
    own = ("google_business",)  # a Google listing post has a button of its own
    answers = [x for x in posts(school) if x.pillar == "audience_problems" and x.network not in own]
    assert answers and all("faites le test de niveau gratuit" in x.idea for x in answers)
    # curation stays link-out
    assert not any("lien balisé" in x.idea for x in posts(school) if x.pillar == "curation")
    # no nine-in-ten link rule on the network meant to send people to the site
    assert not any("neuf" in r.what for r in school.editorial.rituals)
    # leads: one post in two on a network ends on the offer, never a curation post
    agency = persona("cork-estate-agent", lang="en")
    social = [x for x in posts(agency) if x.network == "facebook"]
    called = [x for x in social if "request a free valuation" in x.idea]
    assert called and all(x.pillar != "curation" for x in called)
    # every letter ends on the desired action; the first to an imported list opens on it
    for name, lang, action in (
        ("camping-familial", "fr", "réserver son séjour d’été"),
        ("lumen-skin-studio", "en", "book the next appointment"),
    ):
        letters = [x for x in posts(persona(name, lang=lang)) if x.network == "newsletter"]
        assert letters and all(action in x.idea for x in letters), [x.idea for x in letters]
        assert "three reads" not in letters[0].idea and "trois lectures" not in letters[0].idea
    # a campaign's X relays each fact with the petition link: no link-out rule there
    liege = persona("collectif-velo-liege", lang="fr")
    assert not any("X (Twitter)" in r.what and "neuf" in r.what for r in liege.editorial.rituals)
    # the link goes in the bio on Instagram, in the post elsewhere; TikTok only when planned
    instagram = [x.idea for x in posts(liege) if x.network == "instagram" and "Pour agir" in x.idea]
    assert instagram and all("dans la bio" in i and "TikTok" not in i for i in instagram)


def test_a_new_linkedin_page_with_only_lives_gets_posts_of_a_format_its_card_names():
    # found by the property test: formats [live] on a new LinkedIn page (no LinkedIn Live
    # before an audience) put 'text' posts in the calendar while the card said 'live'
    s = strategy_from(formats=["live"], current_networks=[], considered_networks=["linkedin"])
    linkedin = [n for n in s.networks if n.id == "linkedin" and n.role in ACTIVE]
    for n in linkedin:
        assert "live" not in n.formats
        posts = [x for x in s.calendar if x.network == "linkedin" and x.activity == "post"]
        assert all(x.format in n.formats for x in posts)
    check_calendar(s)
