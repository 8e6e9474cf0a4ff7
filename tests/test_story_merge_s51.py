"""Session 51's tightening of the story merge rule, on invented Event records (no parsing)."""

import datetime as dt

from dateline.model import Actor, Event, TextSpan
from dateline.stories.merge import EventMention, StoryIndex

ARVANIA = Actor(id="arvania", name="Arvania", kind="country", country="ARV")
BELOSTAN = Actor(id="belostan", name="Belostan", kind="country", country="BLS")


def mention(
    article: str,
    evidence: str,
    *,
    type: str = "AGREE",
    date: str | None = "2031-06-12",
    basis: str = "timex",
    source: Actor | None = ARVANIA,
    target: Actor | None = BELOSTAN,
    published: dt.date = dt.date(2031, 6, 13),
    modality: tuple = (),
    mode: str | None = None,
) -> EventMention:
    span = TextSpan(start=0, end=len(evidence), text=evidence)
    event = Event(
        id="e1",
        type=type,
        mode=mode,
        source=source.id if source else None,
        target=target.id if target else None,
        date=date,
        date_basis=basis,
        modality=modality,
        trigger=span,
        evidence=span,
    )
    return EventMention(article, published, event, None, source, target)


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
