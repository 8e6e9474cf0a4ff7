"""Narrative anchoring: a date without a year belongs to the time the text has reached when the
text narrates a time of its own, and to the nearest one around its present in news."""

from __future__ import annotations

import datetime as dt

from dateline.timex import tag

# published long after the events it narrates, as an encyclopedia page is
DOWNLOADED = dt.date(2024, 11, 2)

HISTORY = (
    "The canal dispute began in 1911, when the river authority raised its tolls. "
    "In March, the boatmen's guild refused to pay. On 14 June the authority closed two locks. "
    "The guild answered with a blockade that lasted until the winter.\n"
    "In 1912 the courts heard the case. The hearings opened in February and closed in May; "
    "later that year the tolls were halved. Two years later the authority was dissolved.\n"
    "By 1919 the canal carried half of its former traffic, and in 1923 it was closed for good. "
    "A museum opened in the lock-keeper's house in 1931, and pleasure boats returned in 1962."
)

NEWS = (
    "The city council voted on Tuesday to reopen the old canal, closed since 1923. "
    "Boatmen's unions, founded in 1908, welcomed the decision. "
    "Works will start in March, and the first boats will pass in September. "
    "Last month the council had rejected a similar plan."
)


def values(text: str, anchor: dt.date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, anchor)}


def test_a_history_puts_bare_dates_in_the_year_it_has_reached():
    found = values(HISTORY, DOWNLOADED)
    assert found["March"] == "1911-03"
    assert found["14 June"] == "1911-06-14"
    assert found["the winter"] == "1911-WI"
    assert found["February"] == "1912-02" and found["May"] == "1912-05"


def test_a_history_counts_anaphora_from_its_narrative():
    found = values(HISTORY, DOWNLOADED)
    assert found["later that year"] == "1912"
    assert found["Two years later"] == "1914"


def test_news_keeps_bare_dates_around_its_present_despite_years_of_background():
    found = values(NEWS, dt.date(2024, 1, 17))
    assert found["March"] == "2024-03" and found["September"] == "2024-09"
    assert found["Tuesday"] == "2024-01-16" and found["Last month"] == "2023-12"


def test_the_anchor_used_is_recorded():
    by_text = {t.text: t for t in tag(HISTORY, DOWNLOADED)}
    assert by_text["March"].anchor == "1911"
    assert by_text["1912"].anchor is None  # a stated year needs no anchor
    news = {t.text: t for t in tag(NEWS, dt.date(2024, 1, 17))}
    assert news["Last month"].anchor == "2024-01-17"


def test_that_year_follows_the_story_in_news_too():
    text = "She left the party in 1998 and joined the cabinet later that year."
    assert values(text, dt.date(2024, 1, 17))["later that year"] == "1998"


# an obituary narrates a life, then says what lies ahead of its writer
OBITUARY = (
    "Marta Ilves, who has died aged 88, was born in 1936 in a fishing village. "
    "She trained as a nurse in 1955, married in 1959 and opened her first clinic in 1964. "
    "In 1971 she moved to the capital, where she ran the children's hospital until 1998. "
    "She was widowed in 2009. The funeral will be held on 9 December."
)

# statistical wire copy states many years too, but also years ahead, and speaks of its present
RATES = (
    "Yields on the 2027 notes rose on Monday, while the 2031 bonds were steady. "
    "Output grew 2.1 pct in 2022 after 1.4 pct in 2021 and 0.3 pct in 2020, against 2.5 pct "
    "in 2019. The ministry expects growth of 1.8 pct in 2025 and 2.0 pct in 2026. "
    "The auction is due in March."
)


def test_what_an_obituary_says_lies_ahead_lies_ahead_of_its_writer():
    found = values(OBITUARY, dt.date(2024, 11, 20))
    assert found["9 December"] == "2024-12-09"


def test_wire_copy_stating_years_ahead_and_its_present_is_not_a_narrative():
    found = values(RATES, dt.date(2024, 11, 4))
    assert found["March"] == "2025-03"  # the next March, not one in the years the text listed


def test_the_previous_and_the_following_count_from_the_story():
    found = values(
        "Sales rose to 4.1 billion in 2022 from 3.6 billion the previous year. "
        "The first strike came in June 2019; the following June the union struck again.",
        dt.date(2023, 3, 2),
    )
    assert found["the previous year"] == "2021"
    assert found["the following June"] == "2020-06"


def test_last_month_by_name_counts_from_the_writer_in_a_narrative_too():
    found = values(HISTORY + " Last July the museum reopened after repairs.", DOWNLOADED)
    assert found["Last July"] == "2024-07"
