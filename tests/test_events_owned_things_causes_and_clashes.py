"""The party acted on, and words that are no act (issue 15, session 41): a state's ship,
plane or embassy attacked is the state attacked; the doer of a protested ban is the protest's
addressee; police a protest clashed with are the party it acts on; a mutual act's "with"
phrase names its partner also when the parse hangs a clause on it; "demonstrating" a thing is
showing it; an act only "in the event of" is a condition; cooperation described in the present
is a relation, no act; a state's ruling council, junta or cabinet acts for it. Sentences
written for these tests; each test but the guards (marked) fails on the code before."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


def _coded(text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    reading = read_event_text(text, PUBLISHED)
    rows = []
    for e in reading.events:
        target = e.target or (e.target_phrase.text if e.target_phrase else None)
        rows.append((e.type, e.mode, e.source, target, e.trigger.text))
    return rows


def test_warship_attacked_is_its_state() -> None:
    text = (
        "Officials said the June 2 Iraqi rocket attack on the U.S. frigate Halden killed 9 sailors."
    )
    coded = [c for c in _coded(text) if c[4] == "attack"]
    assert coded, "the attack is kept"
    assert coded[0][3] is not None and "U.S." in coded[0][3]
    assert "Halden" not in coded[0][3]


def test_ship_with_no_state_named_keeps_no_state() -> None:  # guard
    text = "Police said gunmen attacked a cargo ship near the port of Varna on Monday."
    for c in _coded(text):
        assert c[3] is None or "Varna" not in c[3]


def test_protest_against_a_ban_addresses_its_doer() -> None:
    text = (
        "The opposition protested in Damascus on Monday against a ban on rallies by the "
        "Syrian government."
    )
    coded = [c for c in _coded(text) if c[4] == "protested"]
    assert coded and coded[0][0] == "PROTEST"
    assert coded[0][3] is not None and "government" in coded[0][3].lower()


def test_protest_against_a_thing_stays_open() -> None:  # guard
    text = "Thousands of workers protested in Lyon on Monday against the new pension rules."
    for c in _coded(text):
        if c[4] == "protested":
            assert c[3] is None


def test_protesters_clashing_with_police_act_on_the_police() -> None:
    text = "Protesters fought with riot police outside the parliament in Ardani on Monday."
    coded = [c for c in _coded(text) if c[4] == "fought"]
    assert coded and coded[0][:2] == ("PROTEST", "riot")
    assert coded[0][3] is not None and "police" in coded[0][3]


def test_agreement_with_a_club_misparsed_keeps_the_club() -> None:
    text = (
        "Bolivia reached an agreement here last week with the Paris Club of creditor governments "
        "to reschedule over 12 years the 700 mln dlrs of debt due by 1990."
    )
    coded = [c for c in _coded(text) if c[0] == "AGREE"]
    assert coded and coded[0][3] is not None and "paris" in coded[0][3]


def test_demonstrating_a_failure_is_no_protest() -> None:
    text = (
        "A union official said inspectors keep finding faults at the plant, demonstrating a "
        "serious failure of the whole safety system."
    )
    assert not any(c[0] == "PROTEST" for c in _coded(text))


def test_demonstrating_in_the_capital_is_a_protest() -> None:  # guard
    text = "Thousands of students demonstrated in Ardani on Monday against the Varga government."
    assert any(c[0] == "PROTEST" for c in _coded(text))


def test_strike_in_the_event_of_is_a_condition() -> None:
    text = (
        'The speaker of the Iranian parliament predicted on Friday "a sea of fire" across the '
        "region in the event of any U.S. strike against Iran."
    )
    assert not any(c[0] == "ASSAULT" for c in _coded(text))


def test_strike_that_happened_stays() -> None:  # guard
    text = "U.S. forces launched a strike against Iran on Sunday, officials said."
    assert any(c[0] == "ASSAULT" for c in _coded(text))


def test_cooperation_described_in_the_present_is_no_act() -> None:
    text = "Military cooperation between Russia and China is close, officials said on Monday."
    assert not any(c[0] == "COOPERATE" for c in _coded(text))


def test_cooperation_opening_a_sentence_described_is_no_act() -> None:
    text = (
        "Russia and China signed a gas deal in March. Cooperation between Russia and China is "
        "all the more striking as the two were rivals for decades, officials said on Monday."
    )
    assert not any(c[0] == "COOPERATE" and c[4] == "Cooperation" for c in _coded(text))


def test_a_states_ruling_council_is_the_doer() -> None:
    # session 50: the council is named by its phrase, with its state in it, not by the state
    # alone (blind judges took the bare country for a vaguer party than the text gives)
    text = "Egypt's ruling military council dissolved parliament on Monday."
    events = [e for e in read_event_text(text, PUBLISHED).events if e.trigger.text == "dissolved"]
    assert events and events[0].source_phrase is not None
    assert events[0].source_phrase.text == "Egypt's ruling military council"


def test_a_mayors_wife_is_not_the_mayor() -> None:  # guard
    text = "The mayor's wife criticized the governor of Ostra on Monday."
    assert not any(c[2] is not None and "mayor" in c[2] for c in _coded(text))
