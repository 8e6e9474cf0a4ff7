"""A pronoun is left to no one when another person who may as well be meant was named since
its candidate was last mentioned: also in a sentence two or more back, and, for "he", also a
person whose sex the article does not say (most people of unknown sex in news are men)."""

from tests.stages import actor_named, actors_of, grouped_under


def test_he_after_a_second_man_named_two_sentences_back_joins_no_one():
    text = (
        "Mayor Paul Okafor spoke at the opening on Monday. "
        "The shelter was built by Daniel Reyes, a local builder. "
        "It took two years to finish. "
        "He said the work had been hard."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "He") is None
    assert [m.text for m in actor_named(table, "Paul Okafor").mentions] == ["Paul Okafor"]


def test_he_still_joins_the_subject_when_the_other_man_is_named_in_his_sentence():
    text = (
        "Mayor Paul Okafor thanked Daniel Reyes at the opening on Monday. "
        "The shelter took two years to finish. "
        "He said the city would build two more."
    )
    table = actors_of(text)
    assert (
        grouped_under(table, text, "He") == "Paul Okafor"
    )  # the subject of that sentence, as before


def test_he_after_a_person_of_unknown_sex_joins_no_one():
    text = (
        "Senator Peter Wendt opened the debate on Monday. "
        "The motion was drafted by Senator Kerry Brisk. "
        "He said the vote would be close."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "He") is None


def test_he_joins_the_man_when_the_other_was_named_before_his_last_mention():
    text = (
        "Daniel Reyes built the shelter last year. "
        "Mayor Paul Okafor opened it on Monday. "
        "The building took two years to finish. "
        "He said the city would build two more."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "He") == "Paul Okafor"


def test_she_is_not_kept_from_a_woman_by_a_person_of_unknown_sex():
    text = "Governor Ilse Maren met Okafor on Friday. She said the bridge would open in June."
    table = actors_of(text)
    assert grouped_under(table, text, "She") == "Ilse Maren"
