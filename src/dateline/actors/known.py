"""Known actors: well-known office-holders with their tenures, and well-known organisations.

The shipped lists are ``data/officeholders.toml``, ``data/people.toml`` (well-known people and
earlier leaders) and ``data/organisations.toml``; a user adds
their own file in the same format (``load_known([path])``, ``dateline read --knowledge FILE``).
A known person answers two questions: who a name is ("Joseph R. Biden Jr." -> Joe Biden) and who
held an office on a day ("the U.S. president" on 2023-05-01 -> Joe Biden).
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry

from dateline.actors.knowledge import knowledge, load_data
from dateline.errors import DatelineError

# words left out of a name key: initials and the usual suffixes ("Joseph R. Biden Jr.")
_NAME_NOISE = {"jr", "sr", "ii", "iii", "iv", "mr", "mrs", "ms", "dr", "sir"}
FORMER_SECTOR = "ELI"  # CAMEO: elites, which includes former office-holders
# the offices that head a body: "the <body> chief" is their holder, not another officer's
HEAD_ROLES = {
    "secretary-general",
    "president",
    "managing director",
    "director-general",
    "chair",
    "chairman",
    "executive director",
    "administrator",
    "high commissioner for refugees",
}


class KnowledgeFileError(DatelineError, ValueError):
    """A knowledge file that cannot be used; the message names the file, record and reason."""


_NAME_WORD = re.compile(r"[^\W\d_][\w'\-]*\.?")


def name_words(name: str) -> list[str]:
    """Lower-cased words of a name without punctuation, honorifics and suffixes."""
    words = (w.rstrip(".") for w in _NAME_WORD.findall(name.lower()))
    return [w for w in words if w not in _NAME_NOISE]


def name_key(name: str) -> str:
    return " ".join(name_words(name))


def short_key(name: str) -> str | None:
    """First and last name, middle names and initials dropped: "joseph biden"."""
    words = [w for w in name_words(name) if len(w) > 1]
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else None


@dataclass(frozen=True, slots=True)
class Office:
    role: str
    country: str | None  # whose office; None for an international body
    start: dt.date
    end: dt.date | None = None  # None: still in office
    leader: bool = False  # the office "the <country> leader" refers to
    body: str | None = None  # the organisation, for offices of international bodies
    sector: str | None = None

    def held_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class KnownPerson:
    name: str
    country: str | None
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    surname: str | None = None  # when not the last word of the name ("Xi" of "Xi Jinping")

    @property
    def mononyms(self) -> set[str]:
        """The one-word names the person goes by ("madonna", "jay-z"), as name keys."""
        keys = (name_key(name) for name in (self.name, *self.aliases))
        return {key for key in keys if key and " " not in key}

    def office_on(self, day: dt.date) -> Office | None:
        current = [o for o in self.offices if o.held_on(day)]
        return max(current, key=lambda o: (o.leader, o.start), default=None)

    def last_office_before(self, day: dt.date) -> Office | None:
        past = [o for o in self.offices if o.end is not None and o.end <= day]
        return max(past, key=lambda o: o.end, default=None)

    def standing_on(self, day: dt.date) -> tuple[str | None, str | None, str | None]:
        """(role, country, sector) on ``day``: the office held, else "former <last office>"."""
        office = self.office_on(day)
        if office is not None:
            # an office of an international body has no country: its holder acts for the body
            country = office.country if (office.country or office.body) else self.country
            return office.role, country, office.sector or _role_sector(office.role)
        past = self.last_office_before(day)
        if past is not None:
            # a past office of an international body names the body: a "former president" of
            # the World Bank is no former head of state
            held = f"{past.body} {past.role}" if past.body and not past.country else past.role
            return f"former {held}", self.country, FORMER_SECTOR
        return None, self.country, None


@dataclass(frozen=True)
class KnownOrganisation:
    name: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...] = ()
    # earlier names with the day each stopped being used: ("Twitter", 2023-07-24)
    former_names: tuple[tuple[str, dt.date], ...] = ()

    def name_on(self, day: dt.date) -> str:
        """The name the organisation went by on ``day`` ("Twitter" in 2016, "X" since 2023)."""
        return next((name for name, until in self.former_names if day < until), self.name)


@dataclass
class KnownActors:
    """Name and office look-ups over the shipped and the user's knowledge files."""

    people: list[KnownPerson] = field(default_factory=list)
    organisations: list[KnownOrganisation] = field(default_factory=list)
    _by_key: dict[str, list[KnownPerson]] = field(default_factory=dict, repr=False)
    _by_short: dict[str, list[KnownPerson]] = field(default_factory=dict, repr=False)
    _by_surname: dict[str, list[KnownPerson]] = field(default_factory=dict, repr=False)
    _orgs: dict[str, KnownOrganisation] = field(default_factory=dict, repr=False)
    _users_people: set[str] = field(default_factory=set, repr=False)  # from a user's file

    def add_person(self, person: KnownPerson) -> None:
        self.people.append(person)
        for name in (person.name, *person.aliases):
            _append(self._by_key, name_key(name), person)
            if (short := short_key(name)) is not None:
                _append(self._by_short, short, person)
        words = name_words(person.name)
        surname = person.surname.lower() if person.surname else (words[-1] if words else "")
        _append(self._by_surname, surname, person)

    def add_organisation(self, org: KnownOrganisation) -> None:
        self.organisations.append(org)
        for name in (org.name, *org.aliases, *(former for former, _ in org.former_names)):
            self._orgs[_org_key(name)] = org

    def person(self, name: str, day: dt.date) -> KnownPerson | None:
        """The known person a full name refers to (among namesakes, the one in office)."""
        candidates = self._by_key.get(name_key(name)) or self._by_short.get(short_key(name) or "")
        return _pick(candidates or [], day)

    def person_by_surname(self, surname: str, day: dt.date) -> KnownPerson | None:
        """A bare surname is a known person only if exactly one namesake holds office that day,
        and that office is a country's leading one ("Putin said") or the person is of the
        user's own knowledge file. A shipped senator, governor,
        minister or head of a body is named in full first; a bare "Scott", "Collins" or "King"
        (Mervyn King of the Bank of England in 2009, for the king of a history) never named in
        full is as likely someone else. A person known by one name only ("Madonna", "Jay-Z",
        "Neymar": the whole of the entry's name or of an alias) is that person."""
        key = name_key(surname)
        one_name = [p for p in self._by_key.get(key, []) if key in p.mononyms]
        if len(one_name) == 1:
            return one_name[0]
        in_office = [
            p for p in self._by_surname.get(surname.lower(), []) if p.office_on(day) is not None
        ]
        if len(in_office) != 1:
            return None
        office = in_office[0].office_on(day)
        # a user's own file names the people of their corpus: any of its office-holders
        user_file = in_office[0].name in self._users_people
        return in_office[0] if office.leader or user_file else None

    def leader_country(self, surname: str, day: dt.date) -> str | None:
        """The country a known leader of this surname led ("the Reagan administration", "the
        Merkel government"): the one country of the leading offices (``leader = true``) of
        people of that surname; among several (a Johnson of two countries), the country of
        the office that began last before ``day``. None when no known leader has the name."""
        offices = [
            o
            for p in self._by_surname.get(surname.lower(), [])
            for o in p.offices
            if o.leader and o.country
        ]
        if len({o.country for o in offices}) == 1:
            return offices[0].country
        earlier = [o for o in offices if o.start <= day]
        return max(earlier, key=lambda o: o.start).country if earlier else None

    def holder(
        self, role: str, country: str | None, day: dt.date, body: str | None = None
    ) -> KnownPerson | None:
        """Who held ``role`` ("president", or "leader" for the leading office; for a ``body``,
        "leader" is any of its offices) on ``day``, in ``country`` or in ``body``."""
        found = {
            p.name: p
            for p in self.people
            for o in p.offices
            if o.held_on(day)
            and (o.role == role or (role == "leader" and (o.leader or body is not None)))
            and (o.country == country if body is None else o.body == body)
        }
        if len(found) > 1 and role == "leader" and body is not None:
            # "the UN chief" is its secretary-general, not its human rights chief; "the
            # Commission chief" its president, not a commissioner
            found = {
                name: p
                for name, p in found.items()
                if any(
                    o.held_on(day) and o.body == body and o.role in HEAD_ROLES for o in p.offices
                )
            }
        return next(iter(found.values())) if len(found) == 1 else None

    def organisation(self, name: str) -> KnownOrganisation | None:
        key = _org_key(name)
        # "BBC News", "Reuters news agency": the outlet under the words news adds to its name
        found = self._orgs.get(key)
        if (
            found is None
            and key.endswith(_OUTLET_ENDS)  # (what ``OUTLET_WORDS`` needs: most names fail)
            and (bare := OUTLET_WORDS.sub("", key)) != key
        ):
            found = self._orgs.get(bare)  # an outlet only: "INS news agency" is no INS
            found = found if found is not None and found.sector == "MED" else None
        return found

    def outlet(self, source: str | None) -> KnownOrganisation | None:
        """The known news outlet an article's ``source`` names, as feeds and corpora write it:
        "BBC", "bbc", "The Guardian", "www.theguardian.com", "washingtonpost", "wash-post",
        "huff-post" (each word the start of the outlet's word in turn). None when unknown."""
        if not source:
            return None
        text = re.sub(r"^[a-z]+://", "", source.strip().lower()).split("/")[0]
        text = re.sub(r"^www\.", "", text)
        text = re.sub(r"\.(?:com|org|net|co\.uk|co|uk|news)$", "", text)
        words = [w for w in re.split(r"[\s._\-]+", text) if w and w != "the"]
        if not words:
            return None
        found = self.organisation(" ".join(words))
        if found is not None and found.sector == "MED":
            return found
        joined = "".join(words)
        for key, org in self._orgs.items():
            if org.sector != "MED":
                continue
            parts = [w for w in re.split(r"[\s.\-]+", key) if w and w != "the"]
            if "".join(parts) in (joined, joined.removeprefix("the")) or (
                len(parts) == len(words) > 1
                and all(p.startswith(w) for p, w in zip(parts, words, strict=True))
            ):
                return org
        return None


