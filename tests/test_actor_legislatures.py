"""A state's legislature, or one of its chambers, is a record of kind government with role
legislature and sector LEG, as "Congress" and "the Knesset" (institutions) already were
(session 51): "the Dutch parliament" (a group noun before), "the Senate", "the Lower House",
"the House of Commons", "the National Assembly" (organisations before). A congress or an
assembly *of* something else, a house that is a firm or a building, a "hung parliament" and
a legislature of an international body keep their kind."""

from tests.stages import actor_named, actors_of


def test_a_parliament_named_by_its_country_is_a_government():
    text = (
        "The Dutch parliament voted on Tuesday to raise the pension age, and the Dutch "
        "parliament will debate the budget next week."
    )
    actor = actor_named(actors_of(text), "Dutch parliament")
    assert actor.kind == "government"
    assert (actor.sector, actor.role, actor.country) == ("LEG", "legislature", "NLD")


def test_a_senate_is_a_government():
    text = (
        "The Senate rejected the tariff bill on Thursday by 52 votes to 47, and the Senate "
        "will take up the farm bill in May."
    )
    actor = actor_named(actors_of(text), "Senate")
    assert actor.kind == "government"
    assert actor.role == "legislature"


def test_a_chamber_named_with_of_is_a_government():
    text = (
        "The House of Commons approved the fishing treaty on Monday after a long debate, "
        "and the House of Commons will sit again on Wednesday."
    )
    assert actor_named(actors_of(text), "House of Commons").kind == "government"


def test_a_congress_of_unions_is_no_legislature():
    # guard: "Congress of ..." names a federation, not a state's congress
    text = (
        "The Marlin Congress of Trade Unions called a strike on Friday, and the Marlin "
        "Congress of Trade Unions said dock workers would join."
    )
    assert actor_named(actors_of(text), "Marlin Congress of Trade Unions").kind == "organisation"


def test_a_firm_called_house_is_no_chamber():
    # guard: a publisher named "... House" is a firm, not a chamber of a legislature
    text = (
        "Brindle House, a publisher based in Leeds, said on Tuesday that it would print "
        "fewer books, and Brindle House cut forty jobs."
    )
    actors = actors_of(text)
    assert all(a.kind != "government" for a in actors.actors if "Brindle" in a.name)


def test_a_hung_parliament_is_no_government():
    # guard: an election's outcome, not a body that acts
    text = (
        "Pollsters said on Sunday that the vote in Norland would end in a hung parliament, "
        "and markets fell."
    )
    assert all(a.kind != "government" for a in actors_of(text).actors if "parliament" in a.name)
