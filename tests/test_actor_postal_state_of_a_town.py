"""A US state's postal code or news abbreviation set off by a comma after a town ("Nashua,
NH", "Pasadena , CA") is the town's address, a place: no organisation record (session 51).
After a legislator's party it still gives the person's state."""

from tests.stages import actors_of


def test_a_postal_code_after_a_town_is_no_organisation():
    text = "She wore the shirt at a rally in Nashua, NH and drew cheers from the crowd."
    assert [a.name for a in actors_of(text).actors if a.name == "NH"] == []


def test_a_readers_signed_place_gives_no_organisation():
    text = (
        "Reader comments : \nMarta Lind , Pasadena , CA , USA I think the masks are useless . "
        "\nRaj , Tampa , FL , USA And so it begins ."
    )
    assert {a.name for a in actors_of(text).actors} & {"CA", "FL"} == set()


def test_a_legislators_party_tag_keeps_the_state():
    # guard: "(D-CA)" after a name is the legislator's party and state, not a town's address
    text = "Rep. Ana Ruiz (D-CA) said the bill would pass."
    ruiz = next(a for a in actors_of(text).actors if a.name == "Ana Ruiz")
    assert ruiz.country == "USA"


def test_a_postal_code_after_a_small_town_of_a_tour_listing_is_no_organisation():
    # the towns are no large towns the gazetteer knows, nor places the model labels
    text = (
        "The band will play twelve dates this summer.\n"
        "July 2 -- Harbor Pavilion, Wrenfield, NJ\n"
        "July 5 -- Cedar Hall, Maplewick, CT\n"
    )
    assert {a.name for a in actors_of(text).actors} & {"NJ", "CT"} == set()
