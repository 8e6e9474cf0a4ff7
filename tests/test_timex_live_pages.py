"""A live page stamps each entry with a clock time: the time is on the page's own day, not on
the day the entry before told of."""

import datetime as dt

from dateline.timex import tag

PUBLISHED = dt.date(2012, 9, 14)

LIVE_PAGE = """Follow the day's developments as they happen.
9.05am: The harbour authority says the tanker ran aground on Tuesday night off the cape.
9.40am: Divers are inspecting the hull, a coastguard spokeswoman told us.
10.15am Crew members have been taken ashore.
"""


def values(text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


def test_entry_stamps_of_a_live_page_are_on_its_own_day():
    found = values(LIVE_PAGE)
    assert found["Tuesday night"] == "2012-09-11TNI"
    # the entry after the one that told of Tuesday is still stamped on the page's day
    assert found["9.40am"] == "2012-09-14T09:40"
    assert found["10.15am"] == "2012-09-14T10:15"


def test_a_clock_time_the_narration_tells_stays_on_the_story_s_day():
    text = "The tanker ran aground on Tuesday. At 9.40pm divers reached the hull."
    assert values(text)["9.40pm"] == "2012-09-11T21:40"


def test_wire_services_stamp_updates_with_four_digit_times_and_a_zone():
    text = "Updates.\n0815 GMT: Talks resumed in the capital.\n1130 GMT - The talks ended.\n"
    found = values(text)
    assert found["0815 GMT"] == "2012-09-14T08:15"
    assert found["1130 GMT"] == "2012-09-14T11:30"


def test_a_four_digit_number_without_a_zone_is_no_clock_time():
    assert "1130" not in values("Officials counted 1130 ballots.")
