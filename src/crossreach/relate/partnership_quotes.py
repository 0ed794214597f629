"""A name quoted in speech is no party of a cue outside the quotation.

'"The Chinese public has followed Serie A for thirty years", said Chen Lu, head of sports partnerships
at Douyin': the cue ("partnerships") stands outside the speech, Serie A inside it; what the speaker says
is no deal of the sentence's. A short quotation without speech marks is a title or a name in quotes
("the “Douyin” app"), whose names stay parties (``relate.partnership_filters.in_title`` reads titles).
"""

from __future__ import annotations

import re

from crossreach.lexicon import script
from crossreach.models import Sentence
from crossreach.relate.partnership_reader import Reader
from crossreach.relate.partnership_scorer import Candidate

#: The most words a quotation without speech marks holds and still is a title or a name, not speech.
_TITLE_WORDS = 6
#: Marks inside a quotation that make it speech.
_SPEECH_MARKS = re.compile(r"[.,;!?\u3002\uff0c\uff1b\uff01\uff1f]")


def speech_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """The spans (sentence offsets, the marks included) of the quotations of a sentence that read as speech."""
    text, marks = sentence.text, script().quotations
    spans = []
    at = 0
    while True:
        openings = [(i, mark) for mark in marks if (i := text.find(mark, at)) >= 0]
        if not openings:
            return spans
        opening, mark = min(openings)
        closings = [i for closing in marks[mark] if (i := text.find(closing, opening + 1)) >= 0]
        if not closings:
            return spans
        closing = min(closings)
        quoted = text[opening + 1:closing]
        if _SPEECH_MARKS.search(quoted) or len(quoted.split()) > _TITLE_WORDS:
            spans.append((opening, closing + 1))
        at = closing + 1


def without_quoted_parties(reader: Reader, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less those with a party inside a quotation of speech whose cue stands outside it."""
    spans: dict[int, list[tuple[int, int]]] = {}
    kept = []
    for candidate in candidates:
        sentence, cue = candidate.sentence, candidate.cue
        if sentence.start not in spans:
            spans[sentence.start] = speech_spans(sentence)
        found = spans[sentence.start]
        if found and any(start <= m.start - sentence.start < end and not start <= cue.start() < end
                         for m in candidate.parties if sentence.start <= m.start < sentence.end
                         for start, end in found):
            continue
        kept.append(candidate)
    return kept
