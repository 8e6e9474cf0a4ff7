"""Direct quotations: each quoted stretch given the cue that governs it, the colon or dash that
introduces or signs it, or the cue nearest to it in its sentence; quoted words that run on past
their closing mark; titles and scare quotes dropped."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dateline.attribution import syntax
from dateline.attribution.context import Context, Draft
from dateline.attribution.cues import Cues
from dateline.attribution.speakers import dateline_place, from_cue_verb, several, speaker_of
from dateline.attribution.syntax import CONTENT_DEPS, TITLE_WORDS
from dateline.text.doctext import sentence as sentence_of
from dateline.text.paragraphs import paragraph_break
from dateline.text.quotemarks import BACKTICKS, CLOSING, OPENING, STRAIGHT, Quoted

# after a closing quote mark: a dash, then a name up to the end of the line or a comma
_SIGNATURE = re.compile(r"[”\"]?[ \t\xa0]*([―—–]+)[ \t\xa0]*([^\n,(]{2,60})")
# how far into the sentence after a quotation its cue may be: “...!” Sen. Jane Roe said.
_TAIL_CUE_WINDOW = 8
# how many words after a quotation may name its speaker and cue when read without the parse
_TAIL_WORDS = 12
# prepositions of a phrase saying where or when a quotation was said: said in “a perfect world”
_SETTING = frozenset({"in", "at", "on", "during", "inside", "near"})
# words running on from a closing mark to the next punctuation: “... a hard sell” for voters,
_RUN_ON = re.compile(r"[ \t]*([a-z][^,.;:!?“”\"\n]*)")


def quotation(ctx: Context, quote: Quoted, reported: list[Draft]) -> Draft | None:
    tokens = ctx.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if tokens is None:
        return None
    # a paragraph of a quotation that goes on is direct, and takes no cue from words before
    # its opening mark: a caption the page ran into it (“... you want to continue their care
    # Bev Collin `` And food ...”)
    goes_on = ctx.goes_on_from_before(quote)
    kind = "partial" if _embedded(ctx.text, quote, ctx.wrapped) and not goes_on else "direct"
    caption_end = quote.start if goes_on else -1
    if kind == "partial" and (after := _caption_before(ctx, tokens, quote)) is not None:
        # a caption run into a whole quoted sentence its speaker follows: direct words
        found = from_cue_verb(ctx, after, "direct", (quote.start, quote.end), quote)
        found.after_caption = True
        return found
    if (
        syntax.title(tokens)
        and _introducing_colon(ctx, tokens[0]) is None
        and _cue_right_after(ctx, tokens) is None
    ):
        return None  # “The Long Road Home,”: a title, not a statement
    content = (quote.start, quote.end)
    if kind == "direct" and (own := _own_cue_after_colon(ctx, tokens)) is not None:
        if (relayed := _relayed(ctx, own, tokens, kind, content, quote)) is not None:
            return relayed
        said = from_cue_verb(ctx, own, kind, content, quote)
        # "In her speech, Rhimes declared ...: “...,” she said": a "she" the actors left
        # unlinked gives way to the cue before the colon, which names her
        if said.speaker is not None:
            return said
    # a cue verb outside the quote whose clause contains it: claimed he "didn't ..."
    for token in tokens[0].ancestors:
        if syntax.next_deed_after_infinitive(token):
            break  # "... not to test it and slammed the plan as “reckless”": not the words said
        if (
            syntax.is_cue_verb(token, ctx.kb)
            and token.idx > caption_end
            and not ctx.inside_quote(token)
            and not syntax.negated(token, ctx.quote_tokens)
            and not ctx.across_paragraphs(token.idx, quote)
        ):
            nearer = _nearer_cue_before_colon(ctx, token, tokens[0])
            if kind == "direct" and nearer is not None:
                # “A,” the mayor said as a heckler yelled: “B!”: the parser may hang B on
                # "said"; the cue right before the colon is the one that says B
                introduced = _introduced(ctx, nearer, kind, content, quote)
                if introduced is not None:
                    return introduced
            if kind == "partial":  # the content is what the cue verb says around the quote
                around = _predicate_around(token, tokens, ctx.kb)
                if around is None:
                    return None  # quoted words in no complement of the cue: a title
                content = around
            return from_cue_verb(ctx, token, kind, content, quote)
    if kind == "partial":
        return None  # quoted words no cue verb governs: a title, a scare quote
    first, last = sentence_of(tokens[0]), sentence_of(tokens[-1])
    sentences = {first.start: first, last.start: last}
    colon = _introducing_colon(ctx, tokens[0])
    if colon is not None:  # "Caddell continued:", "The headline reads:", "WALLACE:"
        introduced = _introduced(ctx, colon, kind, content, quote)
        if introduced is not None:
            return introduced
    candidates: list[tuple[int, Draft]] = []
    for sentence in sentences.values():
        # (only the words that may be cue verbs are made Tokens: ``cue_verbs_in``)
        for token in map(ctx.doc.__getitem__, ctx.cue_verbs_in(sentence.start, sentence.end)):
            if (
                syntax.is_cue_verb(token, ctx.kb)
                and token.idx > caption_end
                and not ctx.inside_quote(token)
                and not syntax.negated(token, ctx.quote_tokens)
                and not ctx.across_paragraphs(token.idx, quote)
            ):
                distance = min(abs(token.idx - quote.start), abs(token.idx - quote.end))
                candidates.append((distance, from_cue_verb(ctx, token, kind, content, quote)))
    for attribution in reported:
        if attribution.kind == "according_to":
            cue = attribution.cue
            if any(
                cue.start >= s.start and cue.end <= s.end for s in sentences.values()
            ) and not ctx.across_paragraphs(cue.start_char, quote):
                distance = min(abs(cue.start_char - quote.start), abs(cue.start_char - quote.end))
                candidates.append(
                    (distance, replace(attribution, kind=kind, content=content, quote=quote))
                )
    if not candidates and (tail := _tail_cue(ctx, tokens)) is not None:
        return from_cue_verb(ctx, tail, kind, content, quote)
    if not candidates:
        return (
            _governed(ctx, tokens, kind, content, quote, caption_end)
            or _said_after(ctx, tokens, kind, content, quote)
            or _signed(ctx, quote, kind)
            or Draft(kind, content, quote=quote)
        )
    return min(candidates, key=lambda pair: pair[0])[1]


def run_on(ctx: Context, found: Draft) -> None:
    """A quotation that stops mid-sentence, its words running on past the closing mark
    (“They are not ready yet” to back him, ...), says what the whole clause says: the
    content takes the words up to the next punctuation, and the quotation becomes partial."""
    quote, text = found.quote, ctx.text
    if found.kind != "direct" or quote is None or not quote.closed:
        return
    if not text[quote.end - 1 : quote.end].isalnum():  # “..., ” or “...?” ends a quotation
        return
    mark = quote.end
    while mark < len(text) and text[mark] in CLOSING + STRAIGHT + "'’":
        mark += 1
    run_on = _RUN_ON.match(text, mark)
    if mark == quote.end or run_on is None:
        return
    end = run_on.end(1)
    while text[end - 1].isspace():
        end -= 1
    cue = found.cue
    cue_at = cue.idx if isinstance(cue, Token) else cue.start_char if cue is not None else -1
    if mark <= cue_at < end:
        return  # “...” he said: the words after the mark are the cue's own clause
    # “...” and left the stage: words that hang on the cue's clause, not on the quotation,
    # tell what the speaker did next
    first = ctx.doc.char_span(run_on.start(1), end, alignment_mode="expand")
    if first is not None and len(first) and _outside_quotation(first[0], quote):
        return
    found.kind = "partial"
    found.content = (found.content[0], end)


def _after_closing(doc: Doc, quote: Span) -> Token | None:
    """The first word after a quotation's closing marks."""
    i = quote.end
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
        i += 1
    return doc[i] if i < len(doc) else None


