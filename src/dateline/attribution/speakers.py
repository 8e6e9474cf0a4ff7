"""Who a statement is attributed to: the source phrase of a cue verb and the actor it names,
and the date the statement was made."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.attrs import LEMMA, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dateline.actors.knowledge import knowledge
from dateline.attribution import syntax
from dateline.attribution.context import Context, Draft
from dateline.attribution.epithets import described_before
from dateline.attribution.officials import linked_speaker
from dateline.text.doctext import (
    attribute_keys,
    doc_text,
    hangs_below,
    head_indices,
    kept_for_document,
    sentence_bounds,
    slice_of,
)
from dateline.text.doctext import sentence as sentence_of
from dateline.text.quotemarks import Quoted

# the words that build a noun phrase up to its head ("a retired state senator")
_NOUN_MODIFIER_DEPS = ("det", "amod", "compound", "nummod", "poss", "nmod")


# how a name may hang below the head of a source and still be the speaker: "Mr. Ruiz's
# campaign", "her adviser, Jake Sullivan"
_SPEAKING_FOR = ("poss", "appos", "case")


def speaker_of(ctx: Context, source: Span | None) -> str | None:
    """The actor a source phrase names: its head's, else an apposition's ("her adviser, Jake
    Sullivan"), else a possessor's when the head is the possessor's own voice ("Mr. Ruiz's
    campaign", "BP's statement"). Whoever a possessor only has ("Trump's campaign manager",
    "the star's spokesman", "Santilli's attorney") speaks for themselves, and so does one an
    actor only describes ("British researchers", "a GOP data expert", "a spokesman for the
    ministry"): the phrase itself is then the speaker's clearest name."""
    if source is None:
        return None
    root = source.root
    if ctx.actors.at(root) is not None:
        return _titled_person_after_body(ctx, source) or linked_speaker(ctx, root)
    # (the names read by index in the actors' table: a Token only for a word that is one)
    by_token, doc = ctx.actors.by_token, source.doc
    named = [
        (token, actor)
        for i in range(source.start, source.end)
        if (actor := by_token.get(i)) is not None and _speaks_for(token := doc[i], root)
    ]
    for token, actor in named:
        if not _through_possessor(token, root) and not _member_of(ctx, actor, root):
            return actor
    for token, actor in named:
        if (
            _through_possessor(token, root)
            and _voice_of(ctx, root)
            and not _body_of_person(ctx, actor, root)
        ):
            return actor
    return (
        _author_of_document(ctx, root)
        or _body_named_before(ctx, root)
        or described_before(ctx, root)
    )


def _titled_person_after_body(ctx: Context, source: Span) -> str | None:
    """The person whose name ends a source after a body's name and a title ("the Civil Rights
    Board Vice Chairwoman Ana Ortiz said"): the parser may make the body the head and hang the
    name on the body's "of" or "on", but the body only says where the title is held; the
    person spoke."""
    by_token, doc = ctx.actors.by_token, source.doc
    body = ctx.actors.get(by_token.get(source.root.i))
    person = ctx.actors.get(by_token.get(source.end - 1))
    if body is None or body.kind == "person" or person is None or person.kind != "person":
        return None
    first = source.end - 1
    while first > source.start and by_token.get(first - 1) == person.id:
        first -= 1
    # a role ("Chairwoman", "spokesman") written after the body opens the person's words or
    # comes right before them (the actors stage may count the title as the person's mention)
    roles = knowledge().role_group
    titled = range(max(first - 1, source.root.i + 1), source.end)
    return person.id if any(doc[i].lower_ in roles for i in titled) else None


# bare nouns of a kind of body that stand for the one of that kind named shortly before ("The
# Independent Federation of Flight Attendants said ... The union said"; "Moody's Investors
# Service cut ... the agency said"), with the words a name of such a body holds
_BODY_KINDS = {
    "union": frozenset({"union", "federation", "brotherhood", "guild", "teamsters", "workers"}),
    "agency": frozenset({"agency", "service", "bureau", "moody's", "poor's", "fitch"}),
}
# how far back (characters) the body is looked for
_BODY_REACH = 1500


def _body_named_before(ctx: Context, root: Token) -> str | None:
    """The organisation "the union" or "the agency" stands for: the last one named within a
    few sentences before whose name is of that kind of body, when the actors stage linked the
    phrase to no one. "the union" with words of its own ("the European Union", "the union
    leaders") or another determiner ("a union") is not taken."""
    words = _BODY_KINDS.get(root.lower_)
    if words is None or root.tag_ != "NN":
        return None
    if [(c.dep_, c.lower_) for c in root.children] != [("det", "the")]:
        return None
    found, latest = None, -1
    for actor in ctx.actors.actors:
        if actor.kind not in ("organisation", "government"):
            continue
        if not {w.lower() for w in actor.name.split()} & words:
            continue
        at = max((m.start for m in actor.mentions if m.start < root.idx), default=-1)
        if at > latest and root.idx - at <= _BODY_REACH:
            found, latest = actor.id, at
    return found


def dateline_place(ctx: Context, name: Span) -> bool:
    """A dateline's place before a colon ("NEW DELHI: “...”", "PORT-AU-PRINCE: Aid workers
    are ..."): where the story was filed, unless the article has a person of that name (a
    transcript's "WASHINGTON:" for a Mr. Washington)."""
    if not syntax.dateline(name):
        return False
    actor = ctx.actors.get(speaker_of(ctx, name))
    return actor is None or actor.kind != "person"


# how far back (in tokens) a writing may have been introduced with its author: "the ministry
# issued a statement on Monday. ... The statement said"
_DOCUMENT_REACH = 250


def _author_of_document(ctx: Context, root: Token) -> str | None:
    """The author of a writing that speaks ("a statement from the ministry said"; "the
    cable said", the cable introduced before as the embassy's): the actor the text gives as
    its author here or where it last introduced a writing of that name."""
    lemma = root.lemma_.lower()
    if lemma not in ctx.kb.document_nouns:
        return None
    if (here := _author_at(ctx, root)) is not None:
        return here or None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in root.children):
        return None  # "a statement said": some writing, not one introduced before
    # back through the words by index (the LEMMA array's keys, each key's lower-case string
    # kept across documents, ``_LOWERED``): a Token only for a word of the same lemma, or for
    # every word when a post's poster is asked for (``_poster`` answers only for "tweet" and
    # "post")
    doc = root.doc
    lemmas, strings = attribute_keys(doc, LEMMA), doc.vocab.strings
    posts = lemma in _POSTS
    for i in range(root.i - 1, max(0, root.i - _DOCUMENT_REACH) - 1, -1):
        key = lemmas[i]
        lower = _LOWERED.get(key)
        if lower is None:
            if len(_LOWERED) >= _LOWERED_KEPT:
                _LOWERED.clear()
            lower = _LOWERED[key] = strings[key].lower()
        alike = lower == lemma
        if not (alike or posts):
            continue
        token = doc[i]
        if alike and (author := _author_at(ctx, token)) is not None:
            return author or None
        if (author := _poster(ctx, token, lemma)) is not None:
            return author or None
    return None


