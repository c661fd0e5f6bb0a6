"""doc34: a post shared on two networks at once is one calendar row; the other networks' shared
rows give each network its line.

- Wellington's calendar ran over 2.5 pages: each of its twelve Instagram posts was a row saying
  « The same post as on Facebook, shared at the same time »;
- Rfc's table of other networks listed six names beside one role and one reason: Pinterest, on
  the third line, read as a network with neither.
"""

from __future__ import annotations

import re

from strategy_wizard.render import RenderOptions, render
from strategy_wizard.render.view import ALL_WEEKS, build_view
from strategy_wizard.render.words import word
from tests.conftest import persona
from tests.test_document import squash


def test_a_post_shared_on_two_networks_at_the_same_time_is_one_row_naming_both():
    for lang, phrase in (("en", "The same post as on"), ("fr", "Même publication que sur")):
        s = persona("wellington-yards-condos", lang)
        weeks = build_view(s, whole_weeks=ALL_WEEKS)["calendar"]["weeks"]
        rows = [x for w in weeks for x in w["slots"]]
        assert not any(phrase in squash(x["idea"]) for x in rows)
        both = [x for x in rows if x["network"] == "Facebook + Instagram"]
        shared = [x for x in s.calendar if x.network == "instagram" and phrase in squash(x.idea)]
        assert len(both) == len(shared) == 12  # 11 before this round's merges (int42)
        assert all(x["idea"] and phrase not in x["idea"] for x in both)
        # the calendar (the Instagram card's « what to post » still says it shares Facebook's)
        md = render(s, "md", RenderOptions()).decode().split(f"## {word('doc_calendar', lang)}")[1]
        md = md.split("\n## ")[0]
        assert md.count("Facebook + Instagram") == 12 and phrase not in squash(md)
        page = render(s, "html", RenderOptions()).decode()
        table = page.split('<table class="calendar">')[1].split("</table>")[0]
        assert table.count("Facebook + Instagram") == 12 and phrase not in squash(table)
    # the exports keep one entry per network
    s = persona("wellington-yards-condos", "en")
    csv = render(s, "csv", RenderOptions()).decode()
    ics = render(s, "ics", RenderOptions()).decode()
    assert "Facebook + Instagram" not in csv + ics
    shared = [x for x in s.calendar if "The same post as on Facebook" in x.idea]
    assert len(shared) == 12


def test_a_copy_posted_at_another_time_is_in_its_posts_row_with_its_time():
    """Liège's X post takes the Facebook post later the same day: its own row until doc38,
    now « + X (Twitter) 12 h 30 » in the Facebook row, saying what the copy adds (review 26,
    #17: copies filled the printed calendar)."""
    week = build_view(persona("collectif-velo-liege", "fr"))["calendar"]["weeks"][0]["slots"]
    row = next(r for r in week if any(a["network"] == "X (Twitter)" for a in r["also"]))
    x = next(a for a in row["also"] if a["network"] == "X (Twitter)")
    assert row["own_network"] == "Facebook" and not x["day"] and x["time"] != row["time"]
    assert squash(x["what"]).startswith("Reprise de la publication Facebook")


def test_a_shared_reason_gives_each_network_its_role_and_fit_on_its_own_line():
    for lang, lead in (("fr", "Pour chacun : il sert peu"), ("en", "For each: it does little")):
        s = persona("wellington-yards-condos", lang)
        rows = build_view(s)["networks"]["others_rows"]
        shared = max(rows, key=lambda r: len(r["members"]))
        assert len(shared["members"]) >= 3
        assert [m["name"] for m in shared["members"]] == shared["names"]
        assert all(m["role_label"] for m in shared["members"])
        assert squash(shared["reason"]["text"]).startswith(lead)
        # each network set aside for that reason, none other
        own = {n.name: n for n in s.networks}
        for m in shared["members"]:
            codes = [r.code for r in own[m["name"]].reasons if r.kind == "against"]
            assert codes[0] == "refused_objective"
        single = next(r for r in rows if len(r["names"]) == 1)
        assert not squash(single["reason"]["text"]).startswith(lead.split(":")[0])
        page = render(s, "html", RenderOptions()).decode()
        # (the heading's first rows and the rest are two tables since review 30a, D17)
        table = "".join(re.findall(r'<table class="others[^"]*">(.*?)</table>', page, re.S))
        cells = [squash(re.sub(r"<[^>]+>", " ", c)) for c in re.findall(r"<tr.*?</tr>", table)]
        for m in shared["members"]:  # its own line: name, role and fit
            n = own[m["name"]]
            assert any(c.startswith(f"{n.name} {m['role_label']} {n.score}") for c in cells), n.name
        others = build_view(s)["networks"]["others"]
        assert len([c for c in cells if any(c.startswith(o["name"]) for o in others)]) >= len(
            others
        )
