"""Dates spoken inside a quotation: a speaker's time ("Two years ago we started from zero"), no event
the text dates.

A figure whose sentence gives no date takes the date of the event the text told last
(``DocumentView.date_before``); a date inside a quotation before it ("「三年前沒人相信……」", "“两年前，我们在抖音上
几乎是从零开始”") is what someone said, and the figures told after the quote are not of that time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from crossreach.lexicon import script

#: What ends a clause or a sentence (``script.yaml``): a quotation holding one is speech.
_PUNCTUATION = frozenset(script().clause_breaks + script().sentence_ends + script().wide_sentence_ends)


#: The fewest characters from a quotation's opening mark to its closing one for it to be speech,
#: not a quoted name or term.
SHORTEST_SPEECH = 24


@cache
def _marks() -> tuple[dict[str, str], frozenset[str]]:
    """The opening quotation marks with the marks that close each, and every closing mark
    (``script.yaml``'s ``quotations``)."""
    pairs = {str(opening): str(closing) for opening, closing in script().quotations.items()}
    return pairs, frozenset("".join(pairs.values()))


@cache
def _mark_re() -> re.Pattern[str]:
    """Any quotation mark, opening or closing."""
    pairs, closing = _marks()
    return re.compile("[" + "".join(re.escape(char) for char in sorted(set(pairs) | closing)) + "]")


@lru_cache(maxsize=8)
def _mark_offsets(text: str) -> list[int]:
    """The offsets of a text's quotation marks, found once a text: every date before a figure asks
    about the marks of its paragraph, and only they change what ``in_quotation`` reads."""
    return [found.start() for found in _mark_re().finditer(text)]


@lru_cache(maxsize=1024)  # (asked again for a date by every sentence after it: 70 % repeats)
def in_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` stands inside a quotation of speech opened earlier in its paragraph: the
    last quotation mark before it opens one (a straight double quote opens one when an even number
    of them stands before it in the paragraph), and it is no quoted term (its closing mark comes
    within ``SHORTEST_SPEECH`` characters of its opening one and nothing inside it ends a clause:
    "“双11”成交额", "the «618» festival"; "「三年前沒人相信……，」" is speech)."""
    pairs, closing = _marks()
    paragraph = text.rfind("\n", 0, offset) + 1
    straight = 0
    opened: str | None = None
    at = 0
    marks = _mark_offsets(text)
    for index in marks[bisect_left(marks, paragraph):bisect_left(marks, offset)]:
        char = text[index]
        if pairs.get(char) == char:  # the straight quote: opens and closes
            straight += 1
            opened, at = (char, index) if straight % 2 else (None, at)
        elif char in pairs and (opened is None or char not in pairs[opened]):
            opened, at = char, index
        elif char in closing and opened is not None and char in pairs[opened]:
            opened = None
    if opened is None:
        return False
    close = next((index for index in range(offset, min(len(text), at + SHORTEST_SPEECH))
                  if text[index] in pairs[opened] or text[index] == "\n"), None)
    return close is None or any(char in _PUNCTUATION for char in text[at:close])
