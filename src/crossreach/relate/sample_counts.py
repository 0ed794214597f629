"""Counts of people that no audience reached: a survey's sample ("a survey of 2,000 consumers",
"Umfrage unter 1.000 Nutzern", "2000名消费者的调查") and a venue's capacity or a daily limit ("a
capacity of 20,000", "limita el aforo a 8.000 visitantes", "auf 5.000 Besucher begrenzt"). Their
noun is a cue of users, viewers or visitors, but the number says how many were asked or could come,
not how many follow, watch or came. The words are the ``metrics.sample_before`` and
``metrics.sample_after`` of each language's lexicon; one right before the count, or right after it,
in its clause, leaves the count out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, cue_pattern
from crossreach.models import Quantity
from crossreach.relate.context import CLAUSE_BREAK

#: How far (characters) before a count its sample word may end, and after it one may start, in a
#: spaced and in an unspaced script ("sondaggio condotto su 1.500", "2,000 Chinese consumers surveyed",
#: "2000名消费者的调查").
_BEFORE, _AFTER = 30, 30
_BEFORE_UNSPACED, _AFTER_UNSPACED = 10, 8


@dataclass(frozen=True)
class SampleCues:
    """A language's sample words, before and after a count, and how far from it each may stand."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    reach_before: int
    reach_after: int

    def counts_a_sample(self, text: str, figure: Quantity, start: int, end: int) -> bool:
        """Whether a sample or capacity word stands right before the count or right after it, with no
        clause break between (``start`` and ``end`` bound its sentence)."""
        low = max(start, figure.start - self.reach_before)
        if any(not CLAUSE_BREAK.search(text, cue.end(), figure.start)
               for cue in self.before.finditer(text, low, figure.start)):
            return True
        high = min(end, figure.end + self.reach_after)
        cue = self.after.search(text, figure.end, high)
        return cue is not None and not CLAUSE_BREAK.search(text, figure.end, cue.start())


def sample_cues(lexicon: LanguageLexicon, spaced: bool) -> SampleCues:
    """The language's sample and capacity words, compiled once a language."""
    section = lexicon.section("metrics")
    before, after = (_BEFORE, _AFTER) if spaced else (_BEFORE_UNSPACED, _AFTER_UNSPACED)
    return SampleCues(cue_pattern(section.get("sample_before"), spaced),
                      cue_pattern(section.get("sample_after"), spaced), before, after)
