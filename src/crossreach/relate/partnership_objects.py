"""The sentence's subject with each partner a cue's preposition introduces, when no other rule read a pair.

"A Keeta informou ainda que fechou parceria com o Alipay+, da Ant International, ..., e com o banco
digital Nubank": the name that opens the sentence (an article at most before it, no other name and no
clause break between it and the cue, whatever verb of saying stands there) signed with the name the
partner preposition (``partnerships.partner_prepositions``: "with", "con", "avec", "mit", "com") right
after the cue introduces, and with every further name a conjunction and the same preposition introduce
("..., and with the digital bank Nubank"). An owner in apposition after a partner ("Alipay+, of Ant
International") is no partner. The last resort of ``relate.partnerships`` for an affirmed cue that the
other rules read nothing from: it asks for an exact shape, so that it adds no pair where they abstained
for a reason (a list, a bystander, a rival), which a negation or speculation word would say anyway.
"""

from __future__ import annotations

import re
from itertools import pairwise

from crossreach.models import Mention, Sentence
from crossreach.relate.context import CLAUSE_BREAK
from crossreach.relate.partnership_reader import Reader, owns

#: How many words may stand between a cue and its partner preposition ("signed a deal with").
_CUE_TO_PREPOSITION = 3
#: How many words may stand between a partner preposition and the name it introduces (an article and a
#: descriptor: "with the digital bank Nubank").
_PREPOSITION_TO_NAME = 3
#: How many words may open the sentence before its subject (an article).
_OPENING_WORDS = 1
#: A word of a spaced script.
_WORD = re.compile(r"\S+")


def subject_and_objects(reader: Reader, sentence: Sentence, cue: re.Match[str],
                        mentions: list[Mention]) -> list[list[Mention]]:
    """The pairs (subject, partner) of one affirmed cue in the shape the module describes, else none."""
    if not reader.view.spaced or len({m.name for m in mentions}) < 2:
        return []
    text, start = reader.view.text, sentence.start
    cue_start, cue_end = start + cue.start(), start + cue.end()
    subject = mentions[0]
    if subject.end > cue_start or len(text[start:subject.start].split()) > _OPENING_WORDS \
            or CLAUSE_BREAK.search(text, subject.end, cue_start) \
            or any(subject.end <= m.start and m.end <= cue_start and m.name != subject.name for m in mentions):
        return []
    objects = _objects(reader, sentence, cue, [m for m in mentions if m.start >= cue_end])
    return [[subject, m] for m in objects
            if m.name != subject.name and not owns(reader.domain, subject, m) and not owns(reader.domain, m, subject)]


def _objects(reader: Reader, sentence: Sentence, cue: re.Match[str], after: list[Mention]) -> list[Mention]:
    """The names the cue's partner preposition introduces: the first right after it (the cue may end
    with the preposition: "signs with"), and those a conjunction and the preposition introduce again
    later in the sentence."""
    if not after:
        return []
    text = reader.view.text
    gap = text[sentence.start + cue.end():after[0].start]
    if CLAUSE_BREAK.search(gap) or reader.cues.contrast.search(gap):
        return []
    if not (_introduced(reader, gap, _CUE_TO_PREPOSITION) or (
            reader.cues.partner_preposition.search(cue.group()) and len(gap.split()) <= _PREPOSITION_TO_NAME)):
        return []
    return [after[0], *introduced_again(reader, after[0], after[1:], reader.cues.partner_preposition)]


def introduced_again(reader: Reader, first: Mention, later: list[Mention],
                     preposition: re.Pattern[str]) -> list[Mention]:
    """The names after ``first`` (in ``later``, in order) that a conjunction and a preposition of its kind
    (``preposition``, matched closing a text) introduce again, a few words (an article, a descriptor) at
    most before the name: "with Alipay+, ..., and with the digital bank Nubank", "selling on Tmall since 2016
    and on JD.com since 2018". No owner or owned name of one found before."""
    found = [first]
    for previous, mention in pairwise([first, *later]):
        if not _introduced(reader, reader.view.text[previous.end:mention.start], 0, preposition, coordinated=True):
            continue
        if any(owns(reader.domain, other, mention) or owns(reader.domain, mention, other) for other in found):
            continue
        found.append(mention)
    return found[1:]


def _introduced(reader: Reader, gap: str, lead_words: int, preposition: re.Pattern[str] | None = None,
                coordinated: bool = False) -> bool:
    """Whether a gap before a name ends with a partner preposition and a few words (an article, a
    descriptor), with at most ``lead_words`` words before the preposition; ``coordinated``: a
    conjunction stands right before the preposition (after the comma that closes an aside)."""
    words = list(_WORD.finditer(gap))
    for at in range(len(words) - 1, max(-1, len(words) - 2 - _PREPOSITION_TO_NAME), -1):
        head = gap[:words[at].end()]
        if not (preposition or reader.cues.partner_preposition).search(head):
            continue
        before = [w.group() for w in words[:at]]
        tail = gap[words[at].end():]
        if CLAUSE_BREAK.search(tail) or reader.cues.contrast.search(tail):
            return False  # "signed with both platforms while Gucci ...": another clause's subject
        if coordinated:
            return bool(before) and before[-1] in reader.rules.conjunctions
        return len(before) <= lead_words
    return False
