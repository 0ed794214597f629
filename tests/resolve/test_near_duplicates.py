"""Syndicated copies are near duplicates; different articles are not."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.lexicon import writes_unspaced
from crossreach.resolve.near_duplicates import count_independent, distance, feature_hashes, near_duplicates, simhash


def _articles() -> list[str]:
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "examples" / "articles"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def test_a_copy_with_a_new_byline_is_a_near_duplicate() -> None:
    for text in _articles():
        copy = "Reprinted from the wire\n\n" + text.replace("\n\n", "\n") + "\nAll rights reserved."
        assert near_duplicates(simhash(text), simhash(copy)), text[:60]


def test_different_articles_are_not_near_duplicates() -> None:
    hashes = [simhash(t) for t in _articles()]
    pairs = [(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1:]]
    assert not any(near_duplicates(a, b) for a, b in pairs)


def test_copies_count_as_one_independent_source() -> None:
    first, second = _articles()[:2]
    hashes = [simhash(first), simhash(first + "\nUpdated."), simhash(second)]
    assert count_independent(hashes) == 2


@given(st.text(min_size=1, max_size=300))
def test_hash_fits_a_signed_bigint_and_is_stable(text: str) -> None:
    h = simhash(text)
    assert -(2**63) <= h < 2**63
    assert simhash(text) == h and distance(h, h) == 0


def _simhash_by_definition(text: str) -> int:
    """Bit by bit: bit k is set when more than half the features' hashes have it; a trigram's hash is its
    tokens' 64-bit BLAKE2b hashes, the second rotated left by 8 bits and the third by 16, XORed."""
    def token_hash(token: str) -> int:
        return int.from_bytes(hashlib.blake2b(token.casefold().encode("utf-8"), digest_size=8).digest(), "big")

    def rotated(value: int, bits: int) -> int:
        return ((value << bits) | (value >> (64 - bits))) & (2**64 - 1)

    singles = [token_hash(t) for t in _tokens(text)]
    hashes = singles if len(singles) < 3 else [
        singles[i] ^ rotated(singles[i + 1], 8) ^ rotated(singles[i + 2], 16) for i in range(len(singles) - 2)]
    value = sum(1 << k for k in range(64) if 2 * sum((h >> k) & 1 for h in hashes) > len(hashes))
    return value - 2**64 if value >= 2**63 else value


@given(st.text(max_size=400))
def test_hash_is_the_majority_of_the_feature_hashes(text: str) -> None:
    # Stored hashes are compared with new ones: a faster implementation must give the same values.
    assert simhash(text) == _simhash_by_definition(text)
    tokens = len(_tokens(text))
    assert len(feature_hashes(text)) == (tokens - 2 if tokens >= 3 else tokens)  # trigrams, or single tokens


def _tokens(text: str) -> list[str]:
    """Words, or the characters of the words of a text with unspaced script."""
    words = re.findall(r"\w+", text)
    return list("".join(words)) if writes_unspaced(text) else words


def test_hash_of_every_example_is_the_majority_of_its_feature_hashes() -> None:
    assert all(simhash(text) == _simhash_by_definition(text) for text in _articles())


@pytest.mark.parametrize(("text", "expected"), [
    ("The British Museum opened a flagship store on Tmall.", -7776498263157289209),
    ("\u6545\u5bab\u535a\u7269\u9662\u4e0e\u817e\u8baf\u5408\u4f5c\u63a8\u51fa\u6570\u5b57\u6587\u7269\u5e93",
     4904539033930772183),
    ("a b c", 5863317776914055316),
    ("one two", 3810701865151235329),
    ("Die Marke hat 2,5 Millionen Follower auf Weibo, sagte der Sprecher. " * 3, -3979459688317529086),
    ("", 0),
])
def test_hashes_are_those_stored_since_migration_0010(text: str, expected: int) -> None:
    """Knowledge bases keep these values (migration 0010 computed the older ones again) and compare them
    with new ones."""
    assert simhash(text) == expected


def test_hashing_needs_no_numpy() -> None:
    """numpy's import cost every ingest a tenth of a CPU second for the hash alone."""
    code = "import sys, crossreach.resolve.near_duplicates as n; n.simhash('a b c d'); print('numpy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
