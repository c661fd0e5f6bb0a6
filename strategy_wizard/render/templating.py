"""Jinja2 for the documents: plain data in, a strict sandbox, a locked loader, bounded work.

Templates are code a consultant may write (`--template-dir`) and a translator may edit (the
shipped ones, or a copy under STRATEGY_WIZARD_RESOURCES). Jinja2's own sandbox stops
`__class__` and friends, but it still lets a template call any public method of any object in
its context — and a pydantic model has `parse_raw(..., allow_pickle=True)` and paths with
`read_text()`. So, here:

- **Plain data only.** The context holds dicts, lists, strings, numbers, booleans and None
  (`is_plain` checks it). `PlainSandbox` reads dict keys (`s.verdict` is `s["verdict"]`, never a
  method: `d.items` is the key "items" or nothing), indexes lists and strings, and refuses every
  other attribute; it calls nothing but the registered globals (the formatting helpers below,
  `range`, `dict`, `namespace`), the template's own macros and Jinja's loop. The filters are a
  whitelist, each bounded. `%` on text is refused (it is a format string), and so is any name
  starting with an underscore.
- **Bounded work.** Every loop's items, every call of a macro, every piece of output and every
  operator's result count against a budget per render (`Budget`): a template that multiplies a
  string by a billion, nests loops of a hundred thousand, doubles a string in a loop, recurses
  into itself or outputs gigabytes is stopped with a message, never a hang or all the memory.
- **A locked loader.** `FolderLoader` resolves every name inside its folder, refuses a link that
  leads outside it, an absolute name or `..`, and reads through base/files.py's capped,
  non-blocking reader (a named pipe or a huge file is refused, not waited on or read).
- **Clear errors.** Whatever goes wrong in a template — a refusal, a missing or broken partial, a
  syntax error, an undefined variable used wrongly — becomes `TemplateProblem`, naming the
  template's file and line and what was wrong: bad input (exit 2) when the templates are the
  person's `--template-dir`, broken data of the tool (exit 1) for the shipped ones.
"""

from __future__ import annotations

import contextvars
import os
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Macro
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Namespace, pass_context
from jinja2.visitor import NodeTransformer
from markupsafe import Markup

from strategy_wizard.base.errors import BadInput, DataError

MAX_TEMPLATE_BYTES = 1_000_000  # a template file; the shipped ones are under 10 kB
MAX_ITEMS = 100_000  # a list a filter or an operator makes (Jinja's own range limit)
MAX_STRING = 10_000_000  # characters in a value a template makes, written out
MAX_INT_BITS = 10_000  # an integer an operator makes (some 3,000 digits)
MAX_STEPS = 1_000_000  # loop items and macro calls in one render
MAX_OUTPUT = 25_000_000  # characters output in one render, captured blocks included
MAX_SECONDS = 30.0  # one render
MAX_DECIMALS = 10


# -- errors -------------------------------------------------------------------------------------


class TemplateProblem(Exception):
    """A template failed; `where` is its file and line, `what` the reason in words."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where, self.what = where, what


class UserTemplateError(TemplateProblem, BadInput):
    """A template of the person's --template-dir (or one it includes) failed: exit 2."""

    def __init__(self, where: str, what: str) -> None:
        BadInput.__init__(self, f"--template-dir: {where}: {what}")
        self.where, self.what = where, what


class ShippedTemplateError(TemplateProblem, DataError):
    """A shipped template failed: the tool's data is broken (exit 1)."""


class Refused(jinja2.TemplateError):
    """What the sandbox, the budget or the loader refused, in words."""


# -- plain data -----------------------------------------------------------------------------

PLAIN_SCALARS = (str, int, float, bool, type(None))


