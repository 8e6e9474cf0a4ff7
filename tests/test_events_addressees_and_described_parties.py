"""Whom a verbal act is aimed at (issue 15): the one a letter or a message asking something is
sent "to"; a firm named again by a description ("pressed the oil giant"); no party from a
second direct object the parse made of an apposition, and none from a later clause with a
subject of its own. Sentences written for these tests; each test but the guards (marked)
fails on the code before."""

import datetime as dt
from functools import partial

from tests.stages import coded_events

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


_coded = partial(coded_events, published=PUBLISHED)


def test_a_letter_asking_is_addressed_to_its_recipient() -> None:
    text = (
        "Senator Mary Cole on Monday sent a letter to the Kestrian president, Ivo Dren, asking"
        " for help from the European Union."
    )
    assert ("REQUEST", "mary-cole", "ivo-dren", "asking") in _coded(text)


def test_a_request_with_its_own_object_keeps_it() -> None:  # guard
    text = (
        "Senator Mary Cole on Monday sent a letter to the Kestrian president, Ivo Dren, urging"
        " the United Nations to send observers."
    )
    assert ("REQUEST", "mary-cole", "united-nations", "urging") in _coded(text)


def test_a_firm_named_again_by_a_description_is_the_one_pressed() -> None:
    text = (
        "A huge slick reached the coast on Sunday as President Ivo Dren sharpened his criticism"
        " of Exxon Mobil and pressed the oil giant to stop the leak from its well."
    )
    assert ("REQUEST", "ivo-dren", "exxonmobil", "pressed") in _coded(text)


def test_an_apposition_hung_on_the_verb_is_not_the_one_urged() -> None:
    text = (
        "Senator Mary Cole said on Monday she was urging the committees to delay granting"
        " immunity for a key witness, retired Army Gen. Tom Vale, a close Dren associate."
    )
    assert not any(c[3] == "urging" and c[2] == "tom-vale" for c in _coded(text))


def test_a_party_of_a_later_conjoined_clause_is_not_taken() -> None:
    text = "Brazil announced new sanctions on Monday, and on Tuesday Chile recalled its ambassador."
    assert not any(c[3] == "sanctions" and c[2] == "chile" for c in _coded(text))


def test_a_party_of_an_earlier_clause_may_be_answered() -> None:  # guard
    text = "Brazil announced new sanctions on Monday, and on Tuesday Chile recalled its ambassador."
    assert ("SANCTION", "chile", "brazil", "recalled") in _coded(text)


def test_a_party_of_the_same_clause_is_still_found() -> None:  # guard
    text = (
        "On Monday President Ivo Dren criticised Exxon Mobil and urged the company to pay all"
        " claims."
    )
    assert ("REQUEST", "ivo-dren", "exxonmobil", "urged") in _coded(text)
