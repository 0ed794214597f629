"""Words written in camel case ("ApexBrasil", "SportsBridge", "LuxMetrics"): a capital inside a word
after lower-case letters is how companies, agencies and platforms style their names, and no common
word nor, but for the prefixes of family names ("McKinsey", "LeBron", "DiCaprio", "VonDerAhe"), any
person's name is written so. Such a word names an organization wherever it stands, a sentence's
opening included, where the run reader of ``entities.py`` leaves a lone capitalised word untyped."""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import load_language, script, supported_languages

#: The fewest letters of a camel-case name: shorter ones are abbreviations ("MoU", "IoT", "GmbH").
_FEWEST_LETTERS = 5


@cache
def _camel_case() -> re.Pattern[str]:
    """A word of letters that opens with a capital and has another capital after a lower-case letter;
    not inside a handle, hashtag, path or address, nor glued to another word."""
    capitals, han = script().capitals, script().han
    lower = rf"(?:(?![{capitals}{han}])[^\W\d_])"  # a letter of no capital nor Han character
    return re.compile(rf"(?<![\w&'\u2019.\-#@/])[{capitals}]{lower}+(?:[{capitals}]{lower}*)+(?![\w&'\u2019\-])")


@cache
def _person_openings() -> tuple[str, ...]:
    """The prefixes of family names every language lists ("Mc", "Di", "Von"): a camel-case word that
    opens with one is a person's name as often as a company's."""
    return tuple(sorted({str(p) for code in supported_languages()
                         for p in load_language(code).section("names").get("camel_case_person_openings") or []},
                        key=len, reverse=True))


def camel_case_words(text: str) -> list[tuple[int, int]]:
    """The spans of the camel-case words of ``text`` that are no abbreviation nor a person's name."""
    openings = _person_openings()
    found = []
    for match in _camel_case().finditer(text):
        word = match.group()
        if len(word) < _FEWEST_LETTERS or any(word.startswith(p) and word[len(p):][:1].isupper() for p in openings):
            continue
        found.append(match.span())
    return found
