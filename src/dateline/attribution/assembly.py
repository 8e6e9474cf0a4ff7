"""Putting drafts together: quotations absorbed into the report of their own cue, speakers
continued to quotations with no cue, interrupted quotations joined, reports of reports folded
into ``via`` chains, and each draft made a ``model.Attribution``."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import get_args

from spacy.attrs import IS_PUNCT, LOWER, ORTH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from dateline.actors.finder import quoter_of
from dateline.actors.knowledge import knowledge
from dateline.attribution.context import Context, Draft
from dateline.attribution.modes import mode_of
from dateline.attribution.syntax import (
    ANY_SUBJECT_DEPS,
    CONTENT_DEPS,
    NO_ONE_WORDS,
    SUBJECT_DEPS,
    TOKENIZED_BRACKET,
    WEEKDAYS,
    is_cue_verb,
    no_one,
    page_stamp_end,
    tree,
)
from dateline.model import Attribution, AttributionKind, AttributionMode, unvalidated
from dateline.text.doctext import (
    Verdicts,
    attribute_keys,
    expanded_span,
    head_indices,
    indices_in,
    indices_where,
    span_text,
)
from dateline.text.doctext import sentence as sentence_of
from dateline.text.paragraphs import paragraph_break
from dateline.text.quotemarks import (
    BACKTICKS,
    CLOSING,
    DOUBLED_APOSTROPHE,
    OPENING,
    STRAIGHT,
)
from dateline.text.stamps import CLOCK_DIGITS, MONTH_NAMES

_WORD = re.compile(r"[^\W_]+")
_MARKS_AND_SPACE = " \t\n\xa0" + OPENING + CLOSING + STRAIGHT + "'‘’"
# a closing mark right after a content, an opening mark right before it (tokenized corpora
# set theirs off by a space: `` very critical '')
_MARK_AFTER = re.compile("[.,!?;:]?(?:[" + CLOSING + STRAIGHT + "]| ?" + DOUBLED_APOSTROPHE + ")")
_MARK_BEFORE = re.compile("(?:[" + OPENING + STRAIGHT + "]|" + BACKTICKS + " ?)$")


def absorbed_into_reports(quoted: list[Draft], reported: list[Draft], text: str) -> list[Draft]:
    """A quotation inside the clause its own cue reports (claimed he “didn't make any
    progress”) is part of that report, which becomes a partial quotation."""
    kept = []
    for quote in quoted:
        start, end = (quote.quote.start, quote.quote.end) if quote.quote else quote.content
        # the report ends before these (and the spaces before them in tokenized text)
        while end > start and text[end - 1] in ".,;:!? \t":
            end -= 1
        marks = (start, end)
        report = next(
            (
                r
                for r in reported
                if r.content[0] <= marks[0]
                and marks[1] <= r.content[1]
                and _same_cue(r.cue, quote.cue)
                and _leads_into(text, r.content, marks[0])
            ),
            None,
        )
        if report is None:
            kept.append(quote)
        elif quote.after_caption:
            # a whole quoted sentence a caption ran into ("Levees held “We were lucky,” the
            # mayor said"; ``quotation`` made it direct): the words before it are no report
            reported.remove(report)
            kept.append(quote)
        else:
            report.kind = "partial"
    return kept


def continue_speakers(ctx: Context, quoted: list[Draft], reported: list[Draft]) -> None:
    """A quotation with no cue continues the speaker of the quotation next to it; across a
    paragraph only when no other report stands between them (a paragraph introducing another
    speaker: "A spokeswoman, Emilia Casella, rejects criticism ..." before her quotation)."""
    text = ctx.text
    for i, found in enumerate(quoted):
        if found.speaker is not None or found.cue is not None or _introduced_by_name(ctx, found):
            continue
        same_paragraph = [
            other
            for other in quoted
            if other is not found
            and other.speaker is not None
            and not paragraph_break(
                text[
                    min(other.content[1], found.content[0]) : max(
                        other.content[0], found.content[1]
                    )
                ],
                ctx.wrapped,
            )
        ]
        before = [o for o in same_paragraph if o.content[0] < found.content[0]]
        after = [o for o in same_paragraph if o.content[0] > found.content[0]]
        neighbour = (before[-1] if before else None) or (after[0] if after else None)
        if neighbour is None and i > 0 and quoted[i - 1].speaker is not None:
            start, end = quoted[i - 1].content[1], found.content[0]
            gap = text[start:end]
            between = any(start <= r.content[0] < end for r in reported)
            if gap.count("\n\n") <= 1 and len(gap) < 200 and not between:
                neighbour = quoted[i - 1]
        if neighbour is not None:
            found.speaker, found.source = neighbour.speaker, neighbour.source
            found.via = list(neighbour.via)


def _introduced_by_name(ctx: Context, found: Draft) -> bool:
    """A quotation its own sentence introduces with a noun phrase and no cue ("A nurse from
    Kansas, “...”", "One farmer: “...”") is that one's, not the speaker quoted before."""
    if found.quote is None:
        return False
    at = expanded_span(ctx.doc, found.quote.start, found.quote.end)
    if at is None:
        return False
    before = ctx.doc[at.sent.start : at.start]
    words = [t for t in before if not (t.is_punct or t.is_space or ctx.inside_quote(t))]
    # "At the rally, “...”", "Then, “...”": a setting or a link word introduces no one
    if not words or words[0].pos_ in ("ADP", "SCONJ", "ADV", "CCONJ", "VERB", "AUX"):
        return False
    return any(t.pos_ in ("NOUN", "PROPN") for t in words)


def led_into_quotations(reported: list[Draft], quoted: list[Draft]) -> list[Draft]:
    """A clause before a cue set in parentheses whose sentence goes on as a quotation ("If
    the bridge stays shut, she said, “the town will die.”") is the first part of that
    quotation, not a report of its own: the quotation takes it as its first piece. Returns
    the reports left."""
    kept = []
    for report in reported:
        cue = report.cue
        quote = None
        if isinstance(cue, Token) and cue.dep_ == "parataxis" and report.content[1] <= cue.idx:
            quote = next(
                (
                    q
                    for q in quoted
                    if q.quote is not None
                    and _same_cue(q.cue, cue)
                    and q.content[0] > cue.idx
                    and q.source is not None
                    and report.source is not None
                    and q.source.start == report.source.start
                ),
                None,
            )
        if quote is None:
            kept.append(report)
            continue
        quote.parts = [report.content] + (quote.parts or [quote.content])
        quote.content = (report.content[0], quote.content[1])
        quote.kind = "partial"
    return kept


def quotations_going_on(ctx: Context, reported: list[Draft], quoted: list[Draft]) -> list[Draft]:
    """A quotation with no cue, source or other speaker of its own that opens the sentence
    right after a report set before its cue, in the same paragraph, goes on with that report
    (Sooner or later, “we will need a new bridge,” he said. “The old one is failing.”): the
    report takes it as its next piece, and so the quotations that follow it up to the next
    words outside quote marks. Returns the quotations left."""
    text, taken = ctx.text, set()
    for report in reported:
        cue = report.cue
        if not isinstance(cue, Token) or report.kind != "partial" or report.content[1] > cue.idx:
            continue
        at = cue.sent.end_char
        for found in quoted:
            if id(found) in taken or found.quote is None or found.content[0] < at:
                continue
            between = text[at : found.content[0]]
            if (
                found.kind != "direct"
                or found.cue is not None
                or found.source is not None
                or found.speaker not in (None, report.speaker)
                or between.strip(_MARKS_AND_SPACE)
                or paragraph_break(between, ctx.wrapped)
            ):
                break
            report.parts = (report.parts or [report.content]) + (found.parts or [found.content])
            report.content = (report.content[0], found.content[1])
            taken.add(id(found))
            at = found.quote.end
    return [q for q in quoted if id(q) not in taken]


def joined(ctx: Context, quoted: list[Draft]) -> list[Draft]:
    """One attribution for a quotation interrupted by its cue ("“A,” he said. “B.”"): a
    quote with no cue of its own, or the same cue, in the paragraph of the quote before it,
    and each paragraph of a quote that runs over several, join the one before. Quoted
    words embedded after a quotation, with its cue, are dropped. A paragraph holding
    only a quotation with no cue, whose speaker was continued from a quotation in the
    paragraph before, joins that quotation too."""
    text = ctx.text
    joined: list[Draft] = []
    for found in quoted:
        previous = joined[-1] if joined else None
        if previous is not None and previous.quote is not None and found.quote is not None:
            if found.content[0] < previous.content[1] and _same_cue(found.cue, previous.cue):
                # two quoted phrases inside one report of the same cue ("called it a “big”
                # event and a “step”"): one content, not the same words twice
                previous.content = (previous.content[0], max(previous.content[1], found.content[1]))
                if previous.parts:
                    previous.parts[-1] = (previous.parts[-1][0], previous.content[1])
                continue
            same_paragraph = not paragraph_break(
                text[previous.content[1] : found.content[0]], ctx.wrapped
            )
            own_cue = found.cue is not None and not _same_cue(found.cue, previous.cue)
            # quoted words around the cue of a quotation (“A,” he said on “Meet the
            # Press”) are a title or a scare quote, not more of the quotation: dropped
            titled = found.kind == "partial" and previous.kind == "direct"
            if same_paragraph and titled and not own_cue:
                continue
            # a paragraph that is only a quotation with no cue, after a paragraph with a
            # quotation, goes on with it
            run = (
                found.cue is None
                and found.speaker is not None
                and previous.kind == found.kind == "direct"
                and (
                    not text[previous.content[1] : found.content[0]].strip(_MARKS_AND_SPACE)
                    or _next_paragraph_alone(ctx, previous, found)
                )
            )
            if previous.quote.continues or (
                (same_paragraph or run)
                and not own_cue
                and previous.speaker == found.speaker
                and (previous.cue is not None or previous.speaker is not None)
            ):
                previous.parts = (previous.parts or [previous.content]) + [found.content]
                previous.content = (previous.content[0], found.content[1])
                previous.quote = found.quote
                if _cue_after_last_paragraph(ctx, previous):
                    # “A ... ¶“B,” he said: the cue after the last paragraph is the whole
                    # quotation's
                    previous.cue, previous.source = found.cue, found.source
                    previous.speaker, previous.said_on = found.speaker, found.said_on
                continue
        joined.append(found)
    return joined


def _cue_after_last_paragraph(ctx: Context, quotation: Draft) -> bool:
    """A quotation over paragraphs with no cue nor speaker of its own so far takes those of
    its last paragraph, in wire copy and in tokenized text, where a quote reopened at each
    paragraph is the newsroom's rule. A web page also quotes excerpts of other papers and
    transcripts paragraph by paragraph, with someone's own words after them."""
    if quotation.cue is not None or quotation.source is not None or quotation.speaker:
        return False
    return ctx.wrapped or ctx.text[: quotation.content[0]].rstrip().endswith("``")


def _next_paragraph_alone(ctx: Context, previous: Draft, found: Draft) -> bool:
    """``found`` is a paragraph of its own, the one right after the paragraph of
    ``previous``, whatever else that paragraph holds (“...,” Adelson said in Macau.)."""
    text = ctx.text
    start, end = ctx.paragraph_around(*found.content)
    alone = not (text[start : found.content[0]] + text[found.content[1] : end]).strip(
        _MARKS_AND_SPACE
    )
    between = text[previous.content[1] : start]
    return (
        alone
        and paragraph_break(between, ctx.wrapped)
        and not paragraph_break(between.rstrip(_MARKS_AND_SPACE), ctx.wrapped)
    )


def quoted_pieces(quoted: list[Draft]) -> list[tuple[int, int]]:
    """The stretches inside quote marks of the quotations found: each one's pieces, or its
    marks' (``mostly_quoted`` reads them for each report)."""
    return [
        piece
        for found in quoted
        for piece in (
            found.parts or ([(found.quote.start, found.quote.end)] if found.quote else [])
        )
    ]


def mostly_quoted(content: tuple[int, int], pieces: list[tuple[int, int]]) -> bool:
    """At least half of ``content`` is inside quote marks (``pieces``: ``quoted_pieces``)."""
    first, last = content
    inside = 0
    for start, end in pieces:
        if start < last and end > first:  # (no piece apart from the content adds anything)
            inside += max(0, min(end, last) - max(start, first))
    return inside > 0 and inside >= 0.5 * (last - first)


def fold_chains(
    found: list[Draft], speech: frozenset[str], spoken: frozenset[str] = frozenset()
) -> list[Draft]:
    """Fold "A reported that B said X" into one attribution of X to B via A: B's cue is a verb
    of ``speech`` heading the clause A reported, and B's content is most of it. A report that
    merely mentions another ("X told police Y, but Z, the source said") or a stance ("they say
    they support X") keeps both, and so does a speaker who says what they themselves believe
    ("told CNN that he believes X": with a cue in ``spoken`` outside and a pronoun's belief
    inside, what was said is "he believes X")."""
    # the inner reports that may fold, by their cue's head: what a cue is, read once per
    # cue and not once per pair of drafts
    inner_by_head: dict[int, list[tuple[Draft, Token]]] = {}
    for inner in found:
        cue = inner.cue
        if (
            isinstance(cue, Token)
            and not inner.passing
            and cue.dep_ in CONTENT_DEPS
            and cue.lemma_.lower() in speech
        ):
            inner_by_head.setdefault(cue.head.i, []).append((inner, cue))
    outer_of: dict[int, Draft] = {}
    for outer in found:
        if outer.kind == "according_to" or not isinstance(outer.cue, Token):
            continue
        for inner, cue in inner_by_head.get(outer.cue.i, ()):
            if (
                inner is not outer
                and outer.content[0] <= cue.idx < outer.content[1]
                and _covers(inner.content, outer.content)
                and not _own_belief(inner, outer, spoken)
            ):
                outer_of[id(inner)] = outer
    folded = {id(o) for o in outer_of.values()}
    for inner in found:
        chain, seen, outer = [], {id(inner)}, outer_of.get(id(inner))
        while outer is not None and id(outer) not in seen:
            seen.add(id(outer))
            if outer.speaker:
                chain.append(outer.speaker)
            outer = outer_of.get(id(outer))
        inner.via = chain + inner.via
    return [f for f in found if id(f) not in folded or f.quote is not None]


def _own_belief(inner: Draft, outer: Draft, spoken: frozenset[str]) -> bool:
    """``inner`` is the belief or knowledge the speaker of ``outer`` says they hold ("he
    believes", "they think"): a stance cue whose source is a pronoun standing for the same
    speaker (or for no one found), inside a cue of speech."""
    if not spoken or not isinstance(inner.cue, Token) or not isinstance(outer.cue, Token):
        return False
    return (
        inner.cue.lemma_.lower() not in spoken
        and outer.cue.lemma_.lower() in spoken
        and inner.source is not None
        and len(inner.source) == 1
        and inner.source[0].pos_ == "PRON"
        and inner.speaker in (None, outer.speaker)
    )


def doubt_pronouns(ctx: Context, found: list[Draft]) -> None:
    """A pronoun source ("he said") resolved to an actor last named before another speaker
    the text describes ("A BP spokesman admitted ...") more likely refers to that speaker:
    the resolution is dropped and the pronoun left unresolved, rather than shown as a name
    that is probably wrong."""
    sources = [
        (f.source.start, f.source.end, f.speaker)
        for f in found
        if f.source is not None and not f.passing
    ]
    for draft in found:
        source = draft.source
        if draft.speaker is None or source is None or not bare(source):
            continue
        # the speaker's last word before the pronoun (``mentions_of``: by bisection)
        mentions = ctx.mentions_of(draft.speaker)
        before = bisect_left(mentions, source.start)
        named = mentions[before - 1] if before else None
        sex = _PRONOUN_SEX.get(span_text(source).lower())
        personal = sex is not None
        # "The Ledger quoted him as saying": the one quoting is no rival for "him"
        quoting = quoter_of(source[0]) if len(source) == 1 else None
        if named is not None and any(
            named < start < source.start
            and speaker != draft.speaker
            # "he" or "she" is no organisation: "the White House claims ..." in between
            # leaves "he" with the person named before
            and not (personal and _organised(ctx, speaker))
            and not (quoting is not None and start <= quoting.i < end)
            # "Tom Hale recalled that she told him": a man who speaks between is no rival
            # for "she" (a person of the other sex by a title, a word or a first name)
            and not (personal and speaker is not None and _sex_of(ctx, speaker) not in (None, sex))
            for start, end, speaker in sources
        ):
            draft.speaker = None
        elif _another_person_nearer(ctx, source, draft.speaker):
            draft.speaker = None  # "... is Ana Ruiz, a bus driver. “...,” he says."
        elif personal and _titled_in_own_words(ctx, draft):
            draft.speaker = None  # "“... the resolve of Mr. Baker ...,” he said": not Baker


# titles before a surname by which words speak of someone else: "the resolve of Mr. Baker"
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "president", "senator", "sen", "gov", "governor", "secretary"}
)


