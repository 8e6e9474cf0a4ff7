"""What each page of the web view shows, as data: one loader per page, shared by the HTML page
and its JSON twin under ``/api/`` (datasette's rule: every page is a query, and its data can be
had as JSON). A loader takes the read-only store, the query string and the path's
parameters, and asks only the store's named queries (``store.queries``, ``store.views``), so the
command line, the Python API, the pages and the API show the same records. Lists and counts over
the whole store are asked through ``ReadOnlyStore.kept``: computed once per state of the store.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from dateline.errors import DatelineError
from dateline.serve import params
from dateline.serve.connections import ReadOnlyStore
from dateline.serve.highlight import pieces, reading_spans
from dateline.store import queries, views
from dateline.store.queries import Filters, QueryError, Record

Query = Mapping[str, str]
Loader = Callable[[ReadOnlyStore, Query, Mapping[str, str]], dict[str, Any]]


class NotFound(DatelineError, LookupError):
    pass


@dataclass(frozen=True)
class Resource:
    name: str  # the route's name
    path: str  # the page; its JSON twin at ``api_path``
    template: str
    load: Loader
    summary: str  # one line for the API's index
    rows: str | None = None  # the key of the records a page offers as CSV (?format=csv)
    partial: str | None = None  # the template an htmx request gets (the part it swaps)

    @property
    def api_path(self) -> str:
        return "/api" + (self.path if self.path != "/" else "/overview")


def _number(ident: str, letter: str, what: str) -> int:
    match = re.fullmatch(rf"[{letter}{letter.lower()}](\d{{1,12}})", ident.strip())
    if not match:
        raise NotFound(f"not {what} id: {ident!r} (expected {letter}12)")
    return int(match[1])


def _found(load: Callable[[], Any]) -> Any:
    """A record the store must hold: its absence is a 404, not a bad request."""
    try:
        return load()
    except QueryError as error:
        raise NotFound(str(error)) from None


def overview(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    return {
        "counts": store.kept(queries.counts),
        "runs": views.runs(store.corpus().db, limit=5),
        "activity": activity(store, query, {})["activity"],
        "stories": store.kept(queries.stories, 2, 8),
        "dyads": store.kept(views.dyads, Filters(limit=10), "stories"),
    }


def activity(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    filters = params.event_filters(query)
    found = store.kept(views.activity, filters, params.unit(query), params.count(query))
    return {"filters": filters, "activity": found}


def timeline(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    filters = params.event_filters(query)
    return {"filters": filters, "events": store.kept(queries.timeline, filters)}


def dyads(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    filters = params.event_filters(query)
    sort = params.choice(query, "sort", tuple(views.DYAD_ORDERS), "stories")
    return {"filters": filters, "sort": sort, "dyads": store.kept(views.dyads, filters, sort)}


def event(store: ReadOnlyStore, _: Query, path: Mapping[str, str]) -> dict[str, Any]:
    ident = f"E{_number(path['ident'], 'E', 'an event')}"
    corpus = store.corpus()
    record = _found(lambda: corpus.show(ident))
    try:
        story = corpus.story(ident)
    except QueryError:  # an event filed into no story
        story = None
    return {"event": record, "story": story}


def quote(store: ReadOnlyStore, _: Query, path: Mapping[str, str]) -> dict[str, Any]:
    ident = f"Q{_number(path['ident'], 'Q', 'a quote')}"
    return {"quote": _found(lambda: store.corpus().show(ident))}


def article(store: ReadOnlyStore, query: Query, path: Mapping[str, str]) -> dict[str, Any]:
    number = _number(path["ident"], "A", "an article")
    corpus = store.corpus()
    record = _found(lambda: corpus.show(f"A{number}"))
    reading = corpus.reading(number)
    marked = params.text(query, "mark")
    spans = reading_spans(reading, views.store_ids(corpus.db, number), marked)
    everything = Filters(article=number, include_duplicates=True, limit=None)
    return {
        "article": record,
        "marked": marked,
        "pieces": pieces(record["text"], spans),
        "events": queries.events(corpus.db, everything),
        "quotes": queries.quotes(corpus.db, everything),
        "actors": [actor.model_dump(exclude={"mentions"}) for actor in reading.actors],
        "timexes": [timex.model_dump() for timex in reading.timexes],
    }


def quotes(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    mode = params.choice(query, "mode", queries.QUOTE_MODES, "speech")
    filters = Filters(
        mode=queries.quote_mode(mode),
        actor=params.text(query, "speaker"),
        text=params.text(query, "q"),
        since=params.day(query, "since"),
        until=params.day(query, "until"),
        include_duplicates=params.flag(query, "with_duplicates"),
        limit=params.number(query, "limit", 100, 1, params.MAX_LIMIT),
        offset=params.number(query, "offset", 0, 0, 10_000_000),
    )
    return {"filters": filters, "mode": mode, "quotes": store.kept(queries.quotes, filters)}


def stories(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    least = params.number(query, "min_articles", 2, 1, 1_000_000)
    limit = params.number(query, "limit", 50, 1, params.MAX_LIMIT)
    return {
        "min_articles": least,
        "stories": store.kept(queries.stories, least, limit),
    }


def story(store: ReadOnlyStore, _: Query, path: Mapping[str, str]) -> dict[str, Any]:
    ident = f"S{_number(path['ident'], 'S', 'a story')}"
    corpus = store.corpus()
    record = _found(lambda: corpus.story(ident))
    number = int(ident[1:])
    sides: dict[str, dict[str, list[Record]]] = defaultdict(lambda: defaultdict(list))
    for account in record["accounts"]:
        sides[account["side"]][account["speaker"]].append(account)
    return {
        "story": record,
        "outlets": views.story_outlets(corpus.db, number),
        "reports": views.story_reports(corpus.db, number),
        "sides": {side: dict(speakers) for side, speakers in sides.items()},
    }


def actors(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    return {
        "name": params.text(query, "name"),
        "country": params.text(query, "country"),
        "actors": store.kept(
            queries.actors,
            params.text(query, "name"),
            params.text(query, "country"),
            params.flag(query, "with_duplicates"),
            params.number(query, "limit", 100, 1, params.MAX_LIMIT),
        ),
    }


def _actor_name(query: Query) -> str:
    name = params.text(query, "name")
    if not name:
        raise params.ParameterError("name: the actor's name is needed")
    return name


def actor(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    name = _actor_name(query)
    db = store.corpus().db
    return {
        "name": name,
        "records": _found(lambda: views.actor(db, name)),
        "counterparts": views.counterparts(db, name),
        "quotes_by": views.quotes_by(db, name),
        "quotes_naming": views.quotes_naming(db, name),
    }


def actor_activity(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    name = _actor_name(query)
    unit = params.unit(query, default="month")
    count = params.count(query)
    found = store.kept(views.actor_activity, name, unit, count)
    return {"name": name, "unit": unit, "count": count, "activity": found}


def search(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    words = params.text(query, "q")
    limit = params.number(query, "limit", 50, 1, 1000)
    return {"q": words, "results": store.kept(queries.search, words, limit) if words else []}


def runs(store: ReadOnlyStore, query: Query, _: Mapping[str, str]) -> dict[str, Any]:
    limit = params.number(query, "limit", 100, 1, params.MAX_LIMIT)
    return {"runs": views.runs(store.corpus().db, limit=limit)}


RESOURCES = (
    Resource("overview", "/", "overview.html", overview,
             "counts, the latest runs, events over time, top stories and dyads"),
    Resource("activity", "/activity", "activity.html", activity,
             "events (count=mentions) or stories (count=stories) per day, week or month (unit)"
             " and type; the timeline's filters", rows="periods", partial="_activity.html"),
    Resource("timeline", "/timeline", "timeline.html", timeline,
             "events in the order they happened; filters actor, type, country, since, until, q,"
             " with_duplicates, sort, limit, offset", rows="events", partial="_events.html"),
    Resource("dyads", "/dyads", "dyads.html", dyads,
             "who did what to whom, how often (source, target, type); the timeline's filters",
             rows="dyads"),
    Resource("event", "/events/{ident}", "event.html", event,
             "one event (E40) with its sentence, paragraph and story"),
    Resource("quote", "/quotes/{ident}", "quote.html", quote,
             "one quote (Q7) with its speaker and paragraph"),
    Resource("article", "/articles/{ident}", "article.html", article,
             "one article (A3) with its text and every coded part; mark=E40 highlights one"),
    Resource("quotes", "/quotes", "quotes.html", quotes,
             "who said what; filters speaker, q, since, until, mode", rows="quotes"),
    Resource("stories", "/stories", "stories.html", stories,
             "story events, most reported first; min_articles", rows="stories"),
    Resource("story", "/stories/{ident}", "story.html", story,
             "one story event (S3): outlets, reports, each side's accounts"),
    Resource("actors", "/actors", "actors.html", actors,
             "actors across the store; filters name, country", rows="actors"),
    Resource("actor", "/actor", "actor.html", actor,
             "one actor by name: counterparts by type, quotes by and naming them"),
    Resource("actor-activity", "/actor/activity", "actor_activity.html", actor_activity,
             "one actor's events (count=mentions) or stories as source and as target per day,"
             " week or month (unit)", rows="activity", partial="_actor_activity.html"),
    Resource("search", "/search", "search.html", search,
             "full-text search over articles, quotes and evidence (q)", rows="results"),
    Resource("runs", "/runs", "runs.html", runs,
             "the ingest runs that wrote the store", rows="runs"),
)  # fmt: skip
