"""A sentence that asks or supposes states no figure (issue 15).

"Can a 200-year-old auction house win over 10 million Douyin users?" asks. "If the livestream passes
one million viewers, the brand will give ...", "Se il video superasse i 10 milioni di visualizzazioni,
il consorzio raddoppierebbe ...", "如果视频播放量突破1000万，该品牌将..." suppose: the figure in the
condition is a threshold, and the figures after it are what would follow. So a sentence that ends
with a question mark, or opens with a conditional word (the language's ``metrics.conditional_openers``),
gives no metric. ``forecast_openers`` reads a short conditional clause holding no figure after an
opening aside too; this reads the sentence's first words only, and a condition of any length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, compiled, cue_pattern, script
from crossreach.models import Sentence


@dataclass(frozen=True)
class Hypotheses:
    """A language's conditional openers, anchored at a sentence's first word."""

    conditions: re.Pattern[str]

    def supposes(self, sentence: Sentence) -> bool:
        """Whether the sentence asks a question or opens with a condition."""
        text = sentence.text
        ending = text.rstrip().rstrip(_CLOSERS)
        if ending and ending[-1] in _QUESTION_MARKS:
            return True
        return self.conditions.match(text, len(text) - len(text.lstrip(_OPENERS))) is not None


_QUESTION_MARKS = script().question_marks
_CLOSERS = script().closers + script().spaced_closers + " "
#: What may stand before a sentence's first word: spaces, quotation marks, dashes.
_OPENERS = script().quote_marks + script().dashes + " \t\n\u00a0"


def hypotheses(lexicon: LanguageLexicon, spaced: bool) -> Hypotheses:
    """The language's conditional openers, compiled once."""
    words = lexicon.section("metrics").get("conditional_openers") or []
    return Hypotheses(compiled(rf"(?:{cue_pattern(words, spaced).pattern})", re.IGNORECASE))
