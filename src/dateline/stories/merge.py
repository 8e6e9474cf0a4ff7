"""Story events: one real-world event reported by many articles, with every mention kept.

An ``EventMention`` is one article's Event with its actors resolved (``mentions_from_reading``).
``StoryIndex.add`` files mentions into story events incrementally: each new mention is compared
with the mentions of the stories it could belong to (same type family and overlapping dates) and
joins the most similar compatible one, or starts a new story. Nothing already filed is revisited,
so ingesting new articles costs only their own mentions. Given a loader (the corpus store's),
``StoryIndex.evict`` keeps only the most recently filed stories in memory and reads the others
back when a new mention could join them, so that memory does not grow with the corpus.

A mention ``m`` is compatible with a story member ``s`` (the merge rule, see docs/stories.md) when

1. they come from different articles, and the story has no mention of ``m``'s article yet;
2. their types are in the same family (``resources/merge.toml``);
3. they agree on modality: negated, hypothetical and future events merge only with their like;
4. their dates overlap at their granularity, give or take ``max_day_gap`` days: a day matches its
   week or month; an event dated only by its publication is taken to lie in the
   ``published_lookback_days`` before it, with no slack; two named periods get none either
   (1978 is not 1979).
   The mention must also overlap the story's date (the intersection of its members' timex
   dates), so that a story cannot drift from day to day;
5. their PLOVER modes can tell one act: equal, or one of them unmoded (the general word, "met"
   on a visit) - except in the families ``unmoded_distinct`` names, where an unmoded trigger is
   an act of its own (criticism is no investigation, a government dissolved no curfew);
6. no actor conflicts, and at least ``min_shared_actors`` actors match (source with source and
   target with target, or crosswise for symmetric families). Actors match by name or alias,
   by surname for people, or by country for countries, governments and government officials -
   but a state or province is a government of its own, not its nation's nor another state's
   (session 59); a missing actor neither matches nor conflicts. Outside the symmetric families
   one of the matches must be the source, the party that acted: two critiques of one company
   whose authors are not both named are no evidence of one act (session 45);
7. their evidence sentences share enough content words (Jaccard >= ``min_evidence_similarity``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from dateline.actors.knowledge import knowledge, plain
from dateline.model import Actor, Event, Reading, Record, TextSpan
from dateline.timex.intervals import Interval, days_of

RESOURCES = Path(__file__).parent / "resources"
_WORD = re.compile(r"[a-z][a-z'-]+")
_NAME_WORD = re.compile(r"[^\W\d_][\w.'-]*")
_SIGNIFICANT_MODALITY = frozenset({"negated", "hypothetical", "future"})
# a story spanning more weeks than this is kept out of the weekly blocking buckets
_WIDE_WEEKS = 8


@dataclass(frozen=True, slots=True)
class MergeConfig:
    """The thresholds of the merge rule (documented in docs/stories.md)."""

    max_day_gap: int = 1
    published_lookback_days: int = 3
    min_shared_actors: int = 1
    min_evidence_similarity: float = 0.1
    rules: Path = RESOURCES / "merge.toml"


@dataclass(frozen=True, slots=True)
class Families:
    of_type: dict[str, str]
    symmetric: frozenset[str]
    # families whose triggers without a mode are acts of their own, not a general word for the
    # moded ones ("criticised" is no investigation, "dissolved" no curfew)
    unmoded_distinct: frozenset[str] = frozenset()

    def family(self, event_type: str) -> str:
        return self.of_type.get(event_type.upper(), event_type.upper())


@lru_cache(maxsize=4)
def load_families(path: Path) -> Families:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path}: cannot read merge rules ({error})") from error
    of_type: dict[str, str] = {}
    for family, types in data.get("families", {}).items():
        if not isinstance(types, list):
            raise ValueError(f"{path}: family {family!r} must be a list of event types")
        for event_type in types:
            if event_type in of_type:
                raise ValueError(f"{path}: {event_type} is in two families")
            of_type[event_type] = family
    for key in ("symmetric", "unmoded_distinct"):
        unknown = set(data.get(key, [])) - set(data.get("families", {}))
        if unknown:
            raise ValueError(f"{path}: {key} names unknown families {sorted(unknown)}")
    return Families(
        of_type,
        frozenset(data.get("symmetric", [])),
        frozenset(data.get("unmoded_distinct", [])),
    )


@dataclass(frozen=True, slots=True)
class EventMention:
    """One article's event, with what is needed to compare it across articles."""

    article_id: str
    published: dt.date
    event: Event
    outlet: str | None = None
    source_actor: Actor | None = None
    target_actor: Actor | None = None


