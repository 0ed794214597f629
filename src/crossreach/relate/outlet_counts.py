"""Counts of a company's own outlets ("Tous cuenta con 600 tiendas", "16 248 punti vendita", "38 lojas
próprias") tell the size of its network, not an audience it reached or a trade it made: FACTS.md's
kinds name none of them, and the annotated corpora keep such counts only as optional. Made into
metrics, they add nothing when their owner is right and a false figure when it is not (a rival's
stores given to the brand of the sentence), so they are left out. The words are the
``metrics.outlet_counts`` of each language's lexicon, a part of its ``other`` cues: they stay cues,
so a count they name is never given another figure's kind.
"""

from __future__ import annotations

from functools import cache

from crossreach.lexicon import LanguageLexicon
from crossreach.models import Metric


@cache
def _outlet_words(lexicon: LanguageLexicon) -> frozenset[str]:
    return frozenset(str(word).casefold() for word in lexicon.section("metrics").get("outlet_counts") or [])


def without_outlet_counts(lexicon: LanguageLexicon, facts: list[Metric]) -> list[Metric]:
    """The facts but the counts of kind ``other`` whose label names outlets."""
    outlets = _outlet_words(lexicon)
    return [fact for fact in facts if not (fact.kind == "other" and fact.label in outlets)]
