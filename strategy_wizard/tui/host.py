"""What the wizard's screens may ask of the application, typed: its state, its settings and the
few actions that belong to it (moving between steps, saving, building the strategy, opening a
session). Screens read `wizard(self.app)` instead of reaching into `self.app` untyped, and the
application is checked against this protocol by the type checker."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from textual.app import App

    from strategy_wizard.model.catalogue import Catalogue
    from strategy_wizard.model.strategy import Strategy
    from strategy_wizard.tui.state import WizardState


class Wizard(Protocol):
    state: WizardState | None
    lang: str
    presenter: bool
    today: date
    sessions_folder: Path

    @property
    def export_folder(self) -> Path: ...

    @property
    def catalogue(self) -> Catalogue: ...

    raise_engine_errors: bool

    def go_to_step(self, step_id: str, focus: str | None = None) -> bool: ...

    def action_next_step(self) -> None: ...

    def action_previous_step(self) -> None: ...

    def answer_edited_elsewhere(self, qid: str) -> None: ...

    def schedule_save(self) -> None: ...

    def build(self) -> Strategy: ...

    def start_new(self) -> None: ...

    def resume(self, path: Path) -> None: ...

    def open_copy(self, path: Path) -> str | None: ...


def wizard(app: App[None]) -> Wizard:
    """The running application, as the screens know it."""
    return cast("Wizard", app)


def state_of(app: App[None]) -> WizardState:
    """The session being answered; screens that show a step exist only once it is set."""
    state = wizard(app).state
    if state is None:  # pragma: no cover - the step screens are pushed after a session starts
        raise RuntimeError("no session is open")
    return state
