"""Session 47 (kinds): a place name no knowledge resolves is taken for a state only in a sentence
that speaks of a state's affairs (a border, troops, a government, a war, a treaty ...) or of a
political act (a verb or noun of the event lexicon: a demand, aid, a warning). Every state of
today's news is known, so a name the model labels a place that no knowledge holds is far more
often a firm ("Brindle's board met"), a person, a pollster or a product than a state. And a
known country is no party where a disaster hit it ("an earthquake hit X", as "X was hit by an
earthquake" already was) or where it labels a line of a tally ("Norway (14)"). The names and
figures below are invented."""

from tests.stages import actors_of


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in actors_of(text).actors}


def test_a_name_speaking_of_a_firms_shares_is_no_country():
    # fails before: "Kestria" was a country record of no code
    text = "Kestria said the shares of the firm rose by 4 percent on Monday."
    assert _kinds(text).get("Kestria") != "country"


def test_a_name_reporting_its_profit_is_no_country():
    # fails before: a firm's results
    text = "Valdoria said its third-quarter profit rose 12 percent on higher sales of tyres."
    assert _kinds(text).get("Valdoria") != "country"


def test_a_survivor_the_model_calls_a_place_is_no_country():
    # fails before
    text = "Valdoria is one of the lucky ones, her brother said of the survivor."
    assert _kinds(text).get("Valdoria") != "country"


def test_a_name_counting_billionaires_is_no_country():
    # fails before
    text = "Valdoria said that the number of billionaires in the region had doubled."
    assert _kinds(text).get("Valdoria") != "country"


def test_an_unknown_state_that_closes_its_border_stays_a_country():
    # guard: a state's affairs in the sentence
    kinds = _kinds("Valdoria said it would close the border, and Kestria sent troops.")
    assert kinds.get("Valdoria") == "country" and kinds.get("Kestria") == "country"


def test_an_unknown_state_at_war_stays_a_country():
    # guard: a war, an invasion are a state's affairs
    text = "Valdoria declared war on its neighbour after the talks collapsed."
    assert _kinds(text).get("Valdoria") == "country"
    assert _kinds("Kestria invaded its neighbour after the talks collapsed.").get("Kestria") == (
        "country"
    )


def test_a_republic_by_its_name_stays_a_country():
    # guard: the state's own name says what it is
    text = "In 1931 the Republic of Valdoria was founded, with Marta Quill as its head."
    kinds = _kinds(text)
    assert any(kind == "country" for name, kind in kinds.items() if "Valdoria" in name), kinds


def test_a_country_a_disaster_hit_is_no_party():
    # fails before: the object of "an earthquake hit" is where it struck
    text = "On Sunday a powerful earthquake hit Ecuador, and rescuers searched the rubble."
    assert "Ecuador" not in _kinds(text)


def test_a_country_an_army_hit_stays_a_party():
    # guard: the subject is an actor, not a disaster
    text = "Russian forces hit Ukraine with missiles on Sunday, officials said."
    assert "Ukraine" in _kinds(text)


def test_countries_of_a_tally_are_no_parties():
    # fails before: the first of a tally's lines was a party of "include"
    text = (
        "Confirmed cases outside the region include Norway (14), Portugal (9) and Chile (3), "
        "the agency said."
    )
    kinds = _kinds(text)
    assert "Norway" not in kinds and "Portugal" not in kinds and "Chile" not in kinds, kinds
