"""Roles at the article's date and sectors of roles (issue 21): a title that says the office
was held before ("ousted", "past", "ex-", "retired") is a former office; an opposition leader
is of the opposition, not the government; a chief of staff is military only with a word of an
armed force; a legislature standing for its state is no "government". Sentences written for
dateline (fictional people)."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor
from tests.stages import article

KENYA = " Kenya said the talks would go on. Kenya's foreign minister agreed."


def actor(text: str, name: str, date: str = "2012-05-10") -> Actor:
    table = find_actors(parse(text), article(text, dt.date.fromisoformat(date)))
    return next(a for a in table.actors if a.name == name)


def test_an_ousted_president_titled_before_the_name_is_a_former_president():
    ruiz = actor("Ousted President Dario Velt fled the capital on Monday." + KENYA, "Dario Velt")
    assert (ruiz.role, ruiz.sector) == ("former president", "ELI")


def test_an_ousted_president_in_apposition_is_a_former_president():
    velt = actor("Dario Velt, the deposed president, said he would return." + KENYA, "Dario Velt")
    assert velt.role == "former president"


def test_a_past_chairman_in_apposition_is_a_former_chairman():
    olu = actor(
        "Ade Olumba, a past chairman of the bank, spoke at the meeting." + KENYA, "Ade Olumba"
    )
    assert olu.role == "former chairman"


def test_a_retired_general_is_no_serving_general():
    ekon = actor("Retired general Paul Ekon said the army had lost its way." + KENYA, "Paul Ekon")
    assert ekon.role == "former general"


def test_a_serving_general_stays_a_general():
    mutua = actor("General Simon Mutua said the army was ready." + KENYA, "Simon Mutua")
    assert (mutua.role, mutua.sector) == ("general", "MIL")


def test_an_opposition_leader_is_of_the_opposition_not_the_government():
    dako = actor("Opposition leader Ruth Dako said the vote was rigged." + KENYA, "Ruth Dako")
    assert dako.sector == "OPP"


def test_a_party_leader_in_government_keeps_a_government_sector():
    # a plain leader is no opposition leader: the old sector of the role stays
    wafula = actor("Leader Tom Wafula said the vote was fair." + KENYA, "Tom Wafula")
    assert wafula.sector != "OPP"


def test_a_civilian_chief_of_staff_is_not_military():
    pell = actor("White House chief of staff Mark Pellow declined to comment.", "Mark Pellow")
    assert pell.sector != "MIL"


def test_an_army_chief_of_staff_is_military():
    odom = actor("Army chief of staff Ray Odoma said troops were ready." + KENYA, "Ray Odoma")
    assert odom.sector == "MIL"


def test_a_legislature_standing_for_its_state_is_no_government_role():
    knesset = actor("The Knesset voted to extend the law on Tuesday.", "Knesset")
    assert (knesset.role, knesset.sector) == ("legislature", "LEG")


def test_the_kremlin_keeps_its_government_role():
    kremlin = actor("The Kremlin said the talks had failed.", "Kremlin")
    assert kremlin.role == "government"


def test_a_known_leader_ousted_before_the_date_is_a_former_one():
    # the knowledge file's end date decides, whatever title the text still gives
    text = "President Ali Abdullah Saleh spoke on television." + KENYA
    saleh = actor(text, "Ali Abdullah Saleh", date="2013-04-01")
    assert (saleh.role, saleh.country) == ("former president", "YEM")


def test_a_known_leader_in_office_on_the_date_keeps_the_office():
    text = "President Ali Abdullah Saleh spoke on television." + KENYA
    saleh = actor(text, "Ali Abdullah Saleh", date="2011-04-01")
    assert saleh.role == "president"


def test_a_senator_who_died_before_the_date_is_a_former_senator():
    text = "Senator Edward Kennedy championed the law, his allies recalled."
    kennedy = actor(text, "Edward Kennedy", date="2016-03-01")
    assert kennedy.role == "former senator"
