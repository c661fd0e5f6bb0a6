"""A copy never goes out before the post it repeats (review 26 #17: Saltbush's TikTok and
YouTube posted on Sunday 27 December the clip Instagram posted on Monday 28, once the holiday
had moved Instagram's post and left its copies where they were)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import persona

PERSONAS = sorted(p.stem for p in (Path(__file__).parent / "personas").glob("*.yaml"))


@pytest.mark.parametrize("name", PERSONAS)
def test_no_copy_goes_out_before_the_post_it_repeats(name: str):
    s = persona(name, "en")
    main = next((n.id for n in s.networks if n.role == "primary"), None)
    copying = {
        n.id
        for n in s.networks
        if any(r.code.startswith(("cross_post", "reused_clips")) for r in n.reasons)
    }
    posts = [x for x in s.calendar if x.activity == "post"]
    first_on_main: dict[str, object] = {}
    for x in posts:
        # a live is announced on the other networks before it starts: that is no copy
        if x.network == main and x.format != "live":
            first_on_main.setdefault(x.idea[:60], x.date)
    early = [
        (x.network, x.date.isoformat(), x.idea[:60])
        for x in posts
        if x.network in copying
        for core, day in first_on_main.items()
        if core in x.idea and x.date < day  # type: ignore[operator]
    ]
    assert not early
