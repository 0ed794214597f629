"""Where a list of partners after a cue ends: at a name that opens a clause of its own.

"Gucci signed a deal with Tencent and Prada opened a shop in Milan" lists no third partner: Prada is the
subject of the next clause, as the auxiliary or verb right after it says (the language's
``partnerships.clause_verbs``: "has", "ha", "a", "hat", "abrio") or a cue of its own ("y Prada abrio una
tienda"). A name so followed ends the list before it."""

from __future__ import annotations

import re

from crossreach.models import Mention
from crossreach.relate.partnership_cues import PartnershipCues

#: The spaces and at most one word between a name and a cue of its own clause.
_ONE_WORD = re.compile(r"\s+(?:[^\W\d_]+\s+)?")
#: How many characters after a name are read.
_REACH = 40


def opens_clause(text: str, mention: Mention, cues: PartnershipCues) -> bool:
    """Whether a name is the subject of a clause of its own: an auxiliary or verb of ``clause_verbs``
    right after it, or a partnership or presence cue after a space and one word at most."""
    after = text[mention.end:mention.end + _REACH]
    if cues.clause_verb.match(after):
        return True
    lead = _ONE_WORD.match(after)
    if lead is None:
        return False
    spaces = len(after) - len(after.lstrip())
    return any(cues.any_cue.match(after, at) for at in {spaces, lead.end()})
