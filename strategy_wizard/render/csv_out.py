"""The first four weeks' posts as files a scheduler's bulk import takes: Sprout Social's.

Followed to the letter from Sprout Social's help centre, "How do I use bulk scheduling?"
(https://support.sproutsocial.com/hc/en-us/articles/115005864203-How-do-I-use-bulk-scheduling):
the headers `date`, `time_24hr` and `message_text`, lower case (they are case-sensitive); dates
as dd/mm/yyyy or mm/dd/yyyy, whichever the account's import setting says (each language's data
says which its readers' accounts use); 24-hour times; at most 350 messages per file; messages at
least 10 minutes apart. A row names no profile (the profile is chosen at upload), so each kept
network gets its own file, named after the organisation and the network. Only posts go in, on
the networks such a scheduler publishes to (the catalogue's `bulk_schedulable`: not a newsletter,
a blog or WhatsApp): listening and set-up are work for a person, not messages to send.

A row's `message_text` is a draft caption, never the calendar's brief to the person: it opens
with the language's draft marker (`csv_draft_marker`: « [À RÉDIGER] », "[DRAFT]"), so a row
imported and published by mistake shows it is unwritten, then gives the post's idea; the
brief's tails that say how to repost (« Your Pinterest post, reposted with an opening line
written for Facebook. », the `cal_cross_post*` phrases) stay in the calendar (review 31b, G15).
"""

from __future__ import annotations

import csv
import functools
import io
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from strategy_wizard.base.locale import Lang
    from strategy_wizard.model.strategy import Slot, Strategy
    from strategy_wizard.render import RenderOptions

HEADERS = ("date", "time_24hr", "message_text")
MAX_ROWS = 350
MIN_GAP = timedelta(minutes=10)
# the phrases whose words after the idea are a brief to the person (how to repost it)
BRIEF_KEYS = "cal_cross_post"
_SLOT = "\x00"


@functools.cache
def _brief_tails(lang: Lang) -> tuple[re.Pattern[str], ...]:
    """The brief tails the calendar's repost phrases add after the idea, as patterns (their
    figures matched by anything, their spaces by any space: French typography puts no-break
    spaces before its punctuation)."""
    from strategy_wizard.base.locale import locale_for
    from strategy_wizard.model.catalogue import load_catalogue

    out: list[re.Pattern[str]] = []
    for key, text in load_catalogue().phrases.items():
        raw = text.raw(lang)
        if not key.split("@")[0].startswith(BRIEF_KEYS) or not raw.startswith("{idea}"):
            continue
        tail = re.sub(r"\{\w+\}", _SLOT, raw[len("{idea}") :])
        tail = locale_for(lang).typography(tail)
        parts = [re.sub(r"(\\ |\s)+", r"\\s+", re.escape(p)) for p in tail.split(_SLOT)]
        # a figure is a network's name, a day or a time: short, on the same line
        out.append(re.compile(r"\s*" + r"[^\n]{1,40}?".join(parts) + r"\s*$"))
    return tuple(out)


def draft(idea: str, lang: Lang) -> str:
    """The row's message: the draft marker, then the post's idea as its caption to rewrite,
    without the brief's repost tail."""
    from strategy_wizard.model.catalogue import load_catalogue

    text = idea
    for tail in _brief_tails(lang):
        cut, found = tail.subn("", text)
        if found and cut.strip():
            text = cut
            break
    marker = load_catalogue().phrase("csv_draft_marker")(lang)
    return f"{marker} {text.strip()}"


class NothingToSchedule(Exception):
    """No post falls in the first four weeks (the plan starts by fixing or by listening)."""


def _spaced(slots: list[Slot]) -> list[tuple[datetime, str]]:
    """Each post's moment, moved later where two would be less than ten minutes apart (the
    calendar never does it; a template folder's data could)."""
    out: list[tuple[datetime, str]] = []
    for slot in sorted(slots, key=lambda s: (s.date, s.time)):
        hour, minute = (int(x) for x in slot.time.split(":"))
        moment = datetime(slot.date.year, slot.date.month, slot.date.day, hour, minute)
        if out and moment - out[-1][0] < MIN_GAP:
            moment = out[-1][0] + MIN_GAP
        out.append((moment, slot.idea))
    return out


def files(
    strategy: Strategy, options: RenderOptions | None = None, prefix: str | None = None
) -> list[tuple[str, bytes]]:
    """(file name, CSV bytes) for each network with posts in the calendar, in the strategy's
    order of networks; names start with `prefix`, by default the organisation's name. Raises
    `NothingToSchedule` when no post falls in the four weeks."""
    from strategy_wizard.base.files import slug
    from strategy_wizard.base.locale import locale_for
    from strategy_wizard.model.catalogue import load_catalogue

    catalogue = load_catalogue()
    known = set(catalogue.network_ids)
    date_format = locale_for(strategy.lang).scheduler_date
    posts: dict[str, list[Slot]] = {}
    for slot in strategy.calendar:
        if (
            slot.activity == "post"
            and slot.network in known
            and catalogue.network(slot.network).bulk_schedulable
        ):
            posts.setdefault(slot.network, []).append(slot)
    if not posts:
        raise NothingToSchedule(strategy.verdict)
    org = prefix or slug(strategy.org_name)
    out: list[tuple[str, bytes]] = []
    for network in [n.id for n in strategy.networks if n.id in posts]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for moment, text in _spaced(posts[network])[:MAX_ROWS]:
            writer.writerow(
                (
                    moment.strftime(date_format),
                    moment.strftime("%H:%M"),
                    draft(text, strategy.lang),
                )
            )
        out.append((f"{org}-{network.replace('_', '-')}.csv", buffer.getvalue().encode("utf-8")))
    return out


def render(strategy: Strategy, options: RenderOptions) -> bytes:
    """The main network's file alone (the command line writes every network's: `files`)."""
    return files(strategy, options)[0][1]