def _append(index: dict[str, list[KnownPerson]], key: str, person: KnownPerson) -> None:
    if key and person not in index.setdefault(key, []):
        index[key].append(person)


def _pick(candidates: list[KnownPerson], day: dt.date) -> KnownPerson | None:
    if len(candidates) == 1:
        return candidates[0]
    in_office = [p for p in candidates if p.office_on(day) is not None]
    return in_office[0] if len(in_office) == 1 else None


# legal-form words a company's name may carry or drop ("BP PLC" is BP)
LEGAL_FORMS = re.compile(r"[\s,]+(?:plc|inc|ltd|llc|corp|co|sa|ag|nv)\.?$")
# words news adds after an outlet's name
OUTLET_WORDS = re.compile(r"\s+(?:news agency|news service|news|newspaper)$")
_OUTLET_ENDS = ("news", "newspaper", "agency", "service")  # the last words of its endings


@lru_cache(maxsize=8192)  # asked of every organisation, place and person name of every article
def _org_key(name: str) -> str:
    key = re.sub(r"^the\s+", "", " ".join(name.split()).lower())
    # British spellings: "World Health Organisation", "Centres for Disease Control"
    key = key.replace("organisation", "organization").replace("centre", "center")
    # and the hyphen some write and wires drop: "Organisation for Economic Co-operation and
    # Development", "... Cooperation ..." (the OECD was given the story's country)
    key = re.sub(r"\bco-op", "coop", key)
    key = re.sub(r"\bdept\.?(?=\s|$)", "department", key)  # "Defense Dept." of wire copy
    if re.fullmatch(r"(?:[a-z]\.){2,}", key):  # "F.B.I." as the New York Times writes it
        key = key.replace(".", "")
    return LEGAL_FORMS.sub("", key) or key


