"""Judging a sample of the coded record by hand: the validation event-data researchers do.

``sample.py`` draws a reproducible uniform sample of events or quotes from a store and finds each
one's sentence (``sentences.py``); ``sheets.py`` writes it as a judging sheet (CSV) and reads
judged sheets and the compact verdict files kept in the repository; ``score.py`` turns verdicts
into precision with a Wilson interval. ``kinds.py`` says what each kind of record is judged on
and which verdicts it takes (``/work/shared/design/audit.md`` and ``docs/audit.md``).
"""

from __future__ import annotations

from dateline.audit.kinds import ACTORS, EVENTS, KINDS, QUOTES, AuditError, Kind
from dateline.audit.sample import sample
from dateline.audit.score import Score, score, wilson
from dateline.audit.sheets import Judged, prefill, read_judged, save_verdicts, write_sheet

__all__ = [
    "ACTORS",
    "EVENTS",
    "KINDS",
    "QUOTES",
    "AuditError",
    "Judged",
    "Kind",
    "Score",
    "prefill",
    "read_judged",
    "sample",
    "save_verdicts",
    "score",
    "wilson",
    "write_sheet",
]
