"""Session 48 (events, parties): the doer and the party acted upon as the text names them — a
visit told from the host's side (the visitor acts, PLOVER), a group a state's possessive
names ("Sudan's opposition leaders" are not Sudan), a body "in" a country, a protest that
denounces its marchers' own government, a protest itself is no party forces are sent against,
a territory annexed "from" a state, states asked as a group ("foreign powers"), the body in
the doer's own title is not the one met, aid sent "to assist" a party, an act done "against
X's orders" is not done to X, an operation's name. Guards keep what the old rules had right.
Every sentence is written for these tests (real states and leaders where the actor stage
needs ones it knows)."""

import datetime as dt

from tests.stages import event_parties

PUBLISHED = dt.date(2024, 5, 14)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# a visit told from the host's side: the visitor acts


def test_a_hosted_visitor_is_the_source():
    text = "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi."
    assert _parties(text, "hosted") == [("Abiy Ahmed", "William Ruto")]


def test_a_visitor_received_by_a_host_is_the_source():
    text = "Ethiopian Prime Minister Abiy Ahmed was received by President William Ruto in Nairobi."
    assert _parties(text, "received") == [("Abiy Ahmed", "William Ruto")]


def test_a_visit_told_from_the_visitors_side_keeps_its_direction():
    # guard: the visitor is already the subject
    text = "Ethiopian Prime Minister Abiy Ahmed visited Kenyan President William Ruto in Nairobi."
    assert _parties(text, "visited") == [("Abiy Ahmed", "William Ruto")]


def test_talks_hosted_have_no_visitor():
    # guard: a thing hosted is no visitor; no record turns the host into a target
    text = "Qatar hosted talks between the Taliban and American envoys in Doha."
    assert all(target != "Qatar" for _, target in _parties(text, "hosted"))


def test_a_states_opposition_leaders_are_not_the_state():
    text = "Police arrested Senegal's opposition leaders on Monday."
    ((source, target),) = _parties(text, "arrested")
    assert source == "Police" and target != "Senegal" and target is not None


def test_a_hosted_opposition_is_the_visitor_not_its_state():
    text = "Kenyan President William Ruto hosted Sudan's opposition leaders in Nairobi on Monday."
    ((source, target),) = _parties(text, "hosted")
    assert source != "Sudan" and target == "William Ruto"


# a body in a country


def test_a_call_on_the_authorities_in_a_country_names_the_country():
    text = "The French foreign minister called on the authorities in Niger to free the ministers."
    ((_, target),) = _parties(text, "called")
    assert target == "Niger"


def test_the_authorities_in_a_province_stay_as_they_were():
    # guard: a province may be held by anyone; its name says nothing of whose body it is
    text = "Amnesty International urged the authorities in Idlib to free the journalists."
    assert _parties(text, "urged") == [("Amnesty International", "authorities")]


# what a protest denounces


def test_a_march_to_denounce_the_marchers_own_government_addresses_it():
    text = "Thousands of Tunisians marched in Tunis on Sunday to denounce their own government."
    ((source, target),) = _parties(text, "marched")
    assert source == "Tunisians" and target == "government"


def test_a_march_to_denounce_a_thing_stays_open():
    # guard: price rises are no party
    text = "Thousands of Tunisians marched in Tunis on Sunday to denounce the price rises."
    assert _parties(text, "marched") == [("Tunisians", None)]


# what forces are sent against


def test_forces_sent_to_quell_a_protest_leave_the_target_open():
    text = "The government called out the army to quell the protests in the north."
    assert _parties(text, "called") == [("government", None)]


# a territory taken from a state; states asked as a group


def test_a_territory_annexed_from_a_state_names_the_state():
    text = "Russia annexed Crimea from Ukraine in 2014."
    assert _parties(text, "annexed") == [("Russia", "Ukraine")]


def test_foreign_powers_petitioned_are_the_target():
    text = (
        "Most of the attacks were aimed by Iran at Kuwaiti tankers, and in late 1986 Kuwait "
        "formally petitioned foreign powers to protect its shipping."
    )
    assert _parties(text, "petitioned") == [("Kuwait", "foreign powers")]


def test_contributions_sought_from_emerging_economies_name_them():
    text = "The International Monetary Fund sought money from emerging economies such as India."
    ((source, target),) = _parties(text, "sought")
    assert source == "International Monetary Fund" and target.startswith("emerging economies")


def test_the_economy_urged_is_no_state_group():
    # guard: "the economy" alone is a thing
    text = "The International Monetary Fund urged the economy to recover."
    assert all(target != "the economy" for _, target in _parties(text, "urged"))


# the doer's own body; aid to the party helped; against someone's orders; operations


def test_the_body_in_the_doers_title_is_not_the_one_met():
    # a fact box glued to the sentence, as scraped pages have it: the parse takes the body
    # of "WHO chief" as the verb's object
    text = (
        "Washing hands often is advised WHO chief Margaret Chan talked to officials from eight "
        "countries on Wednesday."
    )
    assert _parties(text, "talked") == [("Margaret Chan", "officials")]


def test_those_arrested_against_someones_orders_are_the_target():
    text = "Against Netanyahu's explicit orders, two soldiers were arrested at the base."
    ((_, target),) = _parties(text, "arrested")
    assert target == "soldiers"


def test_an_operations_name_is_no_target():
    text = "The Egyptian army attacked with Operation Sinai on Friday, killing dozens of militants."
    assert _parties(text, "attacked") == [("Egyptian army", None)]
