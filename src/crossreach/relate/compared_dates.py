"""Dates a figure is compared with: "more than it sold through all other channels in January", "90mila in
più rispetto a maggio", "mais 190 mil do que na sexta-feira", "較去年的8.6萬人次". Such a date tells when the
figure compared with stood, not when anything the text counts happened: it names no event for the figures
told after it, and dates no figure of its sentence before it or outside its clause (the figure right after
it in its clause is the one compared with). Where a figure stands between the word of comparison and the
date ("up from 5.1 million at the February edition", "contro gli 11,5 milioni del 2024"), the date is that
figure's, and the sentence's dates are read as ever. The words are the language's ``dates.comparison_cues``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from crossreach.lexicon import cue_pattern, is_spaced, load_language
from crossreach.models import Document
from crossreach.relate.date_clauses import NUMBER_CLAUSE_BREAK, clause_break_between
from crossreach.relate.start_after import started_after

#: How many words (or, without spaces, characters) may stand between a word of comparison and its date
#: ("more than it sold through all other channels in January": six).
_WORDS_BETWEEN = 8
_CHARACTERS_BETWEEN = 2
#: How far back (characters) before a date its word of comparison is looked for, and how far into the
#: date it may reach: a date's text may open with the word that ends the cue ("than | in May").
_REACH = 80
_INTO = 8
_DIGIT = re.compile(r"\d")


@cache
def _compared_re(lang: str) -> tuple[re.Pattern[str], bool] | None:
    """The language's ``dates.comparison_cues`` (whole words where words are spaced), and whether they
    are; None where it lists none."""
    lexicon = load_language(lang)
    cues = lexicon.section("dates").get("comparison_cues")
    return (cue_pattern(cues, is_spaced(lexicon)), is_spaced(lexicon)) if cues else None


@lru_cache(maxsize=1024)  # (asked again for a date by every figure and sentence after it: 70 % repeats)
def compared(lang: str, text: str, low: int, start: int) -> bool:
    """Whether a word of comparison stands before the date at ``start``, in its clause (not before
    ``low``), a few words before it at most, with no figure between them."""
    found = _compared_re(lang)
    if found is None:
        return False
    pattern, spaced = found
    low = max(low, start - _REACH)
    low = max((m.end() for m in NUMBER_CLAUSE_BREAK.finditer(text, low, start)), default=low)
    for cue in pattern.finditer(text, low, min(len(text), start + _INTO)):
        between = text[cue.end():start]
        if cue.start() < start and not _DIGIT.search(between) and (
                len(between.split()) <= _WORDS_BETWEEN if spaced else len(between) <= _CHARACTERS_BETWEEN):
            return True
    return False


def names_no_event(lang: str, text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` names no event for the figures told after it: a start told by a
    word after it (``start_after``) or a date compared with (``compared``)."""
    return started_after(lang, text, end) or compared(lang, text, 0, start)


def uncompared(document: Document, dates: list[tuple[int, int, str]], offset: int) -> list[tuple[int, int, str]]:
    """A sentence's dates (start, end, value) that may date its figure at ``offset``: not a date compared
    with after the figure ("90mila in più rispetto a maggio") or in another clause ("Rispetto a maggio,
    i follower sono cresciuti di 90mila"); the figure that follows one in its clause is of its date
    ("較去年的8.6萬人次")."""
    return [d for d in dates
            if not ((d[0] > offset or clause_break_between(document.text, d[1], offset))
                    and compared(document.lang, document.text, 0, d[0]))]