def is_plain(value: Any) -> bool:
    """Whether `value` is plain data: dicts with text keys, lists and tuples, strings (Markup
    included), numbers, booleans and None, all the way down."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if not all(isinstance(k, str) for k in item):
                return False
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif not isinstance(item, PLAIN_SCALARS):
            return False
    return True


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__} object"


# -- the budget of one render -----------------------------------------------------------------


class Budget:
    """What one render may still do; `Refused` when it is spent."""

    def __init__(self) -> None:
        self.steps = MAX_STEPS
        self.output = MAX_OUTPUT
        self.deadline = time.monotonic() + MAX_SECONDS

    def step(self, what: str = "loop items and macro calls") -> None:
        self.steps -= 1
        if self.steps < 0:
            raise Refused(f"more than {MAX_STEPS:,} {what} in one document")
        if not self.steps % 256 and time.monotonic() > self.deadline:
            raise Refused(f"the templates ran for more than {MAX_SECONDS:.0f} seconds")

    def out(self, n: int) -> None:
        self.output -= n
        if self.output < 0:
            raise Refused(f"the document would be more than {MAX_OUTPUT:,} characters long")
        if time.monotonic() > self.deadline:
            raise Refused(f"the templates ran for more than {MAX_SECONDS:.0f} seconds")


_BUDGET: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("budget", default=None)


def _budget() -> Budget:
    budget = _BUDGET.get()
    if budget is None:  # a template rendered outside render_template: give it its own
        budget = Budget()
        _BUDGET.set(budget)
    return budget


def text_size(value: Any, limit: int = MAX_STRING) -> int:
    """About how many characters `value` makes written out (its texts and keys, 20 for any
    other item), counted only up to just past `limit`: a list of a hundred thousand times the
    same long text is measured without being written out. Each list or dict is measured once,
    however many times it is referred to."""
    sizes: dict[int, int] = {}

    def measure(item: Any) -> int:
        if isinstance(item, str):
            return len(item) + 2
        if not isinstance(item, list | tuple | dict):
            return 20
        known = sizes.get(id(item))
        if known is not None:
            return known
        sizes[id(item)] = limit + 1  # a container inside itself: too big
        total = 2
        for part in item.items() if isinstance(item, dict) else item:
            total += measure(part)
            if total > limit:
                break
        sizes[id(item)] = total
        return total

    return measure(value)  # RecursionError for lists nested too deep to be written out


def _sized(value: Any, what: str) -> Any:
    """`value`, if it is not bigger than an operator or a filter may make."""
    if isinstance(value, str) and len(value) > MAX_STRING:
        raise Refused(
            f"{what} would make a text of {len(value):,} characters (at most {MAX_STRING:,})"
        )
    if isinstance(value, list | tuple | dict):
        if len(value) > MAX_ITEMS:
            raise Refused(
                f"{what} would make a list of {len(value):,} items (at most {MAX_ITEMS:,})"
            )
        try:
            size = text_size(value)
        except RecursionError:
            raise Refused(f"{what} would make lists nested too deep to be written out") from None
        if size > MAX_STRING:
            raise Refused(f"{what} would make a list of more than {MAX_STRING:,} characters")
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise Refused(f"{what} would make a number of more than {MAX_INT_BITS:,} bits")
    return value


def _length(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple | dict) else 0


# -- the filters: a whitelist, each bounded ----------------------------------------------------

# filters whose result is never much bigger than their input: checked after
_SAFE_FILTERS = (
    "abs", "capitalize", "count", "d", "default", "dictsort", "e", "escape", "first", "float",
    "forceescape", "groupby", "int", "items", "last", "length", "lower", "map", "max", "min",
    "reject", "rejectattr", "reverse", "round", "safe", "select", "selectattr", "sort",
    "string", "striptags", "sum", "title", "tojson", "trim", "truncate", "unique", "upper",
    "urlencode", "wordcount", "xmlattr", "list", "join", "replace", "batch",
)  # fmt: skip
# left out: attr (Python attributes), format (a format string), center, indent, wordwrap and
# filesizeformat (sizes from an argument), urlize (costly), pprint (reprs), random


_PASSED = (jinja2.Environment, jinja2.runtime.Context, nodes.EvalContext)
_ON_ITEMS = frozenset(
    {"list", "batch", "sort", "dictsort", "unique", "groupby", "map", "select", "reject",
     "selectattr", "rejectattr", "items"}
)  # fmt: skip


def _precheck(name: str, values: list[Any], kwargs: dict[str, Any]) -> list[Any]:
    """Refuse a filter's call that would make too much, before it is made; returns the
    values (a `join`'s items made into a list, to be measured and then joined)."""
    what = f"the filter {name!r}"
    value = values[0] if values else None
    if name in _ON_ITEMS and isinstance(value, str | list | tuple | dict):
        if len(value) > MAX_ITEMS:
            raise Refused(f"{what} on {len(value):,} items (at most {MAX_ITEMS:,})")
    elif name == "join" and isinstance(value, Iterable) and not isinstance(value, str):
        items = list(value)
        if len(items) > MAX_ITEMS:
            raise Refused(f"{what} on {len(items):,} items (at most {MAX_ITEMS:,})")
        separator = str(values[1] if len(values) > 1 else kwargs.get("d", ""))
        total = text_size(items) + len(separator) * max(0, len(items) - 1)
        if total > MAX_STRING:
            raise Refused(f"{what} would make a text of {total:,} characters")
        return [items, *values[1:]]
    elif name == "replace" and isinstance(value, str) and len(values) >= 3:
        old, new = str(values[1]), str(values[2])
        count = len(value) + 1 if old == "" else value.count(old)
        if len(value) + count * (len(new) - len(old)) > MAX_STRING:
            raise Refused(f"{what} would make a text of more than {MAX_STRING:,} characters")
    if name == "sum":  # numbers only: a start of [] would concatenate lists without a bound
        start = kwargs.get("start", values[2] if len(values) > 2 else 0)
        if isinstance(start, bool) or not isinstance(start, int | float):
            raise Refused(f"{what} adds numbers (its start must be a number)")
    if name == "tojson":
        indent = kwargs.get("indent", values[1] if len(values) > 1 else None)
        if indent is not None and (not isinstance(indent, int) or not 0 <= indent <= 8):
            raise Refused(f"{what} takes an indent of 0 to 8")
    if name in ("batch", "round") and len(values) >= 2:
        low, high = (1, MAX_ITEMS) if name == "batch" else (0, MAX_DECIMALS)
        if not isinstance(values[1], int) or not low <= values[1] <= high:
            raise Refused(f"{what} takes {low} to {high:,}")
    return values


def _checked_filter(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    """One of Jinja's filters, checked before (what it would make) and after (what it made)."""

    def checked(*args: Any, **kwargs: Any) -> Any:
        passed = [a for a in args[:1] if isinstance(a, _PASSED)]  # the environment or context
        values = _precheck(name, list(args[len(passed) :]), kwargs)
        return _sized(original(*passed, *values, **kwargs), f"the filter {name!r}")

    if hasattr(original, "jinja_pass_arg"):  # Jinja passes the environment or the context
        checked.jinja_pass_arg = original.jinja_pass_arg  # type: ignore[attr-defined]
    return checked


# -- the formatting helpers: globals and filters on plain values -------------------------------


def _lang(context: Any) -> str:
    lang = context.get("lang")
    if not isinstance(lang, str):
        raise Refused("the variable 'lang' must be a language code")
    return lang


def _country(context: Any) -> str | None:
    """The `country` answer a document is for ("US"), when the context names one: its way of
    writing the language (US spelling and dates)."""
    country = context.get("country")
    return country if isinstance(country, str) and country else None


def _number(value: Any, helper: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Refused(f"{helper}() takes a number, not {_kind(value)}")
    if isinstance(value, int) and value.bit_length() > 1000:
        raise Refused(f"{helper}() takes a number of at most 300 digits")
    return float(value)


@pass_context
def h_t(context: Any, key: Any, **fields: Any) -> str:
    """`t('doc_title')`: one of the documents' words (templates/words.yaml), in the language."""
    from strategy_wizard.render.words import document_words

    if not isinstance(key, str) or key not in document_words():
        raise Refused(f"t(): there is no word {key!r} in templates/words.yaml")
    for name, value in fields.items():
        if not isinstance(value, PLAIN_SCALARS) or _length(value) > 10_000:
            raise Refused(f"t(): the field {name!r} must be a short text or a number")
    try:
        from strategy_wizard.base.locale import locale_for

        said = document_words()[key](_lang(context), **fields)
        return locale_for(_lang(context), _country(context)).respell(said)
    except (KeyError, IndexError, ValueError) as exc:
        raise Refused(f"t({key!r}): the fields do not fit its text ({exc})") from None


@pass_context
def h_colon(context: Any, lang: Any = None) -> str:
    """`colon(lang)`: a label's colon, as the language writes it."""
    from strategy_wizard.base.locale import colon

    return colon(lang if isinstance(lang, str) and lang else _lang(context))


@pass_context
def h_num(context: Any, value: Any, decimals: Any = 2) -> str:
    """`num(x)` or `num(x, 0)`: a number as the language writes it."""
    from strategy_wizard.base.locale import format_number

    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 10:
        raise Refused(f"num() takes 0 to {MAX_DECIMALS} decimals")
    return format_number(_number(value, "num"), _lang(context), decimals)


@pass_context
def h_pct(context: Any, value: Any) -> str:
    """`pct(share)`: a share (0.25) as a percentage."""
    from strategy_wizard.base.locale import format_percent

    return format_percent(_number(value, "pct"), _lang(context))


@pass_context
def h_money(context: Any, value: Any) -> str:
    """`money(x)`: an amount in the document's money (the strategy's `currency`, euros when
    the context names none; a plain figure when the currency is unknown)."""
    from strategy_wizard.base.locale import format_money

    currency = context.get("currency", "EUR")
    currency = currency if isinstance(currency, str) and currency else None
    return format_money(_number(value, "money"), _lang(context), currency, _country(context))


DATE_FORMATS = ("short", "medium", "long", "full")


@pass_context
def h_date(context: Any, value: Any, fmt: Any = "long") -> str:
    """`date(d)` or `date(d, 'medium')`: a day (written YYYY-MM-DD in the data) as the
    language writes it; anything that is not a day gives an empty text."""
    from strategy_wizard.base.locale import locale_for

    if fmt not in DATE_FORMATS:
        raise Refused(f"date() takes one of the formats {', '.join(DATE_FORMATS)}")
    day = value if isinstance(value, date) else None
    if isinstance(value, str) and len(value) <= 10:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            day = None
    loc = locale_for(_lang(context), _country(context))
    return loc.date(day, fmt) if day is not None else ""


@pass_context
def h_network_name(context: Any, network: Any) -> str:
    """`network_name(id)`: a network's name (a cross-network task when there is none)."""
    names = context.get("network_names")
    if network is None or network == "":
        return h_t(context, "doc_cross_network")
    if isinstance(names, dict) and isinstance(network, str) and network in names:
        return str(names[network])
    return str(network) if isinstance(network, str) else ""


def safe_range(*args: Any) -> Iterator[int]:
    """`range()`, at most MAX_ITEMS long, each item counted in the budget."""
    if not all(isinstance(a, int) and not isinstance(a, bool) for a in args):
        raise Refused("range() takes whole numbers")
    if any(abs(a) > 10**12 for a in args):
        raise Refused("range() takes numbers of at most 10^12")
    numbers = range(*args)
    if len(numbers) > MAX_ITEMS:
        raise Refused(f"range() of {len(numbers):,} numbers (at most {MAX_ITEMS:,})")
    return iter(numbers)


HELPERS: dict[str, Callable[..., Any]] = {
    "t": h_t,
    "colon": h_colon,
    "num": h_num,
    "pct": h_pct,
    "money": h_money,
    "date": h_date,
    "network_name": h_network_name,
}


# -- the hidden filters of the budget (added to the templates by _Budgeted below) -------------


@pass_context
def _sw_items(context: Any, iterable: Any) -> Iterator[Any]:
    """A loop's items, each counted."""
    if isinstance(iterable, jinja2.Undefined):
        iterable = []
    budget = _budget()
    for item in iterable:
        budget.step()
        yield item


@pass_context
def _sw_data(context: Any, data: str) -> Markup:
    """A piece of the template's own text, as it is output (counted by the finalizer)."""
    return Markup(data)


@pass_context
def _sw_text(context: Any, text: Any) -> Any:
    """The result of `~`, bounded."""
    return _sized(text, "the operator '~'")


@pass_context
def _sw_value(context: Any, value: Any) -> Any:
    """A list, tuple or dict written in the template, bounded."""
    return _sized(value, "a list written in the template")


@pass_context
def _finalize(context: Any, value: Any) -> Any:
    """Every value output (captured blocks included), counted."""
    if isinstance(value, str):
        _budget().out(len(value))
    elif value is not None and not isinstance(value, jinja2.Undefined):
        _budget().out(len(str(value)))
    return value


class _Budgeted(NodeTransformer):
    """Rewrites a parsed template so that its work is counted: each loop's items go through
    `_sw_items`, each `~` through `_sw_text`, each list, tuple or dict it writes through
    `_sw_value`, and its own text through `_sw_data` (so that it reaches the finalizer, which
    counts every piece of output)."""

    def _filter(self, node: nodes.Expr, name: str) -> nodes.Filter:
        return nodes.Filter(node, name, [], [], None, None, lineno=node.lineno)

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = self._filter(node.iter, "_sw_items")  # type: ignore[arg-type]  # an Expr
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return self._filter(node, "_sw_text")

    def _literal(self, node: nodes.Expr) -> nodes.Node:
        self.generic_visit(node)
        if getattr(node, "ctx", "load") != "load":  # a target: `{% for a, b in … %}`
            return node
        return self._filter(node, "_sw_value")

    visit_List = visit_Tuple = visit_Dict = _literal

    def visit_TemplateData(self, node: nodes.TemplateData) -> nodes.Node:
        return self._filter(nodes.Const(node.data, lineno=node.lineno), "_sw_data")


# -- the sandbox --------------------------------------------------------------------------------

LOOP_ATTRIBUTES = frozenset(
    {"index", "index0", "revindex", "revindex0", "first", "last", "length", "depth", "depth0",
     "previtem", "nextitem", "cycle", "changed"}
)  # fmt: skip


class PlainSandbox(SandboxedEnvironment):
    """Jinja2's sandbox, narrowed to plain data (see the module's docstring)."""

    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    intercepted_unops = frozenset({"+", "-"})

    def __init__(self, loader: jinja2.BaseLoader) -> None:
        super().__init__(
            loader=loader,
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            finalize=_finalize,
            auto_reload=True,
        )
        self.filters = {name: _checked_filter(name, self.filters[name]) for name in _SAFE_FILTERS}
        self.filters.update(
            {
                "_sw_items": _sw_items,
                "_sw_data": _sw_data,
                "_sw_text": _sw_text,
                "_sw_value": _sw_value,
            }
        )
        self.filters.update({name: helper for name, helper in HELPERS.items()})
        self.globals.clear()
        self.globals.update(HELPERS)
        self.globals.update({"range": safe_range, "dict": dict, "namespace": Namespace})
        self._callables = frozenset(id(f) for f in self.globals.values())

    # parsing: every template's work counted
    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        try:
            template = super()._parse(source, name, filename)
        except jinja2.TemplateSyntaxError:
            raise
        except Exception as exc:  # the lexer's own: a number of 5,000 digits, say
            raise jinja2.TemplateSyntaxError(
                f"{type(exc).__name__}: {str(exc)[:200]}", 0, name, filename
            ) from None
        result: nodes.Template = _Budgeted().visit(template)
        return result

    # attributes: dict keys, a namespace's values, the loop's own; nothing else
    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr.startswith("_"):
            return False
        return isinstance(obj, LoopContext) and attr in LOOP_ATTRIBUTES

    def getattr(self, obj: Any, attribute: str) -> Any:
        if not isinstance(attribute, str) or attribute.startswith("_"):
            raise SecurityError(
                f"the name {str(attribute)[:40]!r} is refused: names starting with an "
                "underscore are Python's internals"
            )
        if isinstance(obj, jinja2.Undefined):
            return super().getattr(obj, attribute)
        if isinstance(obj, dict):
            if attribute in obj:
                return obj[attribute]
            return self.undefined(obj=obj, name=attribute)
        if isinstance(obj, Namespace):
            try:
                return getattr(obj, attribute)
            except AttributeError:
                return self.undefined(obj=obj, name=attribute)
        if isinstance(obj, LoopContext) and attribute in LOOP_ATTRIBUTES:
            return getattr(obj, attribute)
        if isinstance(obj, jinja2.environment.TemplateModule):
            value = getattr(obj, attribute, None)
            if isinstance(value, Macro) or is_plain(value):
                return value
        raise SecurityError(
            f"{_kind(obj)} has no readable attribute {attribute!r}: templates read the keys of "
            "mappings (s.org_name), never Python attributes or methods"
        )

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, jinja2.Undefined):
            return super().getitem(obj, argument)
        if isinstance(obj, dict):
            try:
                return obj[argument]
            except (KeyError, TypeError):
                return self.undefined(obj=obj, name=argument)
        if isinstance(obj, list | tuple | str):
            if isinstance(argument, int | slice) and not isinstance(argument, bool):
                try:
                    return obj[argument]
                except IndexError:
                    pass
            return self.undefined(obj=obj, name=str(argument)[:40])
        plain_named = (Namespace, LoopContext, jinja2.environment.TemplateModule)
        if isinstance(obj, plain_named) and isinstance(argument, str):
            return self.getattr(obj, argument)
        raise SecurityError(f"{_kind(obj)} cannot be indexed in a template")

    # calls: the registered globals and filters, the templates' macros, Jinja's loop
    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        allowed = (
            id(__obj) in __self._callables
            or isinstance(__obj, Macro | LoopContext | jinja2.runtime.BlockReference)
            or (
                isinstance(getattr(__obj, "__self__", None), LoopContext)
                and getattr(__obj, "__name__", "") in ("cycle", "changed")
            )
        )
        if not allowed:
            if isinstance(__obj, jinja2.Undefined):
                __obj._fail_with_undefined_error()
            raise SecurityError(
                f"calling {_kind(__obj)} is refused: templates call only the helpers "
                f"({', '.join(sorted(HELPERS))}, range, dict, namespace) and their own macros"
            )
        _budget().step()
        if isinstance(__obj, LoopContext):  # a recursive loop's next level
            args = tuple(_sw_items(__context, a) for a in args)
        return _sized(__context.call(__obj, *args, **kwargs), "a call")

    # operators: bounded results, and no %-formatting of text
    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        what = f"the operator '{operator}'"
        if operator == "%" and isinstance(left, str):
            raise SecurityError("'%' on a text is refused: it is a format string")
        ints = isinstance(left, int) and isinstance(right, int)
        too_big = f"{what} would make a number of more than {MAX_INT_BITS:,} bits"
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                sequence = isinstance(seq, str | list | tuple) and isinstance(n, int)
                if sequence and (
                    (not isinstance(seq, str) and len(seq) * n > MAX_ITEMS)
                    or (len(seq) if isinstance(seq, str) else text_size(seq)) * n > MAX_STRING
                ):
                    raise Refused(f"{what} would make {_kind(seq)} too long")
            if ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise Refused(too_big)
        power = operator == "**" and ints and right > 0 and abs(left) > 1
        if power and left.bit_length() * right > MAX_INT_BITS:
            raise Refused(too_big)
        if operator == "**" and isinstance(right, float) and abs(right) > 10_000:
            raise Refused(f"{what}: an exponent of at most 10,000")
        return _sized(self.binop_table[operator](left, right), what)

    def call_unop(self, context: Any, operator: str, arg: Any) -> Any:
        return self.unop_table[operator](arg)


# -- the loader -------------------------------------------------------------------------------


class FolderLoader(jinja2.BaseLoader):
    """Templates from one folder, and nothing outside it (see the module's docstring)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        from strategy_wizard.base.files import FileRefused, read_text_file

        shown = repr(template[:80])
        if not isinstance(template, str) or not template:
            raise jinja2.TemplateNotFound(str(template))
        if "\x00" in template or "\\" in template or len(template) > 500:
            raise Refused(f"the template name {shown} is refused")
        parts = [p for p in template.split("/") if p not in ("", ".")]
        if template.startswith("/") or ".." in parts:
            raise Refused(
                f"the template name {shown} is refused: templates are named from inside "
                "the template folder (partials/_cover.html.j2), never by an absolute path or .."
            )
        path = self.folder.joinpath(*parts)
        try:
            resolved = path.resolve(strict=True)
        except FileNotFoundError:
            raise jinja2.TemplateNotFound(template) from None
        except (OSError, RuntimeError) as exc:  # a loop of links, a name too long
            raise Refused(
                f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc})"
            ) from None
        if not resolved.is_relative_to(self.folder):
            raise Refused(
                f"{path} leads outside the template folder {self.folder} (to {resolved}): "
                "a template is read only from inside its folder"
            )
        try:
            source = read_text_file(resolved, MAX_TEMPLATE_BYTES)
        except FileRefused as exc:
            raise Refused(f"{path}: {exc}") from None
        try:
            mtime = os.stat(resolved).st_mtime_ns
        except OSError:
            mtime = -1

        def uptodate() -> bool:
            try:
                return os.stat(resolved).st_mtime_ns == mtime
            except OSError:
                return False

        return source, str(path), uptodate


# -- rendering ----------------------------------------------------------------------------------


def environment(folders: list[Path]) -> PlainSandbox:
    """The sandbox reading templates from `folders`, the first found winning."""
    loaders: list[jinja2.BaseLoader] = [FolderLoader(f) for f in folders]
    return PlainSandbox(jinja2.ChoiceLoader(loaders))


def _where(exc: BaseException, roots: list[Path]) -> str:
    """The template file and line an exception comes from (Jinja rewrites tracebacks so that
    their frames name the templates), or the first template when none is found."""
    filename = getattr(exc, "filename", None)
    lineno = getattr(exc, "lineno", None)
    if isinstance(exc, jinja2.TemplateSyntaxError) and filename:
        return f"{filename}: line {lineno}" if lineno else str(filename)
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        name = frame.filename
        if any(name.startswith(str(root)) for root in roots) and not name.endswith(".py"):
            return f"{name}: line {frame.lineno}"
    return str(filename) if filename else "(the templates)"


def _what(exc: BaseException) -> str:
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"the template {exc.name!r} was not found in the template folders"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"not a valid template ({exc.message})"
    if isinstance(exc, SecurityError):
        return f"refused by the sandbox: {exc}"
    if isinstance(exc, Refused | jinja2.UndefinedError):
        return str(exc.message or exc)
    if isinstance(exc, RecursionError):
        return "the templates include, call or loop into themselves too deep"
    if isinstance(exc, MemoryError):
        return "the templates ran out of memory"
    text = str(exc)
    return f"{type(exc).__name__}: {text[:300]}" if text else type(exc).__name__


def render_template(
    env: PlainSandbox, name: str, data: dict[str, Any], user: bool, roots: list[Path]
) -> str:
    """The template `name` of `env` rendered with `data`, which must be plain; any failure is
    a `TemplateProblem` (a `UserTemplateError` when `user`, the templates being the person's)."""
    if not is_plain(data):
        raise TypeError("a template's context must be plain data")  # our own mistake
    token = _BUDGET.set(Budget())
    try:
        template = env.get_template(name)
        return "".join(template.generate(**data))
    except Exception as exc:
        error = UserTemplateError if user else ShippedTemplateError
        raise error(_where(exc, roots), _what(exc)) from None
    finally:
        _BUDGET.reset(token)