def mentions_from_reading(reading: Reading) -> list[EventMention]:
    article = reading.article
    return [
        EventMention(
            article.id,
            article.published,
            event,
            article.source,
            reading.actor(event.source),
            reading.actor(event.target),
        )
        for event in reading.events
    ]


class StoryMention(Record):
    article_id: str
    event_id: str
    type: str
    date: str | None
    published: dt.date
    outlet: str | None = None
    evidence: TextSpan


class StoryEvent(Record):
    """One real-world event: all its mentions, the articles and outlets that reported it."""

    id: str
    family: str
    type: str
    source: str | None = None
    target: str | None = None
    date: str | None = None
    mentions: tuple[StoryMention, ...]
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    first_reported: dt.date
    last_reported: dt.date


# --- dates ---------------------------------------------------------------------------------


def _is_timex_dated(mention: EventMention) -> bool:
    event = mention.event
    return event.date_basis != "published" and days_of(event.date) is not None


def mention_interval(mention: EventMention, config: MergeConfig) -> Interval:
    """The event's days: its timex date, else the days before its publication."""
    if _is_timex_dated(mention):
        interval = days_of(mention.event.date)
        assert interval is not None
        return interval
    lookback = dt.timedelta(days=config.published_lookback_days)
    return mention.published - lookback, mention.published


def _overlap(a: Interval, b: Interval, gap: int) -> bool:
    slack = dt.timedelta(days=gap)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def _slack(config: MergeConfig, a: Interval, b: Interval, both_timex: bool) -> int:
    """The days of slack between two timex dates when one of them is a day (time zones, a late
    report's day): ``max_day_gap``. None between two named periods - 1978 and 1979, or March
    and April, are different times however close their edges - and none for a guess from
    publication, whose lookback already holds the late reports: with a day more on each side it
    reached an act of the day after the article was published, or five days back."""
    one_day = a[0] == a[1] or b[0] == b[1]
    return config.max_day_gap if both_timex and one_day else 0


# --- actors and evidence -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    path = RESOURCES / "names.toml"
    try:
        return frozenset(tomllib.loads(path.read_text(encoding="utf-8"))["not_names"])
    except (OSError, KeyError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path}: cannot read the not_names list ({error})") from error


def is_proper_name(name: str) -> bool:
    """True when ``name`` can identify an actor: a capitalised word that is not a pronoun or
    determiner ("Vladimir Putin", "the Kremlin"; not "He", "company", "the spokesman")."""
    return any(
        word[0].isupper() and word.lower() not in _not_names() for word in _NAME_WORD.findall(name)
    )


def _names(actor: Actor) -> set[str]:
    names = [actor.name, *actor.aliases]
    return {
        re.sub(r"^the\s+", "", " ".join(name.lower().split())).strip()
        for name in names
        if is_proper_name(name)
    }


def _acts_for_state(actor: Actor) -> bool:
    """Countries, governments, and government officials (who act for their state, as PLOVER and
    CAMEO code them: "Putin spoke with Trump" is "Moscow spoke with Washington")."""
    return actor.kind in ("country", "government") or (
        actor.kind == "person" and actor.sector == "GOV"
    )


def _region(actor: Actor) -> str | None:
    """The state or province an actor's name is ("Alabama", "Ontario"), else None."""
    regions = knowledge().regions
    return next((name for name in map(plain, _names(actor)) if name in regions), None)


def _one_government(a: Actor, b: Actor) -> bool:
    """Whether two bodies of one country can be one government: a state or province governs
    apart from its nation and from the other states ("Alabama" sued BP, not "the United States"
    nor "Louisiana"), so a region's government matches only its own name. A person is compared
    by country as before: an unnamed state's attorney general is as much "Alabama" as a federal
    secretary is "Washington", and the actor does not say which."""
    if a.kind == "person" or b.kind == "person":
        return True
    return _region(a) is None and _region(b) is None


