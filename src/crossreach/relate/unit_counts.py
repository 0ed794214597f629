"""Counts of one match, round or game ("each match pits 100 players", "pro Partie treten 100 Spieler
an", "每局有100名玩家"): how many a single unit of play holds, not an audience or a trade reached. The
words are each language's ``metrics.per_unit``; one in the count's clause, before it, leaves the count
out. Units of time are not among them: "2 million visitors a year" is a figure, and a per-day average
beside a total is the total's (the corpora's gold keeps such averages only as optional).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, cue_pattern
from crossreach.models import Quantity
from crossreach.relate.clause_breaks import breaks_up_to


@dataclass(frozen=True)
class UnitCues:
    """A language's words for one unit of play ("each match", "每局")."""

    words: re.Pattern[str]

    def counts_a_unit(self, text: str, figure: Quantity, start: int) -> bool:
        """Whether a per-unit word stands in the figure's clause before it (``start`` opens its sentence)."""
        breaks = breaks_up_to(text, start, figure.start)
        opening = breaks[-1].end() if breaks else start
        return self.words.search(text, opening, figure.start) is not None


def unit_cues(lexicon: LanguageLexicon, spaced: bool) -> UnitCues:
    """The language's per-unit words, compiled once a language."""
    return UnitCues(cue_pattern(lexicon.section("metrics").get("per_unit"), spaced))
