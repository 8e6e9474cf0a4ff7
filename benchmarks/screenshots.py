"""Screenshots of the web view's main pages for docs/serve.md: `make screenshots`.

    python benchmarks/screenshots.py [--out docs/screenshots]

Builds a store from examples/ and tests/data/call/ in a temporary folder (one worker), serves it
on loopback, and lets headless Chromium (Debian's, see tests/browser.py) open the overview, the
timeline, the contested meeting's story with each side's account, the phone call's story, an
article with one event's sentence marked, and an actor. Writes one PNG per page.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import chromium, missing_chromium  # noqa: E402

from dateline.corpus.ingest import ingest  # noqa: E402
from dateline.serve.server import running  # noqa: E402


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def story_of(base: str, type_: str, *names: str) -> str:
    """The most reported story of a type whose source or target names one of ``names``."""
    for story in get_json(f"{base}/api/stories")["stories"]:
        who = f"{story['source']} {story['target']}"
        if story["type"] == type_ and all(name in who for name in names):
            return story["id"]
    raise SystemExit(f"no {type_} story of {names} in the store")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    out = parser.parse_args().out
    if reason := missing_chromium():
        raise SystemExit(reason)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "screenshots.db"
        ingest(db, [ROOT / "examples", ROOT / "tests" / "data" / "call"], workers=1)
        with running(db) as base, chromium() as browser:
            meeting = story_of(base, "CONSULT", "Kestria", "Valdoria")
            call = story_of(base, "CONSULT", "Trump", "Putin")
            first_event = get_json(f"{base}/api/stories/{meeting}")["reports"][0]
            pages = {
                "overview": "/",
                "timeline": "/timeline?actor=Mensah",
                "story-meeting": f"/stories/{meeting}",
                "story-call": f"/stories/{call}",
                "article": f"/articles/{first_event['article']}?mark={first_event['id']}"
                f"#{first_event['id']}",
                "actor": "/actor?name=Irena%20Kovac",
                "dyads": "/dyads",
            }
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for name, path in pages.items():
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                target = out / f"{name}.png"
                page.screenshot(path=str(target), full_page=name not in ("article",))
                print(f"{target}: {path}")


if __name__ == "__main__":
    main()
