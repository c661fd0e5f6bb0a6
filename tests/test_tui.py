"""The real Textual wizard, driven with Pilot: walk-throughs, the gate, validation, languages,
sessions and a real PDF export."""

from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path

import pytest
import yaml
from textual.command import CommandList, CommandPalette
from textual.widgets import ContentSwitcher, Input, Select, SelectionList, Static, TextArea

from strategy_wizard.model.answers import load_answers
from strategy_wizard.model.bank import load_bank
from strategy_wizard.tui.app import create_app
from tests.conftest import EXAMPLES, run_cli, until
from tests.pdftext import pdf_text

TODAY = date(2026, 11, 24)


def make_app(tmp_path: Path, lang: str = "en", **kw):
    return create_app(
        lang=lang,
        sessions_folder=tmp_path / "sessions",
        today=TODAY,
        export_folder=tmp_path / "exports",
        **kw,
    )


def shown_step(app) -> str | None:
    """The step whose questions are on screen: the pane the switcher shows."""
    switcher = app.screen.query(ContentSwitcher)
    current = switcher.first().current if switcher else None
    return current.removeprefix("step-") if current else None


async def field_on(pilot, step: str, qid: str) -> Input:
    """Go to a step and put the cursor in one question's field, as the person would."""
    assert pilot.app.go_to_step(step)
    await pilot.pause()
    field = pilot.app.screen.query_one(f"#in-{qid}", Input)
    field.focus()
    return field


async def fill(pilot, qid: str, value) -> None:
    """Answer one question through its real widget, as the person would leave it."""
    screen = pilot.app.screen
    q = load_bank().question(qid)
    if q.type in ("text", "number", "date"):
        widget = screen.query_one(f"#in-{qid}", Input)
        widget.value = value.isoformat() if isinstance(value, date) else str(value)
    elif q.type == "list":  # each answer typed in the field and added with Enter
        field = screen.query_one(f"#in-{qid}", Input)
        field.focus()
        for item in value:
            field.value = item
            await pilot.press("enter")
    elif q.type == "longtext":
        screen.query_one(f"#in-{qid}", TextArea).text = value
    elif q.type == "choice":
        screen.query_one(f"#in-{qid}", Select).value = str(value)
    elif q.type == "multi":
        box = screen.query_one(f"#in-{qid}", SelectionList)
        box.deselect_all()
        for code in value:
            box.select(code)
    elif q.type == "group":
        for key, v in value.items():
            screen.query_one(f"#in-{qid}-{key}", Input).value = str(v)
    await pilot.pause()


