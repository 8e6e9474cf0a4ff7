"""One body named by a group noun, a minister's "the government", officials of a state's organ,
large companies of no stated country (sentences written for dateline)."""

from __future__ import annotations

from tests.stages import actors_of


def records(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.kind, a.country) for a in actors_of(text).actors]


def test_a_newspaper_is_an_organisation():
    found = records(
        "The Carrow group plans to open an office in Manila, a Hong Kong newspaper said."
    )
    assert ("Hong Kong newspaper", "organisation", "HKG") in found


def test_one_court_is_an_organisation_and_courts_a_group():
    found = records(
        "The court ruled that the Peruvian police had no right to hold him, and the courts "
        "of Lima stayed shut."
    )
    kinds = {name: kind for name, kind, _ in found}
    assert kinds.get("court") == "organisation"
    assert kinds.get("courts") == "group"


def test_a_minister_speaking_of_the_government_means_his_own():
    found = records(
        "Speaking to a meeting of engineers, French Prime Minister Paul Vernet said the "
        "government had not ruled out raising the capital of state firms. Japanese firms "
        "and German banks welcomed the plan."
    )
    assert ("government", "government", "FRA") in found


def test_the_government_in_what_a_diplomat_says_is_not_his():
    found = records(
        "The American ambassador, Tom Greer, said the government had failed to stop the "
        "smuggling. Bolivian farmers and Brazilian traders protested the charge."
    )
    assert ("government", "government", "USA") not in found


def test_officials_of_a_treasury_take_its_state():
    found = records(
        "Treasurer Ian Foley said Australian exports rose. Foley said that Treasury officials "
        "who studied the plan found it would add to the deficit in Australia."
    )
    assert ("Ian Foley", "person", "AUS") in found
    assert ("Treasury officials", "group", "AUS") in found


def test_large_companies_of_no_stated_country_are_of_their_home():
    found = records(
        "Fujitsu Ltd dominates the market for such machines, and Chrysler Corp said its sales "
        "rose 11 pct."
    )
    assert ("Fujitsu", "organisation", "JPN") in found
    assert ("Chrysler", "organisation", "USA") in found


def test_an_acronym_after_a_bodys_name_is_that_body_and_of_no_guessed_country():
    table = actors_of(
        "Talks opened at an International Millet Organisation, IMCO, council meeting, delegates "
        "said. The IMCO failed to agree on price rules in January. Ghana said it would leave "
        "the talks, and Ghanaian officials said prices were too low."
    )
    bodies = [(a.name, a.country, len(a.mentions)) for a in table.actors if a.kind != "group"]
    assert ("International Millet Organisation", None, 3) in bodies
    assert not any(name == "IMCO" for name, _, _ in bodies)


def test_an_acronym_in_brackets_joins_the_body_named_before_it():
    table = actors_of(
        "The International Millet Council (IMCO) said prices would fall. The IMCO cut its "
        "forecast again in May, and Malaysia said it would cut output."
    )
    named = {a.name: len(a.mentions) for a in table.actors if a.kind == "organisation"}
    assert named == {"International Millet Council": 3}


def test_the_official_after_an_unnamed_official_is_not_the_named_chairman_before():
    table = actors_of(
        "Small banks will meet Central Bank Chairman Piet Vanderhorst here tomorrow. "
        '"The loans must wait," a senior finance official said. The official, who asked '
        "that his name not be used, said a meeting was held yesterday."
    )
    person = next(a for a in table.actors if a.name == "Piet Vanderhorst")
    assert [m.text for m in person.mentions] == ["Piet Vanderhorst"]


def test_the_minister_is_still_the_minister_named_before():
    table = actors_of(
        "Interior Minister Ana Belmonte visited the camp on Monday. The minister said the "
        "tents would stay."
    )
    person = next(a for a in table.actors if a.name == "Ana Belmonte")
    assert [m.text for m in person.mentions] == ["Ana Belmonte", "The minister"]


def test_an_unnamed_holder_must_act_to_take_the_description():
    table = actors_of(
        "Tarmon met Mexican President Luis Orvanez on Wednesday. So golf is not what makes an "
        "effective president? A frank talk with the Mexican president was needed, Tarmon said."
    )
    person = next(a for a in table.actors if a.name == "Luis Orvanez")
    assert "the Mexican president" in [m.text for m in person.mentions]


def test_the_official_is_the_unnamed_one_even_past_a_chairman_named_between():
    table = actors_of(
        '"The loans must wait," a senior finance official said. Small banks will meet '
        "Central Bank Chairman Piet Vanderhorst here tomorrow. The official, who asked that "
        "his name not be used, said a meeting was held yesterday."
    )
    person = next(a for a in table.actors if a.name == "Piet Vanderhorst")
    assert [m.text for m in person.mentions] == ["Piet Vanderhorst"]


def test_a_sea_named_after_a_country_gives_no_one_that_country():
    found = records(
        "Darren Wilcott, BP's head of the claims operation for the Gulf of Mexico, admitted "
        "that claims were held up. Wilcott said BP was flexible."
    )
    assert ("Darren Wilcott", "person", "GBR") in found


def test_an_administration_named_after_its_president_is_his_countrys():
    found = records(
        "The United States may lift sanctions against Japan this month, Reagan Administration "
        "officials said. Japan said it would buy more chips."
    )
    assert ("Reagan Administration", "government", "USA") in found


def test_an_agency_named_administration_is_an_organisation_and_a_leaders_a_government():
    found = records(
        "The Reagan Administration said it would act, and the U.S. Administration agreed. "
        "The Farm Credit Administration said its loans fell."
    )
    assert ("Reagan Administration", "government", "USA") in found
    assert ("U.S. Administration", "government", "USA") in found
    assert ("Farm Credit Administration", "organisation", "USA") in found
