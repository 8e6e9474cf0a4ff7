"""Events: who did what to whom, coded in PLOVER (see ``coder`` and ``lexicon.toml``)."""

from dateline.events.coder import find_events

__all__ = ["find_events"]
