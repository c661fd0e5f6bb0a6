"""A closure of an organisation nobody visits and that books no slot says that nobody answers
(review 30a, D12: Dentiva's online software « Closed … no post asking people to come or book »;
review 30b, V10: the cooperative's summer break read as a venue closure): no campaign needing
replies, an out-of-office reply, a pinned line with the return date. A place people come to
keeps its closed door."""

from tests.conftest import persona, persona_with


def _closure_lines(s) -> list[str]:
    return [
        m.what
        for p in s.plan
        for m in p.milestones
        if "2027" in m.what
        and (
            "Fermé" in m.what
            or "Personne ne répond" in m.what
            or "Closed" in m.what
            or "Nobody answers" in m.what
        )
    ]


def test_the_online_software_s_team_is_away():
    lines = _closure_lines(persona("dentiva-saas", "en"))
    assert lines and all(x.startswith("Nobody answers from") for x in lines), lines
    assert "out-of-office reply" in lines[0] and "come or book" not in lines[0]


def test_the_cooperative_s_summer_break_in_french():
    lines = _closure_lines(persona("vents-du-condroz", "fr"))
    assert lines and lines[0].startswith("Personne ne répond du 19 juillet 2027"), lines
    assert "réponse automatique" in lines[0] and "réserver" not in lines[0]


def test_a_place_people_come_to_keeps_its_closed_door():
    lines = _closure_lines(persona_with("vents-du-condroz", "fr", premises="shop"))
    assert lines and lines[0].startswith("Fermé du 19 juillet 2027"), lines