def _titled_in_own_words(ctx: Context, draft: Draft) -> bool:
    """The words speak of the speaker "he" or "she" was resolved to by title and name ("“I was
    reassured by Mr. Baker's resolve,” he said"): no one calls themselves "Mr. Baker", so
    "he" is someone else."""
    doc = ctx.doc
    words = expanded_span(doc, *draft.content)
    if words is None:
        return False
    # (the speaker's names among the words past their first, by bisection in the names found
    # once a document, read by index: no Token made of every word said)
    mentions, pos = ctx.mentions_of(draft.speaker), attribute_keys(doc, POS)
    return any(
        pos[i] == _PROPN_KEY and doc[i - 1].lower_.rstrip(".") in _TITLES
        for i in mentions[bisect_right(mentions, words.start) : bisect_left(mentions, words.end)]
    )


_PROPN_KEY = get_string_id("PROPN")  # (the POS array's key of a proper noun)


def _organised(ctx: Context, speaker: str | None) -> bool:
    """The speaker is an actor that is no person (an organisation, a government, a
    country)."""
    actor = ctx.actors.get(speaker)
    return actor is not None and actor.kind != "person"


# the sex a pronoun source gives its speaker
_PRONOUN_SEX = {"he": "m", "she": "f"}
# how far back (characters) the speaker of the last statement is read as the one "he" or
# "she" goes on with
_CHAIN_REACH = 600


def agreeing_pronouns(ctx: Context, found: list[Draft]) -> None:
    """ "he" or "she" as the source agrees in sex with its speaker. A pronoun linked to a
    person known to be of the other sex (by a first name, a title or a word such as
    "spokeswoman") is unlinked. A pronoun left with no one, or linked to someone named since
    the statement before only in the words it reports ("If Senator Ames is elected, he said,
    ..."), goes on with the speaker of the statement just before it, when that speaker is a
    person of its sex and no other person who may be of that sex is named between them
    outside quotation marks and those words (the quotes of one speaker in a row: “...,” said
    Ana Ruiz, whose son, Pedro, was ill. “...,” she said.)."""
    ordered = sorted((f for f in found if f.source is not None), key=lambda f: f.source.start_char)
    # whether a statement stands in another's words, by draft: the loop changes speakers only
    reported_within: dict[int, bool] = {}
    for draft in ordered:
        source = draft.source
        sex = _PRONOUN_SEX.get(span_text(source).lower()) if len(source) == 1 else None
        if sex is None:
            continue
        if draft.speaker is not None and _sex_of(ctx, draft.speaker) not in (None, sex):
            draft.speaker = None
        previous = []
        for f in ordered:
            if (
                f is draft
                or f.passing
                or f.source.start_char >= source.start_char
                or source.start_char - max(f.content[1], f.source.end_char) >= _CHAIN_REACH
            ):
                continue
            inside = reported_within.get(id(f))
            if inside is None:
                inside = reported_within[id(f)] = _reported_within(ctx, f, ordered)
            if not inside:
                previous.append(f)
        last = previous[-1] if previous else None  # the statement just before, whoever made it
        if last is None or last.speaker is None or last.speaker == draft.speaker:
            continue
        person = ctx.actors.get(last.speaker)
        if person is None or person.kind != "person" or _sex_of(ctx, last.speaker) != sex:
            continue
        since = max(last.content[1], last.source.end_char)
        if since >= source.start_char:
            continue  # the statement before runs on past this source: no chain to follow
        between = ctx.doc.char_span(since, source.start_char, alignment_mode="expand")
        own = [range(*part) for part in (draft.parts or [draft.content])]
        # people the last speaker is reported to speak of ("..., suggesting that Mr. Ode
        # would give way") are spoken of, not speaking
        spoken_of = [
            range(max(part[0], said.source.end_char), part[1])
            for said in _reports_of(ctx, last.speaker, ordered)
            if said is not draft
            for part in (said.parts or [said.content])
        ]
        # (by index: a Token only for a word that names an actor)
        named = range(between.start, between.end) if between is not None else range(0)
        by_token, doc = ctx.actors.by_token, ctx.doc
        others = [
            (t, actor)
            for i in named
            if (actor := by_token.get(i)) is not None
            and actor != last.speaker
            and (t := doc[i]).pos_ != "PRON"
            and not ctx.inside_quote(t)
            and all(t.idx not in r for r in spoken_of)
        ]
        if (
            draft.speaker is not None
            and not _met_in_reported_words(ctx, draft, last, ordered)
            and (
                not any(actor == draft.speaker for _, actor in others)
                or any(
                    actor == draft.speaker and all(t.idx not in r for r in own)
                    for t, actor in others
                )
            )
        ):
            continue  # linked to someone named outside the words reported
        if any(
            (other := ctx.actors.get(actor)) is not None
            and other.kind == "person"
            and _sex_of(ctx, actor) in (None, sex)
            and all(t.idx not in r for r in own)
            for t, actor in others
        ):
            continue
        draft.speaker = last.speaker


