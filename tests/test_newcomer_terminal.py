"""The wizard as a newcomer meets it at a terminal, replayed with Pilot: an entrepreneur alone,
in French, at 80×24, and a consultant exporting the document. Each test is a problem someone
met, reproduced first (it failed before its fix)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from strategy_wizard.tui.app import create_app
from tests.conftest import EXAMPLES, until
from tests.screen import screen_text

TODAY = date(2026, 11, 24)


def make_app(tmp_path: Path, lang: str = "fr", **kw):
    return create_app(
        lang=lang,
        sessions_folder=tmp_path / "sessions",
        today=TODAY,
        export_folder=tmp_path / "exports",
        **kw,
    )


async def open_result(app, pilot):
    from strategy_wizard.tui.screens.result import ResultScreen

    await until(pilot, lambda: app.state is not None, what="the example opened")
    app.action_result()
    await until(pilot, lambda: isinstance(app.screen, ResultScreen), what="the result screen")
    await pilot.pause()
    return app.screen


# -- 1. the export goes where the person said ---------------------------------------------


async def test_export_goes_to_the_path_typed_with_the_format_s_extension(tmp_path):
    """Reported: focus started on "Export PDF"; the path typed went nowhere, Tab then Enter
    saved an HTML of 3.4 MB in ~/Documents, a folder made without a word."""
    (tmp_path / "exports").mkdir()
    (tmp_path / "client").mkdir()
    app = make_app(tmp_path, answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_result(app, pilot)
        field = screen.query_one("#export-path", Input)
        assert app.focused is field, "the path comes first: what is typed goes into it"
        typed = str(tmp_path / "client" / "plan-mars")
        await pilot.press(*typed)  # the proposal is selected: typing replaces it
        assert field.value == typed
        await pilot.press("tab", "enter")  # to the first button, the PDF, and press it
        await until(pilot, lambda: getattr(screen, "last_export_message", ""), what="export")
        await app.workers.wait_for_complete()
        assert (tmp_path / "client" / "plan-mars.pdf").read_bytes().startswith(b"%PDF")
        assert list((tmp_path / "exports").iterdir()) == [], "nothing in the default folder"
        assert str(tmp_path / "client" / "plan-mars.pdf") in screen.last_export_message
        # Enter in the field exports the format its extension names; another button swaps
        # a format's extension for its own
        field.focus()
        field.value = str(tmp_path / "client" / "plan-mars.md")
        await pilot.press("enter")
        await until(pilot, lambda: (tmp_path / "client" / "plan-mars.md").exists(), what="md")
        assert "Boulangerie" in (tmp_path / "client" / "plan-mars.md").read_text()
        await pilot.click("#export-json")
        await until(pilot, lambda: (tmp_path / "client" / "plan-mars.json").exists(), what="js")
        assert not (tmp_path / "client" / "plan-mars.md.json").exists()


async def test_no_folder_is_made_without_asking(tmp_path):
    app = make_app(tmp_path, answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_result(app, pilot)
        field = screen.query_one("#export-path", Input)
        missing = tmp_path / "nouveau" / "dossier"
        field.value = str(missing / "plan")
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is not screen, what="the question")
        asked = str(app.screen.query_one("#confirm-text", Static).render())
        assert str(missing) in asked, "the folder is named"
        await pilot.press("escape")  # no: nothing is made
        await until(pilot, lambda: app.screen is screen, what="back")
        assert not (tmp_path / "nouveau").exists()
        assert str(missing) in screen.last_export_message
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is not screen, what="asked again")
        await pilot.click("#confirm-yes")  # yes: made, and said
        await until(pilot, lambda: (missing / "plan.pdf").exists(), what="the PDF")
        await until(pilot, lambda: "plan.pdf" in screen.last_export_message, what="said")
        assert not (tmp_path / "exports").exists(), "the proposed folder was never made"


async def test_served_the_export_is_a_download_and_no_server_path_is_shown(tmp_path, monkeypatch):
    from strategy_wizard.tui.app import WizardApp

    delivered: list[tuple[bytes, str]] = []
    monkeypatch.setattr(WizardApp, "is_web", property(lambda self: True))

    def deliver(self, file, *, save_filename=None, **kw):
        delivered.append((file.read(), save_filename))

    monkeypatch.setattr(WizardApp, "deliver_binary", deliver)
    app = make_app(tmp_path, answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_result(app, pilot)
        field = screen.query_one("#export-path", Input)
        assert "/" not in field.value and field.value, "a file name, no server folder"
        shown = screen_text(app)
        assert str(tmp_path) not in shown and str(Path.home()) not in shown
        await pilot.press(*"mon-plan", "enter")
        await until(pilot, lambda: delivered, what="the download")
        await until(pilot, lambda: getattr(screen, "last_export_message", ""), what="said")
        assert delivered[0][1] == "mon-plan.pdf" and delivered[0][0].startswith(b"%PDF")
        assert str(tmp_path) not in screen_text(app)
        field.value = "../../etc/passwd"  # a name, never a place on the server
        await pilot.click("#export-md")
        await until(pilot, lambda: len(delivered) == 2, what="the second download")
        assert delivered[1][1] == "passwd.md"
    assert not (tmp_path / "exports").exists()


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_export_buttons_fit_at_80_columns(tmp_path, lang):
    app = make_app(tmp_path, lang=lang, answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_result(app, pilot)
        for button in screen.query("#exports Button"):
            assert button.region.right <= 80 and button.region.width >= len(str(button.label)), (
                f"{button.label} cut"
            )


# -- 7. the strategy scrolls from the keyboard at once -------------------------------------


async def test_the_strategy_scrolls_with_pgdn_and_end_from_the_start(tmp_path):
    """Reported: the strategy could not be scrolled until Tab had been pressed seven times."""
    from textual.containers import VerticalScroll

    app = make_app(tmp_path, answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_result(app, pilot)
        view = screen.query_one("#result", VerticalScroll)
        await until(pilot, lambda: view.max_scroll_y > 20, what="the strategy laid out")
        assert view.scroll_y == 0
        await pilot.press("pagedown")
        await until(pilot, lambda: view.scroll_y > 0, what="a page down")
        await pilot.press("end")
        await until(pilot, lambda: view.scroll_y == view.max_scroll_y, what="the end")
        await pilot.press("pageup")
        await until(pilot, lambda: view.scroll_y < view.max_scroll_y, what="a page up")
        await pilot.press("home")  # first to the start of the file name, where it is typed
        field = screen.query_one("#export-path", Input)
        assert field.cursor_position == 0 and view.scroll_y > 0
        await pilot.press("home")  # then to the top of the strategy
        await until(pilot, lambda: view.scroll_y == 0, what="the top")
        await pilot.press("end")  # End in the name first, then the strategy's end
        assert field.cursor_position == len(field.value)


# -- 2. no verdict while the objective thread is unfinished --------------------------------


@pytest.mark.parametrize("presenter", [False, True])
async def test_the_live_panel_says_what_is_missing_instead_of_a_verdict(tmp_path, presenter):
    """Reported: "Verdict: Go / Instagram — Primary" on a new, empty strategy."""
    from strategy_wizard.tui.widgets.insight import InsightPanel

    app = make_app(tmp_path, lang="en", presenter=presenter)
    async with app.run_test(size=(160, 45) if presenter else (120, 40)) as pilot:
        await pilot.click("#new")
        panel = app.screen.query_one(InsightPanel)
        await until(pilot, lambda: hasattr(panel, "verdict"), what="the panel")
        shown = " ".join(str(panel.render()).split())
        assert "Verdict: Go" not in shown and "Primary" not in shown, shown
        for missing in ("the name", "the audience", "the message", "the objective"):
            assert missing in shown, (missing, shown)
        assert panel.verdict is None
        # the thread in place, the verdict comes
        app.state.values.update(
            {
                "org_name": "Bikes",
                "audience_types": ["consumers"],
                "key_message": "We fix bikes fast",
                "objective": "sales",
                "hours_per_week": 3,
                "horizon_months": 6,
            }
        )
        app.screen._refresh_insight()
        await pilot.pause()
        shown = " ".join(str(panel.render()).split())
        assert "Verdict:" in shown and "missing" not in shown, shown
        assert panel.verdict is not None


async def test_the_result_screen_says_what_is_missing_instead_of_a_verdict(tmp_path):
    app = make_app(tmp_path, lang="fr")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#new")
        await until(pilot, lambda: app.state is not None, what="a session")
        app.state.values.update({"org_name": "Vélos", "objective": "sales"})
        app.action_result()
        await until(pilot, lambda: app.screen.query("#strategy-md"), what="the result")
        await pilot.pause(0.3)
        text = " ".join(screen_text(app).split())
        assert "Verdict" not in text, text
        assert "le public" in text and "le message" in text and "l'objectif" not in text, text


# -- 3. the review at 80×24 ---------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_the_review_shows_the_answers_at_80_columns(tmp_path, lang):
    """Reported: at 80×24 the review showed the step and the question, cut, and no answer."""
    from strategy_wizard.model.bank import load_bank

    app = make_app(tmp_path, lang=lang, answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.state is not None, what="the example")
        await pilot.press("ctrl+r")
        await until(pilot, lambda: app.screen.__class__.__name__ == "ReviewScreen", what="review")
        await pilot.pause()
        shown = " ".join(screen_text(app).split())
        bank = load_bank()
        for qid in ("org_name", "org_kind", "sector", "offer"):
            q = bank.question(qid)
            answer = q.display(app.state.values[qid], lang)
            assert " ".join(q.label(lang).split()) in shown, q.label(lang)
            assert " ".join(answer.split()) in shown, answer


# -- 4. keys: PgDn/PgUp from any field; the bar shows the keys that work where it runs -----


async def test_pgdn_and_pgup_move_between_steps_with_the_focus_in_any_field(tmp_path):
    """Reported: PgDn/PgUp, documented as next/previous, did nothing with focus in a field."""
    from textual.widgets import Select, SelectionList, TextArea

    app = make_app(tmp_path, answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.state is not None, what="the example")
        await pilot.pause()
        for step, qid, kind in [
            ("context", "org_name", Input),
            ("who", "audience_types", SelectionList),
            ("message", "key_message", (Input, TextArea)),
            ("context", "org_kind", Select),
        ]:
            assert app.go_to_step(step)
            await pilot.pause()
            field = app.screen.query_one(f"#in-{qid}")
            assert isinstance(field, kind)
            field.focus()
            await pilot.pause()
            await pilot.press("pagedown")
            await until(pilot, lambda step=step: app.state.step != step, what=f"next from {qid}")
            await pilot.press("pageup")
            await until(pilot, lambda step=step: app.state.step == step, what=f"back to {step}")


async def test_the_key_bar_shows_the_keys_that_work_where_it_runs(tmp_path, monkeypatch):
    from strategy_wizard.tui.app import WizardApp

    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await until(pilot, lambda: app.screen.query("#keybar"), what="the step")
        bar = str(app.screen.query_one("#keybar").render())
        assert "^n Next" in bar and "^r Review" in bar and "PgDn" not in bar
    monkeypatch.setattr(WizardApp, "is_web", property(lambda self: True))
    app = make_app(tmp_path, lang="fr")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await until(pilot, lambda: app.screen.query("#keybar"), what="the step")
        bar = str(app.screen.query_one("#keybar").render())
        assert "PgSuiv Suivant" in bar and "PgPréc Retour" in bar and "F8 Relire" in bar, bar
        assert "F9 Commandes" in bar and "F4 Note" in bar
        assert "^" not in bar, "no ctrl key a browser keeps for itself"
        for key, screen in [("f8", "ReviewScreen"), ("escape", "StepScreen")]:
            await pilot.press(key)
            await until(pilot, lambda s=screen: type(app.screen).__name__ == s, what=screen)
        await pilot.press("f9")
        await until(pilot, lambda: type(app.screen).__name__ == "CommandPalette", what="F9")


# -- 8. a list answer keeps its field in view --------------------------------------------


@pytest.mark.parametrize("qid", ["audience_problems", "expertise"])
async def test_a_list_answer_keeps_its_field_in_view_as_items_are_added(tmp_path, qid):
    """Reported: after two items the field scrolled out of sight; the third was typed blind."""
    from strategy_wizard.tui.widgets.list_editor import ListEditor

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#new")
        await until(pilot, lambda: app.state is not None, what="a session")
        step = app.state.bank.step_of(qid).id
        assert app.go_to_step(step)
        await pilot.pause()
        field = app.screen.query_one(f"#in-{qid}", Input)
        field.focus()
        await pilot.pause()
        pane = app.screen.query_one(f"#step-{step}")
        for n, item in enumerate(["Premier", "Deuxième", "Troisième", "Quatrième", "Cinq"], 1):
            await pilot.press(*item, "enter")
            await pilot.pause()
            await pilot.pause()
            box = pane.content_region
            assert field.region.y >= box.y and field.region.bottom <= box.bottom, (
                f"after {n} items the field is at rows {field.region.y}-{field.region.bottom}, "
                f"the pane shows {box.y}-{box.bottom}"
            )
            assert app.screen.query_one(f"#q-{qid} ListEditor", ListEditor).items[-1] == item
