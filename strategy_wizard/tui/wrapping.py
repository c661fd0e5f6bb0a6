"""No line break at a no-break space.

French sets a no-break space before ? ! : ; and inside « », so that the mark never starts a
line. Two things in the libraries under the wizard lose it:

- Rich, whose line breaking Textual uses for every text it wraps, breaks at any white space,
  the no-break ones included, and leaves a "?" alone at the start of a line: the regular
  expression it breaks lines by is replaced by the same one where U+00A0 and U+202F hold the
  words on either side together;
- Textual's Markdown turns every run of white space in a paragraph into one plain space, the
  no-break ones with it: around that, they are swapped for private characters and back.

The first is applied when the wizard is imported, the second by the screens that show
Markdown (importing Textual's Markdown up front would slow the first paint). Textual is pinned
to a minor version (pyproject.toml), and tests/test_tui_text_fit.py reads every screen for a
"?" alone."""

from __future__ import annotations

import re
from typing import Any

NO_BREAK = "\u00a0\u202f\u2007\u2060"
# leading spaces, a word (no-break spaces are part of it), the breakable spaces after it
WORD = re.compile(rf"\s*(?:[^\s]|[{NO_BREAK}])+[^\S{NO_BREAK}]*")
# no-break spaces <-> characters of the private use area, one for one (same width, same place)
_HIDE = str.maketrans({"\u00a0": "\ue0a0", "\u202f": "\ue02f"})
_SHOW = str.maketrans({"\ue0a0": "\u00a0", "\ue02f": "\u202f"})


def keep_no_break_spaces() -> None:
    import rich._wrap

    rich._wrap.re_word = WORD


_markdown_done = False


def keep_no_break_spaces_in_markdown() -> None:
    global _markdown_done
    if _markdown_done:
        return
    _markdown_done = True
    from textual.content import Content
    from textual.widgets._markdown import MarkdownBlock

    collapse = MarkdownBlock._token_to_content

    def keeping(self: MarkdownBlock, token: Any) -> Content:
        for child in token.children or []:
            if child.type == "text":
                child.content = child.content.translate(_HIDE)
        content = collapse(self, token)
        return Content(content.plain.translate(_SHOW), list(content.spans))

    MarkdownBlock._token_to_content = keeping  # type: ignore[method-assign]
