"""The actor registry: what a corpus teaches about its actors, carried from article to article.

Once one article says "Russian President Vladimir Putin", a later article's bare "Putin" is the
same actor, with country RUS and role president. A registry is plain data: learn from each
article's actors (``find_actors`` does it when given a registry), ``save``/``load`` it as JSON,
``merge`` the registries of several workers. One registry per worker process; it is not shared
between threads. The registry also carries the known actors (shipped and user knowledge files).

    registry = ActorRegistry(load_known(["my_people.toml"]))
    for article in articles:
        reading = reader.read(article, registry)     # a dateline.pipeline.Reader
    registry.save("actors.json")

``Reader.read_many`` (``dateline read``, ``dateline ingest``) gives each batch of articles a
registry of its own, so that a Reading never depends on how a corpus was split among workers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dateline.actors.known import KnownActors, name_key, name_words, shipped_known
from dateline.errors import DatelineError
from dateline.model import Actor

FORMAT = "dateline-actor-registry"
VERSION = 1
# a bare surname shared by several learned people goes to the one seen this many times as often
DOMINANCE = 3
LEARNED_KINDS = ("person", "organisation", "government")


class RegistryFileError(DatelineError, ValueError):
    """A registry file that cannot be loaded; the message names the file, record and reason."""


@dataclass
class LearnedActor:
    name: str
    kind: str
    countries: dict[str, int] = field(default_factory=dict)  # country -> articles saying so
    role: str | None = None  # the latest role seen, as of ``role_seen``
    role_seen: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    articles: int = 0
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def country(self) -> str | None:
        return max(self.countries, key=self.countries.__getitem__) if self.countries else None


class ActorRegistry:
    """Learned actors keyed by name, with look-ups by full name, alias and surname."""

    def __init__(self, known: KnownActors | None = None) -> None:
        self.known = known if known is not None else shipped_known()
        self.actors: dict[str, LearnedActor] = {}  # name key -> actor
        self._by_alias: dict[str, str] = {}  # alias key -> name key
        self._by_surname: dict[str, set[str]] = {}  # surname -> name keys of people

    def __len__(self) -> int:
        return len(self.actors)

    # -- learning ------------------------------------------------------------------------------

    def learn(self, actors: Iterable[Actor], published: dt.date) -> None:
        """Remember the named people, organisations and governments of one article."""
        day = published.isoformat()
        for actor in actors:
            words = name_words(actor.name)
            if actor.kind not in LEARNED_KINDS or not words:
                continue
            if actor.kind == "person" and len(words) < 2:
                continue  # a bare surname identifies nobody across articles
            if actor.kind == "person" and actor.name.split()[-1].islower():
                continue  # "Chinese ambassador": a description, someone different each time
            if actor.kind != "person" and actor.country_basis in (None, "article"):
                continue  # an organisation is worth remembering for its stated country
            if actor.kind != "person" and actor.name.islower():
                continue  # "army", "government": a description, another body in each article
            key = name_key(actor.name)
            entry = self.actors.get(key)
            if entry is None:
                entry = self.actors[key] = LearnedActor(actor.name, actor.kind, first_seen=day)
                if actor.kind == "person":
                    self._by_surname.setdefault(words[-1], set()).add(key)
            entry.articles += 1
            entry.last_seen = max(day, entry.last_seen or day)
            if actor.country and actor.country_basis != "article":  # a guess is not learned
                entry.countries[actor.country] = entry.countries.get(actor.country, 0) + 1
            if actor.role and (entry.role_seen is None or day >= entry.role_seen):
                entry.role, entry.role_seen = actor.role, day
                entry.sector = actor.sector or entry.sector
            for alias in actor.aliases:
                if _is_full_name_alias(alias, words[-1]) and alias not in entry.aliases:
                    entry.aliases.append(alias)
                    self._by_alias.setdefault(name_key(alias), key)

    def merge(self, other: ActorRegistry) -> None:
        """Add what another registry (another worker's) learned to this one."""
        for key, theirs in other.actors.items():
            mine = self.actors.get(key)
            if mine is None:
                self._add(LearnedActor(**asdict(theirs)))
                continue
            mine.articles += theirs.articles
            for country, n in theirs.countries.items():
                mine.countries[country] = mine.countries.get(country, 0) + n
            if theirs.role_seen and (mine.role_seen is None or theirs.role_seen > mine.role_seen):
                mine.role, mine.role_seen = theirs.role, theirs.role_seen
                mine.sector = theirs.sector or mine.sector
            mine.first_seen = min(filter(None, (mine.first_seen, theirs.first_seen)), default=None)
            mine.last_seen = max(filter(None, (mine.last_seen, theirs.last_seen)), default=None)
            for alias in theirs.aliases:
                if alias not in mine.aliases:
                    mine.aliases.append(alias)
                    self._by_alias.setdefault(name_key(alias), key)

    def _add(self, entry: LearnedActor) -> None:
        key = name_key(entry.name)
        self.actors[key] = entry
        if entry.kind == "person" and (words := name_words(entry.name)):
            self._by_surname.setdefault(words[-1], set()).add(key)
        for alias in entry.aliases:
            self._by_alias.setdefault(name_key(alias), key)

    # -- looking up -----------------------------------------------------------------------------

    def lookup(self, name: str) -> LearnedActor | None:
        """The learned actor a full name or alias refers to."""
        key = name_key(name)
        entry = self.actors.get(key)
        if entry is None and key in self._by_alias:
            entry = self.actors.get(self._by_alias[key])
        return entry

    def person_by_surname(self, surname: str) -> LearnedActor | None:
        """The learned person a bare surname refers to: the only one, or a dominant one."""
        keys = self._by_surname.get(surname.lower(), set())
        people = sorted((self.actors[k] for k in keys), key=lambda a: -a.articles)
        if len(people) == 1 or (
            len(people) > 1 and people[0].articles >= DOMINANCE * people[1].articles
        ):
            return people[0]
        return None

    # -- persistence ----------------------------------------------------------------------------

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "actors": [asdict(entry) for entry in self.actors.values()],
        }

    def save(self, path: Path | str) -> None:
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n")

    @classmethod
    def from_json(
        cls, data: dict, known: KnownActors | None = None, source: str = "registry"
    ) -> ActorRegistry:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise RegistryFileError(f"{source}: not a dateline actor registry")
        if data.get("version") != VERSION:
            raise RegistryFileError(
                f"{source}: registry version {data.get('version')!r}, "
                f"this dateline reads version {VERSION}"
            )
        registry = cls(known)
        for n, record in enumerate(data.get("actors", []), 1):
            try:
                entry = LearnedActor(**record)
            except TypeError as error:
                raise RegistryFileError(f"{source}: actor {n}: {error}") from None
            if not isinstance(entry.name, str) or not name_words(entry.name):
                raise RegistryFileError(f"{source}: actor {n}: no usable name")
            registry._add(entry)
        return registry

    @classmethod
    def load(cls, path: Path | str, known: KnownActors | None = None) -> ActorRegistry:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as error:
            raise RegistryFileError(f"{path}: cannot read ({error.strerror})") from None
        except json.JSONDecodeError as error:
            raise RegistryFileError(f"{path}: not valid JSON ({error})") from None
        return cls.from_json(data, known, source=str(path))


def _is_full_name_alias(alias: str, surname: str) -> bool:
    """ "Joseph R. Biden Jr." is another full name of Joe Biden; "the U.S. president" is not."""
    words = name_words(alias)
    capitalised = all(w[0].isupper() for w in alias.split() if w[0].isalpha())
    return len(words) >= 2 and words[-1] == surname and capitalised
