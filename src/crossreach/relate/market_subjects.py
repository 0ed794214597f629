"""The subject a market's figure keeps (issue 15, item 2): a figure that sizes a market, an industry
or a sector (``market_figures``) is no brand's of the article, but it is still a figure, so it keeps
the word that names what it sizes instead of being dropped.

Where the language writes compounds, the market word closing a compound names the market by itself
("Musikindustrie", "Spielwarenmarkt", "Kosmetikbranche"); the metric stage then counts the market's
worth as its sales. Where the words qualifying a market word follow it (``metrics.market_phrase``:
"il mercato discografico nazionale", "las exportaciones de productos ibericos a China"), they name it
with it up to the clause's verb. A market word alone ("der Markt", "the market"), or one qualified by
words before it ("the Chinese luxury market": where such a phrase begins is not yet read), names
nothing the gold would, and the figure is left out as before. A figure a place owns ("le vendite
della Cina", "o Brasil recebeu 78.300 turistas") with no market word in its clause is the place's, for
a kind a place can own (``place_owners``), else it is left out too.
"""

from __future__ import annotations

import re

from crossreach.models import Mention, Metric, Quantity, Sentence
from crossreach.relate.clause_breaks import breaks_up_to
from crossreach.relate.context import DocumentView
from crossreach.relate.market_figures import NAMED, MarketCues, market_figure
from crossreach.relate.owners import OwnerCues
from crossreach.relate.place_owners import market_place

#: A word of a phrase.
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")

#: The most words a market's phrase holds besides its market word.
_MOST_WORDS = 6

#: The longest lower-case word a phrase may not end with (an article, a preposition: "del", "dos").
_SHORT = 3


def market_subject(view: DocumentView, sentence: Sentence, figure: Quantity, kind: str, mentions: list[Mention],
                   markets: MarketCues, links: OwnerCues, own_cue: bool, previous: Metric | None = None) -> str | None:
    """None when the figure is no market's; else the words naming the market ("" when none do). A figure
    of the same kind right after a market's in its sentence, with no name between them, is the market's
    too: its earlier value, set against the first ("alcanzaron 110 millones en 2023, frente a 24 millones
    cinco anos antes")."""
    text = view.text
    if not market_figure(text, sentence, figure, kind, mentions, markets, links, own_cue):
        return _carried(previous, sentence, figure, kind, mentions, markets)
    if (place := market_place(view, sentence, figure, kind, mentions, markets, links, own_cue)) is not None:
        return place.name  # ("o Brasil recebeu 78.300 turistas": a country's visitors)
    breaks = breaks_up_to(text, sentence.start, figure.start)
    clause_start = breaks[-1].end() if breaks else sentence.start
    if markets.words is None or not markets.spaced:
        return ""
    found = markets.words.search(text, clause_start, figure.start)
    if found is None:
        return ""
    word = _WORD.match(text, _word_start(text, found.start()))
    # (a compound names its market: "Musik|industrie"; a market word alone names none)
    if word is not None and word.start() < found.start():
        return word.group()
    return market_phrase(text, found.start(), found.end(), figure.start, markets)


def market_phrase(text: str, start: int, end: int, limit: int, markets: MarketCues) -> str:
    """The words that name a market with its market word (``text[start:end]``), "" when none can be read:
    where the language puts them after it (``metrics.market_phrase``), those up to its clause's verb
    ("las exportaciones de productos ibericos a China alcanzaron", "il mercato discografico nazionale ha
    superato"). A phrase whose end is not found (no verb before the figure, punctuation or a number in
    the way, more than a few words) or that ends on a short word ("il mercato dei | diritti") is not read."""
    if markets.ends is None:
        return ""
    last = end
    for index, word in enumerate(_WORD.finditer(text, end, limit)):
        if text[last:word.start()].strip() or index > _MOST_WORDS:
            return ""
        if markets.ends.fullmatch(word.group()):
            phrase = text[start:last]
            tail = phrase.split()[-1]
            return phrase if index and not (tail.islower() and len(tail) <= _SHORT) else ""
        last = word.end()
    return ""


def _carried(previous: Metric | None, sentence: Sentence, figure: Quantity, kind: str, mentions: list[Mention],
             markets: MarketCues) -> str | None:
    """The market a figure shares with the figure before it in its sentence (``market_subject``), if any."""
    if previous is None or previous.kind != kind or not previous.subject or markets.words is None \
            or previous.evidence.sentence_start != sentence.start or not markets.words.search(previous.subject):
        return None
    between = (m for m in mentions if previous.evidence.end <= m.start and m.end <= figure.start)
    return None if any(m.type in NAMED for m in between) else previous.subject


def _word_start(text: str, offset: int) -> int:
    """Where the word holding ``offset`` starts (a compound's first part: "Musik|industrie")."""
    while offset > 0 and (text[offset - 1].isalnum() or text[offset - 1] == "-"):
        offset -= 1
    return offset

