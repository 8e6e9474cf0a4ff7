"""Session 50: each one of a people is no state ("every Egyptian", "one Briton"); the field of
an office is no body ("Agriculture Minister X", "professor of Religion at Y"); the state that
owns a body comes before the places its name holds; a past title is never today's holder.
Sentences written for dateline (invented people and bodies)."""

from tests.stages import actors_of


def mentions_of(text: str, word: str) -> list[tuple[str, str | None]]:
    """(kind, country) of every actor that has a mention reading ``word``."""
    return [
        (a.kind, a.country)
        for a in actors_of(text).actors
        if any(m.text == word for m in a.mentions)
    ]


def test_every_one_of_a_people_is_no_government():
    text = "Every Egyptian knows the price of bread, a baker in Cairo said on Monday."
    assert mentions_of(text, "Egyptian") == []


def test_no_one_of_a_people_is_no_government():
    text = "No American would ever accept that, Governor Dana Ruiz said in Austin."
    assert mentions_of(text, "American") == []


def test_one_briton_who_died_is_no_country():
    text = "One Briton is confirmed dead in the crash, the Foreign Office said in London."
    assert mentions_of(text, "Briton") == []


def test_each_one_of_a_people_is_no_country():
    text = "Each Kenyan will get a vote, the election board in Nairobi said on Friday."
    assert mentions_of(text, "Kenyan") == []


def test_a_people_named_with_the_for_its_state_stays_the_government():
    text = "The French rejected the proposal, the minister said in Brussels on Monday."
    assert mentions_of(text, "French") == [("government", "FRA")]


def test_a_field_of_a_professorship_is_no_part_of_the_university():
    text = (
        "Lena Ortiz is professor of Political Science at Kestrel University in Ohio. "
        "She spoke on Monday."
    )
    names = {a.name for a in actors_of(text).actors}
    assert "Kestrel University" in names
    assert not any(name.startswith("Political Science") for name in names)


def test_a_university_named_with_its_campus_keeps_its_whole_name():
    text = "Ana Brill studied at the University of Illinois at Urbana-Champaign, she said."
    names = {a.name for a in actors_of(text).actors}
    assert "University of Illinois at Urbana-Champaign" in names


def test_the_field_of_a_ministers_title_is_no_body():
    text = (
        "BERLIN, March 3 - Agriculture Minister Hans Kohl said farm prices would fall. "
        "Belgian Foreign Trade Minister Herman Vos said talks would resume."
    )
    actors = actors_of(text).actors
    names = {a.name for a in actors}
    assert not names & {"Agriculture", "Belgian Foreign Trade"}
    assert next(a for a in actors if a.name == "Herman Vos").country == "BEL"


def test_a_portfolio_after_a_possessive_names_the_ministers_own_state():
    text = (
        "JAKARTA, March 3 - Indonesia's Mining and Energy Minister Tomo Sastro said output "
        "would fall. Brazil's Trade and Industry Minister Jose Ramos said exports rose."
    )
    actors = actors_of(text).actors
    names = {a.name for a in actors}
    assert not names & {"Mining and Energy", "METI", "Trade and Industry"}
    assert next(a for a in actors if a.name == "Tomo Sastro").country == "IDN"
    assert next(a for a in actors if a.name == "Jose Ramos").country == "BRA"


def test_a_known_department_before_a_secretary_stays():
    text = "Homeland Security Secretary Janet Vale said the border would stay open."
    names = {a.name for a in actors_of(text).actors}
    assert "Department of Homeland Security" in names


def test_the_owner_of_a_party_outranks_the_words_of_its_name():
    text = "KHARTOUM, May 2 - Sudan's ruling National Congress Party won the vote, officials said."
    party = next(a for a in actors_of(text).actors if a.name == "National Congress Party")
    assert party.country == "SDN"


def test_a_then_president_is_not_the_president_of_the_article_s_day():
    text = "WASHINGTON, May 5 - Aides met Ukraine's then-president in Kiev in 2012, a report said."
    holders = [
        a
        for a in actors_of(text).actors
        if any(m.text == "Ukraine's then-president" for m in a.mentions)
    ]
    assert all(a.country_basis != "known" for a in holders)


def test_an_owner_of_another_name_before_a_body_is_not_its_owner():
    text = (
        "Investors such as China's PetroChina or Kuwait Petroleum could be interested in the "
        "field, analysts in London said."
    )
    firm = next(a for a in actors_of(text).actors if a.name == "Kuwait Petroleum")
    assert firm.country != "CHN"


def test_a_commissioners_body_before_the_title_stays():
    text = (
        "That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front "
        "page. Krebs said he stood by it."
    )
    names = {a.name for a in actors_of(text).actors}
    assert "Thomas Krebs" in names


def test_a_platform_named_only_as_a_medium_is_no_actor():
    text = (
        "The video was shown on all major US TV channels, YouTube, MySpace and on MTV in the "
        "UK. Lena Ruiz wrote on Twitter that she was safe."
    )
    names = {a.name for a in actors_of(text).actors}
    assert not names & {"MySpace", "YouTube", "Twitter", "X"}


def test_a_platform_that_acts_stays():
    text = "Twitter suspended the account on Monday, a spokesman in San Francisco said."
    assert any(m.text == "Twitter" for a in actors_of(text).actors for m in a.mentions)


def test_a_nationality_before_a_capitalised_portfolio_is_the_ministers():
    text = (
        "BERN, March 4 - Brazilian Finance Minister Dario Lemos met his Swiss counterpart "
        "Otto Brandli, Swiss Economics Minister\nJean-Marc Duvoisin and National Bank "
        "President Pierre\nLautre on the fourth leg of a tour to discuss the debt."
    )
    minister = next(a for a in actors_of(text).actors if a.name == "Jean-Marc Duvoisin")
    assert minister.country == "CHE"


def test_a_country_ending_the_item_before_a_list_s_last_minister_is_not_his():
    text = (
        "The meeting was attended by Ana Ruiz, assistant energy secretary of Mexico and\n"
        "Energy Minister Tomas Vergara of Colombia, officials said in Quito."
    )
    minister = next(a for a in actors_of(text).actors if a.name == "Tomas Vergara")
    assert minister.country != "MEX"
