"""Word-start scans that pass over the inside of words.

A ``lexicon.word_start_scanner`` opens with the class of its words' first characters, so the regex
engine skips the other characters at once; but most letters of a text can open one of a few dozen
words ("a", "the", "de", "la" open date forms), so the engine still starts a match at nearly every
letter, inside words too, where the lookbehind for the start of a word then fails. ``WordScan``
finds the same matches with a twin regex that opens with the character before the word (one that is
not a letter or digit): the engine skips every letter at once and starts a match only after a space
or a mark, where each branch opens with a plain first character, compared before the branch is
entered. Twice as fast on the date leads of an article; the matches are those of the scanner's
``finditer``, checked by ``tests/recognise/test_word_starts.py``.

A ``JointScan`` reads the words of several such scans (a language's months, weekdays, quarters and
the first words of its date forms) in one pass: its regex stops only after a character that is no
letter or digit and before one of the twins' words (all of them in one alternation, tried once), and
says in one match what each of them reads there. A text is scanned once rather than once a kind of
word (twice as fast again); what one scan's own ``finditer`` would pass over (a word inside its last
match) is passed over in Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from crossreach.build_cache import source_digest
from crossreach.lexicon import builder_source, scanner_branches, word_start_scanner, words_key
from crossreach.regex_store import stored_regex

#: The characters a word is made of, for which the twin is written: letters and digits.
_WORD_CLASS = r"[^\W_]"


@dataclass(frozen=True)
class WordScan:
    """A regex run over whole texts, with what its matches are read for: the start of each match and
    the text of its group ``group`` (None without one). ``after_break``, where there is one, is the
    twin of ``scanner`` (a word-start scanner) that opens with the character before the word."""

    scanner: re.Pattern[str]
    group: str | None = None
    after_break: re.Pattern[str] | None = None
    #: The words the twin reads (those of ``word_scan``), for the gate of a ``JointScan``.
    words: frozenset[str] = frozenset()

    def spans(self, text: str) -> list[tuple[int, str | None]]:
        """Where each match of ``scanner.finditer(text)`` starts, and its group's text."""
        group, scanner, twin = self.group, self.scanner, self.after_break
        if twin is None:
            return [(m.start(), m.group(group) if group else None) for m in scanner.finditer(text)]
        found: list[tuple[int, str | None]] = []
        pos = 0
        while True:
            # The twin finds words after a character it reads; at the start of the text, and right after
            # a match that ends with no letter or digit ("d'"), a word starts where reading resumes.
            if (pos == 0 or not text[pos - 1].isalnum()) and (here := scanner.match(text, pos)) is not None:
                found.append((pos, here.group(group) if group else None))
                pos = here.end()
                continue
            for match in twin.finditer(text, pos):
                found.append((match.start() + 1, match.group(group) if group else None))
                if not text[match.end() - 1].isalnum():
                    pos = match.end()
                    break
            else:
                return found


@dataclass(frozen=True)
class JointScan:
    """The matches of several ``WordScan``s, each with a twin, found in one pass (``joint_scan``)."""

    scans: tuple[WordScan, ...]
    #: A character that is no letter or digit, before a word one twin reads, then for each twin a
    #: lookahead that holds its match (group ``a<i>``) and its group (``n<i>``) where it reads one.
    joint: re.Pattern[str]

    @cached_property
    def groups(self) -> list[tuple[int, int]]:
        """Where the groups ``a<i>`` and ``n<i>`` of each scan stand in a match's ``groups()``."""
        index = self.joint.groupindex
        return [(index[f"a{i}"] - 1, index[f"n{i}"] - 1) for i in range(len(self.scans))]

    def spans(self, text: str) -> list[list[tuple[int, str | None]]]:
        """``scans[i].spans(text)`` for each ``i``, in their order."""
        scans = self.scans
        found: list[list[tuple[int, str | None]]] = [[] for _ in scans]
        reached = [0] * len(scans)  # where each scan's last match ended: its finditer reads on from there
        for index, scan in enumerate(scans):  # (a word opening the text has no character before it)
            if (here := scan.scanner.match(text, 0)) is not None:
                found[index].append((0, here.group(scan.group) if scan.group else None))
                reached[index] = here.end()
        groups = self.groups
        for match in self.joint.finditer(text):
            start, read = match.end(), match.groups()  # (all groups in one call: cheaper than a call a group)
            for index, (whole, word) in enumerate(groups):
                if read[whole] is not None and start >= reached[index]:
                    found[index].append((start, read[word]))
                    reached[index] = start + len(read[whole])
        return found


