"""Adverbs that slip inside a cue of several words: "ha puntato invece su Douyin", "est désormais
présent sur Tmall", "ist jetzt auch auf Tmall", "llega también a JD", "chega agora ao Tmall".

A presence cue listed as a phrase ("ha puntato su", "présent sur", "ist auf") no longer matches once
a sentence adverb stands between its words, and the brand it puts on a platform is then missed. The
words that may stand there (``partnerships.cue_inserts`` of the language: "also", "now", "instead",
"already" ...; several words as one item, "nun auch") are a short closed list: each phrase is written
once more with one of them in each gap between its words, so the cue stays one whole-word alternation
compiled once (no looser "any words here" gap, which would let "est" + anything + "sur" be a cue).
A language that writes no spaces ("也入驻": the adverb stands before the one-word cue) needs none.
"""

from __future__ import annotations


def with_inserts(phrases: object, inserts: object) -> list[str]:
    """The phrases, and each phrase of several words once more per insert in each gap between its words."""
    words = [str(p) for p in phrases or [] if str(p)] if isinstance(phrases, list | tuple) else []
    adverbs = [str(a) for a in inserts or [] if str(a)] if isinstance(inserts, list | tuple) else []
    found = list(words)
    for phrase in words:
        parts = phrase.split()
        for gap in range(1, len(parts)):
            found.extend(" ".join([*parts[:gap], adverb, *parts[gap:]]) for adverb in adverbs)
    return list(dict.fromkeys(found))
