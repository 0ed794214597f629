"""A count right before a noun that never counts an audience or a trade counts that noun, not what a
metric cue near it names: "fans in 150 cities", "watched in 200 countries by viewers", "the 380,000
works of its collection", "覆盖300个城市的用户". The nouns are each language's ``metrics.counted_nouns``,
as a linguist would list them (places, works, products, episodes); one word may stand between ("150
Chinese cities", "3 millions de produits"), and, unspaced, a classifier (``metrics.thing_classifiers``:
"个", "座"). Units sold keep their noun ("sold 2,368 cars"): what was sold, but for shares of stock
("sold 365 million shares in its IPO", ``metrics.stock_nouns``): no sales, but equity. A count of goods that a
selling word in its clause names is sales, though a word for the people who bought them stands nearer ("hat
7.400 Räder an Kunden in China verkauft", "sold 7,400 bikes to customers"): ``sold_goods``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, alternation, compiled, cue_pattern
from crossreach.models import Quantity
from crossreach.relate.context import CLAUSE_BREAK

#: The space after a count, on its line; one word, or an elided article ("d'"), that may stand before its noun.
_SPACE = compiled(r"[^\S\n]+")
_ONE_WORD = compiled(r"[^\W\d_][\w-]*[^\S\n]+|[^\W\d_]+'")


@dataclass(frozen=True)
class CountedNouns:
    """A language's nouns that a count may name instead of a metric, and its classifiers of things."""

    nouns: re.Pattern[str]
    stock: re.Pattern[str]
    classifiers: re.Pattern[str] | None
    spaced: bool
    sold_measures: frozenset[str] = frozenset()

    def counts_another(self, text: str, figure: Quantity, kind: str) -> bool:
        """Whether the count is followed by a noun of its own that names no audience or trade. A measure
        counts its unit: a trade when a weight or volume is sold (``metrics.sold_measures``: tonnes, litres),
        never an audience, nor a size ("un paquete de 500 gramos") or a length."""
        if figure.kind == "measure":
            return kind != "sales" or (figure.unit or "").casefold() not in self.sold_measures
        if figure.kind != "count" or figure.range is not None:
            return False
        nouns = self.stock if kind == "sales" else self.nouns
        if not self.spaced:
            classifier = self.classifiers.match(text, figure.end) if self.classifiers is not None else None
            return nouns.match(text, classifier.end() if classifier else figure.end) is not None
        space = _SPACE.match(text, figure.end)
        if space is None:
            return False
        if nouns.match(text, space.end()):
            return True
        word = _ONE_WORD.match(text, space.end())
        return word is not None and nouns.match(text, word.end()) is not None


def counted_nouns(lexicon: LanguageLexicon, spaced: bool) -> CountedNouns:
    """The language's counted nouns, stock nouns and classifiers of things, compiled once a language."""
    section = lexicon.section("metrics")
    classifiers = section.get("thing_classifiers") or []
    return CountedNouns(cue_pattern(section.get("counted_nouns"), spaced),
                        cue_pattern(section.get("stock_nouns"), spaced),
                        compiled(f"(?:{alternation(classifiers)})") if classifiers else None, spaced,
                        frozenset(str(unit).casefold() for unit in section.get("sold_measures") or []))


def sold_goods(text: str, figure: Quantity, cues: list[tuple[int, int, str]], selling: frozenset[str],
               reach: float) -> bool:
    """Whether a selling word (``selling``: a language's ``metrics.unit_sales``) stands within ``reach``
    characters of a count in its clause: with a noun of goods of its own, the count is of what was sold."""
    for start, end, _ in cues:
        if text[start:end].casefold() not in selling:
            continue
        left, right = (figure.end, start) if start >= figure.end else (end, figure.start)
        if 0 <= right - left <= reach and not CLAUSE_BREAK.search(text, left, right):
            return True
    return False
