"""Near-duplicate articles: syndicated copies of one press release count as one source.

A 64-bit SimHash over word (or, for unspaced scripts, character) trigrams; two
documents whose hashes differ in at most ``MAX_DISTANCE`` bits are copies. A
copy with a new byline and footer differs by a few bits; distinct articles on
the same subject differ by twenty or more. The store keeps the hash of every
document; the sources of one fact are few, so they are compared pairwise.

A trigram's 64-bit hash is made of its tokens' (casefolded) 64-bit BLAKE2b hashes: the first's, the
second's rotated left by 8 bits and the third's by 16, XORed. A token's hash is computed once and
kept (a few thousand words make up most of any text), and the trigrams' bits are counted a byte
position at a time over the whole document, so that nothing is done a trigram at a time in Python.
Hashing each trigram's text, as the store did until migration 0010 (which rewrote the stored
hashes), cost 1.2 microseconds a trigram: two thirds of the writing process's hash.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from crossreach.lexicon import writes_unspaced

BITS = 64
MAX_DISTANCE = 7
_WORD = re.compile(r"\w+", re.UNICODE)
#: Bytes in a token's hash; a trigram's second and third tokens' hashes are rotated by one and two of them.
_BYTES = BITS // 8
#: Token hashes kept: the words of many documents (about 200 bytes each, 3.2 MB at most; the 198 texts of the
#: shared corpora and the examples hold 11,201 distinct words).
_KEPT_TOKENS = 1 << 14


@lru_cache(maxsize=_KEPT_TOKENS)
def _token_hash(token: str) -> bytes:
    """A token's 64-bit BLAKE2b hash (of its casefolded UTF-8), big-endian."""
    return hashlib.blake2b(token.casefold().encode(), digest_size=_BYTES).digest()


def _tokens(text: str) -> list[str]:
    """The words of a text, or, in a text with unspaced script, the characters of its words (each casefolded
    by ``_token_hash``)."""
    words = _WORD.findall(text)
    return list("".join(words)) if writes_unspaced(text) else words


def feature_hashes(text: str) -> list[int]:
    """The 64-bit hashes of the text's features, one at a time (what ``simhash`` counts at once): each
    trigram's, or each token's when there are fewer than three tokens."""
    hashes = [int.from_bytes(_token_hash(t), "big") for t in _tokens(text)]
    if len(hashes) < 3:
        return hashes
    return [a ^ _rotated(b, 8) ^ _rotated(c, 16) for a, b, c in zip(hashes, hashes[1:], hashes[2:], strict=False)]


def _rotated(value: int, bits: int) -> int:
    return ((value << bits) | (value >> (BITS - bits))) & ((1 << BITS) - 1)


def simhash(text: str) -> int:
    """The SimHash of a text as a signed 64-bit integer (storable in a BIGINT column): bit k is set when
    more than half the features' hashes (``feature_hashes``) have it set."""
    tokens = _tokens(text)
    if not tokens:
        return 0
    digests = b"".join(map(_token_hash, tokens))
    # Byte ``position`` of every token's hash, as one column; byte ``position`` of every trigram's hash is
    # then three such columns, shifted by one token and taken from the next two positions (the rotations),
    # XORed as integers. Bit ``bit`` of every byte of a column is counted at once (a mask of that bit in
    # every byte, ``int.bit_count``): as fast as numpy, whose import cost each ingest a tenth of a CPU second.
    columns = [digests[position::_BYTES] for position in range(_BYTES)]
    total = len(tokens) - 2 if len(tokens) >= 3 else len(tokens)
    ones = int.from_bytes(b"\x01" * total, "little")
    masks = [ones << bit for bit in range(8)]  # bit ``bit`` of every byte
    value = 0
    for position in range(_BYTES):
        if total == len(tokens):
            column = int.from_bytes(columns[position], "little")
        else:
            column = (int.from_bytes(columns[position][:total], "little")
                      ^ int.from_bytes(columns[(position + 1) % _BYTES][1:total + 1], "little")
                      ^ int.from_bytes(columns[(position + 2) % _BYTES][2:], "little"))
        shift = BITS - 8 * (position + 1)
        for bit, mask in enumerate(masks):
            if 2 * (column & mask).bit_count() > total:
                value |= 1 << (shift + bit)
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