def actor_match(a: Actor | None, b: Actor | None) -> bool | None:
    """True (same actor), False (different actors) or None (one is unknown)."""
    if a is None or b is None or not is_proper_name(a.name) or not is_proper_name(b.name):
        return None  # unknown, or generic ("the company"): says nothing either way
    if _names(a) & _names(b):
        return True
    if a.kind == "person" and b.kind == "person":
        return a.name.split()[-1].lower() == b.name.split()[-1].lower()
    if _acts_for_state(a) and _acts_for_state(b) and a.country:
        return a.country == b.country and _one_government(a, b)
    return False


def _blocking_keys(actor: Actor | None) -> set[str]:
    """Keys two actors share whenever ``actor_match`` says they match (and sometimes otherwise)."""
    if actor is None or not is_proper_name(actor.name):
        return set()
    keys = {f"name:{name}" for name in _names(actor)}
    if actor.kind == "person":
        keys.add(f"surname:{actor.name.split()[-1].lower()}")
    if _acts_for_state(actor) and actor.country:
        keys.add(f"country:{actor.country}")
    return keys


def _actor_agreement(
    m: EventMention, s: EventMention, symmetric: bool, sources: bool | None
) -> int | None:
    """How many actors match in the best pairing; None when every pairing has a conflict.
    ``sources`` is the sources' match, which the caller needs too."""
    pairings = [[sources, actor_match(m.target_actor, s.target_actor)]]
    if symmetric:
        pairings.append(
            [
                actor_match(m.source_actor, s.target_actor),
                actor_match(m.target_actor, s.source_actor),
            ]
        )
    best = None
    for results in pairings:
        if False not in results:
            best = max(best or 0, results.count(True))
    return best


@lru_cache(maxsize=8192)  # the evidence of recent stories: a larger cache grows with the corpus
def _content_words(text: str) -> frozenset[str]:
    # spaCy's stop words, already loaded: scikit-learn's list (ROUGE's default here) would
    # import scikit-learn and SciPy into every ingest, 130 MB for a list of words
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)


def evidence_similarity(a: str, b: str) -> float:
    words_a, words_b = _content_words(a), _content_words(b)
    union = words_a | words_b
    return len(words_a & words_b) / len(union) if union else 0.0


# --- the index ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Story:
    id: str
    family: str
    members: list[EventMention] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    # the intersection of the members' timex dates; None while no member has one
    date_window: Interval | None = None


def _story_id(mention: EventMention) -> str:
    key = f"{mention.article_id}\x1f{mention.event.id}".encode()
    return "story-" + hashlib.sha1(key).hexdigest()[:12]


def _weeks(interval: Interval) -> Iterator[tuple[int, int]]:
    monday = interval[0] - dt.timedelta(days=interval[0].weekday())
    while monday <= interval[1]:
        iso = monday.isocalendar()
        yield iso.year, iso.week
        monday += dt.timedelta(days=7)


# a story's mentions in filing order, read back from where they were stored
StoryLoader = Callable[[str], list[EventMention]]


