"""The weekly routine: the hours of each active network split into creating, curating and
interacting, plus the cross-network listening and measuring. Whole minutes, rounded down, so the
total can never exceed the hours the person has."""

from __future__ import annotations

from strategy_wizard.engine.mix import Allocation, floor2
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.catalogue import Catalogue
from strategy_wizard.model.strategy import RoutineItem

# Share of a network's time per activity; interacting matters as much as publishing.
SPLIT = (("create", 0.55), ("interact", 0.3), ("curate", 0.15))


def build_routine(alloc: Allocation, kn: Catalogue, words: Words) -> list[RoutineItem]:
    items: list[RoutineItem] = []
    for nid in alloc.active():
        minutes = alloc.minutes[nid]
        given = 0
        for i, (activity, share) in enumerate(SPLIT):
            part = minutes - given if i == len(SPLIT) - 1 else int(minutes * share)
            given += part
            if part > 0:
                # a channel of its own ("routine_create_blog") where the general wording
                # ("publish on Blog") would not fit it
                own = f"routine_{activity}_{nid}"
                key = own if own in kn.phrases else f"routine_{activity}"
                items.append(
                    RoutineItem(
                        network=nid,
                        activity=activity,
                        hours=floor2(part),
                        what=words(key, network=nid),
                    )
                )
    for activity, minutes in (
        ("listen", alloc.listen_minutes),
        ("measure", alloc.measure_minutes),
        ("interact", alloc.spare_minutes),
    ):
        if minutes > 0:
            key = "routine_spare" if activity == "interact" else f"routine_{activity}_all"
            items.append(
                RoutineItem(
                    network=None,
                    activity=activity,
                    hours=floor2(minutes),
                    what=words(key),
                )
            )
    return items
