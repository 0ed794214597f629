"""Whether ftfy's badness pattern matches a text, found by searching only around the characters it needs.

``encoding.may_be_mojibake`` searched the whole text with ftfy's badness pattern, whose branches open
with ASCII letters and spaces too, so the regex engine tried every position: about half a millisecond a
2 KB article, which the parent of ``ingest --workers 2`` paid for every article it read. Yet every
branch of the pattern needs a character from a narrow, non-ASCII class somewhere in it (a C1 control,
an accented capital, a box-drawing sign ...). So the texts are scanned for those characters alone (one
pass of a character set in C), and the pattern is searched only in a window around each one, as wide
as the pattern's longest match: a match contains one of them, so it lies in such a window, and a match
found in a window is a match of the text (the pattern has no lookbehind, and ``^`` matches only at real
line starts whatever the window). The answer is the full search's, exactly; where the pattern is not
as this expects, the full search is used.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from re import _constants as constants  # the parsed form of a pattern, to read what each branch needs
from re import _parser as parser
from typing import Any, NamedTuple


class Scan(NamedTuple):
    """The characters one of which every match holds, and the longest match's length."""

    needed: re.Pattern[str]
    reach: int


def badness_matches(badness: re.Pattern[str], text: str) -> bool:
    """``badness.search(text) is not None``, searched only around the characters a match needs."""
    scan = _scan(badness)
    if scan is None:
        return badness.search(text) is not None
    window: tuple[int, int] | None = None  # windows that overlap are merged, then searched once
    for found in scan.needed.finditer(text):
        start, end = max(0, found.start() - scan.reach), min(len(text), found.start() + scan.reach + 1)
        if window is not None and start <= window[1]:
            window = (window[0], end)
            continue
        if window is not None and badness.search(text, *window) is not None:
            return True
        window = (start, end)
    return window is not None and badness.search(text, *window) is not None


@lru_cache(maxsize=4)
def _scan(badness: re.Pattern[str]) -> Scan | None:
    """What ``badness_matches`` searches for, or None where the pattern has a branch it cannot bound."""
    try:
        parsed = parser.parse(badness.pattern, badness.flags)
        if badness.flags & re.IGNORECASE or len(parsed) != 1 or parsed[0][0] is not constants.BRANCH:
            return None
        needed: set[str] = set()
        for branch in parsed[0][1][1]:
            chars = _needed(list(branch))
            if chars is None:
                return None
            needed |= chars
        reach = parsed.getwidth()[1]
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    if not needed or reach > 64:
        return None
    return Scan(re.compile("[" + "".join(re.escape(c) for c in sorted(needed)) + "]"), reach)


def _needed(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of the rarest item a match of this sequence must hold (``_rarity``), or None where
    no item is a plain class."""
    best: set[str] | None = None
    for op, argument in items:
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            least, _most, inner = argument
            chars = _needed(list(inner)) if least >= 1 else None
        elif op is constants.SUBPATTERN:
            chars = _needed(list(argument[-1]))
        else:
            chars = _characters(op, argument)
        if chars and (best is None or _rarity(chars) < _rarity(best)):
            best = chars
    return best


def _rarity(chars: set[str]) -> tuple[bool, int, int]:
    """How often a class's characters are met in text, roughly: one with an ASCII character is the most
    common, then one with more lower-case Latin letters (the accented letters every word of French, Spanish
    or German text may hold: choosing the single ``a`` with a grave accent over a class of six fractions
    and superscripts searched a window around every such letter of an Italian text), then the larger."""
    return any(c.isascii() for c in chars), sum(map(_latin_lower, chars)), len(chars)


def _latin_lower(char: str) -> bool:
    return char.islower() and "LATIN" in unicodedata.name(char, "")


def _characters(op: Any, argument: Any) -> set[str] | None:
    """Every character one literal or class item matches, or None for any other item."""
    if op is constants.LITERAL:
        return {chr(argument)}
    if op is not constants.IN:
        return None
    chars: set[str] = set()
    for inner, value in argument:
        if inner is constants.LITERAL:
            chars.add(chr(value))
        elif inner is constants.RANGE:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:  # a negated class or a category (\w): too many characters to list
            return None
    return chars
