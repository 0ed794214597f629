"""The words before a market word that name the market with it, where the language writes its
qualifiers there (``metrics.market_phrase: before``): "the niche fragrance segment in China was worth",
"Scotch whisky exports to mainland China fell to", "2024年中国户外用品市场规模约为".

A figure that sizes a market keeps the words naming what it sizes (``market_subjects``); where the
qualifiers follow the market word ("il mercato discografico nazionale") ``market_subjects`` reads them
up to the clause's verb. Here they stand before it. With spaces between words, the phrase runs back
from the market word over the words up to the first that cannot qualify it: an article, a function
word or a preposition of the language (``stop_words``), a possessive ("China's": the place owns the
figure, ``place_owners``), punctuation or a number. Without spaces, it is the clause up to the market
word, the dates opening the clause left out ("2024年"). A market word alone, a phrase of more than a
few words, or one with a digit or a mark in it names nothing the reader could look up, and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crossreach.lexicon import LanguageLexicon
from crossreach.models import DateMention, Mention

#: A word of a phrase.
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
#: The most words (spaced scripts) or characters (unspaced) a phrase holds besides its market word.
_MOST_WORDS, _MOST_CHARACTERS = 4, 12
_POSSESSIVES = ("'s", "\u2019s")


def stop_words(lexicon: LanguageLexicon) -> frozenset[str]:
    """The words that end a market's phrase read backwards: the language's function words, articles and
    place prepositions ("the", "of", "in"), and its verbs of saying ("The trade body said global exports"),
    which no market's name holds before its market word."""
    words = [*(lexicon.section("language").get("function_words") or []),
             *(lexicon.section("roles").get("apposition_articles") or []),
             *(lexicon.section("metrics").get("place_prepositions") or []),
             *(lexicon.section("dates").get("report_cues") or []),
             *(lexicon.section("quotes").get("verbs") or []),
             *(str(word) for words in (lexicon.section("metrics").get("owner_determiners") or {}).values()
               for word in words or [])]
    return frozenset(str(word).casefold() for word in words)


def phrase_before(text: str, clause_start: int, start: int, end: int, stops: frozenset[str], spaced: bool,
                  dates: Iterable[DateMention] = (), places: Iterable[Mention] = ()) -> str:
    """The market's name ending with its market word (``text[start:end]``), "" when none can be read. A
    place alone before the market word ("the Chinese market", "中国市场") names no market of its own: it is
    where a brand of the article sells, not what the figure sizes."""
    if spaced:
        first = start
        for count, word in enumerate(reversed(list(_WORD.finditer(text, clause_start, start)))):
            if text[word.end():first].strip() or word.group().casefold() in stops \
                    or word.group().endswith(_POSSESSIVES):
                break
            if count >= _MOST_WORDS:
                return ""
            first = word.start()
    else:
        first = clause_start
        for date in sorted(dates, key=lambda d: d.start):
            if date.start <= first + len(text[first:start]) - len(text[first:start].lstrip()) < date.end:
                first = date.end
        first += len(text[first:start]) - len(text[first:start].lstrip())
        if not text[first:start].isalpha() or len(text[first:start]) > _MOST_CHARACTERS \
                or any(text.startswith(word, first) for word in stops):
            return ""  # (a determiner points back to a market named before: "该市场")
    own = [offset for offset in range(first, start) if text[offset].isalpha()
           and not any(place.start <= offset < place.end for place in places)]
    return text[first:end] if own else ""
