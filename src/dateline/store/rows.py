"""A Reading flattened into table rows (plain tuples, cheap to pickle from a worker), and the
records the writer takes: an article ready to store (``Processed``) or one the stages failed on.

Rows refer to actors and attributions by their ids within the Reading; the writer maps those to
store ids. The full Reading JSON is kept beside the rows, so fields added to the model later are
never lost even before a migration gives them a column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from dateline.model import Article, Reading, TextSpan
from dateline.store.dedup import Fingerprint

Row = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class ReadingRows:
    timexes: list[Row]  # start, end, text, type, value, anchor, mod
    actors: list[Row]  # local_id, name, kind, country, role, sector, aliases, mentions
    # local_id, kind, speaker local id, speaker_name, content, start, end, source, cue, via,
    # said_on, mode, unresolved
    attributions: list[Row]
    # local_id, type, mode, date, basis, source local id, name, country, target local id, name,
    # country, location, modality, attribution local id, trigger, start, end, evidence, start, end,
    # decided_by
    events: list[Row]


def flatten(reading: Reading) -> ReadingRows:
    actors = {actor.id: actor for actor in reading.actors}

    def name(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id) if actor_id else None
        return actor.name if actor else None

    def country(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id) if actor_id else None
        return actor.country if actor else None

    def phrase(span: TextSpan | None) -> str | None:
        return " ".join(span.text.split()) if span else None

    return ReadingRows(
        timexes=[
            (t.start, t.end, t.text, t.type, t.value, t.anchor, t.mod) for t in reading.timexes
        ],
        actors=[
            (
                a.id, a.name, a.kind, a.country, a.role, a.sector,
                json.dumps(list(a.aliases), ensure_ascii=False), len(a.mentions),
            )
            for a in reading.actors
        ],
        attributions=[
            (
                q.id, q.kind, q.speaker if q.speaker in actors else None,
                reading.speaker_name(q),
                q.words_said, q.content.start, q.content.end,
                q.source.text if q.source else None, q.cue.text if q.cue else None,
                json.dumps([name(v) or v for v in q.via], ensure_ascii=False), q.said_on,
                q.mode, int(q.unresolved),
            )
            for q in reading.attributions
        ],
        events=[
            (
                e.id, e.type, e.mode, e.date, e.date_basis,
                # no actor: the phrase that names the party ("a federal judge", "dozens of
                # protesters") is what a reader of the record needs to see
                e.source, name(e.source) or phrase(e.source_phrase), country(e.source),
                e.target, name(e.target) or phrase(e.target_phrase), country(e.target),
                e.location, ",".join(e.modality), e.attribution,
                e.trigger.text, e.trigger.start, e.trigger.end,
                e.evidence.text, e.evidence.start, e.evidence.end, e.decided_by,
            )
            for e in reading.events
        ],
    )  # fmt: skip


def _ids(next_id: dict[str, int], table: str, count: int) -> range:
    first = next_id[table]
    next_id[table] = first + count
    return range(first, first + count)


def store_rows(article_id: int, rows: ReadingRows, next_id: dict[str, int]) -> dict[str, list[Row]]:
    """An article's rows as the store holds them, with the full-text rows of its quotes and
    events: ids taken from ``next_id`` (the next free id per table, advanced here) and the
    Reading's local references mapped to them. The writer and ``dateline spark`` both number
    rows with it, so both give the same ids."""
    out: dict[str, list[Row]] = {
        "timexes": [], "actors": [], "attributions": [], "quotes_fts": [], "events": [],
        "events_fts": [],
    }  # fmt: skip
    for row_id, row in zip(_ids(next_id, "timexes", len(rows.timexes)), rows.timexes, strict=True):
        out["timexes"].append((row_id, article_id, *row))
    actor_ids: dict[object, int] = {}
    for row_id, row in zip(_ids(next_id, "actors", len(rows.actors)), rows.actors, strict=True):
        actor_ids[row[0]] = row_id
        out["actors"].append((row_id, article_id, *row))
    quote_ids: dict[object, int] = {}
    quotes = rows.attributions
    for row_id, row in zip(_ids(next_id, "attributions", len(quotes)), quotes, strict=True):
        quote_ids[row[0]] = row_id
        out["attributions"].append(
            (row_id, article_id, row[0], row[1], actor_ids.get(row[2]), *row[3:])
        )
        out["quotes_fts"].append((row_id, row[4]))
    for row_id, row in zip(_ids(next_id, "events", len(rows.events)), rows.events, strict=True):
        out["events"].append(
            (
                row_id, article_id, *row[:5], actor_ids.get(row[5]), *row[6:8],
                actor_ids.get(row[8]), *row[9:13], quote_ids.get(row[13]), *row[14:],
            )
        )  # fmt: skip
        out["events_fts"].append((row_id, row[17]))
    return out


@dataclass(frozen=True, slots=True)
class Processed:
    """An article read and flattened, ready for the writer."""

    hash: str
    article: Article
    language: str | None
    words: int
    reading_json: str
    rows: ReadingRows
    fingerprint: Fingerprint


@dataclass(frozen=True, slots=True)
class Failed:
    """An article the pipeline raised on: rejected with the error, the batch goes on."""

    hash: str
    article: Article
    reason: str
