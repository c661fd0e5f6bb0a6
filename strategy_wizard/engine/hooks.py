"""Opening lines made from the person's own words, so that an idea reads as a post one could
write tomorrow rather than a form with an answer pasted between quotes.

- an audience's problem becomes the question the post opens on: a question is kept as it is,
  "Savoir si la cave se visite" becomes « Vous vous demandez si la cave se visite ? », an
  infinitive or a listed gerund « Vous cherchez à … ? » / "Want to …?", a determiner « Vous
  cherchez … ? » / "Looking for …?", and words whose grammar is not vouched for the headline
  « Camping, parking : une question qu'on vous pose souvent. »;
- a topic, a proof or a skill becomes the post's headline (« Les travaux : … »);
- the desired action becomes "how to" (« Comment prendre un rendez-vous : … »).
The words are reshaped only in the language they were written in; in another language they are
quoted as they are (the caller's phrase says so). The shapes are in data/ideas.yaml (hooks).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from strategy_wizard.model.catalogue import HookWords

WORD = re.compile(r"^([^\s']+'|[^\s']+)\s*(.*)$", re.S)


def capital(text: str) -> str:
    """A headline's first letter in capitals (the rest as the person wrote it)."""
    return text[:1].upper() + text[1:] if text else text


# a price as a person writes it: « 4,90 € », "£4.90", "$12"
PRICE = re.compile(r"\d+(?:[.,]\d+)?\s?(?:€|£|\$|EUR\b|euros?\b)|(?:€|£|\$)\s?\d+(?:[.,]\d+)?")


def price_advised(text: str, advised: str) -> str:
    """The first price of a call said as advised (« 4,90 €, prix conseillé »): a franchisor's
    post cannot impose a resale price on its independent franchisees (review 23a, Fournil)."""
    found = PRICE.search(text)
    if found is None:
        return text
    end = found.end()
    if text[end : end + 1] == ")":
        return f"{text[:end]}, {advised}{text[end:]}"
    return f"{text[:end]} ({advised}){text[end:]}"


