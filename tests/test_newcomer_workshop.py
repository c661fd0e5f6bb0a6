"""The workshop as a newcomer meets it: a trainer serving the wizard to a room, participants
in their browsers, the debrief at the end. The browser is the real one (Debian's chromium,
driven by Playwright); each test is a problem someone met, reproduced first."""

from __future__ import annotations

import json
import shutil

import yaml

from tests.conftest import EXAMPLES, run_cli
from tests.pdftext import pdf_text


def plain(text: str) -> str:
    """Text with the no-break spaces of French typography as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


# -- 2. the debrief counts finished participants only ---------------------------------------


def test_the_debrief_counts_only_participants_who_finished(tmp_path):
    """Reported: half-finished participants' defaults were counted as the group's choices."""
    room = tmp_path / "room"
    room.mkdir()
    for name in ("boulangerie-locale", "industrial-valves-b2b"):
        shutil.copy(EXAMPLES / f"{name}.yaml", room)
    for code, answers in {
        "zoe": {"org_name": "Chez Zoé"},  # just started
        "ana": {"org_name": "Ana", "audience_types": ["consumers"], "objective": "leads"},
    }.items():
        session = {"version": 1, "lang": "fr", **answers, "meta": {"tool": "strategy-wizard"}}
        (room / f"{code}.yaml").write_text(yaml.safe_dump(session), encoding="utf-8")
    result = run_cli("summary", str(room), "-f", "json", "--lang", "en")
    assert result.returncode == 0, result.stderr
    group = json.loads(result.stdout)
    assert group["participants"] == 2 and group["unfinished"] == 2
    assert sum(group["verdicts"].values()) == 2
    assert sum(group["objectives"].values()) == 2, "Ana's objective waits for her to finish"
    assert "2 in the summary, 2 unfinished" in result.stderr
    md = plain(run_cli("summary", str(room), "--lang", "fr").stdout)
    assert "**Participants** : 2" in md and "2 n'ont pas fini" in md, md
    out = tmp_path / "debrief.pdf"
    assert run_cli("summary", str(room), "-o", str(out), "--lang", "en").returncode == 0
    text = " ".join(pdf_text(out).split())
    assert "Participants: 2" in text and "2 have not finished" in text, text
