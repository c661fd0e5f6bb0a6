"""The wizard as a newcomer meets it at a terminal, replayed with Pilot: an entrepreneur alone,
in French, at 80×24, and a consultant exporting the document. Each test is a problem someone
met, reproduced first (it failed before its fix)."""

from __future__ import annotations

import re
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
        await until(pilot, lambda: screen.last_export_message, timeout=90, what="the PDF")
        await app.workers.wait_for_complete()
        assert (tmp_path / "client" / "plan-mars.pdf").read_bytes().startswith(b"%PDF")
        assert list((tmp_path / "exports").iterdir()) == [], "nothing in the default folder"
        assert str(tmp_path / "client" / "plan-mars.pdf") in screen.last_export_message
        # Enter in the field exports the format its extension names; another button swaps
        # a format's extension for its own
        field.focus()
        field.value = str(tmp_path / "client" / "plan-mars.md")
        await pilot.press("enter")
        await until(pilot, lambda: (tmp_path / "client" / "plan-mars.md").exists(), 60, "md")
        assert "Boulangerie" in (tmp_path / "client" / "plan-mars.md").read_text()
        await pilot.click("#export-json")
        await until(pilot, lambda: (tmp_path / "client" / "plan-mars.json").exists(), 60, "js")
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
        await until(pilot, lambda: (missing / "plan.pdf").exists(), timeout=90, what="the PDF")
        await until(pilot, lambda: "plan.pdf" in screen.last_export_message, 30, "said")
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
        await until(pilot, lambda: delivered, timeout=90, what="the download")
        await until(pilot, lambda: screen.last_export_message, timeout=30, what="said")
        assert delivered[0][1] == "mon-plan.pdf" and delivered[0][0].startswith(b"%PDF")
        assert str(tmp_path) not in screen_text(app)
        field.value = "../../etc/passwd"  # a name, never a place on the server
        await pilot.click("#export-md")
        await until(pilot, lambda: len(delivered) == 2, timeout=60, what="the second download")
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
        await pilot.press("escape")  # closed before the wizard is, as a person would
        await until(pilot, lambda: type(app.screen).__name__ == "StepScreen", what="closed")
        await pilot.pause()


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

        def in_view() -> bool:
            box = pane.content_region
            return field.region.y >= box.y and field.region.bottom <= box.bottom

        for n, item in enumerate(["Premier", "Deuxième", "Troisième", "Quatrième", "Cinq"], 1):
            await pilot.press(*item, "enter")
            await until(pilot, in_view, timeout=5, what=f"the field in view after {n} items")
            assert app.screen.query_one(f"#q-{qid} ListEditor", ListEditor).items[-1] == item


# -- 9. messages in the wizard's own terms, nothing that does not apply -------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_a_date_not_understood_is_explained_as_typed_in_the_wizard(tmp_path, lang):
    """Reported: the message spoke of the answers file's format and gave a past example."""
    app = make_app(tmp_path, lang=lang, answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.state is not None, what="the example")
        assert app.go_to_step("timeframe")
        await pilot.pause()
        field = app.screen.query_one("#in-start_date", Input)
        field.focus()
        field.value = ""
        await pilot.press(*"31/02/2027")
        await pilot.pause()
        error = str(app.screen.query_one("#q-start_date .q-error", Static).render())
        assert "31/02/2027" in error, error
        assert not re.search(r"YYYY-|AAAA-|\d{4}-\d\d-\d\d|file|fichier", error), error
        assert ("JJ/MM/AAAA" if lang == "fr" else "DD/MM/YYYY") in error, error
        examples = [d for d in re.findall(r"\d\d/\d\d/\d{4}", error) if d != "31/02/2027"]
        assert examples, error
        for shown in examples:
            day, month, year = map(int, shown.split("/"))
            assert date(year, month, day) > TODAY, f"{shown}: an example in the past"


async def test_the_welcome_lists_examples_described_in_the_person_s_language(tmp_path):
    """Reported: English descriptions on the French welcome screen."""
    from textual.widgets import OptionList

    app = make_app(tmp_path, lang="fr")
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.screen.query("#examples"), what="the lists")
        await pilot.pause()
        box = app.screen.query_one("#examples", OptionList)
        shown = [str(box.get_option_at_index(i).prompt) for i in range(box.option_count)]
        assert len(shown) >= 10
        for line in shown:
            assert not re.search(r"\b(the|with|that|wants|a|an)\b", line), line
        industrial = next(line for line in shown if line.startswith("industrial-valves-b2b"))
        assert "vannes" in industrial, industrial


