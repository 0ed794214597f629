"""A sum the price words of its clause name is one item's price, not a metric (issue 15).

"1 080 yuans le flacon", "kostet 70.000 Yuan": a price cue (the language's ``metrics.price_cues``)
right beside a sum makes it a price. So does one that opens the sum's clause further back, with a
product's name or size between them ("Il prezzo del flacone da 100 ml è di 1.280 yuan", "The price
of the 50-piece limited edition box is 12,800 yuan", "El precio de la botella de edición limitada
es de 1.500 yuanes"): the clause still says what the sum is.
"""

from __future__ import annotations

import re

from crossreach.lexicon import script
from crossreach.models import Quantity

#: How far (characters) after and before a sum a price cue beside it may stand.
PRICE_REACH_AFTER, PRICE_REACH_BEFORE = 20, 30
#: How far back a clause opening with a price cue is read.
CLAUSE_REACH = 90
_CLAUSE_OPEN = re.compile(rf"[{re.escape(script().clause_breaks + script().phrase_ends)}\n]| - ")
#: The end of a sentence: a wide stop, or a stop before a space and a capital (not a decimal point, not "approx. 20").
_SENTENCE_END = re.compile(rf"[{script().wide_sentence_ends}\n]"
                           rf"|[{re.escape(script().sentence_ends)}](?=\s+[{script().capitals}])")


def priced(text: str, figure: Quantity, prices: re.Pattern[str]) -> bool:
    """Whether a sum is one item's price: a price cue beside it in its sentence (not the next sentence's:
    "去年在台營收約新台幣38億元。吹風機在台售價為..."), or in its clause before it."""
    low = max(0, figure.start - PRICE_REACH_BEFORE)
    for found in _SENTENCE_END.finditer(text, low, figure.start):
        low = found.end()
    end = _SENTENCE_END.search(text, figure.end, figure.end + PRICE_REACH_AFTER)
    if prices.search(text, low, end.start() if end else figure.end + PRICE_REACH_AFTER):
        return True
    start = max(0, figure.start - CLAUSE_REACH)
    opening = start
    for found in _CLAUSE_OPEN.finditer(text, start, figure.start):
        opening = found.end()
    return prices.search(text, opening, figure.start) is not None
