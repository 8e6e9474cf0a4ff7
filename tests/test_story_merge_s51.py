"""Session 51's tightening of the story merge rule, on invented Event records (no parsing)."""

import datetime as dt
from functools import partial

from dateline.model import Actor
from dateline.stories.merge import StoryIndex
from tests.test_story_merge import mention as merge_mention

ARVANIA = Actor(id="arvania", name="Arvania", kind="country", country="ARV")
BELOSTAN = Actor(id="belostan", name="Belostan", kind="country", country="BLS")


# the merge tests' builder, with an agreement between two invented states as its default
mention = partial(
    merge_mention,
    type="AGREE",
    date="2031-06-12",
    source=ARVANIA,
    target=BELOSTAN,
    published=dt.date(2031, 6, 13),
)


def test_two_signings_in_consecutive_years_are_two_events():
    accord = "Arvania and Belostan signed the Velmora framework accord in 1994."
    treaty = "Arvania and Belostan signed the Velmora peace treaty in 1995, ending the dispute."
    index = StoryIndex()
    index.add([mention("a", accord, date="1994", modality=("historical",))])
    index.add([mention("b", treaty, date="1995", modality=("historical",))])
    assert len(index) == 2  # a day of slack joins no two years at their edges
    index.add(
        [mention("c", "In 1995 Arvania and Belostan signed the Velmora treaty.", date="1995")]
    )
    assert sorted(len(s.mentions) for s in index.stories()) == [1, 2]


def test_adjacent_months_are_apart_but_a_day_at_a_month_s_edge_keeps_its_slack():
    march = "Arvania and Belostan agreed on a border commission in March."
    april = "Arvania and Belostan agreed on a border commission in April."
    index = StoryIndex()
    index.add([mention("a", march, date="2031-03"), mention("b", april, date="2031-04")])
    assert len(index) == 2
    late_report = mention(
        "c", "Arvania and Belostan agreed on a border commission on April 1.", date="2031-04-01"
    )
    index = StoryIndex()
    index.add([mention("a", march, date="2031-03"), late_report])
    assert len(index) == 1  # a day is read with the gap's slack, as before
