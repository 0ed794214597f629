"""The words before a market word that name the market with it."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.relate.market_heads import phrase_before, stop_words


def _phrase(lang: str, text: str, word: str) -> str:
    start = text.index(word)
    return phrase_before(text, 0, start, start + len(word), stop_words(load_language(lang)), lang != "zh")


@pytest.mark.parametrize(("lang", "text", "word", "expected"), [
    ("en", "Scotch whisky exports to mainland China fell", "exports", "Scotch whisky exports"),
    ("en", "Analysts estimate that the niche fragrance segment was worth", "segment", "niche fragrance segment"),
    ("en", "The trade body said global exports slipped", "exports", "global exports"),
    # a possessive owns the market ("China's"), a number or a mark is in the way, a market word alone names none
    ("en", "China's luxury market reached", "market", "luxury market"),
    ("en", "In 2023 exports reached", "exports", ""),
    ("en", "The market reached", "market", ""),
    # more words than a market's name holds
    ("en", "Big old red small green wide luxury market reached", "market", ""),
    ("zh", "中国户外用品市场规模", "市场", "中国户外用品市场"),
    ("zh", "出口至香港", "出口", ""),
    ("zh", "据统计，市场", "市场", ""),
    # a place alone names no market; a determiner points back to one named before
    ("zh", "该市场", "市场", ""),
])
def test_the_words_before_a_market_word_name_the_market(lang, text, word, expected) -> None:
    assert _phrase(lang, text, word) == expected


def test_chinese_reads_the_words_before_its_market_words() -> None:
    assert load_language("zh").section("metrics")["market_phrase"] == "before"
    assert {"该", "这"} <= stop_words(load_language("zh"))
