"""Which partnership cues state a deal, and which partnerships a document states twice.

A cue is no deal when its clause denies it (a rival, "no plans", ``negations``) or, before the cue,
says the deal is only planned, rumoured, denied or under negotiation ("Gucci could sign a partnership
with Tencent", "si dice che ... un accordo", "envisage un partenariat", "正在与腾讯洽谈合作";
``speculations``): what follows the cue may speculate about a stated deal ("a deal that could be worth
$1 billion") and keeps it. The words come from the language's ``partnerships`` section through
``relate.partnership_cues``; nothing here is language-specific.
"""

from __future__ import annotations

import re

from crossreach.models import Sentence
from crossreach.relate.partnership_cues import PartnershipCues
from crossreach.relate.partnership_reader import clause_bounds


def affirmed(sentence: Sentence, found: re.Pattern[str], cues: PartnershipCues) -> list[re.Match[str]]:
    """The matches of ``found`` in a sentence that state a deal: no negation word in the cue's clause,
    no speculation word in it before the cue's end."""
    kept = []
    for cue in found.finditer(sentence.text):
        left, right = clause_bounds(sentence.text, cue.start(), cue.end())
        if cues.negation.search(sentence.text, left, right) or cues.speculation.search(sentence.text, left, cue.end()):
            continue
        kept.append(cue)
    return kept