def test_example_descriptions_old_and_new(tmp_path, monkeypatch):
    from strategy_wizard.model import examples

    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "old.yaml").write_text(
        "version: 1\nlang: en\nmeta:\n  description: Only one language\norg_name: X\n"
    )
    (tmp_path / "examples" / "new.yaml").write_text(
        "version: 1\nlang: fr\nmeta:\n  description: {fr: Un café, en: A café}\norg_name: Y\n"
    )
    monkeypatch.setattr(examples, "resource_dir", lambda name: tmp_path / name)
    found = {e.name: e for e in examples.list_examples()}
    assert found["old"].description_in("fr") == "Only one language"
    assert found["new"].description_in("en") == "A café"
    assert found["new"].description_in("fr") == "Un café" == found["new"].description


async def test_with_a_session_to_resume_the_welcome_still_shows_new_strategy(tmp_path):
    """Reported: at 80×24, with a previous session, the welcome opened scrolled past "New
    strategy" (the list of sessions took the focus and scrolled itself into view)."""
    from textual.widgets import OptionList

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#new")
        await until(pilot, lambda: app.state is not None, what="a session")
        await fill_name(pilot, app, "Déjà commencé")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen.query("#sessions"), what="the lists")
        await pilot.pause()
        await pilot.pause()
        sessions = app.screen.query_one("#sessions", OptionList)
        assert app.focused is sessions and sessions.option_count == 1, "Enter resumes"
        new = app.screen.query_one("#new")
        assert new.region.y > 0 and new.region.bottom <= 23, new.region
        assert "Nouvelle stratégie" in screen_text(app)


async def fill_name(pilot, app, name: str) -> None:
    field = app.screen.query_one("#in-org_name", Input)
    field.value = name
    await pilot.pause()


MANAGEMENT_NOT_APPLICABLE = [
    {"org_kind": "freelance"},
    {"org_kind": "personal_brand"},
    {"org_kind": "small_business", "team": "solo", "run_by": "founder"},
]


@pytest.mark.parametrize("answers", MANAGEMENT_NOT_APPLICABLE)
async def test_management_support_is_not_asked_where_it_does_not_apply(tmp_path, answers):
    """Reported: a freelancer, or a founder alone, was asked whether management backs the
    project, and unanswered it was listed as an assumption."""
    from strategy_wizard.tui.widgets.sidebar import StepSidebar

    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await until(pilot, lambda: app.state is not None, what="a session")
        assert app.go_to_step("realism")
        await pilot.pause()
        question = app.screen.query_one("#q-management_support")
        assert question.display, "asked while nothing says otherwise"
        for qid, value in answers.items():
            step = app.state.bank.step_of(qid).id
            assert app.go_to_step(step)
            await pilot.pause()
            app.screen.query_one(f"#in-{qid}").value = value
            await pilot.pause()
        assert app.go_to_step("realism")
        await pilot.pause()
        assert not question.display, f"not asked for {answers}"
        sidebar = str(app.screen.query_one(StepSidebar).get_option("realism").prompt.count)
        assert sidebar.endswith("/11"), f"counted as a question to answer: {sidebar}"
        assert "management_support" not in app.state.values
        # recorded as not applicable, not as an assumption
        strategy = app.build()
        label = app.state.bank.question("management_support").label("fr")
        assert all(a.question != label for a in strategy.assumptions)
        await pilot.press("ctrl+r")
        await until(pilot, lambda: type(app.screen).__name__ == "ReviewScreen", what="review")
        assert app.screen.shown("management_support") == "sans objet ici"


async def test_the_address_form_is_not_assumed_in_english(tmp_path):
    """Reported: "Formal (vous)" among the English strategy's assumptions."""
    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await until(pilot, lambda: app.state is not None, what="a session")
        strategy = app.build()
        shown = [f"{a.question} {a.assumed}" for a in strategy.assumptions]
        assert not any("(vous)" in line or "(tu)" in line for line in shown), shown
