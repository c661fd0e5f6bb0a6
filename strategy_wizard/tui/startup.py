"""Garbage collection held off while the wizard starts, and back on after its first frame.

Starting the wizard allocates some 75,000 objects that live as long as it does (Textual's and
our modules, classes, the first screen) and almost no garbage (about 1,300 objects). The
collector, run all along, walked them some hundred times before the first frame: about 15 ms of
CPU, a tenth of the launch (bench/bench_tui.py). Held off from the command line until the first
frame, then frozen (moved out of the collector's sight, as the `gc.freeze` documentation
advises for long-lived start-up objects) and turned back on, so that later collections, while
the person types, do not walk them either.

Only the command line holds it off (the wizard in a terminal, and each participant's wizard the
workshop server starts): the tests, which build the app with `create_app`, keep their collector
as it is."""

from __future__ import annotations

import gc

_held = False


def hold_collection() -> None:
    """Hold garbage collection off until `resume_collection` (a no-op if it already is off)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def resume_collection() -> None:
    """Freeze what start-up made and turn collection back on, if `hold_collection` held it."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
