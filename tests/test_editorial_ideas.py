"""The editorial line and the first four weeks as a community manager reads them.

What a reader checks: the client's own topics are its own content (shown, explained,
announced), never someone else's to share; ideas never paste the offer or a proof into a
filming instruction, nor send a town hall "to a real customer"; no week of the four is empty,
no idea comes twice, a newsletter is named as often as it goes out; the rituals say the real
rhythm, promise the response time the plan aims at, give an opinion only when a person speaks
and the nine-in-ten link rule only where it applies.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from strategy_wizard.model.answers import load_answers
from strategy_wizard.model.catalogue import load_catalogue
from tests.conftest import EXAMPLES, PERSONAS, build, persona_with, strategy_from

KN = load_catalogue()
ALL = sorted(PERSONAS.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))
# (« en direct sur notre site » is a booking made directly, not a live)
FILMED = re.compile(
    r"\b(vid[ée]os?|film\w*|seconds|secondes|live|(?<!en )direct|caméra|camera)\b", re.I
)


def strategy(path: Path, lang: str):
    return build(load_answers(path), lang=lang)


def ideas(s) -> list[str]:
    return (
        [i for p in s.editorial.pillars for i in p.ideas]
        + s.editorial.post_ideas
        + [x.idea for x in s.calendar if x.activity == "post"]
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_ideas_read_like_posts_and_weeks_are_never_empty(path, lang):
    s = strategy(path, lang)
    answers = load_answers(path).values
    offer = answers.get("offer") or ""
    proofs = answers.get("proof_points") or []
    for idea in ideas(s):
        # the offer line is never pasted into an idea; a proof never "filmed"
        assert not offer or offer not in idea, idea
        # (the action's last line may name a « live cohort »: the post's own shape is before it)
        shape = re.split(r"Last line|Dernière ligne", idea)[0]
        if FILMED.search(shape):
            assert not any(p in idea for p in proofs), idea
    # the client's own topics are never someone else's content to share
    for topic in answers.get("topics") or []:
        for idea in ideas(s):
            if topic in idea:
                # (a post shared at once on a second network is the person's own)
                idea = re.split(r"The same post as on|La même publication que sur", idea)[0]
                # (nor is the call's own wording: « a $5 share savings deposit »)
                # (nor the per-post call of an advocacy plan: « To act: share it with someone »)
                idea = re.split(
                    r"At the bottom|En bas|Last line|Dernière ligne|To act:|Pour agir", idea
                )[0]
                assert not re.search(r"share|partager|relay|relayer", idea, re.I), idea
    # never the same post twice in four weeks, the weekly slots left included: each week's
    # opens on another question (ideas44)
    posts = Counter(x.idea for x in s.calendar if x.activity == "post")
    assert not [i for i, n in posts.items() if n > 1]
    # no week of the four without a dated task or a post
    start = s.plan[0].start if s.plan else s.generated_on
    busy = {(x.date - start).days // 7 for x in s.calendar if x.activity != "listen"}
    assert busy == set(range(KN.calendar.weeks))


def test_a_town_hall_announces_its_own_roadworks_and_never_gives_opinions():
    s = strategy(PERSONAS / "town-hall.yaml", "fr")
    text = " ".join(ideas(s))
    assert "Les travaux\u00a0:" in text, "its own subject, as a headline"
    assert not re.search(r"chez un vrai client|votre avis|en ajoutant", text)
    assert all("travaux" not in i or "Partager" not in i for i in ideas(s))


def test_a_newsletter_is_named_as_often_as_it_goes_out():
    """Reported: a weekly newsletter labelled « La lettre du mois », the same issue twice."""
    names = {"weekly": "La lettre de la semaine", "fortnightly": "La lettre de la quinzaine"}
    seen = set()
    for path in ALL:
        s = strategy(path, "fr")
        plan = next((n for n in s.networks if n.id == "newsletter" and n.posts_per_week), None)
        letters = [x.idea for x in s.calendar if x.network == "newsletter" and x.activity == "post"]
        if plan is None or not letters:
            continue
        every = plan.posts_per_week
        kind = "weekly" if every >= 1 else "fortnightly" if every >= 0.5 else "monthly"
        seen.add(kind)
        expected = names.get(kind, "La lettre du mois")
        # a new letter's first issue goes to the sign-ups of the first weeks, or to the list
        # imported (review 6, #5), named as such
        later = [i for i in letters if not i.startswith(("Premier numéro", "Premier envoi"))]
        assert all(i.startswith(expected) for i in later), (path.name, every, letters)
        assert len(set(letters)) == len(letters), (path.name, letters)
    assert seen, "no case with a newsletter: the test reads nothing"


def test_a_fix_first_month_keeps_answering_at_the_response_time_the_plan_aims_at():
    s = strategy(PERSONAS / "support-telecom.yaml", "en")
    # the client's 2 h is a staffing matter, not audience growth: kept as the aim
    assert s.verdict == "fix_first" and s.objective.target == 2
    assert s.governance.response_time_hours == 2
    answer = next(r.what for r in s.editorial.rituals if r.what.startswith("Answer every"))
    assert "within 2 h" in answer
    # answering is a daily habit, in the rituals above, not one week's task (review 14, #4:
    # « Répondre à chaque question en moins de 24 h » as the one line of week 3); weeks 3-4
    # still hold work
    late = [x for x in s.calendar if x.date >= s.plan[0].start + timedelta(days=14)]
    assert late and not any("within 2 h" in x.idea for x in late), [x.idea for x in late]


def test_the_frequency_column_says_the_real_rhythm():
    # a regional audience: the Google listing leads since a main network below its minimum gives
    # way (review 11a, #2); the letter, a quarter of a post a week, is said monthly
    s = persona_with("ceramics-workshop", "en", audience_geo="regional")
    rituals = {r.what: r.frequency for r in s.editorial.rituals}
    assert rituals["Send your newsletter"] == "once a month"
    assert rituals["Post news on your Google listing"] == "once a week"
    for path in ALL:  # no network said to be posted on every week when it is not
        s = strategy(path, "en")
        for n in s.networks:
            if 0 < n.posts_per_week < 1:
                said = [r.frequency for r in s.editorial.rituals if n.name in r.what]
                assert "every week" not in said, (path.name, n.id, said)


def test_an_opinion_only_from_a_person_and_never_more_often_than_they_post():
    slow = strategy(PERSONAS / "ceramics-workshop.yaml", "en")  # 1.5 posts a week
    opinion = [r for r in slow.editorial.rituals if "own view" in r.what]
    # plan48 (review 31a, C10): a person alone with 2 h a week gives an opinion every other
    # week; a weekly one needs the hours (thresholds few_hours_solo)
    assert opinion and opinion[0].frequency == "once every two weeks"
    public = strategy_from(voice="personal", org_kind="public_body", team="small_team")
    assert not any("own view" in r.what for r in public.editorial.rituals)


def test_the_nine_in_ten_link_rule_only_on_link_networks_and_not_to_sell():
    awareness = strategy_from(objective="awareness", current_networks=["linkedin"])
    sales = strategy_from(objective="sales", current_networks=["linkedin"])
    assert any("among the links you share" in r.what for r in awareness.editorial.rituals)
    assert not any("among the links you share" in r.what for r in sales.editorial.rituals)
    for name in ("town-hall", "ceramics-workshop", "teen-esports"):  # Facebook, no link rule
        s = strategy(PERSONAS / f"{name}.yaml", "en")
        assert not any("among the links you share" in r.what for r in s.editorial.rituals)


def test_a_listening_month_fills_its_weeks_with_listening_and_preparing():
    s = strategy(PERSONAS / "ceramics-workshop.yaml", "fr")
    week2 = [
        x.idea
        for x in s.calendar
        if x.activity != "listen" and 7 <= (x.date - s.plan[0].start).days < 14
    ]
    assert any("veille" in i for i in week2) and any("programmer" in i.lower() for i in week2)
    assert "Séance" not in " ".join(x.idea for x in s.calendar)


def test_times_of_day_read_as_each_language_writes_them():
    from strategy_wizard.base.locale import locale_for

    assert locale_for("fr").clock("16:00") == "16\u00a0h"
    assert locale_for("fr").clock("12:30") == "12\u00a0h\u00a030"
    assert locale_for("en").clock("09:00") == "09:00"


def test_an_audience_all_under_25_is_addressed_informally_unless_told_otherwise():
    young = strategy_from(lang="fr", audience_ages=["13-17", "18-24"], address_form=None)
    assert young.editorial.address_form == "tu"
    assert any("moins de 25 ans" in a.why for a in young.assumptions)
    mixed = strategy_from(lang="fr", audience_ages=["13-17", "35-49"], address_form=None)
    assert mixed.editorial.address_form == "vous", "parents among them: the formal address"
    chosen = strategy_from(lang="fr", audience_ages=["18-24"], address_form="vous")
    assert chosen.editorial.address_form == "vous", "an answer is never overridden"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_an_idea_says_what_its_format_can_show(path):
    """Reported: « Un cas réel en photos » on a LinkedIn that only takes text; a medal 'lived'
    by a person; « autour de « les vendanges » »."""
    if path.stem == "collectif-velo-liege":
        pytest.xfail(
            "known (2026-12-01, round 4): a Facebook photo post crossed to X, whose card takes "
            "text, keeps « en une photo » in its brief; see the issue note"
        )
    s = strategy(path, "fr")
    kinds = {n.id: n.kind for n in load_catalogue().networks}
    for slot in s.calendar:
        if slot.activity != "post":
            continue
        if slot.format == "text" and kinds.get(slot.network) == "social":
            assert "photo" not in slot.idea.lower() and "vidéo" not in slot.idea.lower(), slot
        assert "autour de «" not in slot.idea and "qui l'a vécu" not in slot.idea, slot


# Shapes the third review found in the ideas (D5): a frame that only fits some answers, a proof
# "shown" by someone's case, the action pasted after "how to do it", a public service's "work".
NEVER = re.compile(
    r"the case of someone who shows it|le cas d.une personne qui l.illustre"
    r"|Show step by step how to do it|Montrer pas à pas comment faire"
    r"|vos dates, lieux et chiffres|your own dates, places and figures"
    r"|Les coulisses, côté|Behind the scenes, on|thème «|around «|around “"
    r"|Une photo de votre travail|A photo of your own work|qui l.a vécu",
)


def _answers(path: Path) -> dict:
    return load_answers(path).values


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_an_idea_opens_on_the_person_s_words_reshaped_never_pasted_in_quotes(path, lang):
    """Reported (D5): « Une photo commentée qui répond à « Trouver un dentiste… » », "A short
    post opening with "12 years translating…", then the case of someone who shows it"."""
    answers = _answers(path)
    s = strategy(path, lang)
    same = load_answers(path).lang == lang
    words = (
        (answers.get("audience_problems") or [])
        + (answers.get("topics") or [])
        + (answers.get("proof_points") or [])
        + (answers.get("expertise") or [])
        + [answers.get("desired_action") or ""]
    )
    for idea in ideas(s):
        assert not NEVER.search(idea), idea
        if same:  # in their own language, the words are reshaped, never quoted as a form
            for w in filter(None, words):
                for q in ("«\u00a0" + w, "“" + w, '"' + w):
                    assert q not in idea, (w, idea)


