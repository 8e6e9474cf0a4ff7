"""A study (issue 15, session 38): would a learned confidence step, trained on our own judged
development events, drop wrong events and keep right ones? (It did not pay: docs/events.md,
"Session 38: a learned confidence step".)

    python benchmarks/event_confidence_study.py [--stores DIR] [--test STORES=VERDICTS ...]
                                                [--hold-out NAME] [--lemma] [--threshold T]

The judged development events (``audits/dev-events*.csv``: keys and verdicts only) are joined
to the development stores built by ``benchmarks/audit_stores.py --only dev`` (and ``--unseen 1``
to ``4``) from today's code: a verdict counts only where the store has an event of the same
article, trigger offsets and coded fields (the sheet's ``coded`` digest), since only then is it
a verdict on today's record. The stores are built into ``--stores`` if they are not there
(``../shared/data`` is needed for that). Held-out sheets (``audits/heldout-*``) are never read.

Features are the ones a coded event has once the coder is done with it, general ones only, read
from the stored ``Event`` and its article's actors (``event_features``): type, mode, modality,
whether a source and a target were found and of what kind, sector and country basis, how the
date was decided (basis, granularity, days before publication), the rules that decided the
event (``decided_by`` without the words they quote), where its sentence is, a quotation, a live
page. It prints the precision/coverage curve of a logistic regression over them: cross-validated
with the folds grouped by article, each store left out in turn at ``--threshold``, and on each
``--test`` (stores, comma-separated, with a verdict file; ``V1+V2`` keeps only the records the
two files judge alike), records the model never saw. The fit is deterministic (liblinear).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from dateline.audit.kinds import EVENTS
from dateline.audit.sample import sample
from dateline.audit.sheets import key_of, read_judged
from dateline.model import Actor, Article, Event, Reading

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
AUDITS = ROOT / "audits"
STORES = ("dev", "dev-unseen", "dev-unseen2", "dev-unseen3", "dev-unseen4")
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
REGULARIZATION = 0.3
THRESHOLD = 0.5  # fixed before any test: an event more likely wrong than right is dropped

# quotation marks that open or close a quotation (straight ones do both)
_QUOTE_MARKS = re.compile('[\u201c\u201d"]')
# a clock time heading a line, as a live page stamps its entries: "12:05 a.m.", "1426"
_ENTRY_STAMP = re.compile(r"^\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|[012]\d[0-5]\d)\b", re.M | re.I)
# a rule's reason names the words it read in quotes after its own words: "set by 'Tuesday'"
_QUOTED = re.compile("\\s['\u2018\"]")
_DIGITS = re.compile(r"\d+")
LIVE_STAMPS = 3  # entry stamps that make an article a live page
REASON_WORDS = 9  # the first words of a rule's reason kept as its feature


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _party(prefix: str, actor_id: str | None, actors: Mapping[str, Actor]) -> list[str]:
    if actor_id is None:
        return [f"{prefix}=none"]
    actor = actors.get(actor_id)
    if actor is None:
        return [f"{prefix}=unknown"]
    return [
        f"{prefix}=found",
        f"{prefix}_kind={actor.kind}",
        f"{prefix}_sector={actor.sector or 'none'}",
        f"{prefix}_country={'yes' if actor.country else 'no'}",
        f"{prefix}_country_basis={actor.country_basis or 'none'}",
    ]


def _date(event: Event, published: dt.date) -> list[str]:
    features = [f"basis={event.date_basis or 'none'}"]
    value = event.date or ""
    granularity = {10: "day", 7: "month", 4: "year"}.get(len(value), "other" if value else "none")
    features.append(f"granularity={granularity}")
    if granularity == "day":
        try:
            days = (published - dt.date.fromisoformat(value)).days
        except ValueError:
            days = None
        if days is not None:
            features.append(
                "days_before=after" if days < 0 else f"days_before{_bucket(days, (0, 1, 7, 31))}"
            )
    return features


def _reasons(decided_by: str | None) -> list[str]:
    """The rules that decided the event, each as its first words without quoted ones."""
    features = []
    for piece in (decided_by or "").split(";"):
        words = _DIGITS.sub("N", _QUOTED.split(piece)[0]).replace(",", " ").split()
        if words:
            features.append("why=" + " ".join(words[:REASON_WORDS]).lower())
    return features


def live_page(article: Article) -> bool:
    return len(_ENTRY_STAMP.findall(article.text)) >= LIVE_STAMPS


def event_features(
    event: Event,
    article: Article,
    actors: Mapping[str, Actor],
    *,
    live: bool | None = None,
    lemma: bool = False,
) -> list[str]:
    """The features of a coded ``event`` of ``article`` (``actors`` by id). ``live`` is
    ``live_page(article)``, passed in when the caller scores many events of one article;
    ``lemma`` adds the trigger's words (a feature that may not generalise)."""
    text = article.text
    features = ["bias", f"type={event.type}", f"mode={event.mode or 'none'}"]
    features += [f"modality={m}" for m in event.modality] or ["modality=none"]
    features += _party("src", event.source, actors) + _party("tgt", event.target, actors)
    if event.source and event.target:
        a, b = actors.get(event.source), actors.get(event.target)
        if a is not None and b is not None and a.country and b.country:
            features.append(f"same_country={a.country == b.country}")
    features += _date(event, article.published)
    features.append(f"attributed={event.attribution is not None}")
    features.append(f"place={event.location is not None}")
    features += [f"context={c}" for c in event.contexts]
    features.append(f"mentions{_bucket(len(event.mentions), (1, 2))}")
    share = event.evidence.start / max(len(text), 1)
    features.append(f"position{_bucket(int(share * 10), (0, 2, 5))}")
    features.append(f"lead={event.evidence.start < 400}")
    features.append(f"sentence_words{_bucket(len(event.evidence.text.split()), (15, 30, 50))}")
    # inside a quotation: an odd number of quotation marks between the paragraph's start and it
    before = text[text.rfind("\n", 0, event.trigger.start) + 1 : event.trigger.start]
    features.append(f"in_quote={len(_QUOTE_MARKS.findall(before)) % 2 == 1}")
    features.append(f"live={live_page(article) if live is None else live}")
    features += _reasons(event.decided_by)
    if lemma:
        features.append(f"trig={event.trigger.text.lower()}")
    return features


