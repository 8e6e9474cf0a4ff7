"""What the Spark job's component filer gives the story tables to be numbered by.

``tasks.file_component`` files one component's mentions; beside each story and mention it says
the batch and the ``lead`` event the two story tables are numbered by (stories by the batch of
their first mention, then that mention; story mentions batch by batch, each story's in the
order of its least event in the batch). Invented people and meetings throughout.
"""

from __future__ import annotations

import json

import pyarrow as pa

from dateline.spark.tasks import ACTOR_COLUMNS, MENTION_COLUMNS, file_component
from dateline.stories.merge import MergeConfig

MINISTER = (10, "Orla Venn", "person", "KES", "foreign minister", None, "[]")
ENVOY = (11, "Dario Falk", "person", "ILV", "envoy", None, "[]")
UNION = (12, "Harbour Workers Union", "organisation", "KES", None, None, "[]")


def _row(event: int, batch: int, kind: str, source: tuple, target: tuple | None) -> dict:
    evidence = f"Report {event} of the week."
    values = {
        "event": event, "article": 100 + event, "type": kind, "mode": None,
        "date": "2031-05-06", "date_basis": "timex", "modality": "", "source": source[0],
        "target": target[0] if target else None, "attribution": None, "trigger": "met",
        "trigger_start": 0, "trigger_end": 3, "evidence": evidence, "evidence_start": 0,
        "evidence_end": len(evidence), "published": "2031-05-07", "outlet": "Kestria Post",
        "duplicate_of": None,
    }  # fmt: skip
    row = {name: values[name] for name in MENTION_COLUMNS} | {"batch": batch}
    for prefix, actor in (("s_", source), ("t_", target)):
        row |= {
            f"{prefix}{name}": actor[i] if actor else None for i, name in enumerate(ACTOR_COLUMNS)
        }
    return row


def test_each_row_has_its_batch_and_its_story_s_least_event_in_that_batch():
    meeting = [(1, 0), (3, 1), (5, 1)]  # (event, batch): the minister meets the envoy
    strike = [(2, 0), (4, 1)]  # the union protests
    rows = [_row(e, b, "CONSULT", MINISTER, ENVOY) for e, b in meeting]
    rows += [_row(e, b, "PROTEST", UNION, None) for e, b in strike]
    filed = file_component(pa.Table.from_pylist(rows), merge=MergeConfig()).to_pylist()

    stories = {row["key"]: row for row in filed if row["event"] is None}
    mentions = {row["event"]: row for row in filed if row["event"] is not None}
    assert len(stories) == 2, json.dumps(filed, default=str)
    meeting_key, strike_key = mentions[1]["key"], mentions[2]["key"]
    assert {e: mentions[e]["key"] for e in mentions} == {
        1: meeting_key, 3: meeting_key, 5: meeting_key, 2: strike_key, 4: strike_key,
    }  # fmt: skip
    # a story: the batch of its first mention, and that mention
    assert (stories[meeting_key]["batch"], stories[meeting_key]["lead"]) == (0, 1)
    assert (stories[strike_key]["batch"], stories[strike_key]["lead"]) == (0, 2)
    # a mention: its batch, and its story's least event in that batch (the meeting's mention 5
    # comes before the strike's 4 in batch 1: the meeting's lead there is 3)
    assert {e: (row["batch"], row["lead"]) for e, row in mentions.items()} == {
        1: (0, 1), 2: (0, 2), 3: (1, 3), 4: (1, 4), 5: (1, 3),
    }  # fmt: skip