def inline(text: str) -> str:
    """A phrase as it reads inside a sentence: no capital, unless it opens with an acronym or a
    name written with capitals inside (« IFRS », "iPhone", "B Corp")."""
    words = text.split(" ", 2)
    first = words[0]
    if len(first) > 1 and any(c.isupper() for c in first[1:]):
        return text
    # a name of a letter and a word (« B Corp »), never an article (« A Christmas appeal »)
    letter = first.isupper() and first not in ("A", "I", "À", "Y", "O")
    if letter and len(words) > 1 and words[1][:1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _split(text: str) -> tuple[str, str]:
    """The first word (an elided "s'" or "l'" counts as one) and the rest."""
    m = WORD.match(text.strip())
    return (m.group(1), m.group(2)) if m else (text, "")


def _to_reader(text: str, swaps: dict[str, str], rules: HookWords | None = None) -> str:
    """A reflexive verb or a possessive turned towards the reader: "se faire livrer" ->
    "vous faire livrer", "rencontrer ses voisins" -> "rencontrer vos voisins"."""
    reflexive = ("se", "s'")
    first, rest = _split(text)
    if first.lower() in reflexive and first.lower() in swaps:
        said = swaps[first.lower()]
        text = (said if said.endswith(("'", " ")) else said + " ") + rest
    # a reflexive verb further on, after a preposition: "sans se tromper" -> "sans vous tromper"
    for said in reflexive:
        if said in swaps:
            to = swaps[said] if swaps[said].endswith(("'", " ")) else swaps[said] + " "
            text = re.sub(
                rf"\b(sans|pour|de|à) {said}(?=\w)"
                if said.endswith("'")
                else rf"\b(sans|pour|de|à) {said} ",
                rf"\1 {to}",
                text,
            )
    if rules is None or not (rules.reader_subjects or rules.reader_anaphora):
        # a word before a comma is a word too: « près de chez soi, plutôt que… » (review 33b, VN6)
        parts = re.split(r"(\s+|[,;:.!?()])", text)
        return "".join(p if p.lower() in reflexive else swaps.get(p.lower(), p) for p in parts)
    return _audience_pronouns(text, swaps, rules)


def owned(text: str, swaps: dict[str, str]) -> str:
    """The speaker's own possessives turned to the reader's (« nos clients » -> « vos clients »,
    "our customers" -> "your customers"); nothing else of the text changes."""
    mine = ("notre", "nos", "our", "ours")

    def turned(m: re.Match[str]) -> str:
        to = swaps[m.group(0).lower()]
        return to.capitalize() if m.group(0)[0].isupper() else to

    for word in (w for w in mine if w in swaps):
        text = re.sub(rf"(?<![\w'’]){word}(?![\w'’])", turned, text, flags=re.IGNORECASE)
    return text


def voiced(text: str, swaps: dict[str, str]) -> str:
    """The client's first person said by the brand (« ouvrir ma boutique Etsy » -> « ouvrir la
    boutique Etsy », "my shop" -> "the shop"), a French article elided before a vowel; a title
    in quotes stays as its author wrote it (« le guide « Mon 3a en 20 minutes » »)."""
    parts = _QUOTED.split(text)
    for i in range(0, len(parts), 2):  # the even parts lie outside the quotes
        part = parts[i]
        for word, to in swaps.items():
            part = re.sub(rf"(?<![\w'’]){word}(?![\w'’])", to, part, flags=re.IGNORECASE)
        parts[i] = re.sub(r"(?<![\w'’])([lL])[ae] (?=[aeiouhéèêàâîôûAEIOUHÉ])", r"\1’", part)
    return "".join(parts)


_QUOTED = re.compile(r"(«[^»]*»|“[^”]*”|\"[^\"]*\")")


def unscarce(text: str, words: list[str]) -> str:
    """`text` without a scarcity claim (« before it sells out », « tant qu'il en reste »), with
    the comma or space before it; as it was when it holds none."""
    for word in sorted(words, key=len, reverse=True):
        text = re.sub(rf"[,;]?\s*{re.escape(word)}(?![\w'’])", "", text, flags=re.IGNORECASE)
    return text.strip()


def clause_with(text: str, words: list[str], links: list[str]) -> str:
    """The clause of `text` holding one of `words`, its parts split at a linked second verb
    (", and pre-order the vinyl" -> "pre-order the vinyl"); empty when no clause holds one,
    or when the text is one clause only."""
    marks = sorted({m.strip() for m in links if m.strip()}, key=len, reverse=True)
    if not marks:
        return ""
    found = re.compile(rf"\s*,?\s+(?:{'|'.join(re.escape(m) for m in marks)})\s+", re.IGNORECASE)
    parts = [p.strip(" ,;") for p in found.split(text) if p.strip(" ,;")]
    if len(parts) < 2:
        return ""
    held = [p for p in parts if contains_any(p, words)]
    return held[0] if held else ""


def contains_any(text: str, words: list[str]) -> bool:
    """Whether `text` holds one of `words`, as whole words, whatever the case."""
    return any(
        re.search(rf"(?<![\w'’]){re.escape(w)}(?![\w'’])", text, flags=re.IGNORECASE) for w in words
    )


def unbioed(text: str, words: list[str]) -> str:
    """`text` without the clause naming a profile's bio link (« depuis le lien en bio ou
    l'épingle »), for a network that has no bio; as it was when no clause names one."""
    for word in words:
        found = re.search(
            rf"\s+(?:depuis|via|par|avec|from|via|through|with|using)\s[^,;()]*{re.escape(word)}[^,;()]*",
            text,
            flags=re.IGNORECASE,
        )
        if found:
            return text[: found.start()] + text[found.end() :]
    return text


def _plural(word: str, rules: HookWords) -> bool:
    """A word that may name several things ("turtles"): a pronoun after it may mean them."""
    low = word.lower()
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s"))
        and low not in rules.not_plurals
    )


