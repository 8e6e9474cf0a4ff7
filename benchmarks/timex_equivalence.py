"""The fast candidate pass against the full scan, on Reuters-21578 bodies: identical or not.

    PYTHONPATH=src .venv/bin/python benchmarks/timex_equivalence.py [--bodies N]

For each of the first N bodies (default 5,000) the tagger's matches (each rule tried only where
its match may begin, dateline.timex.starts) are compared with those of every rule's pattern run
over the whole body, then the candidates and every field of every time expression of ``tag``.
Also reports the CPU time of both ways of finding the matches. Ends with a SUMMARY line; exits
non-zero when any body differs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from unittest import mock

from dateline.timex import tag, tagger
from dateline.timex.reference import described, full_scan, reference_candidates
from dateline.timex.rules import load_grammar
from dateline.timex.tagger import settle
from reuters import REUTERS, require_reuters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bodies", type=int, default=5000)
    arguments = parser.parse_args()
    require_reuters()
    bodies: list[tuple[str, dt.date]] = []
    with REUTERS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("body"):
                bodies.append((record["body"], dt.date.fromisoformat(record["datetime"][:10])))
            if len(bodies) == arguments.bodies:
                break
    grammar = load_grammar()

    started = time.process_time()
    fast = [grammar.starts.matches(body) for body, _ in bodies]
    fast_seconds = time.process_time() - started
    started = time.process_time()
    full = [full_scan(body, grammar) for body, _ in bodies]
    full_seconds = time.process_time() - started

    differing = []
    expressions = 0
    for number, ((body, anchor), ours, theirs) in enumerate(zip(bodies, fast, full, strict=True)):
        timexes = [t.model_dump() for t in tag(body, anchor)]
        with mock.patch.object(tagger, "find_candidates", reference_candidates):
            reference = [t.model_dump() for t in tag(body, anchor)]
        expressions += len(timexes)
        if (
            described(ours) != described(theirs)
            or settle(ours, grammar) != settle(theirs, grammar)
            or timexes != reference
        ):
            differing.append(number)
    print(f"first differing bodies: {differing[:10]}" if differing else "no body differs")
    print(
        f"SUMMARY bodies={len(bodies)} differing={len(differing)} expressions={expressions}"
        f" matches_fast_s={fast_seconds:.2f} matches_full_scan_s={full_seconds:.2f}"
    )
    if differing:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
