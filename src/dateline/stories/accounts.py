"""Accounts of a story event: what each speaker, on each side, said about it.

For every mention of the story (one article's event), a quote of the same article speaks about
the event when

1. the event is reported in it (``Event.attribution``: "Ushakov said Putin spoke with Trump");
2. its words lie inside the event's evidence sentence ("Trump called Putin and claimed he
   'didn't make any progress'"); or
3. its paragraph names an event of the story's type family with one of the nouns of
   ``resources/accounts.toml`` ("the conversation was frank"), and the mention is the article's
   *leading* event of that family: the one whose story is reported by the most articles (the
   earliest in the article on a tie); negated and hypothetical events never lead. "The call" in
   paragraph 6 refers to the call the article is about - the one every outlet reports - not to an
   earlier call it recalls in passing or a headline fragment that merged with nothing.

The **side** of a speaker is the speaker actor's country. When the article does not give one,
the speaker's country elsewhere in the story is taken - another account by the same name (or the
same surname), or one of the story's actors - else the side is "unknown".
"""

from __future__ import annotations

import re
import sqlite3
import tomllib
from collections import defaultdict
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from dateline.stories.merge import RESOURCES, MergeConfig, load_families
from dateline.text.paragraphs import paragraph_around

UNKNOWN_SIDE = "unknown"
_NOT_LEADING = {"negated", "hypothetical"}


@dataclass(frozen=True)
class Account:
    """One quote that speaks about a story event."""

    quote: str  # Q7
    event: str  # E40: the story's mention in that article it speaks about
    article: str  # A3
    published: str
    outlet: str | None
    speaker: str
    side: str
    kind: str  # direct, partial, indirect, according_to
    basis: str  # reported-in, in-evidence, names-event (the rule that linked it)
    content: str

    def as_record(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=2)
def event_nouns(path: Path = RESOURCES / "accounts.toml") -> dict[str, re.Pattern[str]]:
    """Per type family, one pattern matching any of its event nouns as whole words."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path}: cannot read event nouns ({error})") from error
    patterns = {}
    for family, nouns in data.get("nouns", {}).items():
        if not isinstance(nouns, list) or not nouns:
            raise ValueError(f"{path}: nouns.{family} must be a non-empty list")
        alternatives = "|".join(re.escape(noun.lower()) for noun in nouns)
        patterns[family] = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
    return patterns


def _paragraph(text: str, offset: int) -> str:
    first, last = paragraph_around(text, offset)
    return text[first:last]


def _leading_events(db: sqlite3.Connection, article: int) -> dict[str, int]:
    """Per type family, the article's leading event (rule 3 above)."""
    families = load_families(MergeConfig().rules)
    best: dict[str, tuple[int, int]] = {}  # family -> (articles reporting its story, event id)
    for event_id, type_, modality, reported_by in db.execute(
        "SELECT e.id, e.type, e.modality, coalesce(s.articles, 0) FROM events e"
        " LEFT JOIN story_mentions m ON m.event = e.id LEFT JOIN stories s ON s.id = m.story"
        " WHERE e.article = ? ORDER BY e.evidence_start, e.id",
        [article],
    ):
        if _NOT_LEADING & set(modality.split(",")):
            continue
        family = families.family(type_)
        if family not in best or reported_by > best[family][0]:
            best[family] = (reported_by, event_id)
    return {family: event_id for family, (_, event_id) in best.items()}


def _speaks_about(
    quote: sqlite3.Row, mention: sqlite3.Row, text: str, leading: dict[str, int], family: str
) -> str | None:
    if mention["attribution"] == quote["id"]:
        return "reported-in"
    if (
        quote["content_start"] < mention["evidence_end"]
        and mention["evidence_start"] < quote["content_end"]
    ):
        return "in-evidence"
    nouns = event_nouns().get(family)
    if (
        nouns is not None
        and leading.get(family) == mention["id"]
        and nouns.search(_paragraph(text, quote["content_start"]))
    ):
        return "names-event"
    return None


def story_accounts(db: sqlite3.Connection, story: int) -> list[Account]:
    """The accounts of story ``story`` (a ``stories.id``), by side, speaker and date."""
    db.row_factory = sqlite3.Row
    try:
        (family,) = db.execute("SELECT family FROM stories WHERE id = ?", [story]).fetchone()
        mentions = db.execute(
            "SELECT e.id, e.article, e.attribution, e.evidence_start, e.evidence_end,"
            " e.source_name, e.source_country, e.target_name, e.target_country"
            " FROM story_mentions m JOIN events e ON e.id = m.event WHERE m.story = ?"
            " ORDER BY m.id",
            [story],
        ).fetchall()
        by_article: dict[int, list[sqlite3.Row]] = defaultdict(list)
        for mention in mentions:
            by_article[mention["article"]].append(mention)
        found: list[tuple[sqlite3.Row, str, sqlite3.Row, str, str | None]] = []
        for article, article_mentions in by_article.items():
            text, published, outlet = db.execute(
                "SELECT t.text, a.published, a.source FROM texts t"
                " JOIN articles a ON a.id = t.article WHERE t.article = ?",
                [article],
            ).fetchone()
            leading = _leading_events(db, article)
            for quote in db.execute(
                "SELECT q.id, q.kind, q.speaker_name, q.content, q.content_start, q.content_end,"
                " s.kind AS speaker_kind, s.country FROM attributions q"
                " LEFT JOIN actors s ON s.id = q.speaker WHERE q.article = ? ORDER BY q.id",
                [article],
            ):
                for mention in article_mentions:
                    basis = _speaks_about(quote, mention, text, leading, family)
                    if basis:
                        found.append((quote, basis, mention, published, outlet))
                        break
    finally:
        db.row_factory = None
    sides = _SideFinder(mentions, [quote for quote, *_ in found])
    accounts = [
        Account(
            quote=f"Q{quote['id']}",
            event=f"E{mention['id']}",
            article=f"A{mention['article']}",
            published=published,
            outlet=outlet,
            speaker=quote["speaker_name"] or "unknown speaker",
            side=sides.side(quote["speaker_name"], quote["country"]),
            kind=quote["kind"],
            basis=basis,
            content=" ".join(quote["content"].split()),
        )
        for quote, basis, mention, published, outlet in found
    ]
    return sorted(accounts, key=lambda a: (a.side == UNKNOWN_SIDE, a.side, a.speaker, a.published))


def outlet_label(outlet: str | None) -> str:
    """An outlet for a narrow column: a file source by its file name, anything else whole."""
    if not outlet:
        return ""
    return Path(outlet).name if "/" in outlet and "://" not in outlet else outlet


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


class _SideFinder:
    """A speaker's side: their own country, else the country their name has in the story."""

    def __init__(self, mentions: list[sqlite3.Row], quotes: list[sqlite3.Row]) -> None:
        self.by_name: dict[str, str] = {}
        self.by_surname: dict[str, str] = {}
        known = [(q["speaker_name"], q["country"]) for q in quotes]
        for m in mentions:
            known += [
                (m["source_name"], m["source_country"]),
                (m["target_name"], m["target_country"]),
            ]
        for name, country in known:
            if name and country:
                self.by_name.setdefault(name.lower(), country)
                self.by_surname.setdefault(_surname(name), country)

    def side(self, name: str | None, country: str | None) -> str:
        if country:
            return country
        if not name:
            return UNKNOWN_SIDE
        return self.by_name.get(name.lower()) or self.by_surname.get(_surname(name)) or UNKNOWN_SIDE
