"""Loading the PLOVER trigger lexicon (``lexicon.toml``) into look-up tables."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Trigger]  # "lemma" or "lemma prep" -> trigger
    nouns: dict[str, Trigger]  # "lemma" or "modifier lemma" -> trigger
    target_preps: frozenset[str]


def _entries(words: list[str], event_type: str) -> dict[str, Trigger]:
    table = {}
    for word in words:
        key, _, mode = word.partition("/")
        table[key.lower()] = Trigger(event_type, mode or None)
    return table


def parse_lexicon(data: dict) -> Lexicon:
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, Trigger] = {}
    for event_type, section in data.items():
        if not isinstance(section, dict):
            continue
        verbs.update(_entries(section.get("verbs", []), event_type))
        nouns.update(_entries(section.get("nouns", []), event_type))
    return Lexicon(verbs, nouns, frozenset(data.get("target_preps", [])))


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """The shipped lexicon, or a user's file in the same format."""
    if path is not None:
        return parse_lexicon(tomllib.loads(path.read_text(encoding="utf-8")))
    source = resources.files("dateline.events").joinpath("lexicon.toml")
    with source.open("rb") as handle:
        return parse_lexicon(tomllib.load(handle))
