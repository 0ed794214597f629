"""Subjects listed before a partner preposition, in a clause whose cue comes last.

A language that puts its verb last names the partner between the subjects and the cue: "Louvre,
Metropolitan Museum and other western museums have already worked with Douyin" is written with the
cue after "with Douyin" in Chinese ("...等西方博物馆此前也与抖音有过直播合作") and in German ("... haben
bereits mit Douyin kooperiert"). Each listed subject has its own deal with the name the preposition
(``partnerships.partner_prepositions``) introduces, whatever few words (an adverb, "and other museums")
stand between the list and the preposition; read before the other readings of a list before its cue,
which take the preposition's name as one more member of the list.
"""

from __future__ import annotations

import re

from crossreach.models import Mention, Sentence
from crossreach.recognise.entity_rules import EntityRules
from crossreach.relate.context import CLAUSE_BREAK
from crossreach.relate.partnership_cues import PartnershipCues
from crossreach.relate.partnership_reader import joins

#: How many words (characters of a script without spaces) may stand between the listed subjects and the
#: preposition ("haben bereits", "等西方博物馆此前也").
_LEAD_WORDS, _LEAD_CHARS = 4, 10
#: The most subjects one list gives a deal each.
_MAX_SUBJECTS = 3


def listed_with_partner(text: str, sentence: Sentence, cue: re.Match[str], mentions: list[Mention],
                        rules: EntityRules, cues: PartnershipCues) -> list[list[Mention]]:
    """One pair per subject listed before the partner preposition that introduces the last name before the
    cue, all in the cue's clause; none unless two subjects or more are listed."""
    start = sentence.start + cue.start()
    before = [m for m in mentions if m.end <= start]
    if len(before) < 3 or CLAUSE_BREAK.search(text, before[-2].end, start):
        return []  # the partner and the last subject stand in the cue's clause; a list's commas may not
    partner = before[-1]
    gap = text[before[-2].end:partner.start]
    preposition = cues.partner_preposition.search(gap)
    if preposition is None:
        return []
    lead = gap[:preposition.start()].strip()
    spaced = " " in lead or lead.isascii()
    if any(ch.isdigit() for ch in lead) or (len(lead.split()) > _LEAD_WORDS if spaced else len(lead) > _LEAD_CHARS):
        return []
    subjects = [before[-2]]
    for mention in reversed(before[:-2]):
        if not joins(text[mention.end:subjects[0].start], rules, cues):
            break
        subjects.insert(0, mention)
    unique = list({m.name: m for m in subjects if m.name != partner.name}.values())
    if not 2 <= len(unique) <= _MAX_SUBJECTS:
        return []
    return [[subject, partner] for subject in unique]
