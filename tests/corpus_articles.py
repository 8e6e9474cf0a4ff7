"""Tiny dated articles written for the corpus tests (no outside text), as JSONL records."""

from __future__ import annotations

import json
from pathlib import Path

MINISTERS = ["Anna Berg", "Tomas Ruiz", "Lena Fischer", "Omar Haddad", "Mei Lin"]
CITIES = ["Geneva", "Vienna", "Oslo", "Nairobi", "Lima", "Hanoi", "Quito", "Riga"]
VERBS = ["met", "criticised", "praised", "accused", "thanked"]


def records(count: int) -> list[dict]:
    """``count`` distinct short articles, each with an event, a quote and a date."""
    out = []
    for n in range(count):
        minister = MINISTERS[n % len(MINISTERS)]
        city = CITIES[(n // len(MINISTERS)) % len(CITIES)]
        verb = VERBS[(n // 3) % len(VERBS)]
        day = 1 + n % 28
        text = (
            f"Foreign Minister {minister} {verb} officials from {city} on Monday, "
            f'the ministry said. "We will meet again in {city} next week," {minister} said '
            f"in statement number {n}."
        )
        out.append({"id": f"story-{n}", "date": f"2026-03-{day:02d}", "text": text})
    return out


def write_jsonl(path: Path, rows: list[dict | str]) -> Path:
    """Records (dicts) or raw lines (strings, e.g. deliberately corrupt ones), one per line."""
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
