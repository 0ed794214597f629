"""A sentence's clause breaks, found once a sentence and asked of by offset.

The owner layouts and the owner ranker ask, for every figure and every candidate name, where
the figure's clause opens and closes and whether a break stands between a name and the figure.
Scanning the sentence again for each question made the cost grow with figures times names;
the breaks are listed once a sentence (kept in the document view's ``memo``) and each question
is a bisection of that list.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from crossreach.lexicon import script
from crossreach.models import Mention, Quantity, Sentence
from crossreach.relate.context import CLAUSE_BREAK, DocumentView


class SentenceBreaks(NamedTuple):
    """The clause breaks of one sentence, in order, with their starts and ends for bisection."""

    matches: list[re.Match[str]]
    starts: list[int]
    ends: list[int]


@lru_cache(maxsize=64)
def breaks_up_to(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The clause breaks from a sentence's ``start`` up to a figure's (``end``): a figure's guards (a
    forecast in its clause, a forecast opener) and its market test each ask, so they are found once a
    figure. A document's text keeps its hash, and the cache a few documents' figures."""
    return tuple(CLAUSE_BREAK.finditer(text, start, end))


def sentence_breaks(view: DocumentView, sentence: Sentence) -> SentenceBreaks:
    """The sentence's clause breaks, listed once a sentence."""
    key = ("clause breaks", sentence.start, sentence.end)
    found = view.memo.get(key)
    if found is None:
        matches = list(CLAUSE_BREAK.finditer(view.text, sentence.start, sentence.end))
        found = view.memo[key] = SentenceBreaks(matches, [m.start() for m in matches], [m.end() for m in matches])
    return found


def breaks_before(view: DocumentView, sentence: Sentence, offset: int) -> list[re.Match[str]]:
    """The breaks of the sentence that close at ``offset`` or before."""
    breaks = sentence_breaks(view, sentence)
    return breaks.matches[:bisect_right(breaks.ends, offset)]


def clause_start(view: DocumentView, sentence: Sentence, offset: int) -> int:
    """Where the clause holding ``offset`` opens: after the last break before it, else the sentence's start."""
    breaks = sentence_breaks(view, sentence)
    index = bisect_right(breaks.ends, offset)
    return breaks.ends[index - 1] if index else sentence.start


def next_break(view: DocumentView, sentence: Sentence, offset: int) -> re.Match[str] | None:
    """The first break of the sentence that opens at ``offset`` or after."""
    breaks = sentence_breaks(view, sentence)
    index = bisect_left(breaks.starts, offset)
    return breaks.matches[index] if index < len(breaks.matches) else None


def break_between(view: DocumentView, sentence: Sentence, low: int, high: int) -> bool:
    """Whether a break lies wholly between ``low`` and ``high`` (read in the text when the span
    leaves the sentence: a list line's owner may be named in its heading)."""
    if low < sentence.start or high > sentence.end:
        return CLAUSE_BREAK.search(view.text, low, high) is not None
    found = next_break(view, sentence, low)
    return found is not None and found.end() <= high


def same_clause(view: DocumentView, sentence: Sentence, mention: Mention, figure: Quantity) -> bool:
    """Whether no break of the sentence stands between a name of it and the figure."""
    low, high = (mention.end, figure.start) if mention.end <= figure.start else (figure.end, mention.start)
    return low >= high or not break_between(view, sentence, low, high)


def name_in_aside(view: DocumentView, sentence: Sentence, mention: Mention, figure: Quantity) -> bool:
    """``owners.in_aside`` read from the sentence's breaks: a name before the figure with a break
    before it and another between it and the figure. A colon or semicolon before the name opens
    a new main clause, not an aside ("In comparison: HOKA, Deckers' running brand, has …": HOKA
    is its subject)."""
    if mention.end > figure.start or not break_between(view, sentence, mention.end, figure.start):
        return False
    before = breaks_before(view, sentence, mention.start)
    return bool(before) and not opens_main_clause(before[-1].group())


def outside_asides(view: DocumentView, sentence: Sentence, figure: Quantity, before: list[Mention],
                   referent: Mention | None) -> list[Mention]:
    """Of the names before a figure, those outside an aside (``name_in_aside``); when all are in one, what the
    anaphor opening the sentence points to (``referent``: "O museu, gerido pelo IDG, recebeu 1,1 milhão de
    visitantes" is the museum's, not its manager's) if the figure is in the sentence's first part (no semicolon
    before it), else all of them."""
    outside = [m for m in before if not name_in_aside(view, sentence, m, figure)]
    if outside or not before or referent is None or any(
            mark in script().semicolons for mark in view.text[sentence.start:figure.start]):
        return outside or before
    return [referent]


def opens_main_clause(mark: str) -> bool:
    """Whether a clause break opens a new main clause (a colon, a semicolon), not an aside."""
    return mark in script().colons or mark in script().semicolons


def last_turn(text: str, sentence: Sentence, offset: int, turns: re.Pattern[str]) -> int | None:
    """Where the part of the sentence holding ``offset`` opens, when a turn (a semicolon, a contrast
    word from ``turns``) precedes it."""
    found = None
    for match in turns.finditer(text, sentence.start, offset):
        found = match.end()
    return found


def turn_before(view: DocumentView, sentence: Sentence, offset: int, turns: re.Pattern[str]) -> int | None:
    """``last_turn`` in the document's text, read once a figure: the owner ranker's features and the
    unnamed subject rule both ask where the figure's part of the sentence opens."""
    key = ("last turn", id(turns), sentence.start, offset)
    if key not in view.memo:
        view.memo[key] = last_turn(view.text, sentence, offset, turns)
    return view.memo[key]
