"""The partner a cue's clause names without the recogniser reading it, in a sentence naming others too.

``partnership_reader.unread_partner`` takes the one unread run of capitalised words of a sentence that names
one party only. A sentence often names more: "Tencent a finalise son investissement dans Vantage Studios, la
filiale d'Ubisoft" (Ubisoft in an apposition after the clause), "A Douro Azul assinou um memorando com o
operador Caissa Touristic e terminou o acordo com a agencia Pearl Cruise Services" (two deals, one unread name
each). Here each affirmed cue is read by its own clause: when the one unread run of the clause after the cue
is the partner its preposition introduces ("with", "con", "avec", "mit", "com", then only lower-case words:
"com o operador chines Caissa Touristic"), the partner is the last party named before the cue in the sentence,
with no other unread run between them. The pair is one more rule candidate: the scorer keeps it or leaves it
out (its party is "discovered").
"""

from __future__ import annotations

import re

from crossreach.models import Mention, Sentence
from crossreach.relate.partnership_reader import (
    Reader,
    clause_bounds,
    contrast_part,
    inside_cue,
    is_acronym,
    unread_capital,
)

#: A word of a spaced script (a run of capitalised words is made of these).
_WORD = re.compile(r"[^\W\d_][\w'\u2019&.-]*")
#: Punctuation between a cue and the run: the run is in an aside or another statement.
_BREAK = re.compile(r"[,;:()\[\]\"\u201c\u201d\u00ab\u00bb]")
#: The most words (lower-case, an article, a preposition, a descriptor) between a cue and the unread run it
#: governs ("un memorando de entendimento com o", "an agreement with the Hangzhou agency").
_GOVERNED_WORDS = 8


def clause_unread_pairs(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]],
                        parties: list[Mention]) -> list[tuple[re.Match[str], list[Mention]]]:
    """For each affirmed cue whose clause holds one unread run of capitalised words after it, the pair
    (the party named last before the cue, the run); none in a script without spaces (no capitals)."""
    if not reader.view.spaced or not parties:
        return []
    read = reader.view.mentions_in(sentence)  # persons and places too
    text, found, seen = sentence.text, [], set()
    for cue in affirmed:
        left, right = clause_bounds(text, cue.start(), cue.end())
        part_left, part_right = contrast_part(reader, sentence, cue.start(), cue.end())
        left, right = max(left, part_left - sentence.start), min(right, part_right - sentence.start)
        runs = _runs(reader, sentence, affirmed, read, cue.end(), right)
        if len(runs) != 1:
            continue
        start, end = runs[0]
        if not _governed(reader, text, cue, start) or any(cue.end() <= m.start - sentence.start < start for m in read):
            continue  # the run is not the partner the cue's preposition introduces
        before = [m for m in parties if m.end <= sentence.start + cue.start()]
        if not before or _runs(reader, sentence, affirmed, read, before[-1].end - sentence.start, cue.start()):
            continue
        name = text[start:end].rstrip(".")
        if name in seen or any(m.name == name for m in parties):
            continue
        seen.add(name)
        unread = Mention(sentence.start + start, sentence.start + start + len(name), name, name, "organization",
                         origin="partnership")
        found.append((cue, [before[-1], unread]))
    return found


def _governed(reader: Reader, text: str, cue: re.Match[str], start: int) -> bool:
    """Whether a run starting at ``start`` is the partner the cue introduces: a partner preposition
    ("with", "con", "avec", "mit", "com"), in the cue or after it, then only lower-case words (an article,
    a descriptor: "com o operador chines"), no punctuation, before the run."""
    head = text[cue.start():start]
    words = list(_WORD.finditer(head, cue.end() - cue.start()))
    if len(words) > _GOVERNED_WORDS or _BREAK.search(head, cue.end() - cue.start()):
        return False
    for count in range(len(words), -1, -1):  # the preposition as late as it stands, lower-case words after it
        cut = words[count].start() if count < len(words) else len(head)
        if reader.cues.partner_preposition.search(head, 0, cut):
            return all(w.group()[0].islower() for w in words[count:])
    return False


def _runs(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]], read: list[Mention],
          left: int, right: int) -> list[tuple[int, int]]:
    """The runs of unread capitalised words (two or more, or one acronym) between two offsets of a
    sentence, none at its first word (capitalised by the sentence)."""
    runs: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []

    def unread(word: re.Match[str]) -> bool:
        return not inside_cue(word, affirmed) \
            and unread_capital(reader, sentence.start + word.start(), word.group(), read)

    for word in [*_WORD.finditer(sentence.text, max(0, left), right), None]:
        if word is not None and unread(word) and (not run or word.start() == run[-1].end() + 1):
            run.append(word)
            continue
        if (len(run) >= 2 and run[0].start() > 0) or (len(run) == 1 and is_acronym(run[0].group())
                                                     and run[0].start() > 0):
            runs.append((run[0].start(), run[-1].end()))
        run = [word] if word is not None and unread(word) else []
    return runs
