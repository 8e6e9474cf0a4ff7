"""The dateline a story opens with is furniture: no actor comes from it."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Article
from dateline.pipeline import Reader
from dateline.text.wirelines import wire_dateline


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("LIMA (Reuters) - Farmers blocked roads.", "Farmers blocked roads."),
        ("OSLO, March 3 (AP) -- The cabinet met.", "The cabinet met."),
        ("SAN JOSE, Costa Rica (AFP) — Rain fell.", "Rain fell."),
        ("KYIV -LRB- Reuters -RRB- - Sirens sounded.", "Sirens sounded."),
        ("Budget talks stall\n\nROME (ANSA) - The talks stalled.", "The talks stalled."),
        # after a headline and a time stamp on the same line, as tokenised web copy has it
        (
            "Talks stall | Mon 4:10 pm ROME -LRB- ANSA -RRB- - The talks stalled.",
            "The talks stalled.",
        ),
        # a web page's stamp of place and time before it, and an agency's desk with "!"
        (
            "TALLINN | Tue Mar 3 , 2026 9:52 am EDT TALLINN -LRB- Kestrel Life ! -RRB- "
            "\n- Students painted a mural.",
            "Students painted a mural.",
        ),
        # a newspaper's own dateline: no agency, a long dash, at the start of a line
        ("QUITO — The assembly adjourned.", "The assembly adjourned."),
        ("Vote delayed\n\nQUITO ― The assembly adjourned.", "The assembly adjourned."),
        ("Vote delayed\nPORTO ALEGRE, Brazil -- Voting was delayed.", "Voting was delayed."),
    ],
)
def test_a_dateline_ends_where_the_story_begins(text: str, body: str) -> None:
    span = wire_dateline(text)
    assert span is not None and text[span[1] :] == body


@pytest.mark.parametrize(
    "text",
    [
        "Farmers in Peru blocked roads on Monday.",
        "EU ministers (led by Spain) - agreed on quotas.",
        "The UN (in a statement) - said nothing.",
        "The council met — briefly — on Monday.",
        "Ecuador — the assembly adjourned.",
    ],
)
def test_text_without_a_dateline_has_none(text: str) -> None:
    assert wire_dateline(text) is None


def test_the_dateline_place_and_agency_are_no_actors() -> None:
    article = Article(
        id="wire",
        text="LIMA (Reuters) - Peruvian police detained a union leader on Tuesday, "
        "his lawyer said. The government denied any wrongdoing.",
        published=dt.date(2024, 5, 8),
    )
    names = {actor.name for actor in Reader().read(article).actors}
    assert not names & {"LIMA", "Lima", "Reuters"}
    assert "Peruvian police" in names or "police" in {n.lower() for n in names}


def test_a_newspaper_dateline_city_is_no_actor() -> None:
    article = Article(
        id="paper",
        text="QUITO — Ecuador's assembly voted on Tuesday to remove the interior minister.",
        published=dt.date(2024, 5, 8),
    )
    names = {actor.name for actor in Reader().read(article).actors}
    assert not names & {"QUITO", "Quito"}


def test_an_agency_the_model_runs_into_the_first_words_is_cut_off_at_the_dateline() -> None:
    # tokenised copy: the entity recogniser reads "Reuters -RRB- - Soldiers" as one name
    article = Article(
        id="tokenised",
        text="MEXICO CITY -LRB- Reuters -RRB- - Soldiers detained three smugglers on Sunday , "
        "an army statement said .",
        published=dt.date(2024, 5, 8),
    )
    reading = Reader().read(article)
    names = {actor.name for actor in reading.actors}
    assert not any("Reuters" in name or "-RRB-" in name for name in names), names
    sources = {event.source for event in reading.events}
    assert not any(source and "reuters" in source for source in sources), sources