def _outside_quotation(token: Token, quote: Quoted) -> bool:
    """A word after a quotation's closing mark that the parser joined to the sentence around
    the quotation (a coordinator, the next verb), not to a word of the quotation."""
    head = token.head
    if head.idx >= quote.start and head.idx < quote.end:
        return False
    return token.dep_ in ("cc", "conj") or (head.i != token.i and head.idx < quote.start)


def _cue_right_after(ctx: Context, tokens: Span) -> Token | None:
    """A cue verb a few words after a quotation's closing mark, with no punctuation
    between: “Denver,” he answered; “Safety,” said Grimm; “Out!” the crowd yelled."""
    doc = ctx.doc
    i = tokens[-1].i + 1
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
        i += 1
    for token in doc[i : i + TITLE_WORDS]:
        if token.is_punct or ctx.inside_quote(token):
            return None
        if syntax.is_cue_verb(token, ctx.kb):
            return token
    return None


def _said_after(
    ctx: Context, tokens: Span, kind: str, content: tuple[int, int], quote: Quoted
) -> Draft | None:
    """“...,” the editorial read. / “...?” the 43-year-old asked: a quotation ending in
    a comma, question or exclamation mark, followed in its paragraph by a few words naming
    someone and a verb of saying. Read from the words themselves, for when the tagger took
    the verb for a noun or the parser split the quotation from its cue."""
    text, doc = ctx.text, ctx.doc
    if text[quote.end - 1 : quote.end] not in (",", "?", "!"):
        return None
    i = tokens[-1].i + 1
    while i < len(doc) and (doc[i].is_quote or doc[i].text == " "):
        i += 1
    words = []
    for token in doc[i : i + _TAIL_WORDS]:
        if (
            ctx.inside_quote(token)
            or paragraph_break(token.text, ctx.wrapped)
            or token.text in (".", "!", "?")
        ):
            break
        words.append(token)
    cues = [t for t in words if t.lemma_.lower() in ctx.kb.verbs]
    verbs = [t for t in cues if t.pos_ in ("VERB", "AUX")]
    cue = verbs[0] if verbs else cues[-1] if cues and cues[-1] is words[-1] else None
    if cue is None or cue is words[0]:
        return None
    source = syntax.trimmed(doc[words[0].i : cue.i])
    if not source or not any(t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") for t in source):
        return None
    return Draft(
        kind,
        content,
        cue=doc[cue.i : cue.i + 1],
        source=source,
        speaker=speaker_of(ctx, source),
        quote=quote,
    )


# a caption's last word is no function word (a quotation after "was", "of", "the" is a
# partial quote of the clause)
_NO_CAPTION_END = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PRON"})
_CAPTION_QUOTE_WORDS = 5
_CAPTION_TAIL = 8


def _caption_before(ctx: Context, tokens: Span, quote: Quoted) -> Token | None:
    """The cue of a whole quoted sentence that a page's caption or headline ran into with no
    sentence end ("Levees held along most of the river “We were lucky this time,” Mayor
    Ortiz said", or "... he said": the pronoun's speaker is the actors stage's, as in the
    clause's reading): the quotation opens with a capital, ends as a sentence or on a comma, is
    at least ``_CAPTION_QUOTE_WORDS`` words with a verb (no title), the word before its
    opening mark ends a phrase (no function word, no cue verb), and a cue follows its
    closing mark after a few words of name. The caption is not what the speaker said: the
    quotation is direct."""
    doc, text = ctx.doc, ctx.text
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if len(words) < _CAPTION_QUOTE_WORDS or not (words[0].is_title or words[0].text == "I"):
        return None
    if syntax.title(tokens) or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # a title ("The Art of the Deal."), not a sentence said
    if text[quote.start : quote.end].rstrip()[-1:] not in (",", ".", "?", "!"):
        return None
    i = tokens[0].i - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_quote or doc[i].text == "``"):
        i -= 1
    if i < 0:
        return None
    before = doc[i]
    if (
        not (before.is_alpha or before.like_num)
        or before.pos_ in _NO_CAPTION_END
        or syntax.is_cue_verb(before, ctx.kb)
        or ctx.inside_quote(before)
    ):
        return None
    if not quote.closed:
        return None
    j = tokens[-1].i + 1
    while j < len(doc) and (doc[j].is_space or doc[j].is_quote or doc[j].text in ("''", ",")):
        if "\n" in doc[j].text:
            return None
        j += 1
    tail = doc[j : j + _CAPTION_TAIL]
    for token in tail:
        if token.is_punct or "\n" in token.text:
            return None
        if syntax.is_cue_verb(token, ctx.kb) and not ctx.inside_quote(token):
            return token
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


