"""What reading wire copy with its wrapped lines joined changes: run once per version of the code.

    PYTHONPATH=OLD/src python benchmarks/unwrapping_effect.py dump /tmp/before --stories 300
    PYTHONPATH=NEW/src python benchmarks/unwrapping_effect.py dump /tmp/after --stories 300
    python benchmarks/unwrapping_effect.py compare /tmp/before /tmp/after

``dump`` reads the first N Reuters-21578 stories (all hard-wrapped) and keeps their Readings, and
parses them and texts that are not hard-wrapped (the first 150 PolNeAR train articles, the first
250 Timeline17 articles of the development topics haiti, bpoil and H1N1, the examples and the
reference article), keeping each token's annotations. ``compare`` counts the events, quotes and
actor records of each, writes the records only one side has to ``changed.json`` in the second
folder (for judging by hand), checks that every span of the second side's records is the
article's text at its offsets, and counts the tokens whose POS, head, label or entity changed:
on text that is not hard-wrapped it must be none. Ends with a SUMMARY line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from dateline.evaluation.polnear import load_split
from dateline.language import parse_many
from dateline.pipeline import read_many
from dateline.text.paragraphs import hard_wrapped
from reuters import require_reuters, stories

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
DEVELOPMENT_TOPICS = ("haiti", "bpoil", "H1N1")
ANNOTATIONS = [ORTH, POS, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START, IDX, LEMMA, MORPH]


def other_texts() -> dict[str, str]:
    """Development texts that are not Reuters copy, keyed by where they come from."""
    texts = {}
    for n, article in enumerate(load_split(DATA / "quotes" / "polnear", "train", [])[:150]):
        texts[f"polnear-train/{n}"] = article.text
    with (DATA / "corpora" / "timeline17-dev" / "articles.jsonl").open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    chosen = [r for r in records if r["topic"] in DEVELOPMENT_TOPICS][:250]
    texts.update({f"t17/{r['id']}": r["text"] for r in chosen})
    examples = sorted((ROOT / "examples").glob("*.txt"))
    examples.append(ROOT.parent / "shared" / "examples" / "trump-putin-call-2025-07-04.txt")
    texts.update({f"example/{path.name}": path.read_text(encoding="utf-8") for path in examples})
    return texts


def dump(out: Path, limit: int) -> None:
    require_reuters()
    out.mkdir(parents=True, exist_ok=True)
    articles = list(stories(limit))
    readings = [r.model_dump(mode="json") for r in read_many(articles)]
    (out / "readings.json").write_text(json.dumps(readings), encoding="utf-8")
    texts = other_texts() | {f"reuters/{a.id}": a.text for a in articles}
    tokens = {}
    for key, doc in zip(texts, parse_many(texts.values()), strict=True):
        tokens[key] = {
            "wrapped": hard_wrapped(texts[key]),
            "hash": hashlib.sha1(doc.to_array(ANNOTATIONS).tobytes()).hexdigest(),
            "tokens": [
                (t.idx, t.text, t.pos_, t.dep_, t.head.idx, t.ent_type_, t.ent_iob_) for t in doc
            ],
        }
    (out / "tokens.json").write_text(json.dumps(tokens), encoding="utf-8")


def _keys(reading: dict[str, Any]) -> dict[str, list[tuple]]:
    """Each record of a Reading as what a user sees of it (actors by name, not by id)."""
    names = {a["id"]: a["name"] for a in reading["actors"]}

    def speaker(q: dict[str, Any]) -> str | None:
        return names.get(q["speaker"]) or (q["source"] or {}).get("text")

    def event(e: dict[str, Any]) -> tuple:
        doer, done_to = names.get(e["source"]), names.get(e["target"])
        return (e["type"], doer, done_to, e["trigger"]["start"], e["date"], tuple(e["modality"]))

    return {
        "events": [event(e) for e in reading["events"]],
        "quotes": [
            (q["kind"], q["mode"], speaker(q), q["content"]["start"], q["content"]["end"])
            for q in reading["attributions"]
        ],
        "actors": [(a["name"], a["kind"], a["country"], a["role"]) for a in reading["actors"]],
    }


def _spans(reading: dict[str, Any]) -> list[dict[str, Any]]:
    spans = [s for q in reading["attributions"] for s in (q["content"], q["source"], q["cue"])]
    spans += [s for q in reading["attributions"] for s in q["content_parts"]]
    for e in reading["events"]:
        spans += [e["trigger"], e["evidence"], e["source_phrase"], e["target_phrase"]]
        spans += e["mentions"]
    spans += [m for a in reading["actors"] for m in a["mentions"]] + reading["timexes"]
    return [s for s in spans if s]


def compare(before: Path, after: Path) -> None:
    old = json.loads((before / "readings.json").read_text(encoding="utf-8"))
    new = json.loads((after / "readings.json").read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    changed: dict[str, list] = {"removed": [], "added": []}
    for was, now in zip(old, new, strict=True):
        article = was["article"]
        assert article == now["article"], "the two dumps read different stories"
        kept_was, kept_now = _keys(was), _keys(now)
        for kind in kept_was:
            ka, kb = Counter(kept_was[kind]), Counter(kept_now[kind])
            counts[f"{kind}_before"] += ka.total()
            counts[f"{kind}_after"] += kb.total()
            counts[f"{kind}_removed"] += (ka - kb).total()
            counts[f"{kind}_added"] += (kb - ka).total()
            changed["removed"] += [[article["id"], kind, list(k)] for k in (ka - kb).elements()]
            changed["added"] += [[article["id"], kind, list(k)] for k in (kb - ka).elements()]
        for side, reading in (("before", was), ("after", now)):
            shown = [q for q in reading["attributions"] if q["mode"] == "speech"]
            counts[f"speech_shown_{side}"] += sum(not q["unresolved"] for q in shown)
            broken = sum("\n" in actor["name"] for actor in reading["actors"])
            counts[f"actor_names_with_a_line_break_{side}"] += broken
        text = article["text"]
        spans = _spans(now)
        counts["spans"] += len(spans)
        counts["spans_off"] += sum(text[s["start"] : s["end"]] != s["text"] for s in spans)
    (after / "changed.json").write_text(json.dumps(changed, indent=1), encoding="utf-8")
    _compare_tokens(before, after, counts)
    for key, value in counts.items():
        print(f"{key}: {value:,}")
    print("SUMMARY " + " ".join(f"{key}={value}" for key, value in counts.items()))


def _compare_tokens(before: Path, after: Path, counts: Counter[str]) -> None:
    old = json.loads((before / "tokens.json").read_text(encoding="utf-8"))
    new = json.loads((after / "tokens.json").read_text(encoding="utf-8"))
    for key, a in old.items():
        b = new[key]
        if not a["wrapped"]:
            counts["not_wrapped_docs"] += 1
            counts["not_wrapped_tokens"] += len(a["tokens"])
            counts["not_wrapped_docs_changed"] += a["hash"] != b["hash"]
            continue
        counts["wrapped_docs"] += 1
        counts["wrapped_docs_changed"] += a["hash"] != b["hash"]
        counts["wrapped_space_tokens_before"] += sum(not t[1].strip() for t in a["tokens"])
        counts["wrapped_space_tokens_after"] += sum(not t[1].strip() for t in b["tokens"])
        # words are at the same offsets on both sides; only space tokens come and go
        by_offset = {t[0]: t for t in b["tokens"] if t[1].strip()}
        for token in (t for t in a["tokens"] if t[1].strip()):
            other = by_offset[token[0]]
            counts["wrapped_words"] += 1
            counts["wrapped_words_changed"] += token[2:] != other[2:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--stories", type=int, default=300)
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.stories)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
