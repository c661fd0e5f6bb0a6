"""The strategy, and its exports. The PDF is made in a worker thread with visible progress,
so the interface never freezes; WeasyPrint is imported only then."""

from __future__ import annotations

import io
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Header, Input, LoadingIndicator, Markdown, Static

from strategy_wizard.base.locale import colon
from strategy_wizard.render.formats import FORMATS as OUTPUT_FORMATS
from strategy_wizard.tui.host import state_of, wizard
from strategy_wizard.tui.texts import ui
from strategy_wizard.tui.widgets.keybar import RESULT_KEYS, KeyBar

# the strategy's formats offered in the wizard (render/formats.py), then the answers themselves
FORMATS = (*(f.name for f in OUTPUT_FORMATS if f.in_wizard), "yaml")


class ResultScreen(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        lang = state_of(self.app).lang
        yield Header()
        yield Static(ui("export_to", lang), id="export-label")
        yield Input(id="export-path")
        with Horizontal(id="exports"):
            for fmt in FORMATS:
                yield Button(f"{ui('export', lang)} {fmt.upper()}", id=f"export-{fmt}")
        yield LoadingIndicator(id="busy")
        yield Static("", id="export-status")
        with VerticalScroll(id="result"):
            yield Markdown(id="strategy-md")
        yield KeyBar(RESULT_KEYS, lang)

    def on_mount(self) -> None:
        from strategy_wizard.render import RenderOptions, render

        self.title = ui("result", state_of(self.app).lang)
        self.query_one("#busy").display = False
        self.strategy = wizard(self.app).build()
        md = render(self.strategy, "md", RenderOptions()).decode("utf-8")
        self.query_one("#strategy-md", Markdown).update(md)
        self.query_one("#export-path", Input).value = str(self.default_stem())
        self.query_one("#export-pdf", Button).focus()  # the document most people came for

    def default_stem(self) -> Path:
        """The proposal: the organisation's name in the user's documents folder."""
        from strategy_wizard.base.files import slug

        folder: Path = wizard(self.app).export_folder
        return folder / slug(self.strategy.org_name)

    def target(self, fmt: str) -> Path:
        """Where an export goes: the path in the field (a folder keeps the proposed name),
        with the format's extension."""
        typed = self.query_one("#export-path", Input).value.strip()
        stem = Path(typed).expanduser() if typed else self.default_stem()
        if stem.is_dir():
            stem = stem / self.default_stem().name
        suffix = "yaml" if fmt == "yaml" else fmt
        return stem.with_name(f"{stem.name.removesuffix('.' + suffix)}.{suffix}")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.start_export("pdf")  # Enter after changing the name: the PDF, as the first button

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.start_export((event.button.id or "").removeprefix("export-"))

    def start_export(self, fmt: str) -> None:
        if fmt in FORMATS:
            self.query_one("#busy").display = True
            self.query_one("#export-status", Static).update(
                ui("exporting", state_of(self.app).lang)
            )
            self.export(fmt)

    @work(thread=True, exclusive=True)
    def export(self, fmt: str) -> None:
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
            path = self.target(fmt)
            if getattr(self.app, "is_web", False):
                self.app.call_from_thread(
                    self.app.deliver_binary, io.BytesIO(payload), save_filename=path.name
                )
                message = f"{ui('exported', lang)}{colon(lang)}{path.name}"
            else:
                path = write_output(path, payload)
                message = f"{ui('exported', lang)}{colon(lang)}{path}"
        except (FormatUnavailable, OSError, UserError) as exc:
            message = f"{ui('export_failed', lang)}{colon(lang)}{exc}"
        self.app.call_from_thread(self._done, message)

    def _done(self, message: str) -> None:
        self.query_one("#busy").display = False
        self.query_one("#export-status", Static).update(message)
        self.last_export_message = message
