"""The slow reference the tagger's candidate pass must equal: every rule's pattern run over the
whole text (``starts.py`` runs each rule only where its match may begin). Used by
``tests/test_timex_speed_equivalence.py`` and ``benchmarks/timex_equivalence.py``."""

from __future__ import annotations

import re

from dateline.timex.rules import TimexGrammar
from dateline.timex.tagger import Candidate, settle


def full_scan(text: str, grammar: TimexGrammar) -> list[tuple[int, re.Match[str]]]:
    """Every rule's matches over the whole text, rule by rule."""
    return [(i, m) for i, rule in enumerate(grammar.rules) for m in rule.regex.finditer(text)]


def reference_candidates(text: str, grammar: TimexGrammar) -> list[Candidate]:
    return settle(full_scan(text, grammar), grammar)


def described(matches: list[tuple[int, re.Match[str]]]) -> list[tuple]:
    """Matches as comparable values: rule, span and named groups."""
    return [(i, m.span(), m.groupdict()) for i, m in matches]
