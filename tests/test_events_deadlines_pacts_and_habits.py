"""Acts whose words say another type, or no act (issue 15): a time given someone to do
something is a demand (REQUEST), no aid; honouring a pact is keeping to it, no support; "works
closely with" in the present simple is a way of working, no act of cooperation. Sentences
written for these tests; each test but the guards (marked) fails on the code before."""

import datetime as dt
from functools import partial

from tests.stages import coded_events

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


_coded = partial(coded_events, published=PUBLISHED)


def test_a_deadline_given_is_a_demand() -> None:
    text = (
        "Kestrian President Ivo Dren on Monday gave Varco Oil officials 24 hours to provide a"
        " detailed plan."
    )
    assert ("REQUEST", "ivo-dren", "varco-oil-officials", "gave") in _coded(text)


def test_money_given_to_rebuild_stays_aid() -> None:  # guard
    text = "The European Union on Monday gave Kestria 20 million euros to rebuild its schools."
    assert not any(c[0] == "REQUEST" for c in _coded(text))


def test_a_pact_honoured_is_no_support() -> None:
    text = (
        "He said Brazilian negotiators last week told Canadian officials they were honoring the"
        " trade pact, but the minister said it would take time to check."
    )
    assert not any(c[3] == "honoring" for c in _coded(text))


def test_working_closely_in_the_present_simple_is_no_act() -> None:
    text = (
        "Canadian officials say Finance Minister Ana Lind works very closely with Central Bank"
        " Governor Tom Vale on issues like public debt."
    )
    assert not any(c[3] == "works" for c in _coded(text))


def test_working_together_on_a_plan_stays_cooperation() -> None:  # guard
    text = "Brazil is working with Argentina on a longer-range rocket, a newspaper said on Monday."
    assert ("COOPERATE", "brazil", "argentina", "working") in _coded(text)
