"""Countries of a state's own people in a story about no one country (issue 21, session 59).
A bare "officials" or "police" who speak or act in a sentence that names one country by its
name are that country's ("Cases in Peru now number 40, officials said"); and in a report filed
from a place, the state there, named bare ("the authorities", "officials", "the army"), is that
place's country when the text names it and the lines around name no other. Guards: a sentence
naming two countries or a region, people who are only an object ("clashed with police"), a
name glued to a modifier ("Chile-based"), and lines that name another country. Sentences
written for dateline; countries real, people invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article

# a round-up of three countries, named as often, so that the story is about none of them
ROUNDUP = (
    "Peru, Chile and Bolivia reported new cases of the flu on Monday. Chile closed two "
    "schools, Bolivia shut a border post, and Peru asked travellers to stay at home. "
)


def actors(text: str) -> tuple[Actor, ...]:
    article = Article(id="t", text=text, published=dt.date(2009, 5, 4), source="reuters")
    return find_actors(parse(text), article).actors


def country_of(text: str, name: str) -> str | None:
    found = [a for a in actors(text) if a.name.lower() == name.lower()]
    return found[0].country if found else None


def test_officials_of_the_one_country_their_sentence_names():
    text = ROUNDUP + "The number of confirmed cases in Peru now stands at 40, officials said."
    assert country_of(text, "officials") == "PER"


def test_police_who_act_in_a_sentence_naming_one_country():
    text = ROUNDUP + "Police sealed off a hotel in Chile on Sunday after a guest fell ill."
    assert country_of(text, "police") == "CHL"


def test_officials_of_a_sentence_naming_two_countries_are_left():
    # a guard: the sentence names both
    text = ROUNDUP + "Cases in Peru and Chile rose again, officials said."
    assert country_of(text, "officials") is None


def test_officials_of_a_sentence_naming_a_region_are_left():
    # a guard: "in Asia" places them elsewhere than the one country named
    text = ROUNDUP + "Vaccines are made in Peru, and officials in Asia find that worrying."
    assert country_of(text, "officials") is None


def test_police_only_an_object_of_the_sentence_are_left():
    # a guard: "clashed with police" says nothing of whose police they are
    text = ROUNDUP + "Crowds in Peru clashed with police on Sunday."
    assert country_of(text, "police") is None


def test_a_country_glued_to_a_modifier_is_no_setting():
    # a guard: "Chile-based" describes the firm, not where the officials are
    text = ROUNDUP + "A Chile-based firm will make the vaccine, officials said."
    assert country_of(text, "officials") is None


# lines of no country, so that the round-up is out of the lines before the state's people
CALM = (
    "Doctors said most of the patients had mild symptoms and were recovering at home. "
    "Pharmacies reported long queues for masks and hand gel through the weekend. "
    "Schools sent letters to parents asking them to keep children with a fever at home. "
    "Airlines said bookings had fallen but that flights were running to schedule. "
    "Hospitals set aside wards for patients with the virus and cancelled routine surgery. "
)
FILED = "LIMA (Reuters) - " + ROUNDUP + CALM


def test_authorities_of_a_report_filed_from_the_capital():
    text = FILED + "The authorities said the hotel would stay closed for a week."
    assert country_of(text, "authorities") == "PER"


def test_officials_of_a_report_filed_from_the_capital():
    text = FILED + "Officials said the hotel would stay closed for a week."
    assert country_of(text, "officials") == "PER"


def test_authorities_of_a_report_filed_there_but_near_another_country_are_left():
    # a guard: the lines around name Chile and Bolivia too
    text = FILED + "Chile and Bolivia sent doctors, and the authorities said the hotel was shut."
    assert country_of(text, "authorities") is None


def test_the_army_of_a_report_filed_from_the_capital():
    text = FILED + "The army said it had closed the roads to the north."
    assert country_of(text, "army") == "PER"


def test_security_forces_of_a_report_filed_from_the_capital():
    text = FILED + "Security forces said they had closed the roads to the north."
    assert country_of(text, "security forces") == "PER"


def test_the_army_where_another_states_forces_are_named_is_left():
    # a guard: Chilean troops are in the story, so a bare army may be either side's
    text = (
        "LIMA (Reuters) - Chilean troops crossed into the border zone on Monday. " + ROUNDUP + CALM
    )
    assert country_of(text + "The army said it had closed the roads.", "army") is None
