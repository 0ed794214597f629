"""The matches of a cue regex over a whole document, found where its words occur.

A document is scanned for the partnership cue words once (``relate.partnerships``), with a regex of a
few hundred words that the regex engine tries at every position of the text. An Aho-Corasick automaton
of the same words finds where any of them occurs in one pass in C; the regex is then tried at those
positions only, in order, each scan going on from the end of the match before, as ``finditer`` does.
The matches are the same: the regex matches only its words, a character matching a word's character
where case is ignored (both are mapped to one character of the regex engine's own case variants, so
"Partnership", "PARTNERSHIP" and a Kelvin sign for a "k" are found), whole or as a compound's tail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from crossreach.lexicon import case_variants


@dataclass(frozen=True, eq=False)
class CueScanner:
    """A cue regex and the automaton of the words it matches (None where it cannot be built exactly)."""

    pattern: re.Pattern[str]
    folding: dict[int, str]
    automaton: Any
    #: The variants of the words' characters that ``str.lower`` does not fold to the words' own (the long s
    #: for an "s", the dotless i for an "i"): a text holding none is folded by ``str.lower``, in C. Looked
    #: for one at a time (``str.__contains__``; two or three of them, never more in the lexicons): a regex
    #: of them as a class tested every character of the text, five to ten times slower.
    unlowered: tuple[str, ...] = ()
    #: Whether every such variant is beyond ASCII: then a text that ``str.isascii`` holds none (a check
    #: in C that reads the string's kind, not its characters), and it is not scanned either.
    unlowered_beyond_ascii: bool = True

    def finditer(self, text: str) -> list[re.Match[str]]:
        """``list(self.pattern.finditer(text))``, the pattern tried only where one of its words starts."""
        if self.automaton is None:
            return list(self.pattern.finditer(text))
        folded = text.lower()
        unlowered = self.unlowered
        if len(folded) != len(text) or (unlowered and not (self.unlowered_beyond_ascii and text.isascii())
                                        and _holds_any(text, unlowered)):
            folded = text.translate(self.folding)
        starts = sorted({end - length + 1 for end, length in self.automaton.iter(folded)})
        found: list[re.Match[str]] = []
        scanned = 0  # (where the scan goes on: after the last match)
        for start in starts:
            if start < scanned:
                continue
            match = self.pattern.match(text, start)
            if match is None:
                continue
            if match.end() == start:  # (an empty match: none of a cue regex's; finditer's own rules)
                return list(self.pattern.finditer(text))
            found.append(match)
            scanned = match.end()
        return found


def cue_scanner(words: Iterable[str], pattern: re.Pattern[str]) -> CueScanner:
    """The scanner of ``pattern``, a regex that matches only the ``words`` (case ignored), whole or as a
    compound's tail; its matches are ``pattern.finditer``'s. Without words, or with a character beyond
    the Basic Multilingual Plane or two characters whose case variants overlap without being the same,
    the pattern scans the text itself."""
    items = sorted({w for w in words if w})
    folding = _folding({c for w in items for c in w})
    if not items or folding is None:
        return CueScanner(pattern, {}, None)
    unlowered = sorted({chr(code) for code, canonical in folding.items() if chr(code).lower() != canonical})
    import ahocorasick  # (the domain's automaton is of the same library)

    automaton = ahocorasick.Automaton()
    for word in items:
        folded = word.translate(folding)
        automaton.add_word(folded, len(folded))
    automaton.make_automaton()
    if not unlowered:
        return CueScanner(pattern, folding, automaton)
    return CueScanner(pattern, folding, automaton, tuple(unlowered), not any(c.isascii() for c in unlowered))


def _holds_any(text: str, chars: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``chars`` (a loop: ``any`` of a generator costs twice as much here)."""
    for char in chars:  # noqa: SIM110
        if char in text:
            return True
    return False


def _folding(chars: set[str]) -> dict[int, str] | None:
    """A translation that maps every character matching one of ``chars`` where case is ignored (by the
    regex engine's account) to one character, the same for all of them: the lower case one that
    ``str.lower`` gives most of them, where there is one; None where that cannot be done."""
    variants = case_variants(chars)
    folding: dict[int, str] = {}
    for char in sorted(chars):
        matching = variants[char]
        if matching is None:
            return None
        lowered = sorted(v.lower() for v in matching if v.lower() in matching)
        canonical = lowered[0] if lowered else min(matching)
        for variant in matching:
            if folding.setdefault(ord(variant), canonical) != canonical:
                return None
    return folding
