"""A sentence that opens with a subject pronoun and lists its partners after the cue.

"The Shanghai platform claims 340 million users. It has already signed similar agreements with the
Paris Opera and the Salzburg Festival": each listed name has a deal with what the pronoun stands for,
the subject of the sentence before: the first name it gives, or, when it opens with a platform word
and names none ("La plateforme de Shanghai", "Die Plattform"), the platform of the paragraph or of
the document. A pronoun naming a single partner is read by ``relate.partnership_referents``.
"""

from __future__ import annotations

import re

from crossreach.models import Mention, Sentence
from crossreach.relate.context import CLAUSE_BREAK
from crossreach.relate.partnership_presence import platform_of_paragraph
from crossreach.relate.partnership_reader import Reader, subject_list

#: How far (characters) after the cue the first listed name may stand.
_LIST_REACH = 40
#: How far into the sentence before (characters) the platform word of its subject may stand.
_PLATFORM_WORD_AT = 20


def pronoun_with_list(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]],
                      mentions: list[Mention]) -> list[tuple[re.Match[str], list[Mention]]]:
    """One pair per name listed after the first cue of a sentence a subject pronoun opens, each with the
    subject of the sentence before; none unless two names or more are listed, right after the cue or after
    a partner preposition that stands before it ("with", "mit", "与")."""
    view = reader.view
    if len({m.name for m in mentions}) < 2 or not affirmed \
            or not reader.cues.opening_pronoun.match(view.text, sentence.start, sentence.end):
        return []
    cue, first = affirmed[0], mentions[0]
    end = sentence.start + cue.end()
    if first.start < end:  # a language that puts the cue last: "它已与古驰和普拉达签约", "Sie hat mit A und B ..."
        if not reader.cues.partner_preposition.search(view.text, sentence.start, first.start) \
                or CLAUSE_BREAK.search(view.text, sentence.start, first.start):
            return []
    elif first.start - end > _LIST_REACH or CLAUSE_BREAK.search(view.text, end, first.start):
        return []
    listed = list({m.name: m for m in subject_list(reader, mentions)}.values())
    referent = _subject_before(reader, sentence)
    if len(listed) < 2 or referent is None or referent.name in {m.name for m in listed}:
        return []
    return [(cue, [referent, m]) for m in listed]


def _subject_before(reader: Reader, sentence: Sentence) -> Mention | None:
    """The subject of the sentence before: its first name, else the platform its platform word opening it
    means; none when there is no sentence before in the paragraph."""
    view = reader.view
    previous = view.sentence_before(sentence)
    if previous is None or "\n\n" in view.text[previous.end:sentence.start]:
        return None
    named = reader.parties(previous)
    if named:
        return named[0]
    if reader.cues.platform_words.search(previous.text, 0, _PLATFORM_WORD_AT):
        return platform_of_paragraph(view, previous, [])
    return None
