"""Organizations named right after a word for a rival ("the rival X", "do rival X", "Konkurrent X").

An article about a brand, club or platform sets beside it the figures of its competitors, and the
competitor is often a name no gazetteer lists and no cue noun types (a club, a league, a smaller
brand): the capitalised-run reader of ``entities.py`` leaves it out, and its figures go to the
article's own subject. The words for a rival are in each language's ``entities.rival_cues``; one
word may stand between the cue and the name ("concorrente alemã X"), as may a genitive connector
("concurrent direct de X"). A person can be a rival too: a name that opens with a given name or is
a pinyin name is left to the person rules, as is one whose words the document also writes in lower
case (a common word, not a name).
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import LanguageLexicon, alternation, compiled, is_spaced, script
from crossreach.models import Mention, covered_characters
from crossreach.recognise.common_words import all_common, lower_case_words
from crossreach.recognise.entity_rules import name_connectors
from crossreach.recognise.person_names import chinese_names, is_first_name
from crossreach.recognise.word_starts import literal_word_starts

#: The most words of a rival's name.
_NAME_WORDS = 4
#: The space between two words: one, no tab, run of spaces or line break (a table's columns).
_SPACE = r"[ \u00a0]"


@cache
def _cue_scan(lexicon: LanguageLexicon) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The rival cues as written and capitalised (a sentence may open with one), as one scan for
    ``literal_word_starts`` (None where no cue is read, as ``_rival_re``), and each cue without its first
    letter: a text that holds none of those (most) is not scanned at all, since ``in`` is a search
    in C many times faster than a scan for words that open with common lower-case letters."""
    cues = {str(c) for c in lexicon.section("entities").get("rival_cues") or []}
    words = {*cues, *(c[:1].upper() + c[1:] for c in cues)}
    if not words or not is_spaced(lexicon):
        return None, ()
    return compiled(alternation(words)), tuple({c[1:] for c in cues})


@cache
def _rival_re(lexicon: LanguageLexicon) -> re.Pattern[str] | None:
    """A rival cue, at most one word and a connector, then a capitalised name (None: no cues, or no spaces)."""
    section = lexicon.section("entities")
    cues = sorted((str(c) for c in section.get("rival_cues") or []), key=len, reverse=True)
    if not cues or not is_spaced(lexicon):
        return None
    links = name_connectors(section)
    chars = script()
    capital = rf"[{chars.capitals}{chars.latin_extended}][\w&\-]*(?:['\u2019][\w\-]+)?"
    link = "|".join(re.escape(w) for w in links)
    inner = rf"(?:{_SPACE}(?:(?:{link})(?:{_SPACE}|(?<=['\u2019])))?)" if links else _SPACE
    # (in one order whatever the set's: the pattern is the regex store's key, a new one per process otherwise)
    cue = "|".join(re.escape(c) for c in sorted(sorted({*cues, *(c[:1].upper() + c[1:] for c in cues)}),
                                                key=len, reverse=True))
    between = rf"(?:{_SPACE}(?![{chars.capitals}{chars.latin_extended}])[^\W\d_]{{3,}})?"  # (a lower-case word)
    return compiled(rf"(?:{cue}){between}{inner}"
                      rf"(?P<name>{capital}(?:{inner}{capital}){{0,{_NAME_WORDS - 1}}})(?![\w\-])")


def rival_names(text: str, lexicon: LanguageLexicon, known: list[Mention]) -> list[Mention]:
    """The organizations a rival cue names that overlap no ``known`` mention."""
    rival_re = _rival_re(lexicon)
    scan_re, inner = _cue_scan(lexicon)
    if rival_re is None or not any(part in text for part in inner):
        return []
    stop_words = frozenset(str(w) for w in lexicon.section("entities").get("stop_words") or [])
    taken: bytearray | None = None
    found: list[Mention] = []
    for at, _cue in literal_word_starts(text, scan_re):
        match = rival_re.match(text, at)
        if match is None:
            continue
        start, end = match.span("name")
        words = match.group("name").split()
        if words[0] in stop_words or is_first_name(words[0]) or chinese_names().is_name(words):
            continue
        while len(words) > 1 and words[-1] in stop_words:
            words.pop()
            end = text.rindex(words[-1], start, end) + len(words[-1])
        if taken is None:
            taken = covered_characters(text, known)
        if any(taken[start:end]) or all_common(text[start:end], lower_case_words(text)):
            continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(Mention(start, end, text[start:end], text[start:end], "organization", "other", origin="pattern"))
    return found