def _audience_pronouns(text: str, swaps: dict[str, str], rules: HookWords) -> str:
    """ "they", "their", "them" said to the reader only when they mean the audience (review 9b,
    #4): "if they only have one day" -> "if you only have one day", but "turtles … without
    harming them" keeps "them". A subject ("they") is the audience unless a plural word comes
    just before it; "their" or "them" only when the audience was named before it ("they"), or
    nothing it could mean comes first, with no plural word or named thing in between."""
    out: list[str] = []
    last = 0
    other = False  # a thing named since (a plural word, or a noun after a determiner)
    words: list[str] = []
    owned = False  # the word just after a pronoun turned ("your kids"): the reader's own
    for m in re.finditer(r"[\w'’]+", text):
        word, low = m.group(), m.group().lower()
        said = None
        if low in rules.reader_subjects and low in swaps:
            if not any(_plural(w, rules) for w in words[-2:]):
                said, other = swaps[low], False
        elif low in rules.reader_anaphora and low in swaps:
            if not other:
                said = swaps[low]
        elif low in swaps:
            said = swaps[low]
        elif not owned and (_plural(word, rules) or (words and words[-1] in rules.determiners)):
            other = True
        owned = said is not None
        if said is not None:
            said = capital(said) if word[:1].isupper() else said
            out.append(text[last : m.start()] + said)
            last = m.end()
        words.append(low)
    return "".join(out) + text[last:]


def _verb(gerund: str, next_word: str, rules: HookWords) -> str | None:
    """An English gerund's verb ("getting" -> "get"), only for a gerund the data lists: "Seeing"
    is "see", "Camping facilities" has no verb (review 5, #3). A gerund that also names a thing
    ("Learning difficulties", "Running costs") is a verb only before a determiner."""
    low = gerund.lower()
    if low not in rules.gerunds:
        return None
    if low in rules.noun_gerunds and next_word not in rules.determiners:
        return None
    return rules.gerunds[low]


def to_audience(text: str, rules: HookWords, address: str) -> str | None:
    """A problem written in the client's own voice said to the reader: "what my house is
    worth" -> "what your house is worth", « mon logement » -> « votre logement », « j'ai » ->
    « vous avez ». None when a first-person word is left whose verb the data cannot vouch for
    (« je cherche » stays quoted as written)."""
    swaps = rules.speaker.get(address) or next(iter(rules.speaker.values()), {})
    if not swaps:
        return text
    if rules.audience_named and _named_words(text, rules.audience_named):
        # "when we play in their city": the audience is "they", so "we" is the brand (review 26
        # #10), kept as written
        swaps = {k: v for k, v in swaps.items() if k not in rules.brand_plural}
    keys = sorted(swaps, key=len, reverse=True)
    pattern = "|".join(
        rf"(?<![\w']){re.escape(k)}" + ("" if k.endswith("'") else r"(?![\w'])") for k in keys
    )

    def swap(m: re.Match[str]) -> str:
        word = m.group()
        if len(word) > 1 and word.isupper():  # an acronym ("US", "MY"), never a pronoun
            return word
        said = swaps[word.lower()]
        return capital(said) if word[:1].isupper() and m.start() == 0 else said

    second = _second_verbs(text, swaps, rules)
    if second is None:
        return None
    turned = re.sub(pattern, swap, second, flags=re.I)
    left = "|".join(re.escape(w) for w in rules.speaker_unsafe)
    # one group: « je » never matches the start of « jeunes » or « jeudi » (review 9b, #5)
    if left and re.search(rf"(?<![\w'])(?:{left})(?![\w])", turned, flags=re.I):
        return None
    return turned