def _role_sector(role: str) -> str | None:
    kb = knowledge()
    words = role.lower().split()
    for size in (3, 2, 1):
        group = kb.role_group.get(" ".join(words[-size:]))
        if group is not None:
            return kb.role_sector.get(group)
    return None


# -- reading knowledge files ------------------------------------------------------------------


def _country(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or pycountry.countries.get(alpha_3=value) is None:
        raise KnowledgeFileError(f"{where}: country {value!r} is not an ISO 3166 alpha-3 code")
    return value


def _date(value: object, where: str, what: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    raise KnowledgeFileError(f"{where}: {what} must be a TOML date like 2021-01-20, not {value!r}")


def _text(record: dict, key: str, where: str, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeFileError(f"{where}: {key!r} must be a non-empty string")
    return value


def _aliases(record: dict, where: str) -> tuple[str, ...]:
    aliases = record.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise KnowledgeFileError(f"{where}: 'aliases' must be a list of strings")
    return tuple(aliases)


def _person(record: dict, where: str) -> KnownPerson:
    name = _text(record, "name", where, required=True)
    offices = []
    for n, office in enumerate(record.get("offices", []), 1):
        at = f"{where} office {n}"
        if not isinstance(office, dict):
            raise KnowledgeFileError(f"{at}: an office must be a table")
        start = _date(office.get("start"), at, "start")
        if start is None:
            raise KnowledgeFileError(f"{at}: 'start' is required")
        end = _date(office.get("end"), at, "end")
        if end is not None and end < start:
            raise KnowledgeFileError(f"{at}: end {end} is before start {start}")
        offices.append(
            Office(
                role=_text(office, "role", at, required=True).lower(),
                country=_country(office.get("country"), at),
                start=start,
                end=end,
                leader=bool(office.get("leader", False)),
                body=_text(office, "body", at),
                sector=_text(office, "sector", at),
            )
        )
    return KnownPerson(
        name=name,
        country=_country(record.get("country"), where),
        aliases=_aliases(record, where),
        offices=tuple(offices),
        surname=_text(record, "surname", where),
    )


def _organisation(record: dict, where: str) -> KnownOrganisation:
    former = []
    for entry in record.get("former_names", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise KnowledgeFileError(f"{where}: former_names take {{ name = ..., until = ... }}")
        until = _date(entry.get("until"), where, "until")
        if until is None:
            raise KnowledgeFileError(f"{where}: former name {entry['name']!r} needs until")
        former.append((entry["name"], until))
    return KnownOrganisation(
        name=_text(record, "name", where, required=True),
        country=_country(record.get("country"), where),
        sector=_text(record, "sector", where),
        aliases=_aliases(record, where),
        former_names=tuple(sorted(former, key=lambda pair: pair[1])),
    )


def add_file(known: KnownActors, data: dict, source: str) -> None:
    """Add the ``[[person]]`` and ``[[organisation]]`` records of one parsed knowledge file."""
    for n, record in enumerate(data.get("person", []), 1):
        where = f"{source}: person {n} ({record.get('name', '?')})"
        known.add_person(_person(record, where))
    for n, record in enumerate(data.get("organisation", []), 1):
        where = f"{source}: organisation {n} ({record.get('name', '?')})"
        known.add_organisation(_organisation(record, where))


def load_known(extra_files: Iterable[Path | str] = ()) -> KnownActors:
    """The shipped knowledge plus the user's files (later files add to earlier ones)."""
    # some thousand people and bodies are many small objects made at once: the cyclic garbage
    # collector would walk the heap again and again while nothing made here can be garbage
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_known(extra_files)
    finally:
        if collecting:
            gc.enable()


def _load_known(extra_files: Iterable[Path | str]) -> KnownActors:
    known = KnownActors()
    add_file(known, load_data("officeholders.toml"), "officeholders.toml")
    add_file(known, load_data("people.toml"), "people.toml")
    add_file(known, load_data("organisations.toml"), "organisations.toml")
    for path in extra_files:
        try:
            with open(path, "rb") as handle:
                data = tomllib.load(handle)
        except OSError as error:
            raise KnowledgeFileError(f"{path}: cannot read ({error.strerror})") from None
        except tomllib.TOMLDecodeError as error:
            raise KnowledgeFileError(f"{path}: not valid TOML ({error})") from None
        before = len(known.people)
        add_file(known, data, str(path))
        known._users_people.update(p.name for p in known.people[before:])
    return known


@lru_cache(maxsize=1)
def shipped_known() -> KnownActors:
    """The shipped knowledge only, loaded once per process."""
    return load_known()
