"""The actor registry: what one article says about an actor resolves the next article's names."""

import datetime as dt
import json

import pytest

from dateline.actors import ActorRegistry, RegistryFileError, find_actors
from dateline.language import parse
from dateline.model import Actor, Article


def read_actors(text: str, registry: ActorRegistry | None, day=dt.date(2024, 5, 2)):
    return find_actors(parse(text), Article(id="t", text=text, published=day), registry)


def person(name: str, country: str | None = None, role: str | None = None, **extra) -> Actor:
    basis = extra.pop("country_basis", "text" if country else None)
    return Actor(
        id="x", name=name, kind="person", country=country, role=role, country_basis=basis, **extra
    )


def test_a_bare_surname_in_a_later_article_is_the_person_learned_earlier():
    registry = ActorRegistry()
    read_actors("Chilean Foreign Minister Marta Ruiz said the talks had failed.", registry)
    later = read_actors("Ruiz told reporters on Tuesday that she would fly home.", registry)
    ruiz = next(a for a in later.actors if a.kind == "person")
    assert (ruiz.name, ruiz.country, ruiz.role) == ("Marta Ruiz", "CHL", "foreign minister")
    assert ruiz.country_basis == "registry"


def test_without_a_registry_the_bare_surname_stays_unresolved():
    later = read_actors("Ruiz told reporters on Tuesday that she would fly home.", None)
    assert all(a.name != "Marta Ruiz" and a.country != "CHL" for a in later.actors)


def test_bare_surnames_and_guessed_countries_are_not_learned():
    registry = ActorRegistry()
    registry.learn([person("Ruiz", "CHL")], dt.date(2024, 1, 1))
    registry.learn([person("Ana Ortiz", "PER", country_basis="article")], dt.date(2024, 1, 1))
    assert registry.lookup("Ruiz") is None
    assert registry.lookup("Ana Ortiz").country is None


def test_a_shared_surname_goes_to_the_dominant_person_only():
    registry = ActorRegistry()
    registry.learn([person("Ana Ortiz", "PER"), person("Luis Ortiz", "MEX")], dt.date(2024, 1, 1))
    assert registry.person_by_surname("Ortiz") is None  # one article each: ambiguous
    for day in range(2, 5):
        registry.learn([person("Ana Ortiz", "PER")], dt.date(2024, 1, day))
    assert registry.person_by_surname("ortiz").name == "Ana Ortiz"


def test_the_latest_role_wins_and_the_country_is_the_most_stated():
    registry = ActorRegistry()
    registry.learn([person("Ana Ortiz", "PER", "minister")], dt.date(2020, 1, 1))
    registry.learn([person("Ana Ortiz", "PER", "president")], dt.date(2023, 1, 1))
    registry.learn([person("Ana Ortiz", "CHL", "senator")], dt.date(2021, 1, 1))
    entry = registry.lookup("Ana Ortiz")
    assert (entry.role, entry.country, entry.articles) == ("president", "PER", 3)


def test_full_name_aliases_are_learned_but_descriptions_are_not():
    registry = ActorRegistry()
    registry.learn(
        [person("Ana Ortiz", "PER", aliases=("Ana M. Ortiz", "the Peruvian minister", "Ortiz"))],
        dt.date(2024, 1, 1),
    )
    assert registry.lookup("Ana M. Ortiz").name == "Ana Ortiz"
    assert registry.lookup("the Peruvian minister") is None


def test_a_registry_survives_saving_and_loading(tmp_path):
    registry = ActorRegistry()
    registry.learn(
        [
            person("Ana Ortiz", "PER", "minister", sector="GOV"),
            Actor(
                id="o",
                name="Andes Mining",
                kind="organisation",
                country="PER",
                country_basis="text",
            ),
        ],
        dt.date(2024, 1, 1),
    )
    path = tmp_path / "actors.json"
    registry.save(path)
    loaded = ActorRegistry.load(path)
    assert loaded.to_json() == registry.to_json()
    assert loaded.person_by_surname("Ortiz").role == "minister"
    assert loaded.lookup("andes mining").country == "PER"


def test_merging_two_workers_registries_adds_their_counts():
    first, second = ActorRegistry(), ActorRegistry()
    first.learn([person("Ana Ortiz", "PER", "minister")], dt.date(2024, 1, 1))
    second.learn([person("Ana Ortiz", "PER", "president")], dt.date(2024, 6, 1))
    second.learn([person("Luis Ortiz", "MEX")], dt.date(2024, 6, 1))
    first.merge(second)
    entry = first.lookup("Ana Ortiz")
    assert (entry.articles, entry.role, entry.countries) == (2, "president", {"PER": 2})
    assert first.lookup("Luis Ortiz").country == "MEX" and len(first) == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"format": "something else"}), "not a dateline actor registry"),
        (json.dumps({"format": "dateline-actor-registry", "version": 99}), "version 99"),
        (
            json.dumps(
                {"format": "dateline-actor-registry", "version": 1, "actors": [{"nom": "x"}]}
            ),
            "actor 1",
        ),
    ],
)
def test_a_bad_registry_file_is_an_error_naming_it(tmp_path, content, reason):
    path = tmp_path / "actors.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryFileError) as error:
        ActorRegistry.load(path)
    assert str(path) in str(error.value) and reason in str(error.value)


ORTIZ_ARTICLES = [
    Article(
        id="a",
        text="Peruvian Interior Minister Ana Ortiz resigned on Monday.",
        published=dt.date(2024, 5, 2),
    ),
    Article(
        id="b", text="Ortiz said on Tuesday that she had no regrets.", published=dt.date(2024, 5, 2)
    ),
]


def test_read_many_carries_what_an_article_says_of_an_actor_through_its_batch():
    from dateline.pipeline import read_many

    second = list(read_many(ORTIZ_ARTICLES))[1]
    assert any(a.name == "Ana Ortiz" and a.country == "PER" for a in second.actors)


def test_articles_of_different_batches_are_read_apart():
    from dateline.config import ReadConfig
    from dateline.pipeline import Reader

    second = list(Reader(ReadConfig(batch_size=1)).read_many(ORTIZ_ARTICLES))[1]
    assert not any(a.country == "PER" for a in second.actors)


def test_a_registry_given_to_the_reader_learns_from_each_article():
    from dateline.pipeline import Reader

    reader = Reader()
    registry = reader.registry()
    for article in ORTIZ_ARTICLES:
        reader.read(article, registry)
    learned = registry.lookup("Ana Ortiz")
    # she "resigned on Monday": no longer in office at the article's date (session 44)
    assert (learned.role, learned.country) == ("former interior minister", "PER")


def test_a_body_named_by_a_lower_case_description_is_not_learned():
    # "Chile said its army ..." makes a record "army" of Chile: no name, so a later article's
    # "Army" (another state's) is not that body
    registry = ActorRegistry()
    army = Actor(id="o", name="army", kind="organisation", country="CHL", country_basis="text")
    registry.learn([army], dt.date(2024, 1, 1))
    assert registry.lookup("Army") is None
