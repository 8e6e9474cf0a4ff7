"""Session 43, second round (events): a site struck in a country, and "anti-X".

An act of force on a site the text places "in" or "near" a country or town ("air strikes on
alleged rebel depots in Chechnya") is done to that site: no actor named elsewhere in the
sentence — the government that "said in response to" the strikes — becomes its target. A
name hyphened after "anti" ("an anti-Iran naval blockade") is the side the act is against,
never its doer; after "pro" it is neither. Every sentence is written for these tests; the
guards check that the acts beside them stay."""

import datetime as dt
from functools import partial

from dateline.events.arguments import prefixed_side
from dateline.language import parse
from tests.stages import all_events_of, coded_events

PUBLISHED = dt.date(1998, 8, 21)

_coded = partial(coded_events, published=PUBLISHED)


def _targets(text: str, event_type: str) -> set[str | None]:
    return {target for kind, _, target, _ in _coded(text) if kind == event_type}


# a site struck in a country


def test_strikes_on_sites_in_a_country_are_not_done_to_the_speaker():
    text = (
        "The European Union had the right to protect its staff against armed attacks, Norway "
        "said Monday in response to Russian air strikes on alleged rebel depots in Chechnya "
        "and Dagestan."
    )
    assert ("ASSAULT", "russia", None, "strikes") in _coded(text)
    assert "norway" not in _targets(text, "ASSAULT")


def test_attacks_on_depots_in_a_country_take_no_answering_state():
    text = (
        "Chile said Monday in response to Russian missile attacks on alleged arms depots in "
        "Georgia."
    )
    assert "chile" not in _targets(text, "ASSAULT")


def test_strikes_on_a_state_keep_the_state():
    text = "Canada said Friday in response to Russian air strikes on Syria."
    assert ("ASSAULT", "russia", "syria", "strikes") in _coded(text)


def test_talks_answered_keep_their_nearest_party():
    # not force: a meeting whose object is a place keeps the nearest party as before
    text = "Kestria's foreign minister met Valdoria's envoy in Geneva on Monday."
    assert any(kind == "CONSULT" for kind, *_ in _coded(text))


# "anti-X" and "pro-X"


def test_an_anti_state_blockade_is_not_the_states():
    text = "Britain and France discussed an anti-Iran naval blockade on Tuesday."
    events = all_events_of(text, PUBLISHED)
    assert not any(e.type == "COERCE" and e.source == "iran" for e in events)


def test_an_anti_state_blockade_conferred_on_is_no_blockade_by_the_state():
    text = (
        "On Tuesday, Britain and France conferred in Paris on putting an anti-Iran naval "
        "blockade under a NATO umbrella."
    )
    coded = _coded(text)
    assert ("CONSULT", "united-kingdom", "france", "conferred") in coded
    assert not any(source == "iran" for _, source, *_ in coded)


def test_a_blockade_of_a_state_keeps_its_doer_and_target():
    text = "Russia's blockade of Georgia began on Monday."
    events = all_events_of(text, PUBLISHED)
    assert any(e.type == "COERCE" and (e.source, e.target) == ("russia", "georgia") for e in events)


def test_the_prefixes_are_read_from_the_split_name():
    doc = parse("They discussed an anti-Iran blockade and a pro-Moscow rally near Iran.")
    iran, moscow, last = (t for t in doc if t.text in ("Iran", "Moscow"))
    assert prefixed_side(iran) == "anti"
    assert prefixed_side(moscow) == "pro"
    assert prefixed_side(last) is None
