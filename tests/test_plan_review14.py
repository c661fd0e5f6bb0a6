"""Review 14 (#2 first steps, #3 job dating, #4, #7, residues): the plan, the KPIs and the
calendar do what the objective says, as the client reading them would check.

- a booked-out joiner who recruits gets the hiring post inside the four weeks of repairs, and no
  week is left with a habit as its one line;
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import persona


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_repair_month_posts_the_job(lang: str):
    """14 #4: weeks 3–4 held « Répondre à chaque question en moins de 24 h » and « Programmer
    les premières publications »; « Nous recrutons un menuisier » was in the annex only."""
    s = persona("menuiserie-velay", lang)
    assert s.verdict == "fix_first"
    start = s.calendar[0].date
    repair_end = s.plan[0].end
    posts = [x for x in s.calendar if x.activity == "post" and x.date <= repair_end]
    hiring = [x for x in posts if "menuisier (H/F)" in x.idea]
    assert hiring, [x.idea for x in posts]
    assert {x.network for x in hiring} >= {"google_business"}
    assert all(x.date < start + timedelta(days=28) for x in hiring)
    relays = [x for x in s.calendar if x.activity == "setup" and "menuisier (H/F)" in x.idea]
    assert relays, "the job ad is not sent to the prescribers"
    week4 = [x for x in posts if (x.date - start).days // 7 == 3]
    assert any(x.network == "google_business" for x in week4), week4
    # a habit is no week's task
    assert not any("24 h" in x.idea or "24 hours" in x.idea for x in s.calendar)
    # nothing posted in the repair month calls for requests
    assert not any("devis" in x.idea or "quote" in x.idea for x in posts)
