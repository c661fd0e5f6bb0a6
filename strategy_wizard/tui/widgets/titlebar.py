"""Textual's Header, made safe to leave: its title follows the app's and the screen's titles
through watchers, and when one fires while the header is being taken down (a screen switched
away as the wizard quits, a language switch rebuilding the step screen) Textual's own raised
NoMatches (it looks for its title widget, already gone). Here that is taken for what it is:
nothing left to update."""

from __future__ import annotations

import contextlib

from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.events import Mount
from textual.widgets import Header
from textual.widgets._header import HeaderTitle


class TitleBar(Header):
    def _on_mount(self, event: Mount) -> None:
        event.prevent_default()  # instead of Header's own watchers, not beside them

        async def set_title() -> None:
            with contextlib.suppress(NoScreen, NoMatches):  # being taken down: nothing to do
                self.query_one(HeaderTitle).update(self.format_title())

        self.watch(self.app, "title", set_title)
        self.watch(self.app, "sub_title", set_title)
        self.watch(self.screen, "title", set_title)
        self.watch(self.screen, "sub_title", set_title)
