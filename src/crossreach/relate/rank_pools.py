"""Counts of the field a ranking is drawn from: "ranked third among 500 brands", "al terzo posto su
500 brand", "classée deuxième parmi 300 maisons", "在500个奢侈品牌中位列第三". Their noun may be one a
platform hosts (brands, merchants) or a cue of followers, but the number says how many were ranked,
not how many follow, watch or buy. A count is left out when a word of the field stands right before it
(``metrics.rank_pool_before``: "among", "su", "parmi", "unter") or, unspaced, closes its noun phrase
right after it (``metrics.rank_pool_after``: "中"), or a partitive opening the sentence stands right
before it (``metrics.rank_pool_openers``: "Of the 500 brands on the list, ...", "Dei 500 marchi in
classifica, ...": only there, since "des", "dei", "de los" before a count are common elsewhere, "la
barre des 3 millions"), and a ranking word (``metrics.rank_words``: "ranked", "classifica", "Platz",
"排名") stands in its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, cue_pattern
from crossreach.models import Quantity
from crossreach.relate.context import CLAUSE_BREAK

#: How far (characters) after an unspaced count its closing field word may stand: a classifier and a
#: short noun ("500个奢侈品牌中").
_AFTER_UNSPACED = 10


@dataclass(frozen=True)
class RankPools:
    """A language's ranking words and the words that make a count the field ranked."""

    ranking: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    spaced: bool
    openers: re.Pattern[str]

    def counts_a_field(self, text: str, figure: Quantity, start: int, end: int) -> bool:
        """Whether the count is the size of the field its sentence (``start`` to ``end``) ranks."""
        if not self._pooled(text, figure, start, end):
            return False
        return self.ranking.search(text, start, end) is not None

    def _pooled(self, text: str, figure: Quantity, start: int, end: int) -> bool:
        lead = text[start:figure.start]
        opening = self.openers.match(text, start + len(lead) - len(lead.lstrip()))
        if opening is not None and not text[opening.end():figure.start].strip():
            return True
        low = max(start, figure.start - 20)
        if any(not text[cue.end():figure.start].strip() for cue in self.before.finditer(text, low, figure.start)):
            return True
        if self.spaced:
            return False
        cue = self.after.search(text, figure.end, min(end, figure.end + _AFTER_UNSPACED))
        return cue is not None and not CLAUSE_BREAK.search(text, figure.end, cue.start())


def rank_pools(lexicon: LanguageLexicon, spaced: bool) -> RankPools:
    """The language's ranking and field words, compiled once a language."""
    section = lexicon.section("metrics")
    return RankPools(cue_pattern(section.get("rank_words"), spaced),
                     cue_pattern(section.get("rank_pool_before"), spaced),
                     cue_pattern(section.get("rank_pool_after"), spaced), spaced,
                     cue_pattern(section.get("rank_pool_openers"), spaced))
