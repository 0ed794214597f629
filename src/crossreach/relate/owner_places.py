"""Where a platform stands as the place a figure was measured, not as its owner (issue 15).

"le vendite della marca su JD.com", "Scotch sold through Tmall", "sales at the museum's store on
Tmall", "através da plataforma de comércio eletrónico JD.com", "在天猫": a platform after one of the
language's ``metrics.platform_prepositions`` (a few lowercase words between: an article, "la
piattaforma", "e-commerce platform") is where the figure was counted; the brand or institution
selling there owns it. The owner ranker reads this as a feature (``where``), so a platform that
is the sentence's only name still may own its own figure.
"""

from __future__ import annotations

import re

from crossreach.lexicon import NEVER, alternation, compiled, script

#: How far before a name a platform preposition is read, and how many lowercase words (an article,
#: a descriptor: "la plataforma de comercio electrónico") may stand between them.
WHERE_SPAN, WHERE_WORDS = 48, 1
#: A lowercase word: the pattern is case-sensitive here (a capitalised word is another name).
_LOWER_WORD = "(?-i:(?![A-Z])[^\\W\\d_][\\w'\u2019-]*)"


def ending(words: list[str]) -> re.Pattern[str]:
    """Text that ends with one of the words (then spaces), a word boundary before it."""
    items = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return compiled(rf"(?:^|(?<=[\W\d_])|(?<=[{script().han}]))(?:{'|'.join(items)})\s*$",
                    re.IGNORECASE) if items else NEVER


def where_pattern(words: object, spaced: bool) -> re.Pattern[str]:
    """Text that ends with a platform preposition, then (where words have spaces) up to
    ``WHERE_WORDS`` lowercase words: searched up to a platform's name."""
    items = [str(w) for w in words or []]
    if not items or not spaced:
        return ending(items)
    return compiled(rf"(?:^|(?<=[\W\d_]))(?:{alternation(items, ignore_case=True)})"
                    rf"(?:\s+{_LOWER_WORD}){{0,{WHERE_WORDS}}}[\s{re.escape(script().spaces)}]+$", re.IGNORECASE)


def measured_on(text: str, start: int, lo: int, pattern: re.Pattern[str]) -> bool:
    """Whether a platform preposition (and its few words) ends right before ``start`` (read from ``lo`` on)."""
    return bool(pattern.search(text, max(lo, start - WHERE_SPAN), start))
