"""The output formats, in one registry: the command line's choices, the guess from an output
file's extension and the wizard's export buttons all read it. Adding a format is a renderer
module and one line here.

No heavy import: the command line reads this to build `--help`.
"""

from __future__ import annotations


class Format:
    """One output format. (A plain class, not a NamedTuple: `--help` must not pay for typing.)"""

    __slots__ = (
        "aliases",
        "binary",
        "bundle",
        "extension",
        "in_wizard",
        "module",
        "name",
        "to_stdout",
    )

    def __init__(
        self,
        name: str,  # what --format takes
        extension: str,  # the file's extension, with its dot
        binary: bool,  # binary formats never go to a terminal
        module: str,  # the renderer: a module with render(strategy, options) -> bytes
        in_wizard: bool = True,  # offered as an export button in the wizard
        aliases: tuple[str, ...] = (),  # other extensions that mean this format
        to_stdout: bool = False,  # without -o, printed rather than saved to a file
        # several files (the module's files(strategy, options) gives their names and bytes),
        # written into the folder -o names, else the current folder
        bundle: bool = False,
    ) -> None:
        self.name = name
        self.extension = extension
        self.binary = binary
        self.module = module
        self.in_wizard = in_wizard
        self.aliases = aliases
        self.to_stdout = to_stdout
        self.bundle = bundle

    def __repr__(self) -> str:
        return f"Format({self.name!r}, {self.extension!r}, module={self.module!r})"


FORMATS: tuple[Format, ...] = (
    Format("pdf", ".pdf", True, "strategy_wizard.render.pdf"),
    Format("html", ".html", False, "strategy_wizard.render.html", aliases=(".htm",)),
    Format(
        "md",
        ".md",
        False,
        "strategy_wizard.render.markdown",
        aliases=(".markdown",),
        to_stdout=True,
    ),
    Format("json", ".json", False, "strategy_wizard.render.json_out", to_stdout=True),
    Format("ics", ".ics", False, "strategy_wizard.render.ics"),
    # one Sprout Social bulk-import file per network kept: not a single export
    Format("csv", ".csv", False, "strategy_wizard.render.csv_out", in_wizard=False, bundle=True),
)
BY_NAME: dict[str, Format] = {f.name: f for f in FORMATS}
DEFAULT = "pdf"


def names() -> tuple[str, ...]:
    return tuple(f.name for f in FORMATS)


def from_extension(path: str) -> Format | None:
    """The format a file name asks for by its extension, if any."""
    lower = path.lower()
    return next(
        (f for f in FORMATS if any(lower.endswith(e) for e in (f.extension, *f.aliases))), None
    )
