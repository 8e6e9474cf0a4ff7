"""spaCy's attribute ruler and rule lemmatizer as one cached component, with the same output.

In ``en_core_web_sm`` the attribute ruler (coarse POS, morphology and some lemmas, from the fine
tag, the lower-case form and the dependency label) and the rule lemmatizer cost a fifth of the
pipeline, most of it in the ruler's ``Matcher`` trying 179 patterns on every token. Yet what they
give a token depends on little: its form, tag and label, and for a handful of two-token patterns
("gon na", "let 's") its neighbour. This component is built from the model's own ruler and
lemmatizer. It reads the ruler's patterns once, evaluates them per distinct token (form, tag,
label) and caches the outcome, applies the matched attributes in the ruler's order (a later entry
wins) and asks the model's lemmatizer for the lemma of each new token key. A pattern written with
an operator it does not evaluate itself is left to a ``Matcher`` of its own, so nothing is
approximated. ``benchmarks/token_attributes_equivalence.py`` compares it with the stock
components on the Reuters stories.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

# distinct token keys a cache generation holds: a corpus keeps meeting new ones, so when the
# current generation is full it becomes the previous one (the one before is dropped), and keys
# met again are carried over from it, not learned again
_MAX_KNOWN = 20_000

# what a token's attributes are read from, and what is written back (in this order)
_KEY_COLUMNS = [ORTH, TAG, DEP, POS, MORPH, LEMMA]
_SET_COLUMNS = [POS, MORPH, LEMMA, TAG, DEP]
_SET_INDEX = {attr: column for column, attr in enumerate(_SET_COLUMNS)}
_LEMMA_COLUMN = _SET_INDEX[LEMMA]

# what the patterns see of a token: lower-case form, tag, label, whether it is white space
TokenView = tuple[str, str, str, bool]
_FIELDS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
Predicate = Callable[[TokenView], bool]


def _value_test(spec: Any) -> Callable[[Any], bool] | None:
    """A test of one attribute as the ``Matcher`` reads it, or None for an operator not
    evaluated here."""
    if isinstance(spec, (str, bool)):
        return lambda value: value == spec
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    ((operator, argument),) = spec.items()
    if operator == "IN":
        members = frozenset(argument)
        return lambda value: value in members
    if operator == "NOT_IN":
        excluded = frozenset(argument)
        return lambda value: value not in excluded
    if operator == "REGEX":
        pattern = re.compile(argument)
        return lambda value: isinstance(value, str) and pattern.search(value) is not None
    return None


def _token_predicate(token_pattern: Mapping[str, Any]) -> Predicate | None:
    tests: list[tuple[int, Callable[[Any], bool]]] = []
    for attribute, spec in token_pattern.items():
        field = _FIELDS.get(attribute)
        test = _value_test(spec)
        if field is None or test is None:
            return None
        tests.append((field, test))
    return lambda view: all(test(view[field]) for field, test in tests)


def _values_of(token_pattern: Mapping[str, Any], attribute: str) -> frozenset[str] | None:
    """The values of ``attribute`` a token pattern can match, or None when it does not list
    them (an index key)."""
    spec = token_pattern.get(attribute)
    if isinstance(spec, str):
        return frozenset([spec])
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return frozenset(spec["IN"])
    return None


@dataclass(frozen=True, slots=True)
class _Step:
    """One token of one pattern: which bit a token that satisfies it gets."""

    bit: int
    predicate: Predicate
    tags: frozenset[str] | None
    lowers: frozenset[str] | None


@dataclass(frozen=True, slots=True)
class _Pattern:
    entry: int  # the ruler entry whose attributes a match sets
    index: int  # on which token of the match
    bits: tuple[int, ...]  # one per token of the pattern


@dataclass(slots=True)
class _Known:
    """What the cache holds for a token key: its attributes after the one-token patterns (the
    lemma once the lemmatizer has given it), and which pattern steps the token satisfies."""

    values: tuple[int, ...]
    steps: int


def _target(start: int, end: int, index: int) -> int:
    """The token a match sets: ``index`` counts from the match's end when negative."""
    return start + index if index >= 0 else end + index


