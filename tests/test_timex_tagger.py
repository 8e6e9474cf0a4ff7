"""The temporal tagger: spans, values and anchoring, on small texts."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.language import parse
from dateline.model import Article, TimeExpression
from dateline.timex import find_timexes, tag
from dateline.timex.values import Situation, Unresolvable, fill
from tests.shared_data import require_shared
from tests.stages import timex_values

FRIDAY = dt.date(2025, 7, 4)


def found(text: str, anchor: dt.date = FRIDAY) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, anchor)}


def only(text: str, anchor: dt.date = FRIDAY) -> TimeExpression:
    timexes = tag(text, anchor)
    assert len(timexes) == 1, timexes
    return timexes[0]


def test_thursday_in_past_tense_resolves_to_previous_day() -> None:
    assert only("Trump called Putin on Thursday.").value == "2025-07-03"


def test_weekday_in_future_tense_resolves_forward() -> None:
    assert only("The two leaders will meet on Tuesday.").value == "2025-07-08"


def test_next_and_last_weekday_are_strictly_after_and_before() -> None:
    assert only("He arrives next Tuesday.").value == "2025-07-08"
    assert only("He arrived last Friday.").value == "2025-06-27"


def test_relative_periods_resolve_against_publication_date() -> None:
    assert found("Prices rose last month, this week and two years ago.") == {
        "last month": ("DATE", "2025-06"),
        "this week": ("DATE", "2025-W27"),
        "two years ago": ("DATE", "2023"),
    }


def test_month_without_year_is_the_nearest_one_in_past_tense() -> None:
    assert only("They met in May.").value == "2025-05"
    assert only("They met in November.", dt.date(2026, 1, 10)).value == "2025-11"


def test_full_and_partial_calendar_dates() -> None:
    assert found("On June 13, 2025 and on 21 June, and in 2022.") == {
        "June 13, 2025": ("DATE", "2025-06-13"),
        "21 June": ("DATE", "2025-06-21"),
        "2022": ("DATE", "2022"),
    }


def test_extent_follows_timeml_conventions() -> None:
    text = "Over the past three years, in the late 1990s, a year ago."
    texts = {t.text for t in tag(text, FRIDAY)}
    assert texts == {"the past three years", "the late 1990s", "a year ago"}


def test_durations_and_sets() -> None:
    text = "He stayed for three weeks, fasted 24 hours, ran every Monday, and read daily."
    assert found(text) == {
        "three weeks": ("DURATION", "P3W"),
        "24 hours": ("DURATION", "PT24H"),
        "every Monday": ("SET", "XXXX-WXX-1"),
        "daily": ("SET", "P1D"),
    }


def test_vague_references() -> None:
    assert found("Now, recently and in the near future.") == {
        "Now": ("DATE", "PRESENT_REF"),
        "recently": ("DATE", "PAST_REF"),
        "the near future": ("DATE", "FUTURE_REF"),
    }


def test_parts_of_day_quarters_seasons_and_decades() -> None:
    assert found("Thursday morning, in the first quarter, last summer, the 1990s.") == {
        "Thursday morning": ("DATE", "2025-07-03TMO"),
        "the first quarter": ("DATE", "2025-Q1"),
        "last summer": ("DATE", "2024-SU"),
        "the 1990s": ("DATE", "199"),
    }


def test_clock_time_takes_the_day_of_its_weekday() -> None:
    assert only("The vote opened at 9 a.m. Tuesday.").value == "2025-07-01T09:00"


def test_quoted_today_resolves_to_the_day_the_quote_was_spoken() -> None:
    text = 'On Thursday, Trump said: "I made no progress today."'
    values = {t.text: (t.value, t.anchor) for t in tag(text, FRIDAY)}
    assert values["today"] == ("2025-07-03", "2025-07-03")


def test_quoted_today_without_a_speech_date_is_the_publication_date() -> None:
    assert only('Trump said: "I made no progress today."').value == "2025-07-04"


def test_that_day_refers_to_the_last_day_mentioned() -> None:
    values = found("The bomb went off on June 2. Later that day, police arrived.")
    assert values["Later that day"] == ("DATE", "2025-06-02")


def test_may_the_verb_and_mayor_are_not_months() -> None:
    assert tag("The mayor may resign. Mayor Adams said so.", FRIDAY) == []


def test_impossible_dates_and_numbers_that_look_like_dates_are_not_tagged_as_dates() -> None:
    assert all(t.value != "2025-02-30" for t in tag("Due on February 30.", FRIDAY))
    assert tag("Account 2882015 and $2015 and 2015.5 percent.", FRIDAY) == []


def test_years_far_out_of_range_do_not_give_absurd_values() -> None:
    timexes = tag("It happened 50,000 years ago and will last 999999999 days.", FRIDAY)
    for timex in timexes:
        year = re.match(r"-?[0-9]{4}", timex.value)
        assert year is None or 1 <= int(year.group()) <= 9999


def test_offsets_point_into_the_text_of_a_long_document() -> None:
    text = "Markets fell on Monday and rose on March 3, 2024. " * 2000
    timexes = tag(text, FRIDAY)
    assert len(timexes) == 4000
    assert all(text[t.start : t.end] == t.text for t in timexes)


def test_pipeline_stage_reads_tense_from_the_parse() -> None:
    text = "Officials said the ministers will meet on Monday."
    article = Article(id="a", text=text, published=FRIDAY)
    (monday,) = find_timexes(parse(text), article)
    assert (monday.value, monday.anchor) == ("2025-07-07", "2025-07-04")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a coordinated verb shares the future of its partner's auxiliary
        ("The envoy will fly to Cairo and meet the minister on Monday.", "Monday", "2025-07-07"),
        # a deadline put off lies ahead
        ("The council postponed the vote until Tuesday.", "Tuesday", "2025-07-08"),
        # "would" reports a plan: what was planned is still ahead of the writer
        ("She said the delegation would arrive Wednesday.", "Wednesday", "2025-07-09"),
        # a present passive says nothing of the past: the nearest September
        ("The appeal is heard in September.", "September", "2025-09"),
        # notices and schedules: payable, effective, scheduled for
        ("The firm declared a dividend payable Feb. 2.", "Feb. 2", "2026-02-02"),
        ("A summit scheduled for December was announced.", "December", "2025-12"),
        # an infinitive under an intention looks ahead of it
        ("The rebels vowed to retake the town by September.", "September", "2025-09"),
        # an infinitive under an expectation, in the passive too
        ("The firm expects the pipeline to be finished by September.", "September", "2025-09"),
        # "since" looks back, even over a perfect progressive
        ("Fuel has been leaking since the blast on 20 December.", "20 December", "2024-12-20"),
        # a perfect and a plain past still look back
        ("The court has ruled on Monday that the law stands.", "Monday", "2025-06-30"),
        ("The talks collapsed in March.", "March", "2025-03"),
        # a plan told in the past perfect was the plan of a time gone by
        (
            "The tender had been due to close Wednesday evening.",
            "Wednesday evening",
            "2025-07-02TEV",
        ),
        ("The ban had been scheduled to lapse on Tuesday.", "Tuesday", "2025-07-01"),
        # a day right after "said" is the saying's, wherever the parse hangs it
        ("The union said on Wednesday it would strike.", "Wednesday", "2025-07-02"),
        ("The union said Wednesday it would strike.", "Wednesday", "2025-07-02"),
        # after "that" the day belongs to the clause said
        ("The union said that on Wednesday it would strike.", "Wednesday", "2025-07-09"),
    ],
)
def test_the_parse_decides_which_way_a_bare_date_points(
    text: str, expression: str, value: str
) -> None:
    assert timex_values(text, FRIDAY)[expression] == value


def test_spacy_component_sets_doc_timexes() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_timex")
    doc = nlp.make_doc("Trump called Putin on Thursday.")
    doc._.dct = FRIDAY
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert [t.value for t in doc._.timexes] == ["2025-07-03"]


def test_spacy_component_takes_its_anchor_from_config_and_never_guesses() -> None:
    import spacy

    configured = spacy.blank("en")
    configured.add_pipe("dateline_timex", config={"dct": "2025-07-04"})
    assert [t.value for t in configured("They met on Thursday.")._.timexes] == ["2025-07-03"]
    bare = spacy.blank("en")
    bare.add_pipe("dateline_timex")
    with pytest.raises(ValueError, match="needs a document creation time"):
        bare("They met on Thursday.")


def test_reference_article_time_expressions_all_right() -> None:
    raw = require_shared("examples/trump-putin-call-2025-07-04.txt").read_text(encoding="utf-8")
    gold_path = require_shared("examples/trump-putin-call-2025-07-04.gold.json")
    header = re.match(r"\s*date ([0-9]{4}-[0-9]{2}-[0-9]{2})\s+", raw)
    assert header is not None
    text, published = raw[header.end() :], dt.date.fromisoformat(header.group(1))
    article = Article(id="ref", text=text, published=published)
    timexes = find_timexes(parse(text), article)
    right = 0
    for expected in json.loads(gold_path.read_text(encoding="utf-8"))["timexes"]:
        start = text.index(expected["text"], text.index(expected["evidence"]))
        right += any(
            t.start == start
            and t.text == expected["text"]
            and (t.type, t.value) == (expected["type"], expected["value"])
            for t in timexes
        )
    assert right == 12


# ---- the normaliser under arbitrary input ----------------------------------------------------

anchors = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
TEMPLATES = [
    "{ref(D, count)}",
    "{ref(W, count)}",
    "{ref(M, count)}",
    "{ref(Q, count)}",
    "{ref(Y, count)}",
    "{ref(DE, count)}",
    "{ago(count, unit)}",
    "{later(count, unit, count)}",
    "{duration(count, unit)}",
    "{year(month, day)}-{month:02}-{day:02}",
    "{weekday(weekday)}",
    "{season(season, count)}",
    "{quarter(quarter)}",
    "{decade(written)}",
]


@settings(max_examples=300, deadline=None)
@given(
    template=st.sampled_from(TEMPLATES),
    anchor=anchors,
    count=st.integers(min_value=-(10**9), max_value=10**9),
    unit=st.sampled_from(["S", "MIN", "H", "D", "W", "FORTNIGHT", "M", "Q", "Y", "DE", "CE"]),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=31),
    weekday=st.integers(min_value=1, max_value=7),
    season=st.sampled_from(["SP", "SU", "FA", "WI"]),
    quarter=st.integers(min_value=1, max_value=4),
    written=st.sampled_from(["1990s", "'90s", "1500s", "2090s"]),
    direction=st.sampled_from([-1, 0, 1]),
)
def test_normaliser_gives_a_value_in_range_or_declines(
    template: str,
    anchor: dt.date,
    count: int,
    unit: str,
    month: int,
    day: int,
    weekday: int,
    season: str,
    quarter: int,
    written: str,
    direction: int,
) -> None:
    meanings = {
        "count": count,
        "unit": unit,
        "month": month,
        "day": day,
        "weekday": weekday,
        "season": season,
        "quarter": quarter,
        "written": written,
    }
    situation = Situation(reference=anchor, story=anchor, direction=direction)
    try:
        value = fill(template, meanings, situation)
    except Unresolvable:
        return
    assert value
    year = re.match(r"([0-9]{4})-|([0-9]{4})$", value)
    if year:
        assert 1 <= int(year.group(1) or year.group(2)) <= 9999


PIECES = [
    *"0123456789 /-.,:'aAmMpPyY\n",
    "May ",
    "June ",
    "Friday ",
    "ago ",
    "years ",
    "last ",
    "next ",
    "30 ",
    "February ",
    "that day ",
    "today ",
    '"',
]


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=40), anchor=anchors)
def test_tagger_never_crashes_and_offsets_are_exact(pieces: list[str], anchor: dt.date) -> None:
    text = "".join(pieces)
    for timex in tag(text, anchor):
        assert text[timex.start : timex.end] == timex.text


@pytest.mark.parametrize(
    "text",
    [
        "The stake was disclosed in an SEC filing.",  # an acronym, not "sec"
        "Good evening, and welcome to the late news.",  # a greeting
        "After a weekend of talks the two sides signed nothing.",  # some weekend, not the last
    ],
)
def test_words_that_only_look_like_time_are_not_tagged(text: str) -> None:
    assert tag(text, dt.date(2000, 4, 5)) == []


def test_an_abbreviated_unit_in_capitals_counts_after_a_number() -> None:
    found = {t.text: t.value for t in tag("WE MADE IT TO THE TOP AFTER 3 HRS", dt.date(2015, 7, 1))}
    assert found == {"3 HRS": "PT3H"}


def test_last_week_said_on_a_sunday_is_the_week_that_sunday_ends() -> None:
    sunday = dt.date(2025, 7, 6)  # ISO week 27 runs from Monday 30 June to this Sunday
    assert only("Prices rose last week.", sunday).value == "2025-W27"
    assert only("Prices will rise next week.", sunday).value == "2025-W28"
    assert only("Prices rose last week.", FRIDAY).value == "2025-W26"
