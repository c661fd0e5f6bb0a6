"""A corpus of bad answers files: each gets a clear message naming what is wrong, exit 2, and
never a traceback; an older version is migrated instead of refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import BASE, run_cli


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def base_yaml(**changes) -> str:
    data = {**BASE, **changes}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


CASES = {
    "wrong_code.yaml": (
        base_yaml(objective="fame"),
        ["objective", '"fame"', "awareness", "advocacy"],
    ),
    "out_of_range.yaml": (base_yaml(hours_per_week=80), ["hours_per_week", "80", "0 – 60"]),
    "negative_promo.yaml": (base_yaml(promo_share=-5), ["promo_share", "-5", "0 – 100"]),
    "wrong_type.yaml": (base_yaml(hours_per_week="lots"), ["hours_per_week", "number", "lots"]),
    "list_for_choice.yaml": (base_yaml(market=["b2b"]), ["market", "b2c"]),
    "unknown_key.yaml": (
        base_yaml() + "hours_per_weak: 3\n",
        ["hours_per_weak", "unknown", "hours_per_week"],
    ),
    "empty.yaml": ("", ["empty", "org_name"]),
    "comment_only.yaml": ("# nothing here\n", ["empty"]),
    "not_yaml.yaml": ("org_name: [unclosed\nmarket: b2b\n", ["not valid YAML", "line"]),
    "a_list.yaml": ("- a\n- b\n", ["mapping"]),
    "binary.yaml": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["binary"]),
    "bad_date.yaml": (base_yaml(start_date="2027-02-30"), ["start_date", "2027-02-30", "date"]),
    "alias_bomb.yaml": (
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
        "org_name: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
        ["aliases", "line 2"],
    ),
    "missing_org.yaml": (
        base_yaml(org_name=None).replace("org_name: null\n", ""),
        ["org_name", "required"],
    ),
    "newer_version.yaml": (base_yaml(version=7), ["version", "7"]),
    "bad_override.yaml": (
        base_yaml(overrides={"networks": {"myspace": {"role": "primary"}}}),
        ["overrides.networks.myspace", "linkedin"],
    ),
    "bad_note.yaml": (base_yaml(notes={"preface": "hi"}), ["notes.preface", "summary"]),
    "bad_target.yaml": (
        base_yaml(target={"metric": "x", "baseline": "many"}),
        ["target", "baseline", "many"],
    ),
    "secondary_is_primary.yaml": (
        base_yaml(secondary_objectives=["leads"]),
        ["secondary_objectives", "leads"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_is_refused_clearly(tmp_path, name):
    content, expected = CASES[name]
    path = write(tmp_path, name, content)
    for command in ("check", "render"):
        args = [command, str(path)] + (["--format", "json"] if command == "render" else [])
        result = run_cli(*args)
        assert result.returncode == 2, (command, result.stderr)
        assert "Traceback" not in result.stderr
        assert name in result.stderr
        for fragment in expected:
            assert fragment in result.stderr, (fragment, result.stderr)
        assert result.stdout == ""


def test_ten_megabytes_of_text_is_refused_without_reading_it_all(tmp_path):
    path = write(tmp_path, "huge.yaml", "org_name: x\n" + "# padding\n" * 1_000_000)
    result = run_cli("check", str(path))
    assert result.returncode == 2
    assert "too large" in result.stderr and "Traceback" not in result.stderr


def test_every_problem_is_listed_with_its_line(tmp_path):
    text = base_yaml(objective="fame", hours_per_week=99, market="b3b")
    path = write(tmp_path, "many.yaml", text)
    result = run_cli("check", str(path))
    assert result.returncode == 2
    lines = text.splitlines()
    for key in ("objective", "hours_per_week", "market"):
        line_no = next(i for i, line in enumerate(lines, 1) if line.startswith(f"{key}:"))
        assert f"line {line_no}, {key}:" in result.stderr, result.stderr
    assert "3 problem(s)" in result.stderr


def test_messages_can_be_in_french(tmp_path):
    path = write(tmp_path, "fr.yaml", base_yaml(hours_per_week=80))
    result = run_cli("check", str(path), "--lang", "fr")
    assert result.returncode == 2
    assert "hors limites" in result.stderr


def test_version_0_is_migrated(tmp_path):
    data = dict(BASE)
    data["version"] = 0
    data["weekly_hours"] = data.pop("hours_per_week")
    data["horizon"] = data.pop("horizon_months")
    path = write(tmp_path, "old.yaml", yaml.safe_dump(data, sort_keys=False))
    result = run_cli("check", str(path))
    assert result.returncode == 0, result.stderr
    assert "migrated" in result.stderr
    rendered = run_cli("render", str(path), "--format", "json", "--today", "2026-11-24")
    assert rendered.returncode == 0, rendered.stderr
    assert '"hours_per_week": 5.0' in rendered.stdout


def test_missing_file_and_folder(tmp_path):
    result = run_cli("check", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2 and "not found" in result.stderr
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 2 and "no answers files" in result.stderr


def test_yes_without_quotes_is_read_as_the_code(tmp_path):
    path = write(
        tmp_path, "yes.yaml", base_yaml().replace("offer_ready: 'yes'", "offer_ready: yes")
    )
    assert "offer_ready: yes\n" in path.read_text()
    assert run_cli("check", str(path)).returncode == 0


def test_horizon_as_int_or_string(tmp_path):
    for value in ("12", "'12'"):
        text = base_yaml().replace("horizon_months: 12", f"horizon_months: {value}")
        path = write(tmp_path, "h.yaml", text)
        assert run_cli("check", str(path)).returncode == 0
