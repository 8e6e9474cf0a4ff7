"""Precision of actor records (issue 21, session 26): countries named as places, nationalities
of groups, governments and reporters, things named like organisations, the names an
organisation went by on the article's date, and no guessed country for companies."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import actors_of, article
from tests.test_actor_corrections import corrected


def by_name(table) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.country) for a in table.actors}


def test_a_country_only_said_to_be_where_something_is_is_no_actor():
    table = actors_of("Relief flights are stuck in Haiti, and thousands wait across Haiti.")
    assert "Haiti" not in by_name(table)


def test_a_country_that_acts_or_is_dealt_with_stays_an_actor():
    # since session 30 the country that asks is its government (a record of its own); since
    # session 42 so is the one talks are held with, and the one aid goes to stays the country
    table = actors_of("Haiti asked for help, and donors held talks with Haiti on Monday.")
    kinds = sorted((a.kind, a.country, len(a.mentions)) for a in table.actors if a.name == "Haiti")
    assert kinds == [("government", "HTI", 2)]
    table = actors_of("Haiti asked for help, and donors sent aid to Haiti on Monday.")
    kinds = sorted((a.kind, a.country, len(a.mentions)) for a in table.actors if a.name == "Haiti")
    assert kinds == [("country", "HTI", 1), ("government", "HTI", 1)]


def test_a_plural_demonym_is_people_of_the_country_not_the_state():
    table = actors_of("The blast killed 300 Haitians near the port.")
    assert by_name(table) == {"Haitians": ("group", "HTI")}
    assert table.actors[0].sector == "CVL"


def test_a_nationality_before_a_group_is_its_country_and_no_second_actor():
    table = actors_of("Haitian officials said the harbour would reopen on Friday.")
    assert by_name(table) == {"Haitian officials": ("group", "HTI")}
    table = actors_of("Malian soldiers fired into the air, and Mali later denied it.")
    assert by_name(table)["Malian soldiers"] == ("group", "MLI")
    mali = next(a for a in table.actors if a.name == "Mali")
    assert [m.text for m in mali.mentions] == ["Mali"]


def test_an_organisation_named_as_a_government_is_a_government():
    table = actors_of("Residents hope the UK Government will act quickly on the flooding.")
    assert by_name(table)["UK Government"] == ("government", "GBR")


def test_the_nations_of_the_united_kingdom_are_british_not_irish():
    table = actors_of("The Northern Ireland Executive met on Tuesday to discuss the budget.")
    assert by_name(table)["Northern Ireland Executive"] == ("organisation", "GBR")


def test_a_name_after_an_outlets_possessive_is_its_reporter_of_its_country():
    labels, log = corrected(
        "The BBC's Tamsin Arkwright, in Nairobi, says the talks stalled.",
        [("BBC", "ORG"), ("Tamsin Arkwright", "ORG")],
    )
    assert labels["Tamsin Arkwright"] == "PERSON"
    assert log == [("reporter_of_outlet", "Tamsin Arkwright")]
    table = actors_of("The BBC's Tamsin Arkwright in Nairobi says Kenya closed the border.")
    reporter = next(a for a in table.actors if a.name == "Tamsin Arkwright")
    assert (reporter.kind, reporter.country) == ("person", "GBR")  # not the story's KEN


def test_a_capitalised_reader_name_after_a_comment_time_stamp_is_no_actor():
    labels, log = corrected(
        "At 10:41 on 2 May 2009, Quellborne wrote: the coverage was calm.",
        [("Quellborne", "PERSON")],
    )
    assert labels == {} and log == [("address", "Quellborne")]
    labels, _ = corrected("Later, Quellborne wrote: no.", [("Quellborne", "PERSON")])
    assert labels == {"Quellborne": "PERSON"}  # no time stamp: a person who wrote


def test_a_capitalised_role_before_a_comma_titles_the_name_after_it():
    table = actors_of("Wales's Transport Minister, Gwenllian Pryce, called the delay unacceptable.")
    minister = next(a for a in table.actors if a.name == "Gwenllian Pryce")
    assert minister.country == "GBR" and minister.role == "minister"
    assert "Wales's Transport Minister" in {m.text for m in minister.mentions}


def test_diseases_and_laws_named_like_organisations_are_no_actors():
    labels, log = corrected(
        "Fear of Influenza A/H1N1 grew in the region.", [("Influenza A/H1N1", "ORG")]
    )
    assert labels == {} and log == [("thing", "Influenza A/H1N1")]
    labels, _ = corrected("They debated the Clean Rivers Act.", [("Clean Rivers Act", "ORG")])
    assert labels == {}
    labels, _ = corrected("Bill Okafor said no.", [("Bill Okafor", "PERSON")])
    assert labels == {"Bill Okafor": "PERSON"}  # a first name, not a bill


def test_an_organisation_has_the_name_it_went_by_on_the_articles_date():
    text = "Twitter suspended the accounts on Monday."
    then = find_actors(parse(text), article(text, dt.date(2016, 5, 2)))
    now = find_actors(parse(text), article(text, dt.date(2024, 5, 2)))
    assert [a.name for a in then.actors] == ["Twitter"]
    assert [a.name for a in now.actors] == ["X"]


def test_a_company_takes_the_storys_country_only_as_a_guess_and_a_known_one_its_own():
    # since session 51 an unknown firm of a story that is no foreign coverage takes the story's
    # country, marked as the article's guess (in the pools right about 5 times in 6); a known
    # firm keeps its own
    text = (
        "Norland Drilling Inc said the well in Mexico was capped. Mexico thanked the crews, "
        "and Mexico's navy and Mexico's coast guard stayed nearby."
    )
    company = next(a for a in actors_of(text).actors if a.name == "Norland Drilling Inc")
    assert (company.country, company.country_basis) == ("MEX", "article")
    bp = next(a for a in actors_of("BP said the spill off Louisiana was slowing.").actors)
    assert (bp.name, bp.country) == ("BP", "GBR")


def test_countries_listed_after_a_place_preposition_are_all_places():
    table = actors_of("Cases rose in Peru, Chile and Bolivia over the weekend.")
    assert by_name(table) == {}


def test_a_lone_capitalised_word_that_never_acts_is_no_person():
    table = actors_of("And then, Voila! The pump ran again.")
    assert all(a.kind != "person" for a in table.actors)
    table = actors_of("Ostrander said the pump ran again.")  # the subject of a verb: kept
    assert by_name(table) == {"Ostrander": ("person", None)}


def test_a_group_word_modifying_another_noun_is_no_group():
    table = actors_of("Heavy media coverage of the outbreak worried the airlines.")
    assert "media" not in by_name(table)


def test_officials_of_an_international_body_are_of_no_country_and_sector_igo():
    text = "UN officials said Haiti needed more tents. Haiti asked for tents, and Haiti got them."
    officials = next(a for a in actors_of(text).actors if a.name == "UN officials")
    assert (officials.country, officials.sector) == (None, "IGO")


def test_unnamed_officials_take_the_country_the_story_is_about_but_troops_do_not():
    text = "Officials said the port would reopen. Haiti asked for fuel, and Haiti got it."
    assert by_name(actors_of(text))["Officials"] == ("group", "HTI")
    text = "Troops patrolled the port. Haiti asked for fuel, and Haiti got it."
    # troops take no guess; as a side in an event ("patrolled") they stay, of no country
    assert by_name(actors_of(text))["Troops"] == ("group", None)
    # troops of no country that neither act nor take part in an event are no record
    text = "The port was full of troops. Haiti asked for fuel, and Haiti got it."
    assert "Troops" not in by_name(actors_of(text))


def test_a_capitalised_phrase_opening_with_a_is_no_name():
    labels, log = corrected("I have a Titanium Knee Joint now.", [("a Titanium Knee Joint", "ORG")])
    assert labels == {} and log == [("thing", "a Titanium Knee Joint")]


def test_two_nationalities_before_a_group_stay_the_two_sides():
    table = actors_of("Peruvian and Chilean officials met on the border on Monday.")
    names = by_name(table)
    assert names["Peru"] == ("country", "PER") and names["Chile"] == ("country", "CHL")


def test_a_country_owning_an_organisation_is_its_country():
    text = "Kenya's Wildlife Board said the herd had crossed into Tanzania and back to Tanzania."
    board = next(a for a in actors_of(text).actors if a.name.endswith("Wildlife Board"))
    assert (board.country, board.country_basis) == ("KEN", "text")


# -- session 27: guesses kept to people the story is about, sectors of organisations' people,
# nationalities before names, and more things and places that are no actors -----------------


def test_a_person_only_named_in_passing_takes_no_guessed_country():
    table = actors_of(
        "Haiti asked donors for tents. Haiti's ports stayed shut, and aid for Haiti came "
        "from a concert with Mara Lindqvist and Joel Brandt."
    )
    # named in passing, with nothing said of them: no guessed country, and (since session
    # 29) no record at all
    people = {a.name: a.country for a in table.actors if a.kind == "person"}
    assert people == {}


def test_a_person_of_a_known_international_body_takes_no_guessed_country():
    table = actors_of(
        "Haiti asked donors for tents. Haiti's ports stayed shut. "
        "The ICRC's Pia Halvorsen said the camps were full."
    )
    person = next(a for a in table.actors if a.name == "Pia Halvorsen")
    assert (person.country, person.sector) == (None, "NGO")


def test_the_head_of_an_organisation_takes_its_sector_not_the_governments():
    table = actors_of(
        "The plan will fail, said Irma Castell, president of the Solvane Foundation, on Monday."
    )
    person = next(a for a in table.actors if a.name == "Irma Castell")
    assert (person.role, person.sector) == ("president", "NGO")
    table = actors_of("The plan will fail, said Irma Castell, president of the country, on Monday.")
    assert next(a for a in table.actors if a.name == "Irma Castell").sector == "GOV"


def test_a_nationality_before_a_name_is_the_persons_country():
    table = actors_of("Norwegian Kari Dahlberg won the final on Sunday.")
    assert by_name(table)["Kari Dahlberg"] == ("person", "NOR")
    table = actors_of("Some days are slow, Cambodian rice trader Sok Dara told a reporter.")
    assert by_name(table)["Sok Dara"] == ("person", "KHM")


def test_a_disease_named_alone_is_no_actor_but_a_fund_against_it_is():
    labels, log = corrected("Nets help to stop Malaria in the region.", [("Malaria", "ORG")])
    assert labels == {} and log == [("thing", "Malaria")]
    labels, _ = corrected(
        "The Fund to Fight Malaria gave money.", [("The Fund to Fight Malaria", "ORG")]
    )
    assert labels == {"The Fund to Fight Malaria": "ORG"}


def test_a_follow_line_names_the_pages_writer_not_an_actor():
    labels, log = corrected(
        "Follow Tessa Marlowe on Twitter for more.", [("Tessa Marlowe", "PERSON")]
    )
    assert labels == {} and log == [("byline", "Tessa Marlowe")]


def test_a_group_word_before_an_organisations_name_is_its_title_not_a_group():
    table = actors_of("Oil company Exxon cites studies that show no harm.")
    assert [a.kind for a in table.actors] == ["organisation"]


def test_a_country_travelled_to_is_a_place():
    table = actors_of("Many tourists flew back to Japan on Friday, and others went to Peru.")
    assert table.actors == ()


def test_the_media_modifying_a_noun_is_no_group_even_when_the_noun_is_parsed_as_a_verb():
    table = actors_of("Cruz hopes to get one last media splash from the tour.")
    assert "media" not in by_name(table)


def test_a_name_alone_on_its_line_is_a_signature_not_an_actor():
    labels, log = corrected(
        "The river rose again overnight.\n\nNell Harrow.", [("Nell Harrow", "PERSON")]
    )
    assert labels == {} and log == [("byline", "Nell Harrow")]


def test_a_name_before_an_organisation_word_is_the_organisations_name():
    labels, log = corrected(
        "Donations reached the Kofi Mensah foundation within hours.",
        [("Kofi Mensah", "PERSON")],
    )
    assert labels == {"Kofi Mensah foundation": "ORG"}
    assert log == [("person_naming_organisation", "Kofi Mensah")]


def test_a_place_labelled_name_with_a_role_in_apposition_is_a_person():
    labels, log = corrected(
        "The rule goes too far, Rui Fontes, legal director of the group, said.",
        [("Rui Fontes", "GPE")],
    )
    assert labels == {"Rui Fontes": "PERSON"} and log == [("described_person", "Rui Fontes")]


def test_a_lower_case_organisation_is_no_actor():
    labels, log = corrected("A group of kung-fu dancers met.", [("kung-fu", "ORG")])
    assert labels == {} and log == [("lowercase_organisation", "kung-fu")]


def test_a_company_named_with_its_legal_form_is_the_known_company():
    table = actors_of("The spill is the latest trouble for BP PLC, analysts said.")
    assert by_name(table)["BP"] == ("organisation", "GBR")


def test_a_place_inside_an_organisations_name_is_not_the_persons_country():
    table = actors_of(
        "Funding dried up, said Tom Kessler, the director of the Harte Institute for Gulf of "
        "Mexico Studies at a Texas university."
    )
    assert by_name(table)["Tom Kessler"][1] != "MEX"


def test_contributors_of_a_wire_report_and_time_zones_are_no_actors():
    labels, log = corrected(
        "Writers Ada Brandt in Houston and Joel Peck in Mobile contributed to this report.",
        [("Ada Brandt", "PERSON"), ("Joel Peck", "PERSON")],
    )
    assert labels == {} and [kind for kind, _ in log] == ["byline", "byline"]
    labels, log = corrected("At 2200 GMT the convoy left.", [("GMT", "ORG")])
    assert labels == {} and log == [("thing", "GMT")]


def test_a_capital_travelled_from_is_a_place_not_its_government():
    table = actors_of("It is a long way to travel from Mexico City to the coast.")
    assert table.actors == ()