@pytest.mark.parametrize("example", ["boulangerie-locale", "industrial-valves-b2b"])
async def test_walk_through_every_step_ends_with_the_example_and_its_strategy(tmp_path, example):
    path = EXAMPLES / f"{example}.yaml"
    expected = load_answers(path)
    app = make_app(tmp_path, lang=expected.lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        # the name is typed key by key, like a person would
        await pilot.click("#in-org_name")
        await pilot.press(*expected.values["org_name"])
        for step in load_bank().steps:
            assert shown_step(app) == step.id
            for q in step.questions:
                if q.id in expected.values and q.id != "org_name":
                    await fill(pilot, q.id, expected.values[q.id])
            await pilot.press("ctrl+n")
            await pilot.pause()
        assert app.screen.__class__.__name__ == "ReviewScreen"
        got = app.state.answers()
        assert got.values == expected.values
        strategy = app.build()
    cli = run_cli("render", str(path), "-f", "json", "--today", TODAY.isoformat())
    assert json.loads(strategy.model_dump_json()) == json.loads(cli.stdout)


async def test_networks_step_opens_only_when_the_gates_are_answered(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        assert app.go_to_step("networks") is False
        assert shown_step(app) == "context"
        await fill(pilot, "org_name", "Gatekeepers")
        for step, qid, value in [
            ("who", "audience_types", ["consumers"]),
            ("message", "key_message", "We fix bikes fast"),
            ("reaction", "objective", "sales"),
            ("realism", "hours_per_week", 3),
        ]:
            assert app.go_to_step(step)
            await pilot.pause()
            await fill(pilot, qid, value)
        assert app.go_to_step("networks") is False, "the horizon is still missing"
        assert app.go_to_step("timeframe")
        await pilot.pause()
        await fill(pilot, "horizon_months", "6")
        assert app.go_to_step("networks")
        await pilot.pause()
        assert shown_step(app) == "networks"


async def test_invalid_input_is_shown_inline_in_french_and_kept(tmp_path):
    app = make_app(tmp_path, lang="fr")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        field = await field_on(pilot, "realism", "hours_per_week")
        await pilot.press(*"80")
        await pilot.pause()
        error = app.screen.query_one("#q-hours_per_week .q-error", Static)
        assert "hors limites" in str(error.render())
        assert field.value == "80", "what was typed stays"
        assert "hours_per_week" not in app.state.values
        assert app.state.drafts["hours_per_week"] == "80"
        await pilot.press("backspace", "backspace", "5")
        await pilot.pause()
        assert app.state.values["hours_per_week"] == 5
        assert str(error.render()) == ""


async def test_switching_language_keeps_every_answer(tmp_path):
    app = make_app(tmp_path, lang="fr")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        await fill(pilot, "org_name", "Café des Arts")
        await fill(pilot, "market", "b2c")
        label = app.screen.query_one("#q-org_name .q-label")
        assert "organisation" in str(label.render()).lower()
        before = dict(app.state.values)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert app.state.lang == "en"
        assert app.state.values == before
        assert app.screen.query_one("#in-org_name", Input).value == "Café des Arts"
        assert "What is your organisation" in str(
            app.screen.query_one("#q-org_name .q-label").render()
        )


async def test_the_command_palette_speaks_the_person_s_language(tmp_path):
    app = make_app(tmp_path, lang="fr")
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Thème", "Quitter", "Capture d’écran"} <= set(titles), titles
        assert not {"Theme", "Quit", "Screenshot"} & set(titles)
        for lang in ("en", "fr"):  # the language entry works on the welcome screen too
            app.action_switch_language()
            await pilot.pause()
            assert app.lang == lang and app.screen.lang == lang
        await pilot.click("#new")
        await pilot.pause()
        await fill(pilot, "org_name", "Café des Arts")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "1. Le contexte" in titles and "Ma stratégie et ses exports" in titles
        await pilot.press("ctrl+p")  # the real palette, searched in French
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), what="the palette")
        await pilot.press(*"passer en anglais")
        palette = app.screen
        await until(
            pilot,
            lambda: (
                "anglais" in str(palette.query_one(CommandList).get_option_at_index(0).prompt)
                if palette.query_one(CommandList).option_count
                else False
            ),
            what="the language entry found",
        )
        await pilot.press("enter")
        await until(pilot, lambda: app.state.lang == "en", what="the switch to English")
        assert app.state.lang == "en"
        assert app.state.values["org_name"] == "Café des Arts"
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Theme", "Quit", "My strategy and its exports"} <= set(titles)


async def test_new_strategy_pressed_before_the_welcome_lists_arrive(tmp_path):
    """The welcome adds its lists a frame after the first paint; on a slow machine a quick
    Enter on "New strategy" comes first, and the late lists must not crash the wizard."""
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        welcome = app.screen
        app.start_new()
        await pilot.pause()
        await welcome._add_lists()  # as late as a loaded machine makes it
        await pilot.pause()
        assert shown_step(app) == "context"
        assert app.is_running


async def test_teaching_note_opens_with_f1(tmp_path):
    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        app.screen.query_one("#in-market", Select).focus()
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "TeachingScreen"
        note = load_bank().question("market").teaching("en")
        assert app.screen.note == note
        await pilot.press("escape")
        await pilot.pause()
        assert shown_step(app) == "context"


async def test_sessions_are_saved_resumed_and_foreign_files_skipped(tmp_path):
    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        await fill(pilot, "org_name", "Resumable Ltd")
        await pilot.press("ctrl+n")
        await pilot.pause()
    sessions = list((tmp_path / "sessions").glob("*.yaml"))
    assert len(sessions) == 1
    saved = yaml.safe_load(sessions[0].read_text())
    assert saved["org_name"] == "Resumable Ltd" and saved["meta"]["current_step"] == "who"
    (tmp_path / "sessions" / "junk.yaml").write_text("{{{ not yaml")
    (tmp_path / "sessions" / "other.yaml").write_text("hello: world\n")
    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        from textual.widgets import OptionList

        box = app.screen.query_one("#sessions", OptionList)
        assert box.option_count == 1
        assert "Resumable Ltd" in str(box.get_option_at_index(0).prompt)
        box.focus()
        box.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert shown_step(app) == "who"
        assert app.state.values["org_name"] == "Resumable Ltd"


