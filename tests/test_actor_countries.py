"""The country of a person, body or group (issue 21): where an envoy is sent is not their
country, a group owned by a country or named again after its nationality takes it, bodies of
the US Congress are American in a foreign story, a state office-holder in a round-up takes the
country the lines before name, and a clause's place is not the country of troops sent there.
Sentences written for dateline (fictional people)."""

import datetime as dt

from dateline.actors import ActorTable, find_actors
from dateline.language import parse
from tests.stages import article


def actors_of(text: str, date: str = "2011-02-03") -> ActorTable:
    return find_actors(parse(text), article(text, dt.date.fromisoformat(date)))


def found(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.country) for a in actors_of(text).actors}


def test_an_ambassador_to_a_country_is_of_the_country_that_sends_him():
    text = (
        "U.S. Ambassador to Japan Maria Kessel said the talks would resume in March. "
        "Japan's prime minister agreed to the date."
    )
    actors = found(text)
    assert actors["Maria Kessel"] == ("person", "USA")
    # the description is its holder on the date (Naoto Kan since the session 46 knowledge)
    assert actors["Naoto Kan"] == ("person", "JPN")


def test_an_envoy_described_before_the_comma_is_of_the_sender_not_the_destination():
    table = actors_of(
        "The U.S. envoy to Egypt, Tom Harker, met officials in Cairo. Egypt's army said."
    )
    harker = next(a for a in table.actors if a.name == "Tom Harker")
    assert harker.country == "USA"
    assert harker.role == "envoy"
    assert any("envoy" in m.text for m in harker.mentions)


def test_a_role_of_a_country_before_the_comma_gives_that_country():
    actors = found("The president of Peru, Ramon Ostra, said the talks had failed.")
    assert actors.get("Ramon Ostra") == ("person", "PER")


def test_a_spokesman_for_a_state_body_before_the_comma_is_of_that_state():
    actors = found(
        "A spokesman for the Pentagon, Kyle Brant, said troops would arrive in Haiti soon. "
        "Haiti's president thanked the donors."
    )
    assert actors.get("Kyle Brant") == ("person", "USA")


def test_troops_arriving_in_a_country_are_not_of_it():
    actors = found(
        "A spokesman for the Pentagon said troops would arrive in Haiti on Friday. "
        "Haiti's president thanked the donors."
    )
    assert actors.get("troops", ("group", None))[1] is None


def test_a_government_in_a_clause_placed_in_a_country_still_takes_it():
    actors = found("In Ecuador, the government has ordered schools to close for a week.")
    assert actors.get("government") == ("government", "ECU")


def test_a_group_a_country_owns_is_of_that_country():
    actors = found("Egypt's army said it would not fire on anyone in Cairo.")
    assert actors.get("army") == ("organisation", "EGY")  # one body: an organisation


def test_the_group_named_again_joins_the_group_of_its_nationality():
    table = actors_of(
        "Yemeni protesters marched through Sanaa on Friday. The protesters demanded that "
        "the president step down, and police watched."
    )
    groups = [a for a in table.actors if a.name.endswith("protesters")]
    assert len(groups) == 1
    assert groups[0].country == "YEM"
    assert len(groups[0].mentions) == 2


def test_the_group_named_again_after_two_nationalities_stays_unresolved():
    table = actors_of(
        "Israeli forces and Syrian forces exchanged fire near the border. "
        "The forces pulled back by evening."
    )
    named = {a.name: a for a in table.actors}
    assert len(named["Israeli forces"].mentions) == 1
    assert len(named["Syrian forces"].mentions) == 1


def test_bodies_of_the_us_congress_are_american_in_a_foreign_story():
    actors = found(
        "Egypt's government said the protests would end. Egyptian police fired tear gas in "
        "Cairo. The Senate Foreign Relations Committee said aid to Egypt would be reviewed, "
        "and the Joint Chiefs of Staff said they had spoken to Egypt's military."
    )
    assert actors["Senate Foreign Relations Committee"][1] == "USA"
    assert actors["Joint Chiefs of Staff"][1] == "USA"


def test_a_committee_of_the_house_of_commons_is_not_american():
    actors = found(
        "The House of Commons Foreign Affairs Committee said the embassy in Cairo was ready."
    )
    assert actors.get("House of Commons Foreign Affairs Committee", ("", None))[1] != "USA"


def test_an_office_holder_in_a_round_up_takes_the_country_the_lines_before_name():
    actors = found(
        "Officials in Atlanta confirmed 91 cases. Israel has its own reasons to dislike the "
        'name. Pork is forbidden under kosher rules. "We will call it Mexico flu," Deputy '
        "Health Minister Eli Sharoni said."
    )
    assert actors["Eli Sharoni"] == ("person", "ISR")


def test_an_office_holder_after_lines_naming_two_countries_takes_no_local_country():
    actors = found(
        "Officials in Atlanta confirmed 91 cases. Israel and Jordan closed their pork "
        'markets. "We will wait," Deputy Health Minister Eli Sharoni said.'
    )
    assert actors["Eli Sharoni"] == ("person", None)


def test_a_county_the_model_labels_a_place_is_no_country_record():
    actors = found("Marshall County sued the state over the levy, and the governor objected.")
    assert not any(kind == "country" and country is None for kind, country in actors.values())


def test_an_unknown_state_that_acts_stays_a_country_record():
    actors = found("Valdoria said it would close the border, and Kestria sent troops.")
    assert "Valdoria" in actors or any("Valdoria" in name for name in actors)


def test_an_office_holder_in_a_story_about_one_country_keeps_its_country():
    text = (
        "The Senate debated the budget in Washington on Tuesday. Democrats in Congress said "
        "the American plan was too costly. The U.S. House passed its version, and Americans "
        "want lower taxes, the White House said. Many lawmakers spent the afternoon on other "
        "business and on long speeches about roads, schools and the cost of care for older "
        "voters in their home states. The debate ran late into the night, with long pauses "
        "for votes on amendments that few had read and fewer still would support. Some "
        "members left early to catch flights home, while others stayed to trade barbs with "
        'reporters in the halls. Trade with Mexico was also discussed. "This is not the '
        'time," Sen. Dana Whitlock said.'
    )
    assert found(text)["Dana Whitlock"] == ("person", "USA")


def test_a_former_office_holder_described_before_the_comma_is_former():
    table = actors_of(
        "Such cases are rare, although a former U.S. congressman, Mark Telford, pleaded "
        "guilty in 2010. Telford served one year in prison."
    )
    telford = next(a for a in table.actors if a.name == "Mark Telford")
    assert telford.role == "former congressman"
    assert telford.country == "USA"


def test_a_campaign_group_the_model_takes_for_a_person_is_an_organisation():
    actors = found(
        "Greenpeace said a spill off Norway would wreak havoc. Greenpeace is calling for a "
        "moratorium on deep sea drilling."
    )
    assert actors["Greenpeace"] == ("organisation", None)


def test_a_name_before_a_role_after_its_comma_is_a_person():
    actors = found(
        'Keiji Fukuda, acting WHO director general for health security, said: "The world '
        'is better prepared."'
    )
    assert actors.get("Keiji Fukuda", ("",))[0] == "person"


def test_a_company_described_after_its_comma_stays_an_organisation():
    actors = found("Kestrel Motors, the largest carmaker in the region, said sales fell.")
    assert actors.get("Kestrel Motors", ("",))[0] == "organisation"
