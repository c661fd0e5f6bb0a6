"""lang48: French agrees with the channel it speaks of, names the people an organisation serves
by its kind, keeps its typography in every persona's document, and an English document says a
French unit in English (review 31a/31b: VN3, V11, GN3, E8, E11, E9, W10).

What a client reads: a newsletter card that says « Elle » from its first line to its last, a
cooperative's « coopérateurs », a water service's « usagers », a publisher's "readers", no
« 2% », no straight apostrophe or « guillemets » without their no-break spaces in the product's
own French, and "working hours" rather than “heures ouvrées” in English. The person's own typed
words are left out of the typography checks: they keep their own punctuation.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from strategy_wizard.engine.wording import language_rules, own_words, squash_spaces
from strategy_wizard.model.answers import load_answers
from strategy_wizard.model.bank import load_bank
from strategy_wizard.render import RenderOptions, render
from tests.conftest import PERSONAS, network, persona

EVERY_PERSONA = sorted(p.stem for p in PERSONAS.glob("*.yaml"))
URL = re.compile(r"<?\w+://\S+")


@cache
def _strategy(name: str, lang: str):  # type: ignore[no-untyped-def]
    return persona(name, lang)


@cache
def _md(name: str, lang: str) -> str:
    return render(_strategy(name, lang), "md", RenderOptions()).decode()


@cache
def _own(name: str) -> tuple[str, ...]:
    """The person's own typed texts and the consultant's notes, longest first."""
    answers = load_answers(PERSONAS / f"{name}.yaml")
    found = set(own_words(answers.values, load_bank())) | set(answers.notes.values())
    return tuple(sorted(found, key=len, reverse=True))


def _product_french(name: str) -> str:
    """The French document without the person's words (as typed, their first letter lowered or
    raised), the links and the sources' own titles."""
    text = URL.sub(" ", _md(name, "fr")).split("\n## Sources")[0]
    for said in _own(name):
        for form in (said, said[:1].lower() + said[1:], said[:1].upper() + said[1:]):
            text = text.replace(form, "OWN")
    return text


# -- VN3: a channel's gender ------------------------------------------------------------------

FEMININE = ("newsletter", "google_business")
# a sentence about the channel said in the masculine: a pronoun opening a sentence or a clause,
# or a participle agreeing with it
MASCULINE = re.compile(
    r"(?:^|[.;:!?]\s+)Il (?!faut|y a|reste)|[;:]\s+il (?:passe|prend|convient|sert)\b"
    r"|\b(?:Gardé|Retenu|Compté|Mieux noté)\b|\best compté\b"
)


@pytest.mark.parametrize("name", EVERY_PERSONA)
def test_a_feminine_channel_is_never_il_on_its_card(name: str):
    s = _strategy(name, "fr")
    said = [
        r.text
        for n in s.networks
        if n.id in FEMININE
        for r in n.reasons
        if MASCULINE.search(r.text.replace("\u202f", " ").replace("\xa0", " "))
    ]
    assert not said, said


def test_the_cooperative_newsletter_card_says_elle_throughout():
    # VN3: « Il convient mieux (73/100) … Il compte à part » then « Elle touche les inscrits »
    card = [r.text for r in network(_strategy("vents-du-condroz", "fr"), "newsletter").reasons]
    first = card[0].replace("\u202f", " ")
    assert first.startswith("Elle convient mieux"), first
    assert "elle passe donc" in first and "Elle compte à part" in first
    assert not any(t.startswith("Il ") for t in card)


def test_a_blog_stays_masculine():
    s = _strategy("menuiserie-velay", "fr")
    texts = [r.text for n in s.networks if n.id == "blog" for r in n.reasons]
    assert not any(re.search(r"\bElle\b|\bGardée\b|\bcomptée\b", t) for t in texts), texts


# -- V11, GN3, E8, E11: the people served and what is offered --------------------------------


