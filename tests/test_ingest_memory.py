"""Memory of a long ingest in one process: the story-merge index keeps only recent stories in
memory and reads the others back, with the same stories as an index that keeps them all."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from dateline.config import ReadConfig
from dateline.corpus.ingest import ingest
from dateline.model import Actor, Event, TextSpan
from dateline.stories import filing as story_store
from dateline.stories.merge import EventMention, StoryEvent, StoryIndex

CALL = Path(__file__).parent / "data" / "call"
TRUMP = Actor(id="1", name="Donald Trump", kind="person", country="USA", sector="GOV")
PUTIN = Actor(id="2", name="Vladimir Putin", kind="person", country="RUS", sector="GOV")
MACRON = Actor(id="3", name="Emmanuel Macron", kind="person", country="FRA", sector="GOV")


def _mention(article: str, event_id: str, evidence: str, date: str, target: Actor) -> EventMention:
    span = TextSpan(start=0, end=len(evidence), text=evidence)
    event = Event(
        id=event_id, type="CONSULT", source=TRUMP.id, target=target.id, date=date,
        date_basis="timex", trigger=span, evidence=span,
    )  # fmt: skip
    return EventMention(article, dt.date(2025, 7, 11), event, None, TRUMP, target)


# (article, event id, evidence, date, target), filed one article at a time
REPORTS = [
    ("a1", "E1", "Trump spoke with Putin by phone about the war.", "2025-07-03", PUTIN),
    ("a2", "E2", "Trump met Macron in Paris to discuss trade tariffs.", "2025-07-10", MACRON),
    ("a3", "E3", "Putin and Trump held a phone conversation about the war.", "2025-07-03", PUTIN),
    ("a4", "E4", "Macron and Trump discussed trade tariffs at the Elysee.", "2025-07-10", MACRON),
    ("a5", "E5", "Trump said the phone call with Putin about the war went well.", "2025-07", PUTIN),
]


def _file_all(index: StoryIndex, saved: dict[str, list[EventMention]], keep: int | None) -> None:
    by_event: dict[str, EventMention] = {}
    for report in REPORTS:
        mention = _mention(*report)
        by_event[mention.event.id] = mention
        for story in index.add([mention]):  # "store" what changed, then evict as the filer does
            saved[story.id] = [by_event[m.event_id] for m in story.mentions]
        if keep is not None:
            index.evict(keep)
            assert index.resident <= keep


def _summary(stories: list[StoryEvent]) -> list[tuple]:
    return sorted((s.id, s.date, tuple(m.event_id for m in s.mentions)) for s in stories)


def test_evicted_stories_are_read_back_and_joined_as_if_kept_in_memory():
    kept = StoryIndex()
    _file_all(kept, {}, keep=None)

    saved: dict[str, list[EventMention]] = {}
    loads: list[str] = []

    def load(story_id: str) -> list[EventMention]:
        loads.append(story_id)
        return saved[story_id]

    evicting = StoryIndex(load=load)
    _file_all(evicting, saved, keep=0)
    assert loads  # the later reports joined stories that were no longer in memory
    assert len(evicting) == len(kept) == 2
    assert _summary(evicting.stories()) == _summary(kept.stories())
    # the call story's date window survived the round trip: the month-dated mention joined it
    call = next(s for s in evicting.stories() if s.date == "2025-07-03")
    assert [m.event_id for m in call.mentions] == ["E1", "E3", "E5"]


def test_evicting_needs_a_loader():
    with pytest.raises(ValueError, match="loader"):
        StoryIndex().evict(0)


def _stories(db: Path) -> list[tuple]:
    connection = sqlite3.connect(db)
    rows = connection.execute(
        "SELECT s.key, s.date, s.mentions, s.articles, group_concat(m.event) FROM stories s"
        " JOIN story_mentions m ON m.story = s.id GROUP BY s.id ORDER BY s.key"
    ).fetchall()
    connection.close()
    return rows


def test_an_ingest_reading_every_story_back_stores_the_same_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # one article per batch, so that each is filed by its own update
    ingest(tmp_path / "kept.db", [CALL], workers=1, config=ReadConfig(batch_size=1))
    monkeypatch.setattr(story_store, "RESIDENT_STORIES", 0)  # nothing stays in memory
    ingest(tmp_path / "evicting.db", [CALL], workers=1, config=ReadConfig(batch_size=1))
    kept = _stories(tmp_path / "kept.db")
    assert any(articles > 1 for _, _, _, articles, _ in kept)  # a story joined across updates
    assert _stories(tmp_path / "evicting.db") == kept


def _summary_of(index: StoryIndex) -> list[tuple]:
    return _summary(index.stories())


def _counting_read_backs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read_back: list[str] = []
    load = story_store._story_mentions

    def counting(db: sqlite3.Connection, key: str) -> list[EventMention]:
        read_back.append(key)
        return load(db, key)

    monkeypatch.setattr(story_store, "_story_mentions", counting)
    return read_back


def test_an_index_rebuilt_within_a_bound_is_the_index_rebuilt_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    ingest(tmp_path / "s.db", [CALL], workers=1, config=ReadConfig(batch_size=1))
    connection = sqlite3.connect(tmp_path / "s.db")
    whole = story_store.restore_index(connection)
    read_back = _counting_read_backs(monkeypatch)
    bounded = story_store.restore_index(connection, resident=0, chunk=1)
    assert read_back  # a story evicted while rebuilding was read back at its next mention
    assert bounded.resident == 0
    assert _summary_of(bounded) == _summary_of(whole)
    connection.close()


def test_a_resumed_ingest_rebuilding_its_index_within_a_bound_stores_the_same_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    ingest(tmp_path / "once.db", [CALL], workers=1, config=ReadConfig(batch_size=1))
    first_half = sorted(CALL.iterdir())[: len(list(CALL.iterdir())) // 2]
    ingest(tmp_path / "resumed.db", first_half, workers=1, config=ReadConfig(batch_size=1))
    monkeypatch.setattr(story_store, "RESIDENT_STORIES", 0)
    monkeypatch.setattr(story_store, "_RESTORE_CHUNK", 1)
    read_back = _counting_read_backs(monkeypatch)
    ingest(
        tmp_path / "resumed.db", [CALL], workers=1, config=ReadConfig(batch_size=1)
    )  # rebuilds, then the rest
    assert read_back
    assert _stories(tmp_path / "resumed.db") == _stories(tmp_path / "once.db")