def test_a_problem_becomes_the_question_the_post_opens_on():
    dentist = " ".join(ideas(strategy(PERSONAS / "cabinet-dentaire.yaml", "fr")))
    assert "Vous cherchez un dentiste qui prend encore de nouveaux patients\u202f?" in dentist
    assert "Vous vous demandez combien coûte un implant" in dentist
    wine = " ".join(ideas(strategy(PERSONAS / "domaine-vin.yaml", "fr")))
    # every other question of one shape opens otherwise (« Comment … ? », review 30a D10)
    assert "vous faire livrer sans que les bouteilles cassent\u202f?" in wine
    translator = " ".join(ideas(strategy(PERSONAS / "freelance-translator.yaml", "en")))
    assert "Wondering whether a machine translation is safe for a contract?" in translator
    assert "Want to get an annual report translated in time" in translator
    # the proof opens its post; no blank follows it (review 8, #5)
    assert "12 years translating for two Big Four firms: the figure first" in translator
    teen = " ".join(ideas(strategy(PERSONAS / "teen-esports.yaml", "en")))
    assert "How to sign up for the summer camp:" in teen
    young = strategy_from(
        lang="fr",
        audience_ages=["18-24"],
        address_form="tu",
        audience_problems=["Se faire des amis en arrivant en ville"],
    )
    assert "Tu cherches à te faire des amis en arrivant en ville\u202f?" in " ".join(ideas(young))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_dental_practice_informs_and_never_advertises_care(lang):
    """Reported (D1): before/after whitening photos, a review quoted in a caption, « Les
    coulisses, côté implantologie : un geste filmé de près », a testimonial asked of patients."""
    s = strategy(PERSONAS / "cabinet-dentaire.yaml", lang)
    text = " ".join(ideas(s))
    banned = (
        r"avant/après|before/after|avis reçu|review you received|témoign|testimon"
        r"|coulisses|behind the scenes|filmé de près|filmed up close|cas réel|real case"
        r"|personne que vous avez aidée|someone you helped"
    )
    assert not re.search(banned, text, re.I), re.search(banned, text, re.I)
    # fees are information (what the fees cover, what is reimbursed), never a price as a hook
    fees = [i for i in ideas(s) if re.search(r"prix des implants|price of implants", i, re.I)]
    for idea in fees:
        assert re.search(r"honoraires|fees", idea) and re.search(r"prix d.appel|price used", idea)
    for said in (
        ("premier rendez-vous", "first appointment"),
        ("remboursé", "reimbursed"),
        ("urgence", "emergency"),
        ("prévention", "prevention"),
    ):
        assert said[lang == "en"] in text, said
    customers = " ".join(r.how for r in s.relays if r.id == "customers")
    asked = r"demander aux clients satisfaits|ask satisfied customers"
    assert not re.search(asked, customers, re.I), customers


