"""Money raised in a funding round is an investment, not a donation: "raised $50 million in a funding
round led by Tencent", "ha raccolto 50 milioni in un round di finanziamento", "recaudó 50 millones en
una ronda de financiación". The collecting verbs a donation is read by ("raised", "raccolto",
"recaudó") also say what investors put in; a funding word of the language's ``metrics.funding_words``
in the sentence makes every donation cue of it a deal_value cue (FACTS.md: the value of an
investment). It is no cue itself: a round whose sum no verb collects gives no figure more than before.
"""

from __future__ import annotations

import re

from crossreach.lexicon import LanguageLexicon, cue_pattern

_DONATIONS, _DEAL_VALUE = "donations", "deal_value"


def funding_words(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """The language's funding words ("funding round", "Finanzierungsrunde", "融资"), compiled once."""
    return cue_pattern(lexicon.section("metrics").get("funding_words"), spaced)


def funded_cues(cues: list[tuple[int, int, str]], text: str, start: int,
                funding: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """A sentence's metric cues (``start`` is its offset in the document) with, where a funding word
    stands in it, each donation cue read as a deal_value cue."""
    if not any(kind == _DONATIONS for _, _, kind in cues) or funding.search(text) is None:
        return cues
    return [(s, e, _DEAL_VALUE if kind == _DONATIONS else kind) for s, e, kind in cues]
