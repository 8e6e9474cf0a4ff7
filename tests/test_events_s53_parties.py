"""Session 53 (events, parties): parties a reader fills from the text where main left them
empty or wrong — a live page's bracketed place-and-time stamp is no doer, the country people
crossed into holds them though the actor stage made no actor of it, the doer of a "when" clause
that tells how a passive act of force was done, a territory annexed is no target, those
"called on" are asked whatever they are called, a request's later clause names the one asked,
the protesters a paragraph names are those a quelled protest stands for, a protest in
solidarity with another is against that one's party, a presidential palace is the named
president's, and "they" beside a clause's own partner is no pair of bodies. Guards keep what
each rule must not take. Every sentence is written for these tests (invented people and towns;
real states where the actor stage needs ones it knows)."""

import datetime as dt

from tests.stages import all_events_of, event_parties

PUBLISHED = dt.date(2026, 3, 2)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


def _all_parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    """(source actor, target actor) of every event with the trigger, gate or not."""
    return [
        (e.source, e.target) for e in all_events_of(text, PUBLISHED) if e.trigger.text == trigger
    ]


# a live page's stamp in brackets


def test_a_bracketed_place_and_time_stamp_is_no_doer():
    text = "(Lima, 10:28 p.m. ET) Peru's military is urging people to stay off the streets."
    assert all(source != "lima" for source, _ in _all_parties(text, "urging"))


def test_a_place_in_brackets_without_a_clock_is_left_to_the_other_rules():
    # guard: no clock time, no stamp; the rule for stamps does not read it
    text = "Peru's army, based in Lima, called on protesters to go home on Friday."
    assert _parties(text, "called") == [("army", "protesters")] or all(
        source != "lima" for source, _ in _all_parties(text, "called")
    )


# the country crossed into, named only there


def test_the_country_crossed_into_holds_those_detained_by_its_name():
    text = "Three French students were detained after they strayed across the border into Laos."
    assert [source for source, _ in _parties(text, "detained")] == ["Laos"]


def test_the_country_crossed_into_after_crossing():
    text = "The two Danish students were arrested after crossing into Laos from Thailand."
    assert [source for source, _ in _parties(text, "arrested")] == ["Laos"]


def test_a_zone_crossed_into_names_no_jailer():
    # guard: a military zone is no state
    text = "The two Danish students were arrested after crossing into a military zone."
    assert all(source is None for source, _ in _parties(text, "arrested"))


# the doer of a "when" clause


def test_the_men_who_disrupted_a_demonstration_disbanded_it():
    text = (
        "Protesters in Dravno were forcibly disbanded on Tuesday when a few dozen men in plain "
        "clothes disrupted their demonstration."
    )
    assert _parties(text, "disbanded") == [("a few dozen men in plain clothes", "Protesters")]


def test_riot_police_charging_a_column_beat_the_marchers():
    text = "The marchers were beaten on Friday when riot police charged their column in Veldra."
    assert [source for source, _ in _parties(text, "beaten")] == ["riot police"]


def test_the_ones_held_marching_are_not_their_own_jailers():
    # guard: "as they marched" tells what the ones held did, no doer
    text = "Dozens of students were detained on Friday as they marched toward the palace in Veldra."
    assert all(source is None for source, _ in _parties(text, "detained"))


def test_a_when_clause_about_something_else_gives_no_doer():
    # guard: the clause's object is not the ones acted on nor theirs
    text = (
        "Three students were beaten in Veldra on Friday when rioters attacked a bank nearby, "
        "witnesses said."
    )
    assert all(source is None for source, _ in _parties(text, "beaten"))


# a territory annexed


def test_a_region_annexed_is_no_target():
    text = "Valdoria annexed the Orsk region of its neighbour in 2019, and the world protested."
    assert [target for _, target in _parties(text, "annexed")] == [None]


def test_a_state_annexed_whole_stays_the_target():
    # guard: a country annexed is the one acted on
    text = "Germany annexed Austria in 1938."
    assert _parties(text, "annexed") == [("Germany", "Austria")]


