"""The actor targets on the reference article: every gold actor, alias and role on its date."""

import json

import pytest

from dateline.ingest.plain import read_plain
from dateline.pipeline import read
from tests.shared_data import require_shared


@pytest.fixture(scope="module")
def reading_and_gold():
    article = require_shared("examples/trump-putin-call-2025-07-04.txt")
    gold = json.loads(
        require_shared("examples/trump-putin-call-2025-07-04.gold.json").read_text("utf-8")
    )
    return read(read_plain(article)), gold


def test_every_gold_actor_is_found_with_its_country(reading_and_gold):
    reading, gold = reading_and_gold
    for expected in gold["actors"]:
        assert any(
            a.name == expected["name"] and a.country == expected["country"] for a in reading.actors
        ), expected["name"]


def test_every_gold_alias_is_a_mention_of_its_actor(reading_and_gold):
    reading, gold = reading_and_gold
    text = reading.article.text
    for expected in gold["actors"]:
        actor = next(a for a in reading.actors if a.name == expected["name"])
        for alias in expected.get("aliases_in_text", []):
            start = text.find(alias)
            assert start >= 0, alias
            # the alias (a title may precede the name) overlaps one of the actor's mentions
            assert any(m.start < start + len(alias) and start < m.end for m in actor.mentions), (
                expected["name"],
                alias,
            )


def test_the_former_president_has_that_role_on_the_articles_date(reading_and_gold):
    reading, _ = reading_and_gold
    biden = next(a for a in reading.actors if a.name == "Joe Biden")
    assert biden.role == "former president" and biden.country == "USA"
