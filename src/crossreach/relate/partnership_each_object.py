"""Names that each a partner preposition of its own introduces: partners of the subject, not of each other.

"A empresa assinou tambem um contrato de fornecimento com o grupo hoteleiro Jin Jiang ... e um memorando com
a AICEP", "La compania ha firmado un acuerdo con la cadena X y un memorando con el estudio Y", "The company
signed with X and renewed its deal with Y": every name of the sentence stands after a partner preposition
(``partnerships.partner_prepositions``: "with", "con", "com", "avec", "mit" ...), each its own, and no
name stands before the first: the sentence's subject is a noun or a pronoun for what the document is about
(``Reader.focus``), whose partner each name is. The other rules would pair the two objects with each other.
"""

from __future__ import annotations

import re

from crossreach.models import Mention, Sentence
from crossreach.relate.context import CLAUSE_BREAK
from crossreach.relate.partnership_lone import unread_name_before
from crossreach.relate.partnership_reader import Reader

#: A comma (plain or full-width): a name after it that no partner preposition introduces stands in an aside
#: about the partner before it ("con Ocean King Trading, el distribuidor ... en Tmall").
_APPOSITION = re.compile("[,\uff0c]")
#: How far (characters) before a name its partner preposition may end (an article and a descriptor between:
#: "con il gruppo alberghiero Peninsula").
_PREPOSITION_REACH = 40


def each_with_subject(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]],
                      mentions: list[Mention]) -> list[tuple[re.Match[str], list[Mention]]]:
    """One pair (the document's subject, name) per name of the sentence when each name has its own partner
    preposition and none stands before the first (see the module's docstring), a name in an aside after a
    partner's comma left out; else none."""
    focus = reader.focus
    names = list({m.name: m for m in mentions}.values())
    if focus is None or len(names) < 2 or focus.name in {m.name for m in names} or not affirmed:
        return []
    if unread_name_before(reader, sentence, affirmed[0]):
        return []  # "Le groupe Pierre Fabre a signe avec X ... et avec Y": a subject the recogniser did not read
    text = reader.view.text
    low = sentence.start
    partners: list[Mention] = []
    for mention in sorted(names, key=lambda m: m.start):
        at = _preposition_before(reader, text, low, mention.start)
        if at is None and partners and _APPOSITION.search(text, partners[-1].end, mention.start):
            continue  # "con Kuaishou E-commerce, la division de Kuaishou": a name in an aside about a partner
        if at is None:
            return []
        partners.append(mention)
        low = mention.end  # (the next name's preposition stands after this name)
    if len(partners) < 2:
        return []
    found = []
    for mention in partners:
        cue = min(affirmed, key=lambda c: abs(sentence.start + c.start() - mention.start))
        found.append((cue, [focus, mention]))
    return found


def _preposition_before(reader: Reader, text: str, low: int, at: int) -> int | None:
    """Where the partner preposition ends that introduces the name at ``at`` (a few words between, no clause
    break), searched from ``low`` on; none if there is none."""
    start = max(low, at - _PREPOSITION_REACH)
    for end in range(at, start, -1):
        if (end == at or text[end].isspace()) and reader.cues.partner_preposition.search(text, start, end):
            return None if CLAUSE_BREAK.search(text, end, at) else end
    return None