def test_a_wine_estate_shows_no_festive_idea_nor_reposted_reviews():
    s = strategy(PERSONAS / "domaine-vin.yaml", "fr")
    text = " ".join(ideas(s))
    assert "sur ses habitudes" not in text and "personne que vous avez aidée" not in text
    party = strategy_from(
        lang="fr",
        sector="food_drink",  # the rule is assumed from the words only when the sector agrees
        offer="Vins de Loire vendus au caveau",
        topics=["les soirées apéro au domaine", "la taille de la vigne"],
    )
    said = " ".join(ideas(party))
    assert "apéro" not in said and "La taille de la vigne" in said
    relay = [r.how for r in s.relays if r.id == "customers"]
    assert relay and all("sauf ceux qui célèbrent la boisson" in h for h in relay)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_tea_shop_speaks_of_taste_origin_and_brewing_never_of_health(lang):
    """Reported (D1): « Une image qui résume « le thé et la santé » en trois points »."""
    text = " ".join(ideas(strategy(PERSONAS / "webshop-tea.yaml", lang)))
    assert not re.search(r"santé|health", text, re.I)
    assert re.search(r"goût|taste", text) and re.search(r"D.où vient|comes from", text)


def test_a_translator_tells_only_anonymised_cases_with_written_consent():
    """Reported (D1): "A real case in a few lines", "one story of the week" for a sworn
    translator under NDA."""
    for lang in ("en", "fr"):
        text = " ".join(ideas(strategy(PERSONAS / "freelance-translator.yaml", lang)))
        assert re.search(
            r"anonymised case, told with the client's written consent"
            r"|cas anonymisé, raconté avec l.accord écrit du client",
            text,
        )
        assert not re.search(
            r"A real case|Un cas réel|story of the week|histoire de la semaine", text
        )
    plain = strategy_from(sector="professional_services", offer="Conseil en marketing")
    assert "anonymised" not in " ".join(ideas(plain)), "only professions under secrecy"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_ideas_fit_the_team_and_what_each_channel_can_carry(path):
    """Reported (D6): a partner or team member for a solo founder; « Relayer la publication …
    d'un autre acteur » on a Google listing; curation on a WhatsApp channel."""
    s = strategy(path, "en")
    answers = _answers(path)
    text = " ".join(ideas(s))
    alone = answers.get("team") == "solo" and answers.get("run_by") in ("founder", None)
    if answers.get("org_kind") in ("freelance", "personal_brand") or (
        alone and answers.get("org_kind") in ("small_business", "startup")
    ):
        assert "team member" not in text, path.name
    if answers.get("org_kind") != "nonprofit":
        assert "volunteer" not in text, path.name
    own = [
        x.idea
        for x in s.calendar
        if x.activity == "post" and x.network in ("google_business", "whatsapp")
    ]
    for idea in own:
        assert not re.search(r"\b(Relay|Share|Put .* spotlight|Invite|Three accounts)", idea), idea


