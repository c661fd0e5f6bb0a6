"""Every milestone sits in the phase its date falls in, in date order (review 28: Northgate's
« 10 Jan 2027 — First newsletter issue sent » printed before « 6 Jan 2027 — Checkpoint », past
the end of its phase); the last phase keeps what is read after the plan."""

from pathlib import Path

import pytest

from strategy_wizard.model.answers import load_answers
from tests.conftest import EXAMPLES, PERSONAS, build

ALL = sorted(PERSONAS.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_milestones_in_their_phase_and_in_date_order(path: Path, lang: str):
    plan = build(load_answers(path), lang=lang).plan
    for i, phase in enumerate(plan):
        days = [m.date for m in phase.milestones]
        assert days == sorted(days), (phase.name, days)
        last = i == len(plan) - 1
        for day in days:
            assert phase.start <= day and (last or day <= phase.end), (phase.name, day)
