"""Where the shipped data lives, installed from a wheel or run from a checkout.

The wheel force-includes the top-level `questions/`, `templates/` and `examples/` folders inside
the package; a checkout (or an editable install) keeps them beside it. Looking in both places
keeps one code path for the two cases.

`STRATEGY_WIZARD_RESOURCES` names a folder whose subfolders (`data/`, `questions/`,
`templates/`, `tui/`…) are used instead of the shipped ones: a translator tries a new language,
or a trainer a reworded bank, on a copy, without touching the installation.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def resource_dir(name: str) -> Path:
    """The folder `name` (data, questions, templates, examples, tui), wherever it was shipped."""
    override = os.environ.get("STRATEGY_WIZARD_RESOURCES")
    candidates = [Path(override) / name] if override else []
    candidates += [PACKAGE_DIR / name, PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"the '{name}' folder is missing from the installation (looked in {PACKAGE_DIR})"
    )
