"""Records decided by how the text uses a word: acronyms of things defined in lower case, a
capitalised common word opening a sentence, a platform one posts on, a nationality said of a
person, senators as a group, people known by their work whom the model took for bodies, and a
country whose forces strike from the air."""

from tests.stages import actors_of, corrected_entities


def names(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.country) for a in actors_of(text).actors}


def test_an_acronym_defined_by_lower_case_words_is_a_thing():
    text = "The report blamed the rig's shear control valve (SCV) for the leak. The SCV failed."
    kept, log = corrected_entities(text, [("SCV", "ORG")])
    assert kept == [] and log == [("thing", "SCV")]


def test_an_acronym_of_a_capitalised_name_is_a_body():
    text = "The Coastal Safety Board (CSB) said the valve failed."
    kept, _ = corrected_entities(text, [("Coastal Safety Board", "ORG"), ("CSB", "ORG")])
    assert [e.text for e in kept] == ["Coastal Safety Board", "CSB"]


def test_a_common_word_opening_a_sentence_is_no_name():
    text = "Crews pumped mud and gravel into the shaft. Gravel began to settle at noon."
    kept, log = corrected_entities(text, [("Gravel", "ORG")])
    assert kept == [] and log == [("common_word", "Gravel")]


def test_a_body_speaking_at_a_sentence_start_stays_even_if_its_name_is_a_word():
    text = "The shell of the tank cracked. Shell said it would send engineers."
    kept, _ = corrected_entities(text, [("Shell", "ORG")])
    assert [e.text for e in kept] == ["Shell"]


def mention_texts(text: str) -> list[str]:
    return [m.text for a in actors_of(text).actors for m in a.mentions]


def test_the_second_of_two_platforms_posted_on_is_no_actor():
    text = '"When I have a view, I do not just post it on Instagram or Twitter," she said.'
    assert "Twitter" not in mention_texts(text)


def test_a_nationality_said_of_a_person_is_not_the_country():
    text = (
        "Many say Mr Calloway has the advantage of being American. "
        "The US government response was slow."
    )
    assert "American" not in mention_texts(text)


def test_senators_of_a_country_are_a_group():
    found = names("United States senators have heard evidence from the three firms.")
    assert found.get("United States senators") == ("group", "USA")
    assert "United States" not in found


def test_a_lawyer_and_a_professor_the_model_took_for_bodies_are_people():
    text = (
        "Texas trial lawyer Brent Kolwicz disagreed. Ivar Plotnik, Professor of Law at "
        "Harbor College, agrees."
    )
    kept, _ = corrected_entities(text, [("Brent Kolwicz", "ORG"), ("Ivar Plotnik", "ORG")])
    assert {e.text: e.label_ for e in kept} == {"Brent Kolwicz": "PERSON", "Ivar Plotnik": "PERSON"}


def test_a_country_whose_drones_strike_is_the_state_and_a_target_stays_the_land():
    found = names("The preacher was killed in a 2011 U.S. drone strike.")
    assert found["United States"] == ("government", "USA")
    found = names("The Iraq invasion began in 2003.")
    assert found.get("Iraq", ("country",))[0] == "country"
