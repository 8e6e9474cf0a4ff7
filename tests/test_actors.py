from tests.stages import actor_named, actors_of


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
    actors = actors_of("Ukrainian officials said Ukraine would talk to Japan.")
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
