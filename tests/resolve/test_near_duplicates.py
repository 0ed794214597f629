"""Syndicated copies are near duplicates; different articles are not."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.resolve.near_duplicates import _features, count_independent, distance, near_duplicates, simhash


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
    """Bit by bit: bit k is set when more than half the features' 64-bit BLAKE2b hashes have it."""
    hashes = [int.from_bytes(hashlib.blake2b(f.encode("utf-8"), digest_size=8).digest(), "big")
              for f in _features(text)]
    value = sum(1 << k for k in range(64) if 2 * sum((h >> k) & 1 for h in hashes) > len(hashes))
    return value - 2**64 if value >= 2**63 else value


@given(st.text(max_size=400))
def test_hash_is_the_majority_of_the_feature_hashes(text: str) -> None:
    # Stored hashes are compared with new ones: a faster implementation must give the same values.
    assert simhash(text) == _simhash_by_definition(text)


def test_hash_of_every_example_is_the_majority_of_its_feature_hashes() -> None:
    assert all(simhash(text) == _simhash_by_definition(text) for text in _articles())


@pytest.mark.parametrize(("text", "expected"), [
    ("The British Museum opened a flagship store on Tmall.", 5129153500153544802),
    ("\u6545\u5bab\u535a\u7269\u9662\u4e0e\u817e\u8baf\u5408\u4f5c\u63a8\u51fa\u6570\u5b57\u6587\u7269\u5e93",
     -6868750953259688877),
    ("a b c", 3516195607690045812),
    ("one two", 3810701865151235329),
    ("Die Marke hat 2,5 Millionen Follower auf Weibo, sagte der Sprecher. " * 3, 2498937738192210869),
    ("", 0),
])
def test_hashes_are_those_stored_by_earlier_versions(text: str, expected: int) -> None:
    """Values the numpy implementation gave: knowledge bases keep them, and compare them with new ones."""
    assert simhash(text) == expected


def test_hashing_needs_no_numpy() -> None:
    """numpy's import cost every ingest a tenth of a CPU second for the hash alone."""
    code = "import sys, crossreach.resolve.near_duplicates as n; n.simhash('a b c d'); print('numpy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
