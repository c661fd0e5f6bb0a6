"""law33: the governance speaks in the voice the answers chose.

What a client checks: the band (The Saltbush Parade) reads « we » in its tone, and the same
« we » in who publishes, who approves and how answers are signed, never « your voice » as if one
person spoke; a solo maker who chose « tu » with her audience (Cire et Chine) reads that she speaks
in the first person and answers her audience with « tu », while the document keeps « vous » for
her; in both languages.
"""

from __future__ import annotations

import pytest

from tests.conftest import persona


def _governance_text(s) -> str:
    g = s.governance
    return " ".join([g.publishes, g.approves, g.answers, *g.escalation, *g.moderation])


@pytest.mark.parametrize(("lang", "we"), [("en", '"we"'), ("fr", "« nous »")])
def test_a_band_governs_its_accounts_as_we(lang, we):
    s = persona("saltbush-parade", lang)
    g = s.governance
    text = _governance_text(s).replace("\u00a0", " ").replace("\u201c", '"').replace("\u201d", '"')
    assert "your voice" not in text and "votre voix" not in text, text
    assert we in g.publishes.replace("\u00a0", " ").replace("\u201c", '"').replace("\u201d", '"')
    sign = next(m for m in g.moderation if "sign" in m.lower())
    assert we in sign.replace("\u00a0", " ").replace("\u201c", '"').replace("\u201d", '"'), sign
    # a self-managed band has no manager to send a minor's case to
    assert "manager" not in text and "responsable" not in text, text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_solo_maker_speaks_in_the_first_person_singular(lang):
    s = persona("cire-et-chine", lang)
    g = s.governance
    text = _governance_text(s).replace("\u00a0", " ")
    assert "structure" not in g.publishes and "owner" not in g.publishes, g.publishes
    assert ("« je »" if lang == "fr" else "I") in g.publishes.replace("\u00a0", " ")
    assert "nous" not in text.split() and "« nous »" not in text and '"we"' not in text
    sign = next(m for m in g.moderation if "prénom" in m or "first name" in m)
    assert ("tutoyant" if lang == "fr" else "(tu)") in sign, sign
    # the document itself still says « vous » to her
    if lang == "fr":
        assert "Vous" in g.publishes and " tu " not in f" {g.publishes} "
