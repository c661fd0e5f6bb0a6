"""Where the shipped data lives, installed from a wheel or run from a checkout.

The wheel force-includes the top-level `questions/`, `templates/` and `examples/` folders inside the
package; a checkout (or an editable install) keeps them beside it. Looking in both places keeps
one code path for the two cases.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def resource_dir(name: str) -> Path:
    """The folder `name` (questions, templates, examples, knowledge), wherever it was shipped."""
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"the '{name}' folder is missing from the installation (looked in {PACKAGE_DIR})"
    )
