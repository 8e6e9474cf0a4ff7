"""Session 54 (events, parties and types): a leader or a legislature sending away its own
office-holders acts inside its state — "sacked the prime minister", "fired Finance Minister
Tomas Brell", "Tomas Brell, the finance minister, was dismissed" — and coerces or rejects no
other party (a senator "dismissing" the president still rejects him); a town blockaded is the
place it was done in, no target, as one besieged is; a capital or a large town's older name the
tagger took for a person or a body ("Minsk was recaptured by ...") is the town when it is taken
or struck; "ousted" before a ruler's title names him by his fall and tells no ouster; the people
an attack on a town killed are its target. Guards keep a coup, a removal from power, a country
blockaded, a person captured, charges dismissed, an ouster with its doer, a town attacked with
no one killed and a state attacked. Every sentence is written for these tests (invented people
and states; real towns where the gazetteer must know them)."""

import datetime as dt

from tests.stages import event_parties, read_event_text

PUBLISHED = dt.date(2026, 3, 2)


def _types(text: str) -> list[str]:
    return [e.type for e in read_event_text(text, PUBLISHED).events]


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# office-holders sent away by their own state


def test_a_parliament_sacking_the_titled_prime_minister_coerces_no_one():
    assert _types("The Kestrian parliament sacked Prime Minister Lena Osk on Tuesday.") == []


def test_a_president_sacking_the_prime_minister_coerces_no_one():
    assert _types("President Ivo Dren sacked the prime minister on Friday.") == []


def test_a_minister_named_beside_his_title_sacked_is_no_coercion():
    assert _types("President Ivo Dren sacked Tomas Brell, the finance minister, on Friday.") == []


def test_a_titled_minister_dismissed_in_the_passive_is_no_rejection():
    text = "Finance Minister Tomas Brell was dismissed by President Ivo Dren on Friday."
    assert _types(text) == []


def test_a_ruler_ousted_stays_coercion():  # guard: "oust" is no dismissal
    assert _types("Rebels ousted President Ivo Dren on Friday.") == ["COERCE"]


def test_a_removal_from_power_stays_coercion():  # guard: session 38's "from power"
    assert _types("The army removed President Ivo Dren from power on Friday.") == ["COERCE"]


def test_a_senator_dismissing_the_president_stays_a_rejection():  # guard: no one he can sack
    text = "Senator Ana Vel dismissed President Ivo Dren on Tuesday."
    assert _types(text) == ["REJECT"]


def test_charges_dismissed_stay_a_rejection():  # guard: no office-holder dismissed
    text = "President Ivo Dren dismissed the opposition's charges on Tuesday."
    assert _types(text) == ["REJECT"]


# a town blockaded


def test_a_town_blockaded_is_no_target():
    text = "The Kestrian navy blockaded Mombasa on Friday."
    assert _parties(text, "blockaded") == [("Kestrian navy", None)]


def test_a_country_blockaded_stays_the_target():  # guard: a state, not a town
    text = "The Kestrian navy blockaded Valdoria on Friday."
    assert _parties(text, "blockaded") == [("Kestrian navy", "Valdoria")]


# a town the tagger took for a party


def test_a_capital_taken_for_a_body_is_a_town_recaptured():
    text = "Minsk was recaptured by Kestrian troops on Sunday."
    assert _parties(text, "recaptured") == [("Kestrian troops", None)]


def test_a_town_under_its_older_name_taken_for_a_person_is_a_town_captured():
    text = "Kiev was captured by the Red Army on 3 February 1919."
    assert _parties(text, "captured") == [("Red Army", None)]


def test_a_person_captured_stays_the_target():  # guard: a full name, no town
    text = "Tomas Brell was captured by Kestrian troops on Sunday."
    assert _parties(text, "captured") == [("Kestrian troops", "Tomas Brell")]


# a ruler named by his fall


def test_a_headlines_ousted_president_is_no_ouster_by_the_court():
    text = "Kestria's Supreme Court sentences ousted president Tomas Verlan to life"
    assert "COERCE" not in _types(text)


def test_an_ouster_with_its_doer_stays_coercion():  # guard: a subject before the verb
    text = "The Kestrian army on Tuesday ousted President Tomas Verlan."
    assert _parties(text, "ousted") == [("Kestrian army", "Tomas Verlan")]


def test_an_ouster_in_a_relative_clause_stays_coercion():  # guard: "which" is its doer
    text = "The military, which ousted President Tomas Verlan in May, arrested his aides."
    assert ("military", "Tomas Verlan") in _parties(text, "ousted")


# the people an attack on a town killed


def test_the_people_an_attack_on_a_town_killed_are_its_target():
    text = "Kestrian rebels attacked the town of Dorvan on Friday, killing seventeen people."
    assert _parties(text, "attacked") == [("Kestrian rebels", "seventeen people")]


def test_a_town_attacked_with_a_thing_destroyed_has_no_target():  # guard: no people killed
    text = "Kestrian rebels attacked the town of Dorvan on Friday, destroying the bridge."
    assert _parties(text, "attacked") == [("Kestrian rebels", None)]


def test_a_country_attacked_keeps_its_target_beside_the_killed():  # guard: a state, no town
    text = "Kestrian rebels attacked Valdoria on Friday, killing seventeen people."
    assert _parties(text, "attacked") == [("Kestrian rebels", "Valdoria")]