def test_the_listing_of_a_dentist_and_a_wine_estate_never_relays_others():
    for name in ("cabinet-dentaire", "domaine-vin"):
        s = strategy(PERSONAS / f"{name}.yaml", "fr")
        listing = [x.idea for x in s.calendar if x.network == "google_business"]
        assert listing and not any("Relayer" in i or "Partager" in i for i in listing)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_seasonal_topic_is_never_scheduled_out_of_season(lang):
    """Reported (D7): « les vendanges » filmed on 10 March; « la récolte de printemps » on
    6 February."""
    wine = strategy(PERSONAS / "domaine-vin.yaml", lang)  # starts 1 March
    harvest = [x.idea for x in wine.calendar if "vendanges" in x.idea]
    assert harvest, "the topic is still used, as a look back"
    look_back = "Retour sur les vendanges 2026" if lang == "fr" else "Looking back on"
    assert all(i.startswith(look_back) for i in harvest), harvest
    tea = strategy(PERSONAS / "webshop-tea.yaml", lang)  # February
    spring = [x.idea for x in tea.calendar if "récolte de printemps" in x.idea]
    ahead = "En attendant la récolte de printemps" if lang == "fr" else "Getting ready for"
    assert spring and all(i.startswith(ahead) for i in spring), spring


def test_a_seasonal_topic_in_its_season_is_said_as_it_is():
    from datetime import date

    s = strategy_from(lang="fr", topics=["les vendanges"], start_date=date(2027, 9, 6))
    said = [x.idea for x in s.calendar if "endanges" in x.idea]
    assert said and all(i.startswith("Les vendanges") for i in said), said


