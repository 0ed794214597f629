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
from crossreach.relate.clause_breaks import breaks_up_to
from crossreach.relate.context import DocumentView
from crossreach.relate.metric_kinds import MONEY_CUES
from crossreach.relate.owners import DocumentOwners, OwnerCues

#: The entity types whose name before a figure in its clause makes the figure theirs.
NAMED = ("organization", "person", "platform", "work", "event")


#: How far (characters) from a market word a source word may stand and make it a source ("fonti del settore").
_SOURCE_GAP = 12


class MarketCues(NamedTuple):
    """What marks a figure as a market's: the market words; whether the script spaces its words; the
    words that make a market word beside them a source ("industry sources"); whether the words
    qualifying a market word follow it (``metrics.market_phrase``: "after", "il mercato discografico
    nazionale"); the words that end such a phrase (its clause's verb: a reaching, change or kind word)."""
    words: re.Pattern[str] | None
    spaced: bool
    sources: re.Pattern[str] | None = None
    phrase: str = ""
    ends: re.Pattern[str] | None = None


def market_cues(lexicon: LanguageLexicon) -> MarketCues:
    """The language's market words."""
    words = lexicon.section("metrics").get("market_sources") or []
    spaced = is_spaced(lexicon)
    bound_before, bound_after = (r"(?<!\w)", r"(?!\w)") if spaced else ("", "")
    sources = compiled(f"{bound_before}(?:{alternation([str(w) for w in words], ignore_case=True)}){bound_after}",
                       re.IGNORECASE) if words else None
    phrase = str(lexicon.section("metrics").get("market_phrase") or "")
    return MarketCues(market_words(lexicon), spaced, sources, phrase,
                      _phrase_ends(lexicon) if spaced and phrase == "after" else None)


def _phrase_ends(lexicon: LanguageLexicon) -> re.Pattern[str] | None:
    """The words that end a market's phrase after its market word: the first word of its clause's verb
    (a reaching or change verb: "ha raggiunto", "alcanzaron"), a kind cue or value word of one word
    ("facturo", "vale"; not "por valor de", whose first word opens many a phrase)."""
    metrics = lexicon.section("metrics")
    verbs = [str(w) for w in metrics.get("reaching_verbs") or []] \
        + [str(w) for w in lexicon.section("numbers").get("change_verbs") or []]
    cues = [str(w) for w in metrics.get("value_words") or []] \
        + [str(w) for ws in (metrics.get("kinds") or {}).values() for w in ws or []]
    words = sorted({w.split()[0] for w in verbs if w.strip()} | {w for w in cues if len(w.split()) == 1})
    return compiled(rf"(?:{alternation(words, ignore_case=True)})", re.IGNORECASE) if words else None


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
    sentence's owner's ("Il fatturato di Zegna è cresciuto. La Cina ha contribuito per 260 milioni").
    A value the market word itself tells, with no source word beside it, is the market's size ("China's
    luxury market is worth 400 billion yuan", "Il mercato cinese del lusso vale 400 miliardi")."""
    breaks = breaks_up_to(text, sentence.start, figure.start)
    clause_start = breaks[-1].end() if breaks else sentence.start
    before = [m for m in mentions if clause_start <= m.start and m.end <= figure.start]
    if any(m.type in NAMED for m in before):
        return False
    if kind == "deal_value":
        return _sized_market(text, clause_start, figure, markets)
    if any(place_owns(text, clause_start, place, markets.spaced, links, own_cue)
           for place in before if place.type == "place"):
        return True
    return markets.words is not None and markets.words.search(text, clause_start, figure.start) is not None


def market_sum_cues(view: DocumentView, sentence: Sentence, figures: list[Quantity], cues: list[tuple[int, int, str]],
                    mentions: list[Mention], markets: MarketCues, owners: DocumentOwners) -> list[tuple[int, int, str]]:
    """A sentence's cues, with its market words as cues of sales when no word of its names money: a
    market, an industry or its exports that reached a sum have sold that much, though no sales word says
    so ("las exportaciones de productos ibericos a China alcanzaron 58 millones de euros", "il mercato
    discografico nazionale ha superato i 440 milioni di euro"). Only where every sum is the market's: the
    first (``market_figure``: no name in its clause before it) and those set against it, no name between
    them ("frente a 24 millones"); ``market_subject`` still reads its words or leaves them out. A market
    word beside a source word ("fuentes del sector") names no sum."""
    if markets.words is None or any(kind in MONEY_CUES for *_, kind in cues):
        return cues
    sums = [f for f in figures if f.kind == "money"]
    first = sums[0] if sums else None
    if first is None or not market_figure(view.text, sentence, first, "sales", mentions, markets, owners.cues) \
            or any(m.type in NAMED and first.end <= m.start < sums[-1].start for m in mentions):
        return cues
    found = [(sentence.start + m.start(), sentence.start + m.end(), "sales")
             for m in markets.words.finditer(sentence.text) if not _sourced(sentence.text, m, markets)
             and sentence.start + m.end() <= first.start]
    return sorted(cues + found) if found else cues


def _sourced(text: str, found: re.Match[str], markets: MarketCues) -> bool:
    """Whether a source word stands beside a market word ("industry sources", "fonti del settore")."""
    near = text[max(0, found.start() - _SOURCE_GAP):found.end() + _SOURCE_GAP]
    return markets.sources is not None and bool(markets.sources.search(near))


def _sized_market(text: str, clause_start: int, figure: Quantity, markets: MarketCues) -> bool:
    """Whether a market word in the clause before a value is no source's ("industry sources estimate")."""
    if markets.words is None:
        return False
    for found in markets.words.finditer(text, clause_start, figure.start):
        near = text[max(clause_start, found.start() - _SOURCE_GAP):min(figure.start, found.end() + _SOURCE_GAP)]
        if markets.sources is None or not markets.sources.search(near):
            return True
    return False


def place_owns(text: str, clause_start: int, place: Mention, spaced: bool, links: OwnerCues, own_cue: bool) -> bool:
    """Whether a place is its clause's subject (at most one word, an article, before it) or an owner
    (the owner links of ``owners``: a genitive before it, a possessive after it)."""
    lead = text[clause_start:place.start]
    if own_cue and len(lead.split()) <= (1 if spaced else 0):
        return True
    return bool(links.genitive_before.search(text, max(clause_start, place.start - 12), place.start)
                or links.possessive_after.match(text, place.end))
