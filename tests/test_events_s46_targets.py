"""Session 46, second round (events): a target the sentence names though the clause of the
trigger does not — the one a request asks its thing "from" ("seeking $2 billion from the Gulf
states", "help from the private sector"). The guards check that a "from" of time is no party,
and (already so at main, by session 45's rule: kept here as guards of the blind sheet's
protest kind) that a protest is against the ruler its demand would remove, not the one whose
release it demands, and that a protest with no demand keeps its target open. Every sentence is
written for these tests (names of people and countries invented)."""

import datetime as dt

from tests.stages import event_parties

PUBLISHED = dt.date(2019, 5, 10)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# a request's thing asked "from" someone


def test_help_sought_from_a_group_names_the_group():
    text = "Hillary Clinton is pushing for help from the private sector to counter the group."
    assert _parties(text, "pushing") == [("Hillary Clinton", "the private sector")]


def test_a_sum_sought_from_states_names_the_states():
    text = "Kestria's government is seeking $2 billion from the Gulf states."
    ((_, target),) = _parties(text, "seeking")
    assert target is not None and "Gulf states" in target


def test_a_loan_sought_from_banks_names_the_banks():
    text = "Valdoria's government sought a loan from the banks."
    ((_, target),) = _parties(text, "sought")
    assert target is not None and "banks" in target


def test_a_from_of_time_is_no_party():
    # guard: "from the start" is when, not whom; no event is kept without a party
    text = "Valdoria's president asked for calm from the start."
    assert all(target is None or "start" not in target for _, target in _parties(text, "asked"))


# a protest against the ruler its demand would remove (guards: so at main already)


def test_a_protest_demanding_a_presidents_resignation_is_against_him():
    text = (
        "Valdorian opposition supporters protested in London on Saturday, demanding the "
        "resignation of President Marko Dren."
    )
    ((_, target),) = _parties(text, "protested")
    assert target == "Marko Dren"


def test_a_protest_demanding_a_release_has_no_target_from_it():
    # guard: the one released is no one the protest is against
    text = (
        "Valdorian opposition supporters protested in London on Saturday, demanding the "
        "release of Marko Dren."
    )
    assert all(target != "Marko Dren" for _, target in _parties(text, "protested"))


def test_a_protest_with_no_demand_keeps_its_target_open():
    # guard: the president named in another sentence is not taken
    text = (
        "President Marko Dren flew to Kestria on Friday. Valdorian opposition supporters "
        "protested in London on Saturday."
    )
    assert all(target is None for _, target in _parties(text, "protested"))


def test_the_asked_party_beats_the_nearest_actor():
    # the nearest actor ("the Valdorian Liberation Front") is no one asked
    text = (
        "Senator Ada Morrow focused on the fight against the Valdorian Liberation Front online, "
        "pushing for help from the private sector to counter its propaganda."
    )
    assert _parties(text, "pushing") == [("Ada Morrow", "the private sector")]


def test_a_letter_to_a_recipient_keeps_the_recipient_asked():
    # guard: the one a letter is sent to is asked, not the "from" party
    text = (
        "Senator Ada Morrow sent a letter to the Kestrian president, Ivo Dren, asking for help "
        "from the European Union."
    )
    assert _parties(text, "asking") == [("Ada Morrow", "Ivo Dren")]
