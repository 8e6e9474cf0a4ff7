"""Session 44 (types): the right kind of event and mode, and only events.

PLOVER's manual decides: a town or a city captured is territory seized (COERCE seize; CAMEO 192),
not an arrest; an assault with a crowd-control weapon (tear gas, water cannon, rubber bullets) is
ASSAULT crowd-control, not firearms; a hacking or a cyber attack is COERCE cyber, not an assault;
workers walking off the job is PROTEST strike, not boycott (which withdraws relations);
recognising a state or a government is SUPPORT (3.3), not an agreement; an armed side forced back
or into retreat is the fighting that drove it (ASSAULT), not coercion short of violence. A
headline after a link's label ("Read more:", "Related:", "WATCH:") is page furniture, no event.
Every sentence is written for these tests; the guards check the acts beside them stay."""

import datetime as dt
from functools import partial

from dateline.event_lexicon import load_lexicon
from dateline.events.credibility import linked_headline
from dateline.events.triggers import trigger_of
from dateline.language import parse
from tests.stages import coded_events, read_event_text

PUBLISHED = dt.date(2016, 6, 15)

_coded = partial(coded_events, published=PUBLISHED)


def _events(text: str):
    return read_event_text(text, PUBLISHED).events


def _trigger(text: str, word: str):
    doc = parse(text)
    (token,) = [t for t in doc if t.text == word]
    return trigger_of(token, load_lexicon())


# a place captured is territory seized


def test_a_city_captured_is_seized_not_arrested():
    found = _trigger("Syrian troops captured the city of Aleppo on Sunday.", "captured")
    assert (found.type, found.mode) == ("COERCE", "seize")


def test_a_town_captured_by_passive_is_seized():
    found = _trigger("The town of Orsk was captured by rebel fighters on Sunday.", "captured")
    assert (found.type, found.mode) == ("COERCE", "seize")


def test_a_commander_captured_stays_an_arrest():  # guard
    found = _trigger("Police captured the rebel commander Juan Ortiz on Sunday.", "captured")
    assert (found.type, found.mode) == ("COERCE", "arrest")
    assert [
        e.mode for e in _events("Police captured the rebel commander Juan Ortiz on Sunday.")
    ] == ["arrest"]


# crowd-control weapons


def test_rubber_bullets_are_crowd_control():
    found = _events("Police fired rubber bullets at demonstrators in Bogota on Friday.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "crowd-control")]


def test_tear_gas_and_rubber_bullets_are_crowd_control():
    found = _events("Police fired tear gas and rubber bullets at protesters in Lima on Friday.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "crowd-control")]


def test_tear_gas_beside_live_rounds_is_no_crowd_control():  # guard
    found = _events("Police fired tear gas and live rounds at protesters in Lima on Friday.")
    assert [e.type for e in found] == ["ASSAULT"]
    assert all(e.mode != "crowd-control" for e in found)


def test_protesters_shot_stay_firearms():  # guard
    found = _events("Soldiers shot three protesters in Lima on Friday.")
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "firearms")]


# cyber operations


def test_a_hacking_is_coerce_cyber():
    found = _events("Kestria hacked the computers of the Valdorian parliament on Monday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "cyber")]


def test_a_cyber_attack_is_coerce_cyber():
    found = _events("Kestria launched a cyber attack on the central bank of Valdoria last week.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "cyber")]


def test_an_attack_on_a_computer_network_is_cyber():
    found = _trigger("Kestria attacked the computer network of the Valdorian army.", "attacked")
    assert (found.type, found.mode) == ("COERCE", "cyber")


def test_an_attack_on_an_army_base_stays_an_assault():  # guard
    found = _trigger("Kestria attacked the army base of Valdoria on Monday.", "attacked")
    assert found.type == "ASSAULT"


# walkouts are strikes


def test_workers_walking_out_are_on_strike():
    found = _events("Dock workers in Valdoria went on strike on Monday over pay.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "strike")]


def test_a_boycott_stays_a_boycott():  # guard
    found = _trigger("Kestria boycotted the summit in Dravno on Monday.", "boycotted")
    assert (found.type, found.mode) == ("PROTEST", "boycott")


# recognition is support


def test_a_government_recognized_is_support():
    coded = _coded("Norway recognized the new government of Valdoria on Tuesday.")
    assert [c for c in coded if c[0] == "SUPPORT" and c[1] == "norway"]
    assert not [c for c in coded if c[0] == "AGREE"]


def test_a_recognition_still_to_come_is_no_support_given():  # guard
    assert not _coded("Norway will recognize the new government of Valdoria next week.")


# a side forced back in fighting


def test_an_army_forced_to_retreat_is_fighting():
    coded = _coded("Rebel fighters forced the Kestrian army to retreat from Orsk on Monday.")
    assert [c for c in coded if c[0] == "ASSAULT" and c[3] == "forced"]
    assert not [c for c in coded if c[0] == "COERCE"]


def test_troops_forced_back_by_troops_is_fighting():
    text = "The Kestrian army was forced back to Dravno by Valdorian troops on Monday."
    coded = _coded(text)
    assert [c for c in coded if c[0] == "ASSAULT" and c[3] == "forced"]


def test_protesters_forced_back_stay_coercion():  # guard
    coded = _coded("Riot police forced the protesters back from the parliament on Monday.")
    assert [c for c in coded if c[0] == "COERCE"]


def test_a_bill_withdrawn_under_pressure_is_no_fighting():  # guard
    found = _trigger("Party leaders forced the Kestrian government to withdraw the bill.", "forced")
    assert found.type == "COERCE"


# page furniture


def test_a_headline_after_read_more_is_no_event():
    text = "Voters in Kestria went to the polls on Sunday.\nRead more: Kestrian troops shell Orsk"
    assert not _events(text)


def test_a_headline_after_related_in_a_run_in_page_is_no_event():
    text = "Voters went to the polls on Sunday. Related: Police arrest opposition leader Ivo Dren"
    assert not [e for e in _events(text) if e.type == "COERCE"]


def test_the_articles_own_title_with_a_label_stays():  # guard
    text = "WATCH: Police arrest opposition leader Ivo Dren in Dravno\nThe arrest came on Sunday."
    assert [e for e in _events(text) if e.type == "COERCE"]


def test_a_colon_after_said_is_no_label():  # guard
    doc = parse("The ministry said: police arrested opposition leader Ivo Dren on Monday.")
    (arrested,) = [t for t in doc if t.text == "arrested"]
    assert not linked_headline(arrested)


# an advance, and forces driven out


def test_troops_closing_in_close_nothing():
    text = "With Kestrian troops closing in on Dravno, the government moved to Orsk."
    assert _trigger(text, "closing") is None


def test_a_border_closed_stays_a_restriction():  # guard
    found = _trigger("Kestria closed its border with Valdoria on Monday.", "closed")
    assert found.type == "COERCE"


def test_forces_expelled_from_a_city_are_driven_out():
    text = "The Valdorian army attacked on Monday, expelling the rebel forces from the capital."
    assert _trigger(text, "expelling").type == "ASSAULT"


def test_an_ambassador_expelled_stays_a_sanction():  # guard
    found = _trigger("Kestria expelled the Valdorian ambassador on Monday.", "expelled")
    assert (found.type, found.mode) == ("SANCTION", "expel")


def test_a_large_town_the_model_misreads_is_seized():
    found = _trigger("On Monday the Kestrian army captured Omsk.", "captured")
    assert (found.type, found.mode) == ("COERCE", "seize")
