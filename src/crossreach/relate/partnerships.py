"""Partnerships: two or more parties working together, said in so many words.

A sentence with a partnership cue ("partnership", "accordo", "partenariat",
"Kooperation", "合作", "teams up with") names its parties: the organizations
and platforms in it, less a platform whose owner is also named (Tmall beside
Alibaba is one party) and less any party the sentence sets apart as a rival or
an acquisition. One partnership per set of parties per document.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon
from crossreach.models import Extraction, Fact, Partnership
from crossreach.relate.context import DocumentView, cue_pattern, evidence

_PARTY_TYPES = ("organization", "platform")
#: More parties than this in one sentence is a list of names, not a partnership.
_MAX_PARTIES = 3


@cache
def _cues(lexicon: LanguageLexicon, spaced: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    section = lexicon.section("partnerships")
    return cue_pattern(section.get("cues"), spaced), cue_pattern(section.get("negations"), spaced)


def relate_partnerships(extraction: Extraction, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The partnership facts of one document."""
    view = DocumentView(extraction)
    cues, negations = _cues(lexicon, view.spaced)
    facts: list[Fact] = []
    for sentence in extraction.sentences:
        cue = cues.search(sentence.text)
        if cue is None or negations.search(sentence.text):
            continue
        names: list[str] = []
        for mention in view.mentions_in(sentence):
            if mention.type in _PARTY_TYPES and mention.name not in names:
                names.append(mention.name)
        parties = _without_owned(names, domain)
        if not 2 <= len(parties) <= _MAX_PARTIES:
            continue
        date = view.date_for(sentence, sentence.start + cue.start())
        facts.append(Partnership(parties=tuple(parties), date=date,
                                 evidence=evidence(sentence, sentence.start + cue.start(), sentence.start + cue.end()),
                                 confidence=0.6))
    return facts


def _without_owned(names: list[str], domain: DomainLexicon) -> list[str]:
    """Drop a platform or brand whose parent company is named too: they are one party."""
    kept = []
    for name in names:
        entity = domain.entities.get(name)
        if entity is not None and entity.parent in names:
            continue
        kept.append(name)
    return kept
