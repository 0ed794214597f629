"""Near-duplicate articles: syndicated copies of one press release count as one source.

A 64-bit SimHash over word (or, for unspaced scripts, character) trigrams; two
documents whose hashes differ in at most ``MAX_DISTANCE`` bits are copies. A
copy with a new byline and footer differs by a few bits; distinct articles on
the same subject differ by twenty or more. The store keeps the hash of every
document; the sources of one fact are few, so they are compared pairwise.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from crossreach.lexicon import writes_unspaced

BITS = 64
MAX_DISTANCE = 7
_WORD = re.compile(r"\w+", re.UNICODE)


def _features(text: str) -> list[str]:
    tokens = [t.casefold() for t in _WORD.findall(text)]
    if writes_unspaced(text):
        tokens = [c for c in "".join(tokens)]
    if len(tokens) < 3:
        return tokens
    return [f"{a} {b} {c}" for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)]


def simhash(text: str) -> int:
    """The SimHash of a text as a signed 64-bit integer (storable in a BIGINT column)."""
    features = _features(text)
    if not features:
        return 0
    blake2b = hashlib.blake2b
    digests = b"".join([blake2b(f.encode("utf-8"), digest_size=8).digest() for f in features])
    # One row of bits a feature, the most significant first; a bit is set in the SimHash when more
    # of the features' hashes have it set than not.
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(features), BITS)
    value = int.from_bytes(np.packbits(2 * bits.sum(axis=0) > len(features)).tobytes(), "big")
    return value - (1 << BITS) if value >= 1 << (BITS - 1) else value


def distance(a: int, b: int) -> int:
    """Bits that differ between two hashes."""
    return ((a ^ b) & ((1 << BITS) - 1)).bit_count()


def near_duplicates(a: int, b: int) -> bool:
    return distance(a, b) <= MAX_DISTANCE


def count_independent(hashes: list[int]) -> int:
    """How many independent sources a set of documents is: near-duplicate copies count once."""
    clusters: list[int] = []
    for h in hashes:
        if not any(near_duplicates(h, c) for c in clusters):
            clusters.append(h)
    return len(clusters)