class TokenAttributes:
    """The attribute ruler followed by the rule lemmatizer, cached per token key."""

    def __init__(self, vocab: Vocab, ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            raise ValueError("TokenAttributes reproduces a rule lemmatizer that keeps set lemmas")
        if any(attr not in _SET_INDEX for attrs in ruler.attrs for attr in attrs):
            raise ValueError("the attribute ruler sets an attribute TokenAttributes does not")
        self.vocab = vocab
        self._lemmatizer = lemmatizer
        # The rule lemmatizer asks whether a candidate form is a known word of its part of
        # speech in lists of up to 57,000 words, a scan per question; as sets the answers are the
        # same and immediate. (The lemmatizer is this component's own: the pipeline drops it.)
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for pos in list(index):
            index[pos] = frozenset(index[pos])
        # what each ruler entry sets, as (column, value) pairs
        self._sets = [
            tuple((_SET_INDEX[attr], value) for attr, value in attrs.items())
            for attrs in ruler.attrs
        ]
        self._single: list[tuple[int, int]] = []  # (bit of a one-token pattern, its entry)
        self._spanning: list[_Pattern] = []
        self._steps: list[_Step] = []
        self._matcher = Matcher(vocab)  # patterns with operators not evaluated here
        self._entry_of_key: dict[int, int] = {}
        self._indices: list[int] = list(ruler.indices)
        for entry, spec in enumerate(ruler.patterns):  # listed in the order of ruler.attrs
            self._add_entry(entry, spec["patterns"], ruler.indices[entry])
        # the steps a token could satisfy, by (tag, lower-case form), either None where a step
        # names no tag or no form: a new token key tries only the few its tag and form select
        self._steps_by_key: dict[tuple[str | None, str | None], list[_Step]] = {}
        for step in self._steps:
            for tag in step.tags or (None,):
                for lower in step.lowers or (None,):
                    self._steps_by_key.setdefault((tag, lower), []).append(step)
        self._first_steps = sum(1 << pattern.bits[0] for pattern in self._spanning)
        self._entry_of_single = dict(self._single)
        self._known: dict[tuple[int, ...], _Known] = {}
        self._previously_known: dict[tuple[int, ...], _Known] = {}
        # the lemmatizer's answer for a form, POS and morphology (its own cache key)
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._previous_lemmas: dict[tuple[int, int, int], int] = {}

    def _add_entry(self, entry: int, patterns: list[list[dict[str, Any]]], index: int) -> None:
        predicates = [[_token_predicate(token) for token in pattern] for pattern in patterns]
        if any(predicate is None for pattern in predicates for predicate in pattern):
            key = self.vocab.strings.add(f"dateline-attribute-ruler-{entry}")
            self._matcher.add(key, patterns)
            self._entry_of_key[key] = entry
            return
        for pattern, pattern_predicates in zip(patterns, predicates, strict=True):
            bits = []
            for token, predicate in zip(pattern, pattern_predicates, strict=True):
                bit = len(self._steps)
                tags, lowers = _values_of(token, "TAG"), _values_of(token, "LOWER")
                self._steps.append(_Step(bit, predicate, tags, lowers))  # type: ignore[arg-type]
                bits.append(bit)
            if len(bits) == 1:
                self._single.append((bits[0], entry))
            else:
                self._spanning.append(_Pattern(entry, index, tuple(bits)))

    def _satisfied(self, view: TokenView) -> int:
        """The pattern steps a token satisfies, as a bit set."""
        lower, tag = view[0], view[1]
        found = 0
        for key in ((tag, lower), (tag, None), (None, lower), (None, None)):
            for step in self._steps_by_key.get(key, ()):
                if step.predicate(view):
                    found |= 1 << step.bit
        return found

    def _apply(self, row: tuple[int, ...], entries: list[int]) -> tuple[int, ...]:
        """POS, MORPH, LEMMA, TAG and DEP after the entries, in the ruler's order."""
        _, tag, dep, pos, morph, lemma = row
        values = [pos, morph, lemma, tag, dep]
        for entry in sorted(entries):
            for column, value in self._sets[entry]:
                values[column] = value
        return tuple(values)

    def _learn(self, row: tuple[int, ...]) -> _Known:
        orth, tag, dep = row[0], row[1], row[2]
        lexeme = self.vocab[orth]
        strings = self.vocab.strings
        steps = self._satisfied((lexeme.lower_, strings[tag], strings[dep], lexeme.is_space))
        return _Known(self._apply(row, self._single_entries(steps)), steps)

    def _single_entries(self, steps: int) -> list[int]:
        """The entries of the one-token patterns among the satisfied steps (a few bits)."""
        entries = []
        while steps:
            lowest = steps & -steps
            entry = self._entry_of_single.get(lowest.bit_length() - 1)
            if entry is not None:
                entries.append(entry)
            steps ^= lowest
        return entries

    def _lemma_known(self, key: tuple[int, int, int]) -> int | None:
        """The lemma learned for (form, POS, morphology), in this generation or the last."""
        lemma = self._lemmas.get(key)
        if lemma is None:
            lemma = self._previous_lemmas.get(key)
            if lemma is not None:
                self._lemmas[key] = lemma
        return lemma

    def _spanned(self, doc: Doc, steps: list[int]) -> dict[int, list[int]]:
        """Entries matched over several tokens (or by the Matcher), by the token they set."""
        found: dict[int, list[int]] = {}
        starts = self._first_steps
        for start in [i for i, satisfied in enumerate(steps) if satisfied & starts]:
            for pattern in self._spanning:
                end = start + len(pattern.bits)
                if end <= len(steps) and all(
                    steps[start + k] >> bit & 1 for k, bit in enumerate(pattern.bits)
                ):
                    found.setdefault(_target(start, end, pattern.index), []).append(pattern.entry)
        if self._entry_of_key:
            for key, start, end in self._matcher(doc, allow_missing=True, as_spans=False):
                entry = self._entry_of_key[key]
                found.setdefault(_target(start, end, self._indices[entry]), []).append(entry)
        return found

    def common_noun(self, word: str) -> bool:
        """Whether a lower-case word is a noun of the lemmatizer's word list or the plural of
        one ("hygiene", "vaccines", "bankers"): a common word, whatever its case in a text."""
        nouns = self._lemmatizer.lookups.get_table("lemma_index").get("noun", frozenset())
        return word in nouns or any(
            word.endswith(end) and word[: -len(end)] + base in nouns
            for end, base in (("s", ""), ("es", ""), ("ies", "y"))
        )

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = [tuple(row) for row in doc.to_array(_KEY_COLUMNS).tolist()]
        if len(self._known) > _MAX_KNOWN:
            self._previously_known, self._known = self._known, {}
            self._previous_lemmas, self._lemmas = self._lemmas, {}
            self._lemmatizer.cache.clear()  # its own cache of every form ever asked about
        known, previously_known = self._known, self._previously_known
        records = []
        for row in rows:
            record = known.get(row)
            if record is None:
                record = previously_known.get(row) or self._learn(row)
                known[row] = record
            records.append(record)
        values = [record.values for record in records]
        spanned = self._spanned(doc, [record.steps for record in records])
        for i, entries in spanned.items():
            values[i] = self._apply(rows[i], self._single_entries(records[i].steps) + entries)
        unlemmatized: list[int] = []
        for i in [i for i, found in enumerate(values) if not found[_LEMMA_COLUMN]]:
            pos, morph, _, tag, dep = values[i]
            lemma = self._lemma_known((rows[i][0], pos, morph))
            if lemma is None:
                unlemmatized.append(i)
            else:
                values[i] = (pos, morph, lemma, tag, dep)
                if i not in spanned:
                    records[i].values = values[i]
        doc.from_array(_SET_COLUMNS, numpy.array(values, dtype=numpy.uint64))
        for i in unlemmatized:  # the lemmatizer reads the token's POS and MORPH, now set
            token = doc[i]
            token.lemma_ = self._lemmatizer.lemmatize(token)[0]
            self._lemmas[token.orth, token.pos, token.morph.key] = token.lemma
        return doc


TOKEN_ATTRIBUTES = "dateline_token_attributes"


@Language.factory(TOKEN_ATTRIBUTES)
def make_token_attributes(nlp: Language, name: str) -> TokenAttributes:
    """Built from the pipeline's own ``attribute_ruler`` and ``lemmatizer``, which the caller
    then removes (``language.load_nlp``)."""
    ruler = nlp.get_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(ruler, AttributeRuler) or not isinstance(lemmatizer, Lemmatizer):
        raise TypeError("the pipeline's attribute_ruler or lemmatizer is not spaCy's")
    return TokenAttributes(nlp.vocab, ruler, lemmatizer)
