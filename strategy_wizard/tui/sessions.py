"""Sessions: each unfinished strategy is an answers file with a `meta` block, saved atomically
under the user data folder, so a crash or a closed laptop loses nothing."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any


def sessions_dir() -> Path:
    override = os.environ.get("STRATEGY_WIZARD_DATA_DIR")
    if override:
        return Path(override) / "sessions"
    from platformdirs import user_data_dir

    return Path(user_data_dir("strategy-wizard")) / "sessions"


@dataclass(frozen=True)
class SessionInfo:
    path: Path
    org_name: str
    saved_at: str


def read_session(path: Path) -> dict[str, Any]:
    """The raw data of a session file; raises ValueError for a corrupt or foreign file."""
    from strategy_wizard.base.yamlio import YamlError, load_yaml_file

    try:
        data = load_yaml_file(path)
    except YamlError as exc:
        raise ValueError(str(exc)) from None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("meta"), dict)
        or data["meta"].get("tool") != "strategy-wizard"
    ):
        raise ValueError("not a strategy-wizard session")
    return data


def list_sessions(folder: Path) -> tuple[list[SessionInfo], list[tuple[Path, str]]]:
    """Readable sessions, newest first, and the files skipped with the reason."""
    found, skipped = [], []
    if not folder.is_dir():
        return [], []
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = read_session(path)
        except ValueError as exc:
            skipped.append((path, str(exc)))
            continue
        found.append(
            SessionInfo(
                path, str(data.get("org_name") or "?"), str(data["meta"].get("saved_at", ""))
            )
        )
    found.sort(key=lambda s: s.saved_at, reverse=True)
    return found, skipped


def new_session_path(folder: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"strategy-{stamp}.yaml"


def save_session(path: Path, data: dict[str, Any]) -> None:
    import yaml

    from strategy_wizard.base.files import write_output

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: ~10x faster
    text = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
    write_output(path, text.encode("utf-8"))