async def test_a_real_pdf_is_exported_from_the_result_screen(tmp_path):
    # folders that exist: one that does not is made only once the person agrees
    # (tests/test_newcomer_terminal.py)
    (tmp_path / "exports").mkdir()
    (tmp_path / "client").mkdir()
    app = make_app(tmp_path, lang="en", answers_path=EXAMPLES / "recruitment-startup.yaml")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        app.action_result()
        await pilot.pause()
        await pilot.click("#export-pdf")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Saved" in str(app.screen.query_one("#export-status", Static).render())
        # the proposed name can be changed before another export
        path = app.screen.query_one("#export-path", Input)
        assert path.value == str(tmp_path / "exports" / "loomwork-labs")
        path.value = str(tmp_path / "client" / "proposal-v2")
        await pilot.click("#export-md")
        await app.workers.wait_for_complete()
        await pilot.pause()
    out = tmp_path / "exports" / "loomwork-labs.pdf"
    assert out.exists()
    assert "Loomwork Labs" in pdf_text(out)
    assert "Loomwork Labs" in (tmp_path / "client" / "proposal-v2.md").read_text()


async def test_steps_are_built_ahead_while_idle_and_kept_between_visits(tmp_path, monkeypatch):
    from strategy_wizard.tui.screens.step import StepScreen

    # long enough that typing a name never counts as a quiet moment, even on a loaded machine
    monkeypatch.setattr(StepScreen, "prebuild_delay", 3.0)
    app = make_app(tmp_path, lang="fr")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        started = time.monotonic()
        await pilot.press(*"AtelierNord")
        typing = time.monotonic() - started
        field = app.screen.query_one("#in-org_name", Input)
        assert field.value == "AtelierNord"
        if typing < StepScreen.prebuild_delay:  # a machine so loaded that typing took longer
            assert not app.screen.query("#step-who"), "nothing built before a quiet moment"
        await pilot.pause(StepScreen.prebuild_delay + 0.5)
        assert app.screen.query("#step-who"), "the next step is built while the person reads"
        assert shown_step(app) == "context", "building ahead does not move the person"
        # the key bar speaks French, and a click on a key does what the key does
        bar = str(app.screen.query_one("#keybar").render())
        assert "Suivant" in bar and "Retour" in bar and "Next" not in bar
        await pilot.click("#keybar", offset=(4, 0))
        await pilot.pause()
        assert shown_step(app) == "who"
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert shown_step(app) == "context"
        assert app.screen.query_one("#in-org_name", Input) is field, "kept, not rebuilt"
        assert field.value == "AtelierNord" and app.focused is field


