"""The place that modifies a person's employer ("an analyst at Boston investment firm X") is
the person's country; a name only standing before a ship's or rig's noun ("the Marlin Crest
rig spill") is the vessel's, even when an earlier article was read as naming a person so."""

import datetime as dt

from dateline.actors import ActorRegistry, find_actors
from dateline.language import parse
from dateline.model import Actor, Article
from tests.stages import actor_named, actors_of


def test_the_town_of_the_employers_firm_is_the_persons_country():
    text = (
        '"It looks good for the company," said Dana Pruitt, analyst at Boston investment '
        "firm Halvard Research."
    )
    assert actor_named(actors_of(text), "Dana Pruitt").country == "USA"


def test_the_nationality_of_the_employers_consultancy_is_the_persons_country():
    text = "Omar Keel, an economist with a London consultancy, said the deal was fair."
    assert actor_named(actors_of(text), "Omar Keel").country == "GBR"


def test_a_place_the_employer_is_only_in_gives_no_country():
    # guard: "a firm in Paris" says where the firm is, not whose the banker is
    text = "Dana Pruitt, a banker at a firm in Paris, said the deal was fair."
    assert actor_named(actors_of(text), "Dana Pruitt").country is None


def read(text: str, registry: ActorRegistry):
    return find_actors(
        parse(text), Article(id="t", text=text, published=dt.date(2024, 5, 2)), registry
    )


def test_a_rigs_name_learned_as_a_person_is_still_no_person_before_its_noun():
    registry = ActorRegistry()
    registry.learn(
        [Actor(id="x", name="Marlin Crest", kind="person", country="GBR", country_basis="text")],
        dt.date(2024, 5, 1),
    )
    later = read(
        "The firm faces scrutiny over its role in the massive Marlin Crest rig spill.", registry
    )
    assert all(a.name != "Marlin Crest" for a in later.actors)


def test_a_learned_person_named_as_himself_stays():
    # guard: the same learned name as the subject of a verb is the person
    registry = ActorRegistry()
    registry.learn(
        [Actor(id="x", name="Marlin Crest", kind="person", country="GBR", country_basis="text")],
        dt.date(2024, 5, 1),
    )
    later = read("Marlin Crest said on Monday that the rig was safe.", registry)
    assert any(a.name == "Marlin Crest" for a in later.actors)


def test_the_agency_credited_with_the_report_is_no_actor():
    text = (
        "Engineers said on Monday the leak at the Tarrow field was slowing. The Associated "
        "Press contributed to this report."
    )
    assert all("Associated Press" not in a.name for a in actors_of(text).actors)


def test_an_agencys_initials_alone_on_a_line_are_no_actor():
    text = "Engineers said on Monday the leak at the Tarrow field was slowing.\nAP\n"
    assert all(a.name not in ("AP", "Associated Press") for a in actors_of(text).actors)


def test_initials_opening_a_headline_stay():
    # guard: an acronym that acts in a line of its own words
    text = "NATO agrees to send more ships to the gulf.\nOfficials said so on Monday."
    assert actor_named(actors_of(text), "NATO").kind == "organisation"


def test_industry_officials_are_no_government():
    text = (
        "The United States said on Monday the spill was serious. Industry officials say "
        "replacing the platform would cost up to 700 million dollars."
    )
    table = actors_of(text)
    assert all(a.sector != "GOV" for a in table.actors if "officials" in a.name)


def test_government_officials_stay_government():
    # guard: the officials of a state
    text = (
        "The United States said on Monday the spill was serious. Government officials say "
        "replacing the platform would take a year."
    )
    assert actor_named(actors_of(text), "Government officials").sector == "GOV"


def test_a_country_that_accounts_for_a_share_is_no_actor():
    text = (
        "The US government said on Monday it would fine the firm. As a whole, the United "
        "States accounts for about 30 percent of Norvane's output, according to analysts."
    )
    # the land whose share it is: no government, nor a country as a party
    assert all(a.name != "United States" for a in actors_of(text).actors)


def test_a_country_that_accounts_for_a_loss_to_lawmakers_still_acts():
    # guard: "accounted for the funds" (explained them) is a deed, not a share
    text = "The United States accounted for the missing funds in a report to Congress on Monday."
    assert actor_named(actors_of(text), "United States").kind in ("country", "government")


def test_a_name_with_an_island_in_apposition_is_no_person():
    text = (
        "Marlow Sands, a barrier island between Pensacola and the Alabama state line, likely "
        "would be the first place the oil reaches."
    )
    assert all(a.name != "Marlow Sands" for a in actors_of(text).actors)


def test_a_person_with_a_town_word_in_a_title_stays():
    # guard: a "town councillor" is a person
    text = "Ellen Marsh, a town councillor, said the beach was closed."
    assert actor_named(actors_of(text), "Ellen Marsh").kind == "person"


def test_the_company_is_not_a_programme_named_before():
    text = (
        "Tourism brings in 13 billion dollars, according to figures from Paul Renner of the "
        "Coastal Tide Economics Program. The company has three of its own shrimping boats."
    )
    table = actors_of(text)
    programme = actor_named(table, "Coastal Tide Economics Program")
    assert [m.text for m in programme.mentions] == ["the Coastal Tide Economics Program"]


def test_the_company_is_the_firm_named_before():
    # guard: a firm's name of no known sector still takes "the company"
    text = (
        "Tourism brings in 13 billion dollars, according to Paul Renner of Halvard Marine. "
        "The company has three of its own shrimping boats."
    )
    assert len(actor_named(actors_of(text), "Halvard Marine").mentions) == 2


def test_a_company_spokesman_is_of_the_company_named_last():
    text = (
        "Chevron said on Monday it would pay for the clean-up. A Chevron spokeswoman did not "
        "return a call, but company spokesman Arlo Pennick told a paper the plan had changed."
    )
    pennick = actor_named(actors_of(text), "Arlo Pennick")
    assert (pennick.country, pennick.sector) == ("USA", "BUS")


def test_a_company_spokesman_with_no_company_named_has_none():
    # guard: no company in the text, no country
    text = (
        "Officials said on Monday the plan would work, and company spokesman Arlo Pennick agreed."
    )
    assert actor_named(actors_of(text), "Arlo Pennick").country is None


def test_the_press_of_a_story_is_of_its_country():
    text = (
        "Federal officials in Washington said on Monday the US spill was growing. The company "
        "barred its cleanup workers from talking to the press."
    )
    assert actor_named(actors_of(text), "press").country == "USA"


def test_the_foreign_press_takes_no_guess():
    # guard: a press the text says is another country's
    text = (
        "Federal officials in Washington said on Monday the US spill was growing. The company "
        "barred its cleanup workers from talking to the foreign press."
    )
    assert all(a.country is None for a in actors_of(text).actors if "press" in a.name)


def test_the_agency_credited_after_a_reporters_line_is_no_actor():
    text = (
        "Engineers said on Monday the leak was slowing. Fox News' Dale Orr\n"
        "The Associated Press contributed to this report."
    )
    assert all("Associated Press" not in a.name for a in actors_of(text).actors)


def test_officials_of_a_ministry_of_industry_are_no_business():
    # guard: "Industry" is a word of the ministry's name
    text = (
        "Ministry of Commerce and Industry officials said on Monday that Japan would cut "
        "its exports of steel."
    )
    assert all(a.sector != "BUS" for a in actors_of(text).actors if "officials" in a.name)
