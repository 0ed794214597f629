"""The operator of a brand's store on a platform is the brand's partner, not the platform's.

"Il vecchio negozio su Tmall, gestito dal distributore Shanghai Wheelhouse, è stato chiuso", "la tienda en Tmall
que gestiona su distribuidor, Guangzhou Harmony Music": a sentence that names a store (a store noun of
``partnerships.store_nouns``) on a platform and one other organization, a counterparty a role noun introduces
(``partnerships.partner_roles``: a distributor, an importer), and no brand or institution besides, speaks of the
store of what the document is about (``Reader.focus``). The rules pair the two names the sentence gives, the
platform and the operator; the deal is the operator's with the store's owner. Only where the document's subject is
known, is not named in the sentence and is not the operator; a platform's own unit beside it is no operator.
"""

from __future__ import annotations

from bisect import bisect_left

from crossreach.models import Mention
from crossreach.relate.partnership_reader import Reader, is_anchor, owns
from crossreach.relate.partnership_roles import role_named
from crossreach.relate.partnership_scorer import Candidate


def store_owner_pair(reader: Reader, candidate: Candidate) -> list[Mention] | None:
    """The (document's subject, operator) a candidate pairing a store's platform with its operator stands for,
    else None."""
    focus = reader.focus
    if focus is None or not is_anchor(focus) or len(candidate.parties) != 2:
        return None
    platforms = [m for m in candidate.parties if m.type == "platform"]
    others = [m for m in candidate.parties if m.type != "platform"]  # (an operator may be a tech firm: Baozun)
    if len(platforms) != 1 or len(others) != 1 or others[0].type != "organization" or others[0].name == focus.name:
        return None
    platform, operator = platforms[0], others[0]
    sentence = candidate.sentence
    named = reader.parties(sentence)
    if any(m.name == focus.name for m in named) or any(is_anchor(m) and m.name != operator.name for m in named):
        return None  # the sentence names the store's owner, or another brand whose store it may be
    if owns(reader.domain, platform, operator) or owns(reader.domain, operator, platform) \
            or not role_named(reader, sentence, operator):
        return None  # a brand of the sentence's own with a store there, not an operator: "X opened a store on Tmall"
    if not _store_named(reader, sentence.start, sentence.end):
        return None
    return [focus, operator]


def _store_named(reader: Reader, start: int, end: int) -> bool:
    """Whether a store noun stands in the stretch of text."""
    nouns = reader.store_nouns
    index = bisect_left([n.start() for n in nouns], start)
    return index < len(nouns) and nouns[index].start() < end