def _second_verbs(text: str, swaps: dict[str, str], rules: HookWords) -> str | None:
    """`text` with the speaker's second verbs turned as the first will be (« je travaille en
    semaine et cherche un créneau » -> « … et cherchez un créneau »); None when such a word may
    be a verb the data cannot turn (« … et rentre tard »): the answer is then quoted as written,
    never half rewritten (review 28, « vous travaillez … et cherche »)."""
    if not rules.speaker_subjects or not rules.speaker_links:
        return text
    subjects = "|".join(re.escape(w) for w in rules.speaker_subjects)
    first = re.search(rf"(?<![\w'])(?:{subjects})(?![\w])", text, flags=re.I)
    if first is None:
        return text  # no first-person verb in the answer
    links = "|".join(re.escape(w) for w in rules.speaker_links)
    skip = {w.lower() for w in [*rules.speaker_not_verbs, *rules.speaker_subjects]}

    def verb(m: re.Match[str]) -> str:
        word = m.group(2)
        if word[:1].isupper():
            return m.group()  # a name (« ou Moulins »), never a verb
        said = next((v for k, v in swaps.items() if k.lower() == f"je {word.lower()}"), None)
        if said is not None:
            return f"{m.group(1)}{said.split(' ', 1)[-1]}"  # « et cherchez »
        if word.lower() in skip or not word.lower().endswith(tuple(rules.speaker_verb_endings)):
            return m.group()
        raise LookupError(word)  # a verb the data cannot turn

    head, tail = text[: first.end()], text[first.end() :]
    try:
        return head + re.sub(rf"(\b(?:{links})\s+)([^\W\d_]+)(?![\w'])", verb, tail)
    except LookupError:
        return None


def _named_words(text: str, words: list[str]) -> bool:
    """Whether one of `words` stands as a whole word in `text`, whatever its case."""
    return any(re.search(rf"(?<![\w'’]){re.escape(w)}(?![\w'’])", text, re.I) for w in words)


def question(text: str, rules: HookWords, address: str) -> tuple[str, str]:
    """The problem as the post's opening question: (shape, words) where the shape names the
    phrase (hook_ask, hook_wonder, hook_want, hook_look_for, hook_about) and the words fill it.
    Words whose grammar the rules cannot vouch for are the post's headline (hook_about): a
    clumsy question is worse than a plain subject; first-person words that cannot be said to
    the reader are quoted as written (hook_quoted)."""
    text = text.strip().rstrip(".!").strip()
    turned = to_audience(text, rules, address)
    if turned is None:
        return "hook_quoted", text
    text = turned
    if text.endswith("?"):
        return "hook_ask", capital(text.rstrip("?").rstrip())
    first, rest = _split(text)
    low = first.lower()
    swaps = rules.reader.get(address) or next(iter(rules.reader.values()), {})
    state = _state(text, rules)
    if state is not None:  # "Afraid of…?", never "Want to be afraid of…?" (review 32c, H7)
        return "hook_ask", _to_reader(capital(state), swaps, rules)
    unsure = _unsure(text, rules)
    if unsure is not None:  # "Not sure if…?", never "You would rather not know if…?"
        return "hook_unsure", _to_reader(unsure, swaps, rules)
    refused = _refusal(text, rules)
    if refused is not None:
        return "hook_rather_not", _to_reader(refused, swaps, rules)
    next_word = _split(rest)[0].lower() if rest else ""
    if low in rules.wonder_words:
        return "hook_wonder", _to_reader(inline(text), swaps, rules)
    if low in rules.wonder_verbs and next_word in rules.wonder_words:
        return "hook_wonder", _to_reader(rest, swaps, rules)
    if low in rules.determiners:
        return "hook_look_for", _to_reader(inline(text), swaps, rules)
    seeks = rules.seek_any_object or next_word in rules.determiners
    if low in rules.seek_verbs and rest and seeks:
        # "Trouver un camping…" / "Finding a job…": what is looked for is the question, never
        # « Vous cherchez à trouver… »
        return "hook_look_for", _to_reader(rest, swaps, rules)
    pain = bool(rules.pains) and _contains(text, rules.pains)
    if rules.gerunds:  # a language whose verb phrases open on a gerund the data lists
        verb = _verb(first, next_word, rules)
        if verb and pain:  # "Tired of spending every month-end…?" (review 15, D8)
            return "hook_tired", _to_reader(inline(text), swaps, rules)
        if verb:
            return "hook_want", _to_reader(f"{verb} {rest}".strip(), swaps, rules)
    elif low in ("se", "s'") or any(low.endswith(e) for e in rules.infinitive_endings):
        if pain:  # « Vous en avez assez de passer… ? », « d'ouvrir… » (review 15, D8)
            said = _to_reader(inline(text), swaps, rules)
            elided = said[:1].lower() in "aâeéèêiîoôuûyh"
            return "hook_tired", ("d'" if elided else "de ") + said
        return "hook_want", _to_reader(_linked_to(inline(text), rules), swaps, rules)
    return "hook_about", _to_reader(capital(text), swaps, rules)