def surnames_of_people(ctx: Context, found: list[Draft]) -> None:
    """A person's surname that is also a people's name ("Cuban said", of Mark Cuban; "Brazil
    said", of Ana Brazil) may be taken for the country: as a speaker's single word, when a
    person of the article bears it as the last word of the name, it is that person."""
    people: dict[str, set[str]] = {}
    for actor in ctx.actors.actors:
        words = actor.name.split()
        if actor.kind == "person" and len(words) > 1:
            people.setdefault(words[-1], set()).add(actor.id)
    for draft in found:
        source = draft.source
        actor = ctx.actors.get(draft.speaker)
        if source is None or actor is None or actor.kind not in ("country", "government"):
            continue
        head = source.root
        named = people.get(head.text, set())
        if head.pos_ == "PROPN" and head.is_title and len(named) == 1:
            draft.speaker = next(iter(named))


def fronted_pronouns(ctx: Context, found: list[Draft]) -> None:
    """ "he" or "she" in a phrase set before its sentence's subject ("In what he called a
    rant, President Ode hit back", "As she left the court, Judge Ruiz said ...") points
    ahead to that subject when it names a person the pronoun may be: the person named before
    the sentence is not the one who acknowledged or called."""
    for draft in found:
        source = draft.source
        if source is None or len(source) != 1 or span_text(source).lower() not in _PRONOUN_SEX:
            continue
        pronoun = source[0]
        root = sentence_of(pronoun).root
        top = pronoun
        while top.head.i != root.i and top.head.i != top.i:
            top = top.head
        if top.i == root.i or top.dep_ not in ("prep", "advcl"):
            continue
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i < top.right_edge.i or subject.pos_ != "PROPN":
            continue
        actor = ctx.actors.at(subject)
        sex = _PRONOUN_SEX[span_text(source).lower()]
        person = ctx.actors.get(actor)
        if person is not None and person.kind == "person" and _sex_of(ctx, actor) in (None, sex):
            draft.speaker = actor


# the clauses and phrases set beside a sentence's main report that a person may be named in
# without being whom a later "he" or "she" of the sentence stands for ("Ode, alleging that
# Governor Ruiz lied, said he would ...", "After meeting Ruiz, Ode said he ...")
_ADJUNCT_DEPS = ("advcl", "acl", "relcl", "prep", "npadvmod", "appos")


def subjects_over_adjuncts(ctx: Context, found: list[Draft]) -> None:
    """ "he" or "she" left with no one, or linked to a person named only in a clause or
    phrase set beside the main report of its sentence (or of the sentence just before, when
    its own names no one before it), where the main clause's subject is a person the pronoun
    may be: the pronoun goes on with that subject ("Ode, later alleging that Governor Ruiz
    wanted ..., said he would close the market, which he claims is ..."; "(On Monday he said
    ...)"), not with the person in the aside."""
    for draft in found:
        source = draft.source
        if source is None or len(source) != 1 or span_text(source).lower() not in _PRONOUN_SEX:
            continue
        linked = ctx.actors.get(draft.speaker)
        if draft.speaker is not None and (linked is None or linked.kind != "person"):
            continue
        pronoun = source[0]
        sentence = sentence_of(pronoun)
        named_before = any(
            ctx.actors.at(t) is not None and t.pos_ != "PRON"
            for t in ctx.doc[sentence.start : pronoun.i]
        )
        if not named_before:
            if sentence.start == 0 or draft.speaker is None:
                continue
            sentence = sentence_of(ctx.doc[sentence.start - 1])
        subject = _main_subject_instead(ctx, sentence, pronoun, draft.speaker)
        if subject is not None:
            draft.speaker = subject


def _main_subject_instead(
    ctx: Context, sentence: Span, pronoun: Token, linked: str | None
) -> str | None:
    """The person the main clause of ``sentence`` has as its subject, when the person
    ``linked`` (or, for a pronoun linked to no one, every other person named before it) is
    named in it only inside asides of the main verb or its subject that do not hold
    ``pronoun``; else None."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # a name, whatever the tagger made of it ("Trump" may be read as an adjective); not a
    # description ("said the head of the unit, managing director Ed Hale": the apposition
    # names him, and the actor found for "the head" may be another)
    if (
        subject is None
        or subject.pos_ == "PRON"
        or not subject.text[:1].isupper()
        or subject.i > pronoun.i
    ):
        return None
    actor = ctx.actors.at(subject)
    person = ctx.actors.get(actor)
    sex = _PRONOUN_SEX[pronoun.text.lower()]
    if (
        actor is None
        or actor == linked
        or person is None
        or person.kind != "person"
        or _sex_of(ctx, actor) not in (None, sex)
    ):
        return None
    if linked is None and not (root.left_edge.i <= pronoun.i <= root.right_edge.i):
        return None
    mentions = [
        t
        for t in sentence
        if t.i < pronoun.i
        and t.pos_ != "PRON"
        and (other := ctx.actors.at(t)) is not None
        and other != actor
        and (other == linked or linked is None)
    ]
    if linked is not None and not mentions:
        return None
    asides = [
        c
        for head, deps in ((root, _ADJUNCT_DEPS), (subject, (*_ADJUNCT_DEPS, "ccomp")))
        for c in head.children
        if c.dep_ in deps
        and not (c.left_edge.i <= pronoun.i <= c.right_edge.i)
        # (an apposition that names the subject itself is no aside)
        and not (c.dep_ == "appos" and c.pos_ == "PROPN")
    ]
    inside = all(any(a.left_edge.i <= t.i <= a.right_edge.i for a in asides) for t in mentions)
    return actor if inside else None


def _reported_within(ctx: Context, inner: Draft, found: list[Draft]) -> bool:
    """A report whose source stands inside the words another speaker is reported to have
    said ("He said that Mr. Ode wanted to ..."): no statement of the text's own, so no one a
    later "he" goes on with. Whom a cue of stance names is no one's words ("refers to Ruiz,
    who declines to ...": Ruiz's report is the text's own)."""
    at = inner.source.start_char
    return any(
        outer is not inner
        and outer.source is not None
        and outer.source.start_char < at
        and outer.content[0] <= at < outer.content[1]
        and not _points_to(ctx, outer)
        for outer in found
    )


def _points_to(ctx: Context, said: Draft) -> bool:
    """A cue of stance whose object is whom it names ("refers to Ruiz", "praised Ruiz"), not
    a clause ("expressed doubt that ...")."""
    if not isinstance(said.cue, Token) or said.cue.lemma_.lower() not in ctx.kb.object_stance_verbs:
        return False
    words = expanded_span(ctx.doc, *said.content)
    return words is not None and len(words) > 0 and words[0].pos_ == "PROPN"


def _met_in_reported_words(ctx: Context, draft: Draft, last: Draft, found: list[Draft]) -> bool:
    """The pronoun's person was last named inside the words the speaker of the statement
    before is reported to have said, not as anyone who spoke (Ed Hale said it was a bad sign
    when the mayor is angry. “...,” he said.; “...,” Hale said, suggesting that the mayor
    would give way. “...,” he added.): "he" goes on with the one who spoke, not with the one
    spoken of."""
    source = draft.source
    mentions = ctx.mentions_of(draft.speaker)  # (the last before the source, by bisection)
    before = bisect_left(mentions, source.start)
    mention = ctx.doc[mentions[before - 1]] if before else None
    if mention is None or mention.idx < last.source.start_char:
        return False
    return any(
        said.source.end_char <= mention.idx and start <= mention.idx < end
        for said in _reports_of(ctx, last.speaker, found)
        for start, end in (said.parts or [said.content])
    )


def _reports_of(ctx: Context, speaker: str | None, found: list[Draft]) -> list[Draft]:
    """What ``speaker`` is reported to have said, where the words said tell of others: not
    whom a cue of stance names ("refers to Ruiz", "praised Ruiz"), who is no one spoken of
    but the one pointed to."""
    return [
        said
        for said in found
        if said.speaker == speaker and said.source is not None and not _points_to(ctx, said)
    ]


def _sex_of(ctx: Context, actor_id: str) -> str | None:
    """A person's sex as the text or a name shows it: a title or a word of one sex among the
    words naming them ("Mrs.", "spokeswoman"), else a first name of one sex; None when these
    disagree or say nothing."""
    actor = ctx.actors.get(actor_id)
    if actor is None or actor.kind != "person":
        return None
    names = knowledge()
    seen = set()
    for mention in actor.mentions:
        for word in mention.text.split():
            if (sex := names.gender.get(word) or names.gender.get(word.lower())) is not None:
                seen.add(sex)
    if not seen:
        for word in actor.name.split():
            if (sex := names.first_names.get(word.lower())) is not None:
                seen.add(sex)
                break
    return seen.pop() if len(seen) == 1 else None


# how far back "he" or "she" is read as the person last named, in sentences before its own
_PRONOUN_REACH = 3
# how a person named in those sentences may be the one the pronoun goes on with: as the
# subject of a clause, or its complement ("Back in the ward is Ana Ruiz, a bus driver.")
_TOPIC_DEPS = ("nsubj", "nsubjpass", "attr")
# "he" and "she" go on with one person ("the Clintons" are two)
_SINGULAR_NAMES = ("NNP", "NN")


