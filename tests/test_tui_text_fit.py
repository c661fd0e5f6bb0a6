"""Every step and screen of the wizard at 80×24, 120×40 and 200×60, in French and English,
read off the screen: no word cut, no label shortened where there was room, no "?" alone on
its line (tests/textfit.py says how). Reported by newcomers: warnings cut mid-word in the live
panel, step names cut in the sidebar at every width, "Ce que" and "Aujourd" for the target's
fields, "Exp" for the French export buttons, a bare "F2" ending the English key bar, palette
descriptions cut mid-word, a French "?" alone on its line."""

from __future__ import annotations

from datetime import date

import pytest
from textual.containers import ScrollableContainer

from strategy_wizard.tui.app import create_app
from tests.conftest import EXAMPLES, until
from tests.textfit import Fault, check_screen

SIZES = [(80, 24), (120, 40), (200, 60)]
GATES = {
    "org_name": "Vélo Atelier",
    "audience_types": ["consumers"],
    "key_message": "Vos vélos réparés en un jour",
    "objective": "sales",
    "hours_per_week": 3,
    "horizon_months": 6,
}


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.pause()


async def read_all(app, pilot, where: str, faults: list[Fault]) -> None:
    """Check the screen as it is, then all of it at once: the terminal made as tall as the
    longest scrolling area needs, at the same width (words wrap by the width alone, so what
    is cut at 80×24 is cut at 80×600; one reading instead of a page at a time)."""
    faults += check_screen(app, where)
    width, height = app.size
    scrolls = [
        w
        for w in app.screen.query(ScrollableContainer)
        if w.display and w.id in ("result", "review")
    ]
    for view in [w for w in app.screen.query(ScrollableContainer) if w not in scrolls]:
        # a step or the welcome: a few pages, read one by one (no layout of the whole screen)
        if not view.display or not (view.id == "welcome" or view.has_class("step-pane")):
            continue
        page = 0
        while view.scroll_y < view.max_scroll_y and page < 10:
            view.scroll_page_down(animate=False)
            await settle(pilot)
            page += 1
            faults += check_screen(app, f"{where}, page {page}")
        view.scroll_home(animate=False)
    extra = max((w.max_scroll_y for w in scrolls), default=0)
    if extra <= 0:
        return
    await pilot.resize_terminal(width, height + extra + 2)
    await settle(pilot)
    faults += check_screen(app, f"{where}, all of it")
    await pilot.resize_terminal(width, height)
    await settle(pilot)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_every_text_fits_where_it_is_shown(tmp_path, size, lang):
    faults: list[Fault] = []
    at = f"{size[0]}×{size[1]} {lang}"
    sessions = tmp_path / "sessions"
    # a session to resume, so that the welcome lists one
    app = create_app(lang=lang, sessions_folder=sessions, today=date(2026, 11, 24))
    async with app.run_test(size=size) as pilot:
        app.start_new()
        await until(pilot, lambda: app.state is not None, what="a session")
        app.state.values.update(GATES)
        app.save_now(wait=True)
        await settle(pilot)

    app = create_app(
        lang=lang,
        sessions_folder=sessions,
        today=date(2026, 11, 24),
        export_folder=tmp_path / "exports",
    )
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: app.screen.query("#examples"), what="the welcome's lists")
        await settle(pilot)
        await read_all(app, pilot, f"{at} welcome", faults)

        # a new strategy, the objective thread answered and nothing else: placeholders show
        app.start_new()
        await until(pilot, lambda: app.state is not None, what="a session")
        app.state.values.update(GATES)
        for step in app.state.bank.steps:
            assert app.go_to_step(step.id)
            await settle(pilot)
            await read_all(app, pilot, f"{at} step {step.id}", faults)
        assert app.go_to_step("reaction")
        await settle(pilot)
        await pilot.press("f2")  # the live panel shown (hidden) at any width
        await settle(pilot)
        await read_all(app, pilot, f"{at} step reaction, F2", faults)
        pane = app.screen.query_one("#step-reaction")
        if pane.content_region.width < 40:
            faults.append(
                Fault(at, "F2", f"squeezes the questions to {pane.content_region.width} columns")
            )
        await pilot.press("f2")
        await pilot.press("f1")
        await settle(pilot)
        faults += check_screen(app, f"{at} teaching note")
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await until(pilot, lambda: type(app.screen).__name__ == "CommandPalette", what="palette")
        await pilot.pause(0.3)
        faults += check_screen(app, f"{at} command palette")
        await pilot.press("escape")
        await settle(pilot)

    # an example, answered throughout: the review, an answer edited, the strategy
    app = create_app(
        lang=lang,
        sessions_folder=tmp_path / "s2",
        today=date(2026, 11, 24),
        export_folder=tmp_path / "exports",
        answers_path=EXAMPLES / "boulangerie-locale.yaml",
    )
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: app.state is not None, what="the example")
        for step in app.state.bank.steps:
            assert app.go_to_step(step.id)
            await settle(pilot)
            await read_all(app, pilot, f"{at} example, step {step.id}", faults)
        app.action_review()
        await settle(pilot)
        await read_all(app, pilot, f"{at} review", faults)
        app.screen.select("target")
        await pilot.press("enter")
        await settle(pilot)
        faults += check_screen(app, f"{at} review, edit the target")
        await pilot.press("escape")
        await settle(pilot)
        app.action_result()
        await until(pilot, lambda: app.screen.query("#strategy-md"), what="the strategy")
        await pilot.pause(0.5)
        await read_all(app, pilot, f"{at} result", faults)
        await pilot.press("enter")  # export to a folder that does not exist: the question
        await until(pilot, lambda: type(app.screen).__name__ == "ConfirmScreen", what="asked")
        faults += check_screen(app, f"{at} export question")

    unique = list({(f.widget, f.what): f for f in faults}.values())  # once, not on every page
    assert not unique, "\n".join(str(f) for f in unique[:80]) + f"\n({len(unique)} in all)"


def test_the_palette_describes_each_step_with_a_whole_sentence(tmp_path):
    """Reported: the steps' descriptions in the palette were cut at 80 characters, mid-word."""
    from strategy_wizard.model.bank import load_bank
    from strategy_wizard.tui.app import first_sentence

    for step in load_bank().steps:
        for lang in ("fr", "en"):
            intro = step.intro(lang)
            described = first_sentence(intro)
            assert intro.startswith(described) and described.endswith((".", "!", "?", "…"))
