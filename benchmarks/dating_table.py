"""How right each way of dating an event is: the store's events joined to judged sheets.

    python benchmarks/dating_table.py STORE.db audits/dev-events-*.csv [--rows]

Each event of the store (``dateline audit``'s view: near-duplicates left out) is matched to a
verdict by its key (article hash and trigger offsets) and the digest of its coded fields: a
verdict holds only while the type, parties, date, place and modality it was given on are
unchanged. When several sheets judged the same coded event, the one named last wins (name the
files oldest first). An event is sorted by the way its date was decided (``decided_by``'s
"date: ..." note with the words it quotes left out, else its ``date_basis``), and the table
counts, per way: events, judged, right, wrong-date, other errors (a verdict earlier in the
order of ``../shared/design/audit.md`` says nothing of the date), and the share of right dates
among the events whose date was judged (right + wrong-date). ``--rows`` also lists each event.
``--by-clause`` groups the events the story dates by default (basis "published" or "context")
by their clause instead: in the lead (first five sentences) or after it, in the simple past or
not, with a time expression in the sentence or none (the article is parsed again; the time
expressions are the stored reading's). The last line sums the table:
``SUMMARY events=.. judged=.. right=.. wrong_date=.. right_dates=..``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
from collections import defaultdict
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dateline.audit.kinds import EVENTS
from dateline.audit.sample import HASH_LENGTH, coded_digest
from dateline.events.dating import paragraph_numbers
from dateline.store.queries import EVENT_SELECT, fetch

QUOTED = re.compile(r"(?<!\w)'[^']*'(?!\w)|\"[^\"]*\"|\d{4}-\d{2}(?:-\d{2})?|\(\d{4}[^)]*\)")


def way(record: dict) -> str:
    """The way the event's date was decided, without the words it quotes."""
    notes = [n.strip() for n in (record["decided_by"] or "").split(";")]
    dated = [n for n in notes if n.startswith("date:")]
    basis = record["date_basis"] or "?"
    if not dated:
        return f"{basis}: its own words"
    return f"{basis}: {QUOTED.sub('…', dated[-1][len('date:') :].strip())}"


def verdicts(paths: list[Path]) -> dict[tuple, tuple[str, str, str]]:
    found = {}
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if not row.get("verdict"):
                    continue
                key = (row["article_hash"], int(row["trigger_start"]), int(row["trigger_end"]))
                found[(*key, row["coded"])] = (row["verdict"], row.get("reason", ""), path.name)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("sheets", type=Path, nargs="+")
    parser.add_argument("--rows", action="store_true", help="list every event too")
    parser.add_argument("--by-clause", action="store_true", help="default-dated events by clause")
    parser.add_argument(
        "--by-class",
        choices=("position", "clause", "tense", "time"),
        help="default-dated events by one class of their sentence",
    )
    args = parser.parse_args()
    db = sqlite3.connect(args.store)
    group = (
        ClassGroups(db, args.by_class)
        if args.by_class
        else ClauseGroups(db)
        if args.by_clause
        else way
    )
    judged = verdicts(args.sheets)
    records = fetch(
        db,
        f"SELECT {EVENT_SELECT}, a.hash AS article_hash, a.article_id FROM events e"
        " JOIN articles a ON a.id = e.article WHERE a.duplicate_of IS NULL",
        [],
    )
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rows = []
    for record in records:
        record["place"] = record["location"]
        record["article_hash"] = record["article_hash"][:HASH_LENGTH]
        digest = coded_digest(record, EVENTS)
        key = (record["article_hash"], record["trigger_start"], record["trigger_end"], digest)
        verdict, reason, sheet = judged.get(key, ("", "", ""))
        name = group(record)
        if name is None:
            continue
        counts = table[name]
        counts["events"] += 1
        if verdict:
            counts["judged"] += 1
            counts[verdict if verdict in ("right", "wrong-date") else "other"] += 1
        rows.append((name, record, verdict, reason, sheet))
    print(
        "| way the date was decided | events | judged | right | wrong date | other error |"
        " right dates |"
    )
    print("|---|---|---|---|---|---|---|")
    total: dict[str, int] = defaultdict(int)
    for name, counts in sorted(table.items(), key=lambda item: -item[1]["events"]):
        for field, value in counts.items():
            total[field] += value
        print(_line(name, counts))
    print(_line("**all**", total))
    if args.rows:
        for name, record, verdict, reason, sheet in sorted(rows, key=lambda r: r[0]):
            print(
                f"{name} | {record['article_id']} {record['trigger_start']} "
                f"{record['trigger']!r} {record['type']} {record['date']} "
                f"(published {record['published']}) | {verdict or '-'} {reason} {sheet}"
            )
    dated = total["right"] + total["wrong-date"]
    share = total["right"] / dated if dated else 0.0
    print(
        f"SUMMARY events={total['events']} judged={total['judged']} right={total['right']}"
        f" wrong_date={total['wrong-date']} right_dates={share:.3f}"
    )


LEAD = 5  # sentences: the headline and the lead