# the lower-case string of each LEMMA key ``_author_of_document`` met (a key's string is made
# anew at every reading; a key stands for one string in every document), up to a cap
_LOWERED: dict[int, str] = {}
_LOWERED_KEPT = 50_000


# the writings whose poster ``_poster`` finds
_POSTS = ("tweet", "post")


# where a post is put up: "wrote on Twitter", "posted on Facebook"
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "x", "truth", "telegram", "weibo"})


def _poster(ctx: Context, verb: Token, lemma: str) -> str | None:
    """Who put up the tweet or post that speaks later ("the tweet said"), where the text
    told it with a verb: "Ruiz tweeted on Monday ...", "the mayor posted ...", "she wrote on
    Twitter that ..." (a verb of writing with "on" and a platform)."""
    if lemma not in _POSTS or verb.pos_ != "VERB":
        return None
    own = verb.lemma_.lower() == lemma
    on_platform = verb.lemma_.lower() in ("write", "post", "say") and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.dep_ == "pobj" and g.lower_ in _PLATFORMS for g in c.children)
        for c in verb.children
    )
    if not (own or on_platform):
        return None
    subject = syntax.subject(verb, ctx.quote_tokens)
    return _one_author(ctx, subject) if subject is not None else None


def _author_at(ctx: Context, noun: Token) -> str | None:
    """The actor a writing is given to where it is named: its possessor ("the ministry's
    statement"), its "from"/"by" ("a letter from the mayor"), whoever a clause on it says
    wrote it ("the documents he filed"), or whoever issued it or said something in it ("the
    embassy sent a cable", "the bank said in a statement"). "" when the writing has several
    authors ("the statement by Germany, France and Italy"): none of them alone wrote it."""
    for child in noun.children:
        if child.dep_ == "poss" and (actor := _one_author(ctx, child)) is not None:
            return actor
        if (
            child.dep_ == "prep"
            and child.lower_ in ("from", "by")
            and (actor := _phrase_author(ctx, child)) is not None
        ):
            return actor
        if child.dep_ == "acl" and (actor := _agent_author(ctx, child)) is not None:
            # "a communique issued by the council", "a letter signed by her"; not one of two
            # writings ("a complaint filed by the agency and another by the state")
            joined = any(c.dep_ == "conj" for c in noun.children)
            return "" if joined else actor
    if noun.lemma_.lower() in _ISSUED_WRITINGS and (named := _named_before(ctx, noun)):
        return named  # "the Boeing statement", "a White House readout"
    for clause in noun.children:  # "the documents he submitted", "a letter she wrote"
        subject = syntax.subject(clause, ctx.quote_tokens) if clause.dep_ == "relcl" else None
        if subject is not None and (actor := _one_author(ctx, subject)) is not None:
            return actor
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head  # "said in a statement"
    elif noun.dep_ == "dobj":
        verb = head  # "issued a statement"
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = syntax.subject(verb, ctx.quote_tokens)
    return _one_author(ctx, subject) if subject is not None else None


# writings that only their issuer puts out, so a name set before them as a modifier is the
# issuer ("the Boeing statement"); not reports, studies, lawsuits or letters, which a name
# before them may only be about or addressed to ("the Enron report", "the Obama letter")
_ISSUED_WRITINGS = frozenset(
    {"statement", "communique", "readout", "release", "memo", "memorandum", "tweet", "filing"}
)


def _named_before(ctx: Context, noun: Token) -> str | None:
    """The organisation, government or person a compound before ``noun`` names: "Boeing" of
    "the Boeing statement", "White House" of "a White House readout"; not a country or a
    place ("the Iraq statement" may be about Iraq), and not one of several ("the Ames and
    Brill statement": ``_one_author``)."""
    for child in noun.children:
        if child.dep_ != "compound" or child.i > noun.i:
            continue
        actor = ctx.actors.get(ctx.actors.at(child))
        if actor is not None and actor.kind in ("organisation", "government", "person"):
            return _one_author(ctx, child)
    return None


# the verbs by which a writing's author puts it out ("a communique issued by the council"); not
# those of whoever carries, quotes or asks for it ("published by the state news agency",
# "monitored by the BBC", "mandated by Congress")
_AUTHORING_VERBS = frozenset({"issue", "release", "sign", "write", "file", "send", "put", "draft"})
# what a body may make public without having written it ("cables released by a leaks site",
# "emails released by the committee", "a letter released by the palace"): "released by" names
# no author of these (of "a statement released by", "a study released by" it does)
_RELEASED_NOT_WRITTEN = frozenset(
    {"cable", "email", "e-mail", "document", "file", "letter", "transcript", "record", "paper",
     "message", "note", "diary", "tape", "recording"}
)  # fmt: skip