def _contains(text: str, words: list[str]) -> bool:
    """Whether `text` holds one of `words` as whole words (case and accents as written)."""
    low = text.lower()
    return any(_whole_in(low, w.lower()) for w in words)


def _whole_in(text: str, word: str) -> bool:
    r"""`word` in `text` with no word character (nor an apostrophe) just before it and no word
    character just after: the regex `(?<![\w'])word(?!\w)` without compiling one per word
    (16 a strategy, each compiled anew in every process)."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not _word_char(before, "'") and not _word_char(after, ""):
            return True
        start = text.find(word, start + 1)
    return False


def _word_char(char: str, also: str) -> bool:
    r"""Whether `char` is what `\w` matches (a letter, digit or underscore), or one of `also`."""
    return bool(char) and (char.isalnum() or char == "_" or char in also)


def _state(text: str, rules: HookWords) -> str | None:
    """A problem opening on a state the data lists ("Being afraid of…", « Avoir peur de… »):
    the state and what follows, without its opener ("afraid of…", « peur de… »); None
    otherwise."""
    first, rest = _split(text)
    states = rules.state_openers.get(first.lower())
    if not states or not rest:
        return None
    low = rest.lower()
    said = next((w for w in states if low == w or low.startswith(w + " ")), None)
    return rest if said is not None else None


def _unsure(text: str, rules: HookWords) -> str | None:
    """A refusal of knowing ("Not knowing if a rental rules them out", « Ne pas savoir si… »):
    what is not known ("if a rental rules them out"); None otherwise."""
    low = text.lower()
    for refusal in rules.refusals:
        for verb in rules.unsure_verbs:
            opener = f"{refusal} {verb} "
            if low.startswith(opener) and len(text) > len(opener):
                return text[len(opener) :].strip()
    return None


def _refusal(text: str, rules: HookWords) -> str | None:
    """What the audience would rather not have, as a verb after « ne pas » / "not": "Not being
    asked for money in every post" -> "be asked for money in every post" (review 13a, #5: it read
    « …: a question you are often asked »). None when the words open no refusal, or an English
    gerund the data does not list follows."""
    low = text.lower()
    said = next((r for r in rules.refusals if low.startswith(r + " ")), None)
    if said is None:
        return None
    rest = text[len(said) :].strip()
    if not rules.gerunds:
        return rest
    first, after = _split(rest)
    verb = _verb(first, _split(after)[0].lower() if after else "", rules)
    return f"{verb} {after}".strip() if verb else None


# the first half of a range whose second half the cut would lose: « entre 7 h », "between 9 am",
# « de 7 h », "from 9" (a number, then at most one word: « de 7 h » but not « de la boutique »)
RANGE_OPEN = re.compile(
    r"(?i)(?:\b(?:entre|between)\s+[^\s,;()]+(?:\s+[^\s,;()]+){0,2}"
    r"|\b(?:de|du|from|d')\s*\d[^\s,;()]*(?:\s+[^\s,;()\d]+)?)\s*$"
)


def shortened(text: str, words: int, breaks: list[str], links: list[str]) -> str:
    """An action longer than `words` cut to its first clause: at a comma or a "where" that
    starts an explanation, else at a linked second verb (« … avant jeudi midi et les retirer… »
    -> « … avant jeudi midi »); a part shorter than four words is never left alone, and a
    bracket is kept whole (never cut at its comma)."""

    def count(said: str) -> int:  # words, not quote marks or dashes (« », —)
        return sum(1 for w in said.split() if any(c.isalnum() for c in w))

    def outside(at: int) -> bool:  # never inside brackets (review 15, D1: « (Cologne (le lien »)
        said = text[:at]
        return said.count("(") <= said.count(")") and said.count("[") <= said.count("]")

    def ranged(at: int) -> bool:  # never inside a range (review 22b, D6: « entre 7 h (le lien »)
        return RANGE_OPEN.search(text[:at]) is not None

    for marks in (breaks, links):
        if count(text) <= words:
            return text
        cuts = [m.start() for mark in marks for m in re.finditer(re.escape(mark), text)]
        cuts = [
            c
            for c in sorted(cuts)
            if c > 0 and outside(c) and not ranged(c) and count(text[:c]) >= 4
        ]
        if cuts:
            text = text[: cuts[0]].rstrip(" ,;")
    return text


def unbracketed(text: str, links: list[str]) -> str:
    """An action whose last words are in brackets, made one sentence before the link's own
    bracket (review 11a, 9a #7: « s'inscrire … (et recevoir le guide) (le lien dans la bio) »):
    a bracket that opens on a link word joins the sentence (« s'inscrire … et recevoir le
    guide »), any other is set off by a comma (« réserver une visite, 10 € par personne »)."""
    text = text.rstrip()
    if not text.endswith(")"):
        return text
    opened = text.rfind("(")
    inside = text[opened + 1 : -1].strip()
    if opened <= 0 or not inside or "(" in inside or ")" in inside:
        return text
    before = text[:opened].rstrip().rstrip(",")
    words = {w.strip().lower() for w in links}
    first = inside.split(" ", 1)[0].lower()
    return f"{before} {inside}" if first in words else f"{before}, {inside}"


def _infinitive(word: str, rules: HookWords) -> bool:
    low = word.lower()
    if low in rules.determiners or low in rules.not_infinitives:
        return False
    return low in ("se", "s'") or any(low.endswith(e) for e in rules.infinitive_endings)


def _linked_to(text: str, rules: HookWords) -> str:
    """« Vous cherchez à choisir…, et savoir quand » -> « …, et à savoir quand »: a second
    infinitive after « et » or « ou » takes « à » again (review 9b, #9)."""
    if not rules.want_links:
        return text
    links = "|".join(re.escape(w) for w in rules.want_links)
    return re.sub(
        rf"(\b(?:{links}) )(?=([^\s']+'?))",
        lambda m: m.group(1) + ("à " if _infinitive(m.group(2), rules) else ""),
        text,
    )


def how_to(text: str, rules: HookWords) -> str | None:
    """The desired action as "how to" words (the verb inline), None when it does not open on a
    verb."""
    first, _ = _split(text.strip())
    low = first.lower()
    if low in ("se", "s'"):  # « S'inscrire à… »: a reflexive verb, never « s'il »
        return inline(text.strip().rstrip("."))
    if low in rules.determiners or low in rules.wonder_words:
        return None
    if rules.infinitive_endings and not (
        low in ("se", "s'") or any(low.endswith(e) for e in rules.infinitive_endings)
    ):
        return None
    return inline(text.strip().rstrip("."))


def imperative(text: str, rules: HookWords) -> str | None:
    """The desired action said to the reader: « Faire le test…, puis réserver un appel » ->
    « faites le test…, puis réservez un appel ». Only the verbs the data lists, or a French
    first-group verb, are turned; anything else is kept as written (English says it the same).
    A pronoun before a linked verb goes after it (« et les retirer » -> « et retirez-les »), a
    third-person possessive after a verb is the reader's (« commandez ses fromages » -> « vos
    fromages »); None when a linked verb or pronoun is left that the rules cannot turn (the
    caller quotes the action rather than print broken French; review 9b, #3)."""

    def turn(word: str) -> str:
        return turn_word(word, rules)

    def turns(word: str) -> bool:
        low = word.lower()
        return low in rules.imperatives or (rules.imperative_er and low.endswith("er"))

    def reflexive(m: re.Match[str]) -> str:
        """« et s'inscrire » -> « et inscrivez-vous » (review 8: « venez … et s'inscrire »)."""
        verb = m.group(3)
        return f"{m.group(1)}{turn(verb)}-vous" if turns(verb) else m.group(0)

    def clitic(m: re.Match[str]) -> str:
        """« et les retirer » -> « et retirez-les », « et nous appeler » -> « et appelez-nous »."""
        said, verb = rules.imperative_clitics[m.group(2).lower()], m.group(3)
        return f"{m.group(1)}{turn(verb)}-{said}" if turns(verb) else m.group(0)

    by_length = sorted(rules.imperative_clitics, key=len, reverse=True)
    clitics = "|".join(re.escape(c) for c in by_length)
    first, rest = _split(text.strip())
    if first.lower() in ("se", "s'") and rules.imperative_er:
        verb, after = _split(rest)
        if turns(verb):  # « S'inscrire à la lettre » -> « inscrivez-vous à la lettre »
            return _linked(f"{turn(verb)}-vous {after}".strip(), rules, reflexive, clitic, clitics)
    if first.lower() in rules.imperative_clitics:
        verb, after = _split(rest)
        if turns(verb):  # « Nous appeler au… » -> « appelez-nous au… »
            said = f"{turn(verb)}-{rules.imperative_clitics[first.lower()]} {after}".strip()
            return _linked(said, rules, reflexive, clitic, clitics)
    if first.lower() in ("se", "s'") or not turns(first):
        return inline(text)
    return _linked(f"{turn(first)} {rest}".strip(), rules, reflexive, clitic, clitics)


def _linked(
    said: str,
    rules: HookWords,
    reflexive: Callable[[re.Match[str]], str],
    clitic: Callable[[re.Match[str]], str],
    clitics: str,
) -> str | None:
    """The verbs after « et », « puis », « ou » turned too, their pronouns after them, and the
    possessives after a turned verb said to the reader; None when one is left unturned."""
    for link in rules.imperative_links:
        said = re.sub(rf"(\b{re.escape(link)} )(s'|s’|se )(\w+)", reflexive, said, flags=re.I)
        if clitics:
            said = re.sub(
                rf"(\b{re.escape(link)} )({clitics})(?:(?<=['’])|\s+)(\w+)",
                clitic,
                said,
                flags=re.I,
            )
        said = re.sub(
            rf"(\b{re.escape(link)} )(\w+)\b(?!['’-])",
            lambda m: m.group(1) + (turn_word(m.group(2), rules)),
            said,
        )
    if rules.imperative_reader:
        owned = "|".join(re.escape(w) for w in rules.imperative_reader)
        # after a verb said to the reader (…ez, …ez-les) or « avec », « pour »: the reader's own
        said = re.sub(
            rf"(\b(?!chez\b)\w+ez(?:-\w+)?|\bavec|\bpour) ({owned})\b",
            lambda m: f"{m.group(1)} {rules.imperative_reader[m.group(2).lower()]}",
            said,
            flags=re.I,
        )
    if clitics:
        links = "|".join(re.escape(w) for w in rules.imperative_links)
        left = re.finditer(rf"\b(?:{links}) (?:{clitics})(?:(?<=['’])|\s+)(\w+)", said, flags=re.I)
        if any(_infinitive(m.group(1), rules) for m in left):
            return (
                None  # « et les boire »: a verb the rules cannot turn (« ou en magasin » is none)
            )
        ends = "|".join(re.escape(e) for e in rules.infinitive_endings)
        if ends and re.search(rf"\b(?:{links}) l['’]\w+(?:{ends})\b", said, flags=re.I):
            return None  # « et l'offrir »: le or la? the action is quoted
    return said


def turn_word(word: str, rules: HookWords) -> str:
    """One verb in the imperative, or the word as written."""
    low = word.lower()
    if low in rules.imperatives:
        return rules.imperatives[low]
    if rules.imperative_er and low.endswith("er") and len(low) > 3:
        return low[:-2] + "ez"
    return word
