"""A cue whose partner is an unnamed noun phrase leaves the document's subject out.

When a cue's sentence names one party only, the other may come from outside it: the document's subject
or an anaphor's referent ("Tencent signed a deal with the brand"). Not when the partner the cue's
preposition (``partnerships.partner_prepositions``: "with", "con", "avec", "mit", "com", "与") introduces
is a noun phrase that names no one and refers back to no one: "Tencent signed a deal with a local
startup", "Douyin has signed agreements with more than 100 museums", "腾讯与一家本地初创公司签署了协议". A
definite or demonstrative description ("the brand", "la maison", "该品牌": ``description_openers`` and
``entities.articles``), an
anaphor (``roles.anaphors``: "its", "sua") or a name within reach keeps the reading.
"""

from __future__ import annotations

import re

from crossreach.lexicon import LanguageLexicon, alternation, compiled, load_language, opening_words
from crossreach.models import Mention
from crossreach.relate.context import CLAUSE_BREAK
from crossreach.relate.partnership_reader import Reader, clause_bounds
from crossreach.relate.partnership_scorer import Candidate
from crossreach.rule_cache import language_rules

#: How far after the preposition a name may stand and still be the partner ("with luxury brands such as
#: Gucci"), in characters.
_NAME_REACH = 40


@language_rules("partner_words")
def _words(lexicon: LanguageLexicon, spaced: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The partner prepositions, and what makes the phrase after one refer back (a description opener, an
    anaphor), each matched at a position."""
    section = lexicon.section("partnerships")
    edge = r"(?![^\W\d_])" if spaced else ""
    lead = r"(?<![^\W\d_])" if spaced else ""
    prepositions = section.get("partner_prepositions") or []
    back = [*(section.get("description_openers") or []), *(lexicon.section("entities").get("articles") or []),
            *(lexicon.section("roles").get("anaphors") or []),
            *(section.get("subject_pronouns") or [])]
    never = compiled(r"(?!x)x")
    return (compiled(lead + f"(?i:{alternation(prepositions, ignore_case=True)})" + edge) if prepositions else never,
            compiled(r"\s*" + opening_words(back, spaced)))


def unnamed_partner(reader: Reader, candidate: Candidate) -> bool:
    """Whether a candidate that takes a party from outside its sentence has a cue whose clause gives the
    partner as an unnamed noun phrase after a partner preposition, and no preposition there introduces a
    name, a description or an anaphor."""
    sentence, cue = candidate.sentence, candidate.cue
    inside = [m for m in candidate.parties if sentence.start <= m.start < sentence.end]
    if len(inside) == len(candidate.parties):
        return _peers_before(reader, candidate, inside)
    lexicon = load_language(reader.view.extraction.document.lang)
    prepositions, back = _words(lexicon, reader.view.spaced)
    text = sentence.text
    left, right = clause_bounds(text, cue.start(), cue.end())
    starts = [m.start - sentence.start for m in reader.parties(sentence)]
    found = False
    for preposition in prepositions.finditer(text, left, right):
        at = preposition.end()
        if not any(m.start - sentence.start < at for m in inside):
            return False  # the named party follows the preposition: it is the partner
        reach = CLAUSE_BREAK.search(text, at, min(right, at + _NAME_REACH))
        end = reach.start() if reach else min(right, at + _NAME_REACH)
        if back.match(text, at) or any(at <= start < end for start in starts):
            return False
        found = True
    return found


def _peers_before(reader: Reader, candidate: Candidate, inside: list[Mention]) -> bool:
    """Whether every party stands before a cue that a partner preposition ends, and the clause after it
    names no one within reach, by name, description or anaphor: "Maerklin und Stabilo hatten gemeinsam mit weiteren
    Marken Shops eroeffnet", "Gucci and Prada teamed up with several retailers": the names listed before
    are subjects of one deal with an unnamed partner, no partners of each other."""
    sentence, cue = candidate.sentence, candidate.cue
    if any(m.end > sentence.start + cue.start() for m in inside):
        return False
    lexicon = load_language(reader.view.extraction.document.lang)
    prepositions, back = _words(lexicon, reader.view.spaced)
    text = sentence.text
    _, right = clause_bounds(text, cue.start(), cue.end())
    ending = next((p for p in prepositions.finditer(text, cue.start(), cue.end()) if p.end() == cue.end()), None)
    if ending is None or back.match(text, cue.end()):
        return False
    end = min(right, cue.end() + _NAME_REACH)
    return not any(cue.end() <= m.start - sentence.start < end for m in reader.parties(sentence))


def without_unnamed_partners(reader: Reader, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less those whose partner is an unnamed noun phrase (``unnamed_partner``)."""
    return [c for c in candidates if not unnamed_partner(reader, c)]
