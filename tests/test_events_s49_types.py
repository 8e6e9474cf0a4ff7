"""Session 49 (types): a weather service's advice, a link's headline, answers withheld from
the press, what the evidence does not bear out, one government's bodies in a background
clause, letters exchanged, protesters overrunning police, places guarded, a decision to sue.

PLOVER codes political acts of one party towards another. A weather service telling drivers
to stay home advises the public; a headline after "More:" belongs to another story; an office
not giving a newspaper figures gives no aid (3.6 goes to a recipient in need); "the letters do
not show that X disagreed" leaves the disagreement unproven; two bodies of one state working
together run their own government (3.5); letters or emails exchanged are communication, not
material cooperation; protesters overrunning or pelting police riot (3.8); soldiers guarding
neighbourhoods keep a place safe and help no party; a decision to sue files no suit. Every
sentence is written for these tests; the guards check the acts beside them stay."""

import datetime as dt

from tests.stages import all_events_of, read_event_text

PUBLISHED = dt.date(2026, 1, 20)


def _events(text: str):
    return read_event_text(text, PUBLISHED).events


def _types(text: str) -> list[str]:
    return [e.type for e in _events(text)]


# a weather service's advice


def test_a_weather_service_urging_drivers_is_no_request():
    text = "The Kestrian Weather Service on Tuesday urged drivers to stay off the roads."
    assert _types(text) == []


def test_a_president_urging_the_senate_stays():  # guard
    text = "President Lena Varga on Tuesday urged the Senate to pass the budget."
    assert _types(text) == ["REQUEST"]


# a link's headline


def _story(line: str) -> str:
    return (
        "Snow closes Dravno airport\n\nHeavy snow fell across Dravno on Tuesday, officials"
        f" said.\n{line}\nThe airport stayed closed on Tuesday."
    )


def test_a_headline_after_more_is_another_storys():
    assert _types(_story("More: Police arrest 40 protesters in Ostrava")) == []


def test_a_headline_after_a_capitalised_label_without_colon_is_another_storys():
    assert _types(_story("RELATED Police arrest 40 protesters in Ostrava")) == []


def test_a_related_story_label_in_the_text_is_a_link():  # guard: the dates' link lines had it
    assert _types(_story("Related story: Police arrest 40 protesters in Ostrava")) == []


def test_an_arrest_told_in_the_story_stays():  # guard
    assert _types(_story("Police arrested 40 protesters in Ostrava on Tuesday.")) == ["COERCE"]


# answers withheld from the press


def test_no_information_given_to_a_newspaper_is_no_aid():
    text = "The Kestrian government did not provide the newspaper with any information on Monday."
    assert "AID" not in _types(text)


def test_figures_given_to_a_newspaper_are_no_aid():
    text = "The Kestrian government provided the newspaper with figures on Monday."
    assert "AID" not in _types(text)


def test_supplies_given_to_a_country_stay_aid():  # guard
    text = "Kestria provided Varnia with medical supplies on Monday."
    assert _types(text) == ["AID"]


# what the evidence does not bear out


def test_what_letters_do_not_show_is_not_told():
    text = "The letters do not show that President Lena Varga disagreed with Congress."
    assert _types(text) == []


def test_what_letters_show_stays():  # guard
    text = "The letters show that President Lena Varga disagreed with Congress on Monday."
    assert _types(text) == ["REJECT"]


# one government's bodies in a background clause


def test_two_bodies_of_one_state_in_a_relative_clause_do_not_cooperate():
    text = (
        "The Department of Energy, which coordinated with the Coast Guard on Sunday, said on"
        " Monday that the well was capped."
    )
    assert "COOPERATE" not in _types(text)


def test_bodies_of_two_states_in_a_relative_clause_stay():  # guard
    text = (
        "Kestria's foreign ministry, which coordinated with the Varnian army on Sunday, said"
        " on Monday that flights would resume."
    )
    assert _types(text) == ["COOPERATE"]


# letters exchanged


def test_an_email_exchange_is_no_cooperation():
    text = "In an email exchange with Senator Ana Moro on Monday, Governor Tom Reyes discussed it."
    assert "COOPERATE" not in [e.type for e in all_events_of(text, PUBLISHED)]


def test_emails_exchanged_are_communication():  # guard: main coded none either
    text = "Governor Tom Reyes exchanged emails with Senator Ana Moro on Monday about the fund."
    assert "COOPERATE" not in [e.type for e in all_events_of(text, PUBLISHED)]


def test_prisoners_exchanged_stay_cooperation():  # guard
    assert _types("Kestria and Varnia exchanged prisoners on Monday.") == ["COOPERATE"]


# protesters overrunning police


def test_protesters_overrunning_police_lines_riot():
    events = _events("Protesters overran police lines outside the Kestrian parliament on Monday.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "riot")]


def test_protesters_pelting_police_riot():
    text = "Protesters pelted police with stones outside the Kestrian parliament on Monday."
    assert [(e.type, e.mode) for e in _events(text)] == [("PROTEST", "riot")]


def test_gunmen_attacking_police_stay_assault():  # guard
    assert _types("Gunmen attacked police in Dravno on Monday.") == ["ASSAULT"]


# places guarded


def test_soldiers_guarding_neighbourhoods_give_no_aid():
    text = "Soldiers protected the neighbourhoods of Port-au-Prince on Monday."
    assert "AID" not in _types(text)


def test_soldiers_protecting_refugees_stay_aid():  # guard
    assert _types("Soldiers protected the refugees in Dravno on Monday.") == ["AID"]


# a decision to sue


def test_a_decision_to_sue_files_no_suit():
    text = "Governor Tom Reyes on Monday announced his decision to sue the Kestrian government."
    assert _types(text) == []


def test_a_suit_filed_stays():  # guard
    assert _types("Governor Tom Reyes sued the Kestrian government on Monday.") == ["ACCUSE"]
