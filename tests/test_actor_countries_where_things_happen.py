"""A country named only as where something happened is no actor record (session 46): the
subject of "experienced", "saw", "witnessed" ("Chile last experienced a major quake",
"Norway has seen a rise in cases"), or the passive subject of a verb of striking whose agent,
if any, is a disaster ("Peru was hit by a massive earthquake", "Peru devastated by floods").
A country struck by another's forces, or that sees a party's deed, stays a party."""

from tests.stages import actors_of


def _countries(text: str) -> set[str]:
    return {a.country for a in actors_of(text).actors if a.kind in ("country", "government")}


def test_a_country_that_experienced_a_quake_is_a_place():
    text = (
        "Scientists said the tremor was small. Chile last experienced a major earthquake "
        "twelve years ago, the institute's director said."
    )
    assert "CHL" not in _countries(text)


def test_a_country_that_saw_a_rise_in_cases_is_a_place():
    text = (
        "The virus is spreading in Europe. Norway has seen a sharp rise in cases this week, "
        "doctors said on Tuesday."
    )
    assert "NOR" not in _countries(text)


def test_a_country_hit_by_an_earthquake_is_a_place():
    text = (
        "Peru was hit by a massive earthquake on Tuesday. Rescue workers searched the rubble "
        "of schools in the south."
    )
    assert "PER" not in _countries(text)


def test_a_country_devastated_by_floods_is_a_place():
    text = "Peru devastated by floods. Thousands of families lost their homes in the north."
    assert "PER" not in _countries(text)


def test_a_country_struck_by_another_states_missiles_stays_a_party():
    # guard: struck by a state's forces, the country is a side of the attack
    text = (
        "Iran was hit by Iraqi missiles on Monday, and Iran vowed to respond. Iraq denied "
        "the attack."
    )
    assert "IRN" in _countries(text)


def test_a_country_that_acts_elsewhere_in_the_story_keeps_its_record():
    # guard: the place mention drops, the deed keeps the record
    text = (
        "Peru was hit by a massive earthquake on Tuesday. Peru asked the United Nations for "
        "tents and water."
    )
    assert "PER" in _countries(text)


def test_a_countrys_people_who_see_something_stay_a_group():
    # guard: "Americans would see the unfairness": the people perceive, no place is meant
    text = (
        "The senator said many Americans would see the unfairness of the delay. Americans "
        "want a vote, he said."
    )
    start = text.index("Americans")
    table = actors_of(text)
    assert any(m.start == start for a in table.actors for m in a.mentions)
