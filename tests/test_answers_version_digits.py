"""A version written with a digit that is not 0-9 (« ² », found by the fuzz test in CI) is a
clear « bad version » message naming the field, never a ValueError traceback."""

from __future__ import annotations

import pytest

from strategy_wizard.model.answers import AnswersError, validate


@pytest.mark.parametrize("version", ["²", "١", "1²"])
def test_a_version_in_other_digits_is_refused_clearly(version: str) -> None:
    with pytest.raises(AnswersError) as caught:
        validate({"version": version, "lang": "en", "org_name": "Atelier Test"})
    assert [p.key for p in caught.value.problems] == ["version"]
