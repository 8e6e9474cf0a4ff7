"""Values of time expressions in news that depend on the words around them: which way a bare
date points when a participle or an obligation governs it, days of a month said in words, habits
of a weekday (sets), and a march that is no month."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.timex import tag
from tests.stages import timex_values

FRIDAY = dt.date(2025, 7, 4)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a participle describing a noun tells what was done to it: the past
        ("Shares are still below the peak hit on Aug. 20.", "Aug. 20", "2024-08-20"),
        ("Both sides keep to the deal struck in September.", "September", "2024-09"),
        # one set *for* a time is a schedule, not what was done
        ("Officials prepare for a summit set for Geneva in September.", "September", "2025-09"),
        # what is supposed to happen lies ahead
        ("The negotiators are supposed to finish by May.", "May", "2026-05"),
        ("Talks that are supposed to end by May resumed on Tuesday.", "May", "2026-05"),
        # what someone is due or likely to do lies ahead, whatever is said around it
        (
            "The envoy, who is due to land in Kabul on Sunday, said talks went well.",
            "Sunday",
            "2025-07-06",
        ),
        ("The vote is likely to take place on Tuesday.", "Tuesday", "2025-07-08"),
        # a present tense "until" a day: the day ahead
        ("The rebels have until Thursday to answer.", "Thursday", "2025-07-10"),
        ("The bridge is closed until Monday.", "Monday", "2025-07-07"),
        ("The bridge was closed until Monday.", "Monday", "2025-06-30"),
        # what should or may happen lies ahead; "could" is as often the past of "can"
        ("The second well should be done by mid-August.", "mid-August", "2025-08"),
        ("A tanker may join the fleet Sunday.", "Sunday", "2025-07-06"),
        ("The pilots could not be found Wednesday.", "Wednesday", "2025-07-02"),
        # a plan made before: the verb's own tense, not the word "planned", decides
        ("She had planned the tour in March.", "March", "2025-03"),
        # a perfect infinitive looks back, even under "expected"
        ("Hundreds are expected to have drowned in Tuesday's floods.", "Tuesday", "2025-07-01"),
        # a progressive arranges no time for a thing named by its date
        ("The panel is examining the March 3 blast at the mine.", "March 3", "2025-03-03"),
        ("The panel is meeting on March 3.", "March 3", "2026-03-03"),
        # nor does a conditional looking ahead
        ("He says they would have acted sooner before the March blast.", "March", "2025-03"),
        ("He will attend Tuesday's hearing.", "Tuesday", "2025-07-08"),
        # a bare gerund takes the time of the verb it completes
        ("Crews were aiming to finish drilling the well in mid-August.", "mid-August", "2025-08"),
        # a plan told in the past may have fallen due already: the words around decide
        ("The launch was supposed to take place on Tuesday.", "Tuesday", "2025-07-01"),
        ("The launch is supposed to take place on Tuesday.", "Tuesday", "2025-07-08"),
    ],
)
def test_a_participle_or_an_obligation_decides_which_way_a_date_points(
    text: str, expression: str, value: str
) -> None:
    assert timex_values(text, FRIDAY)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Rallies were held in forty cities on March eighth.", "March eighth", "2025-03-08"),
        ("It rules on the twenty-first of July.", "the twenty-first of July", "2025-07-21"),
        ("The ship sailed on June twenty first.", "June twenty first", "2025-06-21"),
        ("It is due on the thirtieth of September.", "the thirtieth of September", "2025-09-30"),
    ],
)
def test_a_day_of_a_month_said_in_words_is_that_day(text: str, expression: str, value: str) -> None:
    values = {t.text: t.value for t in tag(text, FRIDAY)}
    assert values[expression] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal after a month that is no day of it
        ("In March first-quarter sales fell.", {"March": "2025-03", "first-quarter": "2025-Q1"}),
        ("In May second place went to Ruiz.", {"May": "2025-05"}),
        # no such day: the month alone
        ("It was signed on February thirtieth.", {"February": "2025-02"}),
    ],
)
def test_an_ordinal_that_is_no_day_of_the_month_is_left_out(
    text: str, expected: dict[str, str]
) -> None:
    assert {t.text: t.value for t in tag(text, FRIDAY)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a march named after a determiner, a possessive or a quote mark is no month
        ("Crowds joined the March for Peace downtown.", {}),
        ("The miners' March on Cardiff ended at noon.", {"noon": "2025-07-04T12:00"}),
        ("Organisers called it “March of the Lanterns” this time.", {}),
        ("A March against hunger crossed the bridge.", {}),
        # the month in the same words
        ("In March for the first time exports fell.", {"March": "2025-03"}),
        ("They will vote in March on the budget.", {"March": "2026-03"}),
        ("The March of that year was mild.", {"March of that year": "2025-03"}),
    ],
)
def test_a_march_is_no_month(text: str, expected: dict[str, str]) -> None:
    assert {t.text: t.value for t in tag(text, FRIDAY)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bar hosts quiz games on Thursday nights.", ("Thursday nights", "XXXX-WXX-4TNI")),
        ("She swims every Saturday morning.", ("every Saturday morning", "XXXX-WXX-6TMO")),
        ("Buses to the coast leave every other week.", ("every other week", "P2W")),
        ("Elections are held every second year.", ("every second year", "P2Y")),
    ],
)
def test_a_habit_of_a_weekday_or_every_other_unit_is_a_set(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(t.text, t.value) for t in tag(text, FRIDAY) if t.type == "SET"] == [expected]


def test_one_night_of_a_weekday_stays_a_date() -> None:
    assert [(t.text, t.type) for t in tag("The vote on Thursday night was close.", FRIDAY)] == [
        ("Thursday night", "DATE")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a current of water or air is no present time
        ("Oil may drift into a warm ocean current that runs north.", {}),
        ("The slick neared the Loop Current, the agency said.", {}),
        ("The current swept two swimmers out to sea.", {}),
        # the adjective is
        ("Its current owner bought it cheaply.", {"current": "PRESENT_REF"}),
        ("At current prices the plan fails.", {"current": "PRESENT_REF"}),
    ],
)
def test_a_current_of_water_is_no_present(text: str, expected: dict[str, str]) -> None:
    assert {t.text: t.value for t in tag(text, FRIDAY)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "She defended the plan on the network morning shows.",
        "He told the evening news he would stay.",
        "A guest on a morning talk show laughed.",
    ],
)
def test_a_programme_of_the_morning_is_no_time(text: str) -> None:
    assert tag(text, FRIDAY) == []


def test_a_plan_for_a_day_ahead_does_not_move_the_story_there() -> None:
    monday = dt.date(2025, 6, 30)
    text = "Engineers plan to start the tests on Tuesday. Around 6:30 p.m. the new cap was fitted."
    values = {t.text: t.value for t in tag(text, monday)}
    assert values["Tuesday"] == "2025-07-01"
    assert values["6:30 p.m."] == "2025-06-30T18:30"


def test_a_day_gone_by_still_moves_the_story() -> None:
    text = "The ferry sank on June 22. At 9.40pm divers reached the hull."
    assert {t.text: t.value for t in tag(text, FRIDAY)}["9.40pm"] == "2025-06-22T21:40"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entries close on July 12 at 10 p.m.", ("July 12 at 10 p.m.", "2025-07-12T22:00")),
        ("Voting ends 9 July at 18:00.", ("9 July at 18:00", "2025-07-09T18:00")),
    ],
)
def test_a_date_at_a_clock_time_is_one_time(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag(text, FRIDAY)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fall of a price or a regime is a decline, no season
        ("The fall in crude stocks surprised traders.", {}),
        ("The fall of the peso lifted exports.", {}),
        ("Analysts blamed the fall in the rand.", {}),
        # the season in the same words
        ("The ferry resumes in the fall.", {"the fall": "2025-FA"}),
        ("Wages rose in the fall of 2019.", {"the fall of 2019": "2019-FA"}),
        ("The mill closes in the fall in Ohio.", {"the fall": "2025-FA"}),
    ],
)
def test_a_fall_of_prices_is_no_season(text: str, expected: dict[str, str]) -> None:
    assert {t.text: t.value for t in tag(text, FRIDAY)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter or a half of a year named by its shift is one expression of that year
        (
            "Exports fell from the third quarter of last year.",
            {"the third quarter of last year": "2024-Q3"},
        ),
        (
            "Sales doubled in the first half of last year.",
            {"the first half of last year": "2024-H1"},
        ),
        (
            "Rates should ease in the second half of the year.",
            {"the second half of the year": "2025-H2"},
        ),
        (
            "Output may recover in the first quarter of next year.",
            {"the first quarter of next year": "2026-Q1"},
        ),
        # a report's quarter with its year after it, no "of"
        ("The bank posted fourth quarter 2019 losses.", {"fourth quarter 2019": "2019-Q4"}),
    ],
)
def test_a_part_of_a_year_named_by_its_shift(text: str, expected: dict[str, str]) -> None:
    assert {t.text: t.value for t in tag(text, FRIDAY)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tokenized corpora set the comma of a date apart: still one date, with its own year
        ("The ferry sank off Crete on May 3 , 2009 .", {"May 3 , 2009": "2009-05-03"}),
        (
            "Posted : Monday , March 2 , 2015 | 9:10 AM",
            {"Monday , March 2 , 2015": "2015-03-02", "9:10 AM": "2015-03-02T09:10"},
        ),
        # a count after the comma is no year
        ("On May 3 , 1,200 people marched .", {"May 3": "2025-05-03"}),
    ],
)
def test_a_date_with_its_comma_set_apart(text: str, expected: dict[str, str]) -> None:
    assert {t.text: t.value for t in tag(text, FRIDAY)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time tagged apart from the date after it takes that date's day
        (
            "The ceasefire began at 6 a.m. on 2 March 1921.",
            {"6 a.m.": "1921-03-02T06:00", "2 March 1921": "1921-03-02"},
        ),
        (
            "At 4:10 pm on 02 Jul 2025 , a reader wrote : no.",
            {"4:10 pm": "2025-07-02T16:10", "02 Jul 2025": "2025-07-02"},
        ),
        # before a month-first date with its year too: the year is the date's, not one apart
        (
            "Divers went down at 7 a.m. on August 9, 1961, off Malta.",
            {"7 a.m.": "1961-08-09T07:00", "August 9, 1961": "1961-08-09"},
        ),
        (
            "Dial in at 11 a.m. ET on March 3 , 2016 .",
            {"11 a.m. ET": "2016-03-03T11:00", "March 3 , 2016": "2016-03-03"},
        ),
        # a capitalised word after a clock time is no time zone
        ("The shop shut at 6 p.m. Next door, a bar stayed open.", {"6 p.m.": "2025-07-04T18:00"}),
    ],
)
def test_a_clock_time_and_the_day_that_places_it(text: str, expected: dict[str, str]) -> None:
    assert {t.text: t.value for t in tag(text, FRIDAY)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday of a week named by its shift is one day of that week, whatever the tense
        ("The strike began on Tuesday last week.", {"Tuesday last week": "2025-06-24"}),
        ("The envoy lands on Monday of next week.", {"Monday of next week": "2025-07-07"}),
        ("Talks resume Thursday next week.", {"Thursday next week": "2025-07-10"}),
    ],
)
def test_a_weekday_of_a_week_named_by_its_shift(text: str, expected: dict[str, str]) -> None:
    assert {t.text: t.value for t in tag(text, FRIDAY)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "before last" is one period beyond the last; "after next" one beyond the next
        (
            "The council met on the Thursday before last.",
            {"the Thursday before last": "2025-06-26"},
        ),
        ("The court sits again on the Monday after next.", {"the Monday after next": "2025-07-14"}),
        ("Prices peaked the week before last.", {"the week before last": "2025-W25"}),
        ("Exports fell in the month before last.", {"the month before last": "2025-05"}),
        ("The census is due the year after next.", {"the year after next": "2027"}),
        # the nearest one stays the nearest
        ("The council met last Thursday.", {"last Thursday": "2025-07-03"}),
    ],
)
def test_a_period_two_away(text: str, expected: dict[str, str]) -> None:
    assert {t.text: t.value for t in tag(text, FRIDAY)} == expected