def _another_person_nearer(ctx: Context, source: Span, speaker: str) -> bool:
    """ "he" or "she" resolved to a person not named in the last few sentences, where another
    person is the subject (or complement) of a clause: the pronoun more likely goes on with
    that person, and the resolution (often to the article's main person) is dropped."""
    if span_text(source).lower() not in ("he", "she"):
        return False
    found = ctx.actors.get(speaker)
    if found is None or found.kind != "person":
        return False
    doc = ctx.doc
    sentence = sentence_of(source)
    for _ in range(_PRONOUN_REACH):
        if sentence.start == 0:
            break
        sentence = sentence_of(doc[sentence.start - 1])
    others = False
    by_token = ctx.actors.by_token  # (by index: a Token only for a word naming an actor)
    for i in range(sentence.start, source.start):
        actor = by_token.get(i)
        if actor is None:
            continue
        token = doc[i]
        if token.pos_ == "PRON":
            continue
        if actor == speaker:
            return False
        other = ctx.actors.get(actor)
        if (
            token.dep_ in _TOPIC_DEPS
            and token.tag_ in _SINGULAR_NAMES
            and other is not None
            and other.kind == "person"
            and not ctx.inside_quote(token)
        ):
            others = True
    return others


# a 24-hour clock time as a live page stamps its entries: "1426", "0915"
_CLOCK = re.compile(CLOCK_DIGITS)
# words that open a sentence and only there are capitalised ("The", "A", "This")
_OPENING_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those"})
# the same words as a capitalised one is written (the only casing of each that ``is_title``)
_TITLED_DETERMINERS = frozenset(w.title() for w in _OPENING_DETERMINERS)
# words that open a clause and are capitalised only where a sentence starts: a subordinator,
# a preposition of time or circumstance, a linking adverb, a subject pronoun ("... ignored
# oil well dangers During the course of the day", "... weighing 98 tonnes It will be
# placed", "... than they estimated Later on Sunday"); not "In" or "At", which a slogan's
# emphasis capitalises ("to punch protesters In the face")
_TITLED_OPENERS = frozenset(
    {
        "During", "After", "Before", "While", "When", "Although", "Though", "Since",
        "Despite", "Amid", "Following", "As", "But", "However", "Meanwhile",
        "Earlier", "Later", "It", "He", "She", "They", "We",
    }
)  # fmt: skip
_TITLED_SUBORDINATORS = frozenset({"While", "When", "Although", "Though", "Since", "As"})
_TITLED_WORDS = _TITLED_DETERMINERS | _TITLED_OPENERS
_TITLED_KEYS = frozenset(get_string_id(word) for word in _TITLED_WORDS)  # (as ORTH holds them)
_LINE_START_VERDICTS = Verdicts()  # by a word's key: whether it may start a line


def _line_start_candidate(word: str) -> bool:
    """``word`` (as written) is a capitalised determiner or opener, or a clock time: a word
    that may start a line the page ran into the one before (``line_starts``)."""
    return word in _TITLED_WORDS or _CLOCK.fullmatch(word) is not None


def line_starts(ctx: Context) -> list[int]:
    """Where a new line of text starts that the page joined to the one before with no sentence
    end: a caption or a live page's entry run into the next sentence ("Thousands remain without
    heating The next few weeks will ...", "... reach the valley 1542 Regional governor X says
    ..."). Three signs:
    a capitalised determiner opening a lower-case phrase right after a lower-case word (or a
    figure or a weekday: "... up to $ 8bn The cost ..."), a word capitalised only where a
    sentence starts (a subordinator, a preposition of time, a linking adverb, a subject
    pronoun: "... oil well dangers During the course of ...") right after a lower-case word
    that is no cue verb, and a clock time between a word (or a quotation's closing mark) and
    a capital (the entry's time stamp: the line before ends at it, and the next starts after
    it). A heading in capitals run
    into the text (``heading_starts``) adds its own. Returns character offsets, in order."""
    doc, starts = ctx.doc, []
    # only a capitalised determiner or opener, or a clock time, can start one: found in the
    # document's arrays in one pass, not by making a Token of every word (a determiner by its
    # written form: the lower-case ones, most of them, are no candidates)
    candidates = indices_where(doc, ORTH, _line_start_candidate, _LINE_START_VERDICTS)
    # after a punctuation mark (most candidates: "... said. The ...") no lower-case word,
    # figure or weekday ends the line before: only a clock time can start one there (tested on
    # the IS_PUNCT and ORTH arrays, with no Token made)
    punct, forms = attribute_keys(doc, IS_PUNCT), attribute_keys(doc, ORTH)
    for i in candidates:
        if not 0 < i < len(doc) - 1:
            continue
        if punct[i - 1] and forms[i] in _TITLED_KEYS:  # (a capitalised word: no clock time)
            continue
        token, before, after = doc[i], doc[i - 1], doc[i + 1]
        if ctx.inside_quote(token) or "\n" in before.whitespace_ + token.text:
            continue
        # the line before ends on a lower-case word, or on a figure or a weekday ("... up
        # to $ 8bn The cost of ...", "... on Friday A new attempt ...")
        lower_end = before.is_alpha and before.is_lower
        figure_end = before.lower_ in WEEKDAYS or (
            any(c.isdigit() for c in before.text) and not before.is_upper
        )
        determiner = (
            token.lower_ in _OPENING_DETERMINERS
            and token.is_title
            and (lower_end or figure_end)
            and after.is_alpha
            and after.is_lower
        )
        opener = (
            token.text in _TITLED_OPENERS
            and lower_end
            and not is_cue_verb(before, ctx.kb)  # "saying We don't ...": words said, unmarked
            # a lower-case word or a comma after it ("During the night", "Earlier ,"); a
            # name after a subordinator ("As BP works"), not after a preposition, which
            # makes a title ("the festival In Bloom")
            and (
                (after.is_alpha and after.is_lower)
                or after.text == ","
                or (token.text in _TITLED_SUBORDINATORS and after.is_alpha)
            )
        )
        if determiner or opener:
            starts.append(token.idx)
        elif (
            _CLOCK.fullmatch(token.text)
            and (after.is_title or after.is_upper)
            and after.is_alpha
            and (before.is_alpha or before.text in (".", "!", "?") or _closes_quote(ctx, before))
            and before.pos_ not in ("ADP", "DET", "NUM")
        ):
            # the clock is neither line's: the line before ends at it (unless it may be a
            # year its line names: "the London 2012 Games", "in June 2010 The ..."), and the
            # entry starts after it
            if not _year_after_name(token, before):
                starts.append(token.idx)
            starts.append(after.idx)
    headings = heading_starts(ctx.text)
    return sorted(starts + headings) if headings else starts


def _year_after_name(figure: Token, before: Token) -> bool:
    """``figure``, read as a clock time, may be a year its line names: a figure of the years
    news names (1900 to 2039, as clocks from 19:00 to 20:39) after a capitalised word or a
    figure ("June 2010", "London 2012"), not after a word in lower case ("... had been
    killed 2032 General ...": the next entry's time)."""
    return 1900 <= int(figure.text) <= 2039 and not (before.is_alpha and before.is_lower)


def _closes_quote(ctx: Context, mark: Token) -> bool:
    """``mark`` closes a quotation: an entry that ends on quoted words ("... visit `` very
    soon '' 1612 President ...") runs into the next entry's clock time with no stop."""
    return mark.i > 0 and mark.text in ("''", "”", '"') and ctx.inside_quote(mark.doc[mark.i - 1])


# a heading in capitals (a fact box's, a section's, a blog entry's: "SYMPTOMS - WHAT TO DO",
# "MARIE DUVAL , NURSE IN JACMEL") that opens its line or runs on from a lower-case word, and
# the capitalised word after it that starts the text under it; its words are capitals,
# figures, commas and dashes
_HEADING_RUN = re.compile(
    r"(?:^[ \t]*|(?<=[a-z] ))"
    r"((?:[A-Z][A-Z'&]*|\d+)(?:[ \t]+(?:[A-Z][A-Z'&]*|\d+|,|-{1,2}|\u2013|\u2014))+)"
    r"[ \t]+(?=[A-Z][a-z])",
    re.MULTILINE,
)
# a heading has two words in capitals at least, one of them this long: not an agency's or a
# country's initials ("the US FDA Commissioner", "UN OCHA")
_HEADING_WORD = 5
# (the screen of a text: such a word in capitals with a space or tab after it, as each of a
# heading's words has; a text's last word, "REUTER" of a wire, and a word before a line break
# open no heading)
_HEADING_CAPITALS = re.compile(rf"[A-Z]{{{_HEADING_WORD}}}[ \t]")


def heading_starts(text: str) -> list[int]:
    """Where a heading in capitals run into the page's text (``_HEADING_RUN``) starts a line:
    at the heading, when a sentence ran on into it (the sentence ends before it), and at the
    word after it (the text under the heading starts there): "... reversing an earlier
    statement SYMPTOMS - WHAT TO DO Swine flu symptoms are ...". Character offsets, in
    order."""
    if not _HEADING_CAPITALS.search(text):
        return []  # (most texts have no run of capitals this long: no search of each line)
    starts = []
    for match in _HEADING_RUN.finditer(text):
        words = [w for w in match.group(1).split() if w.isalpha()]
        if len(words) < 2 or max(map(len, words)) < _HEADING_WORD:
            continue
        heading = match.start(1)
        if heading >= 2 and text[heading - 2].islower():  # run on from a sentence
            starts.append(heading)
        starts.append(match.end())
    return starts


def within_lines(ctx: Context, found: list[Draft]) -> list[Draft]:
    """Each attribution inside one line: a content that runs over a line start the page left
    unmarked (``line_starts``) is cut to the cue's side of it, and a report whose cue stands
    in another line than all of its content (a caption before "The charity said ...") is
    dropped."""
    if not found:
        return found  # (no line starts sought in a text with nothing attributed)
    starts = line_starts(ctx)
    # (a stamp holds "day" and its date's figure: the whole text is searched only when the
    # literal "day " before a figure is there, which most texts lack)
    stamps = (
        [m.span() for m in _DATED_STAMP.finditer(ctx.text)] if _DAY_FIGURE.search(ctx.text) else []
    )
    if not starts and not stamps:
        return found
    kept = []
    for draft in found:
        cue = draft.cue
        if draft.source is not None:
            draft.source = _source_after_line_start(draft.source, starts)
            if stamps:
                draft.source = _source_after_stamp(draft.source, stamps)
        if cue is None or draft.quote is not None:
            kept.append(draft)
            continue
        at = cue.idx if isinstance(cue, Token) else cue.start_char
        start, end = draft.content
        # (the starts are in order: the stretch of them in the content and cue, by bisection)
        lines = starts[bisect_right(starts, min(start, at)) : bisect_right(starts, max(end, at))]
        before_cue = [s for s in lines if s <= at]
        after_cue = [s for s in lines if s > at]
        if before_cue:
            start = max(start, before_cue[-1])
        if after_cue:
            end = min(end, after_cue[0])
        # a page's stamp of the day and hour glued between a headline and the lead: the
        # content stays on the cue's side of it
        for stamp_start, stamp_end in stamps:
            if stamp_end <= at and start < stamp_end:
                start = max(start, stamp_end)
            elif stamp_start > at and end > stamp_start:
                end = min(end, stamp_start)
        while start < end and ctx.text[start].isspace():
            start += 1
        while end > start and ctx.text[end - 1].isspace():
            end -= 1
        if end - start < 2:
            continue  # the content is all in another line than its cue
        if (start, end) != draft.content:
            draft.content = (start, end)
            draft.parts = [
                (max(a, start), min(b, end)) for a, b in draft.parts if a < end and b > start
            ]
        kept.append(draft)
    return kept


