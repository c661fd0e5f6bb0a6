"""Every tour city in another time zone gets its push time, each named once, the time written as
the language writes it (review 27: Saltbush's note left out Sydney, Canberra and Adelaide)."""

from __future__ import annotations

from tests.conftest import persona


def test_each_tour_city_is_named_once_with_its_push_time():
    note = persona("saltbush-parade", "en").calendar_zone
    for city in ("Sydney", "Canberra", "Melbourne", "Adelaide", "Perth"):
        assert note.count(city) == 1, city
    assert "Adélaïde" not in note  # the French spelling in the data matches the same city
    assert "Adelaide at 18:00 while their daylight saving runs, 19:00 after" in note


def test_a_whole_hour_reads_as_french_writes_it():
    note = persona("saltbush-parade", "fr").calendar_zone.replace("\u202f", " ")
    note = note.replace("\u00a0", " ")
    assert "Adelaide à 18 h tant que" in note
    assert "h 00" not in note
