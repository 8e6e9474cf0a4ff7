"""Words the entity model runs into a name are no part of it: a live page's time stamp and a
written-out bracket before it, a headline's verb or function word before it, a role word
before it (read as the person's role instead), a title-case headline's preposition and the
words after it, a capitalised adverb after it. Real names that look alike stay whole.

The entities are set by the tests (the small model labels invented names unlike real ones)."""

from tests.stages import actor_named, actors_of, corrected_entities


def corrected(text: str, entities: list[tuple[str, str]]) -> list[str]:
    """The corrected entities' texts, with exactly ``entities`` (text, label) labelled."""
    return [e.text for e in corrected_entities(text, entities)[0]]


def test_a_time_stamp_and_a_closing_bracket_before_a_name_are_cut_off():
    text = "-LRB- Updated 10:42 a.m. ET -RRB- Maria Delgado said the bridge would reopen."
    assert corrected(text, [("ET -RRB- Maria Delgado", "PERSON")]) == ["Maria Delgado"]
    assert corrected(text, [("10:42 a.m. ET -RRB- Maria Delgado", "PERSON")]) == ["Maria Delgado"]


def test_a_bracket_inside_an_organisation_still_ends_its_name():
    text = "The Coastal Relief Fund -LRB- CRF -RRB- sent boats."
    assert corrected(text, [("Coastal Relief Fund -LRB- CRF", "ORG")]) == ["Coastal Relief Fund"]


def test_a_headline_verb_or_conjunction_before_a_name_is_cut_off():
    assert corrected(
        "Following Harlan Voss, the senators left the hall.", [("Following Harlan Voss", "PERSON")]
    ) == ["Harlan Voss"]
    assert corrected(
        "Neither Harlan Voss nor his aides would comment.", [("Neither Harlan Voss", "PERSON")]
    ) == ["Harlan Voss"]


def test_a_preposition_before_a_place_labelled_as_a_person_is_left_alone():
    # "Along Bayou Tessier": cutting "Along" would leave a place looking like a full name
    text = "Along Bayou Tessier, fishermen sorted crabs on the dock."
    assert corrected(text, [("Along Bayou Tessier", "PERSON")]) == ["Along Bayou Tessier"]


def test_a_headline_preposition_and_what_follows_it_are_no_part_of_the_name():
    text = "Voss Rallies Farmers Across Ohio. Harlan Voss spoke in Dayton."
    assert corrected(text, [("Farmers Across Ohio", "PERSON"), ("Harlan Voss", "PERSON")]) == [
        "Farmers",
        "Harlan Voss",
    ]


def test_a_capitalised_adverb_after_a_surname_is_cut_off():
    text = "Mayor Ruth Calloway Obviously had the numbers on her side."
    assert corrected(text, [("Ruth Calloway Obviously", "PERSON")]) == ["Ruth Calloway"]


def test_a_role_word_glued_to_the_name_becomes_the_persons_role():
    text = "Spokeswoman Sheila Orwell said the plant would stay closed until Monday."
    assert corrected(text, [("Spokeswoman Sheila Orwell", "PERSON")]) == ["Sheila Orwell"]
    table = actors_of(text)
    orwell = actor_named(table, "Sheila Orwell")
    assert orwell.role == "spokeswoman"


def test_names_that_open_with_a_word_of_another_use_stay_whole():
    # given names that are also words, a surname particle, a firm named with "AM", a
    # monarch's title (also a given name: "Sultan")
    text = (
        "Rich Calloway met Will Pardee and Greta Von Albrecht at AM Best in Boston, "
        "where Sultan Kerem Aydin and King Aldric IV were guests."
    )
    entities = [
        ("Rich Calloway", "PERSON"),
        ("Will Pardee", "PERSON"),
        ("Greta Von Albrecht", "PERSON"),
        ("AM Best", "ORG"),
        ("Sultan Kerem Aydin", "PERSON"),
        ("King Aldric IV", "PERSON"),
    ]
    assert corrected(text, entities) == [words for words, _ in entities]


def test_a_name_at_the_start_of_a_sentence_after_a_clock_time_keeps_its_words():
    text = "At 9:15 the council met. Dean Moreau said the vote would wait."
    assert corrected(text, [("Dean Moreau", "PERSON")]) == ["Dean Moreau"]
