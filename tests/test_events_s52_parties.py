"""Session 52 (events, parties): a doer a reader fills from the paragraph when the act's own
clause names none — the police whose crowd weapons the paragraph names for people beaten or
arrested, the captors named before a taking, the country people were held in after crossing
into it — and the opposition's leader named by the title before his name. Guards keep an empty
doer where the paragraph names none in the role the act needs (police only reporting, police
among those beaten, captors beside a killing, a crossing into no country) and a named agent
over the crossing. Every sentence is written for these tests (real states where the actor
stage needs ones it knows)."""

import datetime as dt

from tests.stages import all_events_of, event_parties

PUBLISHED = dt.date(2026, 3, 2)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


def _sources(text: str, trigger: str) -> list[str | None]:
    return [e.source for e in all_events_of(text, PUBLISHED) if e.trigger.text == trigger]


# the police of a paragraph whose weapons of crowd control it names


def test_police_using_tear_gas_before_are_who_beat_and_arrested():
    text = (
        "Riot police used tear gas and batons to break up the march in Veldra on Friday. "
        "Dozens of protesters were beaten and at least 20 students were arrested."
    )
    assert _parties(text, "beaten") == [("Riot police", "Dozens of protesters")]
    assert _parties(text, "arrested") == [("Riot police", "at least 20 students")]


def test_a_beating_amid_tear_gas_is_by_the_police_the_paragraph_names():
    text = (
        "Riot police were deployed across Veldra on Friday. Dozens of people were beaten amid "
        "clouds of tear gas."
    )
    assert _parties(text, "beaten") == [("Riot police", "Dozens of people")]


def test_police_only_reporting_a_beating_are_not_its_doer():
    # guard: no weapon of crowd control named; the police tell of it
    text = (
        "Police said on Friday that three protesters were beaten during the march in Veldra, "
        "and that an inquiry had been opened."
    )
    assert all(source is None for source in _sources(text, "beaten"))


def test_police_among_the_beaten_are_not_the_doer():
    # guard: the police are the ones struck
    text = (
        "Riot police were deployed across Veldra on Friday. Two police officers were beaten "
        "amid clouds of tear gas."
    )
    assert _sources(text, "beaten") in ([], [None])


# the captors named before a taking


def test_pirates_named_before_a_kidnapping_are_its_doers():
    text = (
        "Pirates operating off the cape attacked two freighters on Sunday. Twenty crew members "
        "were kidnapped and taken ashore."
    )
    assert _parties(text, "kidnapped") == [("Pirates", "Twenty crew members")]


def test_captors_named_before_a_killing_are_not_taken_for_its_doers():
    # guard: a taking's captors do not make a shooting theirs
    text = (
        "Kidnappers released a video of the two engineers on Sunday. Two guards were shot dead "
        "near the mine the same day."
    )
    assert all(source is None for source in _sources(text, "shot"))


# the country people crossed into


def test_people_who_crossed_into_a_country_are_held_by_it():
    text = (
        "Three Norwegian students who crossed into Bhutan by mistake were detained on Friday. "
        "Bhutan said on Saturday it would put them on trial."
    )
    assert _parties(text, "detained") == [("Bhutan", "Three Norwegian students")]


def test_people_detained_after_crossing_into_a_country_are_held_by_it():
    text = (
        "The three students were detained on Friday after crossing into Bhutan from Nepal. "
        "Bhutan has accused them of spying."
    )
    assert _parties(text, "detained") == [("Bhutan", "The three students")]


def test_a_crossing_into_no_country_names_no_jailer():
    # guard: a zone is no state
    text = "The students were detained on Friday after crossing into a military zone."
    assert all(source is None for source in _sources(text, "detained"))


def test_a_named_agent_goes_before_the_crossing():
    # guard: the arrest's own agent is the doer
    text = (
        "Two Norwegian students were detained by Nepalese police on Friday after crossing into "
        "Bhutan."
    )
    assert _parties(text, "detained") == [("Nepalese police", "Two Norwegian students")]


# the opposition's leader by the title before his name


def test_the_opposition_is_its_leader_titled_before_his_name():
    text = (
        "The opposition held talks with the government on Sunday, said opposition leader Sami "
        "Rafik."
    )
    assert _parties(text, "talks") == [("Sami Rafik", "government")]


def test_a_spokesman_titled_before_his_name_does_not_lead_the_opposition():
    # guard: the one speaking is no leader
    text = (
        "The opposition held talks with the government on Sunday, said party spokesman Sami Rafik."
    )
    assert all(source != "Sami Rafik" for source, _ in _parties(text, "talks"))


# a family named after a person


def test_a_family_named_after_a_man_is_not_the_man():
    text = (
        "Former President Ivo Dren died in 2019. The Dren family, through its lawyer, asked the "
        "court on Monday to reopen the inquiry into his death."
    )
    assert all(source != "ivo-dren" for source in _sources(text, "asked"))
