import datetime as dt

from dateline.actors import ActorTable, find_actors
from dateline.language import parse
from tests.stages import actor_named, actors_of, article


def actors_of_on(text: str, published: dt.date) -> ActorTable:
    return find_actors(parse(text), article(text, published))


def mention_texts(actor) -> list[str]:
    return [m.text for m in actor.mentions]


def test_surname_and_honorific_mentions_join_the_full_name():
    actors = actors_of(
        "Prime Minister Lena Varga met reporters on Monday. Ms. Varga said little. "
        "Varga left early."
    )
    varga = actor_named(actors, "Lena Varga")
    assert [m.text for m in varga.mentions] == ["Lena Varga", "Ms. Varga", "Varga"]
    assert varga.role == "prime minister" and varga.kind == "person"


def test_a_nationality_before_a_title_gives_the_country():
    actors = actors_of("German Chancellor Klaus Brenner arrived in Paris.")
    brenner = actor_named(actors, "Klaus Brenner")
    assert brenner.country == "DEU" and brenner.role == "chancellor" and brenner.sector == "GOV"


def test_countries_and_demonyms_are_one_country_actor():
    actors = actors_of("Ukrainian officials said aid to Ukraine and Japan would go on.")
    ukraine = actor_named(actors, "Ukraine")
    assert ukraine.kind == "country" and ukraine.country == "UKR"
    assert {m.text for m in ukraine.mentions} >= {"Ukraine"}
    assert actor_named(actors, "Japan").country == "JPN"


def test_an_institution_stands_for_its_government():
    actors = actors_of("The Kremlin said on Friday that talks would continue.")
    kremlin = actor_named(actors, "Kremlin")
    assert (kremlin.kind, kremlin.country) == ("government", "RUS")


def test_a_role_description_refers_back_to_the_person_holding_that_role():
    actors = actors_of(
        "Senior adviser Tomas Hale spoke first. Then Hale left. "
        "The aide later told reporters the meeting was over."
    )
    hale = actor_named(actors, "Tomas Hale")
    assert "The aide" in [m.text for m in hale.mentions]


def test_a_subject_pronoun_refers_to_the_last_person_who_was_a_subject():
    actors = actors_of("Maria Lopez met the mayor. She said the city was ready.")
    assert "She" in [m.text for m in actor_named(actors, "Maria Lopez").mentions]


def test_a_group_named_by_its_members_is_a_group_actor_with_a_sector():
    actors = actors_of("Russian state media reported the news.")
    media = actor_named(actors, "Russian state media")
    assert (media.kind, media.country, media.sector) == ("group", "RUS", "MED")


def test_every_mention_offset_points_at_its_text():
    text = "Mr. Aziz met President Nadia Karimova in Cairo. Karimova thanked him."
    for actor in actors_of(text).actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_a_former_office_holder_gets_canonical_name_and_role_on_the_articles_date():
    text = "President Joseph R. Biden Jr. emptied out the stockpile, he said."
    biden = actor_named(actors_of_on(text, dt.date(2025, 7, 4)), "Joe Biden")
    assert (biden.country, biden.role, biden.sector) == ("USA", "former president", "ELI")
    assert biden.country_basis == "known"


def test_a_description_with_no_antecedent_is_the_known_holder_on_that_date():
    text = "The U.S. president said the deal was done."
    assert "The U.S. president" in mention_texts(
        actor_named(actors_of_on(text, dt.date(2023, 5, 1)), "Joe Biden")
    )
    assert "The U.S. president" in mention_texts(
        actor_named(actors_of_on(text, dt.date(2025, 7, 1)), "Donald Trump")
    )


def test_capitals_acting_stand_for_their_governments():
    actors = actors_of("Moscow said on Friday that talks with Washington would continue.")
    moscow, washington = actor_named(actors, "Moscow"), actor_named(actors, "Washington")
    assert (moscow.kind, moscow.country, moscow.sector) == ("government", "RUS", "GOV")
    assert (washington.kind, washington.country) == ("government", "USA")


def test_a_capital_as_a_mere_place_is_not_an_actor():
    actors = actors_of("Talks opened in Moscow on Friday.")
    assert all(a.name != "Moscow" for a in actors.actors)


def test_a_possessive_surname_of_the_office_holder_is_that_person():
    text = "Trump's decision to pause the deliveries surprised Kyiv."
    actors = actors_of_on(text, dt.date(2025, 7, 4))
    trump = actor_named(actors, "Donald Trump")
    assert trump.kind == "person" and "Trump" in mention_texts(trump)


def test_a_pronoun_is_not_given_to_a_person_of_the_other_gender():
    actors = actors_of(
        "Mrs. Alma Lopez met Mr. Jorge Diaz on Monday. Diaz arrived late. "
        "She said the talks went well."
    )
    assert "She" in mention_texts(actor_named(actors, "Alma Lopez"))


def test_multiword_demonyms_and_states_give_the_country():
    actors = actors_of(
        "South Sudanese authorities released two men. Texas Sen. Dale Ruiz objected."
    )
    assert actor_named(actors, "South Sudanese authorities").country == "SSD"
    ruiz = actor_named(actors, "Dale Ruiz")
    assert (ruiz.country, ruiz.role) == ("USA", "senator")


def test_a_birthplace_is_not_the_country_of_the_phrase():
    actors = actors_of("The Afghan-born American envoy Rafi Noor met the delegation.")
    assert actor_named(actors, "Rafi Noor").country == "USA"


def test_a_person_without_stated_country_takes_the_articles_country_marked_as_a_guess():
    actors = actors_of(
        "Kenya's parliament met in Nairobi. Kenya will vote in May. "
        "Ann Mwangi said the vote was fair."
    )
    mwangi = actor_named(actors, "Ann Mwangi")
    assert (mwangi.country, mwangi.country_basis) == ("KEN", "article")


def test_a_phrase_refers_to_the_mention_nearest_its_head():
    text = "The Iranian-backed Islamic Jihad organization launched an attack."
    doc = parse(text)
    table = find_actors(doc, article(text))
    phrase = doc[0:6]
    assert table.get(table.in_span(phrase)).name != "Iran"


def test_an_office_of_an_international_body_and_an_east_asian_surname():
    text = "Chinese President Xi Jinping met the UN chief on Monday. Xi said the UN was useful."
    actors = actors_of_on(text, dt.date(2019, 1, 1))
    assert mention_texts(actor_named(actors, "Xi Jinping")) == ["Xi Jinping", "Xi"]
    assert mention_texts(actor_named(actors, "Antonio Guterres")) == ["the UN chief"]
    assert mention_texts(actor_named(actors, "United Nations")) == ["UN", "UN"]
