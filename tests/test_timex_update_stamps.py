"""A rolling page stamps each entry with the time it was written ("Updated Tue Mar 8",
"Posted 3 March 2016", "March 4, 2016 8:10PM: ..."): what the entry calls "yesterday", "on
Sunday" or "last month" is counted from that stamp, not from the page's publication date."""

import datetime as dt

from dateline.timex import tag

PUBLISHED = dt.date(2016, 3, 10)  # a Thursday


def values(text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


def test_an_update_cue_with_a_date_anchors_the_entry_under_it():
    text = (
        "Updated Tue Mar 8, 2016 6:40pm\n"
        "The port workers walked out yesterday. On Sunday their union voted to strike.\n"
    )
    found = values(text)
    assert found["yesterday"] == "2016-03-07"
    assert found["Sunday"] == "2016-03-06"


def test_a_posting_date_anchors_last_month_and_yesterday():
    text = "Posted 3 March 2016\nThe mayor quit yesterday. Last month the council met twice.\n"
    found = values(text)
    assert found["yesterday"] == "2016-03-02"
    assert found["Last month"] == "2016-02"


def test_each_dated_entry_stamp_anchors_its_own_entry():
    text = (
        "Live: the ferry strike\n"
        "March 4, 2016 8:10PM: Talks broke down yesterday, the ministry said.\n"
        "March 9, 2016 7:05AM: Ferries sailed again yesterday.\n"
    )
    found = [(t.text, t.value) for t in tag(text, PUBLISHED)]
    yesterdays = [value for written, value in found if written == "yesterday"]
    assert yesterdays == ["2016-03-03", "2016-03-08"]


def test_a_quote_in_a_stamped_entry_is_counted_from_the_stamp():
    text = 'Posted 3 March 2016\n"We were turned away yesterday," one driver said.\n'
    assert values(text)["yesterday"] == "2016-03-02"


def test_a_page_without_stamps_counts_from_its_publication_date():
    text = "The port workers walked out yesterday.\nPosted by a reader: I was there.\n"
    assert values(text)["yesterday"] == "2016-03-09"


def test_a_date_in_a_sentence_is_no_stamp():
    # "updated" inside a sentence does not stamp the entry
    text = "The ministry updated on 3 March 2016 its advice. Ferries sailed yesterday.\n"
    assert values(text)["yesterday"] == "2016-03-09"


def test_a_line_that_opens_with_a_time_in_words_stamps_nothing():
    # "This Saturday night" opens a line of narration; it is no stamp in figures
    text = "Notes.\nThis Saturday night the ferry runs late.\nYesterday the port was shut.\n"
    assert values(text)["Yesterday"] == "2016-03-09"


def test_the_stamp_s_date_after_its_weekday_anchors_the_entry():
    text = "Notes.\nposted on Tuesday , 8 March 2016 | reply\nToday the port opened.\n"
    assert values(text)["Today"] == "2016-03-08"


def test_an_update_stamped_with_a_bare_weekday_comes_after_the_publication():
    # a page published on a Thursday and updated "Saturday" was updated two days later, and
    # what its entry calls "today" is that Saturday
    text = "(Update 9:40 a.m. Saturday in Lagos) Today the port reopened.\n"
    found = values(text)
    assert found["9:40 a.m. Saturday"] == "2016-03-12T09:40"
    assert found["Today"] == "2016-03-12"
    # an update stamped on the publication's own weekday is that day
    assert values("Updated Thursday 08:15 GMT\nThe strike ended.\n")["Thursday 08:15"] == (
        "2016-03-10T08:15"
    )
    # a posting may come before the page's date: its weekday keeps looking back
    assert values("Posted Monday 10:00 GMT\nThe strike ended.\n")["Monday 10:00"] == (
        "2016-03-07T10:00"
    )


def test_a_weekday_written_before_the_date_it_names_is_that_date():
    found = values("Updated Sat Feb 27, 2016 9:30pm\nThe strike ended.\n")
    assert found["Sat"] == "2016-02-27"
    assert found["Feb 27, 2016 9:30pm"] == "2016-02-27T21:30"
