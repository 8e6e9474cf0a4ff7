"""Countries the text gives that session 42's rules did not reach (session 43, issue 21): a
nationality before the words that describe a person when the parse hangs them elsewhere
("Filipino boxer X"), a nationality in apposition with "the" ("X, the American,"), a known
international body's acronym before a title in small letters ("IAEA chief X"), a firm's share
code in wire copy ("<KEST.L>"), a known Russian body before 1992, "Rep. X" in a text naming the
United States, and well-known people of the knowledge. Sentences written for dateline; invented
names unless the person is a well-known one the knowledge lists."""

import datetime as dt

from dateline.actors import find_actors
from tests.stages import actor_named, article, parse


def actors_on(text: str, published: dt.date = dt.date(2016, 5, 1)):
    return find_actors(parse(text), article(text, published))


# -- a demonym before the words that describe a person --------------------------------------


def test_a_demonym_before_an_occupation_is_the_persons_country():
    text = (
        "LONDON — Britain's Foreign Office said on Monday it was worried. Filipino boxer "
        "Manny Pacquiao said he would fight again. British officials declined to comment."
    )
    assert actor_named(actors_on(text), "Manny Pacquiao").country == "PHL"


def test_a_demonym_before_a_war_veteran_is_no_nationality():
    # guard: "the Iraqi war veteran X" fought in Iraq; he is no Iraqi
    text = (
        "WASHINGTON — The U.S. Senate voted on Tuesday. The Iraqi war veteran Tom Brandt said "
        "he was angry. The U.S. Army said it would help."
    )
    veteran = actor_named(actors_on(text), "Tom Brandt")
    assert veteran.country != "IRQ" or veteran.country_basis != "text"


def test_a_demonym_before_a_teacher_is_no_nationality():
    # guard: "French teacher X" teaches French
    text = (
        "WASHINGTON — The U.S. Senate voted on Tuesday. French teacher Anne Colby said she "
        "agreed with the vote. The U.S. Army said it would help."
    )
    teacher = actor_named(actors_on(text), "Anne Colby")
    assert teacher.country != "FRA" or teacher.country_basis != "text"


def test_a_nationality_in_apposition_with_the_is_the_persons():
    text = (
        "LONDON — Britain said on Monday it would help. Jack Sokol, the American, said he was "
        "happy with the result. British fans cheered."
    )
    assert actor_named(actors_on(text), "Jack Sokol").country == "USA"


def test_a_whole_people_in_apposition_is_no_nationality_of_one_person():
    # guard: "the French" names a whole people, not one person's nationality
    text = (
        "LONDON — Britain said on Monday it would help. Jack Sokol, the French, said he was "
        "happy with the result. British fans cheered."
    )
    person = actor_named(actors_on(text), "Jack Sokol")
    assert person.country != "FRA" or person.country_basis != "text"


# -- an international body's acronym before a small-letter title --------------------------


def test_the_head_of_a_body_above_states_by_its_acronym_is_of_no_country():
    # (a well-known holder of the body's office: before, the title in small letters was
    # read as a state's "chief" and the person given the story's country)
    text = (
        "WASHINGTON — The United States said it would act. The IAEA said Iran had enriched "
        "more uranium. IAEA chief Yukiya Amano said inspectors would return. U.S. officials "
        "agreed."
    )
    chief = actor_named(actors_on(text), "Yukiya Amano")
    assert (chief.country, chief.sector) == (None, "IGO")


# -- share codes in wire copy ----------------------------------------------------------------


def test_a_london_share_code_makes_a_firm_british():
    text = (
        "Borland Plc <BORL.L>, the holder of 49 pct of Kestrel, has agreed with Lumen that "
        "Borland will not accept the offer. Lumen said Borland could sell later."
    )
    # (session 48: the short name "Borland" joins the firm named in full, "Borland Plc")
    firm = actor_named(actors_on(text, dt.date(1987, 4, 1)), "Borland Plc")
    assert firm.country == "GBR"
    assert [m.text for m in firm.mentions] == ["Borland Plc", "Borland", "Borland"]


def test_a_bare_share_code_makes_a_firm_american_and_a_tokyo_one_japanese():
    text = (
        "Kestrel Plc <KEST.L> said on Monday its profit rose. Lumen Corp <LUM> said it would "
        "buy the unit. Borealis Petroleum Ltd <BPL> agreed. Hoshino Electric Co Ltd <HOSH.T> "
        "declined to comment."
    )
    actors = actors_on(text, dt.date(1987, 4, 1))
    assert actor_named(actors, "Lumen Corp").country == "USA"
    assert actor_named(actors, "Hoshino Electric Co Ltd").country == "JPN"


def test_a_foreign_legal_form_keeps_a_bare_share_code_from_making_a_firm_american():
    # guard: a Canadian or British firm listed in New York has a bare code too
    text = "Borealis Petroleum Ltd <BPL> said it would sell its refinery for 40 mln dlrs."
    firm = actor_named(actors_on(text, dt.date(1987, 4, 1)), "Borealis Petroleum Ltd")
    assert firm.country != "USA"


# -- a known Russian body before 1992 ----------------------------------------------------


def test_a_known_russian_body_before_1992_is_soviet():
    text = (
        "The Soviet Union carried out a nuclear test early today, the official Tass news "
        "agency reported. Tass said the test was small."
    )
    assert actor_named(actors_on(text, dt.date(1987, 3, 11)), "TASS").country == "SUN"
    assert actor_named(actors_on(text, dt.date(2010, 3, 11)), "TASS").country == "RUS"


# -- "Rep. X" ---------------------------------------------------------------------------------


def test_a_house_member_by_his_abbreviated_title_is_american_in_a_text_naming_the_us():
    # in a wire mostly about Japan (the story's guess would be Japan's)
    text = (
        "Japan's exports rose in March, Japanese officials said. Japan will cut its tariffs on "
        "chips, the Japanese trade ministry said. Rep. Don Barker said the restrictions had "
        "cost the United States 17 billion dlrs in exports a year."
    )
    assert actor_named(actors_on(text, dt.date(1987, 3, 24)), "Don Barker").country == "USA"


# -- well-known people ------------------------------------------------------------------------


def test_well_known_people_take_their_country_from_the_knowledge():
    text = (
        "Sanders spoke on Thursday to a conference led by the Rev. Al Sharpton. Later the "
        "network's Jake Tapper asked him about the race."
    )
    actors = actors_on(text)
    assert actor_named(actors, "Al Sharpton").country == "USA"
    assert actor_named(actors, "Jake Tapper").country == "USA"