# --- Review 4: sentences that follow the answers (D7, D9, D12, D18) ---------------------------


def everything(s) -> str:
    """Every text of a strategy a client reads, as one string."""
    return s.model_dump_json()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_a_channel_named_in_a_step_makes_a_sentence(path, lang):
    """Reported (D7): « Compléter le profil votre fiche Google », "Complete the your Google
    listing profile", « Profil votre fiche Google complet »."""
    text = everything(strategy(path, lang))
    for broken in ("profil votre", "Profil votre", "the your", "your Google listing profile"):
        assert broken not in text, broken
    for broken in ("profile your", "your newsletter profile", "your blog profile"):
        assert broken not in text, broken


def test_a_google_listing_as_main_channel_gets_its_own_first_step():
    s = strategy(PERSONAS / "cabinet-dentaire.yaml", "fr")
    first = s.first_steps[0]
    assert first.startswith("Compléter votre fiche Google"), first
    assert all(w in first for w in ("horaires", "catégorie", "photos", "avis")), first
    milestones = [m.what for p in s.plan for m in p.milestones]
    # plan48 (review 31a, D13): the two-week milestone says what is true on its date
    assert any("fiche Google complète" in m for m in milestones), milestones
    en = strategy(PERSONAS / "cabinet-dentaire.yaml", "en")
    assert en.first_steps[0].startswith("Complete your Google listing (opening hours")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_steps_follow_the_website_and_who_approves(path, lang):
    """Reported (D9): « lien vers votre site » with no website; « Faire valider la charte de
    modération » for a founder whose governance says « Pas de validation à attendre »."""
    s = strategy(path, lang)
    answers = load_answers(path).values
    text = everything(s)
    if answers.get("website") == "none":
        assert "lien vers votre site" not in text and "a link to your site" not in text
    if s.governance.approves.startswith(("Pas de validation", "No sign-off")):
        tasks = " ".join(x.idea for x in s.calendar)
        assert "charte de modération et les rôles" not in tasks
        assert "moderation charter and roles approved" not in tasks


def test_the_food_truck_without_a_website_links_from_its_bio():
    s = strategy(PERSONAS / "creperie-mobile.yaml", "fr")
    assert "lien en bio vers une page de liens" in s.first_steps[0], s.first_steps[0]
    assert any("Écrire votre charte de modération en une demi-page" in x.idea for x in s.calendar)


PROOF_BRIEF = re.compile(
    r"en deux phrases|sans comparaison ni promesse|in two sentences|no comparison and no promise"
)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_a_proof_is_a_post_that_opens_on_the_fact(path, lang):
    """Reported (D12): « X : ce que cela veut dire concrètement pour votre public, en deux
    phrases, sans comparaison ni promesse » is an instruction, not a post."""
    s = strategy(path, lang)
    proofs = load_answers(path).values.get("proof_points") or []
    for idea in ideas(s):
        if any(p in idea for p in proofs):
            assert not PROOF_BRIEF.search(idea), idea


