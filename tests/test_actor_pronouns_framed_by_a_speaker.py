"""Whom "he" or "she" means when the last person named is framed by someone else: the
subject of what another person said ("Reem said Brehm is a fraud. But he said ...") — the
speaker going on speaking, or no one when the pronoun does something else; and the pronoun
in what one person told another of the same sex ("Brehm told him he would lose"): no one."""

from tests.stages import actors_of, grouped_under

SPEAKER = (
    "Asa Reem, an organizer with the Harbor Coalition, spoke on Monday. "
    "Reem said Republican nominee Tom Brehm is a fraud who won't win votes from his community. "
)


def test_he_said_after_a_reported_subject_is_the_speaker():
    text = SPEAKER + "But he said Marta Quill still has a chance to win the state."
    table = actors_of(text)
    assert grouped_under(table, text, "he") == "Asa Reem"


def test_he_doing_something_else_after_a_reported_subject_joins_no_one():
    text = SPEAKER + "He won the primary in May."
    table = actors_of(text)
    assert grouped_under(table, text, "He") is None


def test_he_in_what_one_man_told_another_joins_no_one():
    text = "Tom Brehm met Carl Odum in Ohio on Monday. Brehm told him he would lose the race."
    table = actors_of(text)
    assert grouped_under(table, text, "he") is None


def test_he_inside_the_reported_clause_stays_with_its_subject():
    # guard: the reported clause itself holds the pronoun
    text = (
        "Tom Brehm spoke on Monday. "
        "Brehm said Carl Odum enjoys the dinners because the speeches he gives are short."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "he") == "Carl Odum"


def test_he_after_a_plain_subject_is_that_person():
    # guard: no one frames the last mention
    text = "Tom Brehm spoke in Ohio on Monday. He said the plan would fail."
    table = actors_of(text)
    assert grouped_under(table, text, "He") == "Tom Brehm"


def test_he_in_what_a_woman_told_him_is_the_man_told():
    # guard: the teller is no candidate for "he"
    text = "Tom Brehm met voters in Ohio on Monday. A woman told him she worries he is too nice."
    table = actors_of(text)
    assert grouped_under(table, text, "he") == "Tom Brehm"


def test_the_speaker_in_apposition_is_whom_he_said_means():
    text = (
        "Brehm has sought damages from Samuel Nunby, a former consultant. Brehm's attorney, "
        "Alan Garrow, said Nunby was looking for publicity. He said Nunby was bound by a deal."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "He") == "Alan Garrow"
