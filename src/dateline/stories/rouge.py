"""ROUGE-N counts computed the way ROUGE-1.5.5 computes them with ``-m -s`` (stem, no stopwords).

Text is lower-cased and split into runs of ASCII letters and digits (ROUGE turns hyphens and every
other character into spaces, so "-LRB-" is the word "lrb" and "port-au-prince" three words);
stopwords are dropped and words longer than three characters are Porter-stemmed. ROUGE-1.5.5
also consults WordNet's irregular forms before stemming ("went" -> "go"); this module does not
(the difference is measured in docs/stories.md). The stopword list is scikit-learn's English
list unless another is given (ROUGE's own, ``smart_common_words.txt``, is not shipped here).

``RougeCounts`` keep the raw numbers (hits, system n-grams, reference n-grams) so that scores can
be summed over dates before dividing, as the timeline metrics require.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateline.stories.porter import stem

_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def default_stopwords() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def read_stopwords(path: Path) -> frozenset[str]:
    """A stopword file: one word a line (ROUGE's ``smart_common_words.txt`` has this format)."""
    return frozenset(line.strip().lower() for line in path.read_text().splitlines() if line.strip())


@dataclass(frozen=True, slots=True)
class RougeCounts:
    """``hits`` n-grams shared; ``system`` and ``reference`` n-grams on each side."""

    hits: float = 0.0
    system: int = 0
    reference: int = 0

    def __add__(self, other: RougeCounts) -> RougeCounts:
        return RougeCounts(
            self.hits + other.hits, self.system + other.system, self.reference + other.reference
        )

    def weighted(self, weight: float) -> RougeCounts:
        """Hits scaled by ``weight`` (the alignment metrics discount distant dates this way)."""
        return RougeCounts(self.hits * weight, self.system, self.reference)


class Rouge:
    """Tokenises like ROUGE-1.5.5 and counts n-gram overlaps; one instance caches its tokens."""

    def __init__(self, stopwords: frozenset[str] | None = None) -> None:
        self.stopwords = default_stopwords() if stopwords is None else stopwords
        self._tokens: dict[str, tuple[str, ...]] = {}

    def tokens(self, text: str) -> tuple[str, ...]:
        cached = self._tokens.get(text)
        if cached is None:
            cached = tuple(
                stem(word) if len(word) > 3 else word
                for word in _WORD.findall(text.lower())
                if word not in self.stopwords
            )
            self._tokens[text] = cached
        return cached

    def ngrams(self, sentences: Iterable[str], n: int) -> Counter[tuple[str, ...]]:
        """N-grams of the sentences joined into one text, as ROUGE joins a summary's lines."""
        words = [word for sentence in sentences for word in self.tokens(sentence)]
        return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))

    def counts(self, system: Iterable[str], reference: Iterable[str], n: int) -> RougeCounts:
        system_grams, reference_grams = self.ngrams(system, n), self.ngrams(reference, n)
        hits = sum((system_grams & reference_grams).values())
        return RougeCounts(hits, sum(system_grams.values()), sum(reference_grams.values()))