def _agent_author(ctx: Context, participle: Token) -> str | None:
    """The author a participle after a writing names with "by" ("issued by the council",
    "signed by the minister", "a statement released by the ministry"), or None."""
    if participle.tag_ != "VBN" or participle.lemma_.lower() not in _AUTHORING_VERBS:
        return None
    if participle.lemma_.lower() == "release" and (
        participle.head.lemma_.lower() in _RELEASED_NOT_WRITTEN
    ):
        return None
    for agent in participle.children:
        if agent.dep_ == "agent" and (actor := _phrase_author(ctx, agent)) is not None:
            return actor
    return None


def _phrase_author(ctx: Context, phrase: Token) -> str | None:
    """The author the object of a "from" or "by" phrase names (``_one_author``), or None."""
    for word in phrase.children:
        if word.dep_ == "pobj" and (actor := _one_author(ctx, word)) is not None:
            return actor
    return None


def _one_author(ctx: Context, word: Token) -> str | None:
    """The actor a writing's author names, or "" when the author is one of several joined
    ("by Germany, France and Italy", "the mayor and the governor issued a statement"). An
    author known by an apposition speaks through it ("a letter from the committee's
    chairman, Tom Hale")."""
    if any(child.dep_ == "conj" for child in word.children):
        return ""
    return ctx.actors.at(word) or next(
        (actor for c in word.children if c.dep_ == "appos" and (actor := ctx.actors.at(c))),
        None,
    )


# what an organisation's own voice may be called: "BP's statement", "the ministry's website"
_ORGANISATION_VOICES = frozenset(
    {"office", "website", "site", "account", "page", "campaign", "board", "team", "blog", "feed"}
)


# the bodies that speak for a person without being the person: "the president's office",
# "Rubio's campaign", "the senator's team" said it, not the president, Rubio or the senator
# (a person's own writing or account still is the person: "Trump's statement", "her blog")
_BODIES_OF_PEOPLE = frozenset({"office", "campaign", "team", "board", "staff", "camp"})


def _body_of_person(ctx: Context, actor: str | None, root: Token) -> bool:
    """A person's office, campaign or team as the head of a source: the body spoke, and the
    source phrase ("Mr. Ruiz's campaign") is its clearest name."""
    found = ctx.actors.get(actor)
    return found is not None and found.kind == "person" and root.lemma_.lower() in _BODIES_OF_PEOPLE


def _member_of(ctx: Context, actor: str | None, root: Token) -> bool:
    """A person an organisation only describes ("a spokesman, the ministry", "the UN High
    Commissioner"): the organisation is not the speaker."""
    found = ctx.actors.get(actor)
    # a capitalised title is a proper noun outside any name ("Commissioner" of "the UN High
    # Commissioner"); "International" of "Amnesty International" is the name's own word
    title = root.pos_ == "NOUN" or (root.pos_ == "PROPN" and not root.ent_type_)
    if found is None or found.kind == "person" or not title:
        return False
    return not _voice_of(ctx, root)


def _voice_of(ctx: Context, root: Token) -> bool:
    """The head of a source that speaks for its possessor: an office, a campaign, a
    statement ("Mr. Ruiz's office", "BP's statement")."""
    lemma = root.lemma_.lower()
    return lemma in _ORGANISATION_VOICES or lemma in ctx.kb.speech_nouns


def _through_possessor(token: Token, root: Token) -> bool:
    """The name reaches the source's head as its possessor ("Trump's" of "Trump's aide")."""
    while token != root and token.head != token:
        if token.dep_ == "poss":
            return True
        token = token.head
    return False


def _speaks_for(token: Token, root: Token) -> bool:
    """The path from a name up to the source's head goes only through possessors and
    appositions (the name's own words aside: "Jake" of "Jake Sullivan")."""
    while token != root:
        if token.dep_ not in _SPEAKING_FOR and not (
            token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN"
        ):
            return False
        if token.head == token:
            return False
        token = token.head
    return True


def said_on(ctx: Context, cue: Token) -> str | None:
    """The date a statement was made, when a time expression hangs off its cue verb."""
    return _dates_by_cue(ctx).get(cue.i)


def _dates_by_cue(ctx: Context) -> dict[int, str]:
    """The date each word would give a statement whose cue it is: a time expression's head's
    (the first of ``ctx.dated_heads`` it is, or whose preposition hangs on it). Worked out once
    per document, kept for the context asked last: every cue asks, and each asked of every
    dated head in turn."""
    if _last_dates[0] is not ctx:
        dates: dict[int, str] = {}
        # (labels and heads by index: ``Token.head`` makes a Token)
        deps, heads = syntax.tree(ctx.doc).deps, head_indices(ctx.doc)
        for head, value in ctx.dated_heads:
            dates.setdefault(head.i, value)
            if deps[head.i] == syntax.PREP_KEY:
                dates.setdefault(heads[head.i], value)
        _last_dates[0], _last_dates[1] = ctx, dates
    return _last_dates[1]


_last_dates: list = [None, {}]  # (``_dates_by_cue``: the context asked last, its dates)


def from_cue_verb(
    ctx: Context, verb: Token, kind: str, content: tuple[int, int], quote: Quoted | None = None
) -> Draft:
    source, speaker, date = _said_by(ctx, verb)
    return Draft(kind, content, cue=verb, source=source, speaker=speaker, said_on=date, quote=quote)


def _said_by(ctx: Context, verb: Token) -> tuple[Span | None, str | None, str | None]:
    """The source, speaker and date of what a cue verb says, worked out once per verb of the
    document (kept for the context asked last): a verb that reports a clause is asked again
    for the quotation it governs, and none of the three depends on the words reported."""
    if _last_said[0] is not ctx:
        _last_said[0], _last_said[1] = ctx, {}
    found = _last_said[1].get(verb.i)
    if found is None:
        found = _last_said[1][verb.i] = (*_source_of(ctx, verb), said_on(ctx, verb))
    return found


_last_said: list = [None, {}]  # (``_said_by``: the context asked last, its verbs' answers)


