"""Which partnership cues state a deal, and which partnerships a document states twice.

A cue is no deal when its clause denies it (a rival, "no plans", ``negations``) or, before the cue,
says the deal is only planned, rumoured, denied or under negotiation ("Gucci could sign a partnership
with Tencent", "si dice che ... un accordo", "envisage un partenariat", "正在与腾讯洽谈合作";
``speculations``): what follows the cue may speculate about a stated deal ("a deal that could be worth
$1 billion") and keeps it. The words come from the language's ``partnerships`` section through
``relate.partnership_cues``; nothing here is language-specific.
"""

from __future__ import annotations

import dataclasses
import re

from crossreach.models import Partnership, Sentence
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


def without_parts(facts: list[Partnership]) -> list[Partnership]:
    """The partnerships of a document less those whose parties are all parties of a larger one it
    states ("an agreement between the Uffizi, Weibo and ENIT"; "in collaboration with Weibo and
    ENIT" is the same deal, read without its subject), their evidence added to the larger one."""
    larger = [fact for fact in facts if len(fact.parties) > 2]
    if not larger:
        return facts
    kept: list[Partnership] = []
    folded: dict[int, list[Partnership]] = {}
    for fact in facts:
        within = next((i for i, big in enumerate(larger)
                       if len(fact.parties) < len(big.parties) and set(fact.parties) <= set(big.parties)), None)
        if within is None:
            kept.append(fact)
        else:
            folded.setdefault(within, []).append(fact)
    return [_with_evidence(fact, folded.get(larger.index(fact), [])) if fact in larger else fact for fact in kept]


def _with_evidence(fact: Partnership, parts: list[Partnership]) -> Partnership:
    """A partnership with the evidence of the smaller ones it holds."""
    if not parts:
        return fact
    more = tuple(e for part in parts for e in (part.evidence, *part.more_evidence))
    return dataclasses.replace(fact, more_evidence=(*fact.more_evidence, *more))
