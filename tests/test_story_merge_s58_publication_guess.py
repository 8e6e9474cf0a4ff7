"""Session 58: an act dated only by its article's publication gets no day of slack (invented
records, no parsing). The guess already spans the days before publication in which a report
tells an undated act; a day more on each side let it join a like act of the next day."""

import datetime as dt
from functools import partial

from dateline.model import Actor
from dateline.stories.merge import StoryIndex
from tests.test_story_merge import mention as merge_mention

MINISTRY = Actor(
    id="harbour-ministry", name="Harbour Ministry", kind="government", country="ARV", sector="GOV"
)
FERRY = Actor(id="castlemoor", name="Castlemoor Ferries", kind="organisation", country="ARV")

mention = partial(merge_mention, type="REQUEST", source=MINISTRY, target=FERRY)

# published on June 12 with no date of its own: the act lies in June 9-12
UNDATED = mention(
    "a",
    "The Harbour Ministry asked Castlemoor Ferries to publish its safety inspections.",
    date="2031-06-12",
    basis="published",
    published=dt.date(2031, 6, 12),
)


def dated(day: int) -> object:
    return mention(
        "b",
        f"On June {day} the Harbour Ministry asked Castlemoor Ferries to publish its inspections.",
        date=f"2031-06-{day:02d}",
        published=dt.date(2031, 6, 14),
    )


def stories_of(*mentions: object) -> int:
    index = StoryIndex()
    for one in mentions:
        index.add([one])
    return len(index)


def test_an_undated_act_does_not_join_a_like_act_of_the_day_after_its_article():
    assert stories_of(UNDATED, dated(13)) == 2


def test_an_undated_act_does_not_reach_a_day_before_its_lookback():
    assert stories_of(UNDATED, dated(8)) == 2


def test_an_undated_act_still_joins_an_act_dated_within_its_lookback():
    assert stories_of(UNDATED, dated(12)) == 1
    assert stories_of(UNDATED, dated(9)) == 1


def test_two_undated_reports_three_days_apart_still_merge_but_not_four():
    later = partial(
        mention,
        "c",
        "The Harbour Ministry has asked Castlemoor Ferries to publish its safety inspections.",
        basis="published",
    )
    assert stories_of(UNDATED, later(date="2031-06-15", published=dt.date(2031, 6, 15))) == 1
    assert stories_of(UNDATED, later(date="2031-06-16", published=dt.date(2031, 6, 16))) == 2


def test_two_acts_dated_a_day_apart_by_the_texts_keep_their_slack():
    assert (
        stories_of(
            dated(12),
            mention(
                "c",
                "The Harbour Ministry asked Castlemoor Ferries on June 13 to publish inspections.",
                date="2031-06-13",
            ),
        )
        == 1
    )
