"""The actor stage: named entities, titles, descriptions and pronouns grouped into actors.

Mentions are found in the spaCy parse, grouped within the article ("Mr. Trump" = "Donald Trump",
"the Kremlin aide" = the adviser named earlier), and given a kind, country, role and sector from
the knowledge in ``data/``. Later stages ask the returned ``ActorTable`` which actor a token or a
phrase refers to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.actors.knowledge import Knowledge, knowledge
from dateline.attribution.quotemarks import Quoted, quote_of_token
from dateline.model import Actor, Article, Mention

PERSON_PRONOUNS = {"he", "she", "him", "her"}
PLURAL_PRONOUNS = {"they", "them"}
# description words that may stand for any office-holder ("the Russian leader")
GENERIC_ROLES = {"leader", "official", "head", "chief"}
GOVERNMENT_GROUP_NOUNS = {"government", "administration", "ministry", "authority"}
# syntactic roles in which a place name stands for the state acting or acted upon
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "conj"}


@dataclass
class _Draft:
    """An actor while mentions are still being grouped."""

    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    plural: bool = False
    patron: _Draft | None = None  # whose adviser/aide this person is ("Putin advisor X")
    mentions: list[tuple[int, int]] = field(default_factory=list)
    subject_mentions: list[int] = field(default_factory=list)  # starts of narrative subjects

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower() if self.name else ""


@dataclass(frozen=True)
class ActorTable:
    """The actors of one article, and which token refers to which of them."""

    actors: tuple[Actor, ...]
    by_token: dict[int, str]
    by_id: dict[str, Actor] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {a.id: a for a in self.actors})

    def at(self, token: Token) -> str | None:
        return self.by_token.get(token.i)

    def in_span(self, span: Span) -> str | None:
        """The actor a phrase refers to: its head's if the head is a mention, else the first."""
        if span.root.i in self.by_token:
            return self.by_token[span.root.i]
        return next((self.by_token[t.i] for t in span if t.i in self.by_token), None)

    def get(self, actor_id: str | None) -> Actor | None:
        return self.by_id.get(actor_id) if actor_id is not None else None


def _role_of(words: list[str], kb: Knowledge) -> str | None:
    """The longest role phrase at the end of ``words`` ("foreign policy advisor" -> advisor)."""
    lowered = [w.lower() for w in words]
    for size in (3, 2, 1):
        if len(lowered) >= size and " ".join(lowered[-size:]) in kb.role_group:
            return " ".join(lowered[-size:])
    return None