def _session(path: Path) -> tuple[int, str]:
    """Sheets in the order they were judged: a later verdict on the same record wins."""
    found = re.search(r"-s(\d+)", path.name)
    first = {"dev-events.csv": 0, "dev-events-credibility.csv": 1}
    return (int(found[1]) if found else first.get(path.name, 0) - 10, path.name)


def development_sheets() -> list[Path]:
    sheets = sorted(AUDITS.glob("dev-events*.csv"), key=_session)
    assert not any("heldout" in p.name for p in sheets)
    return sheets


def verdicts(paths: list[Path]) -> dict[tuple, str]:
    """Every judged record's last verdict, by its key (article hash, trigger offsets, coded)."""
    _, rows = read_judged(paths)
    return {row.key: row.verdict for row in rows if row.verdict}


def conflicts(paths: list[Path]) -> int:
    """Records judged differently (right vs wrong) by two sheets."""
    seen: dict[tuple, set[bool]] = {}
    for path in paths:
        _, rows = read_judged([path])
        for row in rows:
            if row.verdict:
                seen.setdefault(row.key, set()).add(row.verdict == "right")
    return sum(len(v) > 1 for v in seen.values())


def build_stores(directory: Path) -> None:
    if not DATA.is_dir():
        sys.exit(f"no shared data at {DATA}: the development stores cannot be built (MANIFEST.md)")
    for number, name in enumerate(STORES):
        if (directory / f"{name}.db").exists():
            continue
        command = [sys.executable, str(ROOT / "benchmarks" / "audit_stores.py"), "--only", "dev"]
        command += ["--out", str(directory)] + (["--unseen", str(number)] if number else [])
        subprocess.run(command, check=True)


def joined(store: Path, judged: dict[tuple, str], lemma: bool) -> list[dict]:
    """The store's events that carry a verdict, with their features."""
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    records, _ = sample(db, EVENTS, 10**9, 0)
    wanted = [r for r in records if key_of(r, EVENTS) in judged]
    numbers = sorted({int(r["article"][1:]) for r in wanted})
    readings = {}
    for number in numbers:
        (text,) = db.execute("SELECT json FROM readings WHERE article = ?", [number]).fetchone()
        readings[number] = Reading.model_validate_json(text)
    db.close()
    out = []
    for record in wanted:
        reading = readings[int(record["article"][1:])]
        event = next(
            e
            for e in reading.events
            if (e.trigger.start, e.trigger.end) == (record["trigger_start"], record["trigger_end"])
            and e.type == record["type"]
        )
        actors = {a.id: a for a in reading.actors}
        live = live_page(reading.article)
        out.append(
            {
                "store": store.stem,
                "group": record["article_hash"],
                "right": judged[key_of(record, EVENTS)] == "right",
                "verdict": judged[key_of(record, EVENTS)],
                "features": event_features(event, reading.article, actors, live=live, lemma=lemma),
            }
        )
    return out


def fit(rows: list[dict], regularization: float = REGULARIZATION):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=False)
    matrix = vectorizer.fit_transform([dict.fromkeys(r["features"], 1.0) for r in rows])
    model = LogisticRegression(C=regularization, solver="liblinear", max_iter=2000)
    model.fit(matrix, [r["right"] for r in rows])
    return vectorizer, model


