"""The unread subject of a cue whose sentence names platforms only.

"The Eden Project in Cornwall signed with Trip.com in 2023 and says its Weibo page has 118,000
followers": the recogniser read Trip.com and Weibo, not the Eden Project; the deal is the unread name's,
the capitalised run before the cue in its clause (``partnership_reader.unread_partner``), with the
platform the cue names right after it, not the document's subject's. A language that capitalises its
nouns (``entities.capitals_mark``) is not read so: its capitals mark no name.
"""

from __future__ import annotations

import re

from crossreach.lexicon import load_language
from crossreach.models import Mention, Sentence
from crossreach.relate.context import is_tech
from crossreach.relate.partnership_reader import Reader, clause_bounds, unread_partner

#: How many words may stand between the cue and the platform it names ("signed with", "firmato con la").
_PLATFORM_WORDS = 2


def unread_with_platform(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]],
                         mentions: list[Mention]) -> list[tuple[re.Match[str], list[Mention]]]:
    """The unread name before the first cue and the platform right after it, when the sentence names
    platforms only; else none."""
    if not mentions or any(not is_tech(m) for m in mentions) or not reader.view.spaced:
        return []
    if load_language(reader.view.extraction.document.lang).section("entities").get("capitals_mark") == "nouns":
        return []
    cue = affirmed[0]
    left, right = clause_bounds(sentence.text, cue.start(), cue.end())
    end = sentence.start + cue.end()
    after = [m for m in mentions if end <= m.start < sentence.start + right]
    if not after or len(reader.view.text[end:after[0].start].split()) > _PLATFORM_WORDS:
        return []
    unread = unread_partner(reader, sentence, [cue])
    if unread is None or not sentence.start + left <= unread.start or unread.end > sentence.start + cue.start() \
            or any(unread.end <= m.start < sentence.start + cue.start() for m in mentions):
        return []
    return [(cue, [unread, after[0]])]
