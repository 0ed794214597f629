"""The subject of a cue that a relative clause holds, when another name opens the sentence.

"The move by Burberry follows Atout France, the French tourism agency, which last year opened a store on
Tmall": the store is Atout France's, the name the relative clause (``metrics.relative_pronouns``) is
about, whether an apposition stands between it and the pronoun or not; not Burberry's, the sentence's
first name. Read by the presence cues and by a partnership cue whose partner follows it.
"""

from __future__ import annotations

import re

from crossreach.models import Mention, Sentence
from crossreach.relate.context import is_tech
from crossreach.relate.partnership_cues import PartnershipCues


def relative_subject(text: str, sentence: Sentence, cue: re.Match[str], mentions: list[Mention],
                     cues: PartnershipCues) -> Mention | None:
    """The brand or institution right before the relative clause that holds the cue, no other name between
    them, when an earlier name of the sentence would otherwise be read as the subject; else none."""
    start = sentence.start + cue.start()
    before = [m for m in mentions if m.end <= start]
    if len(before) < 2 or is_tech(before[-1]):
        return None
    named = before[-1]
    if all(m.name == named.name for m in before[:-1]):
        return None  # the relative clause's name is the sentence's subject: the other readings hold
    between = text[named.end:start]
    if cues.negation.search(between) or cues.speculation.search(between):
        return None  # "Benamor, which is not yet on Tmall": no deal of the name's
    if cues.relative_clause.match(between) or cues.relative_after_apposition.match(between):
        return named
    return None