class ClauseGroups:
    """The clause of an event the story dates by default, as a group's name (None for others)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        from dateline.language import load_nlp

        self.db, self.nlp, self.docs = db, load_nlp(), {}

    def located(self, record: dict) -> tuple[Doc, list, Token, list[Span], int]:
        """The record's article parsed (once), its time expressions' offsets, the trigger's
        token, the article's sentences and the index of the trigger's sentence."""
        number = int(record["article"][1:])
        if number not in self.docs:
            (text,) = self.db.execute(
                "SELECT text FROM texts WHERE article = ?", [number]
            ).fetchone()
            (reading,) = self.db.execute(
                "SELECT json FROM readings WHERE article = ?", [number]
            ).fetchone()
            times = [(t["start"], t["end"]) for t in json.loads(reading).get("timexes", ())]
            self.docs[number] = (self.nlp(text), times)
        doc, times = self.docs[number]
        token = doc.char_span(
            record["trigger_start"], record["trigger_end"], alignment_mode="expand"
        )[0]
        sentences = list(doc.sents)
        index = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
        return doc, times, token, sentences, index

    def __call__(self, record: dict) -> str | None:
        if record["date_basis"] not in ("published", "context"):
            return None
        _, times, token, sentences, index = self.located(record)
        sentence = sentences[index]
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        past = verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
        timed = any(sentence.start_char <= start < sentence.end_char for start, _ in times)
        return (
            f"{'in the lead' if index < LEAD else 'after the lead'},"
            f" {'simple past' if past else 'another tense or a noun'},"
            f" {'a time in its sentence' if timed else 'no time in its sentence'}"
        )


REPORTING = {"ccomp", "parataxis"}
ATTACHED = {"relcl", "acl", "advcl", "pcomp", "xcomp"}


class ClassGroups(ClauseGroups):
    """One class of the sentence of an event the story dates by default (None for others):
    ``position`` (the headline, the first sentence, the rest of the lead paragraph, later),
    ``clause`` (a narrated main clause, a clause under a reporting verb, a relative, adverbial
    or participle clause, a noun), ``tense`` (simple past, present, another) or ``time``
    (whether the event's paragraph names a time expression)."""

    def __init__(self, db: sqlite3.Connection, kind: str) -> None:
        super().__init__(db)
        self.kind = kind

    def __call__(self, record: dict) -> str | None:
        if record["date_basis"] not in ("published", "context"):
            return None
        doc, times, token, sentences, index = self.located(record)
        paragraph_of = paragraph_numbers(doc)
        if self.kind == "position":
            # the lead paragraph: the first sentence's paragraph, and the one after when the
            # first sentence stands alone (wire copy's lead is one sentence, the next its own)
            first = paragraph_of[sentences[min(1, len(sentences) - 1)].start]
            lead = max(i for i, s in enumerate(sentences) if paragraph_of[s.start] <= first + 1)
            return (
                "headline"
                if index == 0
                else "first sentence"
                if index == 1
                else "lead paragraph"
                if index <= lead
                else "later"
            )
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        if self.kind == "tense":
            aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            if token.pos_ not in ("VERB", "AUX") and token.dep_ not in (
                "dobj",
                "nsubj",
                "nsubjpass",
            ):
                return "a noun in a phrase"
            if (verb.tag_ == "VBD" and not aux) or any(
                a.tag_ == "VBD" for a in aux if a.lemma_ == "be"
            ):
                return "simple past"
            if verb.tag_ in ("VBZ", "VBP") or any(
                a.tag_ in ("VBZ", "VBP") and a.lemma_ != "have" for a in aux
            ):
                return "present"
            return "another tense"
        if self.kind == "clause":
            if token.pos_ not in ("VERB", "AUX") and token.dep_ not in (
                "dobj",
                "nsubj",
                "nsubjpass",
                "attr",
            ):
                return "a noun in a phrase"
            path = [verb, *verb.ancestors]
            while path[0].dep_ in ("conj", "xcomp") and len(path) > 1:
                path = path[1:]
            if path[0].dep_ == "ROOT":
                return "main clause"
            if any(t.dep_ in REPORTING for t in path):
                return "under a reporting verb"
            return "relative, adverbial or participle clause"
        sentence = sentences[index]
        here = paragraph_of[token.i]
        chars = [t.idx for t in doc if paragraph_of[t.i] == here]
        own = any(sentence.start_char <= s < sentence.end_char for s, _ in times)
        near = any(chars[0] <= s <= chars[-1] for s, _ in times)
        return (
            "a time in its sentence"
            if own
            else "a time in its paragraph"
            if near
            else "no time in its paragraph"
        )


def _line(name: str, counts: dict[str, int]) -> str:
    dated = counts["right"] + counts["wrong-date"]
    share = f"{counts['right']}/{dated} = {counts['right'] / dated:.2f}" if dated else "-"
    return (
        f"| {name} | {counts['events']} | {counts['judged']} | {counts['right']} |"
        f" {counts['wrong-date']} | {counts['other']} | {share} |"
    )


if __name__ == "__main__":
    main()
