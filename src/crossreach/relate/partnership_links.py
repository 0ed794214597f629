"""A contract that "linked" two parties: "le contrat qui liait la LFP a PP Sports", "il contratto che
legava la Lega a PPTV", "el contrato que unia a LaLiga con Mediapro", "der Vertrag, der den DFB an PPTV
band".

A verb of binding names both parties after it, the second behind a preposition ("a", "con", "an",
"to"), often with more names around (the owner of one party): the pair the verb joins is the deal's,
whatever the other names of the sentence. Words come from ``partnerships.link_verbs`` and ``link_to``.
"""

from __future__ import annotations

from crossreach.models import Mention, Sentence
from crossreach.relate.context import CLAUSE_BREAK
from crossreach.relate.partnership_reader import Reader

#: How far (characters) after a binding verb its first party may start ("liait la LFP").
_FIRST_REACH = 12


def linked_pair(reader: Reader, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The two parties a binding verb of the sentence joins (the name right after it, maybe after an
    article, and the name right after the preposition that follows that one); else none."""
    cues, text = reader.cues, reader.view.text
    for verb in cues.link_verb.finditer(sentence.text):
        end = sentence.start + verb.end()
        after = [m for m in mentions if m.start >= end]
        if len(after) < 2 or after[0].start - end > _FIRST_REACH:
            continue
        opening = _bare(reader, text[end:after[0].start])
        opening = "" if cues.link_to.fullmatch(opening + " ") else opening.strip()  # "unia a LaLiga con"
        first, second = after[0], next((m for m in after[1:] if m.name != after[0].name), None)
        if opening or second is None or CLAUSE_BREAK.search(text, first.end, second.start):
            continue
        if cues.link_to.fullmatch(_bare(reader, text[first.end:second.start]) + " "):
            return [first, second]
    return []


def _bare(reader: Reader, gap: str) -> str:
    """The text before a name without the article closing it ("liait la ", "unia a la ")."""
    return reader.cues.list_article.sub("", reader.rules.article_re.sub("", gap))
