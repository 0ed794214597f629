"""The candidates of ``number_rules`` found as their one regex finds them, by two faster scans.

The candidate regex of a language opens with a lookahead (a digit, or a letter that opens a number
word at the start of a word), so the regex engine tries it at every character of a text. Two scans
find the same places with patterns the engine skips through: a digit that opens a figure
(``digit_starts``), and a number word after the character before it, one that is no letter
(``word_starts``: the engine passes over every letter at once). The nearer of the two is where the
candidate regex's own ``finditer`` matches next; it is matched there, so what is read is its match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crossreach.recognise.number_rules import NumberRules


def candidate_matches(text: str, rules: NumberRules) -> Iterator[re.Match[str]]:
    """The matches of ``rules.candidates.finditer(text)``, in order."""
    candidates, digits, words = rules.candidates, rules.digit_starts, rules.word_starts
    if digits is None or words is None:
        yield from candidates.finditer(text)
        return
    pos = 0
    first = candidates.match(text, 0)  # (a number word opening the text has no character before it)
    if first is not None:
        yield first
        pos = first.end()
    digit = digits.search(text, pos)
    word = words.search(text, max(0, pos - 1))  # (the character before a word may end the last match)
    beyond = len(text) + 1
    while digit is not None or word is not None:
        start = min(digit.start() if digit is not None else beyond, word.start() + 1 if word is not None else beyond)
        found = candidates.match(text, start)
        # (found is never None: each scan matches only where the candidate regex does; if it were, the
        # place is passed over as the candidate regex would pass over it)
        reached = found.end() if found is not None else start + 1
        if found is not None:
            yield found
        if digit is not None and digit.start() < reached:
            digit = digits.search(text, reached)
        if word is not None and word.start() + 1 < reached:
            word = words.search(text, reached - 1)