def test_the_state_a_region_is_annexed_from_is_the_target():
    # guard: session 48's holder named with "from" is kept
    text = "Chile annexed the Atacama region from Bolivia in 1884."
    assert _parties(text, "annexed") == [("Chile", "Bolivia")]


# those called on


def test_new_government_leaders_called_on_are_asked():
    text = "The European Union called on new government leaders to hold free elections."
    assert _parties(text, "called") == [("European Union", "new government leaders")]


def test_a_new_government_called_for_stays_no_party():
    # guard: what a request asks to be made is no one asked
    text = "The European Union called for a new government to be formed within six months."
    assert all(target is None for _, target in _parties(text, "called"))


def test_a_later_call_on_a_states_authorities_names_the_one_urged():
    text = (
        "Chile's foreign minister Ana Ruiz urged freedom of assembly and called on Peru's "
        "authorities not to block access to the internet."
    )
    assert [target for _, target in _parties(text, "urged")] == ["Peru"]


# the protesters of a quelled protest


def test_the_protesters_the_paragraph_names_are_the_ones_quelled():
    text = (
        "Thousands of protesters marched through Dravno on Saturday. President Ivo Dren called "
        "out the army to quell the protests."
    )
    assert _parties(text, "called") == [("Ivo Dren", "Thousands of protesters")]


def test_a_protest_quelled_with_no_protesters_named_stays_open():
    # guard: session 48's open target, when the paragraph names no one protesting
    text = "President Ivo Dren called out the army on Saturday to quell the protests in Dravno."
    assert [target for _, target in _parties(text, "called")] == [None]


def test_protesters_of_another_paragraph_are_not_taken():
    # guard: a new paragraph
    text = (
        "Thousands of protesters marched through Dravno on Saturday.\n\n"
        "President Ivo Dren called out the army to quell the protests."
    )
    assert [target for _, target in _parties(text, "called")] == [None]


# a protest in solidarity with another


def test_a_march_in_solidarity_is_against_the_ruler_the_others_rally_against():
    text = (
        "About 200 demonstrators marched through Madrid on Saturday in solidarity with Peruvians "
        "rallying against their president, Juan Sotelo."
    )
    assert _parties(text, "marched") == [("demonstrators", "Juan Sotelo")]


def test_a_march_in_solidarity_with_people_protesting_nothing_named_stays_open():
    # guard: no one the others protest against
    text = (
        "About 200 demonstrators marched through Madrid on Saturday in solidarity with Peruvians."
    )
    assert [target for _, target in _parties(text, "marched")] == [None]


# a presidential palace


def test_a_protest_at_the_presidential_palace_is_against_the_president_named():
    text = (
        "President Juan Sotelo faced growing anger on Monday. Hundreds of protesters marched in "
        "front of the presidential palace in Lima."
    )
    assert _parties(text, "marched") == [("protesters", "Juan Sotelo")]


def test_a_presidential_palace_with_two_presidents_named_stays_open():
    # guard: a visiting president and the host; whose palace is not said
    text = (
        "President Juan Sotelo welcomed President Ivo Dren on Monday. Hundreds of protesters "
        "marched in front of the presidential palace in Lima."
    )
    assert [target for _, target in _parties(text, "marched")] == [None]


def test_a_presidential_palace_in_another_country_is_not_the_presidents():
    # guard: the one president named is of another country than the palace's town
    text = (
        "President Barack Obama spoke about trade on Monday. Hundreds of protesters marched in "
        "front of the presidential palace in Lima."
    )
    assert [target for _, target in _parties(text, "marched")] == [None]


# "they" beside a clause's own partner


def test_they_beside_a_named_partner_is_not_the_pair_acting_on_each_other():
    text = (
        "The Treasury and the Federal Reserve drafted the plan. The White House said they are "
        "working with congressional leaders on the details."
    )
    assert all(
        (source, target) != ("treasury", "federal-reserve")
        for source, target in _all_parties(text, "working")
    )


def test_they_of_a_pair_meeting_is_still_the_pair():
    # guard: no partner of the clause's own; "they" is the pair
    text = "Kestria and Valdoria signed a trade pact in March. They met again in Dravno on Friday."
    assert _all_parties(text, "met") in ([("kestria", "valdoria")], [("valdoria", "kestria")])
