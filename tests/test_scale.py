"""Consultant and trainer at scale: batch renders, the calendar, progress check-ins, the debrief."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timedelta

import pytest
import yaml

from tests.conftest import EXAMPLES, run_cli

BAKERY = EXAMPLES / "boulangerie-locale.yaml"


def test_batch_renders_a_folder_and_keeps_going_past_a_bad_file(tmp_path):
    src = tmp_path / "clients"
    src.mkdir()
    for name in ("boulangerie-locale", "industrial-valves-b2b", "recruitment-startup"):
        shutil.copy(EXAMPLES / f"{name}.yaml", src)
    (src / "broken.yaml").write_text("org_name: X\nobjective: fame\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("render", str(src), "-f", "md", "-o", str(out), "--today", "2026-11-24")
    assert result.returncode == 2, "a refused file makes the batch exit 2"
    assert "broken.yaml" in result.stderr and "fame" in result.stderr
    assert "3 rendered" in result.stderr and "1 refused" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "boulangerie-locale.md",
        "industrial-valves-b2b.md",
        "recruitment-startup.md",
    ]
    assert "Hartwell Flow Controls" in (out / "industrial-valves-b2b.md").read_text()


def test_batch_with_one_job_gives_the_same_files_and_a_bad_count_is_refused(tmp_path):
    src = tmp_path / "clients"
    src.mkdir()
    for name in ("boulangerie-locale", "industrial-valves-b2b"):
        shutil.copy(EXAMPLES / f"{name}.yaml", src)
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = run_cli(
            "render", str(src), "-f", "json", "-o", str(out), "-j", jobs, "--today", "2026-11-24"
        )
        assert result.returncode == 0, result.stderr
        outputs[jobs] = {p.name: p.read_bytes() for p in out.iterdir()}
    assert outputs["1"] == outputs["2"] and len(outputs["1"]) == 2
    bad = run_cli("render", str(src), "-f", "json", "-o", str(tmp_path / "x"), "-j", "0")
    assert bad.returncode == 2
    assert "-j/--jobs" in bad.stderr and "at least 1" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_calendar_holds_milestones_the_four_weeks_and_then_the_weekly_routine(tmp_path):
    from icalendar import Calendar

    out = tmp_path / "plan.ics"
    result = run_cli("render", str(BAKERY), "-o", str(out), "--today", "2026-11-24")
    assert result.returncode == 0, result.stderr
    cal = Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    strategy = json.loads(
        run_cli("render", str(BAKERY), "-f", "json", "--today", "2026-11-24").stdout
    )
    milestones = [m for p in strategy["plan"] for m in p["milestones"]]
    all_day = [e for e in events if not isinstance(e.decoded("dtstart"), datetime)]
    slots = [e for e in events if "-slot-" in str(e["uid"])]
    recurring = [e for e in events if "RRULE" in e]
    assert len(all_day) == len(milestones)
    assert {e.decoded("dtstart").isoformat() for e in all_day} == {m["date"] for m in milestones}
    assert len(slots) == len(strategy["calendar"])
    routine = [r for r in strategy["routine"] if r["hours"] > 0]
    assert len(recurring) == len(routine)
    # the routine takes over the week after the four weeks of the calendar
    start = date.fromisoformat(max(s["date"] for s in strategy["calendar"])) + timedelta(days=1)
    for event in recurring:
        assert event["RRULE"]["FREQ"] == ["WEEKLY"]
        first = event.decoded("dtstart")
        assert isinstance(first, datetime) and first.date() >= start
        assert (first.date() - start).days < 7
    minutes = sum(
        (e.decoded("dtend") - e.decoded("dtstart")).total_seconds() / 60 for e in recurring
    )
    assert minutes <= strategy["budget"]["hours_per_week"] * 60 + len(recurring)
    # same strategy, same file: calendar apps update instead of duplicating
    again = tmp_path / "again.ics"
    run_cli("render", str(BAKERY), "-o", str(again), "--today", "2026-11-24")
    assert again.read_bytes() == out.read_bytes()


def _actuals(tmp_path, measures):
    path = tmp_path / "actuals.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "measures": measures}), encoding="utf-8")
    return path


def test_progress_says_what_is_on_track_and_what_is_behind(tmp_path):
    strategy = json.loads(
        run_cli("render", str(BAKERY), "-f", "json", "--lang", "en", "--today", "2026-11-24").stdout
    )
    main = next(k for k in strategy["kpis"] if k["id"] == "main")
    first = main["targets"][0]
    actuals = _actuals(tmp_path, [{"date": first["date"], "value": first["value"], "kpi": "main"}])
    result = run_cli(
        "progress", str(BAKERY), str(actuals), "-f", "json", "--lang", "en", "--today", "2026-11-24"
    )
    assert result.returncode == 0, result.stderr
    rows = {r["kpi"]: r for r in json.loads(result.stdout)}
    assert rows["main"]["status"] == "on_track"
    assert rows["subscribers"]["status"] == "no_data"
    behind = tmp_path / "behind"
    behind.mkdir()
    low = _actuals(behind, [{"date": first["date"], "value": 1, "kpi": "main"}])
    result = run_cli(
        "progress", str(BAKERY), str(low), "-f", "json", "--lang", "en", "--today", "2026-11-24"
    )
    rows = {r["kpi"]: r for r in json.loads(result.stdout)}
    assert rows["main"]["status"] == "behind" and rows["main"]["advice"]
    md = run_cli("progress", str(BAKERY), str(low), "-f", "md", "--today", "2026-11-24")
    assert md.returncode == 0 and "En retard" in md.stdout
    table = run_cli(
        "progress", str(BAKERY), str(actuals), "--today", "2026-11-24", env={"COLUMNS": "200"}
    )
    assert table.returncode == 0 and "Dans les temps" in table.stdout


def test_progress_refuses_bad_actuals_clearly(tmp_path):
    bad = _actuals(tmp_path, [{"date": "2027-13-01", "value": -3, "kpi": "main"}])
    result = run_cli("progress", str(BAKERY), str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "measures.0.date" in result.stderr and "measures.0.value" in result.stderr
    unknown = _actuals(tmp_path, [{"date": "2027-03-01", "value": 3, "kpi": "likes"}])
    result = run_cli("progress", str(BAKERY), str(unknown))
    assert result.returncode == 2 and "likes" in result.stderr and "main" in result.stderr


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_summary_of_a_live_workshop_folder(tmp_path, fmt):
    room = tmp_path / "room"
    room.mkdir()
    for name in (
        "myths-everywhere",
        "restaurant-fix-first",
        "boulangerie-locale",
        "fournisseur-pas-besoin",
    ):
        shutil.copy(EXAMPLES / f"{name}.yaml", room)
    (room / "notes.yaml").write_text("just: a foreign file\n", encoding="utf-8")
    (room / ".half-written.yaml.tmp").write_text("org_na", encoding="utf-8")
    result = run_cli("summary", str(room), "-f", fmt, "--lang", "en")
    # the summary is made all the same; the foreign file makes it exit 2 (a file was refused)
    assert result.returncode == 2, result.stderr
    assert "notes.yaml" in result.stderr and "half-written" not in result.stderr
    if fmt == "json":
        group = json.loads(result.stdout)
        assert group["participants"] == 4
        assert [s["file"].endswith("notes.yaml") for s in group["skipped"]] == [True]
        assert sum(group["verdicts"].values()) == 4
        # both myth-heavy cases delete criticism: the most common myths come first
        counts = list(group["warnings"].values())
        assert counts == sorted(counts, reverse=True) and counts[0] >= 2
        assert group["prompts"]
    else:
        assert "Workshop debrief" in result.stdout and "For discussion" in result.stdout


def test_summary_and_progress_as_pdf(tmp_path):
    from tests.pdftext import pdf_text

    out = tmp_path / "debrief.pdf"
    result = run_cli("summary", str(EXAMPLES), "-o", str(out), "--lang", "fr")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Bilan de l’atelier" in text and "Participants : 10" in text
    assert "Pour la discussion" in text
    strategy = json.loads(
        run_cli("render", str(BAKERY), "-f", "json", "--today", "2026-11-24").stdout
    )
    first = next(k for k in strategy["kpis"] if k["id"] == "main")["targets"][0]
    actuals = _actuals(tmp_path, [{"date": first["date"], "value": first["value"] * 2}])
    page = tmp_path / "progress.pdf"
    result = run_cli(
        "progress", str(BAKERY), str(actuals), "-o", str(page), "--today", "2026-11-24"
    )
    assert result.returncode == 0, result.stderr
    assert "En avance" in pdf_text(page)
