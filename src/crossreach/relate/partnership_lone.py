"""A cue sentence that names one party, its object: the other party is what the document is about.

An article about a brand or institution names it once and then goes on with its deals in sentences that
leave it out or call it by a noun: "Zusaetzlich unterzeichnete der Hersteller im September eine
Absichtserklaerung mit der Krankenhausgruppe Aier Eye Hospital", "L'accord met fin au contrat de Lingxiu
Trading", "die langjaehrige Zusammenarbeit mit dem Tastaturhersteller Dareu endete". When no other rule of
``relate.partnerships`` read such a sentence, its one name that stands after the cue in the cue's clause
is a partner of the document's subject (``Reader.focus``), whatever the name's category; the rules before
pair the subject with a lone platform, sponsor or counterparty only.

Not when the name stands before the cue (it is the clause's subject, and the deal its own: "Die Bayreuther
Festspiele haben bisher keinen Partner"), nor when the cue opens a clause after another ("O monumento de
Belem, gerido pela ...", "Wang Lei, partner di SportsBridge Asia": an aside about what stands before it),
nor when capitalised words no name covers stand before the cue, in a language that capitalises names only
("Le troisieme larron, le Paradis Latin, a noue un partenariat avec ...": a subject the recogniser did not
read); not a news outlet (a credit, not a partner), nor an owner of the subject or a company it owns.
"""

from __future__ import annotations

import re

from crossreach.lexicon import load_language
from crossreach.models import Mention, Sentence
from crossreach.relate.partnership_reader import Reader, clause_bounds, owns
from crossreach.relate.partnership_subjects import reads_subjects

#: How far (characters) after a cue its object may start ("contrat de X", "Lizenznehmer X"): an article and a
#: genitive word, not a clause ("the deal was praised by the chief executive of X").
_OBJECT_REACH = 12
#: How far (characters) before a name a partner preposition may end.
_PREPOSITION_REACH = 40
#: A word of a spaced script (for capitalised runs).
_WORD = re.compile(r"[^\W\d_][\w'\u2019&.-]*")


def lone_partner(reader: Reader, sentence: Sentence,
                 affirmed: list[re.Match[str]]) -> list[tuple[re.Match[str], list[Mention]]]:
    """The document's subject and the one name of a cue sentence, when the name is the object of the cue
    nearest to it (see the module's docstring); else none."""
    focus = reader.focus
    names = {m.name: m for m in reader.parties(sentence)}
    if focus is None or len(names) != 1:
        return []
    (mention,) = names.values()
    if mention.name == focus.name or mention.category == "media" \
            or owns(reader.domain, mention, focus) or owns(reader.domain, focus, mention):
        return []
    cue = min(affirmed, key=lambda c: abs(sentence.start + c.start() - mention.start))
    left, right = clause_bounds(sentence.text, cue.start(), cue.end())
    at = mention.start - sentence.start
    if not left <= at < right \
            or not (0 <= at - cue.end() <= _OBJECT_REACH or _partner_preposition(reader, sentence.text, left, at)):
        return []  # the name is the clause's subject, or stands in another clause
    if left > 0 and not sentence.text[left:cue.start()].strip():
        return []  # "..., gerido pela Museus e Monumentos": an aside about the name before it
    if reads_subjects(load_language(reader.view.extraction.document.lang)) \
            and unread_name_before(reader, sentence, cue):
        return []
    return [(cue, [focus, mention])]


def _partner_preposition(reader: Reader, text: str, left: int, at: int) -> bool:
    """Whether a partner preposition ("with", "mit") stands before a name in its clause, a few words at
    most between them: the name is the object of a cue that follows it ("mit dem X einen Vertrag
    geschlossen", the Chinese comitative before its verb). (The preposition pattern closes a text: it is
    tried at the name and at each space before it.)"""
    low = max(left, at - _PREPOSITION_REACH)
    return any(reader.cues.partner_preposition.search(text, low, end) is not None
               for end in range(at, low, -1) if end == at or text[end].isspace())


def unread_name_before(reader: Reader, sentence: Sentence, cue: re.Match[str]) -> bool:
    """Whether two or more capitalised words that are no recognised name stand before the cue ("Le groupe
    Pierre Fabre a signé avec Alibaba"): the subject is someone the recogniser did not read, not the
    document's subject. Words of a date or a figure ("Am Dienstag", "900 Millionen Nutzer") are read too."""
    view = reader.view  # persons too: a person named is a name read
    spans = [*view.mentions_in(sentence), *view.dates_in(sentence), *view.quantities_in(sentence)]
    run, last_end = 0, -2
    for word in _WORD.finditer(sentence.text, 0, cue.start()):
        offset = sentence.start + word.start()  # (whether a name read holds it: asked of a capitalised word only)
        if not word.group()[0].isupper() or any(m.start <= offset < m.end for m in spans) \
                or reader.cues.list_article.match(word.group()):
            run = 0
        else:
            run = run + 1 if word.start() == last_end + 1 else 1
            if run >= 2:
                return True
        last_end = word.end()
    return False
