"""Names the model cut short or ran into other words: a surname's particle, a hyphenated given
name after a surname, a nationality before a name, a storm's name, a comment's author line
(sentences written for dateline)."""

from __future__ import annotations

from tests.stages import actors_of


def people(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.country) for a in actors_of(text).actors if a.kind == "person"]


def test_a_surname_with_its_particle_is_whole():
    found = people(
        "The plan was drawn up by former French President Lucien Marot d'Aubert. "
        "Marot d'Aubert said it would last."
    )
    assert found == [("Lucien Marot d'Aubert", "FRA")]


def test_a_double_surname_alone_is_the_person_named_in_full():
    found = people(
        "Novelist Ignacio Barros Lema said he would run for office. "
        "Barros Lema told reporters the vote was near."
    )
    assert [name for name, _ in found] == ["Ignacio Barros Lema"]


def test_a_hyphenated_given_name_after_a_surname_is_part_of_the_name():
    found = people(
        "South Korean Trade Minister Park Dong-sik said he would resist calls to raise the won."
    )
    assert found == [("Park Dong-sik", "KOR")]


def test_a_place_joined_to_a_word_after_a_surname_is_not_taken():
    found = people("Finance Minister Kang said Busan-based banks would lend more to exporters.")
    assert not any("Busan" in name for name, _ in found), found


def test_a_nationality_before_a_name_is_the_persons_country_not_part_of_the_name():
    found = people(
        "The offer came from the group's chairman, New Zealander Craig Tolland, who said "
        "he would pay cash."
    )
    assert found == [("Craig Tolland", "NZL")]


def test_a_one_word_nationality_before_a_name_too():
    found = people("Briton Amelia Hurst said she would appeal the ruling.")
    assert found == [("Amelia Hurst", "GBR")]


def test_a_company_opening_with_a_nationality_keeps_it():
    table = actors_of("American Pelican Airways Group said it would cut 40 flights a day.")
    assert [a.name for a in table.actors] == ["American Pelican Airways Group"]


def test_a_storm_is_no_person():
    assert people("Tropical storm Marla formed but broke up far out in the Atlantic.") == []
    assert people("Hurricane Denholm pushed the oil onto the beaches, officials said.") == []


def test_a_posted_by_line_is_no_actor():
    text = "Posted by Gwen Ashdown , on June 3 , 2010 9:12 AM\nThe spill is a disgrace."
    assert people(text) == []


def test_someone_who_posted_something_in_prose_is_not_taken_for_a_byline():
    found = people("A video posted by Rhys Calder showed oil on the marsh, Calder said.")
    assert [name for name, _ in found] == ["Rhys Calder"]


def test_a_given_name_after_a_line_break_is_part_of_the_name():
    text = (
        "South Korean Trade Minister Park\n"
        "Dong-sik will resist pressure to raise the won when he meets US\n"
        "officials in Washington next week, ministry officials said on Sunday.\n"
        "    Park said exports had risen for a fifth month in a row.\n"
    )
    assert [name for name, _ in people(text)] == ["Park Dong-sik"]


def test_a_list_of_posted_by_lines_is_no_actor():
    text = (
        "Posted by Gwen Ashdown , on June 3 , 2010 9:12 AM Posted by Rhys Calder , on June 3 , "
        "2010 8:40 AM Posted by Ivo Marten , on June 2 , 2010 7:02 PM"
    )
    assert people(text) == []


def test_a_firms_first_word_alone_is_the_firm():
    table = actors_of(
        "Investment firm <Calloway Pacific Ltd> has offered 40 mln dlrs for the shares. "
        "Calloway's chairman said the bid was final, and Calloway owns a stake in two banks."
    )
    assert [(a.name, a.kind) for a in table.actors if "Calloway" in a.name] == [
        ("Calloway Pacific Ltd", "organisation")
    ]
