"""seasons35: a trade's year in the calendar (review 25a, Fournil #2).

- The head office of a 16-outlet French bakery-café franchise got four January weeks with no
  galette des rois and no Chandeleur: the only seasonal data was a gift seller's occasions.
- The moments of a bakery's year (galette, Chandeleur, Easter, Mother's Day, bûche) are data,
  checked at load, and the calendar posts them for a bakery, as offer posts tied to a named day.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from strategy_wizard.engine.calendar import trade_moments
from strategy_wizard.engine.resolve import resolve
from strategy_wizard.engine.wording import Words
from strategy_wizard.model.answers import validate
from strategy_wizard.model.bank import load_bank
from strategy_wizard.model.catalogue import CatalogueError, load_catalogue, load_catalogue_from
from tests.conftest import ROOT, persona

DATA = ROOT / "strategy_wizard" / "data"
GALETTE = {"fr": "galette", "en": "galette"}  # « galette des rois », « galettes des rois »
EPIPHANY = {"fr": "Épiphanie", "en": "Epiphany"}
CANDLEMAS = {"fr": "Chandeleur", "en": "Candlemas"}


def _posts(s):
    return [x for x in s.calendar if x.activity == "post"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_french_bakery_network_posts_its_galette_in_the_first_two_weeks(lang):
    s = persona("fournil-franchise", lang)
    start = s.calendar[0].date
    galette = [x for x in _posts(s) if GALETTE[lang] in x.idea]
    early = [x for x in galette if x.date < start + timedelta(days=14)]
    assert early, [(x.date, x.network, x.idea[:60]) for x in _posts(s)]
    first = min(early, key=lambda x: (x.date, x.time))
    # the first galette post names the moment and its day, before the day
    assert EPIPHANY[lang] in first.idea and first.date <= date(2027, 1, 6)
    assert first.network == "instagram"  # the main network first
    # a post tied to a named day, in the offer's pillar
    assert all(x.event and x.pillar == "own_offer" for x in galette)
    # posted through January, the Chandeleur the week before 2 February
    assert max(x.date for x in galette) >= date(2027, 1, 18)
    chandeleur = [x for x in _posts(s) if CANDLEMAS[lang] in x.idea]
    assert chandeleur and all(date(2027, 1, 25) <= x.date < date(2027, 2, 2) for x in chandeleur)


def test_the_galette_says_the_franchise_price_as_advised_and_stays_off_linkedin():
    s = persona("fournil-franchise", "fr")
    galette = [x for x in _posts(s) if "galette" in x.idea]
    assert {x.network for x in galette} == {"instagram", "facebook"}
    assert all("prix conseillé" in x.idea for x in galette)
    # the offer's own words end the moment's first post
    assert "formule Pause Fournil" in min(galette, key=lambda x: (x.date, x.time)).idea


@pytest.mark.parametrize(
    "name",
    [
        "cire-et-chine",  # a French candle maker, January: gifts, no galette
        "rfc-val-hoyoux-jeunes",  # a Belgian club thanking « boulangerie Lemaire » in its topics
        "harvest-lane-markets",  # a US grocer with a bakery counter: no Epiphany custom there
    ],
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_bakery_moment_for_others(name, lang):
    s = persona(name, lang)
    said = ["galette", "Chandeleur", "Candlemas", "Épiphanie", "Epiphany"]
    assert not [x.idea for x in s.calendar if any(w in x.idea for w in said)]


def _moments(**changes):
    data = yaml.safe_load((ROOT / "tests/personas/fournil-franchise.yaml").read_text("utf-8"))
    data.update(changes)
    kn, bank = load_catalogue(), load_bank()
    words = Words(bank, kn, "fr")
    inputs = resolve(validate(data), bank, kn, date(2026, 11, 30), words)
    return {(m.key, d) for _t, m, d in trade_moments(inputs, kn)}


def test_easter_and_mothers_day_are_dated_by_year_and_country():
    moments = _moments()
    assert ("easter", date(2027, 3, 28)) in moments
    assert ("mothers_day", date(2027, 5, 30)) in moments  # last Sunday of May in France
    assert ("buche", date(2027, 12, 24)) in moments
    # second Sunday of May in Belgium
    assert ("mothers_day", date(2027, 5, 9)) in _moments(country="BE")
    # galette, Chandeleur, fête des mères, bûche: French, Belgian, Swiss customs
    assert {k for k, _d in _moments(country="GB")} == {"easter"}
    # a seller to businesses only posts none
    assert not _moments(market="b2b")


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def _edit_moment(folder: Path, key: str, change) -> None:
    path = folder / "calendar.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    moment = next(m for m in data["trade_seasons"]["bakery"]["moments"] if m["key"] == key)
    change(moment)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_moment_on_no_day_of_the_year_is_refused_at_load(data_copy):
    _edit_moment(data_copy, "chandeleur", lambda m: m.update(day="02-30"))
    with pytest.raises(CatalogueError, match=r"chandeleur: day '02-30' is no day of the year"):
        load_catalogue_from(data_copy)


def test_a_moving_date_outside_its_months_is_refused_at_load(data_copy):
    _edit_moment(data_copy, "easter", lambda m: m["dates"]["default"].append(date(2030, 6, 21)))
    with pytest.raises(CatalogueError, match=r"easter: 2030-06-21 is not in its months"):
        load_catalogue_from(data_copy)


def test_a_moment_missing_a_language_is_refused_at_load(data_copy):
    _edit_moment(data_copy, "galette", lambda m: m["ideas"][0].pop("en"))
    with pytest.raises(CatalogueError) as err:
        load_catalogue_from(data_copy)
    assert "calendar.yaml" in str(err.value) and "ideas.0.en" in str(err.value)


def test_a_moment_with_a_placeholder_the_calendar_does_not_fill_is_refused(data_copy):
    _edit_moment(data_copy, "buche", lambda m: m["ideas"][0].update(fr="La bûche, {prix}."))
    with pytest.raises(CatalogueError, match=r"buche: unknown placeholders \['prix'\]"):
        load_catalogue_from(data_copy)
