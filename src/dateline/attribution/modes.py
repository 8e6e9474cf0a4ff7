"""Speech or stance: whether an attribution reports words someone said or wrote, or a belief,
feeling, intention or stance the text ascribes to them ("hopes", "backs", "expects"). The
classes of cue words are data (``[modes]`` in ``cues.toml``)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.attribution.context import Draft
from dateline.attribution.cues import Cues


def mode_of(found: Draft, kb: Cues) -> str:
    """A quotation is speech whatever verb stands near it, and so is "according to" and a
    colon or dash signature ("WALLACE:", “...” ― Jane Roe); a report takes its cue word's class,
    and quoted words after a verb of no class of the lexicon (shot back “...”) are speech."""
    cue = found.cue
    if found.kind in ("direct", "according_to") or not isinstance(cue, Token):
        return "speech"
    lemma = cue.lemma_.lower()
    if found.quote is not None and lemma not in kb.cue_lemmas:
        return "speech"
    if cue.pos_ == "NOUN":
        return "speech" if lemma in kb.speech_nouns else "stance"
    if _intended(cue, kb):
        return "stance"
    return "speech" if lemma in kb.speech_verbs else "stance"


def _intended(cue: Token, kb: Cues) -> bool:
    """Speech only planned, wanted or refused ("plans to demand", "declined to comment",
    "wants to tell"): an intention, not words said. "vowed to say" stays speech."""
    head = cue.head.lemma_.lower()
    return cue.dep_ == "xcomp" and head in kb.intention_verbs and head not in kb.speech_verbs
