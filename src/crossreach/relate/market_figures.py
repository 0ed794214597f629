"""Figures of a market, not of an entity: "The Chinese luxury market is worth 400 billion yuan",
"Il mercato discografico italiano ha superato i 440 milioni di euro", "中国奢侈品市场销售额达4000亿元".

A market, an industry or a sector (the language's ``metrics.markets`` words) that stands in a
figure's clause before it, with no entity named in the clause before the figure, is the figure's
owner: the figure sizes the market, and no brand of the article (the one the paragraph was about,
the one the document is about) owns it. A name in the clause before the figure keeps the figure
its own ("Gucci's sales in the Chinese market reached 2 billion yuan", "the market leader Alibaba has
900 million users").
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from crossreach.lexicon import LanguageLexicon, alternation, compiled, compound_cue_pattern, is_spaced
from crossreach.models import Mention, Quantity, Sentence
from crossreach.relate.context import CLAUSE_BREAK
from crossreach.relate.owners import OwnerCues

#: The entity types whose name before a figure in its clause makes the figure theirs.
_NAMED = ("organization", "person", "platform", "work", "event")


class MarketCues(NamedTuple):
    """What marks a figure as a market's: the market words; whether the script spaces its words."""
    words: re.Pattern[str] | None
    spaced: bool


def market_cues(lexicon: LanguageLexicon) -> MarketCues:
    """The language's market words."""
    return MarketCues(market_words(lexicon), is_spaced(lexicon))


@cache
def market_words(lexicon: LanguageLexicon) -> re.Pattern[str] | None:
    """The language's market words, whole words where the script has spaces, also as a compound's
    last part where the language writes compounds ("Sportartikel|markt"); None when it has none."""
    section = lexicon.section("metrics")
    words = [str(word) for word in section.get("markets") or []]
    if not words:
        return None
    if not is_spaced(lexicon):
        return compiled(f"(?:{alternation(words, ignore_case=True)})", re.IGNORECASE)
    return compound_cue_pattern(words, int(section.get("compound_cues") or 0))


def market_figure(text: str, sentence: Sentence, figure: Quantity, kind: str, mentions: list[Mention],
                  markets: MarketCues, links: OwnerCues, own_cue: bool = True) -> bool:
    """Whether a figure is a market's: a market word in its clause before it, or a place (a country
    or region) that is the clause's subject or owner ("China's e-commerce sales", "le vendite della
    Cina", "中国的线上零售额"), and no name there. A deal's value is never a market's: the market
    words told with it are its sources ("industry sources estimate it is worth", "fonti del settore
    lo stimano", "fontes do mercado"). A place opening the clause owns the figure only when the
    sentence names the figure's kind itself: a figure whose kind the sentence before gave is that
    sentence's owner's ("Il fatturato di Zegna è cresciuto. La Cina ha contribuito per 260 milioni")."""
    if kind == "deal_value":
        return False
    breaks = list(CLAUSE_BREAK.finditer(text, sentence.start, figure.start))
    clause_start = breaks[-1].end() if breaks else sentence.start
    before = [m for m in mentions if clause_start <= m.start and m.end <= figure.start]
    if any(m.type in _NAMED for m in before):
        return False
    if any(_place_owns(text, clause_start, place, markets.spaced, links, own_cue)
           for place in before if place.type == "place"):
        return True
    return markets.words is not None and markets.words.search(text, clause_start, figure.start) is not None


def _place_owns(text: str, clause_start: int, place: Mention, spaced: bool, links: OwnerCues, own_cue: bool) -> bool:
    """Whether a place is its clause's subject (at most one word, an article, before it) or an owner
    (the owner links of ``owners``: a genitive before it, a possessive after it)."""
    lead = text[clause_start:place.start]
    if own_cue and len(lead.split()) <= (1 if spaced else 0):
        return True
    return bool(links.genitive_before.search(text, max(clause_start, place.start - 12), place.start)
                or links.possessive_after.match(text, place.end))
