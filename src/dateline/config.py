"""How articles are read: one configuration for ``read``, ``ingest``, the Python API and workers.

``ReadConfig`` names everything besides the article itself that decides its Reading: the user's
knowledge files (known people and organisations), an event lexicon and a learned event typer in
place of the shipped ones, and how many articles are read together. ``dateline.pipeline.Reader``
loads it once. An ingest run records ``ReadConfig.record()`` in the store, so that a later run
with another configuration is noticed rather than mixed in (``differences``).

This module is light (no spaCy): commands build a configuration before anything is loaded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import DatelineError

MAX_CHARS = 1_000_000  # spaCy's own default limit; longer texts are rejected, not truncated
BATCH_SIZE = 32  # articles parsed together; actors learned in one carry to the rest of its batch

# the parts of a configuration that change readings (``max_chars`` only rejects articles)
_READING_KEYS = ("knowledge", "event_lexicon", "event_typer", "all_events", "batch_size")
_LABELS = {
    "knowledge": "knowledge files",
    "event_lexicon": "event lexicon",
    "event_typer": "event typer",
    "all_events": "all events (no trust gate)",
    "batch_size": "batch size",
}
# what a run recorded before a key existed read with
_BEFORE_KEY = {"all_events": False}
_UNSET = {"knowledge": "none", "event_lexicon": "shipped", "event_typer": "none"}


class ConfigError(DatelineError, ValueError):
    pass


@dataclass(frozen=True)
class ReadConfig:
    """Everything besides the article that decides how it is read.

    * ``knowledge``: your own known people and organisations (TOML, ``docs/actors.md``), added
      to the shipped ones;
    * ``event_lexicon``: a PLOVER trigger lexicon used instead of the shipped one
      (``docs/events.md``); ``event_typer``: a learned event typer (``dateline train events``)
      that re-types each coded event; None: the rules alone;
    * ``all_events``: keep the credible events the trust gate drops (``events/trust.py``: not
      stated as done, doer or target not a party of the clause, words inside a quotation):
      more recall, far less precision (``docs/events.md``);
    * ``max_chars``: longer articles are rejected, not truncated;
    * ``batch_size``: articles parsed together. What an article says of an actor ("Russian
      President Vladimir Putin") resolves the bare names of the later articles of its batch
      ("Putin"); batches are cut at fixed points of the input, so a Reading never depends on the
      number of workers or on where an interrupted ingest resumed.
    """

    knowledge: tuple[Path, ...] = field(default=())
    event_lexicon: Path | None = None
    event_typer: Path | None = None
    all_events: bool = False
    max_chars: int = MAX_CHARS
    batch_size: int = BATCH_SIZE

    def __post_init__(self) -> None:
        object.__setattr__(self, "knowledge", tuple(Path(p) for p in self.knowledge))
        for name in ("event_lexicon", "event_typer"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, Path(value))
        if self.max_chars < 1:
            raise ConfigError(f"max chars must be at least 1, not {self.max_chars}")
        if self.batch_size < 1:
            raise ConfigError(f"batch size must be at least 1, not {self.batch_size}")

    def record(self) -> dict[str, Any]:
        """The configuration as JSON-able data, each file with the sha256 of its content (a
        file edited between two runs is another configuration)."""
        return {
            "knowledge": [_file_record(path) for path in self.knowledge],
            "event_lexicon": _file_record(self.event_lexicon) if self.event_lexicon else None,
            "event_typer": _file_record(self.event_typer) if self.event_typer else None,
            "all_events": self.all_events,
            "max_chars": self.max_chars,
            "batch_size": self.batch_size,
        }


def _file_record(path: Path) -> dict[str, str]:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror})") from None
    return {"path": str(path), "sha256": digest}


def _describe(key: str, value: Any) -> str:
    if value is None or value == []:
        return _UNSET[key]
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_describe(key, item) for item in value)
    if isinstance(value, dict):
        return f"{value['path']} (sha256 {value['sha256'][:8]})"
    return str(value)


def _recorded(record: dict[str, Any], key: str) -> Any:
    """A record's value of ``key``; for a record made before the key existed, what it read with."""
    return record.get(key, _BEFORE_KEY.get(key))


def _reading_part(record: dict[str, Any], key: str) -> Any:
    value = _recorded(record, key)
    if isinstance(value, list):  # files compare by content, wherever they were read from
        return [item["sha256"] for item in value]
    if isinstance(value, dict):
        return value["sha256"]
    return value


def differences(recorded: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """What makes ``current`` read articles differently from ``recorded`` (both ``record()``
    data), one phrase each: "event lexicon: shipped, now my.toml (sha256 1a2b3c4d)"."""
    return [
        f"{_LABELS[key]}: {_describe(key, _recorded(recorded, key))}, "
        f"now {_describe(key, _recorded(current, key))}"
        for key in _READING_KEYS
        if _reading_part(recorded, key) != _reading_part(current, key)
    ]
