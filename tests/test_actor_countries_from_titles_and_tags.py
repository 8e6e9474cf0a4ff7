"""Countries the text gives beside a name: a US legislator's party and state in any of the
ways outlets write them, a city before a title, and no country out of another place's name
("England" of "New England")."""

from tests.stages import actor_named, actors_of


def country_of(text: str, name: str) -> str | None:
    return actor_named(actors_of(text), name).country


def test_a_party_and_postal_code_after_a_senator_give_the_us():
    text = "Sen. Dora Vantreese (R-OK) and Mayor Tim Hollis walked in together."
    assert country_of(text, "Dora Vantreese") == "USA"


def test_a_party_and_state_in_treebank_brackets_give_the_us():
    text = "Rep. Lyle Bertrand -LRB- D-La . -RRB- said the fund would help fishermen ."
    assert country_of(text, "Lyle Bertrand") == "USA"


def test_a_city_before_a_title_gives_the_city_country():
    text = "Former Chicago Mayor Ned Palumbo and Paris Mayor Odile Sarrazin signed the letter."
    table = actors_of(text)
    assert actor_named(table, "Ned Palumbo").country == "USA"
    assert actor_named(table, "Odile Sarrazin").country == "FRA"


def test_new_england_is_not_england():
    text = (
        '"It is one more blow," says Carl Wrenfield, professor of history at Eastern '
        "New England College in Hartford."
    )
    assert country_of(text, "Carl Wrenfield") != "GBR"


def test_a_place_before_a_work_noun_before_the_name_gives_its_country():
    text = '"The claims will exceed the fund," said Texas-based trial lawyer Brent Kolwicz.'
    assert country_of(text, "Brent Kolwicz") == "USA"


def test_the_senator_is_the_senator_of_a_state_named_before():
    text = (
        "Sen. Ana Brisco , D-Fla . \n, and other lawmakers want the figures . \n"
        "An aide to Brisco said Wednesday that the senator is pressing for more video ."
    )
    mentions = [m.text for m in actor_named(actors_of(text), "Ana Brisco").mentions]
    assert "the senator" in mentions
