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

from crossreach.lexicon import LanguageLexicon, alternation, compiled, is_spaced
from crossreach.models import Mention, Quantity, Sentence
from crossreach.relate.context import CLAUSE_BREAK

#: The entity types whose name before a figure in its clause makes the figure theirs.
_NAMED = ("organization", "person", "platform", "work", "event")


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
    longest = int(section.get("compound_cues") or 0)
    tails = [word for word in words if longest and len(word) >= longest]
    compound = rf"|(?<=[^\W\d_])(?:{alternation(tails, ignore_case=True)})" if tails else ""
    return compiled(rf"(?:(?<![^\W\d_])(?:{alternation(words, ignore_case=True)}){compound})(?![^\W\d_])",
                    re.IGNORECASE)


def market_figure(text: str, sentence: Sentence, figure: Quantity, kind: str, mentions: list[Mention],
                  markets: re.Pattern[str] | None) -> bool:
    """Whether a figure is a market's: a market word in its clause before it, and no name there. A
    deal's value is never a market's: the market words told with it are its sources ("industry
    sources estimate it is worth", "fonti del settore lo stimano", "fontes do mercado")."""
    if markets is None or kind == "deal_value":
        return False
    breaks = list(CLAUSE_BREAK.finditer(text, sentence.start, figure.start))
    clause_start = breaks[-1].end() if breaks else sentence.start
    if any(m.type in _NAMED and clause_start <= m.start < figure.start for m in mentions):
        return False
    return markets.search(text, clause_start, figure.start) is not None
