"""Session 45 (parties): the right source and the right target.

A protest against a ruler's rule is against the ruler ("marched against Vesk's rule"); a
protest answering an act is against its doer ("walked out after the firm cut wages"); the party
whose freeing or punishment is demanded is not the one the demand is made of ("called for X's
release", "demanding the trial of X"); a live page's place and clock time are no doer
("Nairobi, 10:30 GMT: Police ..."); a country's "deadliest attack" is one it suffered, not one
it made; a list's number is no word of a name. Every sentence is written for these tests; the
guards check that the readings beside them stay."""

import datetime as dt

from dateline.model import Article
from dateline.pipeline import Reader
from tests.stages import event_parties

PUBLISHED = dt.date(2016, 5, 10)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# a protest against a ruler's rule, and against the doer of the act it answers


def test_a_march_against_a_rulers_rule_is_against_the_ruler():
    text = "Thousands of protesters marched in the capital on Friday against Talbek's rule."
    ((_, target),) = _parties(text, "marched")
    assert target == "Talbek"


def test_a_rally_against_the_rule_of_a_named_king_is_against_the_king():
    text = "Protesters rallied on Sunday against the rule of King Ferris."
    ((_, target),) = _parties(text, "rallied")
    assert target is not None and "Ferris" in target


def test_a_rally_against_a_law_still_has_no_party():
    # guard: a thing protested names no one
    text = "Protesters rallied on Sunday against the new tax law."
    assert _parties(text, "rallied") == [("Protesters", None)]


def test_a_strike_after_a_firm_cut_wages_is_against_the_firm():
    text = "Workers walked off their jobs in March after Kellan Foods cut their wages."
    ((_, target),) = _parties(text, "walked")
    assert target == "Kellan Foods"


def test_a_walkout_after_talks_collapsed_has_no_party():
    # guard: the clause's subject names no party
    text = "Workers walked out on Monday after the talks collapsed."
    assert all(target is None for _, target in _parties(text, "walked"))


# the party a demanded act is done to is not the one asked


def test_a_call_for_a_prisoners_release_is_not_made_of_the_prisoner():
    text = "Activists called for Dara Holm's release on Friday."
    assert _parties(text, "called") == [("Activists", None)]


def test_a_march_demanding_a_trial_is_not_against_the_one_to_be_tried():
    text = "Protesters marched on Friday demanding the trial of former interior minister Ivo Brenn."
    assert _parties(text, "marched") == [("Protesters", None)]


def test_a_march_demanding_a_resignation_is_still_made_of_the_ruler():
    # guard: a ruler's going is asked of the ruler (session 43)
    text = "Protesters marched on Friday demanding the resignation of President Ivo Brenn."
    ((_, target),) = _parties(text, "marched")
    assert target is not None and "Brenn" in target


def test_a_call_for_a_states_release_of_sailors_is_made_of_the_state():
    # guard: the possessor of a release with an "of" object is the one who would free them
    text = "The United States called for Russia's release of the two sailors on Friday."
    ((_, target),) = _parties(text, "called")
    assert target == "Russia"


# a live page's place and clock time, a country's worst attack, a list's number


def test_a_live_pages_place_and_time_are_no_doer():
    text = "Nairobi, 10:30 GMT: Security forces fired tear gas at protesters near the parliament."
    ((source, _),) = _parties(text, "fired")
    assert source == "Security forces"


def test_a_place_and_time_glued_to_police_leave_the_phrase():
    reading = Reader().read(
        Article(
            id="t",
            text="Nairobi 14:31 Police fired tear gas at the protesters.",
            published=PUBLISHED,
        )
    )
    (event,) = [e for e in reading.events if e.trigger.text == "fired"]
    assert event.source_phrase is not None and event.source_phrase.text == "Police"


def test_a_countrys_deadliest_attack_is_not_its_own():
    text = "Kenya's worst terrorist attack killed 32 people at the airport on Tuesday."
    assert all(source != "Kenya" for source, _ in _parties(text, "killed"))
    text = "Kenya's deadliest attack in years killed 60 soldiers at a base on Saturday."
    assert all(source != "Kenya" for source, _ in _parties(text, "attack"))


def test_a_countrys_largest_attack_on_another_is_its_own():
    # guard: an attack aimed "on" another keeps its possessor as the doer
    text = "Russia's largest missile attack on Ukraine killed 20 soldiers on Monday."
    assert ("Russia", "soldiers") in _parties(text, "killed")


def test_a_lists_number_is_no_word_of_a_name():
    text = "Protesters marched on Friday against 2 Omar Talbek."
    ((_, target),) = _parties(text, "marched")
    assert target == "Omar Talbek"


def test_a_count_of_people_keeps_its_number():
    # guard: a number counting people is part of the phrase
    reading = Reader().read(
        Article(
            id="t", text="Police detained 12 Ivo Brenn supporters on Friday.", published=PUBLISHED
        )
    )
    (event,) = [e for e in reading.events if e.trigger.text == "detained"]
    assert event.target_phrase is not None and event.target_phrase.text.startswith("12 ")


def test_anti_named_protesters_march_against_the_name():
    text = "Anti-Talbek protesters marched through the capital on Friday."
    ((_, target),) = _parties(text, "marched")
    assert target == "Talbek"


def test_anti_war_protesters_march_against_no_one():
    # guard: a common word after "anti" names no party
    text = "Anti-war protesters marched through the capital on Friday."
    assert _parties(text, "marched") == [("Anti-war protesters", None)]
