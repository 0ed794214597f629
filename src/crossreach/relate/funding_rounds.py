"""Money raised in a funding round is an investment, not a donation: "raised $50 million in a funding
round led by Tencent", "ha raccolto 50 milioni in un round di finanziamento", "recaudó 50 millones en
una ronda de financiación". The collecting verbs a donation is read by ("raised", "raccolto",
"recaudó") also say what investors put in; a funding word of the language's ``metrics.funding_words``
in the sentence makes every donation cue of it a deal_value cue (FACTS.md: the value of an
investment). It is no cue itself: a round whose sum no verb collects gives no figure more than before.

A collecting verb says nothing of a cause either: in a sentence of sales (a sales cue in it) where no
donation word but such verbs (``metrics.collecting_words``) stands, what they collect is sales too
("i 71 milioni incassati su JD.com e i 15 milioni raccolti su Douyin", "brought in HK$3.15 billion,
below the HK$3.4 billion raised a year earlier", "aveva raccolto ordinazioni per 9,6 milioni").
"""

from __future__ import annotations

import re

from crossreach.lexicon import LanguageLexicon, cue_pattern

_DONATIONS, _DEAL_VALUE, _SALES = "donations", "deal_value", "sales"


def funding_words(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """The language's funding words ("funding round", "Finanzierungsrunde", "融资"), compiled once."""
    return cue_pattern(lexicon.section("metrics").get("funding_words"), spaced)


def collecting_words(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """The language's donation cues that only say money was collected ("raised", "raccolto"), compiled once."""
    return cue_pattern(lexicon.section("metrics").get("collecting_words"), spaced)


def funded_cues(cues: list[tuple[int, int, str]], text: str, start: int, funding: re.Pattern[str],
                collecting: re.Pattern[str] | None = None) -> list[tuple[int, int, str]]:
    """A sentence's metric cues (``start`` is its offset in the document) with, where a funding word
    stands in it, each donation cue read as a deal_value cue; and in a sentence of sales whose
    donation cues are all ``collecting`` verbs, each read as a sales cue."""
    donations = [(s, e) for s, e, kind in cues if kind == _DONATIONS]
    if not donations:
        return cues
    if funding.search(text) is not None:
        return [(s, e, _DEAL_VALUE if kind == _DONATIONS else kind) for s, e, kind in cues]
    if collecting is None or not any(kind == _SALES for _, _, kind in cues) or not all(
            collecting.fullmatch(text, s - start, e - start) for s, e in donations):
        return cues
    return [(s, e, _SALES if kind == _DONATIONS else kind) for s, e, kind in cues]