# a page's stamp of the day and hour it was published, which a page reader may glue between
# the headline (and stand-first) and the lead: "Thursday 29 April 2010 09.28 BST"
_DATED_STAMP = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} (?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December) \d{4} \d{1,2}[.:]\d{2}"
    r"(?: (?:BST|GMT|CET|CEST|UTC|EST|EDT))?\b"
)


_DAY_FIGURE = re.compile(r"day \d")


def _source_after_line_start(source: Span, starts: list[int]) -> Span:
    """A source phrase the parser ran back over a line start (``line_starts``: "1418 Governor
    Lena Ortiz", a clock stamp before the name) starts at the line's start: the words before
    it are the line before's. Only a start before the phrase's head counts: after it, what
    looks like a clock is a year in a name the head takes ("chairman of the Riverton 2016
    Host Committee")."""
    inside = starts[bisect_right(starts, source.start_char) : bisect_right(starts, source.root.idx)]
    if not inside:
        return source
    after = [t for t in source if t.idx >= inside[-1]]
    return source.doc[after[0].i : source.end] if after else source


def _source_after_stamp(source: Span, stamps: list[tuple[int, int]]) -> Span:
    """A source that holds a page's dated stamp (or its tail: "May 2010 22.12 BST Engineers")
    starts after it: the words before it are the headline's."""
    for _, stamp_end in stamps:
        if source.start_char < stamp_end < source.end_char:
            after = [t for t in source if t.idx >= stamp_end]
            if after:
                return source.doc[after[0].i : source.end]
    return source


_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_COMMA_KEY = get_string_id(",")


def short_of_others_words(ctx: Context, found: list[Draft]) -> None:
    """A report ends before a relative clause at its end that holds another's report
    (said the rescue would take weeks, ", which local radio reported could ..."; ", which the
    Gazette first reported"): the writer's note of who else said it, not the speaker's words."""
    if not found:
        return
    relatives = indices_in(ctx.doc, TAG, _RELATIVE_TAGS)  # (a Token only for one of these)
    orths, comma = (attribute_keys(ctx.doc, ORTH), _COMMA_KEY) if relatives else ((), 0)
    for draft in found:
        if draft.quote is not None or not isinstance(draft.cue, Token):
            continue
        start, end = draft.content
        words = expanded_span(ctx.doc, start, end)
        if words is None:
            continue
        # (the comma before the relative word tested first: a Token, and the walk up to the
        # clause, only for a relative word after a comma)
        for word in (
            ctx.doc[i] for i in relatives if words.start < i < words.end and orths[i - 1] == comma
        ):
            clause = next((a for a in word.ancestors if a.dep_ == "relcl"), None)
            if (
                clause is None
                or clause.i < word.i
                or clause.right_edge.idx + len(clause.right_edge) < end - 1
                or clause.lemma_.lower() not in ctx.kb.speech_verbs
                or ctx.inside_quote(clause)
            ):
                continue
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if (
                subject is None
                or subject.i == word.i
                or subject.pos_ == "PRON"
                or (draft.speaker is not None and ctx.actors.at(subject) == draft.speaker)
            ):
                continue
            cut = ctx.doc[word.i - 1].idx
            while cut > start and ctx.text[cut - 1].isspace():
                cut -= 1
            draft.end_at(cut)
            break


def short_of_next_report(ctx: Context, found: list[Draft]) -> None:
    """A report's content ends where another report starts inside it: a clause with a
    speaker of its own after "and" or "but" and after a "that" clause ("warned that they
    could hold out until December and the general recommended talks"), or a sentence a page
    ran into the words after their closing mark ("Ruiz: “We need food” The agency said it
    would ..."), or a report of the whole after it ("Hale said the bridge would fail, the
    engineer recalled, adding ..."). The second speaker's words are that speaker's own
    record, not more of the first's."""
    # the reports that may start inside another, with where their source starts and their cue
    # ends, read once (no draft's source or cue changes here)
    others = [
        (other, other.source.start_char, other.cue.idx + len(other.cue))
        for other in found
        if other.source is not None and isinstance(other.cue, Token)
    ]
    for draft in found:
        if draft.kind == "direct":
            continue
        start, end = draft.content
        for other, source_start, cue_end in others:
            if other is draft or not (start < source_start and cue_end <= end):
                continue
            if _reports_whole(ctx, draft, other, source_start):
                cut = source_start  # "A said B, the aide recalled, adding ...": B only
            elif (cut := _another_clause_at(ctx, draft, other, start)) is None:
                continue
            while cut > start and (ctx.text[cut - 1].isspace() or ctx.text[cut - 1] == ","):
                cut -= 1
            draft.end_at(cut)
            start, end = draft.content
        if (
            dangling := _DANGLING.search(ctx.text, start, end)
        ) is not None and dangling.start() > start:
            # "called those remarks “outrageous” and": a coordinator left at the end
            draft.end_at(dangling.start())


def _reports_whole(ctx: Context, draft: Draft, other: Draft, source_start: int) -> bool:
    """Another report of speech whose source stands inside ``draft``'s content and whose
    content holds ``draft``'s cue and ends before that source ("Hale said the bridge would
    fail, the engineer recalled, adding ..."): the other speaker reports the whole of
    ``draft``, whose own words end where the other's source begins, not over the other's cue
    and more. A cue set inside the words ("that was normal — no different, he said, from
    ...", "the days when, he said, ...") has words on both sides and cuts nothing; nor does a
    stance ("..., so chances are someone you know ...")."""
    if not isinstance(draft.cue, Token) or not isinstance(other.cue, Token):
        return False
    if other.cue.i == draft.cue.i:
        return False  # the quotation and the words around it, found twice by one cue
    start, end = other.content
    return (
        start <= draft.cue.idx
        and end <= source_start
        and other.cue.lemma_.lower() in ctx.kb.speech_verbs
    )


def _another_clause_at(ctx: Context, draft: Draft, other: Draft, start: int) -> int | None:
    """Where ``draft``'s content, from ``start``, ends before the clause of ``other`` (a report
    of speech by someone else) begins, if it does: after "and" or "but" that follow a "that"
    clause, or after the closing mark of the words quoted; else None."""
    source, cue = other.source, other.cue
    assert source is not None and isinstance(cue, Token)
    if (
        source.root.pos_ == "PRON"
        or cue.lemma_.lower() not in ctx.kb.speech_verbs
        or ctx.inside_quote(cue)
        or ctx.inside_quote(source[0])
        or (draft.speaker is not None and other.speaker == draft.speaker)
    ):
        return None
    before = ctx.doc[source.start - 1]
    # after "that" and its clause, a clause with no "that" of its own is no more of
    # the words: "warned that they could hold out and the general recommended ...";
    # words with no "that" go on over such a clause ("reports local people confirm
    # this and women say ...", "said cameras detected a fever, and tests revealed")
    if (
        before.lower_ in ("and", "but")
        and before.idx > start
        and ctx.text[start : start + 5].lower() == "that "
    ):
        return before.idx
    if (
        before.text in _DOUBLE_MARKS
        and before.idx > start
        and source[0].is_title
        and any(m in ctx.text[max(0, start - 4) : before.idx] for m in _DOUBLE_MARKS)
    ):
        return before.idx  # the words' closing mark, then another's
    return None


# the marks that close words quoted in a line: “...” "..." ''...''
_DOUBLE_MARKS = ("”", '"', "''")
# a coordinator left at a content's end once what it joined was cut off
_DANGLING = re.compile(r"[\s,]+(?:and|but)\s*$")


