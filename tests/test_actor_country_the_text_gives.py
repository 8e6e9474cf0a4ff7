"""The country the words of the text give an actor, before any guess (session 52): a body of a
name several countries' bodies share takes the one home the knowledge gives the other bodies of
its list ("NBC, ABC and CBS"); a state's forces owned by "its" are of the country that is the
subject of the clause above ("Chile said its troops"); a nationality the parse hung on the noun
after a group's own words is the group's ("Peruvian air force planes")."""

from tests.stages import actors_of


def _actor(text: str, name: str):
    return next(a for a in actors_of(text).actors if a.name == name)


def test_a_body_of_a_shared_name_takes_the_one_home_of_its_list():
    text = (
        "Floods swept through the valleys of Guatemala on Sunday. A benefit concert for the "
        "survivors was shown on several channels including NBC, ABC and CBS on Friday."
    )
    assert _actor(text, "ABC").country == "USA"


def _countries(text: str, name: str) -> set[str | None]:
    # (an acronym nothing vouches for may make no record at all since session 54: no home
    # either way)
    return {a.country for a in actors_of(text).actors if a.name == name}


def test_a_list_of_bodies_of_two_homes_gives_none():
    # guard: CNN is American, the BBC British: the list says nothing of ABC's home
    text = (
        "Floods swept through the valleys of Guatemala on Sunday. A benefit concert for the "
        "survivors was shown on several channels including CNN, ABC and the BBC."
    )
    assert not _countries(text, "ABC") & {"USA", "GBR"}


def test_a_list_with_a_body_left_unnamed_gives_none():
    # guard: the model names no body "CNN" here; the BBC alone is not the list's one home
    text = (
        "Floods swept through the valleys of Guatemala on Sunday. A benefit concert for the "
        "survivors was shown on several channels including BBC, ABC and CNN."
    )
    assert "GBR" not in _countries(text, "ABC")


def test_forces_owned_by_its_are_of_the_country_that_speaks():
    text = (
        "Chile said on Tuesday its troops had cleared the mountain pass after two days of "
        "fighting with smugglers near the border."
    )
    assert _actor(text, "troops").country == "CHL"


def test_a_nationality_before_a_forces_name_of_two_words_is_the_forces():
    text = "Peruvian air force planes bombed a camp of the smugglers on Tuesday, officials said."
    assert _actor(text, "Peruvian air force").country == "PER"
