"""Segment: split a document into sentences, keeping offsets.

A line break always ends a segment (headlines, datelines, list lines and table
rows are units of their own); inside a line, a sentence ends at . ! ? 。！？ or
an ellipsis followed by space (or, for CJK marks, by anything), unless the full
stop belongs to an abbreviation from the language's lexicon, a decimal number,
an initial or a day written as an ordinal before its month ("31. Januar").
Closing quotes and brackets stay with the sentence they end. A stretch with no
sentence end longer than any sentence of prose (a pathological line) is cut at
spaces into pieces of at most ``LONGEST_SENTENCE`` characters, so that no later
stage works on one huge sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from operator import attrgetter

from crossreach.lexicon import LanguageLexicon, script
from crossreach.models import Mention, Sentence

_LINE = re.compile(r"[^\n]+")
#: The first character of the word after a stop.
_NEXT_WORD = re.compile(r"\s+(\S)")
#: The word after a stop, whole.
_NEXT_WHOLE_WORD = re.compile(r"\s+(\w+)")
#: The longest sentence kept whole (characters); prose sentences are far shorter.
LONGEST_SENTENCE = 2000
_CHARS = script()
#: A sentence end; French sets a space before its closing guillemet ("ravis. »"). It opens with the
#: class of every stop, which branch it takes told by a lookbehind, so that the regex engine skips
#: straight to the next stop instead of trying both branches at every character.
_BOUNDARY = re.compile(
    rf"[{re.escape(_CHARS.sentence_ends + _CHARS.wide_sentence_ends)}]"
    rf"(?:(?<=[{re.escape(_CHARS.sentence_ends)}])[{re.escape(_CHARS.sentence_ends)}]*"
    rf"(?:[{re.escape(_CHARS.closers)}]|[{_CHARS.spaces}][{re.escape(_CHARS.spaced_closers)}])*(?=\s)"
    rf"|(?<=[{re.escape(_CHARS.wide_sentence_ends)}])[{re.escape(_CHARS.wide_sentence_ends)}]*"
    rf"[{re.escape(_CHARS.closers)}]*)"
)


#: Leader dots between a list line's label and its figure ("Visitors ........ 1.2m"), no stop.
_LEADER = re.compile(r"\.{4,}$")


@cache
def _abbreviations(lexicon: LanguageLexicon) -> frozenset[str]:
    return frozenset(a.casefold() for a in lexicon.section("segment").get("abbreviations", []))


@cache
def _months(lexicon: LanguageLexicon) -> frozenset[str]:
    """The month names of the language's ``dates`` section: after "31." one makes the stop an ordinal's."""
    return frozenset(str(m).casefold() for m in (lexicon.section("dates").get("months") or {}))


def _word_or_dot(char: str) -> bool:
    """What ``[\\w.]`` matches: a letter or digit (``str.isalnum``, as the regex engine's ``\\w``), "_" or "."."""
    return char.isalnum() or char in "_."


def _is_false_stop(line: str, stop: int, abbreviations: frozenset[str], months: frozenset[str]) -> bool:
    """Whether the full stop at ``stop`` is part of an abbreviation, an initial or a day's ordinal."""
    if line[stop] != ".":
        return False
    begin = stop  # the run of word characters and dots that ends at the stop, read backwards
    while begin > 0 and _word_or_dot(line[begin - 1]):
        begin -= 1
    if begin == stop:
        return False
    token = line[begin:stop]
    if token.casefold() in abbreviations:
        return True
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. Smith"
    if len(token) <= 2 and token.isdigit() and not line[:begin].strip():
        return True  # the number of a list item: "1. Clarins ...... 1 020"
    if len(token) <= 2 and token.isdigit():
        word = _NEXT_WHOLE_WORD.match(line, stop + 1)
        if word is not None and word.group(1).casefold() in months:
            return True  # a day before its month: "31. Januar 2023"
    nxt = _NEXT_WORD.match(line, stop + 1)
    return bool(nxt and nxt.group(1).islower())


def split_sentences(text: str, lexicon: LanguageLexicon) -> list[Sentence]:
    """The sentences of ``text`` in order; whitespace-only stretches belong to none."""
    abbreviations, months = _abbreviations(lexicon), _months(lexicon)
    sentences: list[Sentence] = []
    for line_match in _LINE.finditer(text):
        line, base = line_match.group(0), line_match.start()
        start = 0
        for stop in _BOUNDARY.finditer(line):
            if _is_false_stop(line, stop.start(), abbreviations, months) or _LEADER.match(stop.group()):
                continue
            _append(sentences, text, base + start, base + stop.end())
            start = stop.end()
        _append(sentences, text, base + start, base + len(line))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > LONGEST_SENTENCE:
        cut = text.rfind(" ", start + 1, start + LONGEST_SENTENCE)
        cut = cut if cut > start else start + LONGEST_SENTENCE
        _append(sentences, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


#: A sentence's end, the key ``sentence_at`` bisects on.
_END = attrgetter("end")


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence that contains ``offset`` (sentences are sorted by start)."""
    lo = bisect_right(sentences, offset, key=_END)  # the first that ends after the offset
    if lo < len(sentences) and sentences[lo].start <= offset < sentences[lo].end:
        return sentences[lo]
    return None


def join_split_names(text: str, sentences: list[Sentence], mentions: Sequence[Mention]) -> list[Sentence]:
    """The sentences with a stop that falls inside a recognised name undone ("Dr. Oetker", "Ach. Brito"):
    an abbreviation the lexicon does not list ends no sentence when a name runs on across it. Breaks at
    a line end stay (a headline is its own sentence)."""
    starts = [s.start for s in sentences]
    across = set()  # indexes of the sentences a name runs on into from the one before
    for mention in mentions:
        first, last_index = bisect_right(starts, mention.start) - 1, bisect_right(starts, mention.end - 1) - 1
        across.update(range(max(first, 0) + 1, last_index + 1))
    if not across and all(s.index == i for i, s in enumerate(sentences)):
        return sentences  # (no name runs across a stop, as in most documents: the sentences as they are)
    joined: list[Sentence] = []
    for i, sentence in enumerate(sentences):
        last = joined[-1] if joined else None
        if last is not None and i in across and "\n" not in text[last.end:sentence.start]:
            joined[-1] = Sentence(last.index, last.start, sentence.end, text[last.start:sentence.end])
        else:
            joined.append(Sentence(len(joined), sentence.start, sentence.end, sentence.text))
    return joined