def short_of_next_deed(ctx: Context, draft: Draft) -> None:
    """Words quoted right after the cue, then "and" and a verb with no subject of its own
    outside the marks (vowed, “We are too proud to fight” and demanded an end to the raids):
    the speaker's next act, no part of the words."""
    if draft.kind == "direct" or not isinstance(draft.cue, Token):
        return
    start, end = draft.content
    lead = ctx.text[start:end]
    opening = next((q for q in ctx.quotes_from(start, start + 9) if q.closed and q.end < end), None)
    if opening is None:
        return
    # nothing but "that" and the opening mark before the quoted words
    if any(c.isalnum() for c in lead[: opening.start - start].lower().removeprefix("that")):
        return
    after = ctx.doc.char_span(opening.end, end, alignment_mode="expand")
    if after is None:
        return
    tokens = [t for t in after if t.idx >= opening.end]
    at = 0
    while at < len(tokens) and (tokens[at].is_punct or tokens[at].is_space):
        at += 1
    if at == 0 or at + 1 >= len(tokens):
        return
    closing = tokens[at - 1]
    if tokens[at].lower_ not in ("and", "then"):
        return
    verb = tokens[at + 1]
    if verb.lower_ == "then" and at + 2 < len(tokens):
        verb = tokens[at + 2]
    if (
        verb.tag_ not in ("VBD", "VBZ")
        or ctx.inside_quote(verb)
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return
    cut = closing.idx + len(closing)
    draft.end_at(cut)


def record(ctx: Context, number: int, found: Draft) -> Attribution:
    article = ctx.article
    if _another_generation(ctx, found):
        found.speaker = None  # the phrase itself ("Neil Hart Jr.") names the speaker best
    cue = source = None
    if isinstance(found.cue, Span):
        cue = article.span(found.cue.start_char, found.cue.end_char)
    elif found.cue is not None:  # (a word's own offsets: no Span made of it)
        cue = article.span(found.cue.idx, found.cue.idx + len(found.cue))
    if found.source is not None:
        source = article.span(found.source.start_char, found.source.end_char)
    found.content = _marks_balanced(
        ctx.text,
        _through_quotation(
            ctx,
            found.kind,
            _short_of_open_bracket(
                ctx.text, _after_dateline(ctx.text, after_time_stamp(ctx.text, found.content))
            ),
        ),
    )
    begin, end = found.content
    parts = [
        (max(start, begin), min(stop, end))
        for start, stop in found.parts
        if start < end and stop > begin
    ]
    found.parts = parts if len(parts) > 1 else []
    mode = mode_of(found, ctx.kb)
    if found.kind == "indirect" and _holds_quotation(ctx, found.content):
        found.kind = "partial"  # said the plan had failed, and “we will start again.”
    values = {  # (in the order ``Attribution`` declares its fields)
        "id": f"q{number}",
        "kind": found.kind,
        "content": article.span(*found.content),
        "mode": mode,
        "source": source,
        "cue": cue,
        "speaker": found.speaker,
        "via": tuple(found.via),
        "said_on": found.said_on,
        # no one to show: no source at all ("it is estimated that"), an unlinked pronoun, or
        # a source that says no one spoke ("none of the officials said")
        "unresolved": bool(
            (found.speaker is None and (found.source is None or bare(found.source)))
            or (found.source is not None and _names_no_one(ctx, found.source))
        ),
        "content_parts": tuple(article.span(*part) for part in found.parts),
    }
    # every value is the stage's own and of its field's type: only the kind and the mode,
    # words of a closed list, are checked before the record is made without validation
    if found.kind in _KINDS and mode in _MODES:
        return unvalidated(Attribution, values)
    return Attribution(**values)


_KINDS = frozenset(get_args(AttributionKind))
_MODES = frozenset(get_args(AttributionMode))


def _names_no_one(ctx: Context, source: Span) -> bool:
    """``syntax.no_one(source)``, asked only where one of the words it looks for is the
    source's root or hangs on it (most documents hold none of them near a source)."""
    words = ctx.words_in(LOWER, NO_ONE_WORDS)
    if not words:
        return False
    # (the root is one of the source's words: its root is found only where one of the words
    # is one of them or hangs on one, which most sources lack)
    start, end, heads = source.start, source.end, head_indices(ctx.doc)
    near = [i for i in words if start <= i < end or start <= heads[i] < end]
    if not near:
        return False
    root = source.root.i
    return any(i == root or heads[i] == root for i in near) and no_one(source)


def _holds_quotation(ctx: Context, content: tuple[int, int]) -> bool:
    """A quotation of at least two words lies wholly inside ``content``."""
    start, end = content
    return any(
        quote.end <= end and len(ctx.text[quote.start : quote.end].split()) >= 2
        for quote in ctx.quotes_from(start + 1, end)
    )


def _through_quotation(ctx: Context, kind: str, content: tuple[int, int]) -> tuple[int, int]:
    """A report whose content opens a quotation and stops inside it (claimed the mill "had
    lost money for years. Nobody would buy it" → cut after "years") runs on to the
    quotation's end: the rest of the quoted words are the same speaker's, and a reader
    would not accept half of them. Only a quotation closed in the same paragraph."""
    start, end = content
    if kind not in ("partial", "indirect", "according_to"):
        return content
    for quote in ctx.quotes_from(start + 1, end):
        if end < quote.end and quote.closed and not quote.continues:
            return start, quote.end
    return content


# the suffixes that tell a son from the father whose name he has ("Tom Hale Jr.")
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _generation_suffix(word: str) -> bool:
    """``word`` (in lower case) is a suffix of ``_GENERATIONS``, with or without its stop."""
    return word.rstrip(".") in _GENERATIONS


def _another_generation(ctx: Context, found: Draft) -> bool:
    """A source named with a generation's suffix ("Neil Hart Jr. said") whose actor the
    actors stage also met under the bare full name ("Neil Hart", the father): father and son
    are two people, and the actor may be either."""
    if found.speaker is None or found.source is None:
        return False
    doc = found.source.doc
    # a suffix after the phrase's first word: the phrase's few words are read from the LOWER
    # array (a search of the document's words for suffixes would test each distinct word
    # against a memo of every word met, most of them far out of the cache on a new document)
    lowers, strings = attribute_keys(doc, LOWER), doc.vocab.strings
    if not any(
        _generation_suffix(strings[lowers[i]])
        for i in range(found.source.start + 1, found.source.end)
    ):
        return False
    # the suffix right after the speaker's own name ("Neil Hart Jr.", "Neil Hart, Jr."), not
    # after another name of the phrase ("a safety adviser on the Development Driller II")
    if not any(
        _generation_suffix(t.lower_)
        and t.i > found.source.start
        and ctx.actors.at(doc[t.i - 2] if doc[t.i - 1].text == "," else doc[t.i - 1])
        == found.speaker
        for t in found.source
    ):
        return False
    actor = ctx.actors.get(found.speaker)
    return actor is not None and any(
        len(words := m.text.split()) >= 2
        and not any(w.lower().rstrip(".,") in _GENERATIONS for w in words)
        for m in actor.mentions
    )


# a live blog entry's clock time opening a line: "1828 Between 115 and 200 staff ..."
# (a 24-hour clock before a capital: "500 people died" and "2010 was hard" keep their number)
_LINE_TIME_STAMP = re.compile(rf"{CLOCK_DIGITS}\s+(?=[A-Z])")


def after_time_stamp(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A report that opens a live blog's entry starts after the entry's time ("1828 Between
    ..."), and one whose line opens with a page's stamp of when it was posted or updated
    starts after the stamp, also when the parser began it inside the stamp ("ET “We ..."):
    neither is part of what was said."""
    start, end = content
    stamp = _LINE_TIME_STAMP.match(text, start)
    if stamp and (start == 0 or text[start - 1] == "\n") and stamp.end() < end:
        return stamp.end(), end
    stamp_end, entry_end = _line_stamps(text, text.rfind("\n", 0, start) + 1)
    if start < stamp_end < end:
        return stamp_end, end
    if start < entry_end < end and _entry_stamps(text) >= 2:
        return entry_end, end
    return content


def _line_stamps(text: str, line: int) -> tuple[int, int]:
    """Where the page's stamp (``page_stamp_end``) and the entry's stamp (``_ENTRY_STAMP``)
    that open the line starting at ``line`` end, -1 for none: kept by line for the text asked
    last, since each report is asked twice (its draft, then its record), and reports share
    lines."""
    kept = _last_line_stamps
    if kept[0] is not text:
        kept[0], kept[1] = text, {}
    ends = kept[1].get(line)
    if ends is None:
        entry = _ENTRY_STAMP.match(text, line)
        ends = kept[1][line] = (page_stamp_end(text, line), entry.end() if entry else -1)
    return ends


_last_line_stamps: list = [None, {}]  # (``_line_stamps``: the text asked last, its lines' ends)


_MONTH = rf"(?:{MONTH_NAMES})\.?"  # the stamps' own month names, abbreviated or not
# a live page's or a chronology's entry opening its line with when it happened, marked off by
# a colon or a dash: "1939 : ", "0915 - ", "Jan. 5 - ", "June 22 -- ", "28 April : "
_ENTRY_STAMP = re.compile(
    rf"[ \t]*(?:{CLOCK_DIGITS}|(?:{_MONTH})[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+(?:{_MONTH}))"
    r"[ \t]*(?::|-{1,2}|–|—)[ \t]+(?=[\"“`'A-Z])"
)


@lru_cache(maxsize=8)
def _entry_stamps(text: str) -> int:
    """How many lines of the text open with an entry's stamp (``_ENTRY_STAMP``), counting to
    two: a page is a live page or a chronology only when more than one does ("2016: Obama's
    America" alone on its line is a title, not a stamp)."""
    count = int(_ENTRY_STAMP.match(text) is not None)
    at = text.find("\n")
    while at != -1 and count < 2:
        count += _ENTRY_STAMP.match(text, at + 1) is not None
        at = text.find("\n", at + 1)
    return count


# a wire dateline's agency in brackets and its dash: "(Reuters) - ", "-LRB- Reuters -RRB- - "
_DATELINE_AGENCY = re.compile(
    r"(?:\(|-LRB-)?\s*[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,2}\s*(?:\)|-RRB-)\s+(?:-{1,2}|–|—)\s+"
)
# how far into a content a dateline may be (its place, date and an update note before it)
_DATELINE_REACH = 160
# a wire dateline's place in capitals opening its line, and its dash: "BEIRUT - ",
# "ADDIS ABABA -- ", "ST. LOUIS, March 3 - " (a digest of wires gives each item one)
_DATELINE_PLACE = re.compile(
    r"[ \t]*[A-Z][A-Z.'&]*[A-Z.](?:[ \t]+[A-Z][A-Z.'&]*[A-Z.]){0,3}"
    rf"(?:,[ \t]+(?:{_MONTH})[ \t]+\d{{1,2}})?[ \t]+(?:-{{1,2}}|–|—)[ \t]+(?=[\"“`'A-Z])"
)


def _after_dateline(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A report whose content opens with (or on) the wire dateline the sentence split left
    in front of the story's first sentence ("Reuters -RRB- - Drugmakers are ...", "BEIRUT -
    Rescue workers ...", or only "ABABA - ..." when the split fell inside the place's name)
    starts after the dateline."""
    start, end = content
    reach = min(end, start + _DATELINE_REACH)
    # an agency in brackets needs a closing bracket: a cheap test before the slow pattern
    if text.find(")", start, reach) != -1 or text.find("-RRB-", start, reach) != -1:
        found = list(_DATELINE_AGENCY.finditer(text, start, reach))
        if found and found[-1].end() < end:
            return found[-1].end(), end
    place = _DATELINE_PLACE.match(text, text.rfind("\n", 0, start) + 1)
    if place is not None and start < place.end() < end:
        return place.end(), end
    return _after_heading_date(text, content)


# a page heading's date before the story's first words, run into one sentence by the split:
# "Haiti earthquake : Your stories Thursday 14 January Up to 10,000 troops ..."
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_HEADING_DATE = re.compile(
    rf"\b{_DAY},?[ \t]+(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{4}})?"
    r"[ \t]+([A-Z][a-z]*)\b"
)
# how far into a content a heading's date may be
_HEADING_REACH = 80


def _after_heading_date(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A content that holds a page heading's weekday and date with a sentence's first word
    after it, a word that opens no name ("Your stories Thursday 14 January Up to 10,000 US
    troops will ..."): the heading is the page's, and the words start after the date. A name
    after the date stays ("on Thursday 14 January Obama said ..." is one sentence)."""
    start, end = content
    reach = min(end, start + _HEADING_REACH)
    if text.find("day", start, reach) == -1:  # (a weekday's name, before the pattern runs)
        return content
    for match in _HEADING_DATE.finditer(text, start, reach):
        if match.group(1).lower() in STOP_WORDS and match.start(1) < end:
            return match.start(1), end
    return content


# an opening bracket, as typed or as tokenized corpora write it, and its closing one
_BRACKETS = re.compile(r"\(|\)|-[LR][RSC]B-")


def _short_of_open_bracket(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A content that ends inside a bracket it opens ("drilling requests by Statoil -LRB-
    STL", a ticker cut by a sentence split) ends before that bracket."""
    start, end = content
    # (most contents open no bracket: found by ``str.find``, not by running the pattern)
    if text.find("(", start, end) == -1 and text.find("-L", start, end) == -1:
        return content
    depth, opened = 0, -1
    for mark in _BRACKETS.finditer(text, start, end):
        closing = mark.group() in (")", "-RRB-", "-RSB-", "-RCB-")
        if closing:
            depth = max(0, depth - 1)
        else:
            if depth == 0:
                opened = mark.start()
            depth += 1
    if depth == 0 or opened <= start:
        return content
    while opened > start and text[opened - 1] in " \t\n,;:":
        opened -= 1
    return (start, opened)


# any mark ``_marks_balanced`` counts
_MARKS = (*OPENING, *CLOSING, STRAIGHT, BACKTICKS, DOUBLED_APOSTROPHE)
_ANY_MARK = re.compile("|".join(re.escape(mark) for mark in _MARKS))


def _marks_balanced(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A content that holds a quotation's opening mark takes its closing mark right after it
    too, with a stop just inside it (described the plan as “bold and overdue.”), and one that
    holds only a closing mark takes the opening mark right before it: a reader sees the
    quoted words as quoted."""
    start, end = content
    if _ANY_MARK.search(text, start, end) is None:  # (most contents hold no mark at all)
        return content
    inner = text[start:end]
    opened = sum(inner.count(m) for m in OPENING) + inner.count(BACKTICKS)
    closed = sum(inner.count(m) for m in CLOSING) + inner.count(DOUBLED_APOSTROPHE)
    odd_straight = inner.count(STRAIGHT) % 2 == 1
    if opened > closed or odd_straight:
        after = _MARK_AFTER.match(text, end)
        if after:
            return start, after.end()
    if closed > opened or odd_straight:
        before = _MARK_BEFORE.search(text, max(0, start - 3), start)
        if before:
            return before.start(), end
    return content


def bare(source: Span) -> bool:
    """A source that is only a pronoun or determiner ("we", "it", "that", "some", "one"), a
    tokenizer's bracket ("-RRB-", left by a parse of tokenized text), or a word for anyone at
    all ("people", "many people", "others"): it names no one until it is linked to an
    actor."""
    # (by index, from the document's arrays: the words of most sources are read often)
    doc = source.doc
    pos, lower = attribute_keys(doc, POS), attribute_keys(doc, LOWER)
    punct, orth = attribute_keys(doc, IS_PUNCT), attribute_keys(doc, ORTH)
    return all(
        pos[i] in _BARE_POS_KEYS
        or lower[i] in _BARE_WORD_KEYS  # “...,” said one.
        or punct[i]
        or orth[i] in _TOKENIZED_BRACKET_KEYS
        for i in range(source.start, source.end)
    )


# words that describe no one in particular: "people said", "many people complained", "others
# say" (a described group stays: "residents", "local people", "aid workers")
_ANYONE = frozenset(
    {"people", "others", "many", "some", "several", "most", "few", "other", "all", "everyone"}
)
# the same as the document's arrays hold them, with the pronouns and determiners (``bare``)
_BARE_POS_KEYS = frozenset(get_string_id(pos) for pos in ("PRON", "DET"))
_BARE_WORD_KEYS = frozenset(get_string_id(word) for word in {"one", "another", *_ANYONE})
# the keys of the words ``TOKENIZED_BRACKET`` matches whole, as ORTH holds them (its six
# brackets: "-LRB-", "-RSB-", ...), looked up instead of a string matched for each word
_TOKENIZED_BRACKET_KEYS = frozenset(
    get_string_id(word)
    for word in (f"-{side}{shape}B-" for side in "LR" for shape in "RSC")
    if TOKENIZED_BRACKET.fullmatch(word)
)


def _leads_into(text: str, content: tuple[int, int], quote_start: int) -> bool:
    """The report has words of its own before the quotation (said that he and his wife "have
    talked ..."), so the quotation is part of what it reports. Words after the closing mark
    do not count: the parser often runs the clause on into what follows (“No,” replied X)."""
    before = text[content[0] : quote_start]
    return any(word.lower() != "that" for word in _WORD.findall(before))


def _same_cue(one: Token | Span | None, other: Token | Span | None) -> bool:
    if one is None or other is None:
        return False
    return _cue_tokens(one) == _cue_tokens(other)


def _cue_tokens(cue: Token | Span) -> tuple[int, int]:
    return (cue.i, cue.i + 1) if isinstance(cue, Token) else (cue.start, cue.end)


def _covers(quote: tuple[int, int], content: tuple[int, int]) -> bool:
    overlap = min(quote[1], content[1]) - max(quote[0], content[0])
    return overlap > 0 and overlap >= 0.5 * (content[1] - content[0])


# words that open a sentence: capitalised right after a word in lower case, with no stop
# between, they show where a page lost its full stop ("... we are still here working There
# are ...", a pull quote run into the next paragraph)
_SENTENCE_OPENERS = frozenset(
    {
        "the", "there", "it", "we", "they", "he", "she", "this", "these", "those", "both",
        "but", "our", "his", "her", "their", "its",
        # a caption or a headline run into the story ("... continue At least 75,000 bodies",
        # "... after the quake Dozens of peacekeepers are missing", "... answered More cases")
        "at", "in", "on", "with", "after", "before", "if", "when", "as", "for", "from",
        "more", "many", "some", "most", "dozens", "hundreds", "thousands", "scores", "tens",
        "officials", "rescuers", "residents", "survivors", "police", "what", "how", "why",
        "your", "my",
    }
)  # fmt: skip
# the openers as a sentence's first word writes them ("The", "There"): a lost stop is only
# before one written so (``_lost_stop_before``)
_CAPITALISED_OPENERS = frozenset(word.capitalize() for word in _SENTENCE_OPENERS)


def short_of_lost_stop(ctx: Context, draft: Draft) -> bool:
    """A report whose words run over a full stop the page lost (a caption or pull quote run
    into the next sentence: "I lost my own mother - but we are still here working There are
    an estimated three million people in need of aid, according to the UN"; "Lena Ortiz:
    “It will not happen here” Both companies are expecting ...") keeps the sentence its cue
    is in: what stands on the other side of the lost stop is another sentence, no part of
    what was said. False when a lost stop stands between the cue and the whole content
    ("... “It will not happen here” Both companies are expecting ...": no one expects the
    words of the line before), and the report is no report."""
    if draft.cue is None or draft.quote is not None:
        return True
    closing = _after_closing_marks(ctx, draft.content)
    if not closing and not _opener_near(ctx, draft.content, draft.cue):
        return True  # (no lost stop to seek)
    start, end = draft.content
    words = expanded_span(ctx.doc, start, end)
    if words is None:
        return True
    cue = draft.cue
    cue_at = cue.idx if isinstance(cue, Token) else cue.start_char
    if across_lost_stop(ctx, draft):
        return False
    if len(words) < 3:
        return True
    run_in = [i for i in closing if words.start < i < words.end - 1]
    for i in sorted({*_openers_in(ctx, words.start + 1, words.end - 1), *run_in}):
        token = ctx.doc[i]
        if not (_lost_stop_before(ctx, token) or (i in run_in and _run_in_after_quote(token))):
            continue
        if cue_at < token.idx:  # the cue's sentence is the one before the lost stop
            cut = token.idx
            while cut > start and ctx.text[cut - 1].isspace():
                cut -= 1
            draft.end_at(cut)
            return True
        start = token.idx  # the cue's sentence is after it: the last lost stop before the cue
        draft.start_at(start)
    return True


def across_lost_stop(ctx: Context, draft: Draft) -> bool:
    """A full stop the page lost stands between the draft's cue and its content."""
    if draft.cue is None or not _opener_near(ctx, draft.content, draft.cue):
        return False
    words = expanded_span(ctx.doc, *draft.content)
    if words is None:
        return False
    cue_start, cue_end = _cue_tokens(draft.cue)
    gap = (cue_end, words.start) if cue_end <= words.start else (words.end, cue_start)
    return any(_lost_stop_before(ctx, ctx.doc[i]) for i in _openers_in(ctx, *gap))


def has_own_content(quote: Draft) -> bool:
    """The quotation's cue verb takes words of its own after it ("... here” Both companies
    are expecting lawsuits": what they expect is the lawsuits, not the quotation)."""
    cue = quote.cue
    if not isinstance(cue, Token):
        return False
    return any(
        c.dep_ in (*CONTENT_DEPS, "dobj") and c.i > cue.i and c.idx >= quote.content[1]
        for c in cue.children
    )


def _opener_near(ctx: Context, content: tuple[int, int], cue: Token | Span) -> bool:
    """A capitalised sentence opener (``_openers_in``) starts somewhere from the first to the
    last character of a draft's content and cue: every word the lost-stop checks test lies
    there, and most drafts have none, for which no ``Span`` of the content is made."""
    first, last = content
    if isinstance(cue, Token):
        first, last = min(first, cue.idx), max(last, cue.idx + len(cue))
    else:
        first, last = min(first, cue.start_char), max(last, cue.end_char)
    starts = ctx.word_starts(ORTH, _CAPITALISED_OPENERS)
    at = bisect_left(starts, first)
    return at < len(starts) and starts[at] < last


def _openers_in(ctx: Context, start: int, end: int) -> list[int]:
    """The words from ``start`` up to ``end`` that are ``_SENTENCE_OPENERS`` written with a
    capital (by the document's ORTH array: no ``Token`` made for the others, which no lost
    stop follows; "the" in lower case, the most of them, among those). The document's are
    found once; each draft's are cut from them."""
    openers = ctx.words_in(ORTH, _CAPITALISED_OPENERS)
    return openers[bisect_left(openers, start) : bisect_left(openers, end)]


_COUNT_ENTITIES = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY"})
# the quotation marks as pages write them ("''" closes as well as opens where a page typed
# both marks so), and those that close
_QUOTE_MARK = re.compile(r"``|''|[“”\"]")
_CLOSING_MARKS = frozenset({"''", "”", '"'})


def _after_closing_marks(ctx: Context, content: tuple[int, int]) -> list[int]:
    """The words right after each quotation mark inside ``content`` that closes a pair of
    marks opened inside it (the second, fourth, ... mark from the content's start: the
    quotation finder does not read "of '' moderate severity ''" as a quotation). Most
    contents hold no mark, and no ``Span`` is made for them."""
    start, end = content
    text = ctx.text
    closing = [
        m.end()
        for n, m in enumerate(_QUOTE_MARK.finditer(text, start, end), start=1)
        if n % 2 == 0 and m.group() in _CLOSING_MARKS
    ]
    if not closing:
        return []
    words = expanded_span(ctx.doc, start, end)
    if words is None:
        return []
    ends = set(closing)
    doc = ctx.doc
    return [
        t.i
        for t in words[1:]
        if doc[t.i - 1].idx + len(doc[t.i - 1]) in ends and doc[t.i - 1].text in _CLOSING_MARKS
    ]


def _run_in_after_quote(token: Token) -> bool:
    """``token`` opens the next sentence right after a quotation that closed with no stop
    (a summary line run into the story: "... of '' moderate severity '' The World Health
    Organization has declared ...", "... a `` very serious spill '' Robotic submersibles are
    ..."): a word written with one capital after a closing mark and a space, the quotation's
    last word in lower case, the word a sentence opener or no name ("... a “pay czar” Kenneth
    Feinberg" goes on: a name in apposition)."""
    doc, text = token.doc, token.text
    if token.i < 2 or token.i + 1 >= len(doc):
        return False
    mark, last = doc[token.i - 1], doc[token.i - 2]
    if not (mark.whitespace_ and last.is_alpha and last.text.islower()):
        return False
    if not (text[0].isupper() and text[1:].islower()):
        return False  # "I", "WHO"
    if token.lower_ in _SENTENCE_OPENERS:
        return True
    named = token.tag_ in ("NNP", "NNPS") or (
        token.ent_type_ and token.ent_type_ not in _COUNT_ENTITIES
    )
    return not named and doc[token.i + 1].text[:1].islower()


def _lost_stop_before(ctx: Context, token: Token) -> bool:
    """``token`` opens a sentence after a full stop the page lost: a capitalised sentence
    opener ("There", "The", "Both") after a word in lower case or a closing quotation mark,
    with a word in lower case after it (not "the newspaper The Times"), outside a quotation
    and no part of a name."""
    doc = token.doc
    if token.i + 1 >= len(doc) or ctx.inside_quote(token):
        return False
    text = token.text
    # (the opener's own form first: most are in lower case, and no word around it is read)
    if not (token.lower_ in _SENTENCE_OPENERS and text[0].isupper() and text[1:].islower()):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        # no part of a name; a count may open the sentence ("At least 75,000 bodies")
        (not token.ent_type_ or token.ent_type_ in _COUNT_ENTITIES)
        and bool(before.whitespace_)
        and (
            (before.is_alpha and before.text.islower())
            # a quotation closed with no stop of its own ("here” Both", not "state.” She")
            or (
                before.text in ("''", "”", '"')
                and ctx.inside_quote(doc[before.i - 1])
                and doc[before.i - 1].text not in (".", "?", "!")
            )
        )
        and after.text[:1].islower()
    )


# participles that go on with what was said, not with the writer ("including X")
_LISTING_PARTICIPLES = frozenset({"including", "according", "following", "excluding", "regarding"})


def short_of_tail_after_quote(ctx: Context, draft: Draft) -> None:
    """A report whose last quotation is followed only by the writer's tail ends with the
    quotation: a participle after a comma ("confirmed that “the plane was climbing,”
    agreeing with Iranian officials") or a phrase of whom it was said to ("saying, “Vietnam
    looks like the place,” to a reporter of the Times after the summit"). Neither is part of
    what was said."""
    if draft.kind == "direct" or draft.cue is None:
        return
    start, end = draft.content
    inside = [q for q in ctx.quotes_from(start, end) if q.end < end and q.closed]
    if not inside:
        return
    last = inside[-1]
    after = ctx.doc.char_span(last.end, end, alignment_mode="expand")
    if after is None or len(after) < 3:
        return
    tokens = [t for t in after if t.idx >= last.end]
    # the closing mark, then perhaps a comma, then the tail's first word
    at = 0
    while at < len(tokens) and tokens[at].is_punct and tokens[at].text not in (",", ";"):
        at += 1
    cut = tokens[at - 1].idx + len(tokens[at - 1]) if at else last.end
    # a comma sets the tail off ("were “close” reaching terms" goes on with the words)
    comma = (
        ctx.text[start : last.end].rstrip().endswith(",")  # “... a threat,” agreeing with
        or any(t.text == "," for t in tokens[:at])
        or (at < len(tokens) and tokens[at].text == ",")
    )
    if at < len(tokens) and tokens[at].text == ",":
        at += 1
    if not comma or at >= len(tokens) or any(ctx.inside_quote(t) for t in tokens[at:]):
        return
    first = tokens[at]
    writers = (first.tag_ == "VBG" and first.lower_ not in _LISTING_PARTICIPLES) or (
        first.lower_ == "to" and first.dep_ in ("prep", "dative")
    )
    if not writers or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in tokens[at:]):
        return
    if not last.start <= first.head.idx < last.end:
        return  # hung on the reported clause outside the marks: more of it ("forced to sign
        # “exit bonds,” prohibiting them from lending again")
    draft.end_at(cut)


# the words that may lead a date after a quotation: "on Tuesday", "late Friday"
_WHEN_WORDS = frozenset(
    {"on", "at", "in", "during", "late", "early", "earlier", "later", "overnight", "by"}
)


def short_of_date_after_quote(ctx: Context, draft: Draft) -> None:
    """Quoted words that make a sentence of their own, followed by nothing but a date
    ("tweeted “Thank you, Ohio!” on Friday night"), are what was said; the date says when.
    The parser may hang the date on the quotation's last verb, taking it into the content."""
    if draft.kind == "direct":
        return
    start, end = draft.content
    text = ctx.text
    inside = [q for q in ctx.quotes_from(start, end) if q.end < end and q.closed]
    if len(inside) != 1:
        return
    quote = inside[0]
    if text[start : quote.start].strip(OPENING + STRAIGHT + "`' "):
        return  # words of the writer's before the quotation
    if not text[quote.start].isupper():
        return  # quoted words inside a clause ("had “evolved a lot” in recent days")
    after = quote.end
    while after < end and text[after] in CLOSING + STRAIGHT + "'’, ":
        after += 1
    if not _only_when(ctx, after, end):
        return
    draft.end_at(quote.end)
    if draft.quote is not None:
        draft.kind = "direct"  # the quotation alone: no paraphrase around it


def with_subject_hung_on_cue(ctx: Context, draft: Draft) -> None:
    """A reported clause whose subject the parser hung on the cue starts with that subject:
    a count taken for a phrase of the verb ("say between 40 and 60 workers are still missing")
    or a noun phrase taken for its object ("said his shop in Troy, Ohio, has flooded"). The
    clause is finite and has no subject of its own, so without it what was said has none."""
    cue = draft.cue
    if draft.kind != "indirect" or not isinstance(cue, Token):
        return
    # (the subject is a phrase of the cue after it, and the clause hangs on the cue: with no
    # such children, the content's words and their head are not sought; a cue with fewer than
    # two words hung after it has no such pair, and no child is made a Token)
    if cue.n_rights < 2:
        return
    # (the phrases screened by index and label key on the parse's tree: Tokens only for a cue
    # that has a clause and another phrase after it)
    parse = tree(ctx.doc)
    hung = [c for c in parse.kids(cue.i) if c > cue.i and parse.deps[c] in _HUNG_PHRASE_KEYS]
    clauses = sum(parse.deps[c] == _CCOMP_KEY for c in hung)
    if clauses == 0 or clauses == len(hung):
        return
    phrases = [ctx.doc[c] for c in hung]
    words = ctx.doc.char_span(*draft.content, alignment_mode="expand")
    if words is None:
        return
    clause = words.root
    if clause.head.i != cue.i or clause.dep_ != "ccomp" or not _finite(clause):
        return
    if any(c.dep_ in ANY_SUBJECT_DEPS for c in clause.children):
        return
    for phrase in phrases:
        if (
            cue.i < phrase.i < words.start
            and all(t.is_punct for t in ctx.doc[phrase.right_edge.i + 1 : words.start])
            and (
                (phrase.dep_ == "prep" and any(t.like_num for t in phrase.subtree))
                or (phrase.dep_ == "dobj" and phrase.pos_ in ("NOUN", "PROPN"))
            )
        ):
            draft.start_at(phrase.left_edge.idx)
            return


_HUNG_PHRASE_KEYS = frozenset(get_string_id(dep) for dep in ("prep", "dobj", "ccomp"))
_CCOMP_KEY = get_string_id("ccomp")


def _finite(verb: Token) -> bool:
    """The verb is in a tense ("has improved", "are missing", "closed"), not an infinitive or
    a bare participle."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children
    )


def _only_when(ctx: Context, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` are a date or time, after at most one word that
    leads it ("on Tuesday night", "late Friday", "earlier this week")."""
    end = len(ctx.text[:end].rstrip(" .,;"))
    for begin, finish in ctx.dated_spans:
        if finish == end and begin >= start:
            words = ctx.text[start:begin].split()
            return not words or (len(words) == 1 and words[0].lower() in _WHEN_WORDS)
    return False


def after_agent(ctx: Context, draft: Draft) -> None:
    """A passive report whose content the parser opened with its agent ("was described by
    the company as “a reckless act”"): what was said starts after the one who said it."""
    source = draft.source
    if source is None or draft.kind == "direct":
        return
    start, end = draft.content
    words = expanded_span(ctx.doc, start, end)
    if words is None or words[0].lower_ != "by" or words[0].dep_ != "agent":
        return
    if not (words.start < source.start and source.end < words.end):
        return
    if any(not t.is_punct for t in ctx.doc[words.start + 1 : source.start]):
        return  # "by" and the source are not next to each other
    rest = ctx.doc[source.end : words.end]
    first = next((t for t in rest if not t.is_punct), None)
    if first is None:
        return
    draft.start_at(first.idx)
