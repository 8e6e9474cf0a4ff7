"""Session 44's second speed round of the attribution stage gives what the code it replaces
gave: ``reported``'s loop passes over a word whose lemma is no cue's before it makes a
``Token``; the lost-stop checks look only at sentence openers; a source tag is looked for
only in a content ending in a tag's cue; a next deed is looked for only below a head with a
conjoined word after it. The texts are written for this test; the code replaced is kept
here to compare with."""

from __future__ import annotations

from spacy.tokens import Span

from dateline.attribution import syntax
from dateline.attribution.assembly import _SENTENCE_OPENERS, _openers_in
from dateline.attribution.context import Context
from dateline.attribution.cues import Cues, load_cues
from dateline.attribution.syntax import _TAG_CUES, _next_deed_after_infinitive, _source_tag
from dateline.language import parse
from tests.stages import actors_of, article, attributions_of

TEXT = (
    "The harbour board of Kestervik said on Monday that the breakwater would stay closed, "
    "and the mayor told the Ostrand Courier the repairs were overdue. Critics accused the "
    "board of delay; its chairman denied the claim and promised to publish the survey. "
    "Engineers believe the wall is sound, according to a report by Halvard Marine. It is "
    "expected to reopen in May, a spokeswoman says. She said it was wrong not to inspect "
    "the wall and slammed the delay, the port is open, AFP news agency reports. "
    "“We will not wait,” the mayor said. His attacks on the board drew support for a "
    "recount, which the council called for, and fears of a strike, Ms Solvang argued.\n\n"
    "The ferry operators are still here working There are many boats waiting, according "
    "to the harbour master. Lena Ortiz: “It will not happen here” Both firms expect claims."
)


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def _readings(text: str) -> list[tuple]:
    found, _ = attributions_of(text)
    return [
        (a.kind, a.cue.text if a.cue else None, a.content.text, a.source.text if a.source else None)
        for a in found
    ]


def test_the_lemma_filter_drops_no_cue(monkeypatch) -> None:
    filtered = _readings(TEXT)
    assert len(filtered) >= 8  # the text holds cues of every kind the loop asks about
    # every noun and verb read as before, each made a Token
    monkeypatch.setattr(Cues, "reported_lemmas", property(lambda self: _Everything()))
    assert _readings(TEXT) == filtered


def test_the_filter_holds_every_lemma_the_loop_asks_about() -> None:
    kb = load_cues()
    lists = (
        kb.statement_nouns,
        kb.prepositional_nouns,
        kb.passive_evidential_verbs,
        kb.evidential_verbs,
        kb.verbs,
        kb.intention_verbs,
        kb.stance_verbs,
        kb.prepositional_verbs,
        kb.naming_verbs,
    )
    for words in lists:
        assert set(words) <= kb.reported_lemmas
    assert "be" in kb.reported_lemmas
    assert "table" not in kb.reported_lemmas  # a word that is no cue is left out


def test_openers_are_the_words_a_lost_stop_can_stand_before() -> None:
    doc = parse(TEXT)
    ctx = Context(doc, article(TEXT), actors_of(TEXT), ())
    found = _openers_in(ctx, 0, len(doc))
    # (written with a capital since session 51: no lost stop stands before another form)
    assert found == [
        t.i
        for t in doc
        if t.lower_ in _SENTENCE_OPENERS and t.text[0].isupper() and t.text[1:].islower()
    ]
    assert _openers_in(ctx, 5, 40) == [i for i in found if 5 <= i < 40]
    assert _openers_in(ctx, 40, 5) == []


def _old_source_tag(content: Span) -> int | None:
    words = [t for t in content if not t.is_punct or t.text == ","]
    if len(words) < 4 or words[-1].lower_ not in _TAG_CUES:
        return None
    i = len(words) - 2
    while i > 0 and (
        words[i].pos_ in ("PROPN", "NOUN", "DET", "ADJ") or words[i].tag_ in ("PRP$", "POS")
    ):
        i -= 1
    phrase = words[i + 1 : -1]
    if words[i].text != "," or not any(t.pos_ in ("PROPN", "NOUN") for t in phrase):
        return None
    if len(phrase) > 6 or words[i].i <= content.start:
        return None
    return words[i].i


def test_source_tag_as_before_for_every_content() -> None:
    doc = parse(TEXT)
    tags = 0
    for sentence in doc.sents:
        for start in range(sentence.start, sentence.end):
            for end in range(start, sentence.end + 1):
                content = doc[start:end]
                assert _source_tag(content) == _old_source_tag(content)
                tags += _old_source_tag(content) is not None
    assert tags  # ", AFP news agency reports" is one


def test_a_next_deed_needs_a_conjoined_word_after_the_head() -> None:
    doc = parse(TEXT)
    kb = load_cues()
    deeds = 0
    for head in doc:
        deed = next(
            (t for t in head.subtree if t.i > head.i and _next_deed_after_infinitive(t, head, kb)),
            None,
        )
        if deed is not None:
            deeds += 1
            assert any(t.dep_ == "conj" for t in doc[head.i + 1 : head.right_edge.i + 1])
            assert syntax.clause_end(head, kb) < syntax.last_of(head)
    assert deeds  # "not to inspect the wall and slammed the delay" is one
