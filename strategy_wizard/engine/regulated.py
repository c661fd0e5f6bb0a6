"""How far an offer's advertising rules reach: a health practice is covered whole; a business
outside health whose offer holds one regulated health service (a beauty studio with a nurse's
anti-wrinkle injections: review 6, #1) is covered for that service only (data/ideas.yaml,
regulated.health_care.scope)."""

from __future__ import annotations

from dataclasses import dataclass

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.model.bank import contains_words, found_words
from strategy_wizard.model.catalogue import Catalogue

HEALTH = "health_care"
# a veterinary practice: its own code of ethics, and professional secrecy (review 28new, D1)
VETERINARY = "veterinary"
# the phrase variant of a regulated health service inside a business that is no health practice
HEALTH_SERVICE = "health_service"
# the rule's variant for an employer of carers whose objective is recruitment (a hospital, a
# clinic, a care home: review 13b, #2): its job ads and its proofs as an employer are no care
# advertised as a trade; patients' secrecy and images, and staff consent, still hold
HEALTH_EMPLOYER = "health_employer"
# organisations that employ no one (data-free: the questionnaire's own kinds)
NOT_EMPLOYERS = ("freelance", "personal_brand")


@dataclass(frozen=True)
class Scoped:
    """A rule narrowed to one service: the service as the offer names it ("" when the offer
    names none of the data's words), the words that name it in an answer, and the words of
    the answers kept only with the client's consent."""

    code: str
    service: str
    words: tuple[str, ...]
    consent_words: tuple[str, ...]

    def names(self, value: str) -> bool:
        return contains_words(value, list(self.words))


def scoped(inputs: Inputs, kn: Catalogue) -> list[Scoped]:
    """The offer's regulated rules that cover one service only, not the whole offer."""
    found = []
    for code in inputs.list("regulated"):
        rule = kn.ideas.regulated.get(code)
        scope = rule.scope if rule else None
        if scope is None or not inputs["sector"] or inputs["sector"] in scope.sectors:
            continue
        offer = str(inputs["offer"] or "")
        # the service as the offer says it: the words met first, the longest at one place
        # (« injections d'acide hyaluronique » is « injections »; "anti-wrinkle injections" whole)
        named = sorted(found_words(offer, scope.words), key=lambda w: (offer.find(w), -len(w)))
        found.append(
            Scoped(code, named[0] if named else "", tuple(scope.words), tuple(scope.consent_words))
        )
    return found


def health_employer(inputs: Inputs) -> bool:
    """A health organisation that employs carers and whose objective is recruitment: the
    health profession's advertising rule does not restrict its job ads (review 13b, #2)."""
    return (
        HEALTH in inputs.list("regulated")
        and inputs["objective"] == "recruitment"
        and inputs["org_kind"] not in NOT_EMPLOYERS
    )


def whole(inputs: Inputs, kn: Catalogue) -> list[str]:
    """The offer's regulated codes whose rules cover the whole offer; an employer of carers
    that recruits reads the employer's variant of the health rule."""
    narrowed = {s.code for s in scoped(inputs, kn)}
    codes = [c for c in inputs.list("regulated") if c not in narrowed]
    if health_employer(inputs):
        codes = [HEALTH_EMPLOYER if c == HEALTH else c for c in codes]
    return codes


def local_authority(inputs: Inputs, kn: Catalogue) -> bool:
    """A public body that is a local authority (a commune, a town or city council, a
    département, a région), told by its name's or offer's words (data/warnings.yaml,
    public_body_rules): only it gets the municipal frames and the pre-election rule, never a
    hospital, a school or an agency (review 13b, #1)."""
    if inputs["org_kind"] != "public_body":
        return False
    said = f"{inputs['org_name'] or ''} | {inputs['offer'] or ''}"
    return contains_words(said, kn.warning("public_body_rules").words)


def confidential(inputs: Inputs, kn: Catalogue) -> bool:
    """A profession working under confidentiality (a translator, a lawyer, an accountant, a
    vet): a regulated profession, or recognised from the sector and the offer's words
    (data/ideas.yaml, confidential). Its posts tell no case, and its complaints are answered
    in public without confirming anyone is a client (review 12b, #4)."""
    rule = kn.ideas.confidential
    if "profession" in inputs.list("regulated"):  # a regulated profession (review 11b, #2)
        return True
    if VETERINARY in inputs.list("regulated"):  # a vet's secrecy (review 28new, D1)
        return True
    if inputs["sector"] not in rule.sectors:
        return False
    return contains_words(str(inputs["offer"] or ""), rule.words)


def member_owned(i: Inputs, kn: Catalogue) -> bool:
    """A credit union (a member-owned lender): its customers are members (review 19, D4)."""
    words = kn.warning("finance_rules").extras["credit_union"].words
    said = [str(i[q] or "") for q in ("org_name", "offer")]
    return "finance" in i.list("regulated") and any(contains_words(x, words) for x in said)
