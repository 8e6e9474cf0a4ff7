"""A state's ministry, department or embassy named as an organisation is a record of kind
government, as "the foreign ministry" (a group noun) and "the State Department" (an
institution) already were (session 46): "the Ministry of Trade", "the Interior Department",
"the Norwegian Embassy", "the Foreign Office". Agencies, police and university departments,
rooms and firms named "Office" keep their kind."""

from tests.stages import actor_named, actors_of


def test_a_ministry_named_with_of_is_a_government():
    text = (
        "Peru's Ministry of Trade said on Monday that copper exports rose by a tenth, and "
        "the Ministry of Trade expects more growth next year."
    )
    actor = actor_named(actors_of(text), "Ministry of Trade")
    assert actor.kind == "government"
    assert actor.sector == "GOV"


def test_a_department_is_a_government():
    text = (
        "The Interior Department said on Tuesday it would open new leases off Alaska, and "
        "the Interior Department will hold a sale in June."
    )
    assert actor_named(actors_of(text), "Interior Department").kind == "government"


def test_an_embassy_is_its_states_government():
    text = (
        "The Norwegian Embassy in Lima said on Friday that two of its citizens were safe. "
        "The Norwegian Embassy asked travellers to register."
    )
    actor = actor_named(actors_of(text), "Norwegian Embassy")
    assert actor.kind == "government"
    assert actor.country == "NOR"


def test_a_british_office_of_state_is_a_government():
    text = (
        "The Home Office said on Thursday that it would review the case, and the Home Office "
        "will report to Parliament next month."
    )
    assert actor_named(actors_of(text), "Home Office").kind == "government"


def test_an_agency_stays_an_organisation():
    # guard: an agency of a state is a body of its own, not the government
    text = (
        "The Environmental Protection Agency said on Monday that the river was safe, and the "
        "Environmental Protection Agency will test it again in May."
    )
    assert actor_named(actors_of(text), "Environmental Protection Agency").kind == "organisation"


def test_a_police_department_is_no_government():
    # guard: a police department is police, not the executive
    text = (
        "The Dallas Police Department said on Sunday that two men were arrested, and the "
        "Dallas Police Department asked witnesses to call."
    )
    table = actors_of(text)
    assert all(a.kind != "government" for a in table.actors if "Police" in a.name)


def test_a_university_department_is_no_government():
    # guard: "the Engineering Department" of a university is no state's
    text = (
        "Professor Ana Ruiz of the Petroleum Engineering Department at Kestrel University said "
        "the well was safe."
    )
    table = actors_of(text)
    assert all(a.kind != "government" for a in table.actors if "Department" in a.name)


def test_a_room_named_office_is_no_government():
    # guard: "the Oval Office" is a room, "the Post Office" a firm
    text = (
        "The Post Office said on Monday it would close ten branches. Mr. Ruiz met reporters "
        "in the Oval Office and said the Post Office was wrong."
    )
    table = actors_of(text)
    assert all(a.kind != "government" for a in table.actors if a.name.endswith("Office"))


def test_a_department_of_a_place_is_no_government():
    # guard: "the Department of Texas" was a command of an army, not a ministry
    text = (
        "The Department of Texas surrendered on June 2, and the Department of Texas "
        "disbanded its regiments."
    )
    table = actors_of(text)
    assert all(a.kind != "government" for a in table.actors if "Department" in a.name)
