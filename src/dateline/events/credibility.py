"""Whether a coded event is credible as a political or social interaction: a confidence gate.

The earlier steps code every trigger whose arguments fit; most wrong events on ordinary news
are everyday acts of private people and firms ("a donor shared his zeal", a hacker "released
notes", a firm's chief "denied this would happen"), or events whose agent the coder could not
find. An event is kept only when

* its source is a political actor (a state, a government, an actor of a political or social
  sector, an organisation whose name says it is one: "the Senate"), or else its target is one,
  or it is force or coercion done to people ("a gunman killed five people") or material
  conflict against a place or a tie ("shelled the village", "suspended air links");
* without a source actor: the agent is named as people ("dozens of protesters"), or the text
  names no agent at all (a passive: "three protesters were arrested") and the event is done to a
  political actor or to people; an active clause or a noun whose agent was not found is dropped,
  as its source would be wrong;
* a noun event is aimed at someone ("the invasion of Ukraine", "talks with Iran"), except the
  types that are aimed at no one (a protest, an exercise) and those a group does among itself
  ("the foreign ministers' meeting"): "Clinton's support" in a poll, "his 1999 bid" are none.

The vocabulary (political kinds and sectors, types done to people) is ``[credibility]`` in
``lexicon.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Token

from dateline.events.arguments import asked_party, known_state
from dateline.events.document import Document
from dateline.events.draft import Draft
from dateline.events.mentions import condemned_act
from dateline.events.participants import (
    PRONOUN_TAGS,
    is_participant,
    is_place,
    named_people,
    party_place,
)
from dateline.model import Actor
from dateline.text.doctext import attribute_keys, doc_text, sentence_bounds
from dateline.text.wirelines import wire_dateline

HEADLINE_WORDS = 12  # a headline in a list of links is short; a clause of a sentence need not be


def political(document: Document, actor: Actor | None) -> bool:
    """A state, a government, or an actor of a political or social sector."""
    lexicon = document.lexicon
    if actor is None:
        return False
    if actor.kind in lexicon.political_kinds or actor.sector in lexicon.political_sectors:
        return True
    # an organisation with no sector whose name says what it is ("the House", "the Senate")
    return (
        actor.kind == "organisation"
        and actor.sector is None
        and bool(set(actor.name.lower().replace("-", " ").split()) & lexicon.political_name_words)
    )


def named(token: Token) -> bool:
    """A proper name, also in lower case ("modi")."""
    return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.pos_ == "PROPN"


def subjectless_finite(token: Token) -> bool:
    """A main verb in a tense with no subject in the parse: a subject the parse missed (lower
    case text), not an infinitive or gerund that borrows one ("to stop", "denying")."""
    return (
        token.dep_ == "ROOT"
        and token.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in token.children
        )
    )


def agent_unnamed(token: Token) -> bool:
    """A passive that names no agent ("were arrested", "the man shot dead on Friday")."""
    if token.pos_ != "VERB":
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
        token.dep_ == "acl" and token.tag_ == "VBN"
    )
    return passive and not any(c.dep_ == "agent" for c in token.children)


def in_dateline(document: Document, token: Token) -> bool:
    """Whether the token is in the story's wire or newspaper dateline ("DRAVNO, Kestria — ")."""
    span = wire_dateline(doc_text(document.doc))  # doc.text would join every token again
    return span is not None and span[0] <= token.idx < span[1]


# the label of a link to another story at the start of its line ("Related: ...", "Read more:
# ...", "See also: ...", "WATCH: ...")
LINK_LABEL = re.compile(
    r"(?:^|(?<=[.!?] ))\s*(related( stories| story| articles?| coverage| content| links?| news)?"
    r"|read more|read also|also read|see also|more on this( story)?|more from \w+|more|also|read"
    r"|recommended|watch|video|listen|more news|most read|most popular|top stories)\s*[:|>]"
    # a label in capitals with no colon ("RELATED Police arrest twelve")
    r"|(?:^|(?<=[.!?] ))\s*(?-i:RELATED|READ MORE|SEE ALSO)\s+(?=[A-Z0-9\"'\u2018\u201c])",
    re.IGNORECASE | re.MULTILINE,
)
SENTENCE_END = re.compile(r"[.!?] ")