def test_a_cooperative_gathers_its_cooperateurs_not_members_or_clients():
    md = _md("vents-du-condroz", "fr")
    assert "membres ou clients" not in md
    assert "Vos membres et vos clients" not in md
    assert "vingtaine de vos coopérateurs les plus engagés" in md
    assert "Your members are on this list" in _md("vents-du-condroz", "en")


def test_a_publisher_writes_to_its_readers():
    # GN3: « You aim at loyalty and already write to your customers »
    md = _md("griddle-and-gorse", "en")
    assert "already write to your customers" not in md
    assert "already write to your readers" in md


def test_a_water_service_speaks_of_usagers_and_the_service():
    # E8, E11: « Corriger ce que les clients reprochent aujourd'hui à l'offre ou au service »,
    # « l'accueil d'une boutique à l'autre », « aider et répondre aux clients »
    md = _md("eau-val-armance", "fr").replace("\u2019", "'")
    plan = md.split("## Le plan", 1)[1].split("\n## ", 1)[0]
    assert "Corriger ce que les usagers reprochent aujourd'hui au service." in plan
    assert "reproches clients" not in plan
    assert "boutique à l'autre" not in md and "vers l'offre" not in md
    assert "votre objectif (aider et répondre aux usagers)" in md
    # (a support desk's answering is its « Interact » row since plan48, no label of its own)
    assert "Réponses aux clients" not in md


# -- W10 and the French typography sweep ------------------------------------------------------

# a capital after a colon mid-sentence: a common French word, never a name (« Gratuit : Canva »)
COLON_CAPITAL = re.compile(
    r".{0,40}[a-zà-ÿ)][\u00a0\u202f ]:[\u00a0 ](?:Le|La|Les|Un|Une|Des|Vous|Votre|Vos|Ce|Cette|"
    r"Ces|Il|Elle|Ils|On|Pour|Si|Quand|Chaque|Pas|Nous|Au|Aux|En|Dans|Sur|Avec|Sans|Tout|Tous|"
    r"Mais|Et|Ou|Puis|Leur|Leurs|Son|Sa|Ses|Du|De)\b.{0,20}"
)
# the plan's checkpoints lose their no-break spaces in plan.py's `_checkpoint` (a `\s+` squash):
# checked apart below until it calls wording.squash_spaces
CHECKPOINT = re.compile(r"^.*Point d’étape.*$", re.M)


@pytest.mark.parametrize("name", EVERY_PERSONA)
def test_a_french_document_keeps_french_typography(name: str):
    text = _product_french(name)
    faults = {
        "percent without its space": re.findall(r".{0,30}\d%.{0,10}", text),
        "straight apostrophe": re.findall(r".{0,30}[^\W\d_]'[^\W\d_].{0,20}", text),
        "capital after a colon": COLON_CAPITAL.findall(text),
    }
    bare = CHECKPOINT.sub(" ", text)
    faults["« without a no-break space"] = re.findall(r".{0,30}«(?![\u00a0\u202f]).{0,20}", bare)
    faults["» without a no-break space"] = re.findall(r".{0,30}(?<![\u00a0\u202f])».{0,20}", bare)
    faults[": ; ? ! without a no-break space"] = re.findall(
        r".{0,40}[\w)»*] [:;?!]\s.{0,20}", bare
    ) + re.findall(r".{0,40}[^\W\d_)»][:;?!] .{0,20}", bare)
    assert not {k: v for k, v in faults.items() if v}, faults


def test_a_checkpoint_keeps_its_no_break_spaces():
    lines = [line for name in EVERY_PERSONA for line in CHECKPOINT.findall(_md(name, "fr"))]
    assert lines
    assert all("\u00a0:" in line for line in lines), lines
    assert all("«\u00a0" in line and "\u00a0»" in line for line in lines if "«" in line), lines


def test_squash_spaces_keeps_no_break_spaces():
    text = "Point d’étape\u00a0: «\u00a0demandes\u00a0» à 7  \n "
    assert squash_spaces(text) == "Point d’étape\u00a0: «\u00a0demandes\u00a0» à 7"
    assert squash_spaces("a   b \u00a0 c") == "a b\u00a0c"
    assert re.sub(r"\s+", " ", text).strip() != squash_spaces(text)  # what it replaces