def predict(vectorizer, model, rows: list[dict]) -> np.ndarray:
    matrix = vectorizer.transform([dict.fromkeys(r["features"], 1.0) for r in rows])
    return model.predict_proba(matrix)[:, 1]


def cross_validated(rows: list[dict], folds: int = 5, **options) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    scores = np.zeros(len(rows))
    groups = [r["group"] for r in rows]
    for train, test in GroupKFold(n_splits=folds).split(rows, groups=groups):
        vectorizer, model = fit([rows[i] for i in train], **options)
        scores[test] = predict(vectorizer, model, [rows[i] for i in test])
    return scores


def curve(rows: list[dict], scores: np.ndarray, title: str) -> list[str]:
    right = np.array([r["right"] for r in rows])
    lines = [
        f"{title}: {len(rows)} events, {right.sum()} right, precision {right.mean():.3f}",
        "  threshold  kept  precision  right-dropped  wrong-dropped  wrong/right",
    ]
    for threshold in THRESHOLDS:
        kept = scores >= threshold
        precision = right[kept].mean() if kept.any() else float("nan")
        lost, gone = int((right & ~kept).sum()), int((~right & ~kept).sum())
        ratio = f"{gone / lost:.1f}" if lost else ("-" if not gone else "inf")
        lines.append(
            f"  {threshold:9.2f}  {kept.sum():4d}  {precision:9.3f}  {lost:13d}  {gone:13d}"
            f"  {ratio:>11}"
        )
    return lines


def agreed(paths: list[Path]) -> dict[tuple, str]:
    """The records every file judged, where all judge them alike (right, or wrong)."""
    files = [verdicts([p]) for p in paths]
    keys = set.intersection(*(set(f) for f in files))
    return {k: files[0][k] for k in keys if len({f[k] == "right" for f in files}) == 1}


def dropped_at(rows: list[dict], scores: np.ndarray, threshold: float) -> str:
    right = np.array([r["right"] for r in rows])
    kept = scores >= threshold
    return (
        f"{len(rows)} events, precision {right.mean():.3f} -> {right[kept].mean():.3f};"
        f" dropped {int((right & ~kept).sum())} right, {int((~right & ~kept).sum())} wrong"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stores", type=Path, default=Path("/tmp/dateline-confidence"))
    parser.add_argument("--test", action="append", default=[], metavar="STORES=VERDICTS")
    parser.add_argument("--hold-out", default=None, help="A store name left out as a test set.")
    parser.add_argument("--lemma", action="store_true", help="Add the trigger's words.")
    parser.add_argument("--regularization", type=float, default=REGULARIZATION)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    options = parser.parse_args()

    options.stores.mkdir(parents=True, exist_ok=True)
    build_stores(options.stores)
    sheets = development_sheets()
    judged = verdicts(sheets)
    print(
        f"{len(sheets)} development sheets, {len(judged)} judged records,"
        f" {conflicts(sheets)} judged right by one sheet and wrong by another (last one kept)"
    )
    rows: list[dict] = []
    for name in STORES:
        found = joined(options.stores / f"{name}.db", judged, options.lemma)
        print(
            f"  {name}: {len(found)} verdicts join today's events"
            f" ({sum(r['right'] for r in found)} right)"
        )
        rows += found
    print(
        f"joined: {len(rows)} of {len(judged)}; verdicts:"
        f" {dict(Counter(r['verdict'] for r in rows).most_common())}"
    )
    c = options.regularization
    train = [r for r in rows if r["store"] != options.hold_out]
    print("\n".join(curve(train, cross_validated(train, regularization=c), "cross-validated")))
    print(f"each store left out, the rest trained on, threshold {options.threshold}:")
    for name in STORES:
        rest = [r for r in rows if r["store"] != name]
        alone = [r for r in rows if r["store"] == name]
        scores = predict(*fit(rest, regularization=c), alone)
        print(f"  {name}: {dropped_at(alone, scores, options.threshold)}")
    vectorizer, model = fit(train, regularization=c)
    tests = []
    if options.hold_out:
        tests.append((options.hold_out, [r for r in rows if r["store"] == options.hold_out]))
    for pair in options.test:
        stores, sheets_given = pair.split("=", 1)
        paths = [Path(p) for p in sheets_given.split("+")]
        judged_here = verdicts(paths) if len(paths) == 1 else agreed(paths)
        found = [r for s in stores.split(",") for r in joined(Path(s), judged_here, options.lemma)]
        names = " + ".join(Path(s).name for s in stores.split(","))
        title = f"{names} judged in {' and '.join(p.name for p in paths)}"
        tests.append((title + (", where they agree" if len(paths) > 1 else ""), found))
    for title, test in tests:
        print("\n".join(curve(test, predict(vectorizer, model, test), f"unseen {title}")))


if __name__ == "__main__":
    main()
