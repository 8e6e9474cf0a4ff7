"""Loading the PLOVER trigger lexicon (``lexicon.toml``) into look-up tables.

The file is the coder's knowledge: a user reads it to see what dateline codes, and can pass a
file of their own in the same format (``load_lexicon(path)``). A malformed file is rejected with
the entry at fault named, never half-loaded.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline.errors import DatelineError

QUAD_CLASSES = (
    "verbal-cooperation",
    "material-cooperation",
    "verbal-conflict",
    "material-conflict",
)
_NOT_TYPES = {"target_preps", "frames", "contexts", "modality", "places"}


class LexiconError(DatelineError, ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Trigger]  # "lemma" or "lemma word" -> trigger
    nouns: dict[str, Trigger]  # "lemma" or "modifier lemma" / "lemma prep" -> trigger
    target_preps: frozenset[str]
    quad_class: dict[str, str]  # PLOVER type -> one of QUAD_CLASSES
    intent_frames: frozenset[str]  # "agree to ...", "pledge to ...": intention
    refusal_frames: frozenset[str]  # "refuse to ...", "fail to ...": refusal
    cooperative_classes: frozenset[str]  # classes an intention turns into AGREE
    light_verbs: frozenset[str]  # verbs whose event noun object is the event ("launch")
    contexts: dict[str, str]  # cue word or phrase -> PLOVER context
    modality: dict[str, frozenset[str]]  # "future", "hypothetical", "condition", ... -> cues
    place_preps: frozenset[str]
    anchor_preps: frozenset[str]

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(self.quad_class)

    def cues(self, name: str) -> frozenset[str]:
        """The modality cue words of one kind ("future", "hypothetical", ...)."""
        return self.modality.get(name, frozenset())


def _entries(words: list, event_type: str, where: str) -> dict[str, Trigger]:
    table = {}
    for word in words:
        if not isinstance(word, str) or not word.strip():
            raise LexiconError(f"{where}: entry {word!r} is not a word")
        key, _, mode = word.partition("/")
        table[" ".join(key.lower().split())] = Trigger(event_type, mode.strip() or None)
    return table


def _merge(into: dict[str, Trigger], new: dict[str, Trigger], where: str) -> None:
    for key, trigger in new.items():
        old = into.get(key)
        if old is not None and old.type != trigger.type:
            raise LexiconError(f"{where}: {key!r} is already listed under {old.type}")
        into[key] = trigger


def parse_lexicon(data: dict, origin: str = "lexicon") -> Lexicon:
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, Trigger] = {}
    quad: dict[str, str] = {}
    for event_type, section in data.items():
        if event_type in _NOT_TYPES:
            continue
        where = f"{origin} [{event_type}]"
        if not isinstance(section, dict):
            raise LexiconError(f"{where}: expected a table of verbs and nouns")
        event_class = section.get("class")
        if event_class not in QUAD_CLASSES:
            raise LexiconError(f"{where}: class {event_class!r} is not one of {QUAD_CLASSES}")
        quad[event_type] = event_class
        _merge(verbs, _entries(section.get("verbs", []), event_type, where), f"{where} verbs")
        _merge(nouns, _entries(section.get("nouns", []), event_type, where), f"{where} nouns")
    frames = data.get("frames", {})
    contexts = {
        " ".join(cue.lower().split()): context
        for context, cues in data.get("contexts", {}).items()
        for cue in cues
    }
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        target_preps=frozenset(data.get("target_preps", [])),
        quad_class=quad,
        intent_frames=frozenset(frames.get("intent", [])),
        refusal_frames=frozenset(frames.get("refusal", [])),
        cooperative_classes=frozenset(frames.get("cooperative_classes", [])),
        light_verbs=frozenset(frames.get("light", [])),
        contexts=contexts,
        modality={
            name: frozenset(w.lower() for w in words)
            for name, words in data.get("modality", {}).items()
        },
        place_preps=frozenset(data.get("places", {}).get("place_preps", [])),
        anchor_preps=frozenset(data.get("places", {}).get("anchor_preps", [])),
    )


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """The shipped lexicon, or a user's file in the same format."""
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise LexiconError(f"{path}: cannot read ({error.strerror})") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise LexiconError(f"{path}: not valid TOML ({error})") from None
        return parse_lexicon(data, str(path))
    source = resources.files("dateline.events").joinpath("lexicon.toml")
    with source.open("rb") as handle:
        return parse_lexicon(tomllib.load(handle), "lexicon.toml")