def test_a_budget_share_keeps_its_space_in_every_row():
    # W10: the PDF's text layer read « Outils 2% » beside « Publicité 68 % »; the document
    # itself has the no-break space in every row (pdftotext drops it in a narrow cell)
    md = _md("wellington-yards-condos", "fr")
    budget = md.split("## Le budget", 1)[1].split("\n## ", 1)[0]
    shares = re.findall(r"^- \*\*[^*]+\*\* — (\d+[\u00a0\u202f ]?%)", budget, re.M)
    assert len(shares) >= 3, budget
    assert all("\u00a0%" in x for x in shares), shares


# -- E9: a French unit in an English document -------------------------------------------------


def test_an_english_document_says_a_french_unit_in_english():
    # E9: « Bring “Délai médian …” down from 26 to 4 “heures ouvrées” », « Checkpoint: 14
    # “heures ouvrées” »
    md = _md("eau-val-armance", "en")
    assert "“heures ouvrées”" not in md
    assert "down from 26 to 4 working hours" in md


def test_an_english_unit_in_a_french_document_is_said_in_french():
    md = _md("support-telecom", "fr")
    assert "«\u00a0hours\u00a0»" not in md
    assert re.search(r"à \d+ heures", md.replace("\u00a0", " "))


def test_the_vocabulary_translates_a_unit_whole_or_leaves_it_quoted():
    vocabulary = language_rules().vocabulary
    assert vocabulary.said_in("heures ouvrées", "en") == "working hours"
    assert vocabulary.said_in("Commandes par mois", "en") == "Orders per month"
    assert vocabulary.said_in("orders per week", "fr") == "commandes par semaine"
    # the person's own label, which no vocabulary holds, stays theirs (quoted by the caller)
    assert vocabulary.said_in("Délai médian de première réponse", "en") is None
    assert vocabulary.said_in("qualified applications per month", "fr") is None


def test_the_data_names_real_networks():
    from strategy_wizard.model.catalogue import load_catalogue

    ids = set(load_catalogue().network_ids)
    for rules in language_rules().agreement.values():
        assert set(rules.feminine) | set(rules.masculine) <= ids


# -- repeated sentences -----------------------------------------------------------------------


APART = re.compile(
    r"(?:compté|comptée|compte) à part des réseaux|counted separately from|counts apart from"
)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_counted_apart_is_said_on_one_card(lang: str):
    # « It is counted separately from the social networks. » four times in one document: on the
    # listing's and the newsletter's cards and again on their summary lines (clinique-veto-bocage)
    for name in EVERY_PERSONA:
        s = _strategy(name, lang)
        cards = [n.id for n in s.networks if any(APART.search(r.text) for r in n.reasons)]
        assert len(cards) <= 1, (name, cards)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_reason_shared_by_cards_is_not_printed_three_times(lang: str):
    # « It serves your objective well (sales). » / « Ce canal sert bien votre objectif
    # (vendre). » on three cards of one document (the set-aside list's one-line reasons are
    # the render's to group)
    for name in EVERY_PERSONA:
        md = _md(name, lang)
        kept = [n for n in _strategy(name, lang).networks if n.role in ("primary", "secondary")]
        texts = {r.text for n in kept for r in n.reasons}
        repeated = {t: md.count(t) for t in texts if len(t) >= 30 and md.count(t) >= 3}
        assert not repeated, (name, repeated)


def test_a_public_service_is_not_a_town_on_its_whatsapp_card():
    # E5: « Pour une commune, une chaîne WhatsApp envoie … (collectes, travaux, alertes) »
    s = persona("eau-val-armance", "fr")
    texts = [r.text for r in network(s, "whatsapp").reasons]
    assert not any("Pour une commune" in t for t in texts), texts
    assert any("Pour un service public" in t and "usagers" in t for t in texts), texts
