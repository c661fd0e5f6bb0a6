"""The keys of the current screen, in the person's language, on one line at the bottom.

Textual's Footer rebuilds one widget per key on every focus change, which cost about 65 ms at
each step change and each Tab here (bench/bench_tui.py); its labels also come from the bindings,
in English. This bar is a single Static drawn once per screen and language. Each key is a link:
a click does what the key does."""

from __future__ import annotations

from textual.widgets import Static

from strategy_wizard.tui.texts import ui

# (key as shown, text key in texts.yaml, action)
STEP_KEYS = [
    ("^n", "key_next", "app.next_step"),
    ("^b", "key_back", "app.previous_step"),
    ("F1", "key_teach", "screen.teach"),
    ("^r", "key_review", "app.review"),
    ("^l", "key_lang", "app.switch_language"),
    ("^p", "key_commands", "app.command_palette"),
    ("^q", "key_quit", "app.quit"),
    # last: below 110 columns the insight panel is hidden anyway
    ("F2", "key_insight", "screen.toggle_insight"),
]
WELCOME_KEYS = [
    ("^l", "key_lang", "screen.switch_language"),
    ("^p", "key_commands", "app.command_palette"),
    ("^q", "key_quit", "app.quit"),
]
REVIEW_KEYS = [
    ("Enter", "key_edit", "screen.edit"),
    ("^g", "key_goto", "screen.go_to_question"),
    ("Esc", "key_back", "app.pop_screen"),
    ("^s", "key_strategy", "app.result"),
    ("^q", "key_quit", "app.quit"),
]
RESULT_KEYS = [("Esc", "key_back", "app.pop_screen"), ("^q", "key_quit", "app.quit")]


class KeyBar(Static):
    DEFAULT_CSS = """
    KeyBar { dock: bottom; height: 1; background: $panel; color: $text-muted; }
    """

    def __init__(self, keys: list[tuple[str, str, str]], lang: str) -> None:
        super().__init__(self.markup(keys, lang), id="keybar", markup=True)

    @staticmethod
    def markup(keys: list[tuple[str, str, str]], lang: str) -> str:
        return "  ".join(
            f"[@click={action}][b $accent]{key}[/] {ui(text, lang)}[/]"
            for key, text, action in keys
        )
