"""The keys of the current screen, in the person's language, on one line at the bottom.

Textual's Footer rebuilds one widget per key on every focus change, which cost about 65 ms at
each step change and each Tab here (bench/bench_tui.py); its labels also come from the bindings,
in English. This bar is a single Static, drawn again only when its width or language changes.
Each key is a link: a click does what the key does.

The keys shown are the ones that work where the wizard runs. In a terminal, ctrl+N, ctrl+R...
In a browser (served by the workshop), those belong to the browser (a new window, reload, the
address bar, print), so the bar shows the keys a browser leaves to the page: PgDn/PgUp and the
function keys no browser uses (F2, F4, F8, F9). Both sets are bound everywhere.

Only whole entries are shown: those that do not fit the width are left out, the last first
(the list is in order of importance), never cut in the middle of a word."""

from __future__ import annotations

from typing import NamedTuple

from textual.events import Resize
from textual.widgets import Static

from strategy_wizard.tui.texts import texts, ui


class Key(NamedTuple):
    terminal: str | None  # the key shown in a terminal, None: not shown there
    web: str | None  # the key shown in a browser, None: not shown there
    text: str  # what it does: a key of texts.yaml
    action: str


STEP_KEYS = [
    Key("^n", "pagedown", "key_next", "app.next_step"),
    Key("^b", "pageup", "key_back", "app.previous_step"),
    Key("F1", "F4", "key_teach", "screen.teach"),
    Key("^r", "F8", "key_review", "app.review"),
    Key("^l", None, "key_lang", "app.switch_language"),
    Key("^p", "F9", "key_commands", "app.command_palette"),
    Key("^q", None, "key_quit", "app.quit"),
    Key("F2", "F2", "key_insight", "screen.toggle_insight"),
]
WELCOME_KEYS = [
    Key("^l", None, "key_lang", "screen.switch_language"),
    Key("^p", "F9", "key_commands", "app.command_palette"),
    Key("^q", None, "key_quit", "app.quit"),
]
REVIEW_KEYS = [
    Key("Enter", "Enter", "key_edit", "screen.edit"),
    Key("g", "g", "key_goto", "screen.go_to_question"),
    Key("Esc", "Esc", "key_back", "app.pop_screen"),
    Key("s", "s", "key_strategy", "app.result"),
    Key("^q", None, "key_quit", "app.quit"),
]
RESULT_KEYS = [
    Key("Esc", "Esc", "key_back", "app.pop_screen"),
    Key("pagedown", "pagedown", "key_scroll", "screen.page(1)"),
    Key("^q", None, "key_quit", "app.quit"),
]
GAP = 2  # cells between two entries


def key_name(key: str, lang: str) -> str:
    """A key as the person's keyboard names it (PgDn is "PgSuiv" on a French one)."""
    name = f"keyname_{key}"
    return ui(name, lang) if name in texts() else key


class KeyBar(Static):
    DEFAULT_CSS = """
    KeyBar { dock: bottom; height: 1; background: $panel; color: $text-muted; }
    """

    def __init__(self, keys: list[Key], lang: str, web: bool = False) -> None:
        self.entries = [
            (key_name(shown, lang), ui(k.text, lang), k.action)
            for k in keys
            if (shown := k.web if web else k.terminal) is not None
        ]
        super().__init__(self.markup(self.entries, 1000), id="keybar", markup=True)
        self._width = 0

    @staticmethod
    def markup(entries: list[tuple[str, str, str]], width: int) -> str:
        shown: list[str] = []
        used = 0
        for key, text, action in entries:
            need = len(key) + 1 + len(text) + (GAP if shown else 0)
            if used + need > width:
                break
            used += need
            shown.append(f"[@click={action}][b $accent]{key}[/] {text}[/]")
        return (" " * GAP).join(shown)

    @property
    def plain(self) -> str:
        """The entries shown, as text."""
        return str(self.render())

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.update(self.markup(self.entries, self._width))
