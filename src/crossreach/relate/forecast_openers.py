"""A sentence that opens by saying it tells a forecast says so of every figure after it: "Selon les
prévisions, d'ici 2025, la plateforme comptera 500 millions d'utilisateurs", "预计到2025年，该平台用户数
将突破5亿", "Según las previsiones, en 2025 la plataforma tendrá 500 millones de usuarios". The phrase
(``metrics.forecast_openers``: "according to forecasts", "laut Prognosen", "据预测") opens a short
opening clause, closed by a clause break before the figure and holding no figure of its own (a year
aside). Only these phrases: a forecast word opening a sentence may say the opposite ("As expected,
the livestream drew 2 million viewers", "Prévu pour trois jours, le festival a attiré ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, cue_pattern
from crossreach.models import Quantity, Sentence
from crossreach.relate.context import CLAUSE_BREAK

#: The longest opening clause read as one: words where the script has spaces, characters where not.
_OPENING_WORDS, _OPENING_CHARS = 6, 12
#: How many opening clauses may stand before the one with the phrase ("En 2025, según las previsiones,").
_OPENINGS = 2
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class ForecastOpeners:
    """A language's forecast openers and whether it writes spaces between words."""

    phrases: re.Pattern[str]
    spaced: bool

    def opens(self, text: str, sentence: Sentence, figure: Quantity) -> bool:
        """Whether a short opening clause of the sentence, before the figure, opens with a forecast phrase."""
        start = sentence.start
        for _ in range(_OPENINGS):
            end = CLAUSE_BREAK.search(text, start, figure.start)
            if end is None:
                return False
            opening = text[start:end.start()].strip()
            short = len(opening.split()) <= _OPENING_WORDS if self.spaced else len(opening) <= _OPENING_CHARS
            if not short or _DIGIT.search(_YEAR.sub("", opening)):
                return False
            if self.phrases.match(opening):
                return True
            start = end.end()
        return False


def forecast_openers(lexicon: LanguageLexicon, spaced: bool) -> ForecastOpeners:
    """The language's forecast openers, compiled once."""
    return ForecastOpeners(cue_pattern(lexicon.section("metrics").get("forecast_openers"), spaced), spaced)