def _source_of(ctx: Context, verb: Token) -> tuple[Span | None, str | None]:
    """The source phrase of a cue verb and the actor it names."""
    if ctx.passive(verb):
        # "has been called “the Trump of the East”", "when asked whether ...": the one
        # called or asked is no speaker; one named after "by" is
        subject = _agent(verb)
    else:
        subject = (
            _quoted_one(verb)
            or _quoting_as_saying(verb)
            or _led_to_say(ctx, verb)
            or syntax.subject(verb, ctx.quote_tokens)
            or _next_to(ctx, verb)
        )
    source = mention(ctx, subject) if subject is not None else None
    speaker = _speaker_at(ctx, subject) if subject is not None else None
    if subject is not None and (named := _named_before_ticker(subject)) is not None:
        # "American Honda <HMC> said": the parser's subject is the ticker in brackets
        subject, source = named.root, named
        speaker = _speaker_at(ctx, subject)
    if source is not None and (filed := _source_past_dateline(source)) is not None:
        # "RANGOON, Burma - Aung San Suu Kyi's allies said": where and by whom the story was
        # filed is no part of the source
        source = filed
        if subject is not None and subject.i < filed.start:
            subject = filed.root
        speaker = _speaker_at(ctx, subject) if subject is not None else None
    if source is not None and (titled := _titled_person_after_body(ctx, source)) is not None:
        speaker = titled
    if subject is not None and (
        several(subject) or _joined_modifiers(ctx, subject) or _joined_people(ctx, source, speaker)
    ):
        # "Both Gill and Ruiz said ...": none of them alone; the phrase names them
        speaker = None
    elif speaker is None:
        speaker = speaker_of(ctx, source)
    return source, speaker


_BRACKETS = frozenset({"(", ")", "-LRB-", "-RRB-"})
_DASH_KEYS = frozenset(get_string_id(dash) for dash in syntax.DASHES)  # (as ORTH holds them)


def _source_past_dateline(words: Span) -> Span | None:
    """The source phrase past a dateline that opens its sentence ("RANGOON, Burma - Aung San
    Suu Kyi's allies", "MACAU (Reuters) \u2013 Top donor Sheldon Adelson", "Dec 29 (Reuters) -
    Hillary Clinton"), else None. The words before the dash are a place in capitals or an
    outlet in brackets, with nothing in lower case, and a capital follows the dash ("UNICEF -
    the UN's agency - said" has no dateline)."""
    if len(words) < 3:
        return None  # (an empty source phrase too: it has no sentence to look into)
    after_first = attribute_keys(words.doc, ORTH)[
        words.start + 1 : min(words.start + 10, words.end)
    ]
    if _DASH_KEYS.isdisjoint(after_first):
        return None  # (no dash among its first words, read by index: no dateline before it)
    # (the sentence's start from the kept starts: ``Token.sent`` walks the words)
    opening = slice_of(words.doc, sentence_bounds(words)[0], words.start)
    if any(not (t.like_num or t.is_punct or ":" in t.text) for t in opening):
        return None  # (a clock time may stand before it: "11:20 EDT WASHINGTON (Reuters) -")
    # a dash set apart by spaces ("Director-General", "(D-Ga.)" join words)
    dash = next(
        (t for t in words[:10] if t.text in syntax.DASHES and t.whitespace_ and t.i > words.start),
        None,
    )
    if dash is None or not words.doc[dash.i - 1].whitespace_ or dash.i + 1 >= words.end:
        return None
    before = words.doc[words.start : dash.i]
    opened = sum(t.text in ("(", "-LRB-") for t in before)
    if opened != sum(t.text in (")", "-RRB-") for t in before):
        return None  # "Rep. Hank Johnson (D - Ga.)": the dash inside a bracket
    if not words.doc[dash.i + 1].is_title and not words.doc[dash.i + 1].is_upper:
        return None
    if any(t.is_lower and t.text not in _BRACKETS for t in before):
        return None
    capitals = any(t.is_upper and t.is_alpha and len(t) >= 3 for t in before)
    outlet = any(t.text in _BRACKETS for t in before)
    if not (capitals or outlet):
        return None
    return words.doc[dash.i + 1 : words.end]


def _joined_people(ctx: Context, source: Span | None, speaker: str | None) -> bool:
    """A source phrase that joins the speaker found with another person by "and", however
    the parser hung the names ("board chairwoman Mara Velden and agency chief Joan Halvorsen
    told": both told it; the parser made the first name part of the second's title)."""
    if source is None or speaker is None:
        return False
    # (the names read by index in the actors' table: a Token only for another person's)
    by_token = ctx.actors.by_token
    own = next((i for i in range(source.start, source.end) if by_token.get(i) == speaker), None)
    if own is None:
        return False
    # a person named after the speaker is the speaker's title ("Aziz, adviser on Food and
    # Agriculture to the Prime Minister"), so only the words before the speaker are read
    for i in range(source.start, own):
        other = ctx.actors.get(by_token.get(i))
        if other is None or other.id == speaker or other.kind != "person":
            continue
        token = source.doc[i]
        if token.dep_ == "poss" or (token.i + 1 < len(source.doc) and token.nbor().tag_ == "POS"):
            continue  # "Velden's lawyer and friend, Joan Halvorsen": Velden's, not Velden
        between = source.doc[token.i + 1 : own]
        if any(w.lower_ == "and" for w in between) and not any(
            w.pos_ in ("VERB", "AUX") or w.tag_ in ("WP", "WDT", "WP$") for w in between
        ):
            return True
    return False


def several(subject: Token) -> bool:
    """A subject that joins several names or nouns ("Both Gill and Ruiz", "the mayor and
    his deputy"), not words of one name ("Procter & Gamble"), two titles of one person ("its
    chairman and chief executive, Jim Hackett": a bare singular noun joined), nor a name
    joined inside a phrase after the subject ("Professor Oxford of Barts and the London
    School")."""
    if not (subject.n_lefts or subject.n_rights):
        return False  # (most subjects, a pronoun or a bare name, have no word hung on them)
    if syntax.CONJ_KEY not in syntax.tree(subject.doc).deps[slice(*sentence_bounds(subject))]:
        return False  # (no "conj" in the subject's sentence, read by key: no child made)
    return any(
        c.dep_ == "conj"
        and c.pos_ in ("PROPN", "NOUN", "PRON")
        and not (
            c.ent_iob_ == "I"
            and c.ent_type_ == subject.ent_type_
            and not _two_full_names(subject, c)
        )
        and not _second_title(c)
        and not any(p.dep_ == "prep" and subject.i < p.i < c.i for p in subject.children)
        for c in subject.children
    )


