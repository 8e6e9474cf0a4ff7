"""The web view serves while `dateline ingest` writes to the same store (WAL): every request
answers, and the pages show the articles as their batches commit."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from dateline.config import ReadConfig
from dateline.corpus.ingest import ingest
from dateline.serve.server import running
from tests.corpus_articles import records, write_jsonl

BATCH = 4  # small batches: many commits while the pages are read


def get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read()


def test_pages_answer_while_ingest_writes_the_store(tmp_path: Path):
    articles = records(60)
    db = tmp_path / "live.db"
    ingest(db, [write_jsonl(tmp_path / "first.jsonl", articles[:4])],
           config=ReadConfig(batch_size=BATCH), workers=1)  # fmt: skip
    rest = write_jsonl(tmp_path / "rest.jsonl", articles[4:])
    seen: list[int] = []
    with running(db) as base:
        writer = subprocess.Popen(
            [sys.executable, "-m", "dateline", "ingest", str(rest), "--db", str(db),
             "--workers", "1", "--batch-size", str(BATCH), "--quiet"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            while writer.poll() is None:
                status, body = get(f"{base}/api/overview")
                assert status == 200
                seen.append(json.loads(body)["counts"]["articles"])
                for page in ("/", "/timeline", "/quotes", "/dyads"):
                    assert get(base + page)[0] == 200
                time.sleep(0.05)
            assert writer.returncode == 0, writer.stderr.read().decode() if writer.stderr else ""
        finally:
            writer.kill()
            writer.wait()
        final = json.loads(get(f"{base}/api/overview")[1])["counts"]["articles"]
    assert final == 60
    assert seen == sorted(seen)  # a page never sees the store go back
    # read between two of the writer's commits: neither before its first nor after its last
    assert any(4 < count < 60 for count in seen), seen