def test_the_wine_estates_medal_opens_its_post():
    s = strategy(PERSONAS / "domaine-vin.yaml", "fr")
    medal = [i for i in ideas(s) if i.startswith("Médaille d’or")]
    assert medal and all("ce qu’il change à table" in i for i in medal), medal


def test_a_town_hall_speaks_of_residents_and_services_never_of_customers():
    """Reported (D12, D18): « Montrer votre offre à l'œuvre chez un client », « L'erreur que vous
    voyez le plus souvent chez votre public », alerts and tools on « votre offre » and « vos
    concurrents »."""
    for lang, words in (
        ("fr", r"\bclients?\b|votre offre|vos concurrents|chez votre public|votre domaine"),
        ("en", r"\bcustomers?\b|your offer|your competitors|in your audience|your field"),
    ):
        s = strategy(PERSONAS / "town-hall.yaml", lang)
        said = ideas(s) + [x.idea for x in s.calendar] + [t.why + t.how for t in s.tools]
        wrong = [t for t in said if re.search(words, t)]
        assert not wrong, wrong


def test_a_listing_post_follows_the_sector():
    """Reported (D12): « la photo d'un travail récent » for a wine estate."""
    s = strategy(PERSONAS / "domaine-vin.yaml", "fr")
    listing = [x.idea for x in s.calendar if x.network == "google_business"]
    assert listing and not any("travail récent" in i for i in listing), listing


def test_a_breton_galette_is_no_seasonal_topic_but_the_kings_cake_is():
    """Reported (D12): « Retour sur la recette de la galette complète 2027 » in April."""
    s = strategy(PERSONAS / "creperie-mobile.yaml", "fr")  # April
    galette = [x.idea for x in s.calendar if "galette complète" in x.idea]
    assert galette and not any(i.startswith("Retour sur") for i in galette), galette
    from datetime import date

    kings = strategy_from(lang="fr", topics=["la galette des rois"], start_date=date(2027, 4, 5))
    said = [x.idea for x in kings.calendar if "galette des rois" in x.idea]
    assert said and all(i.startswith("Retour sur la galette des rois") for i in said), said


def test_a_food_business_shows_an_order_not_a_client_case():
    """Reported (D12): « Trente secondes sur un cas réel : la demande, ce que vous avez fait, le
    résultat » for a crêpe food truck."""
    for lang, case in (("fr", "cas réel"), ("en", "real case")):
        s = strategy(PERSONAS / "creperie-mobile.yaml", lang)
        assert not [i for i in ideas(s) if case in i]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_solo_translator_spotlights_peers_and_clients_not_suppliers(lang):
    """Reported (D12): "Put a supplier, a client who agreed to it or a peer in the spotlight"."""
    s = strategy(PERSONAS / "freelance-translator.yaml", lang)
    spot = [i for i in ideas(s) if re.search("Mettre en avant|spotlight", i)]
    assert spot and not any(re.search("fournisseur|supplier", i) for i in spot), spot


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_french_elides_and_repeats_its_prepositions_before_networks(path):
    """Reported (D18): « autant que Instagram », « de votre fiche Google et votre newsletter »."""
    text = everything(strategy(path, "fr"))
    assert not re.search(r"\b(que|de|le) Instagram\b", text)
    assert not re.search(r"\bde votre \w+( Google)? et votre\b", text)


def test_the_food_truck_reads_correct_french_and_is_no_place_one_visits():
    s = strategy(PERSONAS / "creperie-mobile.yaml", "fr")
    reasons = [r.text for n in s.networks for r in n.reasons]
    text = " ".join(reasons)
    assert "presque autant qu’Instagram" in text
    gbp = " ".join(r.text for n in s.networks if n.id == "google_business" for r in n.reasons)
    assert "lieu que l’on visite" not in gbp and "se déplace chez ses clients" in gbp, gbp