def _joined_modifiers(ctx: Context, subject: Token) -> bool:
    """A plural head whose modifiers join several ("The State and Defense Departments said"):
    each body said it, none of them alone, when the actor found for the head holds only the
    nearer modifier ("Defense Departments"). An actor of the whole phrase ("government mining
    and central bank officials") stays."""
    own = ctx.actors.at(subject)
    return (
        own is not None
        and subject.tag_ in ("NNS", "NNPS")
        and any(
            c.dep_ in ("compound", "nmod", "amod")
            and c.i < subject.i
            and ctx.actors.at(c) != own
            and any(g.dep_ == "conj" and g.pos_ in ("PROPN", "NOUN", "ADJ") for g in c.children)
            for c in subject.children
        )
    )


def _two_full_names(first: Token, second: Token) -> bool:
    """ "Mark Ames and Jon Hale", which the tagger may read as one name: each has a first
    name of its own, so they are two people."""
    return (
        all(
            any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < name.i for c in name.children)
            for name in (first, second)
        )
        and first.ent_type_ == "PERSON"
    )


def _second_title(noun: Token) -> bool:
    """A singular common noun with no determiner of its own joined to a subject: another
    title of the same one ("chairman and chief executive", "governor and former nominee")."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in noun.children)


def _quoted_one(verb: Token) -> Token | None:
    """ "the paper quoted Jane Roe as saying": the one quoted speaks, not the paper quoting."""
    if verb.dep_ != "pcomp":
        return None
    holder = verb.head
    if holder.lower_ != "as" or holder.head.lemma_.lower() != "quote":
        return None
    return next((c for c in holder.head.children if c.dep_ in ("dobj", "dative")), None)


def _quoting_as_saying(verb: Token) -> Token | None:
    """ "X, state radio quoted a commander as saying": the cue is "quoted" itself (the words
    stand before it), and the one quoted said them, not the outlet quoting."""
    if verb.lemma_.lower() != "quote" or not any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(
            g.dep_ == "pcomp" and not any(w.dep_ in syntax.CONTENT_DEPS for w in g.children)
            for g in c.children
        )
        for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


# verbs by which a thing or event brings someone to speak: "led the agency to declare"
_CAUSING = frozenset({"lead", "prompt", "cause", "force", "drive", "spur", "compel"})


def _led_to_say(ctx: Context, verb: Token) -> Token | None:
    """ "the outbreak led the agency to declare ...": the agency declares, not the outbreak.
    Under other verbs ("urged the mayor to announce", "pushed Democrats to reject") the one
    urging or pushing stays the source of what is asked for."""
    # (``object_of_control`` answers only for an "xcomp": the head is not made for another)
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _CAUSING:
        return None
    return syntax.object_of_control(verb)


def _agent(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None


def _speaker_at(ctx: Context, subject: Token) -> str | None:
    """The actor a subject names. A relative pronoun (the source as written) stands for the
    noun its clause describes: "Ana Ruiz, who said ..." is Ruiz speaking."""
    if subject.tag_ in ("WP", "WDT"):  # (the tag first: most subjects' heads are not made)
        clause = subject.head
        if clause.dep_ == "relcl" and clause.head.i < subject.i:
            return ctx.actors.at(subject) or ctx.actors.at(clause.head)
    return linked_speaker(ctx, subject)


def _named_before_ticker(subject: Token) -> Span | None:
    """The name before a stock ticker in angle brackets when the parser took the ticker, or
    one of its brackets, for the subject ("Deutsche Bank AG <DBKG.F> said"): the words in
    capitals right before the opening bracket, in the subject's sentence."""
    doc, i = subject.doc, subject.i
    if not _has_opening_angle(doc):
        return None  # (most texts have no ticker at all)
    # a bracket's marks in the document's text around the subject first (the sentence and
    # the words' texts only then): the window below lies inside these characters
    # (the window's offsets from a Span: no Token made for its first and last words)
    text, window = doc_text(doc), slice_of(doc, max(0, i - 3), min(len(doc), i + 3))
    if (
        "<" not in text[window.start_char : subject.idx + len(subject.text)]
        or ">" not in text[subject.idx : window.end_char]
    ):
        return None
    sentence = sentence_of(subject)
    opening = next(
        (
            t.i
            for t in doc[max(sentence.start, subject.i - 3) : subject.i + 1]
            if t.text.startswith("<")
        ),
        None,
    )
    if opening is None or not any(
        t.text.endswith(">") for t in doc[subject.i : min(sentence.end, subject.i + 3)]
    ):
        return None
    start = opening
    while start - 1 >= sentence.start:
        word = doc[start - 1]
        joins = (
            word.lower_ in _NAME_JOINS
            and start - 2 >= sentence.start
            and doc[start - 2].text[:1].isupper()
        )
        if not (word.text[:1].isupper() or joins or (word.is_space and start < opening)):
            break
        start -= 1
    while start < opening and doc[start].is_space:
        start += 1
    return doc[start:opening] if start < opening else None


def _has_opening_angle(doc: Doc) -> bool:
    """Whether the document's text holds a "<", looked for once per document (kept for the
    document asked last)."""
    return kept_for_document(doc, _holds_opening_angle)


def _holds_opening_angle(doc: Doc) -> bool:
    return "<" in doc_text(doc)


# the small words inside a company's name ("C. Itoh and Co Ltd", "Bank of Tokyo")
_NAME_JOINS = frozenset({"and", "&", "of"})


