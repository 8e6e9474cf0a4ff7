"""Guards for two rules of session 60's round, found wider than meant in the round's review:
an attack followed by a second act of saying by the same doer stays an attack, and a month is a
month's name, not any word that starts like one."""

from tests.stages import coded_events, read_event_text


def test_an_attack_and_then_a_statement_is_an_attack():
    events = coded_events("Kestria attacked Valdoria on Monday and said it had no choice.")
    assert [(e[0], e[1], e[2]) for e in events] == [("ASSAULT", "kestria", "valdoria")]


def test_an_attack_with_a_saying_clause_of_its_own_is_still_words():  # the rule kept
    events = coded_events(
        "Kestria's government attacked Valdoria on Monday, calling its leaders liars."
    )
    assert [e[0] for e in events] == ["ACCUSE"]


def test_a_shop_named_after_its_owner_is_no_person():
    reading = read_event_text(
        "Dana Smith opened a bakery in Ostra last year. Smith's Market now sells bread to the"
        " whole town, and Smith's Market employs twelve people."
    )
    assert ("Smith's Market", "organisation") in [(a.name, a.kind) for a in reading.actors]


def test_a_possessive_run_into_a_month_is_still_the_owner():  # the rule kept
    reading = read_event_text(
        "Governor Chris Dalby spoke on Monday. Dalby's Nov. speech was about the budget."
    )
    assert [a.name for a in reading.actors if a.kind == "person"] == ["Chris Dalby"]
    assert all("Nov" not in a.name for a in reading.actors)
