"""Whose actor a mention is, and of what country (session 54): a group noun its own words place
in one country is never grouped with another country's group of that noun named before it; an
abbreviation the tokenizer keeps with its "-based" ("a U.S.-based charity") places the body
described. Every name, body and sentence here is invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.model import Actor, Article
from tests.stages import parse


def actors(text: str) -> list[Actor]:
    article = Article(id="t", text=text, published=dt.date(2021, 5, 3), source="reuters")
    return find_actors(parse(text), article).actors


def of_mention(found: list[Actor], text: str, nth: int = 0) -> Actor:
    """The actor of the ``nth`` mention whose words are ``text``."""
    mentions = sorted(
        ((m.start, a) for a in found for m in a.mentions if m.text == text), key=lambda p: p[0]
    )
    return mentions[nth][1]


def test_a_group_placed_by_its_own_words_is_not_another_countrys_named_before():
    text = (
        "The government of Norway said on Tuesday it would lower its fishing quotas. The "
        "Chilean government welcomed the step, and the government of Norway said more talks "
        "would follow in June."
    )
    found = actors(text)
    chilean = of_mention(found, "Chilean government")
    later = of_mention(found, "government", nth=1)
    assert later is not chilean
    assert later.country == "NOR"
    assert later is of_mention(found, "government", nth=0)


def test_a_bare_group_noun_still_refers_back_to_the_one_country_named():
    text = (
        "Chilean troops crossed the river on Monday. The troops set up camp near the bridge, "
        "officials said."
    )
    found = actors(text)
    assert of_mention(found, "troops") is of_mention(found, "Chilean troops")


def test_a_group_placed_in_the_same_country_still_joins_it():
    text = (
        "The Chilean government raised fuel prices on Monday. The government of Chile said "
        "prices would fall again next year."
    )
    found = actors(text)
    assert of_mention(found, "government") is of_mention(found, "Chilean government")


def test_a_us_based_charity_is_american_under_a_foreign_dateline():
    text = (
        "LONDON (Reuters) - The Brightwater Fund, a U.S.-based charity, said on Monday the "
        "British plan for the river would fail."
    )
    assert of_mention(actors(text), "The Brightwater Fund").country == "USA"


def test_a_firm_based_in_an_abbreviated_us_state_is_american():
    text = (
        "Harlow Pumps Inc, a N.J.-based maker of valves, said on Monday it would buy Tessel "
        "Ltd of Britain."
    )
    assert of_mention(actors(text), "Harlow Pumps Inc").country == "USA"


def test_a_person_based_in_washington_is_american():
    text = "Maren Olsby, a D.C.-based lawyer, said the British rules were unfair."
    assert of_mention(actors(text), "Maren Olsby").country == "USA"


def test_a_partys_national_committee_is_a_body_of_its_own():
    text = (
        "The Democratic National Committee said on Friday its servers had been breached. The "
        "DNC hired a security firm, and the Democratic Party's chairman, Olan Merrit, asked "
        "for calm."
    )
    found = actors(text)
    committee = of_mention(found, "The Democratic National Committee")
    assert committee.name == "Democratic National Committee"
    assert (committee.country, committee.sector) == ("USA", "PTY")
    assert of_mention(found, "DNC") is committee
    assert of_mention(found, "the Democratic Party") is not committee


def test_the_state_run_media_are_the_storys_countrys():
    text = (
        "Paraguay will close its border crossings for two days to keep the fever out, the "
        "state-run media reported on Sunday. Paraguay has no reported cases so far."
    )
    found = of_mention(actors(text), "state-run media")
    assert (found.country, found.country_basis) == ("PRY", "article")


def test_the_foreign_media_take_no_country_from_the_story():
    text = (
        "Paraguay will close its border crossings for two days, the foreign media reported on "
        "Sunday. Paraguay has no reported cases so far."
    )
    assert of_mention(actors(text), "foreign media").country is None


def test_the_group_whose_name_has_the_words_is_the_one_meant():
    text = (
        "Engineers of the Tessel Flow Group met on Monday. Scientists at Brisco University "
        "joined them. The flow group said the leak was larger than thought."
    )
    found = actors(text)
    assert of_mention(found, "The flow group").name == "Tessel Flow Group"


def test_a_terrorist_group_is_no_party_named_before():
    text = (
        "The Greenway Party said on Monday the attack was wrong. The terrorist group claimed "
        "the bombing on Tuesday."
    )
    found = actors(text)
    party = of_mention(found, "The Greenway Party")
    assert all(m.text != "The terrorist group" for m in party.mentions)


def test_a_nonprofit_group_is_no_firm_named_before():
    text = (
        "Harlow Oil Corp said on Monday it would pay $2 million. The nonprofit group called "
        "that too little."
    )
    firm = of_mention(actors(text), "Harlow Oil Corp")
    assert [m.text for m in firm.mentions] == ["Harlow Oil Corp"]


def test_a_ruling_coalition_is_no_one_party():
    text = "The Liberal Party won 30 seats. The ruling coalition said it would stay in office."
    party = of_mention(actors(text), "The Liberal Party")
    assert [m.text for m in party.mentions] == ["The Liberal Party"]


def test_a_militant_group_is_still_the_armed_group_named_before():
    text = (
        "The Nerin Front, a militant group, attacked a post on Monday. The militant group "
        "said it would strike again."
    )
    found = actors(text)
    assert of_mention(found, "The militant group") is of_mention(found, "The Nerin Front")


def test_a_school_in_a_town_of_an_abbreviated_us_state_is_american():
    text = (
        "LONDON (Reuters) - Students at Kessler Elementary School in Dunmore, Pa., said the "
        "rules were unfair. Kessler Elementary School closed on Friday."
    )
    assert of_mention(actors(text), "Kessler Elementary School").country == "USA"


def test_a_breakaway_group_may_be_a_body_above_states():
    text = (
        "Ines Varga said the Group of Seven had some common ground with the big tin buyers. "
        "The breakaway group believes the old quota system is unfair."
    )
    found = actors(text)
    assert of_mention(found, "The breakaway group") is of_mention(found, "Group of Seven")
