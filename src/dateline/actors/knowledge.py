"""What dateline knows about places, roles and organisations, loaded once from ``data/``.

Country names come from pycountry; the data files add what news writing needs on top: short
names, aliases, demonyms, capitals used as metonyms, institutions standing for governments, role
words and titles, and the last words of organisation names. Named people and organisations with
their canonical names live in ``known.py`` (they can be extended by users).
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources

import pycountry


@dataclass(frozen=True, slots=True)
class Institution:
    country: str
    kind: str
    sector: str


@dataclass(frozen=True)
class Knowledge:
    country_names: dict[str, str]  # lower-cased name or alias -> alpha-3
    demonyms: dict[str, str]  # lower-cased demonym -> alpha-3
    capitals: dict[str, str]  # lower-cased capital -> alpha-3
    regions: dict[str, str]  # lower-cased, unaccented first-level subdivision -> alpha-3
    institutions: dict[str, Institution]  # lower-cased name -> institution
    short_names: dict[str, str]  # alpha-3 -> display name
    honorifics: frozenset[str]
    name_suffixes: frozenset[str]
    role_group: dict[str, str]  # lower-cased role word -> its group
    role_sector: dict[str, str]  # role group -> sector
    synonym_groups: frozenset[str]  # role groups whose words a description may swap
    group_nouns: dict[str, str]  # lemma -> sector
    sector_needs: dict[str, frozenset[str]]  # group noun -> words its sector needs beside it
    title_abbreviations: dict[str, str]  # "Sen." -> "senator"
    gender: dict[str, str]  # honorific or role word -> "m" / "f"
    first_names: dict[str, str]  # lower-cased given name of one sex -> "m" / "f"
    state_abbreviations: dict[str, str]  # "Fla." -> "florida" (news style of US states)
    party_words: dict[str, tuple[str, str]]  # "gop" -> ("Republican", "USA"), before a title
    us_states: frozenset[str]  # lower-cased, unaccented US states (and DC), ambiguous or not
    org_heads: dict[str, str]  # lower-cased last word of an organisation name -> sector
    not_owner_suffixes: frozenset[str]  # "born" in "Afghan-born": not the phrase's country
    world_regions: frozenset[str]  # lower-cased "europe", "middle east"

    @cached_property
    def role_ends(self) -> frozenset[str]:
        """The last word of every role phrase ("staff" of "chief of staff"): words that end in
        none of them end in no role (``finder._role_of`` tests it first)."""
        return frozenset(role.rsplit(" ", 1)[-1] for role in self.role_group)

    def place(self, lowered: str) -> str | None:
        """The country a lower-cased name, demonym or capital stands for."""
        return (
            self.country_names.get(lowered)
            or self.demonyms.get(lowered)
            or self.capitals.get(lowered)
        )

    def is_place(self, lowered: str) -> bool:
        """A country, demonym, capital or part of the world (lower-cased)."""
        return self.place(lowered) is not None or lowered in self.world_regions

    def country_name(self, code: str) -> str:
        if code in self.short_names:
            return self.short_names[code]
        country = pycountry.countries.get(alpha_3=code)
        return getattr(country, "common_name", None) or (country.name if country else code)


def plain(text: str) -> str:
    """Lower case without accents: "Tamil Nādu" -> "tamil nadu"."""
    if text.isascii():  # nothing to strip: the common case, and a hot one
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _regions(taken: set[str]) -> dict[str, str]:
    """States and provinces ("Texas", "Punjab" is left out: two countries have one). A US
    state's name is the state's although a smaller country has a region of that name too
    ("Florida", a department of Uruguay; "Maryland", a county of Liberia; "Montana")."""
    found: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        if getattr(region, "parent_code", None) is None:
            found.setdefault(plain(region.name), set()).add(region.country.alpha_3)
    return {
        name: "USA" if "USA" in codes else next(iter(codes))
        for name, codes in found.items()
        if (len(codes) == 1 or "USA" in codes) and name not in taken and len(name) > 3
    }


@cache  # organisations.toml is read by knowledge() and by load_known(): parsed once
def load_data(name: str) -> dict:
    """A shipped data file, parsed once per process (callers only read it)."""
    with resources.files("dateline.actors.data").joinpath(name).open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    places = load_data("places.toml")
    roles = load_data("roles.toml")
    organisations = load_data("organisations.toml")
    first_names = load_data("first_names.toml")
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names[value.lower()] = country.alpha_3
    for code, short in places["short_names"].items():
        names[short.lower()] = code
    for code, aliases in places["aliases"].items():
        for alias in aliases:
            names[alias.lower()] = code
    demonyms = {d.lower(): code for code, words in places["demonyms"].items() for d in words}
    role_group = {word: group for group, words in roles["role_groups"].items() for word in words}
    capitals = {city.lower(): code for code, city in places["capitals"].items()}
    return Knowledge(
        country_names=names,
        demonyms=demonyms,
        capitals=capitals,
        regions=_regions(set(names) | set(demonyms) | set(capitals)),
        institutions={
            name.lower(): Institution(**fields) for name, fields in places["institutions"].items()
        },
        short_names=places["short_names"],
        honorifics=frozenset(roles["honorifics"]),
        name_suffixes=frozenset(roles["name_suffixes"]),
        role_group=role_group,
        role_sector=roles["sectors"],
        synonym_groups=frozenset(roles["synonym_groups"]),
        group_nouns=roles["group_nouns"],
        sector_needs={n: frozenset(words) for n, words in roles["sector_needs"].items()},
        title_abbreviations=roles["title_abbreviations"],
        gender=roles["gender"],
        first_names={
            name.lower(): sex
            for sex, key in (("f", "female"), ("m", "male"))
            for name in first_names[key]
        },
        state_abbreviations=places["us_state_abbreviations"],
        party_words={word: tuple(pair) for word, pair in places["party_words"].items()},
        us_states=frozenset(
            plain(region.name)
            for region in pycountry.subdivisions.get(country_code="US")
            if region.type in ("State", "District")
        ),
        org_heads=organisations["org_heads"],
        not_owner_suffixes=frozenset(places["not_owner_suffixes"]),
        world_regions=frozenset(r.lower() for r in places["world_regions"]),
    )