def mention(ctx: Context, head: Token) -> Span:
    """The words naming a source: the phrase of ``head``, short of words the parser took
    from a quotation next to it and of the asides after it (``syntax.aside``)."""
    doc = head.doc
    if head.n_lefts or head.n_rights:
        start, end = _stretch(ctx, head)
    else:
        start = end = head.i  # (a word with none hung on it, as most pronouns: itself alone)
    start = _hyphened_name_start(head, start)
    named = syntax.trimmed_slice(doc, start, end + 1)
    if _bracketed(doc, named.start, named.end):
        named = _within_brackets(named)  # (else nothing to cut: the phrase is trimmed already)
    if not _DIGIT.search(doc_text(doc), named.start_char, named.end_char):
        return named  # (no clock time without a digit: ``without_time_stamp`` would keep it)
    return syntax.without_time_stamp(named)


def _hyphened_name_start(head: Token, start: int) -> int:
    """Where a name split at its hyphen starts: the parser may make the second half of a
    double surname ("Jimenez-Sanchez said") the subject and hang the first half elsewhere, so
    the phrase would be "Sanchez" alone. A name's word glued by a hyphen before the phrase's
    first word, with the words hung on it ("Maria"), opens the phrase instead."""
    doc = head.doc
    if start < 2 or head.pos_ != "PROPN" or doc[start].pos_ != "PROPN":
        return start
    hyphen, before = doc[start - 1], doc[start - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or before.whitespace_ or before.pos_ != "PROPN":
        return start
    return before.left_edge.i


def _stretch(ctx: Context, head: Token) -> tuple[int, int]:
    """The first and last word of the phrase of ``head`` (a head with words hung on it), short
    of words the parser took from a quotation next to it, of the asides after it, of a word a
    writer shouted after it and of a caption's credit glued before it."""
    doc = head.doc
    modifiers = _asides(ctx, head)
    quoted = ctx.quote_tokens
    heads = head_indices(doc)
    # (the words below the head lie between its edges: the word next to the phrase is
    # rejected there, not by a climb up the head array to the sentence's root)
    first, last = head.left_edge.i, head.right_edge.i

    def kept(i: int) -> bool:
        # (asked only of the words next to the stretch: whether a word hangs below the head is
        # read up the head array, where ``Token.subtree`` would make a Token of every word
        # below; a word outside any quotation is kept without the call reading the phrase)
        return (
            first <= i <= last
            and hangs_below(heads, i, head.i)
            and i not in modifiers
            and (quoted.get(i) is None or ctx.quoted_outside(i, {t.i for t in head.subtree}))
        )

    start = end = head.i  # the stretch around the head with no quoted word in it
    while kept(start - 1):
        start -= 1
    while kept(end + 1):
        end += 1
    # (the last word's lower-case form by its key first: a Token only for an adverb's form)
    lowers, strings = syntax.tree(doc).lowers, doc.vocab.strings
    while end > start and _shouted_form(strings[lowers[end]]) and _shouted_aside(doc[end]):
        end -= 1  # "The Post ACTUALLY reported": the writer's emphasis, no part of the name
    start = _after_pull_quote_credit(doc, _after_credit(doc, start, head), head)
    return _after_byline(doc, start, end), end


def _asides(ctx: Context, head: Token) -> set[int]:
    """The words of the modifiers after a source's head that are no part of the source: an
    aside (``syntax.aside``), a report of its own, a cue's clause the parser hung on the noun
    that speaks ("The Halden statement after the flood said": ``syntax.subject``)."""
    if not head.n_rights:
        return set()  # (most heads have no word hung after them)
    return {
        t.i
        for c in head.rights
        if syntax.aside(head, c)
        or syntax.relative_report(c, ctx.kb)
        or (c.dep_ == "advcl" and head.pos_ in ("NOUN", "PROPN"))
        for t in c.subtree
    }


_DIGIT = re.compile(r"\d")


# the label of a picture's caption, before its credit ("Photograph: Ana Ruiz/AP")
_CAPTION_LABELS = frozenset({"photograph", "photo", "picture", "image", "credit", "illustration"})


def _after_credit(doc: Doc, start: int, head: Token) -> int:
    """Where a source phrase from word ``start`` to ``head`` starts past a caption's credit
    glued before it when the page lost the line break after the caption ("... on 3 June
    Photograph: Ana Ruiz/AP Engineers warned ..."): the credit is "Name/Agency" after a
    "Photograph:" label, and the source is the words after it ("Engineers")."""
    if start == head.i or "/" not in doc_text(doc)[doc[start].idx : head.idx]:
        return start  # (no credit's slash before the head: no word to read)
    for token in reversed(slice_of(doc, start, head.i)):
        if "/" not in token.text or (token.text.endswith("/") and token.text != "/"):
            continue
        window = doc[max(0, token.i - 8) : token.i]
        labelled = any(
            t.lower_ in _CAPTION_LABELS and t.i + 1 < len(doc) and doc[t.i + 1].text == ":"
            for t in window
        )
        if not labelled:
            return start
        # "Ortiz / AP Engineers": the agency is the word after a slash of its own
        return min(head.i, token.i + (2 if token.text == "/" else 1))
    return start


# the words a page's pull quote ends with, before its credit
_PULL_QUOTE_END = "End Quote "
# words that join a title's words ("Secretary of State", "Minister for Health")
_JOINING = frozenset({"ADP", "DET", "CCONJ"})


def _after_pull_quote_credit(doc: Doc, start: int, head: Token) -> int:
    """Where a source phrase from word ``start`` to ``head`` starts past a pull quote's credit
    the page ran into the next sentence ("... our beach” End Quote Ana Ruiz Harbour master
    Officials said ...", "... End Quote Tom Hale Dover , Kent He added ..."): the credit
    names the one quoted and their title or place, and the source is the words after it —
    after the word that follows the credit's last comma (its place), else from the first
    capitalised word after a word in lower case (its title's last word)."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, head.idx) + 1
    mark = text.rfind(_PULL_QUOTE_END, line_start, head.idx)
    if mark < 0:
        return start  # (no pull quote's credit before the phrase: most sources)
    end_word = doc.char_span(mark, mark + 3, alignment_mode="expand").start  # "End"
    credit = list(doc[end_word + 2 : head.i + 1])  # after "End Quote", up to the head
    commas = [i for i, word in enumerate(credit) if word.text == ","]
    if commas:
        place_end = commas[-1] + 2  # the word after the comma is the credit's place
        return max(start, credit[place_end].i if place_end < len(credit) else head.i)
    for before, word in pairwise(credit):
        # (a function word goes on within the title: "Department of Energy")
        if before.text.islower() and before.pos_ not in _JOINING and word.text[:1].isupper():
            return max(start, word.i)
    return head.i


# a journalist's role as a byline gives it ("Ana Ruiz, BBC health correspondent")
_BYLINE_ROLES = frozenset({"correspondent", "editor", "reporter", "columnist"})


def _after_byline(doc: Doc, start: int, end: int) -> int:
    """Where a source phrase from word ``start`` to word ``end`` starts past a byline the page
    ran into the next sentence ("Ana Ruiz , BBC health correspondent Regional Health Minister
    Tom Hale said ...", "... say Guardian correspondent Ana Ruiz Harbour master Tom Hale has
    admitted ..."): a journalist's role in lower case, perhaps with their name after it, then
    a capitalised word that opens another title (``_opens_title``) before the name of the one
    who spoke. The source starts at that word (the parser may have made the role the phrase's
    head and the speaker's name its apposition). "BBC correspondent Ana Ruiz" (her name right
    after the role, no other name after it) keeps its words."""
    for i in range(start, end):
        if not (doc[i].is_lower and doc[i].lower_ in _BYLINE_ROLES):
            continue
        after = _past_person_name(doc, i + 1)  # the journalist's name, if the byline gives it
        if after < end and _opens_title(doc[after]) and _names_person(doc, after + 2, end + 1):
            return after
        return start
    return start


def _opens_title(word: Token) -> bool:
    """``word`` may open a title of words ("Regional Health Minister"): a capitalised noun,
    name or adjective of letters only; not an honorific of the journalist's own name ("editor
    Dr. Ana Ruiz") nor a pronoun ("The editor I spoke to, Ana Ruiz")."""
    return word.is_title and word.is_alpha and word.pos_ in ("PROPN", "NOUN", "ADJ")


def _names_person(doc: Doc, start: int, end: int) -> bool:
    """A person's name starts among words ``start`` to ``end`` (from the second word after
    the title's first: a title of two words at least, "Health Minister Ana Ruiz"; "editor Dr
    Ana Ruiz" is the journalist's name)."""
    return any(_person_name_start(doc[j]) for j in range(start, end))


def _person_name_start(token: Token) -> bool:
    return token.ent_iob_ == "B" and token.ent_type_ == "PERSON"


def _past_person_name(doc: Doc, i: int) -> int:
    """The word after the person's name that starts at word ``i`` (``i`` itself when none
    does)."""
    if i >= len(doc) or not _person_name_start(doc[i]):
        return i
    i += 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return i


# adverbs a writer may shout after a name ("The Post ALSO reported", "Dan Pike TODAY said")
_SHOUTED_ADVERBS = frozenset(
    {"also", "today", "now", "again", "still", "too", "even", "just", "then", "yesterday"}
)


def _shouted_aside(token: Token) -> bool:
    """A word in capitals that is an adverb in lower case ("ACTUALLY", "ALSO", "TODAY"):
    the writer's emphasis glued to a name, not one of its words."""
    return (
        token.is_upper
        and token.is_alpha
        and len(token) > 2
        and _shouted_form(token.lower_)
        and not token.doc[token.i - 1].is_upper
    )


def _shouted_form(lower: str) -> bool:
    """The lower-case form of an adverb a writer may shout (``_shouted_aside``)."""
    return lower.endswith("ly") or lower in _SHOUTED_ADVERBS


_OPENERS = frozenset({"-LRB-", "-LSB-", "-LCB-", "("})
# brackets a phrase may end in when the parse cut a label: "Sen. Ana Ruiz (D-Ohio" keeps it
_TOKENIZED_OPENERS = frozenset({"-LRB-", "-LSB-", "-LCB-"})
# an opening quote mark as tokenized text writes it (the parser splits "``" in two)
_OPENING_QUOTES = frozenset({"``", "`"})
_CLOSERS = frozenset({"-RRB-", "-RSB-", "-RCB-", ")"})
_BRACKETS_AND_QUOTES = _OPENERS | _TOKENIZED_OPENERS | _OPENING_QUOTES | _CLOSERS
_BRACKET_KEYS = frozenset(get_string_id(mark) for mark in _BRACKETS_AND_QUOTES)  # (ORTH's)


def _bracketed(doc: Doc, start: int, end: int) -> bool:
    """Whether a bracket or an opening quote mark is among the words ``start`` to ``end``
    (read in the ORTH array's keys: no Token made)."""
    return not _BRACKET_KEYS.isdisjoint(attribute_keys(doc, ORTH)[start:end])


def _within_brackets(words: Span) -> Span:
    """A source phrase short of a bracket closed before it or opened after it, which a
    tokenized wire text glues to it: "Reuters -RRB- - Health experts" (the dateline's
    bracket), "WHO -RRB-", "The Economist 's Voice -LRB-", "the report ``". A typed bracket
    left open ("Sen. Ana Ruiz (D-Ohio", a party label the parse cut) stays."""
    start, end = words.start, words.end
    doc = words.doc
    # the two loops change nothing in a phrase with no bracket or opening mark (found by
    # index: a loop over the words makes a Token of each)
    marked = _bracketed(doc, start, end)
    depth = 0
    for token in words if marked else ():
        if token.text in _OPENERS:
            depth += 1
        elif token.text in _CLOSERS:
            if depth == 0 and token.i == end - 1:
                end = token.i  # "WHO -RRB-": the bracket the phrase stood in
            elif depth == 0:
                start = token.i + 1  # a bracket closed before the phrase began
            depth = max(0, depth - 1)
    depth = 0
    for token in reversed(doc[start:end]) if marked else ():
        if token.text in _CLOSERS:
            depth += 1
        elif token.text in _TOKENIZED_OPENERS or token.text in _OPENING_QUOTES:
            if depth == 0:
                end = token.i  # a bracket or quotation opened after the phrase
            depth = max(0, depth - 1)
    while start < end and (doc[start].is_punct or doc[start].text in ("-", "--")):
        start += 1
    kept = syntax.trimmed(slice_of(doc, start, end)) if start < end else slice_of(doc, start, start)
    return kept if len(kept) else words


def _next_to(ctx: Context, verb: Token) -> Token | None:
    """The speaker of a cue verb the parser left without a subject: a name or pronoun right
    before it (“...,” Trump said) or right after it (“...,” said Trump)."""
    before = _phrase_before(ctx, verb)
    if before is not None:
        return before
    doc = ctx.doc
    # ", calling the plan ...", "to assure the world": the words after a participle or an
    # infinitive are its object, no speaker
    for i in (verb.i - 1,) if verb.tag_ in ("VBG", "VB") else (verb.i - 1, verb.i + 1):
        if 0 <= i < len(doc):
            token = doc[i]
            # a capitalised word the tagger missed as a name ("said Skelly" as an adverb)
            name = token.pos_ in ("PROPN", "PRON") or (i > verb.i and token.is_title)
            if syntax.time_word(token):
                continue  # "said Thursday", "Thursday said a spokesman": when, not who
            if name and not ctx.inside_quote(token):
                # up a name ("Donald Trump"), not into the verb the parser hung it on
                while token.dep_ == "compound" and token.head.pos_ in ("PROPN", "NOUN"):
                    token = token.head
                # "Katie Packer, who is chairman of Our Principles PAC said": the name a
                # relative clause ending at the verb describes
                clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
                if i < verb.i and clause is not None and clause.head.i < clause.i:
                    return clause.head
                if i < verb.i and token.dep_ == "pobj":
                    # "lawyers for victims in the US called for ...": the end of a phrase
                    # whose head the parser lost, not the one who spoke
                    continue
                if i > verb.i and (_subject_of_another(token, verb) or _told_one(token, verb)):
                    continue  # "says Obama should resign": the reported clause's subject
                return token
            # "said a longtime party strategist", "said retired judge Tom Hale": the noun
            # the phrase builds up to
            while i > verb.i and token.dep_ in _NOUN_MODIFIER_DEPS and token.head.i > i:
                token = token.head
            if (
                i > verb.i
                and token.i > i
                and token.pos_ in ("NOUN", "PROPN")
                and not ctx.inside_quote(token)
                and not _subject_of_another(token, verb)
                and not _told_one(token, verb)
            ):
                return token
    return None


# the clauses a cue reports after the one it was told to ("told the crowd that ...")
_CONTENT_CLAUSES = ("ccomp", "xcomp")
# the prepositions of what the one a cue is aimed at is charged with or praised for
# ("accused Berg of lying", "praised her for speaking out")
_CHARGE_PREPOSITIONS = ("of", "for")


def _told_one(token: Token, verb: Token) -> bool:
    """The object of a cue before the clause it reports ("a man came and told the crowd that
    ..."), or before what it charges or praises them with ("accused Berg of being late"):
    the one told or accused, not the one speaking."""
    return (
        token.dep_ in ("dobj", "dative")
        and token.head == verb
        and any(
            (c.dep_ in _CONTENT_CLAUSES and c.i > token.i)
            # (right after the object's phrase: "sighed Haddad, pointing to a square
            # empty save for a few cats" is no charge)
            or (
                c.dep_ == "prep"
                and c.lower_ in _CHARGE_PREPOSITIONS
                and c.i == token.right_edge.i + 1
            )
            for c in verb.children
        )
    )


def _subject_of_another(token: Token, verb: Token) -> bool:
    """A noun after a cue that is the subject of a verb of its own ("says a new inquiry
    should start"): the first words of what was said, not the one saying them."""
    clause = token.head
    return (
        token.dep_ in syntax.SUBJECT_DEPS
        and clause != verb
        and clause.i > token.i > verb.i
        # "said Tom Hale, asked about it": a participle set off by a comma describes him
        and not any(t.is_punct for t in token.doc[token.i + 1 : clause.i])
    )


def _phrase_before(ctx: Context, verb: Token) -> Token | None:
    """The head of a noun phrase ending right before a cue verb, past commas, that the
    parser hung elsewhere: “...,” Tom Hale, a party adviser, said (the name taken into
    the quotation's clause); On May 2, Col. Ana Ruiz, a spokeswoman, said (an apposition
    of the date)."""
    doc = ctx.doc
    i = verb.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or i == verb.i - 1 or ctx.inside_quote(doc[i]):
        return None  # no comma: _next_to's name right before the verb
    token = doc[i]
    apposition = None
    # up to the phrase's head, through a participle modifying a noun in it ("Ana Ruiz, a
    # lawyer then working for the ministry, wrote")
    while (
        token.dep_ in ("appos", "pobj", "prep", "compound", "acl")
        and token.head.i < verb.i
        and (token.head.pos_ not in ("VERB", "AUX") or token.head.dep_ == "acl")
        and not syntax.when(token.head)
        and not ctx.inside_quote(token.head)
    ):
        if token.dep_ == "appos":
            apposition = token
        token = token.head
    if token.dep_ in ("dobj", "dative", "attr", "oprd") and not ctx.inside_quote(token.head):
        return None  # "X defended the plan, calling it ...": the object of another verb
    if token.pos_ not in ("PROPN", "NOUN", "PRON") or syntax.time_word(token):
        # "In a statement to the Observer, her adviser, Jake Sullivan, said": the
        # apposition the parser hung on a noun of the opening phrase
        opening_phrase = token.dep_ == "prep" and token.head == verb
        return apposition if apposition is not None and opening_phrase else None
    return token
