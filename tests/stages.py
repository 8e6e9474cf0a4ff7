"""Running single stages on small texts the tests write themselves."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from dateline.actors import ActorTable, find_actors
from dateline.actors.corrections import correct_entities
from dateline.actors.knowledge import knowledge
from dateline.actors.known import shipped_known
from dateline.attribution import find_attributions
from dateline.config import ReadConfig
from dateline.events.coder import event_document
from dateline.events.document import Document
from dateline.language import load_nlp, parse
from dateline.model import Actor, Article, Attribution, Event, Reading, TextSpan
from dateline.pipeline import Reader, read
from dateline.timex import find_timexes


def article(text: str, published: dt.date = dt.date(2026, 3, 6)) -> Article:
    return Article(id="t", text=text, published=published)


def corrected_entities(
    text: str, entities: list[tuple[str, str]]
) -> tuple[list[Span], list[tuple[str, str]]]:
    """Parse ``text``, label exactly ``entities`` (text, label; the small model labels invented
    names unlike real ones), and correct them: the entities kept and the corrections' log."""
    doc = parse(text)
    spans = []
    for words, label in entities:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.ents = spans
    log: list[tuple[str, str]] = []
    return correct_entities(doc, knowledge(), shipped_known(), log), log


def actors_of(text: str) -> ActorTable:
    return find_actors(parse(text), article(text))


def attributions_of(text: str) -> tuple[tuple[Attribution, ...], ActorTable]:
    doc = parse(text)
    art = article(text)
    actors = find_actors(doc, art)
    return find_attributions(doc, art, actors), actors


def by_content(found: tuple[Attribution, ...] | list[Attribution], words: str) -> Attribution:
    """The first attribution whose content holds the words."""
    return next(a for a in found if words in a.content.text)


def content_words(record: Attribution) -> str:
    """An attribution's words as a reader sees them: its content's parts, if the quotation is
    broken by its cue, joined by an ellipsis."""
    parts = record.content_parts or (record.content,)
    return " … ".join(part.text for part in parts)


def by_cue(found: tuple[Attribution, ...] | list[Attribution], cue: str = "said") -> Attribution:
    """The first attribution whose cue is the word ``cue``; failing, the test shows every cue
    and content found."""
    matches = [a for a in found if a.cue is not None and a.cue.text == cue]
    assert matches, [(a.cue.text if a.cue else None, a.content.text) for a in found]
    return matches[0]


def actor_named(actors: ActorTable, name: str) -> Actor:
    return next(a for a in actors.actors if a.name == name)


def grouped_under(table: ActorTable, text: str, word: str, nth: int = 0) -> str | None:
    """The name of the actor the ``nth`` token ``word`` of ``text`` is grouped under."""
    doc = parse(text)
    token = [t for t in doc if t.text == word][nth]
    actor = table.get(table.at(token))
    return actor.name if actor else None


def timex_values(text: str, published: dt.date) -> dict[str, str]:
    """The value of each time expression of ``text`` read as published on ``published``."""
    return {t.text: t.value for t in find_timexes(parse(text), article(text, published))}


def read_event_text(text: str, published: dt.date = dt.date(2026, 6, 10)) -> Reading:
    """The whole reading of a sentence the event tests write (published on a fixed day)."""
    return read(Article(id="t", text=text, published=published))


def coded_events(
    text: str, published: dt.date = dt.date(2026, 6, 10)
) -> list[tuple[str, str | None, str | None, str]]:
    """(type, source, target, trigger word) of each event a text codes."""
    return [
        (e.type, e.source, e.target, e.trigger.text)
        for e in read_event_text(text, published).events
    ]


def event_triggers(text: str, published: dt.date = dt.date(2026, 6, 10)) -> set[str]:
    """The trigger words of the events a text codes."""
    return {e.trigger.text for e in read_event_text(text, published).events}


def trigger_dates(text: str, trigger: str, published: dt.date) -> list[str]:
    """The dates of the events a text codes with the given trigger word."""
    return [e.date for e in read_event_text(text, published).events if e.trigger.text == trigger]


def all_events_of(text: str, published: dt.date) -> list[Event]:
    """Every event coded in a text, the ones the trust gate drops too (``--all-events``)."""
    article = Article(id="t", text=text, published=published)
    return list(Reader(ReadConfig(all_events=True)).read(article).events)


def event_with_trigger(text: str, trigger: str, published: dt.date) -> Event:
    """The one event of ``text``, gate or not (``all_events_of``), whose trigger is ``trigger``;
    the dating tests bind it to their publication day."""
    (found,) = [e for e in all_events_of(text, published) if e.trigger.text == trigger]
    return found


def no_day(event: Event) -> bool:
    """Whether the dating gave the event no day of its own."""
    return "none of its own" in (event.decided_by or "")


def why_dated(text: str, trigger: str, published: dt.date) -> str:
    """Why the one event of ``trigger`` has its date or none (``decided_by``), gate drops too."""
    (found,) = [e for e in all_events_of(text, published) if e.trigger.text == trigger]
    return found.decided_by or ""


def event_parties(
    text: str, trigger: str, published: dt.date
) -> list[tuple[str | None, str | None]]:
    """(source, target) of each kept event with ``trigger``: the actor's name, else the phrase
    the record shows."""
    reading = Reader().read(Article(id="t", text=text, published=published))
    return [
        (
            _party_shown(reading, event.source, event.source_phrase),
            _party_shown(reading, event.target, event.target_phrase),
        )
        for event in reading.events
        if event.trigger.text == trigger
    ]


def _party_shown(reading: Reading, actor_id: str | None, phrase: TextSpan | None) -> str | None:
    actor = reading.actor(actor_id)
    return actor.name if actor else (phrase.text if phrase else None)


def events_of_type(reading: Reading, event_type: str) -> list[Event]:
    return [e for e in reading.events if e.type == event_type]


def event_documents(texts: tuple[str, ...], published: dt.date, prefix: str) -> list[Document]:
    """What the events stage's parts read of each text (``coder.event_document``), after the
    earlier stages, as a test of a part calls it directly."""
    nlp = load_nlp()
    found = []
    for n, text in enumerate(texts):
        article = Article(id=f"{prefix}-{n}", text=text, published=published)
        doc = nlp(text)
        timexes = find_timexes(doc, article)
        actors = find_actors(doc, article)
        attributions = find_attributions(doc, article, actors, timexes)
        found.append(event_document(doc, article, actors, attributions, timexes))
    return found