async def test_review_edits_an_answer_in_place_and_its_step_follows(tmp_path):
    from textual.widgets import OptionList

    app = make_app(tmp_path, lang="en", answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert app.state.values["hours_per_week"] == 4
        assert app.go_to_step("realism")  # its pane is built, with 4 in the field
        await pilot.pause()
        assert app.screen.query_one("#in-hours_per_week", Input).value == "4"
        await pilot.press("ctrl+r")
        await pilot.pause()
        app.screen.select("hours_per_week")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "EditAnswerScreen"
        field = app.screen.query_one("#in-hours_per_week", Input)
        field.value = ""
        await pilot.press(*"500")
        await pilot.pause()
        assert "hours_per_week" not in app.state.values, "out of range is not kept"
        assert app.screen.query_one(".q-error", Static).render(), "and it says why"
        await pilot.press("backspace", "backspace")
        await pilot.pause()
        assert app.state.values["hours_per_week"] == 5
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ReviewScreen"
        entry = app.screen.query_one(OptionList).get_option("hours_per_week").prompt
        assert app.screen.shown("hours_per_week") == "5", "the review shows the new answer"
        assert entry.renderables[1].renderable.plain == "5", "at once, in the entry drawn"
        await pilot.press("escape")
        await pilot.pause()
        assert shown_step(app) == "realism"
        assert app.screen.query_one("#in-hours_per_week", Input).value == "5"
    saved = yaml.safe_load(next((tmp_path / "sessions").glob("*.yaml")).read_text())
    assert saved["hours_per_week"] == 5


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_dates_are_typed_the_way_the_person_writes_them(tmp_path, lang):
    app = make_app(tmp_path, lang=lang, answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        field = await field_on(pilot, "timeframe", "start_date")
        field.value = ""
        await pilot.press(*"05/01/2027")
        await pilot.pause()
        assert app.state.values["start_date"] == date(2027, 1, 5), "day first, in both"
        field.value = ""
        await pilot.press(*"2027-02-01")
        await pilot.pause()
        assert app.state.values["start_date"] == date(2027, 2, 1), "ISO works too"
        field.value = ""
        await pilot.press(*"31/02/2027")
        await pilot.pause()
        assert "start_date" not in app.state.values
        error = str(app.screen.query_one("#q-start_date .q-error", Static).render())
        assert "31/02/2027" in error and field.value == "31/02/2027", "explained, not lost"
    saved = yaml.safe_load(next((tmp_path / "sessions").glob("*.yaml")).read_text())
    assert saved["meta"]["drafts"]["start_date"] == "31/02/2027"


async def test_a_list_answer_is_added_to_edited_and_removed_from(tmp_path):
    from strategy_wizard.tui.widgets.list_editor import ItemList

    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        field = await field_on(pilot, "message", "expertise")
        for item in ("Sourdough", "Pastry", "Catering"):
            await pilot.press(*item, "enter")
        await pilot.pause()
        assert app.state.values["expertise"] == ["Sourdough", "Pastry", "Catering"]
        await pilot.press(*"Half typ")  # not added yet, but not lost either
        await pilot.pause()
        assert app.state.values["expertise"][-1] == "Half typ"
        items = app.screen.query_one("#q-expertise ItemList", ItemList)
        items.focus()
        items.highlighted = 1
        await pilot.press("delete")  # Pastry goes
        await pilot.pause()
        assert app.state.values["expertise"] == ["Sourdough", "Catering", "Half typ"]
        items.highlighted = 0
        await pilot.press("enter")  # Sourdough back into the field to be edited
        await pilot.pause()
        assert field.value == "Sourdough" and app.focused is field
        await pilot.press(*" bread", "enter")
        await pilot.pause()
        assert app.state.values["expertise"] == ["Catering", "Half typ", "Sourdough bread"]


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_the_layout_fits_small_and_large_terminals(tmp_path, size):
    from strategy_wizard.tui.widgets.insight import InsightPanel
    from strategy_wizard.tui.widgets.sidebar import StepSidebar

    app = make_app(tmp_path, lang="fr", answers_path=EXAMPLES / "boulangerie-locale.yaml")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        field = screen.query_one("#in-org_name", Input)
        assert field.region.width >= 30, "room to type at any size"
        assert field.region.right <= size[0] and field.region.bottom <= size[1]
        insight = screen.query_one(InsightPanel)
        sidebar = screen.query_one(StepSidebar)
        if size == (80, 24):
            assert not insight.display, "the insight makes way for the questions"
            assert sidebar.display
        else:
            assert insight.display and sidebar.display
            await until(pilot, lambda: "Verdict" in str(insight.render()), what="the insight")
            shown = str(insight.render())
            assert "Verdict\u00a0: " in shown, "French typography in the insight too"
            assert not re.search(r"\d\.\d h", shown), "French decimals take a comma"
        assert screen.query_one("#keybar").region.bottom == size[1]


async def test_presenter_mode_keeps_the_teaching_note_in_view(tmp_path):
    app = make_app(tmp_path, lang="fr", presenter=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        assert app.has_class("presenter")
        aside = app.screen.query_one("#teaching-aside", Static)
        bank = load_bank()
        assert aside.display and aside.region.height >= 2
        assert bank.question("org_name").teaching("fr")[:40] in str(aside.render())
        app.screen.query_one("#in-market", Select).focus()
        await pilot.pause()
        assert bank.question("market").teaching("fr")[:40] in str(aside.render()), (
            "the note follows the question in focus"
        )


async def test_coming_back_to_a_step_finds_the_field_left_last(tmp_path):
    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new")
        await pilot.pause()
        market = app.screen.query_one("#in-market", Select)
        market.focus()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert shown_step(app) == "who"
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert shown_step(app) == "context" and app.focused is market


async def test_a_bad_answers_file_is_explained_and_the_welcome_follows(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("org_name: X\nhours_per_week: lots\n", encoding="utf-8")
    app = make_app(tmp_path, lang="en", answers_path=bad)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.__class__.__name__ == "WelcomeScreen"
        shown = " ".join(str(n.message) for n in app._notifications)
        assert "bad.yaml" in shown and "hours_per_week" in shown and "lots" in shown
