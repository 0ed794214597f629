"""A name introduced as a company's trading counterparty: "il contratto con l'importatore Ducati China Trading",
"El contrato con su anterior distribuidor, COFCO Wines & Spirits, termino", "die Zusammenarbeit mit dem Pekinger
Importeur Moto Zhonghe endete", "a Shanghai Sunwalk Trading, distribuidora que ...".

A distributor, importer, licensee or reseller (``partnerships.partner_roles``) works with the company whose goods
it trades, even when the sentence names that company only by "la societa" or not at all: so a sentence naming
the counterparty alone is a deal of the document's subject, as one naming a platform alone is. The role noun
stands right before the name (a few words between: an article, an adjective, "la societe shanghaienne"), or
right after it, set off by a comma ("Sunwalk Trading, distribuidora").
"""

from __future__ import annotations

import re

from crossreach.models import Mention, Sentence
from crossreach.relate.context import is_tech
from crossreach.relate.partnership_reader import Reader

#: How many words may stand between the role noun and the name it introduces ("importateur exclusif, la
#: societe shanghaienne FromaChine"), and how many characters where words are not spaced ("经销商上海某公司").
_WORDS_BETWEEN, _CHARS_BETWEEN = 4, 3
#: How far before a name its role noun may start, in characters.
_REACH = 60
#: What may stand between a name and a role noun after it: a comma, and an article at most ("X, la distribuidora").
_AFTER = re.compile(r"\s*[,\uff0c]\s*(?:[^\W\d_]{1,4}\s+)?")
#: Punctuation no apposition crosses ("distributor; Foo", "importer (Foo)").
_STOP = re.compile(r"[;:()\[\]\u201c\u201d\"\u3002\uff1b\uff1a]")


def role_named(reader: Reader, sentence: Sentence, mention: Mention) -> bool:
    """Whether a partner-role noun introduces the name (right before it) or follows it in apposition."""
    return _role_span(reader, sentence, mention) is not None


def attached_roles(reader: Reader, sentence: Sentence, cues: list[re.Match[str]],
                   mentions: list[Mention]) -> list[re.Match[str]]:
    """The cues of a sentence without its role nouns that introduce no name: "sells through resellers",
    "i prodotti arrivano da rivenditori" state no deal with anyone named."""
    if not any(reader.cues.partner_role.fullmatch(cue.group()) for cue in cues):
        return cues
    spans = [span for m in mentions if (span := _role_span(reader, sentence, m)) is not None]
    return [cue for cue in cues if not reader.cues.partner_role.fullmatch(cue.group())
            or any(start < sentence.start + cue.end() and sentence.start + cue.start() < end for start, end in spans)]


def _role_span(reader: Reader, sentence: Sentence, mention: Mention) -> tuple[int, int] | None:
    """The span (in the document) of the role noun that introduces the name or follows it in apposition."""
    return role_span(reader.view.text, reader.view.spaced, reader.cues.partner_role, sentence, mention)


def role_span(text: str, spaced: bool, role: re.Pattern[str], sentence: Sentence,
              mention: Mention) -> tuple[int, int] | None:
    """The span of a ``role`` noun that introduces the name (right before it, a few words between) or follows it
    in apposition (``owner_intermediaries`` reads an operator's nouns too)."""
    low = max(sentence.start, mention.start - _REACH)
    last = None
    for found in role.finditer(text, low, mention.start):
        last = found
    if last is not None:
        gap = text[last.end():mention.start]
        near = len(gap.split()) <= _WORDS_BETWEEN if spaced else len(gap.strip()) <= _CHARS_BETWEEN
        if near and not _STOP.search(gap):
            return last.span()
    first = role.search(text, mention.end, min(sentence.end, mention.end + _REACH))
    if first is not None and _AFTER.fullmatch(text[mention.end:first.start()]) is not None:
        return first.span()
    return None


def focus_partner(focus: Mention | None, mention: Mention, kind: str, bound: bool = False) -> Mention | None:
    """The partner of the one name a sentence with a partnership cue gives: what the document is
    about, when the name is a platform or company, a sponsor ("Betclic, which sponsors the league"),
    or ``bound`` to it: an investor in "its" capital ("a ONErpm detém 20% do seu capital") or its
    distributor or importer (``partnership_roles``), and the document is about a brand or institution."""
    if focus is None or focus.name == mention.name \
            or not (is_tech(mention) or kind == "sponsorship" or bound):
        return None
    return focus