class _Grouper:
    def __init__(self, doc: Doc, kb: Knowledge) -> None:
        self.doc = doc
        self.kb = kb
        self.drafts: list[_Draft] = []
        self.by_token: dict[int, _Draft] = {}
        self.by_key: dict[str, _Draft] = {}
        self.in_quote = quote_of_token(doc)

    # -- registering -----------------------------------------------------------------------

    def add(self, draft: _Draft, tokens: Span, key: str | None = None) -> _Draft:
        if key is not None and key in self.by_key:
            draft = self.by_key[key]
        elif draft not in self.drafts:
            self.drafts.append(draft)
            if key is not None:
                self.by_key[key] = draft
        draft.mentions.append((tokens.start_char, tokens.end_char))
        if tokens.root.dep_ in ("nsubj", "nsubjpass") and tokens.root.i not in self.in_quote:
            draft.subject_mentions.append(tokens.start_char)
        for token in tokens:
            self.by_token.setdefault(token.i, draft)
        return draft

    def country_of_phrase(self, tokens: Span | list[Token]) -> str | None:
        for token in tokens:
            text = token.text.lower()
            if text in self.kb.demonyms:
                return self.kb.demonyms[text]
            if text in self.kb.country_names:
                return self.kb.country_names[text]
            if text in self.kb.institutions:
                return self.kb.institutions[text].country
            owner = self.by_token.get(token.i)
            if owner is not None and owner.country and token.ent_type_ in ("PERSON", "GPE"):
                return owner.country
        return None

    # -- named entities --------------------------------------------------------------------

    def named(self) -> None:
        persons: list[Span] = []
        for ent in self.doc.ents:
            ent = _trim_entity(ent, self.kb)
            if ent is None:
                continue
            text = ent.text
            lowered = text.lower().removeprefix("the ")
            if ent.label_ == "PERSON":
                persons.append(ent)
            elif lowered in self.kb.institutions:
                inst = self.kb.institutions[lowered]
                name = text.removeprefix("the ").removeprefix("The ")
                draft = _Draft(name, inst.kind, inst.country, "government", inst.sector)
                self.add(draft, ent, key="inst:" + lowered)
            elif ent.label_ in ("GPE", "LOC", "ORG", "NORP") and (
                code := self.kb.country_names.get(lowered) or self.kb.demonyms.get(lowered)
            ):
                self.add_country(code, ent)
            elif ent.label_ == "ORG":
                draft = _Draft(text.removeprefix("the ").removeprefix("The "), "organisation")
                draft.country = self.country_of_phrase(
                    [t for t in ent.root.children if t.dep_ in ("amod", "compound")]
                )
                self.add(draft, ent, key="org:" + lowered)
            elif ent.label_ == "GPE" and ent.root.dep_ in ARGUMENT_DEPS:
                # a place we cannot resolve, acting or acted upon: most likely a state
                self.add(_Draft(text, "country"), ent, key="place:" + lowered)
        self.unknown_demonyms()
        persons += self.unlabelled_names()
        persons.sort(key=lambda span: span.start)
        self.persons(persons)

    def unknown_demonyms(self) -> None:
        """ "Kestrian" is of "Kestria": link adjectives of places we could not resolve."""
        places = [d for d in self.drafts if d.kind == "country" and d.country is None]
        for ent in self.doc.ents:
            if ent.label_ != "NORP" or ent.start in self.by_token:
                continue
            word = ent.text.lower()
            place = next(
                (
                    d
                    for d in places
                    if len(d.name) >= 4 and word.startswith(d.name.lower().rstrip("aeiouy"))
                ),
                None,
            )
            if place is not None:
                self.add(place, ent)

    def unlabelled_names(self) -> list[Span]:
        """Proper names the small NER model missed, where the parse shows them acting.

        Two or three capitalised proper nouns forming the subject of a verb, or the source of
        "according to", are taken for a person's name ("Ana Ruiz told reporters ...").
        """
        found = []
        for chunk in self.doc.noun_chunks:
            words = [t for t in chunk if t.dep_ != "det"]
            if not 2 <= len(words) <= 3 or any(t.ent_type_ for t in words):
                continue
            if not all(t.pos_ == "PROPN" and t.is_title for t in words):
                continue
            role = chunk.root.dep_
            if role in ("nsubj", "nsubjpass") or (
                role == "pobj"
                and chunk.root.head.lower_ == "to"
                and chunk.root.head.head.lower_ == "according"
            ):
                found.append(self.doc[words[0].i : words[-1].i + 1])
        return found

    def add_country(self, code: str, tokens: Span) -> None:
        draft = _Draft(self.kb.country_name(code), "country", code, sector=None)
        self.add(draft, tokens, key="country:" + code)

    def persons(self, mentions: list[Span]) -> None:
        mentions = [_with_honorific(m, self.kb) for m in mentions]
        full = [m for m in mentions if len(_name_words(m, self.kb)) > 1]
        for mention in full:
            words = _name_words(mention, self.kb)
            surname = words[-1].lower()
            same = next(
                (
                    d
                    for d in self.drafts
                    if d.kind == "person"
                    and d.surname == surname
                    and _first_names_agree(d.name, words)
                ),
                None,
            )
            draft = same or _Draft(" ".join(words), "person")
            if len(" ".join(words)) > len(draft.name):
                draft.name = " ".join(words)
            self.add(draft, mention)
            self.titles(draft, mention)
        for mention in mentions:
            if mention in full:
                continue
            word = _name_words(mention, self.kb)[0].lower()
            draft = next((d for d in self.drafts if d.kind == "person" and d.surname == word), None)
            if draft is None and _stray_quoted_word(mention, self.in_quote):
                continue  # e.g. a capitalised adjective opening a quotation
            draft = self.add(draft or _Draft(mention.text, "person"), mention, key=None)
            self.titles(draft, mention)
        # NER often tags a surname used as a modifier ("a Trump post") as ORG or GPE
        by_surname = {d.surname: d for d in self.drafts if d.kind == "person"}
        for token in self.doc:
            if token.i in self.by_token and self.by_token[token.i].kind == "person":
                continue
            person = by_surname.get(token.text.lower()) if token.is_title else None
            if person is not None:
                previous = self.by_token.get(token.i)
                if previous is not None and previous.kind == "organisation":
                    previous.mentions = [
                        m for m in previous.mentions if not m[0] <= token.idx < m[1]
                    ]
                self.by_token[token.i] = person
                person.mentions.append((token.idx, token.idx + len(token)))

    def titles(self, draft: _Draft, mention: Span) -> None:
        """Read the role and country in titles before the name and in an appositive after it."""
        words: list[Token] = []
        i = mention.start - 1
        while i >= 0:
            token = self.doc[i]
            lowered = token.text.lower()
            if (
                lowered in self.kb.role_group
                or token.text in self.kb.honorifics
                or (
                    words
                    and lowered in ("foreign", "defense", "defence", "prime", "vice", "policy")
                )
            ):
                words.insert(0, token)
                i -= 1
                continue
            break
        role_words = [t.text for t in words if t.text not in self.kb.honorifics]
        if role_words and (role := _role_of(role_words, self.kb)):
            draft.role = draft.role or role
            before = self.doc[i] if i >= 0 else None
            if before is not None:
                owner = self.by_token.get(before.i)
                if owner is not None and owner.kind == "person" and owner is not draft:
                    draft.patron = draft.patron or owner  # "Putin advisor Yuri Ushakov"
                draft.country = draft.country or self.country_of_phrase([before])
        for child in mention.root.children:
            if child.dep_ == "appos":
                words = [t.text for t in child.lefts if t.dep_ in ("compound", "amod")]
                words.append(child.text)
                if _role_of(words, self.kb):
                    draft.role = draft.role or " ".join(words).lower()
                    draft.country = draft.country or self.country_of_phrase(list(child.subtree))

    # -- groups, descriptions, pronouns ------------------------------------------------------

    def groups(self) -> None:
        """Phrases headed by a group noun: "Russian state media", "the Trump administration"."""
        for root in self.doc:
            lemma = root.lemma_.lower()
            if root.pos_ != "NOUN" or root.i in self.by_token or lemma not in self.kb.group_nouns:
                continue
            modifiers = [
                t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod", "conj", "cc")
            ]
            first = min((t.left_edge.i for t in modifiers), default=root.i)
            phrase = self.doc[first : root.i + 1]
            kind = "government" if lemma in GOVERNMENT_GROUP_NOUNS else "group"
            draft = _Draft(phrase.text, kind, sector=self.kb.group_nouns[lemma])
            draft.country = self.country_of_phrase(phrase)
            draft.plural = root.tag_ in ("NNS", "NNPS") or lemma in ("media", "press", "police")
            draft.patron = next(
                (p for t in phrase if (p := self.by_token.get(t.i)) and p.kind == "person"), None
            )
            self.add(draft, phrase, key="group:" + phrase.text.lower())

    def descriptions(self) -> None:
        for chunk in self.doc.noun_chunks:
            root = chunk.root
            if root.i in self.by_token and self.by_token[root.i].kind == "person":
                continue
            role = _role_of([t.text for t in chunk if not t.is_punct], self.kb)
            if role is None or not any(t.dep_ == "det" and t.lower_ == "the" for t in chunk):
                continue
            country = self.country_of_phrase([t for t in chunk if t.i != root.i])
            person = self.most_recent(
                chunk.start_char,
                lambda d, role=role, country=country: (
                    _role_fits(d, role, self.kb)
                    and (country is None or d.country in (None, country))
                ),
            )
            if person is not None:
                person.country = person.country or country
                self.add(person, chunk)

    def pronouns(self) -> None:
        for token in self.doc:
            lowered = token.lower_
            if token.dep_ not in ("nsubj", "nsubjpass") or token.i in self.by_token:
                continue
            if lowered in PERSON_PRONOUNS:
                draft = self.most_recent(token.idx, lambda d: d.kind == "person", subjects=True)
            elif lowered in PLURAL_PRONOUNS:  # only a group named in this or the last sentence
                sentence = token.sent
                previous = self.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
                draft = self.most_recent(
                    token.idx, lambda d: d.plural, window=token.idx - previous.start_char
                )
            else:
                continue
            if draft is not None:
                self.add(draft, self.doc[token.i : token.i + 1])

    def most_recent(self, before: int, fits, subjects: bool = False, window: int | None = None):
        """The fitting actor mentioned last before ``before`` (preferring narrative subjects)."""
        best, best_at = None, -1
        for draft in self.drafts:
            if not fits(draft):
                continue
            starts = draft.subject_mentions if subjects else [s for s, _ in draft.mentions]
            last = max((s for s in starts if s < before), default=-1)
            if last > best_at and (window is None or before - last <= window):
                best, best_at = draft, last
        if best is None and subjects:
            return self.most_recent(before, fits, subjects=False, window=window)
        return best

    # -- result ----------------------------------------------------------------------------

    def table(self) -> ActorTable:
        for draft in self.drafts:
            if draft.patron is not None:
                draft.country = draft.country or draft.patron.country
            if draft.kind == "person":
                group = self.kb.role_group.get((draft.role or "").split()[-1] if draft.role else "")
                draft.sector = draft.sector or self.kb.role_sector.get(group or "")
        ids: dict[int, str] = {}
        actors: list[Actor] = []
        used: set[str] = set()
        text = self.doc.text
        for draft in self.drafts:
            if not draft.mentions:
                continue
            slug = re.sub(r"[^a-z0-9]+", "-", draft.name.lower()).strip("-") or "actor"
            actor_id, n = slug, 2
            while actor_id in used:
                actor_id, n = f"{slug}-{n}", n + 1
            used.add(actor_id)
            ids[id(draft)] = actor_id
            spans = sorted(set(draft.mentions))
            mentions = tuple(Mention(start=s, end=e, text=text[s:e]) for s, e in spans)
            aliases = tuple(dict.fromkeys(m.text for m in mentions if m.text != draft.name))
            actors.append(
                Actor(
                    id=actor_id,
                    name=draft.name,
                    kind=draft.kind,
                    country=draft.country,
                    role=draft.role,
                    sector=draft.sector,
                    aliases=aliases,
                    mentions=mentions,
                )
            )
        by_token = {i: ids[id(d)] for i, d in self.by_token.items() if id(d) in ids}
        return ActorTable(tuple(actors), by_token)


