"""Session 42, second round (events): the act a speaker does after saying something, and a
ratification's type.

"X said the warning was absurd and accused Y of ...": the parse hangs the accusing on the state
that was said (the copula or its predicate), so the said clause's subject ("the warning") was
taken for its doer, or none was found. The act is the speaker's when the said clause's subject
can do no act (no actor) or is a pronoun, the act has an object and no subject or auxiliary of
its own, and it is in the saying's tense; it is then told by the writer, not under the saying.
A said clause about a party ("said the rebels were in the town and attacked the police") keeps
its reading. Ratifying a treaty is SUPPORT (PLOVER manual 3.3: "ratify, sign, or finalize an
agreement or treaty"), a promise to ratify stays AGREE. Every sentence is written for these
tests."""

import datetime as dt
from functools import partial

from dateline.model import Event
from tests.stages import all_events_of, coded_events, read_event_text

PUBLISHED = dt.date(2026, 3, 6)

_coded = partial(coded_events, published=PUBLISHED)


def _event(text: str, trigger: str) -> Event:
    (found,) = [e for e in read_event_text(text, PUBLISHED).events if e.trigger.text == trigger]
    return found


# the speaker's act after a said state


def test_an_accusation_after_a_said_state_of_no_actor_is_the_speakers():
    text = (
        "Senator Maria Keld said on Monday the report was a disgrace and accused President "
        "Olaf Brenner of hiding the truth."
    )
    assert ("ACCUSE", "maria-keld", "olaf-brenner", "accused") in _coded(text)


def test_an_accusation_after_a_said_feeling_of_the_sayer_is_hers():
    text = (
        "Mayor Jane Ortiz said on Monday she was disappointed and accused Governor Paul Vance "
        "of abandoning the city."
    )
    assert ("ACCUSE", "jane-ortiz", "paul-vance", "accused") in _coded(text)


def test_the_speakers_act_is_told_by_the_writer_not_reported():
    text = (
        "Mayor Jane Ortiz said on Monday she was disappointed and accused Governor Paul Vance "
        "of abandoning the city."
    )
    found = _event(text, "accused")
    assert "reported" not in found.modality
    assert found.date == "2026-03-02"


def test_a_criticism_after_a_said_judgement_is_the_speakers():
    text = (
        "Senator Maria Keld said on Thursday the budget was a mistake and criticized the Treasury."
    )
    assert any(
        t == "ACCUSE" and s == "maria-keld" and w == "criticized" for t, s, _, w in _coded(text)
    )


# guards: acts of the said clause's party stay theirs


def test_an_attack_by_the_party_of_the_said_clause_stays_theirs():
    text = (
        "Governor Paul Vance said on Tuesday the rebels were in the town and attacked the "
        "police station in Morna."
    )
    coded = _coded(text)
    assert not any(s == "paul-vance" and w == "attacked" for _, s, _, w in coded)


def test_a_blame_by_people_of_the_said_clause_stays_theirs():
    text = (
        "Governor Paul Vance said on Wednesday the protesters were angry and blamed Mayor Jane "
        "Ortiz for the cuts."
    )
    assert not any(s == "paul-vance" and w == "blamed" for _, s, _, w in _coded(text))


def test_a_second_act_of_a_party_after_a_denied_one_stays_theirs():
    # "did not attack ... and blamed": one subject may do both ("did not attend and sent a
    # deputy"), so the form alone does not move the act to the sayer
    text = (
        "Governor Paul Vance said on Monday the rebels did not attack the town and blamed the "
        "army for the fire."
    )
    assert not any(s == "paul-vance" and w == "blamed" for _, s, _, w in _coded(text))


def test_an_act_with_its_own_auxiliary_belongs_to_the_said_clause():
    text = (
        "Governor Paul Vance said on Wednesday the plan was sound and had been approved by "
        "the Kestrian parliament."
    )
    assert not any(s == "paul-vance" and w == "approved" for _, s, _, w in _coded(text))


def test_a_speaker_who_accuses_in_his_own_clause_is_unchanged():
    text = "Senator Maria Keld on Monday accused President Olaf Brenner of hiding the truth."
    assert ("ACCUSE", "maria-keld", "olaf-brenner", "accused") in _coded(text)


# ratifying is support; a promise to ratify is an agreement


def test_ratifying_a_treaty_is_support():
    text = "The Kestrian parliament on Friday ratified the border treaty with Morvania."
    assert not any(t == "AGREE" and w == "ratified" for t, _, _, w in _coded(text))
    found = [e for e in all_events_of(text, PUBLISHED) if e.trigger.text == "ratified"]
    assert found and all(e.type == "SUPPORT" for e in found)


def test_a_promise_to_ratify_stays_an_agreement():
    text = "Germany promised on Friday to ratify the border treaty with Poland."
    found = [e for e in all_events_of(text, PUBLISHED) if e.trigger.text in ("ratify", "promised")]
    assert any(e.type == "AGREE" for e in found)
    assert not any(e.type == "SUPPORT" and "future" not in e.modality for e in found)


def test_a_ratification_still_to_come_is_not_told_as_done():
    text = "Germany will ratify the border treaty with Poland next week."
    assert not any(w == "ratify" for _, _, _, w in _coded(text))


def test_the_speakers_act_on_the_copula_said_has_the_sayings_day():
    text = (
        "Mayor Ines Carvalho said on Tuesday she was furious and blamed Governor Rui Matos for "
        "the power cuts."
    )
    found = _event(text, "blamed")
    assert (found.source, found.target, found.date) == ("ines-carvalho", "rui-matos", "2026-03-03")


def test_a_call_on_a_party_after_a_said_state_is_the_speakers():
    text = (
        "Finance Minister Ana Ruiz said on Monday there was no crisis and called on Germany to "
        "lower its interest rates."
    )
    assert ("REQUEST", "ana-ruiz", "germany", "called") in _coded(text)


def test_a_warning_after_reports_said_to_be_false_is_the_speakers():
    text = (
        "Morocco said on Monday reports of troops on its border were false, and warned Algeria "
        "not to interfere."
    )
    assert ("THREATEN", "morocco", "algeria", "warned") in _coded(text)