class StoryIndex:
    """Story events built incrementally from event mentions."""

    def __init__(self, config: MergeConfig | None = None, load: StoryLoader | None = None) -> None:
        self.config = config or MergeConfig()
        self.families = load_families(self.config.rules)
        self._load = load
        # every story id in creation order; None while the story is evicted from memory
        self._stories: dict[str, _Story | None] = {}
        self._recent: dict[str, None] = {}  # stories in memory, least recently filed or read first
        self._read_back: set[str] = set()  # stories the loader gave back with every stored mention
        # Blocking, so that a new mention is compared only with stories it could join: stories
        # by (family, iso year, iso week, actor key); stories too wide for weeks by (family,
        # actor key). With min_shared_actors = 0 every story is also filed under the key "*".
        self._by_week: dict[tuple[str, int, int, str], set[str]] = defaultdict(set)
        self._wide: dict[tuple[str, str], set[str]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self._stories)

    def add(self, mentions: Iterable[EventMention]) -> list[StoryEvent]:
        """File new mentions; returns the story events created or changed, in first-seen order."""
        touched: dict[str, None] = {}
        for mention in mentions:
            story = self._best_story(mention)
            if story is None:
                story = _Story(_story_id(mention), self.families.family(mention.event.type))
                while story.id in self._stories:  # the same event id filed twice
                    story.id += "+"
                self._stories[story.id] = story
            self._file(story, mention)
            touched[story.id] = None
        return [self.story(story_id) for story_id in touched]

    def restore(self, story_id: str, mention: EventMention) -> None:
        """File ``mention`` into story ``story_id`` as decided earlier (rebuilding an index from a
        store): no matching, so the index ends up as it was when the mentions were first added.
        A rebuild may ``evict`` as it goes: a story evicted meanwhile is read back with every
        stored mention, this one and its later ones included, which are then not filed again."""
        if story_id not in self._stories:
            self._stories[story_id] = _Story(story_id, self.families.family(mention.event.type))
        story = self._resident(story_id)
        if story_id not in self._read_back:
            self._file(story, mention)

    def stories(self) -> list[StoryEvent]:
        """Every story (evicted ones are read back, and stay in memory until the next evict)."""
        return [self.story(story_id) for story_id in self._stories]

    def story(self, story_id: str) -> StoryEvent:
        return _snapshot(self._resident(story_id))

    def evict(self, keep: int) -> int:
        """Drop from memory all but the ``keep`` stories filed most recently; returns how many were
        dropped. Only for stories the loader can read back as they are (already stored)."""
        if self._load is None:
            raise ValueError("evicting stories needs a loader to read them back")
        dropped = 0
        while len(self._recent) > keep:
            story_id = next(iter(self._recent))
            del self._recent[story_id]
            self._stories[story_id] = None
            dropped += 1
        return dropped

    @property
    def resident(self) -> int:
        """How many stories are in memory."""
        return len(self._recent)

    def _resident(self, story_id: str) -> _Story:
        """The story, read back through the loader if it was evicted: refiling its mentions in
        their filing order gives back its members, articles and date window as they were."""
        story = self._stories[story_id]
        if story is not None:
            return story
        assert self._load is not None  # only evict() sets None, and it needs a loader
        mentions = self._load(story_id)
        if not mentions:
            raise LookupError(f"story {story_id} was evicted but cannot be read back")
        story = _Story(story_id, self.families.family(mentions[0].event.type))
        self._stories[story_id] = story
        self._read_back.add(story_id)
        for mention in mentions:
            self._file(story, mention)  # registering again changes nothing: the keys are sets
        return story

    def compatible(self, mention: EventMention, member: EventMention) -> float | None:
        """The evidence similarity of two mentions when the merge rule allows them, else None."""
        config = self.config
        family = self.families.family(mention.event.type)
        if mention.article_id == member.article_id:
            return None
        if family != self.families.family(member.event.type):
            return None
        if _SIGNIFICANT_MODALITY & set(mention.event.modality) != _SIGNIFICANT_MODALITY & set(
            member.event.modality
        ):
            return None
        interval, other = mention_interval(mention, config), mention_interval(member, config)
        both_timex = _is_timex_dated(mention) and _is_timex_dated(member)
        if not _overlap(interval, other, _slack(config, interval, other, both_timex)):
            return None
        if not self._same_act(family, mention.event.mode, member.event.mode):
            return None
        symmetric = family in self.families.symmetric
        sources = actor_match(mention.source_actor, member.source_actor)
        shared = _actor_agreement(mention, member, symmetric, sources)
        if shared is None or shared < config.min_shared_actors:
            return None
        if config.min_shared_actors > 0 and not symmetric and sources is not True:
            return None  # one act of one party: a shared target alone is two parties' acts
        similarity = evidence_similarity(mention.event.evidence.text, member.event.evidence.text)
        return similarity if similarity >= config.min_evidence_similarity else None

    def _same_act(self, family: str, mode: str | None, other: str | None) -> bool:
        """Two PLOVER modes of one family can tell one act: equal, or one unmoded - except in
        families whose unmoded triggers are acts of their own (``unmoded_distinct``). A visit is
        no phone call, a curfew no arrest, an investigation no criticism."""
        if mode == other:
            return True
        if mode is None or other is None:
            return family not in self.families.unmoded_distinct
        return False

    def _keys(self, mention: EventMention) -> set[str]:
        keys = _blocking_keys(mention.source_actor) | _blocking_keys(mention.target_actor)
        return keys | {"*"} if self.config.min_shared_actors == 0 else keys

    def component_keys(self, mention: EventMention) -> set[tuple[str, str, int, int]]:
        """Keys two mentions share whenever the merge rule can allow them (``compatible``):
        (family, actor key, iso year, iso week) for each week of the mention's days widened by
        ``max_day_gap``. A mention's filing depends only on the stories it could join, so
        mentions linked by these keys, taken as components, can be filed apart (``dateline
        spark``) - unlike the look-up's wide keys, these never tie a family's whole year."""
        family = self.families.family(mention.event.type)
        interval = mention_interval(mention, self.config)
        gap = dt.timedelta(days=self.config.max_day_gap)
        weeks = list(_weeks((interval[0] - gap, interval[1] + gap)))
        return {(family, key, year, week) for key in self._keys(mention) for year, week in weeks}

    def _candidates(self, mention: EventMention, family: str, interval: Interval) -> set[str]:
        gap = dt.timedelta(days=self.config.max_day_gap)
        widened = (interval[0] - gap, interval[1] + gap)
        weeks = list(_weeks(widened))
        found: set[str] = set()
        for key in self._keys(mention):
            found |= self._wide.get((family, key), set())
            for year, week in weeks:
                found |= self._by_week.get((family, year, week, key), set())
        return found

    def _best_story(self, mention: EventMention) -> _Story | None:
        family = self.families.family(mention.event.type)
        interval = mention_interval(mention, self.config)
        best: tuple[float, str] | None = None
        for story_id in sorted(self._candidates(mention, family, interval)):
            story = self._resident(story_id)
            if mention.article_id in story.articles:
                continue
            window = story.date_window
            if (
                window
                and _is_timex_dated(mention)
                and not _overlap(interval, window, _slack(self.config, interval, window, True))
            ):
                continue
            if not all(
                self._same_act(family, mention.event.mode, m.event.mode) for m in story.members
            ):
                continue  # one act per story: no visit joins through a meeting to a phone call
            scores = [s for m in story.members if (s := self.compatible(mention, m)) is not None]
            if scores and (best is None or max(scores) > best[0]):
                best = (max(scores), story_id)
        return self._resident(best[1]) if best else None

    def _file(self, story: _Story, mention: EventMention) -> None:
        self._recent.pop(story.id, None)  # now the most recently filed (or read back)
        self._recent[story.id] = None
        story.members.append(mention)
        story.articles.add(mention.article_id)
        if _is_timex_dated(mention):
            interval = mention_interval(mention, self.config)
            window = story.date_window
            if window is None:
                story.date_window = interval
            elif _overlap(window, interval, 0):  # narrow to the common days
                story.date_window = (max(window[0], interval[0]), min(window[1], interval[1]))
        self._register(story, mention)

    def _register(self, story: _Story, mention: EventMention) -> None:
        weeks = list(_weeks(mention_interval(mention, self.config)))
        for key in self._keys(mention):
            if len(weeks) > _WIDE_WEEKS:
                self._wide[(story.family, key)].add(story.id)
                continue
            for year, week in weeks:
                self._by_week[(story.family, year, week, key)].add(story.id)


