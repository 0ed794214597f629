"""The names an article introduces with an owner noun, so that the bare noun later points back to
them: "Le groupe Rémy Cointreau a signé …" then "Le groupe a réalisé 1,2 milliard" (the group, not
the brand named last), "la plateforme Douyin" then "l'application".

A noun is bound to a name written right after it ("the group Kering", "il gruppo Ferrero",
"该集团阿里巴巴"); the last binding of the same head noun before a bare one wins. Such a binding is
exact where the paragraph's last fitting name is a guess, so an owner noun opening a sentence of
any organization's category ("the group", "der Verein") names its bound name (``metrics.py``).
Not bound: a work's noun ("the video": no "Tencent Video"), nor a name that merely holds the
noun ("Musée Guimet" for "le musée": articles compare museums, session 19 measured it worse),
nor an apposition ("Marcolin, il gruppo di Longarone": often a rival introduced in passing).
Read once a document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crossreach.models import Mention
from crossreach.relate.context import DocumentView
from crossreach.relate.owners import DocumentOwners

#: The types of name a noun for an organization may be bound to.
_BOUND_TYPES = ("organization", "platform")


def noun_head(words: str, determiners: list[str]) -> str:
    """A noun phrase without its determiner and modifiers, casefolded ("Le groupe": "groupe", "the
    charity livestream": "livestream", "该集团": "集团")."""
    folded = words.casefold().strip()
    for determiner in sorted(determiners, key=len, reverse=True):
        if folded.startswith(determiner) and len(folded) > len(determiner):
            folded = folded[len(determiner):]
            break
    return folded.split()[-1] if folded.split() else folded


def bindings(view: DocumentView, nouns_pattern: re.Pattern[str],
             determiners: list[str]) -> list[tuple[int, str, Mention]]:
    """Each noun written beside a name in the document: (offset of the noun, its head, the name),
    in order. Read once a document."""
    key = (bindings, "document")
    if (found := view.memo.get(key)) is not None:
        return found
    mentions = [m for m in view.extraction.mentions if m.type in _BOUND_TYPES]
    by_start = {m.start: m for m in mentions}
    text = view.text
    found = []
    for match in nouns_pattern.finditer(text):
        head = noun_head(match.group(), determiners)
        after = match.end() + (1 if text[match.end():match.end() + 1] == " " else 0)
        named = by_start.get(after)
        if named is not None:
            found.append((match.start(), head, named))
    view.memo[key] = found
    return found


def bound_name(view: DocumentView, nouns_pattern: re.Pattern[str], determiners: list[str], words: str,
               offset: int, accept: Callable[[Mention], bool]) -> Mention | None:
    """The name an owner noun at ``offset`` points back to by a binding, or None: the accepted name
    written right after it ("la marque Lancôme, propriété du groupe, a attiré …": Lancôme), else the
    last written right after the same noun before it."""
    head = noun_head(words, determiners)
    if not head:
        return None
    beside = [named for start, bound, named in bindings(view, nouns_pattern, determiners)
              if bound == head and (start == offset or named.end <= offset) and accept(named)]
    return beside[-1] if beside else None


def bound_referent(owners: DocumentOwners, words: str, offset: int) -> Mention | None:
    """The name an owner noun of the document (``words`` at ``offset``) is bound to, no source."""
    cues = owners.cues
    if cues.noun_categories[words.casefold()] == "work":
        return None  # ("the video": no "Tencent Video")
    return bound_name(owners.view, cues.nouns, cues.noun_categories.determiners, words, offset,
                      lambda m: not owners.is_source(m))
