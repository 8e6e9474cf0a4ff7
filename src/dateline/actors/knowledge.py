"""What dateline knows about places and roles, loaded once from the TOML files in ``data/``.

Country names come from pycountry; the data files add what news writing needs on top: short
names, aliases, demonyms, capitals used as metonyms, institutions standing for governments, and
role words.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
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
    institutions: dict[str, Institution]  # lower-cased name -> institution
    short_names: dict[str, str]  # alpha-3 -> display name
    honorifics: frozenset[str]
    name_suffixes: frozenset[str]
    role_group: dict[str, str]  # lower-cased role word -> its group
    role_sector: dict[str, str]  # role group -> sector
    group_nouns: dict[str, str]  # lemma -> sector

    def country_name(self, code: str) -> str:
        if code in self.short_names:
            return self.short_names[code]
        country = pycountry.countries.get(alpha_3=code)
        return getattr(country, "common_name", None) or (country.name if country else code)


def _load(name: str) -> dict:
    with resources.files("dateline.actors.data").joinpath(name).open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    places = _load("places.toml")
    roles = _load("roles.toml")
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
    return Knowledge(
        country_names=names,
        demonyms=demonyms,
        capitals={city.lower(): code for code, city in places["capitals"].items()},
        institutions={
            name.lower(): Institution(**fields) for name, fields in places["institutions"].items()
        },
        short_names=places["short_names"],
        honorifics=frozenset(roles["honorifics"]),
        name_suffixes=frozenset(roles["name_suffixes"]),
        role_group=role_group,
        role_sector=roles["sectors"],
        group_nouns=roles["group_nouns"],
    )