def _most_common(values: Iterable[str | None]) -> str | None:
    counted = Counter(value for value in values if value)
    return counted.most_common(1)[0][0] if counted else None


def _finest_date(members: list[EventMention]) -> str | None:
    """The most reported date among the members' most precise timex dates."""
    dated = [(m.event.date, days_of(m.event.date)) for m in members if _is_timex_dated(m)]
    if not dated:
        return None
    narrowest = min((end - start).days for _, (start, end) in dated)
    return _most_common(value for value, (start, end) in dated if (end - start).days == narrowest)


def _snapshot(story: _Story) -> StoryEvent:
    members = story.members
    published = [m.published for m in members]
    return StoryEvent(
        id=story.id,
        family=story.family,
        type=_most_common(m.event.type for m in members) or members[0].event.type,
        source=_most_common(m.source_actor.name for m in members if m.source_actor),
        target=_most_common(m.target_actor.name for m in members if m.target_actor),
        date=_finest_date(members),
        mentions=tuple(
            StoryMention(
                article_id=m.article_id,
                event_id=m.event.id,
                type=m.event.type,
                date=m.event.date,
                published=m.published,
                outlet=m.outlet,
                evidence=m.event.evidence,
            )
            for m in members
        ),
        articles=tuple(dict.fromkeys(m.article_id for m in members)),
        outlets=tuple(dict.fromkeys(m.outlet for m in members if m.outlet)),
        first_reported=min(published),
        last_reported=max(published),
    )
