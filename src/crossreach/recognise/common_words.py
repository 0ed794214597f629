"""The words a document writes in lower case: common words there, however capitalised elsewhere.

A capitalised run whose every word the same text also writes in lower case ("Smart City",
"Data Science") is a title-case phrase, not a name; an ambiguous gazetteer name that opens a
sentence and is written in lower case elsewhere ("On") is a common word.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A word of three letters or more.
_LETTER_RUN = re.compile(r"[^\W\d_]{3,}")


def written_lower(text: str, word: str) -> bool:
    """Whether the document writes a word in lower case somewhere (a common word there: "on")."""
    return re.search(rf"(?<![^\W\d_]){re.escape(word.lower())}(?![^\W\d_])", text) is not None


@lru_cache(maxsize=4)
def lower_case_words(text: str) -> frozenset[str]:
    """The words a document writes in lower case somewhere: common words, not names. Kept for the
    last few documents: recognition reads them, and the owner layouts ask again for the same text
    (a string keeps its hash, so asking costs nothing).

    The words are ``_LETTER_RUN``'s matches; most are read without it. A token between spaces made of
    letters alone (``str.isalpha``: no digit, mark or punctuation) is one such run whole, since a
    space ends a run and every letter is in its class; splitting at spaces and asking ``isalpha`` is
    done in C, where the regex tests each character's classes. Only the other tokens ("market,",
    "l'azienda", "2024年") are read by the regex, joined by spaces in one string."""
    words: set[str] = set()
    others: list[str] = []
    for token in set(text.split()):  # (each token once)
        if token.isalpha():
            if len(token) >= 3 and token[0].islower():
                words.add(token)
        else:
            others.append(token)
    words.update(w for w in _LETTER_RUN.findall(" ".join(others)) if w[0].islower())
    return frozenset(words)


def all_common(name: str, common: frozenset[str]) -> bool:
    """Whether every word of a would-be person's name is a word the document also writes in lower
    case ("Smart City", "Data Science"): a title-case phrase, not a name. A word with a capital after its first
    letter ("QC Terme", "McLaren") is written as no common word is: the name is no such phrase."""
    if any(c.isupper() for word in name.split() for c in word[1:]):
        return False
    words = _LETTER_RUN.findall(name)
    return bool(words) and all(w.lower() in common for w in words)


def lone_owner_noun(name: str, nouns: frozenset[str]) -> bool:
    """Whether a capitalised name is one owner noun, maybe inflected ("des Museums", "des Vereins",
    "der Gruppe", "of the Group"): a noun that points back to an entity named before, not a name."""
    word = name.casefold()
    return " " not in word and any(word[:len(word) - cut] in nouns for cut in range(3) if len(word) - cut >= 4)


def names_none(name: str, person: bool, common: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether a name a rule found names nothing: a person's whose words are all common words of the
    document, an organization's that is a lone owner noun."""
    return all_common(name, common) if person else lone_owner_noun(name, nouns)
