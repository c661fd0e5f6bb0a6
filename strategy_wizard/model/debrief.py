"""The trainer's debrief of a group: what a whole room chose, counted, ready to show.

Built by the workshop front end from each participant's strategy (workshop/debrief.py) and shown
by the debrief renderers (render/debrief.py); the labels are already in the group's language, so
a renderer needs nothing else.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel


class Skipped(BaseModel):
    file: str
    reason: str
    status: Literal["refused", "failed"] = "refused"  # refused: bad input; failed: our fault


class GroupSummary(BaseModel):
    lang: str
    generated_on: date
    participants: int  # who finished the objective thread (every gate answered): counted
    unfinished: int = 0  # who has not yet: left out of every count, their defaults with them
    skipped: list[Skipped]
    objectives: dict[str, int]  # label -> participants, most frequent first
    verdicts: dict[str, int]
    primary_networks: dict[str, int]
    active_networks: dict[str, int]
    hours: dict[str, float]  # min, median, max
    warnings: dict[str, int]  # the myth, as the warning says it -> participants
    prompts: list[str]
