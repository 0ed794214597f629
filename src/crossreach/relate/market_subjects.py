"""The subject a market's figure keeps (issue 15, item 2): a figure that sizes a market, an industry
or a sector (``market_figures``) is no brand's of the article, but it is still a figure, so it keeps
the word that names what it sizes instead of being dropped.

Where the language writes compounds, the market word closing a compound names the market by itself
("Musikindustrie", "Spielwarenmarkt", "Kosmetikbranche"); the metric stage then counts the market's
worth as its sales. A market word alone ("der Markt", "the market"), or one qualified by separate
words ("il mercato discografico nazionale", "the Chinese luxury market": where such a phrase ends is
not yet read), names nothing the gold would, and the figure is left out as before; so is a figure a
place owns ("le vendite della Cina").
"""

from __future__ import annotations

import re

from crossreach.models import Mention, Quantity, Sentence
from crossreach.relate.context import CLAUSE_BREAK, DocumentView
from crossreach.relate.market_figures import MarketCues, market_figure
from crossreach.relate.owners import OwnerCues

#: A word of a phrase.
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def market_subject(view: DocumentView, sentence: Sentence, figure: Quantity, kind: str, mentions: list[Mention],
                   markets: MarketCues, links: OwnerCues, own_cue: bool) -> str | None:
    """None when the figure is no market's; else the words naming the market ("" when none do)."""
    text = view.text
    if not market_figure(text, sentence, figure, kind, mentions, markets, links, own_cue):
        return None
    breaks = list(CLAUSE_BREAK.finditer(text, sentence.start, figure.start))
    clause_start = breaks[-1].end() if breaks else sentence.start
    if markets.words is None or not markets.spaced:
        return ""
    found = markets.words.search(text, clause_start, figure.start)
    if found is None:
        return ""
    word = _WORD.match(text, _word_start(text, found.start()))
    # (a compound names its market: "Musik|industrie"; a market word alone names none)
    return word.group() if word is not None and word.start() < found.start() else ""


def _word_start(text: str, offset: int) -> int:
    """Where the word holding ``offset`` starts (a compound's first part: "Musik|industrie")."""
    while offset > 0 and (text[offset - 1].isalnum() or text[offset - 1] == "-"):
        offset -= 1
    return offset

