"""Session 52's speed-ups of the attribution stage's set-up, acceptance and records give what
the replaced code gave: a wrapped text's paragraphs from breaks found once, the document's word
lists cut for each draft, the rules of one cue verb asked only of that verb, and a source's
words read from the arrays. The texts are written for this test."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from dateline.actors import find_actors
from dateline.attribution import accepted, assembly, syntax
from dateline.attribution.assembly import (
    _ANYONE,
    _names_no_one,
    bare,
)
from dateline.attribution.context import Context, Draft
from dateline.language import load_nlp
from dateline.model import Article
from dateline.text.paragraphs import hard_wrapped, paragraph_around
from dateline.timex import find_timexes

TEXTS = (
    "Nobody from the ferry board said a word. None of the crews would talk, and few "
    "skippers were seen. A few owners said no one had asked them. Neither side called "
    "the strike off; the forecast called for rain, and the mayor called out the council. "
    "Inga Sorel Jr. said the union asked the harbour master. Inga Sorel told the crews that "
    "the board would charge higher fees. The council confirmed Per Halden as harbour master, "
    "and the crews were urged to go home. Many people said -LRB- quietly -RRB- that they "
    "would wait.",
    "Lornhaven ferry crews walk out\n\n"
    "Harbour master Per Halden said on Monday that the ferries would sail again once the "
    "strike ends. Some said it would not. Others asked the mayor, who warned them to stay.",
    "“We will sail,” said Per Halden. The mayor called the strike “a disgrace” and "
    "“a shame for the island,” and vowed “We stay” and left. “No,” she said, “not now.” "
    "Owners said “the fares will rise” on Monday.",
)

# a wrapped text with blank lines, indented lines and spaces or tabs at the ends of lines
WRAPPED = (
    "LORNHAVEN, March 4 - The ferry crews of the\n"
    "island walked out on Monday, the union said, and\n"
    "the board said talks would resume.\n"
    "\n"
    "  The mayor said the quay would stay open. \t\n"
    "Owners said they would wait.\n"
    " \n"
    "\t\n"
    "    Nobody else spoke.\n  \n"
    "The end"
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


def _context(doc: Doc, n: int) -> Context:
    article = Article(id=f"s52c-{n}", text=TEXTS[n], published=dt.date(2024, 3, 4))
    return Context(doc, article, find_actors(doc, article), find_timexes(doc, article))


def test_paragraphs_of_a_wrapped_text_from_the_breaks_found_once() -> None:
    for text in (WRAPPED, WRAPPED.replace("\n", "\n\n"), "One line only", "\n\n \nA\n"):
        wrapped = hard_wrapped(text)
        ctx = SimpleNamespace(text=text, wrapped=wrapped, _break_ends=None)
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                expected = paragraph_around(text, start, end, wrapped=wrapped)
                assert Context.paragraph_around(ctx, start, end) == expected, (start, end)
    assert hard_wrapped(WRAPPED)


def test_words_of_a_list_found_once_and_cut_by_bisection(docs: list[Doc]) -> None:
    words = frozenset({"said", "Nobody", "few", "Harbour"})
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        found = ctx.words_in(ORTH, words)
        assert found == [t.i for t in doc if t.text in words]
        assert ctx.words_in(ORTH, words) is found


def _spans(doc: Doc, longest: int = 4) -> list[Span]:
    return [
        doc[start:end]
        for start in range(len(doc))
        for end in range(start + 1, min(len(doc), start + longest) + 1)
    ]


def test_a_bare_source_read_from_the_arrays_is_the_words_reading(docs: list[Doc]) -> None:
    for doc in docs:
        for span in _spans(doc):
            by_words = all(
                t.pos_ in ("PRON", "DET")
                or t.lower_ in ("one", "another", *_ANYONE)
                or t.is_punct
                or syntax.TOKENIZED_BRACKET.fullmatch(t.text)
                for t in span
            )
            assert bare(span) == by_words, span.text
    assert bare(docs[1][-9:-8])  # "Others"


def test_no_one_asked_only_where_its_words_hang_on_the_source(docs: list[Doc]) -> None:
    answers = []
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        for span in _spans(doc, 3):
            answers.append(syntax.no_one(span))
            assert _names_no_one(ctx, span) == answers[-1], span.text
    assert any(answers) and not all(answers)


def test_a_cue_verbs_own_rules_are_asked_only_of_that_verb(docs: list[Doc]) -> None:
    rules = {rule for verb_rules in accepted._CUE_RULES.values() for rule in verb_rules}
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        for cue in doc:
            for start in range(cue.i + 1, min(len(doc), cue.i + 4)):
                content = (doc[start].idx, doc[min(len(doc) - 1, start + 5)].idx)
                for kind in ("indirect", "direct"):
                    source = doc[max(0, cue.i - 2) : cue.i]
                    draft = Draft(kind, content, cue=cue, source=source or None)
                    every = any(rule(ctx, draft) for rule in rules)
                    assert accepted._refused_for_its_cue(ctx, draft) == every


def test_the_quotations_of_a_stretch_found_by_bisection(docs: list[Doc]) -> None:
    ctx = _context(docs[2], 2)
    assert len(ctx.quotes) >= 5
    assert [q.start for q in ctx.quotes] == sorted(q.start for q in ctx.quotes)
    for start in range(-1, len(ctx.text) + 2):
        for end in range(start - 1, len(ctx.text) + 2):
            assert ctx.quotes_from(start, end) == tuple(
                q for q in ctx.quotes if start <= q.start < end
            )


def test_a_reduced_relative_found_from_the_arrays(docs: list[Doc]) -> None:
    nlp = load_nlp()
    more = nlp("The charges he says were made up fell. The oil spill commission says it will act.")
    answers = []
    for doc in [*docs, more]:
        for cue in doc:
            subject = doc[cue.i - 1] if cue.i > 0 else None
            by_words = (
                subject is not None
                and subject.dep_ in syntax.ANY_SUBJECT_DEPS
                and subject.head == cue
                and subject.left_edge.i > 0
                and doc[subject.left_edge.i - 1].pos_ in ("NOUN", "PROPN")
            )
            answers.append(by_words)
            assert accepted._reduced_relative(cue) == by_words, cue.text
    assert any(answers)


def test_an_actors_last_word_before_a_source_by_bisection(docs: list[Doc]) -> None:
    seen = 0
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        for actor in set(ctx.actors.by_token.values()):
            mentions = ctx.mentions_of(actor)
            for start in range(len(doc) + 1):
                walked = next(
                    (
                        t.i
                        for t in reversed(doc[:start])
                        if t.pos_ != "PRON" and ctx.actors.at(t) == actor
                    ),
                    None,
                )
                before = [i for i in mentions if i < start]
                assert (before[-1] if before else None) == walked
                seen += walked is not None
        assert ctx.mentions_of(None) == []
    assert seen


def test_the_words_that_may_be_cue_verbs_found_once(docs: list[Doc]) -> None:
    for n, doc in enumerate(docs):
        ctx = _context(doc, n)
        for sent in doc.sents:
            scanned = [
                t.i for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ctx.kb.verbs
            ]
            assert ctx.cue_verbs_in(sent.start, sent.end) == scanned
            cues = [t.i for t in sent if syntax.is_cue_verb(t, ctx.kb)]
            assert set(cues) <= set(scanned)
        assert ctx.cue_verbs_in(0, len(doc))


def test_a_cue_without_two_words_hung_after_it_has_no_subject_to_give(docs: list[Doc]) -> None:
    # (``with_subject_hung_on_cue`` returns for ``n_rights < 2``: it needs a clause and a
    # phrase or object, both hung on the cue after it)
    for doc in docs:
        for word in doc:
            assert word.n_rights == sum(1 for c in word.children if c.i > word.i)


LIVE = (
    "Lornhaven strike: live\n"
    "Updated 10:42 a.m. ET The ferry board said talks would resume.\n"
    "0915 - Crews gathered at the quay.\n"
    "1028 - The mayor said the strike must end.\n"
    "Jan. 5 - Owners said fares would rise.\n"
    "1130 Nobody else spoke."
)


def test_a_lines_stamps_kept_by_line_give_the_same_starts() -> None:
    def searched(text: str, content: tuple[int, int]) -> tuple[int, int]:
        start, end = content
        stamp = assembly._LINE_TIME_STAMP.match(text, start)
        if stamp and (start == 0 or text[start - 1] == "\n") and stamp.end() < end:
            return stamp.end(), end
        stamp_end = syntax.page_stamp_end(text, start)
        if start < stamp_end < end:
            return stamp_end, end
        entry = assembly._ENTRY_STAMP.match(text, text.rfind("\n", 0, start) + 1)
        if entry and start < entry.end() < end and assembly._entry_stamps(text) >= 2:
            return entry.end(), end
        return content

    moved = 0
    for text in (LIVE, LIVE.replace("0915 - ", ""), TEXTS[1]):
        for start in range(len(text)):
            for end in range(start, min(len(text), start + 70) + 1, 3):
                expected = searched(text, (start, end))
                assert assembly.after_time_stamp(text, (start, end)) == expected
                moved += expected != (start, end)
    assert moved