def joint_scan(scans: list[WordScan]) -> JointScan | None:
    """One ``JointScan`` of ``scans``; None unless every one has a twin and a group, or with fewer than two."""
    if len(scans) < 2 or any(s.after_break is None or s.group is None for s in scans):
        return None
    twins = [s.after_break for s in scans if s.after_break is not None]
    if len({twin.flags for twin in twins}) != 1:
        return None
    parts = (*(twin.pattern.encode() for twin in twins), _own_source())
    joint = stored_regex("joint_scanner", parts, lambda: _joint_source(scans, twins))
    return None if joint is None else JointScan(tuple(scans), joint)


def _joint_source(scans: list[WordScan], twins: list[re.Pattern[str]]) -> tuple[str, int] | None:
    """The source of a ``JointScan``'s regex, from the twins' own: each is ``[\\W_](?P<group>tries)tail``."""
    bodies = []
    for scan, twin in zip(scans, twins, strict=True):
        opening = rf"[\W_](?P<{scan.group}>"
        if not twin.pattern.startswith(opening):
            return None
        bodies.append(twin.pattern[len(opening):])  # "tries)tail": the group still to open
    if any("(?P<" in body or "(?P=" in body for body in bodies):
        return None  # (named groups of their own, which the joint regex would name twice)
    gate = _gate(scans) or "|".join(f"(?:(?:{body})" for body in bodies)  # (each "(?:tries)tail")
    reads = "".join(f"(?=(?P<a{i}>(?P<n{i}>{body})|)" for i, body in enumerate(bodies))
    return rf"[\W_](?={gate}){reads}", twins[0].flags


def _gate(scans: list[WordScan]) -> str | None:
    """The tries of all the scans' words in one alternation, one branch a first character: where none of
    them starts, no scan reads a word. The gate each scan's own body would make (its tries and its tail,
    one after the other) costs the regex engine a pass over every scan's branches at every character
    that is no letter or digit; this one, a pass over the first characters once. Looser than the
    bodies (no tails), it lets through a few places where no scan then reads a word: a match whose
    groups are all empty, which ``JointScan.spans`` passes over. None where the words do not make one
    (``scanner_branches``)."""
    words = frozenset().union(*(scan.words for scan in scans))
    branches = scanner_branches(words) if all(scan.words for scan in scans) else None
    if branches is None:
        return None
    return "|".join(f"{re.escape(char)}(?i:{rest})" for variants, rest in branches for char in variants)


def word_scan(words: object, group: str, tail: str = "") -> WordScan | None:
    """A ``WordScan`` of ``word_start_scanner(words, group, tail)`` with its twin; None where the scanner
    cannot be written."""
    scanner = word_start_scanner(words, group, tail)
    if scanner is None:
        return None
    items = {str(w) for w in (words or [])} - {""}
    parts = (words_key(items), group.encode(), tail.encode(), builder_source(), _own_source())
    twin = stored_regex("break_scanner", parts, lambda: _twin_source(items, group, tail))
    return WordScan(scanner, group, twin, frozenset(items))


def _twin_source(items: set[str], group: str, tail: str) -> tuple[str, int] | None:
    """The source of the twin: a character that is no letter or digit, then the scanner's branches, one a
    first character, each opening with that character compared with case; the rest ignores case, as
    in the scanner, and the branches keep its order."""
    branches = scanner_branches(items)
    if branches is None:
        return None
    tries = "|".join(f"{re.escape(char)}(?i:{rest})" for variants, rest in branches for char in variants)
    return rf"[\W_](?P<{group}>{tries}){tail}", 0


@cache
def _own_source() -> bytes:
    """A digest of this module's bytes: a change to how the twin is written gives it another key in the store."""
    return source_digest(__file__)


def literal_word_starts(text: str, scan_re: re.Pattern[str] | None) -> list[tuple[int, str]]:
    """Where a word of ``scan_re`` (an alternation of literal words, ``lexicon.alternation``, compared
    with case) starts a word of ``text``, and the word: the regex engine skips through to the words'
    first characters, and a match inside a word (after a letter, digit, underscore or hyphen) is
    passed over. For short lists of capitalised words (institution heads, rival cues), where a
    ``word_scan``'s case-blind first characters would stop at most letters."""
    if scan_re is None:
        return []
    return [(m.start(), m.group()) for m in scan_re.finditer(text)
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-")]
