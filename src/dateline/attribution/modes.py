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
    if _intended(cue, kb) or _topic(found, cue):
        return "stance"
    return "speech" if lemma in kb.speech_verbs else "stance"


# prepositions that give what someone spoke of, not what they said
_TOPIC_PREPOSITIONS = ("about", "on", "of", "to", "at")


def _topic(found: Draft, cue: Token) -> bool:
    """A report whose content is what was spoken of ("spoke about the economy", "responded
    to the videos", "referring to the state firms"): a topic, not words said. "called for a
    recount" says what was asked for, and stays speech."""
    return any(
        child.dep_ == "prep"
        and child.lower_ in _TOPIC_PREPOSITIONS
        and child.i + 1 < len(cue.doc)
        and cue.doc[child.i + 1].idx == found.content[0]
        for child in cue.children
    )


def _intended(cue: Token, kb: Cues) -> bool:
    """Speech only planned, wanted or refused ("plans to demand", "declined to comment",
    "wants to tell"): an intention, not words said. "vowed to say" stays speech."""
    head = cue.head.lemma_.lower()
    return cue.dep_ == "xcomp" and head in kb.intention_verbs and head not in kb.speech_verbs
