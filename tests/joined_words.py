"""Random texts of words run together, for the tests that check a fast scan against a regex's own
``finditer``: every way a text joins its words (spaces, marks, elisions, digits, letters), at the
start, the end and inside longer words."""

from __future__ import annotations

import random


def joined_texts(words: list[str], joins: list[str], seed: int, count: int, start: list[str]) -> list[str]:
    """``start``, then ``count`` texts of one to eight ``words``, each followed by one of ``joins``."""
    rng = random.Random(seed)
    texts = list(start)
    for _ in range(count):
        texts.append("".join(rng.choice(words) + rng.choice(joins) for _ in range(rng.randint(1, 8))))
    return texts
