"""The strategy, and its exports. The PDF is made in a worker thread with visible progress,
so the interface never freezes; WeasyPrint is imported only then.

The field for the file comes first and has the focus: what the person types is where the
export goes, with the extension of the format chosen (a button, or Enter in the field for the
format the typed extension names, else the PDF). A folder that does not exist is made only
once the person has said yes. Served to a browser, the field is the name of the download: the
file goes to the participant's browser, and no place on the server is shown or written to."""

from __future__ import annotations

import io
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, LoadingIndicator, Markdown, Static

from strategy_wizard.base.locale import colon
from strategy_wizard.render.formats import FORMATS as OUTPUT_FORMATS
from strategy_wizard.tui.host import state_of, wizard
from strategy_wizard.tui.screens.confirm import ConfirmScreen
from strategy_wizard.tui.texts import gate_names, ui
from strategy_wizard.tui.widgets.keybar import RESULT_KEYS, KeyBar
from strategy_wizard.tui.widgets.titlebar import TitleBar
from strategy_wizard.tui.wrapping import keep_no_break_spaces_in_markdown

# the strategy's formats offered in the wizard (render/formats.py), then the answers themselves
FORMATS = (*(f.name for f in OUTPUT_FORMATS if f.in_wizard), "yaml")
EXTENSIONS = {
    **{f.name: (f.extension, *f.aliases) for f in OUTPUT_FORMATS if f.in_wizard},
    "yaml": (".yaml", ".yml"),
}


def format_of(name: str) -> str | None:
    """The wizard's format a file name asks for by its extension, if any."""
    lower = name.lower()
    return next((f for f, exts in EXTENSIONS.items() if lower.endswith(exts)), None)


def without_extension(name: str) -> str:
    """A file name without the extension of one of the wizard's formats (any other is kept:
    `plan-v1.2` stays whole)."""
    fmt = format_of(name)
    if fmt is None:
        return name
    ext = next(e for e in EXTENSIONS[fmt] if name.lower().endswith(e))
    return name[: -len(ext)]


def without_verdict(md: str, missing: list[str], lang: str) -> str:
    """The strategy in Markdown with, instead of its verdict (the header's line, and the verdict's
    sentence that opens the strategy on one page), what is still missing for one."""
    from strategy_wizard.render.words import word

    notice = f"> **{ui('result_unfinished', lang)}** " + ui("insight_missing", lang).format(
        missing=gate_names(missing, lang)
    )
    lines = md.split("\n")
    start = f"**{word('doc_verdict', lang)}"
    at = next((i for i, line in enumerate(lines) if line.startswith(start)), None)
    if at is None:  # a document laid out differently: the notice goes first
        return f"{notice}\n\n{md}"
    lines[at : at + 1] = ["", notice] if at and lines[at - 1].strip() else [notice]
    # the one-page summary opens on the verdict's sentence: the paragraph after its heading
    heading = f"## {word('doc_summary', lang)}"
    top = next((i for i, line in enumerate(lines) if line == heading), None)
    if top is not None:
        first = top + 1
        while first < len(lines) and not lines[first].strip():
            first += 1
        end = first
        while end < len(lines) and lines[end].strip():
            end += 1
        if first < len(lines) and not lines[first].startswith("#"):
            del lines[first : end + 1]
    return "\n".join(lines)


keep_no_break_spaces_in_markdown()


class ResultScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        # the strategy scrolls from the keyboard at once, wherever the focus is
        Binding("pagedown", "page(1)", "Scroll down", show=False, priority=True),
        Binding("pageup", "page(-1)", "Scroll up", show=False, priority=True),
        Binding("end,ctrl+end", "edge(1)", "End", show=False, priority=True),
        Binding("home,ctrl+home", "edge(-1)", "Top", show=False, priority=True),
    ]

    @property
    def served(self) -> bool:
        return bool(self.app.is_web)

    def compose(self) -> ComposeResult:
        lang = state_of(self.app).lang
        yield TitleBar()
        with Vertical(id="result-top"):
            yield Static(ui("download_as" if self.served else "export_to", lang), id="export-label")
            yield Input(id="export-path")
            with Horizontal(id="exports"):
                yield Static(ui("export", lang), id="export-word")
                for fmt in FORMATS:
                    yield Button(fmt.upper(), id=f"export-{fmt}", compact=True)
            yield LoadingIndicator(id="busy")
            yield Static("", id="export-status")
        with VerticalScroll(id="result"):
            yield Markdown(id="strategy-md")
        yield KeyBar(RESULT_KEYS, lang, web=self.served)

    def on_mount(self) -> None:
        from strategy_wizard.render import RenderOptions, render

        self.title = ui("result", state_of(self.app).lang)
        self.query_one("#busy").display = False
        self.strategy = wizard(self.app).build()
        md = render(self.strategy, "md", RenderOptions()).decode("utf-8")
        missing = state_of(self.app).missing_gates()
        if missing:
            md = without_verdict(md, missing, state_of(self.app).lang)
        self.query_one("#strategy-md", Markdown).update(md)
        field = self.query_one("#export-path", Input)
        field.value = self.default_stem().name if self.served else str(self.default_stem())
        field.focus()  # typing replaces the proposal (it is selected), Tab reaches the buttons
        self.call_after_refresh(field.select_all)
        self.last_export_message = ""

    def default_stem(self) -> Path:
        """The proposal: the organisation's name in the user's documents folder."""
        from strategy_wizard.base.files import slug

        folder: Path = wizard(self.app).export_folder
        return folder / slug(self.strategy.org_name)

    def target(self, fmt: str) -> Path:
        """Where an export goes: the path in the field (a folder keeps the proposed name), the
        extension of a format taken off, the chosen format's put on. Served, only a name."""
        typed = self.query_one("#export-path", Input).value.strip()
        default = self.default_stem()
        if self.served:
            name = without_extension(Path(typed).name) if typed else ""
            return Path(f"{name or default.name}{EXTENSIONS[fmt][0]}")
        stem = Path(typed).expanduser() if typed else default
        if typed.endswith(("/", "\\")) or stem.is_dir():
            stem = stem / default.name
        stem = stem.with_name(without_extension(stem.name) or default.name)
        return stem.with_name(stem.name + EXTENSIONS[fmt][0]).absolute()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Enter in the field: the format its extension names, else the PDF (the first button)
        self.start_export(format_of(event.value.strip()) or FORMATS[0])

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.start_export((event.button.id or "").removeprefix("export-"))

    def say(self, message: str) -> None:
        self.query_one("#export-status", Static).update(message)
        self.last_export_message = message

    def start_export(self, fmt: str) -> None:
        if fmt not in FORMATS:
            return
        path = self.target(fmt)
        if self.served or path.parent.is_dir():
            self._export_now(fmt, path)
            return
        lang = state_of(self.app).lang
        folder = path.parent

        def answered(yes: bool | None) -> None:
            if not yes:
                self.say(ui("export_no_folder", lang).format(folder=folder))
                return
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self.say(f"{ui('export_failed', lang)}{colon(lang)}{folder}: {exc.strerror}")
                return
            self._export_now(fmt, path)

        self.app.push_screen(
            ConfirmScreen(
                ui("export_make_folder", lang).format(folder=folder, name=path.name),
                ui("export_make_folder_yes", lang),
                ui("cancel", lang),
            ),
            answered,
        )

    def _export_now(self, fmt: str, path: Path) -> None:
        self.query_one("#busy").display = True
        self.say(ui("exporting", state_of(self.app).lang))
        self.export(fmt, path)

    @work(thread=True, exclusive=True)
    def export(self, fmt: str, path: Path) -> None:
        from strategy_wizard.base.errors import UserError
        from strategy_wizard.base.files import write_output
        from strategy_wizard.render import FormatUnavailable, RenderOptions, render

        state = state_of(self.app)
        lang = state.lang
        try:
            if fmt == "yaml":
                import yaml

                data = state.to_data()
                data.pop("meta")
                payload = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()
            else:
                payload = render(self.strategy, fmt, RenderOptions())
            if self.served:
                self.app.call_from_thread(
                    self.app.deliver_binary, io.BytesIO(payload), save_filename=path.name
                )
                message = f"{ui('downloaded', lang)}{colon(lang)}{path.name}"
            else:
                path = write_output(path, payload)
                message = f"{ui('exported', lang)}{colon(lang)}{path}"
        except (FormatUnavailable, OSError, UserError) as exc:
            message = f"{ui('export_failed', lang)}{colon(lang)}{exc}"
        self.app.call_from_thread(self._done, message)

    def _done(self, message: str) -> None:
        if not self.is_attached:  # the person left the screen (or the wizard) meanwhile
            return
        self.query_one("#busy").display = False
        self.say(message)

    # -- reading the strategy ---------------------------------------------------------------

    def action_page(self, direction: int) -> None:
        view = self.query_one("#result", VerticalScroll)
        if direction > 0:
            view.scroll_page_down(animate=False)
        else:
            view.scroll_page_up(animate=False)

    def action_edge(self, direction: int) -> None:
        """End and Home move in the file name while there is somewhere to move; at its end
        (where the cursor starts) End goes to the end of the strategy, Home to its top."""
        field = self.query_one("#export-path", Input)
        if self.focused is field:
            at = field.cursor_position
            if (direction > 0 and at < len(field.value)) or (direction < 0 and at > 0):
                if direction > 0:
                    field.action_end()
                else:
                    field.action_home()
                return
        view = self.query_one("#result", VerticalScroll)
        if direction > 0:
            view.scroll_end(animate=False)
        else:
            view.scroll_home(animate=False)