def _tail_cue(ctx: Context, tokens: Span) -> Token | None:
    """The cue verb of the sentence right after a quotation, in its paragraph, when the
    parser split the quotation from its cue (“Sometimes we need our fix!” Clinton said to
    People.): a cue verb near the sentence's start that reports no clause of its own."""
    after = tokens[-1].sent.end
    doc = ctx.doc
    while (
        after < len(doc)
        and doc[after].is_space
        and not paragraph_break(doc[after].text, ctx.wrapped)
    ):
        after += 1
    if after >= len(doc) or paragraph_break(doc[tokens[-1].i : after + 1].text, ctx.wrapped):
        return None
    sentence = doc[after].sent
    for token in sentence[:_TAIL_CUE_WINDOW]:
        if (
            syntax.is_cue_verb(token, ctx.kb)
            and not ctx.inside_quote(token)
            and not syntax.negated(token, ctx.quote_tokens)
            and not any(c.dep_ in CONTENT_DEPS for c in token.children)
            and token.dep_ == "ROOT"  # not "That's why, he added, viewers ..."
        ):
            return token
    return None


def _governed(
    ctx: Context,
    tokens: Span,
    kind: str,
    content: tuple[int, int],
    quote: Quoted,
    caption_end: int,
) -> Draft | None:
    """A quotation that is the complement of a verb outside the lexicon, a verb with a
    subject: “This is fantastic!” he beamed; Trump shot back “Jeb wants ...”. Not a verb of a
    caption run into the quotation (before ``caption_end``)."""
    root = tokens.root
    verb = root.head
    if (
        root.dep_ in ("ccomp", "dobj", "xcomp")
        and verb.idx > caption_end
        and verb.pos_ == "VERB"
        and not ctx.inside_quote(verb)
        and not ctx.across_paragraphs(verb.idx, quote)
        and syntax.subject(verb, ctx.quote_tokens) is not None
    ):
        return from_cue_verb(ctx, verb, kind, content, quote)
    return None


