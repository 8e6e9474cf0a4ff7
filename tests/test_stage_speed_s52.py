"""Session 52's speed-ups of the events stage give what the code they replace gave: the stage
stops once the gates leave no draft (the story's times are read for the drafts only), the
document's look-ups by token are made at their first reading, and the glued-headlines test
finds the end of the token's line by the words' offsets. The texts are written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc, Token

from dateline.actors import find_actors
from dateline.attribution import find_attributions
from dateline.events import coder, credibility, trust
from dateline.events.corefer import merge_mentions
from dateline.events.credibility import CLOSERS, _headlines_run, doubt
from dateline.events.dating import date_from_context
from dateline.events.document import paragraph_numbers, timex_tokens
from dateline.events.enforcers import arrester
from dateline.events.mentions import anaphoric_nouns, draft_mentions, event, placed
from dateline.events.trust import distrust, open_target, undated
from dateline.language import load_nlp
from dateline.model import Article, Event
from dateline.text.doctext import doc_text
from dateline.text.furniture import reading_end
from dateline.text.quotemarks import quote_of_token
from dateline.timex import find_timexes

TEXTS = (
    # events the gates keep, a quotation, a date, readers' comments under the story
    "VELMORA, June 3 - Police arrested 14 protesters outside the Orvane embassy in Velmora on "
    "Tuesday, a police spokesman said.\n\n"
    '"We will meet the union next week," Labour Minister Ana Brell told reporters.\n\n'
    "Kestria recalled its ambassador from Orvane on Wednesday.\n\n"
    "3 Comments\n\nAt 10:49 am on June 4, tomas_88 wrote: Kestria should have done it years ago.",
    # no event at all: prices and weather
    "Copper prices rose 2 percent on Monday as warehouse stocks fell in Brenmark.\n\n"
    "Traders said demand from cable makers in Ostrand stayed firm through the week.",
    # triggers the gates drop (no party acts, a plan, an act in a quotation)
    "The storm closed the harbour at Tessel on Friday. Ferries will resume on Sunday.\n\n"
    '"They attacked us without warning," a fisherman said of the gulls.',
    # hard-wrapped wire copy with a run of glued headlines
    "Floods close Velna schools\n\n"
    "Heavy rain closed schools across Velna on Tuesday, officials of the\n"
    "education ministry said, and the army sent troops to help clear the\n"
    "roads into the capital.\n"
    "Kestria expels envoy Japan recalls ambassador Canada condemns attack on embassy\n"
    "The Velna government accused Orvane of delaying flood aid promised in\n"
    "May, and Orvane denied it.",
    # the writer's own voice, and a speaker's "we" inside a quotation
    "We drove into Tessel on Monday, where you could see that troops had arrested ten men.\n\n"
    '"We will not stop," said a protester. Police detained my neighbour and our driver.\n\n'
    "I met the Orvane envoy in Sorrel; he condemned the arrests.",
)
PUBLISHED = dt.date(2026, 6, 5)


@pytest.fixture(scope="module")
def readings() -> list[tuple[Doc, Article, object, tuple, tuple]]:
    nlp = load_nlp()
    found = []
    for n, text in enumerate(TEXTS):
        article = Article(id=f"s52-{n}", text=text, published=PUBLISHED)
        doc = nlp(text)
        timexes = find_timexes(doc, article)
        actors = find_actors(doc, article)
        attributions = find_attributions(doc, article, actors, timexes)
        found.append((doc, article, actors, attributions, timexes))
    return found


def _events_as_before(doc, article, actors, attributions, timexes) -> tuple[Event, ...]:
    """``find_events`` as it was: every look-up made with the document, and the story's times
    read whether or not a draft is left to date."""
    document = coder.event_document(doc, article, actors, attributions, timexes)
    for look_up in ("timex_at", "paragraph_of", "quoted", "comments_from"):
        getattr(document, look_up)
    drafts = draft_mentions(document)
    drafts = merge_mentions(drafts, document.first_mention, anaphoric_nouns(drafts))
    drafts = [arrester(document, d) for d in drafts]
    drafts = [d for d in drafts if d.source is not None or d.target is not None or d.agentless]
    drafts = [d for d in drafts if doubt(document, d) is None]
    drafts = [open_target(document, d) for d in drafts]
    drafts = [d for d in drafts if distrust(document, d) is None]
    date_from_context(document, drafts)
    drafts = [d for d in drafts if undated(d) is None]
    drafts = [placed(document, d) for d in drafts]
    return tuple(event(article, number, d) for number, d in enumerate(drafts, start=1))


def test_events_as_before(readings, monkeypatch: pytest.MonkeyPatch) -> None:
    dated = []

    def dating(document, drafts):
        dated.append(len(drafts))
        date_from_context(document, drafts)

    monkeypatch.setattr(coder, "date_from_context", dating)
    found = [coder.find_events(*reading) for reading in readings]
    monkeypatch.undo()
    assert [len(e) for e in found] == [len(_events_as_before(*r)) for r in readings]
    for events, reading in zip(found, readings, strict=True):
        assert [e.model_dump_json() for e in events] == [
            e.model_dump_json() for e in _events_as_before(*reading)
        ]
    assert any(found) and not all(found)  # texts with events and texts without
    assert 0 < len(dated) < len(readings) and all(dated)  # dated only where drafts are left


def test_look_ups_are_made_at_their_first_reading(readings) -> None:
    for doc, article, actors, attributions, timexes in readings:
        document = coder.event_document(doc, article, actors, attributions, timexes)
        look_ups = ("timex_at", "paragraph_of", "quoted", "comments_from")
        assert not set(look_ups) & set(vars(document))
        assert document.timex_at == timex_tokens(doc, timexes)
        assert document.paragraph_of == paragraph_numbers(doc)
        assert document.quoted == quote_of_token(doc)
        assert document.comments_from == reading_end(doc_text(doc))
        assert document.quoted is document.quoted  # made once
    first = coder.event_document(*readings[0])
    assert first.comments_from is not None and first.quoted and first.timex_at


def _glued_as_before(token: Token) -> bool:
    """``credibility.glued_headlines`` before the offsets: every word of the sentence asked
    for the line's words (the judgement of them is the stage's own, ``_headlines_run``)."""
    doc = token.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    words: list[Token] = []
    for word in reversed(list(token.sent)):
        if word.idx < start:
            break
        if word.idx >= end or word.is_space:
            continue
        if not words and word.text in CLOSERS:
            return False
        words.append(word)
    words.reverse()
    return _headlines_run(words)


def test_glued_headlines_as_before(readings) -> None:
    verdicts = [
        (credibility.glued_headlines(token), _glued_as_before(token))
        for doc, *_ in readings
        for token in doc
    ]
    assert all(new == old for new, old in verdicts)
    assert any(new for new, _ in verdicts)  # the glued line is found
    assert any("\n" in sentence.text.strip() for sentence in readings[3][0].sents)  # wrapped


def _narrated_as_before(document, token: Token) -> str | None:
    """``trust.narrated`` before the pronouns were found by the LOWER array: every word of the
    sentence asked."""
    reason = trust.narrated(document, token)
    if reason is not None and not reason.startswith("in the writer's own voice"):
        return reason
    if any(trust.writer(w) and w.i not in document.quoted for w in token.sent):
        return "in the writer's own voice (first or second person)"
    return None


def test_narrated_as_before(readings) -> None:
    verdicts = []
    for reading in readings:
        document = coder.event_document(*reading)
        verdicts += [
            (trust.narrated(document, token), _narrated_as_before(document, token))
            for token in document.doc
        ]
    assert all(new == old for new, old in verdicts)
    voiced = [new for new, _ in verdicts if new and new.startswith("in the writer's own voice")]
    assert len(voiced) > 20  # the writer's sentences, not the quoted "we"
