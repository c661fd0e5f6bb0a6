"""Does every text the wizard shows fit where it is shown? A reader of the screen, for tests.

For each widget of the active screen that shows a text, the text's source is known (a label's
content, a button's label, a field's placeholder, a list's options) and so is where it is
drawn. What the screen shows there, cell for cell, is cut into tokens, and each is checked:

- a token is a whole word of its source: "Exp" drawn for "Exporter", "Aujourd" for
  "Aujourd'hui" are cuts (a word longer than the column it is drawn in may be folded: that is
  the only way it can be shown);
- a token ending in "…" where the source has none is a label shortened to fit; that is a
  fault wherever the widget could have been given the room (it does not span the screen);
- a line does not start with a punctuation mark that French sets after a no-break space (a
  "?" alone on its line);
- a one-line text (a button, a placeholder, the title bar) shows whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual.content import Content
from textual.widget import Widget
from textual.widgets import (
    Button,
    Input,
    Markdown,
    OptionList,
    SelectionList,
    Static,
    TextArea,
)

from tests.screen import screen_lines

SPACES = re.compile(r"[\s\u00a0\u202f\u2007]+")
EDGES = "\"'“”‘’«»()[]{}.,;:!?…*—–-/•▶·|<>_`#~+="
ORPHANS = tuple("?!:;»")


@dataclass
class Fault:
    where: str  # which screen, at which size and language
    widget: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.widget}: {self.what}"


def plain(prompt: Any) -> str:
    """The text of an option's prompt, whatever it is made of."""
    if isinstance(prompt, str):
        return prompt
    if isinstance(prompt, Text | Content):
        return prompt.plain
    if isinstance(prompt, Group):
        return "\n".join(plain(r) for r in prompt.renderables)
    if isinstance(prompt, Padding):
        return plain(prompt.renderable)
    if hasattr(prompt, "plain"):  # the sidebar's lines
        return str(prompt.plain)
    return str(prompt)


def words(text: str) -> set[str]:
    return {w for w in (t.strip(EDGES) for t in SPACES.split(text)) if w}


def describe(widget: Widget) -> str:
    name = type(widget).__name__
    if widget.id:
        name += f"#{widget.id}"
    parent = widget.parent
    while parent is not None and not parent.id:
        parent = parent.parent
    return f"{name} in #{parent.id}" if parent is not None and parent.id else name


def source_of(widget: Widget) -> tuple[str, str] | None:
    """(rule, source text) for a widget that shows a text of its own, else None."""
    if isinstance(widget, Markdown):  # read as one text: its blocks are its own business
        # shown without Markdown's escapes (utm\_source shows as utm_source)
        return "words", re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~])", r"\1", widget.source)
    if any(isinstance(a, Markdown) for a in widget.ancestors):
        return None
    if isinstance(widget, Button):
        return "whole", plain(widget.label)
    if isinstance(widget, Input):
        return ("whole", widget.placeholder) if not widget.value and widget.placeholder else None
    if isinstance(widget, TextArea):
        return None  # what the person typed
    if isinstance(widget, SelectionList | OptionList):
        texts = [plain(widget.get_option_at_index(i).prompt) for i in range(widget.option_count)]
        return "words", "\n".join(texts)
    if type(widget).__name__ == "HeaderTitle":
        return "whole", plain(widget.render())  # type: ignore[arg-type]
    if isinstance(widget, Static):
        entries = getattr(widget, "entries", None)
        if entries is not None:  # the key bar: every entry it may show
            return "words", " ".join(f"{k} {t}" for k, t, _ in entries)
        return "words", plain(widget.render())  # type: ignore[arg-type]
    return None


def check_screen(app: Any, where: str) -> list[Fault]:
    """Every fault on the current screen."""
    screen = app.screen
    lines = screen_lines(app)
    width = app.size.width
    faults: list[Fault] = []
    compositor = screen._compositor
    # the widgets on screen, where the compositor put them (a widget scrolled out of view, or
    # in a step not shown, is not there)
    for widget, geometry in list(compositor.visible_widgets.items()):
        found = source_of(widget)
        if found is None:
            continue
        rule, source = found
        geometry = compositor.find_widget(widget)
        content = geometry.region.shrink(widget.gutter)  # padding, border and scrollbars
        box = content.intersection(geometry.clip)
        if box.width <= 0 or box.height <= 0:
            continue
        shown = [lines[y][box.x : box.right] for y in range(box.y, min(box.bottom, len(lines)))]
        name = describe(widget)
        faults += check_text(where, name, rule, source, shown, box.width, content.width, width)
    return faults


def check_text(
    where: str,
    name: str,
    rule: str,
    source: str,
    shown: list[str],
    box_width: int,
    content_width: int,
    screen_width: int,
) -> list[Fault]:
    faults: list[Fault] = []
    text = " ".join(shown)
    if rule == "whole":
        want = " ".join(SPACES.split(source.strip()))
        got = " ".join(SPACES.split(text.strip()))
        if want and want not in got:
            faults.append(Fault(where, name, f"shows {got!r} of {want!r}"))
        return faults
    known = words(source)
    for line in shown:
        stripped = line.strip()
        if stripped.startswith(ORPHANS) and not source.lstrip().startswith(stripped[0]):
            faults.append(Fault(where, name, f"a line starts with {stripped[0]!r}: {line!r}"))
    for token in SPACES.split(text):
        core = token.strip(EDGES)
        if not core or not re.search(r"\w", core) or "▐" in token or "▌" in token:
            continue  # no letter, or a check box's "X"
        if core not in known:
            # a word longer than its box, or a web address (wrapped where the box ends,
            # whatever its length: the sources give theirs since review 22b)
            folded = any(core in w and (len(w) > box_width or "://" in w) for w in known)
            if not folded:
                faults.append(Fault(where, name, f"{token!r} is not a whole word of its text"))
                continue
        if token.endswith("…") and f"{core}…" not in source and content_width < screen_width:
            faults.append(Fault(where, name, f"{token!r}: shortened while room was left"))
    return faults