def _signed(ctx: Context, quote: Quoted, kind: str) -> Draft | None:
    """A quotation signed after a dash, as in a list of reader comments:
    “It was a disgrace.” ― Jane Roe"""
    match = _SIGNATURE.match(ctx.text, quote.end)
    if match is None:
        return None
    dash = ctx.doc.char_span(*match.span(1), alignment_mode="expand")
    name = ctx.doc.char_span(*match.span(2), alignment_mode="contract")
    if dash is None or name is None or not any(t.pos_ == "PROPN" for t in name):
        return None
    return Draft(
        kind,
        (quote.start, quote.end),
        cue=dash,
        source=name,
        speaker=speaker_of(ctx, name),
        quote=quote,
    )


def _own_cue_after_colon(ctx: Context, tokens: Span) -> Token | None:
    """The cue right after a quotation that a colon opened, when the quotation ends in a
    comma, question or exclamation mark ("analysts say savings are hard to find: “It is
    very hard to switch,” said Anna Berg"): the quotation is hers, though the parser hangs it
    on the report before the colon."""
    colon = _introducing_colon(ctx, tokens[0])
    if colon is None or colon.text != ":":
        return None
    last = next((t for t in reversed(tokens) if not t.is_quote and not t.is_space), None)
    if last is None or last.text not in (",", "?", "!"):
        return None
    return _cue_right_after(ctx, tokens)


# verbs by which a paper passes on words someone else said ("..., the Ledger reported")
_RELAYING_VERBS = frozenset({"report"})


def _relayed(
    ctx: Context, after: Token, tokens: Span, kind: str, content: tuple[int, int], quote: Quoted
) -> Draft | None:
    """A quotation a cue verb with a speaker of its own introduces with a colon, which a
    paper's "reported" after it only passes on ("Ruiz said: “Nobody gets a free pass,” the
    Ledger reported"): the one before the colon said the words, not the paper."""
    if after.lemma_.lower() not in _RELAYING_VERBS:
        return None
    colon = _introducing_colon(ctx, tokens[0])
    if colon is None or colon.text != ":":
        return None
    introduced = _introduced(ctx, colon, kind, content, quote)
    if introduced is None or introduced.source is None:
        return None
    # (a verb said them: not a name alone before the colon, "WALLACE:")
    said_by_verb = isinstance(introduced.cue, Token) and introduced.cue.pos_ == "VERB"
    return introduced if said_by_verb else None


def _introducing_colon(ctx: Context, first: Token) -> Token | None:
    """The colon right before a quotation's opening mark, if there is one, or a comma
    after a statement noun (Ruiz issued a statement, “Last night ...”)."""
    doc = ctx.doc
    i = first.i - 1
    while i >= 0 and ((word := doc[i]).is_space or word.is_quote):  # (a Token a word read)
        i -= 1
    if i < 0 or i in ctx.quote_tokens:  # (``ctx.inside_quote``, by index)
        return None
    mark = doc[i]
    if mark.text == ":" or (
        mark.text == ","
        and i > 0
        and doc[i - 1].lemma_.lower() in ctx.kb.statement_nouns
        and doc[i - 1].pos_ == "NOUN"
    ):
        return mark
    return None


