"""Telling articles apart: an exact content hash, and a MinHash for near-duplicates.

The content hash decides identity (the same article ingested twice is stored once). Wire copies
with small edits hash differently; they are found by MinHash over word 3-grams, with
locality-sensitive hashing in bands so that a store of any size answers "who looks like this?"
with a few index look-ups. Signatures and band keys are computed in the workers, next to the
parse, so the writer only compares.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from dateline.model import Article

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
BANDS, ROWS = 16, 8  # 16 x 8 = 128: a pair with Jaccard 0.8 shares a band 95% of the time
THRESHOLD = 0.8  # estimated Jaccard at or above which an article is a near-duplicate
SHINGLE = 3
SEED = 1  # fixed: signatures must compare across runs and processes

_WORD = re.compile(r"\w+")


def content_hash(article: Article) -> str:
    """Identity of an article: its publication date and its text with whitespace normalised."""
    normalised = " ".join(article.text.split())
    return hashlib.sha256(f"{article.published.isoformat()}\n{normalised}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Fingerprint:
    signature: bytes  # NUM_PERM little-endian uint32
    buckets: tuple[int, ...]  # one signed 64-bit key per band


@cache
def _template() -> MinHash:
    """A MinHash whose permutations every fingerprint reuses (drawing them anew for each
    article cost about as much as hashing a wire story's shingles)."""
    # imported here: datasketch imports scipy (most of a second), and an ingest's writer, which
    # only compares signatures, never makes one
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED)


def fingerprint(text: str) -> Fingerprint:
    words = _WORD.findall(text.lower())
    size = min(SHINGLE, len(words)) or 1
    starts = range(max(len(words) - size + 1, 1))
    shingles = {" ".join(words[i : i + size]).encode() for i in starts}
    template = _template()
    minhash = type(template)(
        num_perm=NUM_PERM, seed=SEED, permutations=template.permutations, scheme=template.scheme
    )
    minhash.update_batch(list(shingles))
    signature = minhash.hashvalues.astype("<u4").tobytes()
    return Fingerprint(signature, band_keys(signature))


def band_keys(signature: bytes) -> tuple[int, ...]:
    """The LSH key of each band of a signature (a signed 64-bit hash of its ROWS values)."""
    width = 4 * ROWS
    return tuple(
        int.from_bytes(
            hashlib.blake2b(signature[b * width : (b + 1) * width], digest_size=8).digest(),
            "little",
            signed=True,
        )
        for b in range(BANDS)
    )


def similarity(signature: bytes, other: bytes) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal MinHash values."""
    return float(np.mean(np.frombuffer(signature, "<u4") == np.frombuffer(other, "<u4")))
