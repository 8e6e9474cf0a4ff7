"""The right speaker where another person is named near the words: the reporter who goes on
"adding ..." after a clause about someone else, the one jeered or praised who spoke (not the
crowd after "by"), and the one accused (the cue's object) who is no speaker. Each with a
look-alike that must not change. Sentences written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def test_adding_after_a_clause_about_an_agency_goes_on_with_the_reporter() -> None:
    found, _ = attributions_of(
        "Dr. Wendt said the FDA was testing the nurses on the ward, adding: "
        '"We want the ward open again by Friday."'
    )
    adding = by_cue(found, "adding")
    assert adding.source is not None and adding.source.text == "Dr. Wendt"


def test_adding_after_a_clause_about_a_company_goes_on_with_the_reporter() -> None:
    found, _ = attributions_of(
        "Ms. Ruiz said Tarvel Oil was cleaning the beaches near the port, adding that the "
        "work would take a month."
    )
    adding = by_cue(found, "adding")
    assert adding.source is not None and adding.source.text == "Ms. Ruiz"


def test_a_participle_other_than_adding_may_go_on_with_the_one_the_clause_names() -> None:
    # guard: "calling" after "Berg had praised the town" is Berg's (the rule of round 11)
    found, _ = attributions_of(
        "Ms. Ruiz said that Berg had praised the town, calling it the best place to live."
    )
    calling = by_cue(found, "calling")
    assert calling.source is not None and calling.source.text == "Berg"


def test_the_one_jeered_after_telling_them_is_the_speaker_not_the_crowd() -> None:
    found, _ = attributions_of(
        "The singer Mara Quist was jeered by fans of the rival band after telling them that "
        'they were "acting like children."'
    )
    telling = by_cue(found, "telling")
    assert telling.source is not None and "Mara Quist" in telling.source.text
    assert telling.speaker == "mara-quist"


def test_a_passive_with_its_own_subject_still_gives_the_one_praised() -> None:
    # guard: the parser reads "praised" as a passive verb with a subject; unchanged
    found, _ = attributions_of(
        "The senator was praised by teachers for saying that schools need more money."
    )
    saying = by_cue(found, "saying")
    assert saying.source is not None and saying.source.text == "The senator"


def test_the_one_accused_after_the_cue_is_no_speaker() -> None:
    found, _ = attributions_of(
        "Speaking in Ohio, Ms. Lund, without naming him, also accused Mr. Berg of being a "
        "latecomer to the issue."
    )
    accused = by_cue(found, "accused")
    assert accused.source is None or "Berg" not in accused.source.text
    assert accused.speaker != "mr-berg"


def test_a_name_after_the_cue_that_ends_the_sentence_still_speaks() -> None:
    # guard: "said Berg" (the speaker after the cue) is kept
    found, _ = attributions_of('"The vote was fair," said Berg, a county clerk.')
    said = by_cue(found)
    assert said.source is not None and said.source.text.startswith("Berg")


def test_a_speaker_after_the_cue_with_a_far_for_phrase_still_speaks() -> None:
    # guard: "for" far after the name ("save for a few cats") charges no one
    found, _ = attributions_of(
        '"The market used to be full on Sundays," sighed Omar Haddad, pointing to a square '
        "empty save for a few cats."
    )
    sighed = by_cue(found, "sighed")
    assert sighed.source is not None and sighed.source.text == "Omar Haddad"


def test_words_a_paper_passes_on_are_said_by_the_one_before_the_colon() -> None:
    found, _ = attributions_of(
        'Asked about the levy, Ruiz said: "Nobody gets a free pass," the Ledger reported.'
    )
    words = next(a for a in found if a.content.text.startswith("Nobody gets"))
    assert words.source is not None and words.source.text == "Ruiz"


def test_the_speaker_after_a_quotation_a_colon_opened_still_says_it() -> None:
    # guard: "said Anna Berg" after the quotation is its speaker, not the analysts
    found, _ = attributions_of(
        'Analysts say savings are hard to find: "It is very hard to switch," said Anna Berg.'
    )
    words = next(a for a in found if a.content.text.startswith("It is very hard"))
    assert words.source is not None and words.source.text == "Anna Berg"


def test_a_headline_label_names_its_speaker_before_the_topic() -> None:
    found, _ = attributions_of(
        "Ana Ruiz on the Budget: The Cuts Are 'Reckless'.\n\n"
        "Ana Ruiz, the mayor, spoke to the council on Monday about the cuts."
    )
    label = by_cue(found, ":")
    assert label.source is not None and label.source.text == "Ana Ruiz"
    assert label.speaker == "ana-ruiz"


def test_a_headline_label_names_the_person_its_lesson_is_from() -> None:
    found, _ = attributions_of(
        "A lesson from Ana Ruiz: 'Listen before you speak.'\n\n"
        "As a young lawyer, Ana Ruiz said she learned to listen."
    )
    label = by_cue(found, ":")
    assert label.source is not None and label.source.text == "Ana Ruiz"
    assert label.speaker == "ana-ruiz"


def test_a_headline_label_that_is_a_name_alone_stays_whole() -> None:
    # guard: "Bernie Sanders:" has no topic to cut
    found, _ = attributions_of(
        "Bernie Sanders: The Cuts Would Hurt Every Town.\n\n"
        "Bernie Sanders spoke to the council on Monday about the cuts."
    )
    label = by_cue(found, ":")
    assert label.source is not None and label.source.text == "Bernie Sanders"