def _trim_entity(ent: Span, kb: Knowledge) -> Span | None:
    """Drop honorifics, possessive endings and punctuation at the edges of an entity."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].text in kb.honorifics or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or (doc[end - 1].is_punct and doc[end - 1].text != ".")
    ):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=ent.label_)


def _with_honorific(mention: Span, kb: Knowledge) -> Span:
    """ "Mr. Trump" rather than "Trump": the honorific belongs to the mention, not the name."""
    if mention.start > 0 and mention.doc[mention.start - 1].text in kb.honorifics:
        return Span(mention.doc, mention.start - 1, mention.end, label=mention.label_)
    return mention


def _name_words(mention: Span, kb: Knowledge) -> list[str]:
    words = [
        t.text
        for t in mention
        if t.text not in kb.name_suffixes and t.text not in kb.honorifics and not t.is_punct
    ]
    return words or [mention.text]


def _first_names_agree(name: str, words: list[str]) -> bool:
    first = name.split()[0].lower()
    other = words[0].lower()
    return first == other or first.startswith(other.rstrip(".")) or other.startswith(first)


def _stray_quoted_word(mention: Span, in_quote: dict[int, Quoted]) -> bool:
    return (
        len(mention) == 1
        and mention.start in in_quote
        and (mention.start == 0 or mention.doc[mention.start - 1].is_quote)
    )


def _role_fits(draft: _Draft, description: str, kb: Knowledge) -> bool:
    if draft.kind != "person" or not draft.role:
        return False
    if description.split()[-1] in GENERIC_ROLES:
        return True
    own = _role_of(draft.role.split(), kb)
    return own is not None and kb.role_group.get(own) == kb.role_group.get(description)


def find_actors(doc: Doc, article: Article) -> ActorTable:
    """The actor stage: every actor of the article with its mentions."""
    grouper = _Grouper(doc, knowledge())
    grouper.named()
    grouper.groups()
    grouper.descriptions()
    grouper.pronouns()
    return grouper.table()
