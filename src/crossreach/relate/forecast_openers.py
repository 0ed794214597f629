"""A sentence that opens by saying it tells a forecast says so of every figure after it: "Selon les
prévisions, d'ici 2025, la plateforme comptera 500 millions d'utilisateurs", "预计到2025年，该平台用户数
将突破5亿", "Según las previsiones, en 2025 la plataforma tendrá 500 millones de usuarios". The phrase
(``metrics.forecast_openers``: "according to forecasts", "laut Prognosen", "据预测") opens a short
opening clause, closed by a clause break before the figure and holding no figure of its own (a year
aside). Only these phrases: a forecast word opening a sentence may say the opposite ("As expected,
the livestream drew 2 million viewers", "Prévu pour trois jours, le festival a attiré ...").

A short opening clause that states a condition ("If the trend holds, the account would pass 3 million
followers", "Se la tendenza continuerà, ...", "如果这一趋势持续，...": ``metrics.conditional_openers``) says
the same of the figures after it: they are what would follow, not what was counted.

A forecast cue after the figure, closing its clause, says the same ("..., wonach der Umsatz 2,25
Milliarden erreichen soll"), unless a conjunction (``entities.conjunctions``) stands between them: it
opens a clause of its own, whose verb the cue is ("Le club a réalisé un chiffre d'affaires de 45
millions d'euros en 2024 et vise l'équilibre financier en 2026": the 45 million were made).

A clause that goes on with the verb of the clause before it ("The brand plans to double its followers,
reaching 5 million", "计划将粉丝数翻一番，达到500万": ``metrics.continuations`` open it) is a forecast
when that clause holds a forecast cue (``metrics.forecast_cues``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import NEVER, LanguageLexicon, compiled, cue_pattern
from crossreach.models import Quantity, Sentence
from crossreach.relate.clause_breaks import breaks_up_to
from crossreach.relate.context import CLAUSE_BREAK
from crossreach.relate.hypotheses import Hypotheses, hypotheses

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
    forecasts: re.Pattern[str]
    continuations: re.Pattern[str]
    supposed: Hypotheses
    conjunctions: re.Pattern[str] = NEVER

    def closes(self, text: str, sentence: Sentence, figure: Quantity, cues: re.Pattern[str]) -> bool:
        """Whether a cue of ``cues`` closes the figure's clause after it, no conjunction between."""
        end = CLAUSE_BREAK.search(text, figure.end, sentence.end)
        found = cues.search(text, figure.end, end.start() if end else sentence.end)
        return found is not None and self.conjunctions.search(text, figure.end, found.start()) is None

    def opens(self, text: str, sentence: Sentence, figure: Quantity) -> bool:
        """Whether a short opening clause of the sentence, before the figure, opens with a forecast
        phrase, or the figure's clause goes on with a clause before it that holds a forecast cue, or
        the sentence asks or supposes (``hypotheses``)."""
        return self._opening(text, sentence, figure) or self._continued(text, sentence, figure) \
            or self.supposed.supposes(sentence)

    def _continued(self, text: str, sentence: Sentence, figure: Quantity) -> bool:
        breaks = breaks_up_to(text, sentence.start, figure.start)
        if not breaks:
            return False
        opening = self.continuations.match(text, breaks[-1].end())
        if opening is None or _DIGIT.search(text, opening.end(), figure.start) is not None:
            return False
        earlier = breaks[-2].end() if len(breaks) > 1 else sentence.start
        return self.forecasts.search(text, earlier, breaks[-1].start()) is not None

    def _opening(self, text: str, sentence: Sentence, figure: Quantity) -> bool:
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


def forecast_cues(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """The words that make a figure in their clause no count: a forecast, target or plan
    (``metrics.forecast_cues``), or an open question ("asked whether the app would reach 100 million
    users", "能否达到1亿用户": ``metrics.question_cues``)."""
    section = lexicon.section("metrics")
    return cue_pattern([word for key in ("forecast_cues", "question_cues") for word in section.get(key) or []],
                       spaced)


def forecast_openers(lexicon: LanguageLexicon, spaced: bool) -> ForecastOpeners:
    """The language's forecast openers, compiled once."""
    section = lexicon.section("metrics")
    openers = [*(section.get("forecast_openers") or []), *(section.get("conditional_openers") or [])]
    return ForecastOpeners(cue_pattern(openers, spaced), spaced,
                           cue_pattern(section.get("forecast_cues"), spaced),
                           compiled(rf"\s*(?:{cue_pattern(section.get('continuations'), spaced).pattern})",
                                    re.IGNORECASE), hypotheses(lexicon, spaced),
                           cue_pattern(lexicon.section("entities").get("conjunctions"), spaced))