def linked_headline(token: Token) -> bool:
    """The token's line opens with the label of a link to another story ("Related: Police
    arrest twelve after clashes", "Read more: Kestria bombs rebel posts"), or a sentence of a
    run-in page does: a headline the page links to, not the article's text (session 44). Only
    a line's or a sentence's own start counts ("Police said: ..." is no label), and only up to
    the next sentence end."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    # a label that opens the text opens the article's own title ("WATCH: ..."), read as usual
    labels = [
        found
        for found in LINK_LABEL.finditer(text[start : token.idx])
        if text[: start + found.start()].strip()
    ]
    # the label's own line or sentence: no sentence ends between it and the token
    return bool(labels) and not SENTENCE_END.search(text[start : token.idx], labels[-1].end())


_SEMICOLON = get_string_id(";")


def furniture(token: Token) -> bool:
    """A run of headlines joined by semicolons with no sentence end ("Troops fight in Mali town ;
    Iraq bombs target Kurds ; ..."), or a headline after a link's label (``linked_headline``):
    links to other stories, not the article's text."""
    if linked_headline(token) or glued_headlines(token):
        return True
    start, end = sentence_bounds(token)  # (most sentences hold no two semicolons: no Tokens)
    if attribute_keys(token.doc, ORTH)[start:end].count(_SEMICOLON) < 2:
        return False
    words = [t for t in token.sent if not t.is_space]
    semicolons = [t.i for t in words if t.text == ";"]
    if len(semicolons) < 2:
        return False
    if words[-1].text not in (".", "!", "?", '"'):
        return True
    # a run of short headlines that the parse ran into the article's first sentence ("Troops
    # fight in Mali town ; Iraq bombs target Kurds ; recipes Aid is reaching ..."): the parts
    # before the last semicolon are headlines
    starts = [words[0].i, *(i + 1 for i in semicolons[:-1])]
    parts = zip(starts, semicolons, strict=True)
    short = all(end - start <= HEADLINE_WORDS for start, end in parts)
    return short and token.i < semicolons[-1]


# what closes a sentence of prose (a headline has none)
CLOSERS = {".", "!", "?", '"', "'", "\u201d", "\u2019", ")", ":"}
HEADLINE_VERB_TAGS = {"VBZ", "VBP", "VB"}  # "Kestria bans", "police arrest"
SUBJECT_POS = {"PROPN", "NOUN", "ADJ", "NUM"}
SUBJECT_WORDS = 4  # "Kestrian riot police arrest": a headline's subject is short


def glued_headlines(token: Token) -> bool:
    """A run of headlines glued together with no stop or separator ("Kestria bans rallies
    Japan recalls envoy Velna police arrest 40"), as a scraped list of links gives: two or more
    headline clauses in a sentence with no closing stop, each after the last noun of the one
    before (session 51); "Kestria says Japan sends troops" is one headline. The parse may run
    the line into the next one's sentence: only the token's own line of the sentence counts."""
    doc = token.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    first, last = sentence_bounds(token)
    # the line's last word first: most lines end in a stop, and then no other word is made;
    # a sentence of wrapped copy runs on over later lines, whose words the offsets pass over
    past_line = bisect_left(attribute_keys(doc, IDX), end, first, last)
    words: list[Token] = []
    for i in range(past_line - 1, first - 1, -1):
        word = doc[i]
        if word.idx < start:
            break
        if word.is_space:
            continue
        if not words and word.text in CLOSERS:
            return False
        words.append(word)
    words.reverse()
    return _headlines_run(words)


def _headlines_run(words: list[Token]) -> bool:
    """Whether a line's words (in order, with no closing stop) hold two or more headline
    clauses, each but the first after the last noun of the one before."""
    starts = [
        word
        for word in words
        if _headline_start(word) and (word.i == words[0].i or _after_a_headline(word))
    ]
    return len(starts) >= 2


def _headline_start(word: Token) -> bool:
    """A capitalised short subject, then a verb in the present ("Japan recalls", "Velna
    police arrest")."""
    if not word.text[:1].isupper():
        return False
    for follower in word.doc[word.i + 1 : word.i + 1 + SUBJECT_WORDS]:
        if follower.tag_ in HEADLINE_VERB_TAGS and follower.is_lower:
            return True
        if follower.pos_ not in SUBJECT_POS:
            return False
    return False


def _after_a_headline(word: Token) -> bool:
    """Whether the word follows a lower-case noun with nothing between ("... envoy Japan"):
    where one glued headline ends and the next begins."""
    before = word.doc[word.i - 1]
    return (before.pos_ == "NOUN" and before.is_lower) or before.like_num


def shown_target(document: Document, draft: Draft) -> bool:
    """A target phrase that names who or where it was done to though no actor ("dozens of
    protesters", "the village"); a thing ("the executive actions", "royalties on the record")
    stands for its owner, whom the record would not show."""
    token = draft.target_token
    return (
        draft.target_phrase is not None
        and token is not None
        and token.tag_ not in PRONOUN_TAGS  # "who", "what": the record would show no one
        and (
            is_participant(document, token)
            or is_place(document, token)
            or party_place(document, token)  # "Taliban hideouts" (session 40)
            # "pushing for help from the private sector" (session 46, second round)
            or asked_party(document, draft.token, draft.trigger.type, token)
        )
    )


def aimed_at_no_one(document: Document, draft: Draft) -> bool:
    """An event that needs no target: a protest, a mobilization, talks among the source's own
    group ("EU ministers will hold talks"), a refusal or threat of an action ("refused to
    release", "warned it would retaliate"), an act of force condemned whose doer is not named
    ("the United Nations condemned the attack": accused is whoever did it, session 40)."""
    lexicon = document.lexicon
    event_type = draft.trigger.type
    return (
        event_type in lexicon.targetless_types
        or condemned_act(document, draft.token, draft.trigger, draft.target_token)
        or vetoed_text(document, draft)
        or (event_type in lexicon.mutual_types and draft.source is not None)
        or (
            event_type in lexicon.complement_types
            and any(c.dep_ in ("xcomp", "ccomp") for c in draft.token.children)
        )
    )


# what a veto strikes down: a text some body passed or put forward
VETOED = {"bill", "law", "legislation", "resolution", "measure", "amendment", "motion", "draft",
          "act", "budget", "decree", "proposal", "nomination"}  # fmt: skip


def vetoed_text(document: Document, draft: Draft) -> bool:
    """A veto of a text ("the president vetoed the bill", "Russia vetoed the resolution"): a
    rejection of what a body passed or put forward, which the sentence need not name; the
    record leaves its target open (a party named in the phrase is its target: session 40)."""
    token = draft.token
    if draft.trigger.type != "REJECT" or token.lemma_.lower() != "veto" or token.pos_ != "VERB":
        return False
    text = draft.target_token
    return (
        draft.target is None
        and text is not None
        and text.dep_ in ("dobj", "nsubjpass")
        and text.head.i == token.i
        and text.lemma_.lower() in VETOED
    )


def disaster(document: Document, token: Token) -> bool:
    """Whether the sentence is about a disaster ("killed in the earthquake", "the flu")."""
    disasters = document.lexicon.disasters
    return any(t.lemma_.lower() in disasters or t.lower_ in disasters for t in token.sent)


def doubt(document: Document, draft: Draft) -> str | None:
    """Why the event is not credible as a political or social interaction, or None."""
    lexicon = document.lexicon
    actors = document.actors
    source, target = actors.get(draft.source), actors.get(draft.target)
    event_type = draft.trigger.type
    token = draft.token
    done_to_people = (
        event_type in lexicon.people_target_types and named_people(document, draft.target_token)
    ) or (  # force or sanctions against a place or a tie: "shelled the village", "air links"
        lexicon.quad_class.get(event_type) == "material-conflict"
        and draft.target_token is not None
        and is_place(document, draft.target_token)
    )
    if furniture(token):
        return "a line of page furniture (a list of other stories' headlines)"
    if (
        draft.target is None
        and not shown_target(document, draft)
        and not aimed_at_no_one(document, draft)
    ):
        # "asking them to host events", "has pushed back", "Clinton's support" in a poll: the
        # record would show it done to no one
        return "no one it was done to is named"
    if source is None and event_type in lexicon.people_target_types and disaster(document, token):
        return "a disaster's toll, not an attack"
    if draft.source_token is not None and draft.source_token.lemma_.lower() in lexicon.disasters:
        return f"{draft.source_token.text!r} is a disaster, no actor"  # "the Haiti earthquake"
    if source is None:
        if draft.source_token is not None:
            stated = known_state(draft.source_token)
            if in_dateline(document, draft.source_token) or (
                draft.source_token.ent_type_ in ("GPE", "LOC", "FAC") and not stated
            ):
                # a place the actor stage took for no actor: a wire dateline ("DRAVNO, Kestria
                # — Kestria rejected"), a town named as a place; a country's name is a state's
                # even where the actor stage made no actor of it (session 53: "detained after
                # straying into Kestria", ``enforcers.state_entered``)
                return f"its agent {draft.source_token.text!r} is a place"
            if stated:
                return None
            if named_people(document, draft.source_token):
                return None  # "dozens of protesters", "a federal judge": the phrase is the source
            if named(draft.source_token) and political(document, target):
                return None  # "modi accused pakistan": a name the actor stage did not know
            return f"its agent {draft.source_token.text!r} is no actor"
        if subjectless_finite(token):
            # "modi accused pakistan" with no subject in the parse: the record would show none
            return "its subject was lost by the parse"
        # people as the only party make a material event ("dozens were arrested"), not a
        # statement or an agreement ("we have agreed that the boys be allowed back")
        # of a passive or a noun ("the killing of three protesters", "an exchange of
        # prisoners"), not of an infinitive ("to help the children", "to shelter ten people":
        # its agent is unknown to us, not unnamed)
        agentless = (
            draft.agentless
            and lexicon.quad_class.get(event_type, "").startswith("material")
            and (agent_unnamed(token) or token.pos_ == "NOUN")
        )
        if not agent_unnamed(token) and not agentless:
            return "its agent was not found"
        if political(document, target) or done_to_people or agentless:
            return None
        return "no agent, and not done to a political actor or to people"
    if political(document, source) or political(document, target) or done_to_people:
        return None
    return "neither party is a political actor"
