"""Organizations a text names in full and then defines an acronym for in brackets ("the Fédération
Internationale de l'Automobile (FIA)", "le Bureau national interprofessionnel du cognac (BNIC)"):
the words before the brackets whose initials spell the acronym, joining words aside, are the name,
and the acronym is another name of the same organization. Names of happenings ("Consumer
Electronics Show (CES)") and quoted titles are no organizations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crossreach.lexicon import LanguageLexicon, is_spaced, script
from crossreach.models import Mention

#: An acronym of two to seven capitals in brackets.
_ACRONYM = re.compile(r"\((?P<acronym>[A-Z]{2,7})\)")
#: A word read backwards from the brackets, an elided article before it ("l'Automobile") apart.
_WORD = re.compile(r"(?:[^\W\d_]+['\u2019])?(?P<word>[\w&.\-]+)")
#: The most joining words a name may hold beyond its acronym's letters.
_SPARE_WORDS = 4


@dataclass(frozen=True)
class _Rules:
    joiners: frozenset[str]
    event_nouns: frozenset[str]
    suffixes: dict[str, str]
    prefixes: dict[str, str]


@cache
def _rules(lexicon: LanguageLexicon) -> _Rules | None:
    if not is_spaced(lexicon):
        return None
    entities = lexicon.section("entities")
    return _Rules(
        joiners=frozenset(str(w).casefold() for w in [*(entities.get("connectors") or []),
                                                       *(entities.get("articles") or []),
                                                       *(entities.get("name_particles") or [])]),
        event_nouns=frozenset(str(w).casefold() for w in entities.get("event_nouns") or []),
        suffixes={str(k): str(v) for k, v in (entities.get("org_suffixes") or {}).items()},
        prefixes={str(k).split()[0]: str(v) for k, v in (entities.get("org_prefixes") or {}).items()})


def defined_acronyms(text: str, lexicon: LanguageLexicon, taken: bytearray) -> list[Mention]:
    """The names defined by an acronym in brackets after them, and the acronyms, where no mention
    (``taken``, a byte per character) covers either; the acronym alone where a mention covers the
    whole name and nothing else before the brackets ("Comissão do Mercado de Valores Mobiliários
    (CMVM)", read by its head noun): it is still another name of it."""
    rules = _rules(lexicon)
    if rules is None:
        return []
    found = []
    for match in _ACRONYM.finditer(text):
        start, end = match.span("acronym")
        acronym = match.group("acronym")
        if any(taken[match.start():match.end()]) or text[match.start() - 1:match.start()] not in (" ", "\t"):
            continue
        name_start = _spelled_from(text, match.start() - 1, acronym, rules)
        if name_start is None:
            continue
        name = text[name_start:match.start() - 1]
        words = name.split()
        named = all(taken[name_start:match.start() - 1])  # (a head noun's rule read the name already)
        if (not named and any(taken[name_start:match.start()])) \
                or any(w.casefold() in rules.event_nouns for w in words):
            continue
        category = rules.suffixes.get(words[-1]) or rules.prefixes.get(words[0], "other")
        acronym_mention = Mention(start, end, acronym, name, "organization", category, origin="pattern")
        found += [acronym_mention] if named else [
            Mention(name_start, name_start + len(name), name, name, "organization", category, origin="pattern"),
            acronym_mention]
    return found


def _spelled_from(text: str, end: int, acronym: str, rules: _Rules) -> int | None:
    """Where the words ending at ``end`` whose initials spell ``acronym`` start: read backwards, each
    word gives its initial (a capitalised one must give the next letter) and joining words give none;
    the first word is capitalised. None where they do not spell it, or a quotation closes them."""
    window = text[max(0, end - 160):end]
    if window[-1:] in script().quote_marks:
        return None
    words = list(_WORD.finditer(window))
    letters = list(acronym.casefold())
    spare = _SPARE_WORDS
    for index in range(len(words) - 1, -1, -1):
        match = words[index]
        word = match.group("word")
        between = window[match.end():words[index + 1].start() if index + 1 < len(words) else len(window)]
        if any(mark in between for mark in ",;:()\n") or (index + 1 == len(words) and between.strip()):
            return None
        parts = [p[0].casefold() for p in word.split("-") if p]
        if len(parts) > 1 and letters[-len(parts):] == parts:
            del letters[-len(parts):]
        elif word[0].casefold() == letters[-1]:
            letters.pop()
        elif word.casefold() in rules.joiners and spare > 0:
            spare -= 1
            continue
        else:
            return None
        if not letters:
            return max(0, end - 160) + match.start("word") if word[0].isupper() else None
    return None