@pytest.mark.parametrize(
    ("lang", "problem", "hook"),
    [
        # review 5, #3: « Looking to se what the workshop looks like », « Looking to camp
        # facilities »; #8: « Vous cherchez à trouver… »
        ("en", "Seeing what the workshop looks like", "Want to see what the workshop looks like?"),
        # an -ing word the data does not list as a verb opens a headline, never a made-up verb
        (
            "en",
            "Camping facilities, parking and access",
            "Camping facilities, parking and access: a question you are often asked.",
        ),
        ("en", "Something to do on a rainy day", "Something to do on a rainy day: a question"),
        # a gerund that also names a thing is a verb only before a determiner
        ("en", "Learning difficulties at school", "Learning difficulties at school: a question"),
        ("en", "Learning an instrument", "Want to learn an instrument?"),
        ("en", "Finding a machining job with day shifts", "Looking for a machining job with day"),
        ("en", "Finding out whether it rains", "Want to find out whether it rains?"),
        ("fr", "Trouver un camping calme au bord de l'eau", "Vous cherchez un camping calme"),
        ("fr", "Trouver rapidement un plombier", "Vous cherchez rapidement un plombier\u202f?"),
        ("fr", "Horaires et tarifs d'été", "Horaires et tarifs d’été\u00a0: une question qu’on"),
    ],
)
def test_a_problem_opens_on_a_question_that_reads_right(lang, problem, hook):
    s = strategy_from(lang=lang, audience_problems=[problem])
    said = [i for i in ideas(s) if problem[:6] in i or problem[:6].lower() in i]
    assert any(hook in i for i in ideas(s)), said
    # never a pleonasm nor a truncated verb
    assert not [i for i in said if re.search(r"cherche[sz]? à trouver|Looking to", i)], said


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_no_idea_carries_a_template_leak(path, lang):
    """Review 5, #3 and #5: "Looking to se…", « chercher à trouver », "someone you helped" /
    « une personne que vous avez aidée », a dish of the moment for a campsite."""
    s = strategy(path, lang)
    leaks = re.compile(
        r"Looking to |cherche[sz]? à trouver|someone you helped|personne que vous avez aidée"
        r"|la plus courte d.abord"
    )
    assert not [i for i in ideas(s) if leaks.search(i)]
    sector = load_answers(path).values.get("sector")
    if sector != "food_drink":
        assert not [i for i in ideas(s) if re.search(r"plat du moment|dish of the moment", i)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_place_or_an_activity_is_no_gesture_of_a_trade(lang):
    """Review 5, #5: « La rivière et ses plages : une photo prise en plein travail », « Les
    randonnées et le kayak : trente secondes d'un geste de votre métier », "English and Welsh folk
    music: a photo taken mid-work", "Thirty seconds on a real case" for a festival."""
    gesture = r"plein travail|geste de votre métier|mid-work|gesture of your trade|cas réel|real c"
    for persona in ("camping-familial", "folk-festival"):
        s = strategy(PERSONAS / f"{persona}.yaml", lang)
        expertise = load_answers(PERSONAS / f"{persona}.yaml").values["expertise"]
        crafts = [i for i in ideas(s) if any(e.lower() in i.lower() for e in expertise)]
        assert crafts and not [i for i in crafts if re.search(gesture, i, re.I)], crafts
        assert not [i for i in ideas(s) if re.search(r"cas réel|real case", i)]
    # a trade keeps its gesture
    s = strategy(PERSONAS / "creperie-mobile.yaml", "fr")
    galette = [i for i in ideas(s) if i.startswith("Galettes de sarrasin")]
    assert any("un geste de votre métier" in i for i in galette), galette


@pytest.mark.parametrize(
    ("persona", "lang", "who"),
    [
        # a guest who came recently: a reef tour is taken once (review 9b, #2)
        ("camping-familial", "fr", "un client venu récemment"),
        ("folk-festival", "en", "someone who came to the last edition"),
    ],
)
def test_a_testimony_names_who_speaks_in_the_sector_s_word(persona, lang, who):
    # which ideas the first four weeks draw depends on the start: look over a year of starts
    said = [
        i
        for month in range(1, 13)
        for i in ideas(persona_with(persona, lang, start_date=f"2027-{month:02}-04"))
        if re.search(r"Quinze secondes où|Fifteen seconds in which", i)
    ]
    assert said and all(who in i for i in said), said


def test_an_event_s_topic_is_not_filmed_on_an_empty_site():
    """Review 5, #5: "Artist interviews: thirty seconds filmed on site" in January."""
    s = strategy(PERSONAS / "folk-festival.yaml", "en")
    assert not [i for i in ideas(s) if "filmed on site, what you do there" in i]
    listing = [x.idea for x in s.calendar if x.network == "google_business"]
    assert not [i for i in listing if "session or creation" in i], listing


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_dentist_checks_a_diploma_with_the_ordre_and_prompts_say_to_fill_in(lang):
    """Review 5, #15: « Trois praticiens, dont un titulaire d'un DU d'implantologie » posted as
    is; « Concrètement, pour vous : … » not marked as a prompt; a neighbourhood event."""
    s = strategy(PERSONAS / "cabinet-dentaire.yaml", lang)
    du = [i for i in ideas(s) if "DU d" in i]
    check = "auprès de votre Ordre" if lang == "fr" else "professional council"
    assert du and all(check in i for i in du), du
    # what the fact changes is asked of the client as a sentence to write, never a blank sent
    # as a post (review 8, #5: « Concrètement, pour vous : … (à compléter) »)
    assert not [i for i in ideas(s) if re.search(r"…|à compléter|to fill in", i)]
    assert not [i for i in ideas(s) if re.search(r"événement du quartier|local event you", i)]
    # the rule itself says so (review 5, #15)
    rule = next(w for w in s.warnings if w.id == "health_profession_rules")
    assert re.search(r"diplômes et titres que votre Ordre|diplomas and titles your", rule.advice)
    factory = strategy(PERSONAS / "precision-machining.yaml", lang)
    assert not [i for i in ideas(factory) if re.search(r"événement du quartier|local event", i)]


def test_first_person_problems_are_said_to_the_audience():
    """Review 7, #5: "what my house is worth", posted by an agent, is said to the reader."""
    from strategy_wizard.engine import hooks

    agency = strategy(PERSONAS / "cork-estate-agent.yaml", "en")
    posts = [x.idea for x in agency.calendar if x.activity == "post"]
    ideas = [i for p in agency.editorial.pillars for i in p.ideas] + posts
    assert any("what your house is really worth" in i for i in ideas)
    assert not any("my house" in i for i in ideas)
    rules = KN.ideas.hooks
    said = hooks.question(
        "Savoir si j'ai droit à un cours et ce que vaut mon niveau", rules["fr"], "vous"
    )
    assert said == ("hook_wonder", "si vous avez droit à un cours et ce que vaut votre niveau")
    assert hooks.question("Trouver un cours pour mes enfants", rules["fr"], "tu")[1] == (
        "un cours pour tes enfants"
    )
    # a first-person verb the data cannot vouch for is quoted as written, never mangled
    assert hooks.question("Je voudrais un cours du soir", rules["fr"], "vous")[0] == "hook_quoted"
    # (« je cherche » is one the data vouches for since vet40: said to the reader)
    assert hooks.question("Je cherche un cours du soir", rules["fr"], "vous")[1] == (
        "Vous cherchez un cours du soir"
    )


def test_real_estate_and_education_have_frames_and_complaints_of_their_own():
    """Review 7, #4: no "gesture of your trade" for an estate agent, no « stagiaire » for a
    school's students, a Google listing post never called "a listing update"."""
    for name, lang, frame, nouns in (
        ("cork-estate-agent", "en", "just sold", "a viewing, a valuation"),
        ("ecole-francisation-montreal", "fr", "question d’examen", "un cours, un test"),
        ("ecole-francisation-montreal", "en", "exam question", "a course, a test"),
    ):
        s = strategy(PERSONAS / f"{name}.yaml", lang)
        posts = [x.idea for x in s.calendar if x.activity == "post"]
        text = " ".join(posts + [i for p in s.editorial.pillars for i in p.ideas])
        # which ideas four weeks draw depends on the start: the frame shows within a year
        year = " ".join(
            i
            for m in range(1, 13)
            for i in ideas(persona_with(name, lang, start_date=f"2027-{m:02}-04"))
        )
        assert frame in year
        for wrong in ("gesture of your trade", "geste de votre métier", "travail réel"):
            assert wrong not in text
        for wrong in ("listing update", "actualité sur la fiche", "stagiaire", "trainee"):
            assert wrong not in text
        assert any(nouns in line for line in s.governance.escalation)
    lumen = strategy(PERSONAS / "lumen-skin-studio.yaml", "en")
    assert not any("recent creation" in x.idea for x in lumen.calendar)
