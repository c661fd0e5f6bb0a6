"""Through whom: the relays the person named, topped up to three with those that fit the
objective, the market and the kind of organisation when fewer than two were named — the
objective thread asks "through whom?", and an empty answer is rarely the right one."""

from __future__ import annotations

from strategy_wizard.engine.resolve import Inputs
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.bank import Bank
from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.strategy import RelayPlan

WANTED = 3


def suggested(inputs: Inputs) -> list[str]:
    """Relays worth proposing, the best fit first."""
    objective, market, kind = inputs["objective"], inputs["market"], inputs["org_kind"]
    order: list[str] = []
    if "health_care" in inputs.list("regulated"):
        order += ["prescribers"]  # patients come through the carers who send them
    if kind in ("large_company", "startup"):
        order += ["employees"]
    if kind == "public_body":
        order += ["associations", "partners", "press"]
    if objective == "recruitment":
        order += ["employees"]
    if objective in ("advocacy", "loyalty", "sales", "event"):
        order += ["customers"]
    if market in ("b2b", "both"):
        order += ["prescribers", "partners", "employees"]
    if inputs.local:
        order += ["partners", "associations", "customers"]
    if objective == "awareness":
        order += ["press", "partners"]
    order += ["customers", "partners", "employees", "prescribers"]
    if no_employees(inputs):
        order = [code for code in order if code != "employees"]
    return list(dict.fromkeys(order))


def no_employees(inputs: Inputs) -> bool:
    """A freelancer, a personal brand or a founder working alone has no staff to relay."""
    alone = inputs["team"] == "solo" and inputs["run_by"] in ("founder", None)
    return inputs["org_kind"] in ("freelance", "personal_brand") or alone


def relay_codes(inputs: Inputs) -> list[tuple[str, bool]]:
    """The relays of the plan, each with whether it is proposed rather than named: the plan's
    steps and the relays section name the same ones."""
    named = inputs.list("relays")
    codes = [(code, False) for code in named]
    if len(named) < 2:
        for code in suggested(inputs):
            if len(codes) >= WANTED:
                break
            if code not in named:
                codes.append((code, True))
    return codes


def group_relay(inputs: Inputs, kn: Catalogue) -> str | None:
    """A messaging network whose groups the audience already runs (the parents of a school
    bike bus on WhatsApp), for a local campaign or event: a relay, not a network to score
    (review 6, #6); a ready-to-forward message once before an event, at most monthly otherwise
    (review 9a, #5)."""
    rule = kn.thresholds.group_relay
    if inputs["objective"] not in rule.objectives or inputs["audience_geo"] not in rule.geo:
        return None
    named = inputs.list("current_networks") + inputs.list("considered_networks")
    return next((n for n in rule.networks if n in named), None)


def build_relays(inputs: Inputs, bank: Bank, words: Words) -> list[RelayPlan]:
    question = bank.question("relays")
    codes = relay_codes(inputs)
    group = group_relay(inputs, words.catalogue)
    groups = (
        [
            RelayPlan(
                id=f"groups_{group}",
                name=words("relay_groups_name", network=group),
                how=words(
                    "relay_groups_event" if inputs["objective"] == "event" else "relay_groups",
                    network=group,
                ),
                proposed=True,
            )
        ]
        if group is not None
        else []
    )
    return groups + [
        RelayPlan(
            id=code,
            name=question.choice_label(code, inputs.lang),
            how=words(f"relay_{code}"),
            proposed=proposed,
        )
        for code, proposed in codes
    ]