def _nearer_cue_before_colon(ctx: Context, cue: Token, first: Token) -> Token | None:
    """The colon that introduces a quotation, when another cue verb stands between ``cue``
    and it ("said as the heckler yelled:"), else None."""
    colon = _introducing_colon(ctx, first)
    if colon is None or colon.text != ":" or not cue.i < colon.i:
        return None
    between = ctx.doc[cue.i + 1 : colon.i]
    if any(
        syntax.is_cue_verb(t, ctx.kb)
        and not ctx.inside_quote(t)
        and syntax.subject(t, ctx.quote_tokens) is not None
        for t in between
    ):
        return colon
    # "Polls did predict the vote - Pollwatch: “...”": a roundup's item quotes the name
    # after the dash; the item's own verb leads into it
    dashes = [t.i for t in between if t.text in syntax.DASHES and not ctx.inside_quote(t)]
    if dashes:
        name = ctx.doc[dashes[-1] + 1 : colon.i]
        if 0 < len(name) <= 6 and all(t.pos_ == "PROPN" or t.is_punct for t in name):
            return colon
    return None


def _introduced(
    ctx: Context, colon: Token, kind: str, content: tuple[int, int], quote: Quoted
) -> Draft | None:
    """The attribution of a quotation introduced by a colon: the cue verb nearest before
    the colon ("Caddell continued:"), else the verb of the clause before it ("The headline
    reads:"), else a name alone before it, as in a transcript ("WALLACE:")."""
    doc = ctx.doc
    clause = doc[colon.sent.start : colon.i]
    dashes = [t.i for t in clause if t.text in syntax.DASHES]
    if dashes:  # "POLLSTERS AGREE - Carl Bialik:": a name after a dash
        named = _name_alone(ctx, doc[dashes[-1] + 1 : colon.i], colon, kind, content, quote)
        if named is not None:
            return named
    glued = [t.i for t in clause if t.text[:1] in "-–—" and t.text[1:2].isalpha()]
    if glued:  # "... were there all along -More from Ames and Hale:": the dash runs on
        words = doc[glued[-1] : colon.i]
        named = _name_alone(ctx, words, colon, kind, content, quote, glued=True)
        if named is not None:
            return named
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and not ctx.inside_quote(t)]
    cues = [
        t
        for t in verbs
        if syntax.is_cue_verb(t, ctx.kb) and not syntax.negated(t, ctx.quote_tokens)
    ]
    if cues:
        return from_cue_verb(ctx, cues[-1], kind, content, quote)
    if clause.root in verbs and syntax.subject(clause.root, ctx.quote_tokens) is not None:
        return from_cue_verb(ctx, clause.root, kind, content, quote)
    return _name_alone(ctx, clause, colon, kind, content, quote)


def _name_alone(
    ctx: Context,
    words: Span,
    colon: Token,
    kind: str,
    content: tuple[int, int],
    quote: Quoted,
    glued: bool = False,
) -> Draft | None:
    """A few words naming someone, with no verb, before a colon: the quotation's source. A
    live blog's entry ("1117 Troy Livesay tweets:") starts with its time, which names no one,
    and may end in a verb of saying the tagger took for a noun: that word is the cue. A
    roundup's "More from Ames:" (``glued``: its dash ran into "More") names Ames."""
    name = syntax.without_time_stamp(syntax.trimmed(words))
    if len(name) > 2 and name[0].text.lstrip("-–—").lower() == "more" and name[1].lower_ == "from":
        name = name[2:]
    elif glued:
        return None
    cue = ctx.doc[colon.i : colon.i + 1]
    if len(name) > 1 and name[-1].lemma_.lower() in ctx.kb.speech_verbs:
        cue, name = name[-1:], name[:-1]
    if (
        0 < len(name) <= 6
        and not any(t.pos_ in ("VERB", "AUX") for t in name)
        and any(t.pos_ == "PROPN" for t in name)
        and not dateline_place(ctx, name)
    ):
        # "Ames and Hale:": co-authors, none of them alone; the phrase names them
        speaker = None if several(name.root) else speaker_of(ctx, name)
        return Draft(kind, content, cue=cue, source=name, speaker=speaker, quote=quote)
    return None


