"""Session 55 (events, parties and types): a protest whose own clause names no one is against
the party its purpose or participle clause ("to protest against the government of President
Ivo Dren", "protesting against ...", "against the government's new land policies") or its
place's phrase ("rallied in the capital against Dren's government") is against; a protest's
riot keeps the people it clashed with or attacked as its target, as it keeps the police; forces
sent "against the protests" act on the protesters the paragraph names; a university or a school
besieged by its name is a place, aimed at the people it holds; two
office-holders of one government ("Treasury Secretary ... worked with Secretary of State ...")
working together run their own government and cooperate with no other party; a "they" after a
sentence whose subject is one group and whose object (or relative clause) names another is
neither (the actor stage). Guards keep a protest against a thing, a building stormed, the
supporters of a ruler (not the ruler), a university raided and one condemned, ministers of
two states working together and a "they" beside its group's own subject. Every sentence is
written for these tests (invented people, places and states)."""

import datetime as dt

from tests.stages import event_parties, read_event_text

PUBLISHED = dt.date(2026, 3, 2)


def _types(text: str) -> list[str]:
    return [e.type for e in read_event_text(text, PUBLISHED).events]


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# the party a protest is against, named in its own clauses


def test_a_march_to_protest_against_a_rulers_government_is_against_the_ruler():
    text = (
        "Thousands of students marched through Velmora on Sunday to protest against the "
        "government of President Ivo Dren over rising fuel prices."
    )
    assert _parties(text, "marched") == [("Thousands of students", "Ivo Dren")]


def test_a_rally_whose_against_phrase_the_parse_hangs_on_its_place_is_against_the_ruler():
    text = (
        "Thousands of workers rallied in the capital against President Ivo Dren's government, "
        "demanding jobs and an end to corruption."
    )
    assert _parties(text, "rallied") == [("Thousands of workers", "Ivo Dren")]


def test_a_demonstration_protesting_against_a_premiers_government_is_against_him():
    text = (
        "Thousands of students demonstrated in Velmora on Sunday, protesting against the "
        "government of Prime Minister Tomas Brell."
    )
    assert _parties(text, "demonstrated") == [("Thousands of students", "Tomas Brell")]


def test_a_march_against_a_governments_measures_is_against_the_government():
    text = (
        "Thousands of farmers marched through the streets of Orvaska today to protest against "
        "the government's new land policies."
    )
    assert _parties(text, "marched") == [("Thousands of farmers", "government")]


def test_a_march_to_protest_against_a_thing_leaves_the_target_open():  # guard: no party
    text = "Thousands of students marched through Velmora on Sunday to protest against the war."
    assert [t for _, t in _parties(text, "marched")] == [None]


# the people a protest's riot clashed with or attacked


def test_crowds_attacking_protesters_keep_the_protesters_as_target():
    text = "Pro-government crowds attacked the protesters in Liberty Square on Friday."
    assert _parties(text, "attacked") == [("Pro-government crowds", "protesters")]


def test_protesters_fighting_government_supporters_keep_them_as_target():
    text = (
        "Anti-government protesters fought with government supporters in central Velmora on Friday."
    )
    assert _parties(text, "fought") == [("Anti-government protesters", "government supporters")]


def test_protesters_attacking_journalists_keep_them_as_target():
    text = "Protesters attacked journalists covering the rally in Dorvan on Friday."
    assert _parties(text, "attacked") == [("Protesters", "journalists")]


def test_a_building_protesters_stormed_stays_no_party():  # guard: session 41's place
    text = "Protesters stormed the parliament building in Velmora on Friday."
    assert _parties(text, "stormed") == [("Protesters", None)]


def test_supporters_of_a_ruler_clashed_with_are_not_the_ruler():  # guard: a word of the phrase
    text = "Protesters clashed with supporters of President Ivo Dren in Liberty Square on Friday."
    assert [t for _, t in _parties(text, "clashed")] == [None]


# forces sent against the protests


def test_the_army_called_out_against_the_protests_acts_on_the_protesters_named():
    text = (
        "Thousands of protesters marched on the parliament in Velmora. President Ivo Dren "
        "deployed troops against the protests on Friday night."
    )
    assert _parties(text, "deployed") == [("Ivo Dren", "Thousands of protesters")]


def test_forces_sent_against_the_protests_with_no_protesters_named_have_no_target():
    text = "President Ivo Dren deployed troops against the protests on Friday night."
    assert _parties(text, "deployed") == [("Ivo Dren", None)]


# a university acted on by force is a place


def test_a_university_besieged_is_a_place_not_the_party():
    text = "Security forces besieged Velmora University on Monday, trapping hundreds of students."
    assert _parties(text, "besieged") == [("Security forces", None)]


def test_a_college_besieged_is_aimed_at_the_students_its_where_clause_names():
    text = (
        "Riot police besieged Dorvan College, where students were holding a sit-in, on "
        "Tuesday night."
    )
    assert _parties(text, "besieged") == [("Riot police", "students")]


def test_a_university_raided_by_its_name_stays_the_target():  # guard: session 51's choice
    text = "Police raided Velmora University on Tuesday."
    assert _parties(text, "raided") == [("Police", "Velmora University")]


def test_a_body_condemning_a_university_keeps_it_as_target():  # guard: words, no force
    text = "The Kestrian parliament condemned Velmora University for expelling the students."
    assert _parties(text, "condemned") == [("Kestrian parliament", "Velmora University")]


# office-holders of one government working together


def test_two_secretaries_of_one_government_working_together_cooperate_with_no_party():
    text = (
        "Treasury Secretary Paul Vance worked with Secretary of State Ann Lee on the "
        "negotiations with Valdoria."
    )
    assert _types(text) == []


def test_ministers_of_two_states_working_together_still_cooperate():  # guard: two states
    text = (
        "Kestrian Foreign Minister Ivo Dren worked with Valdorian Foreign Minister Tomas Brell "
        "on the ceasefire plan."
    )
    assert _parties(text, "worked") == [("Ivo Dren", "Tomas Brell")]


# "they" after a sentence whose subject is another group


def test_they_after_officials_briefing_lawmakers_is_not_the_lawmakers():
    text = (
        "Treasury officials briefed lawmakers on the rescue plan on Tuesday. They urged "
        "Congress to pass it before the weekend."
    )
    assert _parties(text, "urged") == []


def test_they_after_a_relative_clause_naming_lawmakers_is_not_the_lawmakers():
    text = (
        "Treasury officials, who have spent the week with lawmakers, said the plan would work. "
        "They also asked the banks to lend more."
    )
    assert _parties(text, "asked") == []


def test_they_after_the_group_that_is_the_subject_stays_that_group():  # guard
    text = (
        "Lawmakers questioned the plan for hours. Treasury officials defended it, and they "
        "asked the banks to keep lending."
    )
    assert _parties(text, "asked") == [("Treasury officials", "the banks")]