def _predicate_around(verb: Token, quote: Span, kb: Cues) -> tuple[int, int] | None:
    """The stretch a cue verb governs to its right, up to the end of the phrase holding a quote:
    described Clinton as a “disgrace”, is promising lower taxes and “jobs, jobs, jobs”. None
    when no phrase after the verb holds the quote."""
    # the subject after an inverted cue ("says the report “...") holds no words said
    right = [
        c
        for c in verb.rights
        if not c.is_punct
        and c.dep_ not in ("cc", "conj", *syntax.SUBJECT_DEPS)
        and not syntax.when_said(c)
    ]
    holder = next((c for c in right if c.left_edge.i <= quote.start <= c.right_edge.i), None)
    if holder is None or (
        holder.dep_ == "prep"
        and holder.lower_ in _SETTING
        and not any(t.pos_ in ("VERB", "AUX") for t in holder.subtree)
    ):
        # said in “a perfect world” ...: a phrase saying where or when the words were
        # said, not what was said ("in a statement that “...”" holds a clause, and says it)
        return None
    doc = verb.doc
    # "which he said was “vast”": from the verb on, not from the relative word before it;
    # "told the staff that “...”": from the clause, not from whoever was told
    first = holder if holder.dep_ in CONTENT_DEPS else right[0]
    start = max(first.left_edge.i, verb.i + 1)
    # "warned the president of the “danger ...”": what he was warned of, not whom
    told_one = next((c for c in right if c.dep_ == "dobj"), None)
    told = syntax.told_of(told_one, verb.lemma_.lower()) if told_one is not None else None
    if told is not None and told.left_edge.i <= quote.start <= told.right_edge.i:
        start = max(start, told.left_edge.i)
    # "said in a statement that “...”", "telling diners at a cafe that “...”": when the
    # parser hung the clause on a word of the phrase before it, what was said starts at the
    # clause's "that", not at where or to whom it was said
    that = _that_of_clause(quote[0], holder)
    if (
        that is not None
        and that.i > start
        and (
            not any(t.pos_ in ("VERB", "AUX") for t in doc[start : that.i])
            # "said after the markets closed that “...”": when, then what
            or syntax.clause_held_by_when(holder) is not None
        )
    ):
        start = that.i
    # up to the end of the phrase, short of another speaker's report conjoined to it
    end = max(syntax.clause_end(holder, kb), quote.end - 1)
    # told them “we will win” and left the stage: a clause that opens with the quotation says
    # no more than it; a verb joined after the closing mark is what the speaker did next
    after = _after_closing(doc, quote)
    opens = all(t.is_quote or t.is_space for t in doc[start : quote.start])
    if opens and after is not None and after.dep_ == "cc" and after.i <= end:
        end = quote.end - 1
    span = syntax.trimmed(doc[start : end + 1])
    return (min(span.start_char, quote.start_char), max(span.end_char, quote.end_char))


def _that_of_clause(token: Token, holder: Token) -> Token | None:
    """The "that" opening the clause, below ``holder``, that holds ``token`` (the highest such
    clause), when ``holder`` only says where the words were said ("in a statement that") or
    to whom ("told diners at a cafe that"): the start of what a cue verb reports. None for a
    clause that is what the holder names ("warned against the idea that", "the threat that
    terror poses"), or a relative clause whose "that" is its subject ("material that ...")."""
    setting = holder.dep_ == "prep" and holder.lower_ in _SETTING
    if not setting and holder.dep_ not in ("dobj", "dative"):
        return None
    found = None
    for clause in [token, *token.ancestors]:
        if clause == holder:
            return found
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if (
            mark is not None
            and mark.i <= token.i
            and (setting or clause.head != holder)
            and any(c.dep_ in (*syntax.SUBJECT_DEPS, "expl") for c in clause.children)
        ):
            found = mark
    return None


def _embedded(text: str, quote: Quoted, wrapped: bool) -> bool:
    """A partial quote sits inside a clause: a word runs straight into its opening mark."""
    i = quote.start - 1
    while i >= 0 and text[i] in " \t\xa0":  # tokenized text: `` very critical ''
        i -= 1
    if text[i - 1 : i + 1] == BACKTICKS:
        i -= 2
    while i >= 0 and text[i] in OPENING + STRAIGHT + "'":  # the opening mark, however written
        i -= 1
    # only within the paragraph: one before may end in a closing mark (NYT's ''...'')
    before = text[: i + 1].rstrip(" \t\xa0")
    if wrapped and before.endswith("\n"):  # a wrapped line: the clause may run on from above
        whole = before.rstrip()
        if not paragraph_break(text[len(whole) : i + 1], wrapped):
            before = whole
    if not before or syntax.page_stamp_end(text, i + 1) >= i + 1:
        return False  # the line opens with the quotation, or with a page's stamp before it
    # an apostrophe ends a word (voters' “...”) only after a letter, not as a closing mark
    return before[-1].isalnum() or (before[-1] in "'’" and before[-2:-1].isalpha())
